import { formatCents, type LegalRef, type Localized, parseCents } from '@talka/core'
import type { EligibilityRule, RuleContext, RuleEvaluation } from '../rule.js'

/** The minimum and maximum amount per project, as decimal strings (either may be absent). */
export interface AmountLimits {
  readonly min?: string | undefined
  readonly max?: string | undefined
}

/** An amount as the messages show it ('12.5' → '12.50'). */
export const canonical = (amount: string): string => formatCents(parseCents(amount))

/** The `belowMin` failure when `cents` (of `amount`) is under `min`; `undefined` when it is not. */
export function belowMinimum(
  amount: string,
  cents: number,
  min: string | undefined,
): RuleEvaluation | undefined {
  if (min === undefined || cents >= parseCents(min)) return undefined
  return {
    result: 'fail',
    messageKey: 'eligibility.amount.fail.belowMin',
    params: { amount: canonical(amount), min: canonical(min) },
  }
}

/** Rule: the requested amount lies between fixed minimum and maximum (inclusive); above the maximum fails. */
export function amountRule(
  id: string,
  ref: LegalRef,
  limits: (context: RuleContext) => AmountLimits,
  options: { title: Localized; description: Localized },
): EligibilityRule<{ requestedAmount?: string | undefined }> {
  return {
    id,
    title: options.title,
    description: options.description,
    facts: ['requestedAmount'],
    ref,
    messageKeys: [
      'eligibility.amount.pass',
      'eligibility.amount.fail.belowMin',
      'eligibility.amount.fail.aboveMax',
      'eligibility.amount.unknown',
    ],
    evaluate(facts, context) {
      const { min, max } = limits(context)
      const amount = facts.requestedAmount
      if (amount === undefined) {
        return { result: 'unknown', messageKey: 'eligibility.amount.unknown', missing: ['requestedAmount'] }
      }
      const cents = parseCents(amount)
      const below = belowMinimum(amount, cents, min)
      if (below) return below
      if (max !== undefined && cents > parseCents(max)) {
        return {
          result: 'fail',
          messageKey: 'eligibility.amount.fail.aboveMax',
          params: { amount: canonical(amount), max: canonical(max) },
        }
      }
      return { result: 'pass', messageKey: 'eligibility.amount.pass', params: { amount: canonical(amount) } }
    },
  }
}
