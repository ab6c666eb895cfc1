// The rows of the result: the ranked applications in rank order with their decisions and reasons, then the
// unranked ones. Internal.
import type { TraceReason } from '@talka/core'
import { fractionToDecimal, formatCents as money } from '@talka/core'
import type { FormalCheck } from './application.js'
import {
  FUNDED,
  FUNDED_REMAINDER,
  FUNDED_SPLIT,
  type Funding,
  isFunded,
  isTied,
  RESERVE,
  RESERVE_BELOW_MINIMUM,
  RESERVE_POLICY_MISSING,
  TIE_DEPENDS_ON,
  TIE_UNRESOLVED,
} from './funding.js'
import type { PreparedInput } from './prepared-input.js'
import type { RankOrder } from './rank-order.js'
import type { EvaluationDecision, RankingRow } from './ranking-result.js'
import { describePolicy, firstIdsInclude, listIds, thresholdParams, thresholdText } from './reason-texts.js'
import { NO_PARAMS, type ReasonFactory } from './reasons.js'
import type { Average, ScoreFormatter } from './score-format.js'
import { belowCriterionMinimum, criterionSum, DIVERGENT, type ScoreTable } from './scoring.js'

/** Everything the rows are made from. */
export interface RowSources {
  readonly prepared: PreparedInput
  readonly table: ScoreTable
  readonly rank: RankOrder
  /** How many of `rank.order` reach the pass mark (they come first). */
  readonly passing: number
  readonly funding: Funding
  readonly capped: Float64Array
  readonly fmt: ScoreFormatter
  readonly reasons: ReasonFactory
}

/**
 * The rows of the ranked applications, in rank order.
 *
 * The rows are made in input order and each is put at its rank: the per-application arrays are then read
 * front to back. In rank order every row would read a dozen arrays at a random place, and those cache misses
 * took longer than making the rows.
 */
export function rankedRows(src: RowSources): RankingRow[] {
  const { prepared, table, rank, funding } = src
  const { evaluators, evalStart } = prepared
  const reasons = new RankedReasons(src)
  const noList = prepared.call.reserve?.list === false
  const proposing = prepared.call.reserve?.proposedAmount === true
  const rows: RankingRow[] = new Array(rank.order.length)
  for (let i = 0; i < prepared.count; i++) {
    const position = rank.position[i]!
    if (position < 0) continue
    const avg = src.fmt.average(table.sum[i]!, table.n[i]!)
    const passed = position < src.passing
    const outcome = passed ? funding.outcome[i]! : 0
    const funded = isFunded(outcome)
    const amount = funded ? reasons.fundedAmount(i) : null
    let decision: EvaluationDecision = passed ? DECISION_OF[outcome]! : 'not-funded'
    if (decision === 'reserve' && noList) decision = 'not-funded'
    // Every ranked row has one main reason; the array is made with it (a `[]` grown by push would reserve room
    // for 16), and the rare further reasons are pushed.
    const rowReasons = [passed ? reasons.outcome(i, outcome, amount) : reasons.passMark(avg)]
    if (passed) reasons.addTieBroken(i, outcome, rowReasons)
    reasons.addDivergenceResolved(i, rowReasons)
    const used = table.used.get(i)
    const start = evalStart[i]!
    rows[position] = row(
      src,
      i,
      avg,
      used ? used.map((j) => evaluators[start + j]!) : null,
      passed,
      position + 1,
      decision,
      amount,
      decision === 'reserve' && proposing ? reasons.cappedAmount(i) : null,
      rank.tieGroup[i]!,
      rowReasons,
    )
  }
  return rows
}

const DECISION_OF: Readonly<Record<number, EvaluationDecision>> = {
  [FUNDED]: 'funded',
  [FUNDED_REMAINDER]: 'funded',
  [FUNDED_SPLIT]: 'funded',
  [RESERVE]: 'reserve',
  [RESERVE_BELOW_MINIMUM]: 'reserve',
  [RESERVE_POLICY_MISSING]: 'reserve',
  [TIE_UNRESOLVED]: 'tie-unresolved',
  [TIE_DEPENDS_ON]: 'tie-unresolved',
}

