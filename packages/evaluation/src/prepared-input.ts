// The validated input in the exact integer form the ranking works on. Internal.
//
// Per-application data is kept in parallel arrays indexed by the application's position in the input
// (typed arrays for numbers): 100,000 applications then cost a few arrays instead of 100,000 objects that the
// garbage collector would have to copy and mark while the ranking runs.
import type { LegalRef, ScaledDecimal } from '@talka/core'
import type { FormalCheck } from './application.js'

/** A criterion with its range in hundredths of a point and its weight scaled to the call's weight scale. */
export interface PreparedCriterion {
  readonly id: string
  readonly minH: number
  readonly maxH: number
  readonly weight: bigint
}

/** A tie-break key resolved against the criteria. */
export type PreparedTieKey =
  | { readonly kind: 'criterion'; readonly index: number; readonly id: string }
  | { readonly kind: 'submittedAt' }
  | { readonly kind: 'lot'; readonly seed: string }

/** The call in exact integer form. */
export interface PreparedCall {
  readonly name: string | null
  readonly budgetCents: number
  readonly minCents: number | null
  readonly maxCents: number | null
  readonly passMark: ScaledDecimal | null
  readonly passMarkText: string | null
  readonly criteria: readonly PreparedCriterion[]
  /** Decimals of the weights: a weighted total is an integer in units of 10^-(2 + weightScale) points. */
  readonly weightScale: number
  readonly divergence: {
    readonly threshold: ScaledDecimal
    readonly thresholdText: string
    readonly unit: 'points' | 'percent-of-maximum'
    readonly resolve: 'average-of-closest-two' | 'average-all'
    readonly initial: number
  } | null
  readonly lastProject: 'offer-remainder-if-at-least-minimum' | 'reserve'
  readonly tieBreak: readonly PreparedTieKey[]
  readonly tieBreakGiven: boolean
  readonly fundingOrder: 'strict' | 'skip-ahead'
  readonly legalRefs: Readonly<Record<string, LegalRef | undefined>>
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
  readonly applicants: readonly (string | null)[]
  readonly titles: readonly (string | null)[]
  readonly formalChecks: readonly (FormalCheck | null)[]
  /** Application `i` owns the evaluation rows `evalStart[i]` to `evalStart[i + 1] - 1` (length count + 1). */
  readonly evalStart: Int32Array
  /** The evaluator id of each evaluation row. */
  readonly evaluators: readonly string[]
  /**
   * Scores in hundredths of a point: row = evaluation row, column = criterion index. A criterion's maximum is
   * at most 1,000,000 points (10^8 hundredths) and every score is checked against it before it is stored, so
   * 32-bit unsigned integers hold them exactly in half the memory of doubles.
   */
  readonly scores: Uint32Array
  /** Canonical submission times (fixed width, so string order is time order) when the tie-break uses them. */
  readonly submittedAt: readonly string[] | null
  /** The latest submission date (YYYY-MM-DD): the trace's as-of date when the input gives none. */
  readonly latestSubmittedDay: string | null
  readonly asOf: string | null
  readonly lang: 'lt' | 'en'
}
