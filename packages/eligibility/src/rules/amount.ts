import type { LegalRef, Localized } from '@talka/core'
import { centsOf } from '../cents.js'
import type { EligibilityRule, RuleContext } from '../rule.js'

/** The minimum and maximum amount per project, as decimal strings (either may be absent). */
export interface AmountLimits {
  readonly min?: string | undefined
  readonly max?: string | undefined
}

const canonical = (amount: string) => {
  const dot = amount.indexOf('.')
  return dot < 0 ? `${amount}.00` : `${amount}${'00'.slice(amount.length - dot - 1)}`
}

/** Rule: the requested amount lies between the minimum and the maximum (inclusive). */
export function amountRule(
  id: string,
  ref: LegalRef,
  limits: (context: RuleContext) => AmountLimits,
  options: { citesCall: boolean; title: Localized; description: Localized },
): EligibilityRule<{ requestedAmount?: string | undefined }> {
  return {
    id,
    title: options.title,
    description: options.description,
    facts: ['requestedAmount'],
    ref,
    citesCall: options.citesCall,
    messageKeys: [
      'eligibility.amount.pass',
      'eligibility.amount.fail.belowMin',
      'eligibility.amount.fail.aboveMax',
      'eligibility.amount.unknown',
      'eligibility.amount.noLimits',
    ],
    evaluate(facts, context) {
      const { min, max } = limits(context)
      if (min === undefined && max === undefined) {
        return { result: 'pass', messageKey: 'eligibility.amount.noLimits' }
      }
      const amount = facts.requestedAmount
      if (amount === undefined) {
        return { result: 'unknown', messageKey: 'eligibility.amount.unknown', missing: ['requestedAmount'] }
      }
      const cents = centsOf(amount)
      if (min !== undefined && cents < centsOf(min)) {
        return {
          result: 'fail',
          messageKey: 'eligibility.amount.fail.belowMin',
          params: { amount: canonical(amount), min: canonical(min) },
        }
      }
      if (max !== undefined && cents > centsOf(max)) {
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