/** The reasons of ranked rows, by the rule that decided. */
class RankedReasons {
  readonly #src: RowSources
  readonly #policyText: string
  readonly #maxText: readonly (string | null)[]
  readonly #minText: readonly (string | null)[]
  // The pass-mark reason depends on the average alone: one per distinct average, shared by its rows.
  readonly #passMark = new Map<Average, TraceReason>()
  // The tie-broken reason of the members of a tie group that its message does not list, by group.
  readonly #tieBroken = new Map<readonly string[], TraceReason>()

  constructor(src: RowSources) {
    const call = src.prepared.call
    this.#src = src
    this.#policyText = describePolicy(call, src.prepared.lang)
    this.#maxText = call.pools.map((p) => (p.maxCents === null ? null : money(p.maxCents)))
    this.#minText = call.pools.map((p) => (p.minCents === null ? null : money(p.minCents)))
  }

  /** The amount funded to application `i`: its own request text when it gets all of it. */
  fundedAmount(i: number): string {
    const cents = this.#src.funding.amount[i]!
    return cents === this.#src.prepared.requestedCents[i] ? this.#src.prepared.requested[i]! : money(cents)
  }

  /** Application `i`'s eligible amount capped by its maximum (what it would get if funded in full). */
  cappedAmount(i: number): string {
    const { prepared, capped } = this.#src
    const cents = capped[i]!
    if (cents === prepared.requestedCents[i]) return prepared.requested[i]!
    if (cents === prepared.eligibleCents[i] && prepared.eligible[i] !== null) return prepared.eligible[i]!
    return money(cents)
  }

