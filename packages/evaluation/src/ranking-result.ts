import type { Decision, LegalRef, TraceReason } from '@talka/core'

/**
 * What the ranking decided for one application: `funded`, on the `reserve` list, `not-funded` (pass mark
 * not reached or formal check failed), `needs-another-evaluator` (too few evaluations, or the evaluators
 * diverge beyond the call's limit), `tie-unresolved` (tied at the funding line and the call states no way
 * to break the tie) or `formal-check-pending` (the formal-check verdict is `undetermined`).
 *
 * @example
 * ```ts
 * import type { EvaluationDecision } from '@talka/evaluation'
 * const open: EvaluationDecision[] = ['needs-another-evaluator', 'tie-unresolved', 'formal-check-pending']
 * ```
 */
export type EvaluationDecision = (typeof EVALUATION_DECISIONS)[number]

/**
 * Every {@link EvaluationDecision}, in the order the summary counts them. Internal (not exported from the
 * package): the summary and the result schema read the one list.
 *
 * @example
 * ```ts
 * EVALUATION_DECISIONS.includes('reserve') // true
 * ```
 */
export const EVALUATION_DECISIONS = [
  'funded',
  'reserve',
  'not-funded',
  'needs-another-evaluator',
  'tie-unresolved',
  'formal-check-pending',
] as const

/**
 * One evaluator's weighted total for an application, as an exact decimal string.
 *
 * @example
 * ```ts
 * import type { EvaluatorTotal } from '@talka/evaluation'
 * const t: EvaluatorTotal = { evaluator: 'E1', total: '111' }
 * ```
 */
export interface EvaluatorTotal {
  readonly evaluator: string
  readonly total: string
}

/**
 * One row of the ranking, in rank order. `average` is the final score: exact as a decimal string whenever it
 * terminates within 12 decimals (otherwise rounded half-up there; `averageFraction` is always exact), and
 * `averageDisplay` is the one-decimal form the published summaries use. Ranking always compares the exact
 * fractions. `rank` is the 1-based position among ranked rows (`null` for rows that are not ranked); rows
 * with an equal final score list each other in `tieGroup`.
 *
 * @example
 * ```ts
 * import type { RankingRow } from '@talka/evaluation'
 * declare const row: RankingRow
 * if (row.decision === 'funded') console.log(row.id, row.amount)
 * ```
 */
export interface RankingRow {
  readonly id: string
  readonly applicant: string | null
  readonly title: string | null
  readonly requested: string
  /** The amount the commission found eligible after the cost check, when given ("Sumažinta suma"). */
  readonly eligibleAmount: string | null
  /** The eldership envelope the application competes in (`null` for a call with one total budget). */
  readonly envelope: string | null
  readonly totals: readonly EvaluatorTotal[]
  readonly average: string | null
  readonly averageDisplay: string | null
  readonly averageFraction: { readonly numerator: string; readonly denominator: string } | null
  /** Evaluators whose totals form the average, when not all do (average of the closest two). */
  readonly usedEvaluators: readonly string[] | null
  /** Whether the average reaches the pass mark (`null` when the row has no final score). */
  readonly passed: boolean | null
  readonly rank: number | null
  readonly decision: EvaluationDecision
  /** The amount funded (EUR decimal string), `null` unless funded. */
  readonly amount: string | null
  /**
   * On the reserve list, when the call's reserve policy gives reserve rows a proposed amount: the amount the
   * project would get (its eligible amount capped by the maximum per project); otherwise `null`.
   */
  readonly proposedAmount: string | null
  readonly tieGroup: readonly string[] | null
  readonly reasons: readonly TraceReason[]
}

/**
 * One row of the evaluation summary (suvestinė) as data: registration number, applicant, title, each
 * evaluator's total (by evaluator id), the average to one decimal, rank, decision, amount and the reason
 * text (empty for a plain funded row).
 *
 * @example
 * ```ts
 * import type { SummaryRow } from '@talka/evaluation'
 * declare const row: SummaryRow
 * `${row.registrationNumber}: ${row.average ?? '–'}`
 * ```
 */
