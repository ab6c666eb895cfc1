// The next decision after a ranking: money declined or returned by grantees goes down the reserve list
// (point 40 of the 2022 pilot description; "Aprašo 40 p." in published decisions), with the same cut-off
// kernel as the ranking itself. Internal module; `promoteFromReserve` is public.
import {
  createDecision,
  type Decision,
  formatCents as money,
  type ReasonInput,
  type TraceReason,
  tryParseCents,
} from '@talka/core'
import { EvaluationError } from './errors.js'
import { FUNDED_REMAINDER, type FundingPolicy, fund, isFunded, isReserve, newFunding } from './funding.js'
import { renderText } from './message-text.js'
import { type EvaluationMessageKey, evaluationMessages } from './messages.js'
import type { RankingOutcome, RankingResult, RankingRow } from './ranking-result.js'
import { RULE_IDS } from './reasons.js'
import { EVALUATION_VERSION } from './version.js'

/**
 * What changed after a ranking: funded applications whose applicants `declined` the grant (their whole
 * amount comes back), and money `returned` by grantees (an amount per funded application, at most what it
 * was granted).
 *
 * @example
 * ```ts
 * import type { PromoteFromReserveOptions } from '@talka/evaluation'
 * const o: PromoteFromReserveOptions = { declined: ['BO-2024-55'], returned: [{ id: 'BO-2024-172', amount: '120.00' }] }
 * ```
 */
export interface PromoteFromReserveOptions {
  readonly declined?: readonly string[]
  readonly returned?: readonly { readonly id: string; readonly amount: string }[]
}

/**
 * One application moved up from the reserve list, with the amount and the reasons (citing the call's
 * reserve point, or its last-project point for a remainder).
 *
 * @example
 * ```ts
 * import type { PromotedApplication } from '@talka/evaluation'
 * declare const p: PromotedApplication
 * `${p.id}: ${p.amount}${p.remainder ? ' (remainder)' : ''}`
 * ```
 */
export interface PromotedApplication {
  readonly id: string
  readonly envelope: string | null
  readonly requested: string
  readonly amount: string
  /** Funded with what was left rather than its whole amount (the applicant must accept). */
  readonly remainder: boolean
  readonly reasons: readonly TraceReason[]
}

/**
 * The next decision: the money that came back (with what the ranking left), who moves up from the reserve
 * list and with what amount, who stays on it, tie groups that the call leaves to the commission, and the
 * money left, per pool (the call's total, or each eldership envelope) and in all.
 *
 * @example
 * ```ts
 * import type { ReservePromotion } from '@talka/evaluation'
 * declare const next: ReservePromotion
 * next.promoted.map((p) => `${p.id} ${p.amount}`)
 * ```
 */
export interface ReservePromotion {
  readonly available: string
  readonly promoted: readonly PromotedApplication[]
  readonly reserve: readonly string[]
  readonly unresolved: readonly (readonly string[])[]
  readonly remaining: string
  readonly pools: readonly {
    readonly envelope: string | null
    readonly available: string
    readonly promoted: string
    readonly remaining: string
  }[]
  readonly trace: Decision<RankingOutcome>
}

const cents = (text: string | null | undefined): number | undefined =>
  typeof text === 'string' ? tryParseCents(text) : undefined

const invalid = (message: string, details: Record<string, unknown> = {}) =>
  new EvaluationError('INVALID_OPTIONS', message, details)

/**
 * Gives the next decision after a ranking: the applications that `declined` return their amounts, grantees
 * return money (`returned`), and that money — with what the ranking left — goes down the reserve list in rank
 * order, under the same rules as the ranking (the call's maximum and minimum per project, its last-project
 * policy, ties at the line, envelopes and their unspent money). Each promoted application's reasons cite the
 * call's reserve point (`funding.refs.reserve`). Reads a ranking result (also one that went through JSON).
 *
 * Throws {@link EvaluationError} `INVALID_RESULT` for something that is not a ranking result, and
 * `INVALID_OPTIONS` for an id that was not funded, a returned amount that is not an amount or is above what
 * the application was granted, or an application both declined and returning money.
 *
 * @example
 * ```ts
 * import { promoteFromReserve, rankApplications } from '@talka/evaluation'
 * declare const result: ReturnType<typeof rankApplications>
 * const next = promoteFromReserve(result, { declined: ['BO-2024-55'] })
 * next.promoted.map((p) => [p.id, p.amount]) // the first reserve projects that the money now covers
 * ```
 */