  passMark(avg: Average): TraceReason {
    let reason = this.#passMark.get(avg)
    if (!reason) {
      const passMark = this.#src.prepared.call.passMarkText
      reason = this.#src.reasons.make(
        'passMark',
        'fail',
        'evaluation.passMark.notReached',
        { passMark: passMark ?? '', average: avg.display },
        { average: avg.average, passMark },
      )
      this.#passMark.set(avg, reason)
    }
    return reason
  }

  /** The reason of the cut-off's outcome for a passing application. */
  outcome(i: number, outcome: number, amount: string | null): TraceReason {
    const { prepared, funding, capped, reasons } = this.#src
    const requested = prepared.requested[i]!
    const k = prepared.pool[i]!
    const maxText = this.#maxText[k]!
    const minText = this.#minText[k]!
    const envelope = prepared.call.envelopes ? { envelope: prepared.call.pools[k]!.id! } : undefined
    switch (outcome) {
      case FUNDED_REMAINDER: {
        const partial = prepared.call.lastProject === 'fund-partially'
        return reasons.make(
          'lastProject',
          'funded-remainder',
          partial ? 'evaluation.lastProject.partial' : 'evaluation.lastProject.remainder',
          { amount: amount!, requested },
          {
            requested,
            amount,
            maxPerProject: maxText,
            minPerProject: minText,
            // A remainder funding is the whole remaining budget.
            remainingBefore: money(funding.amount[i]!),
            pooled: funding.pooled[i] === 1,
          },
        )
      }
      case FUNDED_SPLIT: {
        const split = funding.splitOf.get(i)!
        return reasons.make(
          'ties',
          'funded-split',
          split.policy === 'split-equally'
            ? 'evaluation.tie.splitEqually'
            : 'evaluation.tie.splitProportionally',
          {
            group: listIds(split.group, prepared.ids[i]!),
            remainder: money(split.remainder),
            amount: amount!,
            requested,
          },
          {
            group: split.group,
            policy: split.policy,
            remainder: money(split.remainder),
            amount,
            requested,
            leftover: money(split.leftover),
          },
        )
      }
      case FUNDED: {
        const facts = { requested, amount, maxPerProject: maxText, eligibleAmount: prepared.eligible[i]! }
        if (funding.pooled[i] === 1) {
          return reasons.make(
            'envelopes',
            'funded-pooled',
            'evaluation.envelope.pooled',
            { amount: amount!, requested },
            facts,
          )
        }
        if (capped[i]! < prepared.eligibleCents[i]!) {
          return reasons.make(
            'amounts',
            'funded-capped',
            'evaluation.cutOff.fundedCapped',
            { amount: amount!, requested },
            facts,
            envelope,
          )
        }
        if (prepared.eligibleCents[i]! < prepared.requestedCents[i]!) {
          return reasons.make(
            'eligibleAmount',
            'funded-reduced',
            'evaluation.cutOff.fundedReduced',
            { amount: amount!, requested },
            { ...facts, reduced: true },
          )
        }
        return reasons.make(
          'cutOff',
          'funded',
          'evaluation.cutOff.funded',
          { amount: amount!, requested },
          facts,
        )
      }
      case RESERVE_BELOW_MINIMUM: {
        const remainder = money(funding.amount[i]!)
        return reasons.make(
          'reserve',
          'reserve',
          'evaluation.reserve.remainderBelowMinimum',
          { remainder, minimum: minText ?? '0.00' },
          { remainder, minPerProject: minText, requested },
        )
      }
      case RESERVE_POLICY_MISSING: {
        const remainder = money(funding.amount[i]!)
        const param = funding.missingParam.get(i)!
        return reasons.make(
          'lastProject',
          'missing-policy',
          param === 'amounts.minPerProject'
            ? 'evaluation.lastProject.minimumUnstated'
            : 'evaluation.lastProject.unstated',
          { remainder },
          { remainder, requested, missingPolicy: param },
        )
      }
      case RESERVE: {
        const reserve = prepared.call.reserve
        const amountIfFunded = this.cappedAmount(i)
        if (reserve?.list === false) {
          return reasons.make('reserve', 'not-funded', 'evaluation.reserve.noList', NO_PARAMS, {
            requested,
            amountIfFunded,
          })
        }
        if (reserve?.proposedAmount) {
          return reasons.make(
            'reserve',
            'reserve',
            'evaluation.reserve.proposed',
            { proposed: amountIfFunded },
            { requested, proposedAmount: amountIfFunded },
          )
        }
        return reasons.make('reserve', 'reserve', 'evaluation.reserve.budgetExhausted', NO_PARAMS, {
          requested,
          amountIfFunded,
        })
      }
      case TIE_DEPENDS_ON: {
        const tie = funding.tieIds.get(i)!
        return reasons.make(
          'ties',
          'unresolved',
          'evaluation.tie.dependsOn',
          { group: listIds(tie, null) },
          { dependsOn: tie },
        )
      }
      default: {
        const tie = funding.tieIds.get(i)!
        const reported = prepared.call.ties === 'report'
        return reasons.make(
          'ties',
          'unresolved',
          reported ? 'evaluation.tie.reported' : 'evaluation.tie.unresolved',
          { group: listIds(tie, prepared.ids[i]!) },
          {
            group: tie,
            tieBreak: prepared.call.tieBreakGiven || reported ? this.#policyText : null,
            ...(reported ? {} : { missingPolicy: 'evaluation.tiesAtBudgetLine' }),
          },
        )
      }
    }
  }

  /** A funded application that skipped ahead; a tie the call's tie-break decided. */
  addTieBroken(i: number, outcome: number, to: TraceReason[]): void {
    const { prepared, funding, rank, reasons } = this.#src
    const skipped = funding.skipped.get(i)
    if (skipped !== undefined) {
      to.push(
        reasons.make(
          'cutOff',
          'funded-skip-ahead',
          'evaluation.cutOff.skippedAhead',
          { skipped },
          { skipped, fundingOrder: prepared.call.fundingOrder },
        ),
      )
    }
    const group = rank.tieGroup[i]
    if (group && prepared.call.tieBreakGiven && !isTied(outcome)) {
      const id = prepared.ids[i]!
      // The message lists the first ids of the group without the row's own: the same text for every member
      // that is not among them, so those members share one reason (a group of thousands would otherwise make
      // thousands of equal reasons and texts).
      const listed = firstIdsInclude(group, id)
      let reason = listed ? undefined : this.#tieBroken.get(group)
      if (!reason) {
        reason = reasons.make(
          'ties',
          'broken',
          'evaluation.tie.broken',
          { group: listIds(group, id), policy: this.#policyText },
          { group, tieBreak: this.#policyText },
        )
        if (!listed) this.#tieBroken.set(group, reason)
      }
      to.push(reason)
    }
  }

  /** The divergence rule fired and a further evaluation resolved it. */
  addDivergenceResolved(i: number, to: TraceReason[]): void {
    const { prepared, table, fmt, reasons } = this.#src
    const d = prepared.call.divergence
    if (table.resolved[i] !== 1 || !d) return
    const spread = fmt.total(table.spread![i]!)
    to.push(
      reasons.make(
        'divergence',
        'resolved',
        d.resolve === 'average-all'
          ? 'evaluation.divergence.resolvedAverageAll'
          : 'evaluation.divergence.resolvedClosestTwo',
        { difference: spread, ...thresholdParams(prepared.call), count: table.n[i]! },
        {
          spread,
          resolve: d.resolve,
          evaluations: prepared.evalStart[i + 1]! - prepared.evalStart[i]!,
        },
      ),
    )
  }
}

/** The rows of the applications waiting for a further evaluation, each with its reason, by id. */
export function waitingRows(src: RowSources, waiting: readonly number[], rows: RankingRow[]): void {
  const { prepared, table, fmt, reasons } = src
  const { call, evalStart } = prepared
  for (const i of sortedById(waiting, prepared.ids)) {
    const evaluations = evalStart[i + 1]! - evalStart[i]!
    let reason: TraceReason
    if (table.status[i] === DIVERGENT) {
      const spread = fmt.total(table.spread![i]!)
      reason = reasons.make(
        'divergence',
        'needs-another-evaluator',
        'evaluation.divergence.needsAnother',
        { difference: spread, ...thresholdParams(call) },
        { spread, threshold: thresholdText(call), evaluations },
      )
    } else {
      const required = table.required[i]!
      reason = reasons.make(
        'scoring',
        'needs-another-evaluator',
        'evaluation.evaluations.tooFew',
        { count: evaluations, required },
        { evaluations, required },
      )
    }
    rows.push(unscoredRow(src, i, 'needs-another-evaluator', [reason]))
  }
}

/** The rows of the applications whose formal check is not complete, by id. */
export function pendingRows(src: RowSources, pending: readonly number[], rows: RankingRow[]): void {
  const { prepared, reasons } = src
  for (const i of sortedById(pending, prepared.ids)) {
    const check = prepared.formalChecks[i]!
    const missing = check.missingFacts.length ? check.missingFacts.join(', ') : '—'
    const reason = reasons.make(
      'formalCheck',
      'unknown',
      'evaluation.formalCheck.undetermined',
      { missing },
      formalFacts(check),
    )
    rows.push(unscoredRow(src, i, 'formal-check-pending', [reason]))
  }
}

/** The rows of the applications that failed the formal check, with its failing reasons attached, by id. */
export function failedRows(src: RowSources, failed: readonly number[], rows: RankingRow[]): void {
  const { prepared, reasons } = src
  for (const i of sortedById(failed, prepared.ids)) {
    const check = prepared.formalChecks[i]!
    const attached = check.reasons.filter((r) => r.result === 'fail')
    rows.push(
      unscoredRow(src, i, 'not-funded', [
        reasons.make('formalCheck', 'fail', 'evaluation.formalCheck.failed', NO_PARAMS, formalFacts(check)),
        ...(attached.length ? attached : check.reasons),
      ]),
    )
  }
}

/** The facts of a formal-check verdict a reason repeats. */
export function formalFacts(check: FormalCheck): Record<string, unknown> {
  return {
    outcome: check.outcome,
    decision: check.decision,
    asOf: check.asOf,
    producer: check.producer.package,
  }
}

function sortedById(indices: readonly number[], ids: readonly string[]): number[] {
  return [...indices].sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0))
}

