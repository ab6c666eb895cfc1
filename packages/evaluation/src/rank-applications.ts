// The ranking of a call's applications: validate and prepare, score, order, cut at the budget line (per
// envelope, then the pooled unspent money), and build the rows, the trace and (on first read) the summary.
// Each step is its own module; this one only threads them together.
import { formatCents as money } from '@talka/core'
import { formalCheckTruth } from './formal-check.js'
import {
  FUNDED,
  type Funding,
  type FundingPolicy,
  fund,
  isFunded,
  isReserve,
  isTied,
  newFunding,
} from './funding.js'
import { type ParsedRankApplicationsInput, rankInputParser } from './parse-input.js'
import { prepareInput } from './prepare-input.js'
import type { PreparedInput } from './prepared-input.js'
import type { RankApplicationsInput } from './rank-input.js'
import { type RankOrder, rankOrder } from './rank-order.js'
import type {
  EvaluationDecision,
  EvaluationSummary,
  FundingPoolState,
  RankingFunding,
  RankingResult,
  RankingRow,
} from './ranking-result.js'
import {
  criterionRows,
  failedRows,
  overMaximumRows,
  pendingRows,
  type RowSources,
  rankedRows,
  waitingRows,
} from './ranking-rows.js'
import { buildTrace } from './ranking-trace.js'
import { describePolicy } from './reason-texts.js'
import { ReasonFactory } from './reasons.js'
import { ScoreFormatter } from './score-format.js'
import {
  belowCriterionMinimum,
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
 * evaluation summary (suvestinė), a trace.v1 decision and the money left (`funding`). The call is a call.v1
 * document of `@talka/calls`: its `evaluation` part gives the criteria (with optional per-criterion
 * minimums), pass mark, divergence rule, ties at the budget line, funding order, last-project and reserve
 * policies; `amounts` (or each eldership envelope) the minimum and maximum per project and `overMaximum`.
 *
 * - Scores are checked against each criterion's range; an evaluation's total is the weighted sum; the final
 *   score is the exact average of the totals, or, under the call's divergence rule, waits for a further
 *   evaluator and then follows `resolve`.
 * - Applications whose formal check is `ineligible` are not funded, with the eligibility reasons attached;
 *   `undetermined` ones are not ranked (`formal-check-pending`). A request above the maximum is rejected
 *   (`overMaximum: 'reject'`), capped (`'cap'`: funded at most the maximum) or, where the call is silent,
 *   not ranked until the call says which (`formal-check-pending`, naming `amounts.overMaximum`).
 * - Below the pass mark, or below a criterion's `minimumScore`: `not-funded`.
 * - Funded down the list at min(eligibleAmount ?? requested, maximum) while the money lasts; the next project
 *   gets the remainder as `lastProject` says; projects tied at the line follow `tiesAtBudgetLine` (reported,
 *   broken by keys or lot, or sharing the remainder equally or in proportion); the rest is the reserve list
 *   (with `proposedAmount` where `reserve.proposedAmount`). With envelopes each envelope funds its own
 *   applications under its own minimum and maximum, and the unspent money is pooled for the rest when
 *   `budget.unspent` is `'pooled'`.
 * - Where the call is silent on a policy the result depends on, the row and the trace say so and
 *   `funding.missingPolicies` and the trace's `missingFacts` name the call parameter: nothing is invented.
 *
 * Accepts a raw input, validated here against `RankApplicationsInputSchema` (a call already parsed with
 * `parseCall` is not validated again), or the result of `parseRankApplicationsInput`, which is trusted.
 * Throws core's `ValidationError` (code `VALIDATION_FAILED`, at most 100 issues plus `issueCount`).
 *
 * @example
 * ```ts
 * import { rankApplications } from '@talka/evaluation'
 * const result = rankApplications({
 *   call: {
 *     id: 'example-2025', name: { lt: 'Kvietimas', en: 'Call' }, municipality: { name: 'Pavyzdžių rajono savivaldybė' },
 *     year: 2025, model: 'standard', ref: { act: 'Pavyzdžių r. sav. aprašas', url: 'https://e-tar.lt/' },
 *     budget: { kind: 'total', amount: '5000.00' },
 *     amounts: { minPerProject: '1000.00', maxPerProject: '3000.00', overMaximum: 'cap' },
 *     evaluation: {
 *       criteria: [{ id: 'relevance', title: { lt: 'Aktualumas', en: 'Relevance' }, min: 0, max: 100, weight: '1' }],
 *       passMark: { score: 60 }, lastProject: { policy: 'offer-remainder-if-at-least-minimum' },
 *     },
 *   },
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

  // Ranked are the scored applications whose formal check (if any) did not fail and is complete, whose
  // request the call allows, and that reach every criterion's minimum.
  const ranked: number[] = []
  const waiting: number[] = []
  const pending: number[] = []
  const failed: number[] = []
  const overMaximum: number[] = []
  const belowCriterion: number[] = []
  const capped = new Float64Array(prepared.count)
  const minCents = new Float64Array(prepared.count)
  const missing = new Set<string>()
  for (let i = 0; i < prepared.count; i++) {
    const pool = call.pools[prepared.pool[i]!]!
    const max = pool.maxCents
    const eligible = prepared.eligibleCents[i]!
    capped[i] = max !== null && eligible > max ? max : eligible
    minCents[i] = pool.minCents ?? -1
    const formal = formalCheckTruth(prepared.formalChecks[i]!)
    if (formal.outcome === 'fail') failed.push(i)
    else if (formal.outcome === 'unknown') pending.push(i)
    else if (max !== null && prepared.requestedCents[i]! > max && call.overMaximum !== 'cap') {
      overMaximum.push(i)
      if (call.overMaximum === null) missing.add('amounts.overMaximum')
    } else if (table.status[i] !== SCORED) waiting.push(i)
    else if (call.hasCriterionMinimum && belowCriterionMinimum(prepared, table, i) !== null)
      belowCriterion.push(i)
    else ranked.push(i)
  }

  const rank = rankOrder(prepared, table, ranked)
  // In rank order the applications that reach the pass mark come first; a funding group never straddles the
  // pass mark, as its members have one score.
  let passing = 0
  while (passing < rank.order.length && passes(table, rank.order[passing]!, ctx)) passing++
  let passingGroups = 0
  while (rank.groupStart[passingGroups]! < passing) passingGroups++

  const funding = newFunding(prepared.count)
  const policy: FundingPolicy = {
    lastProject: call.lastProject,
    ties: call.ties,
    fundingOrder: call.fundingOrder,
  }
  const remaining = fundPools(prepared, rank, passing, passingGroups, capped, minCents, policy, funding)
  const pooled = poolUnspent(prepared, rank, passing, capped, minCents, policy, funding, remaining)
  for (const m of funding.missing) missing.add(m)
  if (funding.unresolved.length > 0 && call.ties === 'silent') missing.add('evaluation.tiesAtBudgetLine')

  const reasons = new ReasonFactory(lang, call.call)
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
  criterionRows(src, belowCriterion, rows)
  waitingRows(src, waiting, rows)
  overMaximumRows(src, overMaximum, rows)
  pendingRows(src, pending, rows)
  failedRows(src, failed, rows)

  const pools: FundingPoolState[] = call.pools.map((p, k) => ({
    envelope: p.id,
    budget: money(p.budgetCents),
    funded: money(p.budgetCents - remaining[k]!),
    remaining: money(remaining[k]!),
    minPerProject: p.minCents === null ? null : money(p.minCents),
    maxPerProject: p.maxCents === null ? null : money(p.maxCents),
  }))
  const budgetCents = call.pools.reduce((s, p) => s + p.budgetCents, 0)
  let fundedCents = 0
  for (let i = 0; i < prepared.count; i++) {
    if (isFunded(funding.outcome[i]!)) fundedCents += funding.amount[i]!
  }
  const single = call.envelopes ? null : call.pools[0]!
  const totals = {
    budget: money(budgetCents),
    funded: money(fundedCents),
    remaining: money(budgetCents - fundedCents),
    minPerProject: single?.minCents == null ? null : money(single.minCents),
    maxPerProject: single?.maxCents == null ? null : money(single.maxCents),
    passMark: call.passMarkText,
  }
  const missingPolicies = [...missing].sort()
  const fundingState: RankingFunding = {
    callId: call.call.id,
    pools,
    pooled,
    unspent: call.unspent,
    lastProject: call.lastProject,
    fundingOrder: call.fundingOrder,
    tiesAtBudgetLine: call.ties === 'silent' ? null : call.ties,
    reserve: call.reserve,
    refs: {
      reserve: reasons.ref('reserve'),
      lastProject: reasons.ref('lastProject'),
      ties: reasons.ref('ties'),
    },
    missingPolicies,
  }
  const sortedIds = (indices: readonly number[]) => indices.map((i) => ids[i]!).sort(byText)
  const trace = buildTrace({
    prepared,
    counts: countDecisions(funding, rank.order.length, passing, call.reserve?.list === false, {
      waiting: waiting.length,
      pending: pending.length + (call.overMaximum === null ? overMaximum.length : 0),
      failed:
        failed.length + belowCriterion.length + (call.overMaximum === 'reject' ? overMaximum.length : 0),
    }),
    totals,
    funding,
    fundingState,
    belowPassMark: rank.order.length - passing,
    belowCriterion: sortedIds(belowCriterion),
    resolved: call.divergence ? resolvedInRankOrder(rank.order, table, ids) : [],
    lotDraws: rank.lotDraws,
    tieGroups: rank.tieGroupCount,
    policyText: describePolicy(call, lang),
    reasons,
    divergentIds: sortedIds(waiting.filter((i) => table.status[i] === DIVERGENT)),
    waitingIds: sortedIds(waiting),
    failedIds: sortedIds(failed),
    pendingIds: sortedIds(pending),
    overMaximumIds: sortedIds(overMaximum),
    reducedIds: sortedIds(reducedFunded(prepared, funding, capped)),
  })
  // The summary repeats every row; it is built on first read (an enumerable accessor, so JSON, structured
  // clone and deep equality see it like a plain property) and kept.
  const result = { rows, trace } as {
    rows: RankingRow[]
    trace: RankingResult['trace']
    summary: EvaluationSummary
    funding: RankingFunding
  }
  let summary: EvaluationSummary | null = null
  Object.defineProperty(result, 'summary', {
    enumerable: true,
    get: () => {
      summary ??= buildSummary(rows, { callName: call.name[lang], totals }, lang)
      return summary
    },
  })
  result.funding = fundingState
  return result
}

/** Funds each pool's passing applications down the list; returns the cents left in each pool. */
function fundPools(
  prepared: PreparedInput,
  rank: RankOrder,
  passing: number,
  passingGroups: number,
  capped: Float64Array,
  minCents: Float64Array,
  policy: FundingPolicy,
  out: Funding,
): number[] {
  const { call, ids } = prepared
  if (!call.envelopes) {
    const pool = call.pools[0]!
    const groupStart = rank.groupStart.slice(0, passingGroups + 1)
    const run = { order: rank.order.subarray(0, passing), groupStart, budget: pool.budgetCents }
    return [fund({ ...run, pool: null, capped, minCents, ids }, policy, out)]
  }
  // Each envelope's applications keep their rank order and their funding groups.
  const orders: number[][] = call.pools.map(() => [])
  const starts: number[][] = call.pools.map(() => [])
  for (let g = 0; g < passingGroups; g++) {
    const seen = new Set<number>()
    for (let p = rank.groupStart[g]!; p < rank.groupStart[g + 1]!; p++) {
      const i = rank.order[p]!
      const k = prepared.pool[i]!
      if (!seen.has(k)) {
        seen.add(k)
        starts[k]!.push(orders[k]!.length)
      }
      orders[k]!.push(i)
    }
  }
  return call.pools.map((pool, k) =>
    fund(
      {
        order: orders[k]!,
        groupStart: [...starts[k]!, orders[k]!.length],
        budget: pool.budgetCents,
        pool: pool.id,
        capped,
        minCents,
        ids,
      },
      policy,
      out,
    ),
  )
}

/**
 * With envelopes: the envelopes' unspent money, pooled for the passing applications none of them funded
 * (in rank order, each under its own envelope's minimum and maximum) where the call says so.
 */
function poolUnspent(
  prepared: PreparedInput,
  rank: RankOrder,
  passing: number,
  capped: Float64Array,
  minCents: Float64Array,
  policy: FundingPolicy,
  out: Funding,
  remaining: number[],
): RankingFunding['pooled'] {
  const { call, ids } = prepared
  if (!call.envelopes) return null
  const leftover = remaining.reduce((s, r) => s + r, 0)
  const order: number[] = []
  const groupStart: number[] = []
  let lastGroup = -1
  let g = 0
  for (let p = 0; p < passing; p++) {
    while (rank.groupStart[g + 1]! <= p) g++
    const i = rank.order[p]!
    if (!isReserve(out.outcome[i]!)) continue
    if (g !== lastGroup) {
      groupStart.push(order.length)
      lastGroup = g
    }
    order.push(i)
  }
  groupStart.push(order.length)
  if (leftover === 0 || order.length === 0) return null
  if (call.unspent === null) {
    out.missing.add('budget.unspent')
    return null
  }
  if (call.unspent === 'returned') return null
  for (const i of order) {
    out.outcome[i] = 0
    out.amount[i] = 0
    out.missingParam.delete(i)
  }
  const left = fund({ order, groupStart, budget: leftover, pool: null, capped, minCents, ids }, policy, out)
  for (const i of order) {
    if (isFunded(out.outcome[i]!)) out.pooled[i] = 1
  }
  return { leftover: money(leftover), funded: money(leftover - left), remaining: money(left) }
}

/** The funded applications whose eligible amount (below the request and the maximum) set what they got. */
function reducedFunded(prepared: PreparedInput, funding: Funding, capped: Float64Array): number[] {
  const out: number[] = []
  for (let i = 0; i < prepared.count; i++) {
    if (prepared.eligible[i] === null || funding.outcome[i] !== FUNDED) continue
    const eligible = prepared.eligibleCents[i]!
    if (eligible < prepared.requestedCents[i]! && capped[i] === eligible) out.push(i)
  }
  return out
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
  noReserveList: boolean,
  unranked: { waiting: number; pending: number; failed: number },
): Record<EvaluationDecision, number> {
  let funded = 0
  let reserve = 0
  let tied = 0
  for (const outcome of funding.outcome) {
    if (isFunded(outcome)) funded++
    else if (isReserve(outcome)) reserve++
    else if (isTied(outcome)) tied++
  }
  return {
    funded,
    reserve: noReserveList ? 0 : reserve,
    'not-funded': ranked - passing + unranked.failed + (noReserveList ? reserve : 0),
    'needs-another-evaluator': unranked.waiting,
    'tie-unresolved': tied,
    'formal-check-pending': unranked.pending,
  }
}