export function promoteFromReserve(
  result: RankingResult,
  options: PromoteFromReserveOptions = {},
): ReservePromotion {
  const rows = result?.rows
  const state = result?.funding
  if (!Array.isArray(rows) || !state || !Array.isArray(state.pools) || !result.trace) {
    throw new EvaluationError('INVALID_RESULT', 'Expected the result of rankApplications')
  }
  const lang = result.trace.lang === 'en' ? 'en' : 'lt'
  const poolIndex = new Map(state.pools.map((p, k) => [p.envelope, k]))
  const poolOf = (row: RankingRow) => poolIndex.get(row.envelope) ?? 0
  // With pooled envelopes the envelopes' remainders were spent by the pooled pass: what is left of the
  // pooled money goes to the pooled pass again.
  const pooledLeft = state.pooled ? (cents(state.pooled.remaining) ?? 0) : 0
  const available = state.pools.map((p) => (state.pooled ? 0 : (cents(p.remaining) ?? 0)))
  const byId = new Map(rows.map((r) => [r.id, r]))
  const funded = (id: unknown): RankingRow => {
    const row = typeof id === 'string' ? byId.get(id) : undefined
    if (row?.decision !== 'funded' || row.amount === null) {
      throw invalid(`Application "${String(id)}" was not funded`, { id: String(id) })
    }
    return row
  }
  const declined = new Set<string>()
  for (const id of options.declined ?? []) {
    const row = funded(id)
    if (declined.has(row.id)) throw invalid(`Application "${row.id}" is listed twice`, { id: row.id })
    declined.add(row.id)
    available[poolOf(row)]! += cents(row.amount) ?? 0
  }
  for (const item of options.returned ?? []) {
    const row = funded(item?.id)
    const amount = cents(item.amount)
    const granted = cents(row.amount) ?? 0
    if (amount === undefined || amount <= 0 || amount > granted || declined.has(row.id)) {
      throw invalid(
        `Returned amount "${String(item.amount)}" of "${row.id}" is not between 0 and ${row.amount}`,
        {
          id: row.id,
        },
      )
    }
    available[poolOf(row)]! += amount
  }
  const total = available.reduce((s, a) => s + a, 0) + pooledLeft

  // The reserve list in rank order, as indices into `reserve`.
  const reserve = rows.filter((r) => r.decision === 'reserve').sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
  const count = reserve.length
  const ids = reserve.map((r) => r.id)
  const capped = new Float64Array(count)
  const minCents = new Float64Array(count)
  reserve.forEach((row, i) => {
    const pool = state.pools[poolOf(row)]!
    const own = cents(row.eligibleAmount) ?? cents(row.requested) ?? 0
    const max = cents(pool.maxPerProject)
    capped[i] = max !== undefined && own > max ? max : own
    minCents[i] = cents(pool.minPerProject) ?? -1
  })
  const policy: FundingPolicy = {
    lastProject: state.lastProject,
    ties: state.tiesAtBudgetLine ?? 'silent',
    fundingOrder: state.fundingOrder,
  }
  // Consecutive rows with one score form a funding group, unless the call's keys already ordered them.
  const sameGroup = (a: RankingRow, b: RankingRow) =>
    policy.ties !== 'keys' && a.average !== null && a.average === b.average
  const run = (members: number[], budget: number, pool: string | null) => {
    const groupStart: number[] = []
    members.forEach((i, k) => {
      if (k === 0 || !sameGroup(reserve[members[k - 1]!]!, reserve[i]!)) groupStart.push(k)
    })
    groupStart.push(members.length)
    return fund({ order: members, groupStart, budget, pool, capped, minCents, ids }, policy, out)
  }
  const out = newFunding(count)
  const left = state.pools.map((p, k) => {
    const members = reserve.flatMap((row, i) => (poolOf(row) === k ? [i] : []))
    return run(members, available[k]!, p.envelope)
  })
  const pooled = new Uint8Array(count)
  if (state.pools.length > 1 && state.unspent === 'pooled') {
    const stillReserve = (i: number) => isReserve(out.outcome[i]!)
    const members = reserve.flatMap((_, i) => (stillReserve(i) ? [i] : []))
    const leftover = left.reduce((s, r) => s + r, 0) + pooledLeft
    if (leftover > 0 && members.length > 0) {
      for (const i of members) out.outcome[i] = 0
      const rest = run(members, leftover, null)
      for (const i of members) if (isFunded(out.outcome[i]!)) pooled[i] = 1
      // What the pooled pass left is kept in the first pool's figure, so that the totals add up.
      for (let k = 0; k < left.length; k++) left[k] = k === 0 ? rest : 0
    } else if (left.length > 0) left[0]! += pooledLeft
  }

  const reason = (
    rule: 'reserve' | 'lastProject',
    key: EvaluationMessageKey,
    params: Record<string, string | number>,
    facts: Record<string, unknown>,
  ): TraceReason => ({
    ruleId: RULE_IDS[rule],
    result: 'promoted',
    facts,
    ref: rule === 'reserve' ? state.refs.reserve : state.refs.lastProject,
    message: { key, params, text: renderText(key, params, lang) },
  })
  const promoted: PromotedApplication[] = []
  const stays: string[] = []
  reserve.forEach((row, i) => {
    const o = out.outcome[i]!
    if (!isFunded(o)) {
      stays.push(row.id)
      return
    }
    const amount = money(out.amount[i]!)
    const partial = o === FUNDED_REMAINDER
    const params = { amount, requested: row.requested }
    const facts = { requested: row.requested, amount, rank: row.rank, pooled: pooled[i] === 1 }
    const reasons = [
      partial
        ? reason('lastProject', 'evaluation.reserve.promotedRemainder', params, facts)
        : reason('reserve', 'evaluation.reserve.promoted', params, facts),
    ]
    promoted.push({
      id: row.id,
      envelope: row.envelope,
      requested: row.requested,
      amount,
      remainder: partial,
      reasons,
    })
  })
  const remainingTotal = left.reduce((s, r) => s + r, 0)
  const inputs: ReasonInput[] = [
    {
      ruleId: RULE_IDS.reserve,
      result: 'applied',
      facts: {
        declined: [...declined],
        returned: (options.returned ?? []).map((r) => ({ id: r.id, amount: money(cents(r.amount)!) })),
        available: money(total),
        promoted: promoted.map((p) => ({ id: p.id, amount: p.amount })),
        remaining: money(remainingTotal),
      },
      ref: state.refs.reserve,
      messageKey: 'evaluation.reserve.promotionSummary',
      params: { available: money(total), count: promoted.length, remaining: money(remainingTotal) },
    },
  ]
  const missingFacts = out.unresolved.length
    ? state.tiesAtBudgetLine === null
      ? ['call.evaluation.tiesAtBudgetLine']
      : ['tieDecision']
    : []
  for (const m of out.missing) missingFacts.push(`call.${m}`)
  return {
    available: money(total),
    promoted,
    reserve: stays,
    unresolved: out.unresolved.map((g) => [...g]),
    remaining: money(remainingTotal),
    pools: state.pools.map((p, k) => ({
      envelope: p.envelope,
      available: money(available[k]!),
      promoted: money(
        reserve.reduce(
          (s, row, i) => s + (poolOf(row) === k && isFunded(out.outcome[i]!) ? out.amount[i]! : 0),
          0,
        ),
      ),
      remaining: money(left[k]!),
    })),
    trace: createDecision<RankingOutcome>({
      decision: 'evaluation:reserve-promotion',
      outcome: missingFacts.length ? 'incomplete' : 'complete',
      asOf: result.trace.asOf,
      lang,
      reasons: inputs,
      missingFacts,
      producer: { package: '@talka/evaluation', version: EVALUATION_VERSION },
      catalog: evaluationMessages,
    }),
  }
}
