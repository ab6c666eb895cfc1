import type { Call } from '@talka/calls'
import type { LegalRef, Localized, MessageParams, RuleResult, Truth } from '@talka/core'
import type { EligibilityMessageKey } from './messages.js'

/**
 * What a rule sees besides the facts: the date the rules apply as of, the year N of the call or
 * competition (reports for N−1 and N−2 are asked for relative to it) and, for the community measure,
 * the municipality's call (a `Call` of `@talka/calls`, already parsed).
 *
 * @example
 * ```ts
 * import type { RuleContext } from '@talka/eligibility'
 * const context: RuleContext = { asOf: '2023-04-06', year: 2023, call: undefined }
 * ```
 */
export interface RuleContext {
  readonly asOf: string
  readonly year: number
  readonly call: Call | undefined
}

/**
 * The result of one rule on one set of facts: `pass`, `fail` or `unknown`, the message that says why
 * (a key of `eligibilityMessages` and its parameters) and, when `unknown`, the facts that would decide
 * it. `ref` overrides the rule's legal reference when a more specific one applies (e.g. the cap that
 * was exceeded).
 *
 * @example
 * ```ts
 * import type { RuleEvaluation } from '@talka/eligibility'
 * const e: RuleEvaluation = { result: 'unknown', messageKey: 'eligibility.ngo.n1.unknown', missing: ['ngoMark'] }
 * ```
 */
export interface RuleEvaluation {
  readonly result: RuleResult
  readonly messageKey: EligibilityMessageKey
  readonly params?: MessageParams | undefined
  readonly missing?: readonly string[] | undefined
  readonly ref?: LegalRef | undefined
}

/**
 * One eligibility rule as data: its id, the facts it reads, a pure predicate giving pass, fail or
 * unknown, its legal reference and the message keys it can produce (each in lt and en). A rule whose
 * parameters come from the municipality's call has `cite`: in verdicts it cites what `cite(call)`
 * returns (the call's own reference and point, or the ministry's act or the law where the call is
 * silent, as `citationFor` of `@talka/calls` decides); the catalog shows `ref`.
 *
 * @example
 * ```ts
 * import { ruleSets } from '@talka/eligibility'
 * const n1 = ruleSets.find((s) => s.id === 'ngo-fund-2023/applicant')?.versions[0]?.rules[0]
 * n1?.evaluate({ ngoMark: false }, { asOf: '2023-04-06', year: 2023, call: undefined }).result // 'fail'
 * ```
 */
export interface EligibilityRule<F = Record<string, unknown>> {
  readonly id: string
  readonly title: Localized
  readonly description: Localized
  readonly facts: readonly (keyof F & string)[]
  readonly ref: LegalRef
  readonly cite?: ((call: Call) => LegalRef) | undefined
  readonly messageKeys: readonly EligibilityMessageKey[]
  readonly evaluate: (facts: F, context: RuleContext) => RuleEvaluation
}

// Known results without parameters are the same object every time: a verdict reuses them (and
// their rendered messages) instead of building one per check.
const constants = new Map<string, RuleEvaluation>()

/**
 * The shared, frozen evaluation `result` + `messageKey` without parameters (built once per key).
 */
export function constantEvaluation(result: RuleResult, messageKey: EligibilityMessageKey): RuleEvaluation {
  const id = `${result}|${messageKey}`
  let evaluation = constants.get(id)
  if (!evaluation) {
    evaluation = Object.freeze({ result, messageKey })
    constants.set(id, evaluation)
  }
  return evaluation
}

/** Builds an evaluation from a three-valued truth (a shared frozen one when nothing varies). */
export function outcome(
  truth: Truth,
  messageKey: EligibilityMessageKey,
  params?: MessageParams,
  ref?: LegalRef,
): RuleEvaluation {
  if (truth.outcome === 'unknown') {
    return { result: 'unknown', messageKey, params, missing: truth.missingFacts, ref }
  }
  if (params === undefined && ref === undefined) return constantEvaluation(truth.outcome, messageKey)
  return { result: truth.outcome, messageKey, params, ref }
}