// One object literal with every field, in one order: rows share a single hidden class (object spread here
// made V8 fall back to slow dictionary objects and tripled the time of a 100,000-row ranking).
function row(
  src: RowSources,
  i: number,
  avg: Average | null,
  usedEvaluators: readonly string[] | null,
  passed: boolean | null,
  rank: number | null,
  decision: EvaluationDecision,
  amount: string | null,
  proposedAmount: string | null,
  tieGroup: readonly string[] | null,
  reasons: readonly TraceReason[],
): RankingRow {
  const p = src.prepared
  return {
    id: p.ids[i]!,
    applicant: p.applicants[i]!,
    title: p.titles[i]!,
    requested: p.requested[i]!,
    eligibleAmount: p.eligible[i]!,
    envelope: p.call.envelopes ? p.call.pools[p.pool[i]!]!.id : null,
    totals: src.fmt.evaluatorTotals(p.evaluators, p.evalStart[i]!, p.evalStart[i + 1]!),
    average: avg ? avg.average : null,
    averageDisplay: avg ? avg.display : null,
    averageFraction: avg ? avg.fraction : null,
    usedEvaluators,
    passed,
    rank,
    decision,
    amount,
    proposedAmount,
    tieGroup,
    reasons,
  }
}

function unscoredRow(
  src: RowSources,
  i: number,
  decision: EvaluationDecision,
  reasons: readonly TraceReason[],
): RankingRow {
  return row(src, i, null, null, null, null, decision, null, null, null, reasons)
}