export interface SummaryRow {
  readonly registrationNumber: string
  readonly applicant: string | null
  readonly title: string | null
  readonly evaluatorTotals: Readonly<Record<string, string>>
  readonly average: string | null
  readonly rank: number | null
  readonly decision: EvaluationDecision
  readonly amount: string | null
  readonly reason: string
}

/**
 * The evaluation summary (paraiškų vertinimo suvestinė): the call's money figures, the evaluator columns,
 * the rows in rank order and the count of each decision.
 *
 * @example
 * ```ts
 * import type { EvaluationSummary } from '@talka/evaluation'
 * declare const s: EvaluationSummary
 * `${s.totals.funded} of ${s.totals.budget} EUR, ${s.counts.funded} projects`
 * ```
 */
export interface EvaluationSummary {
  readonly callName: string | null
  readonly lang: 'lt' | 'en'
  readonly evaluators: readonly string[]
  readonly rows: readonly SummaryRow[]
  readonly totals: {
    readonly budget: string
    readonly funded: string
    readonly remaining: string
    readonly minPerProject: string | null
    readonly maxPerProject: string | null
    readonly passMark: string | null
  }
  readonly counts: Readonly<Record<EvaluationDecision, number>>
}

/**
 * The outcome of the ranking trace: `complete` when every application has a final decision, `incomplete`
 * while some need another evaluator, a tie-break or a finished formal check.
 *
 * @example
 * ```ts
 * import type { RankingOutcome } from '@talka/evaluation'
 * const o: RankingOutcome = 'complete'
 * ```
 */
export type RankingOutcome = 'complete' | 'incomplete'

/**
 * The result of {@link rankApplications}: rows in rank order, the summary and the trace.v1 decision.
 *
 * @example
 * ```ts
 * import type { RankingResult } from '@talka/evaluation'
 * declare const r: RankingResult
 * r.rows.filter((row) => row.decision === 'reserve').map((row) => row.id)
 * ```
 */
export interface RankingResult {
  readonly rows: readonly RankingRow[]
  readonly summary: EvaluationSummary
  readonly trace: Decision<RankingOutcome>
  /** The money after the cut-off and the call's funding policies, as {@link promoteFromReserve} reads them. */
  readonly funding: RankingFunding
}

/**
 * One pot of money after the cut-off: the call's total budget (`envelope: null`) or one eldership envelope,
 * with its own minimum and maximum per project.
 *
 * @example
 * ```ts
 * import type { FundingPoolState } from '@talka/evaluation'
 * declare const pool: FundingPoolState
 * `${pool.envelope ?? 'total'}: ${pool.remaining} left`
 * ```
 */
export interface FundingPoolState {
  readonly envelope: string | null
  readonly budget: string
  readonly funded: string
  readonly remaining: string
  readonly minPerProject: string | null
  readonly maxPerProject: string | null
}

/**
 * The money of a ranking and the call's funding policies (`null` where the call is silent), with the
 * references the next decision cites: what {@link promoteFromReserve} needs, in JSON.
 *
 * @example
 * ```ts
 * import type { RankingFunding } from '@talka/evaluation'
 * declare const f: RankingFunding
 * f.missingPolicies // e.g. ['evaluation.tiesAtBudgetLine'] when a tie at the line needed it
 * ```
 */
export interface RankingFunding {
  readonly callId: string
  readonly pools: readonly FundingPoolState[]
  /** With envelopes whose unspent money is pooled: the pooled money, what it funded and what is left. */
  readonly pooled: { readonly leftover: string; readonly funded: string; readonly remaining: string } | null
  readonly unspent: 'returned' | 'pooled' | null
  readonly lastProject: 'offer-remainder-if-at-least-minimum' | 'fund-partially' | 'reserve' | null
  readonly fundingOrder: 'strict' | 'skip-ahead' | null
  readonly tiesAtBudgetLine: 'report' | 'split-equally' | 'split-proportionally' | 'keys' | null
  readonly reserve: { readonly list: boolean; readonly proposedAmount: boolean } | null
  /** The references of the reserve list, the last project and ties, from the call (or ministry/law where silent). */
  readonly refs: { readonly reserve: LegalRef; readonly lastProject: LegalRef; readonly ties: LegalRef }
  /** Call parameters the call leaves out and this result depended on (paths in the call document). */
  readonly missingPolicies: readonly string[]
}
