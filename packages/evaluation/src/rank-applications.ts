// The ranking of a call's applications: validate and prepare, score, order, cut at the budget line, and
// build the rows, the trace and (on first read) the summary. Each step is its own module; this one only
// threads them together.
import { formatCents as money } from '@talka/core'
import { formalCheckTruth } from './formal-check.js'
import {
  FUNDED,
  FUNDED_REMAINDER,
  type Funding,
  fund,
  RESERVE,
  RESERVE_BELOW_MINIMUM,
  TIE_DEPENDS_ON,
  TIE_UNRESOLVED,
} from './funding.js'
import { type ParsedRankApplicationsInput, rankInputParser } from './parse-input.js'
import { prepareInput } from './prepare-input.js'
import type { PreparedInput } from './prepared-input.js'
import type { RankApplicationsInput } from './rank-input.js'
import { rankOrder } from './rank-order.js'
import type { EvaluationDecision, EvaluationSummary, RankingResult, RankingRow } from './ranking-result.js'
import { failedRows, pendingRows, type RowSources, rankedRows, waitingRows } from './ranking-rows.js'
import { buildTrace } from './ranking-trace.js'
import { describePolicy } from './reason-texts.js'
import { ReasonFactory } from './reasons.js'
import { ScoreFormatter } from './score-format.js'
import {
  DIVERGENT,
  evaluationTotals,
  passes,
  SCORED,
  type ScoreTable,
  scoreApplications,
  scoringContext,
} from './scoring.js'
import { buildSummary } from './summary.js'

/**
 * Scores, ranks and cuts a call's applications at the budget line, and returns the rows in rank order, the
 * evaluation summary (suvestinė) and a trace.v1 decision.
 *
 * - Scores are checked against each criterion's range; an evaluation's total is the weighted sum (the plain
 *   sum where no weights are given); the final score is the exact average of the totals, or, under the
 *   call's divergence rule, waits for a further evaluator and then follows `resolve`.
 * - Applications whose formal check is `ineligible` are not funded, with the eligibility reasons attached;
 *   `undetermined` ones are not ranked (`formal-check-pending`).
 * - Ranked by score (exact fractions), then by the call's tie-break keys. Below the pass mark: `not-funded`.
 * - Funded down the list at min(requested, maxPerProject) while the budget lasts; the next project gets the
 *   remainder if the call says so and it reaches the minimum per project; the rest is the reserve list.
 *   Without a tie-break, tied applications whose funding depends on the order are `tie-unresolved`.
 *
 * Accepts a raw input, validated here against `RankApplicationsInputSchema`, or the result of
 * `parseRankApplicationsInput`, which is trusted and not validated again (the fast route for a caller that
 * has parsed already, such as the API). Throws core's `ValidationError` (code `VALIDATION_FAILED`, at most
 * 100 issues plus `issueCount`) listing the problems with their JSON paths, e.g.
 * `applications.3.evaluations.1.scores.relevance` with code `score_out_of_range`.
 *
 * @example
 * ```ts
 * import { rankApplications } from '@talka/evaluation'
 * const result = rankApplications({
 *   call: { budget: '5000.00', minPerProject: '1000.00', maxPerProject: '3000.00', passMark: '60',
 *           criteria: [{ id: 'relevance', max: 100 }], lastProject: 'offer-remainder-if-at-least-minimum' },
 *   applications: [
 *     { id: 'A', requested: '3000.00', evaluations: [{ evaluator: 'E1', scores: { relevance: 90 } }] },
 *     { id: 'B', requested: '3000.00', evaluations: [{ evaluator: 'E1', scores: { relevance: 80 } }] },
 *     { id: 'C', requested: '2000.00', evaluations: [{ evaluator: 'E1', scores: { relevance: 50 } }] },
 *   ],
 * })
 * result.rows.map((r) => [r.id, r.decision, r.amount])
 * // [['A', 'funded', '3000.00'], ['B', 'funded', '2000.00'], ['C', 'not-funded', null]]
 * ```
 */
export function rankApplications(input: RankApplicationsInput | ParsedRankApplicationsInput): RankingResult {
  return rankPrepared(prepareInput(rankInputParser.ensure(input)))
}