/** The rows of the applications below a criterion's minimum score, by id, with their average and reason. */
export function criterionRows(src: RowSources, below: readonly number[], rows: RankingRow[]): void {
  const { prepared, table, fmt, reasons } = src
  for (const i of sortedById(below, prepared.ids)) {
    const k = belowCriterionMinimum(prepared, table, i)!
    const criterion = prepared.call.criteria[k]!
    const n = table.n[i]!
    const average = fractionToDecimal(criterionSum(prepared, table, i, k), n * 100)
    const reason = reasons.make(
      'criterionMinimum',
      'fail',
      'evaluation.criterion.belowMinimum',
      { criterion: criterion.title[prepared.lang], average, minimum: criterion.minimumText! },
      { criterion: criterion.id, average, minimumScore: criterion.minimumText },
      { criterion: criterion.id },
    )
    const avg = fmt.average(table.sum[i]!, n)
    const used = table.used.get(i)
    const start = prepared.evalStart[i]!
    rows.push(
      row(
        src,
        i,
        avg,
        used ? used.map((j) => prepared.evaluators[start + j]!) : null,
        false,
        null,
        'not-funded',
        null,
        null,
        null,
        [reason],
      ),
    )
  }
}

/**
 * The rows of the applications whose request is above the maximum per project and that the call rejects
 * (`not-funded`) or, where it is silent on `overMaximum`, that wait for it (`formal-check-pending`), by id.
 */
export function overMaximumRows(src: RowSources, over: readonly number[], rows: RankingRow[]): void {
  const { prepared, reasons } = src
  const rejected = prepared.call.overMaximum === 'reject'
  for (const i of sortedById(over, prepared.ids)) {
    const pool = prepared.call.pools[prepared.pool[i]!]!
    const requested = prepared.requested[i]!
    const maximum = money(pool.maxCents!)
    const reason = reasons.make(
      'amounts',
      rejected ? 'fail' : 'missing-policy',
      rejected ? 'evaluation.amounts.overMaximumRejected' : 'evaluation.amounts.overMaximumUnstated',
      { requested, maximum },
      rejected
        ? { requested, maxPerProject: maximum, overMaximum: 'reject' }
        : { requested, maxPerProject: maximum, missingPolicy: 'amounts.overMaximum' },
    )
    rows.push(unscoredRow(src, i, rejected ? 'not-funded' : 'formal-check-pending', [reason]))
  }
}
