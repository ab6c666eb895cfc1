// The validated input in the exact integer form the ranking works on. Internal.
//
// Per-application data is kept in parallel arrays indexed by the application's position in the input
// (typed arrays for numbers): 100,000 applications then cost a few arrays instead of 100,000 objects that the
// garbage collector would have to copy and mark while the ranking runs.
import type { Call } from '@talka/calls'
import type { Parsed, ScaledDecimal } from '@talka/core'
import type { FormalCheck } from './application.js'

/** A criterion with its range in hundredths of a point and its weight scaled to the call's weight scale. */
export interface PreparedCriterion {
  readonly id: string
  readonly minH: number
  readonly maxH: number
  readonly weight: bigint
  /** The least average score on this criterion to be funded, in hundredths (`null`: none). */
  readonly minimumH: number | null
  readonly minimumText: string | null
  readonly title: { readonly lt: string; readonly en: string }
}

/** A tie-break key resolved against the criteria. */
export type PreparedTieKey =
  | { readonly kind: 'criterion'; readonly index: number; readonly id: string }
  | { readonly kind: 'submittedAt' }
  | { readonly kind: 'lot'; readonly seed: string }

/** One pot of money: the call's total budget, or one eldership envelope with its own minimum and maximum. */
export interface PreparedPool {
  /** The envelope's id; `null` for the call's total budget. */
  readonly id: string | null
  readonly name: { readonly lt: string; readonly en: string } | null
  readonly budgetCents: number
  readonly minCents: number | null
  readonly maxCents: number | null
}

/**
 * What the call says happens to projects tied at the budget line: `silent` (the call says nothing: the tie
 * is reported and the missing parameter named), `report`, a split, or `keys` (tie-break keys, a lot among
 * them or alone).
 */
export type TiesPolicy = 'silent' | 'report' | 'split-equally' | 'split-proportionally' | 'keys'

/** The call in exact integer form. */
export interface PreparedCall {
  readonly call: Parsed<Call>
  readonly name: { readonly lt: string; readonly en: string }
  readonly pools: readonly PreparedPool[]
  readonly envelopes: boolean
  /** What happens to an envelope's unspent money; `null` where the call is silent. */
  readonly unspent: 'returned' | 'pooled' | null
  readonly overMaximum: 'cap' | 'reject' | null
  readonly passMark: ScaledDecimal | null
  readonly passMarkText: string | null
  readonly criteria: readonly PreparedCriterion[]
  readonly hasCriterionMinimum: boolean
  /** Decimals of the weights: a weighted total is an integer in units of 10^-(2 + weightScale) points. */
  readonly weightScale: number
  readonly divergence: {
    readonly threshold: ScaledDecimal
    readonly thresholdText: string
    readonly unit: 'points' | 'percent-of-maximum'
    readonly resolve: 'average-of-closest-two' | 'average-all'
    readonly initial: number
  } | null
  /** `null` where the call is silent. */
  readonly lastProject: 'offer-remainder-if-at-least-minimum' | 'fund-partially' | 'reserve' | null
  readonly ties: TiesPolicy
  readonly tieBreak: readonly PreparedTieKey[]
  readonly tieBreakGiven: boolean
  /** `null` where the call is silent (funded strictly down the list, and the result says so where it matters). */
  readonly fundingOrder: 'strict' | 'skip-ahead' | null
  /** `null` where the call is silent. */
  readonly reserve: { readonly list: boolean; readonly proposedAmount: boolean } | null
}

/** The whole input, validated and prepared; application `i` is the input's `applications[i]`. */
export interface PreparedInput {
  readonly call: PreparedCall
  /** Number of applications. */
  readonly count: number
  readonly ids: readonly string[]
  readonly requestedCents: Float64Array
  /** The requested amounts as canonical money strings (the input's own when it already is one). */
  readonly requested: readonly string[]
  /** The commission's eligible amount in cents (the requested amount where none is given). */
  readonly eligibleCents: Float64Array
  /** The commission's eligible amount as a canonical money string, `null` where none is given. */
  readonly eligible: readonly (string | null)[]
  /** The pool (index into `call.pools`) each application competes in. */
  readonly pool: Int32Array
  readonly applicants: readonly (string | null)[]
  readonly titles: readonly (string | null)[]
  readonly formalChecks: readonly (FormalCheck | null)[]
  /** Application `i` owns the evaluation rows `evalStart[i]` to `evalStart[i + 1] - 1` (length count + 1). */
  readonly evalStart: Int32Array
  /** The evaluator id of each evaluation row. */
  readonly evaluators: readonly string[]
  /**
   * Scores in hundredths of a point: row = evaluation row, column = criterion index. A criterion's maximum is
   * checked against every score before it is stored, so 32-bit unsigned integers hold them exactly.
   */
  readonly scores: Uint32Array
  /** Canonical submission times (fixed width, so string order is time order) when the tie-break uses them. */
  readonly submittedAt: readonly string[] | null
  /** The latest submission date (YYYY-MM-DD): the trace's as-of date when the input gives none. */
  readonly latestSubmittedDay: string | null
  readonly asOf: string | null
  readonly lang: 'lt' | 'en'
}