function rankPrepared(prepared: PreparedInput): RankingResult {
  const { call, lang, ids } = prepared
  const ctx = scoringContext(call)
  const evalTotals = evaluationTotals(prepared, ctx)
  const table = scoreApplications(prepared, evalTotals, ctx)

  // Ranked are the scored applications whose formal check (if any) did not fail and is complete.
  const ranked: number[] = []
  const waiting: number[] = []
  const pending: number[] = []
  const failed: number[] = []
  const capped = new Float64Array(prepared.count)
  for (let i = 0; i < prepared.count; i++) {
    const requested = prepared.requestedCents[i]!
    capped[i] = call.maxCents !== null && requested > call.maxCents ? call.maxCents : requested
    const formal = formalCheckTruth(prepared.formalChecks[i]!)
    if (formal.outcome === 'fail') failed.push(i)
    else if (formal.outcome === 'unknown') pending.push(i)
    else if (table.status[i] === SCORED) ranked.push(i)
    else waiting.push(i)
  }

  const rank = rankOrder(prepared, table, ranked)
  // In rank order the applications that reach the pass mark come first; a funding group never straddles the
  // pass mark, as its members have one score.
  let passing = 0
  while (passing < rank.order.length && passes(table, rank.order[passing]!, ctx)) passing++
  let passingGroups = 0
  while (rank.groupStart[passingGroups]! < passing) passingGroups++
  const funding = fund(rank.order, rank.groupStart, passingGroups, capped, ids, call)

  const reasons = new ReasonFactory(lang, call.legalRefs)
  const src: RowSources = {
    prepared,
    table,
    rank,
    passing,
    funding,
    capped,
    fmt: new ScoreFormatter(ctx, evalTotals),
    reasons,
  }
  const rows = rankedRows(src)
  waitingRows(src, waiting, rows)
  pendingRows(src, pending, rows)
  failedRows(src, failed, rows)

  const fundedCents = call.budgetCents - funding.remaining
  const totals = {
    budget: money(call.budgetCents),
    funded: money(fundedCents),
    remaining: money(funding.remaining),
    minPerProject: call.minCents === null ? null : money(call.minCents),
    maxPerProject: call.maxCents === null ? null : money(call.maxCents),
    passMark: call.passMarkText,
  }
  const sortedIds = (indices: readonly number[]) => indices.map((i) => ids[i]!).sort(byText)
  const trace = buildTrace({
    prepared,
    counts: countDecisions(funding, rank.order.length, passing, {
      waiting: waiting.length,
      pending: pending.length,
      failed: failed.length,
    }),
    totals,
    remainderTo: funding.remainderTo === null ? null : ids[funding.remainderTo]!,
    belowPassMark: rank.order.length - passing,
    resolved: call.divergence ? resolvedInRankOrder(rank.order, table, ids) : [],
    lotDraws: rank.lotDraws,
    unresolved: funding.unresolved,
    tieGroups: rank.tieGroupCount,
    policyText: describePolicy(call, lang),
    reasons,
    divergentIds: sortedIds(waiting.filter((i) => table.status[i] === DIVERGENT)),
    waitingIds: sortedIds(waiting),
    failedIds: sortedIds(failed),
    pendingIds: sortedIds(pending),
  })
  // The summary repeats every row; it is built on first read (an enumerable accessor, so JSON, structured
  // clone and deep equality see it like a plain property) and kept.
  const result = { rows, trace } as {
    rows: RankingRow[]
    trace: RankingResult['trace']
    summary: EvaluationSummary
  }
  let summary: EvaluationSummary | null = null
  Object.defineProperty(result, 'summary', {
    enumerable: true,
    get: () => {
      summary ??= buildSummary(rows, { callName: call.name, totals }, lang)
      return summary
    },
  })
  return result
}

/** Ids of the ranked applications whose divergence a further evaluation resolved, in rank order. */
function resolvedInRankOrder(order: Int32Array, table: ScoreTable, ids: readonly string[]): string[] {
  const resolved: string[] = []
  for (const i of order) if (table.resolved[i] === 1) resolved.push(ids[i]!)
  return resolved
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** How many rows have each decision, counted from the funding outcomes rather than from the rows. */
function countDecisions(
  funding: Funding,
  ranked: number,
  passing: number,
  unranked: { waiting: number; pending: number; failed: number },
): Record<EvaluationDecision, number> {
  let funded = 0
  let reserve = 0
  let tied = 0
  for (const outcome of funding.outcome) {
    if (outcome === FUNDED || outcome === FUNDED_REMAINDER) funded++
    else if (outcome === RESERVE || outcome === RESERVE_BELOW_MINIMUM) reserve++
    else if (outcome === TIE_UNRESOLVED || outcome === TIE_DEPENDS_ON) tied++
  }
  return {
    funded,
    reserve,
    'not-funded': ranked - passing + unranked.failed,
    'needs-another-evaluator': unranked.waiting,
    'tie-unresolved': tied,
    'formal-check-pending': unranked.pending,
  }
}
