import { createDecision, type ReasonInput, type TraceReason, ValidationError } from '@talka/core'
import type { FormalCheck } from './application.js'
import {
  bigFractionToDecimal,
  bigGcd,
  bigOneDecimal,
  centsToMoney,
  fractionToDecimal,
  gcd,
  oneDecimal,
  scaledToString,
} from './exact.js'
import { drawLot, LOT_ALGORITHM } from './lot.js'
import { evaluationMessages } from './messages.js'
import type { RankApplicationsInput } from './rank-input.js'
import type {
  EvaluationDecision,
  EvaluationSummary,
  EvaluatorTotal,
  RankingOutcome,
  RankingResult,
  RankingRow,
} from './ranking-result.js'
import { ReasonFactory, RULE_IDS } from './reasons.js'
import {
  compareScores,
  evaluationTotals,
  passes,
  type ScoreFields,
  type ScoringContext,
  scoreApplication,
  scoringContext,
} from './scoring.js'
import { buildSummary } from './summary.js'
import {
  type PreparedApplication,
  type PreparedCall,
  type PreparedInput,
  validateAndPrepare,
} from './validate-input.js'
import { EVALUATION_VERSION } from './version.js'

interface Entry extends ScoreFields {
  readonly app: PreparedApplication
  /** Sums of the tie-break criteria's scores over the evaluations that form the score. */
  criterionSums: readonly number[]
  readonly capped: number
  passed: boolean
  outcome: Outcome | null
}

const NO_SUMS: readonly number[] = []
const NO_PARAMS: Readonly<Record<string, never>> = Object.freeze({})

type Outcome =
  | {
      readonly decision: 'funded'
      readonly amount: number
      readonly kind: 'full' | 'remainder'
      readonly skipped: string | null
      readonly before: number
    }
  | { readonly decision: 'reserve'; readonly kind: 'exhausted' | 'below-minimum'; readonly remainder: number }
  | {
      readonly decision: 'tie-unresolved'
      readonly group: readonly string[]
      readonly dependsOn: readonly string[] | null
    }

const byId = (a: { app: { id: string } }, b: { app: { id: string } }) =>
  a.app.id < b.app.id ? -1 : a.app.id > b.app.id ? 1 : 0

function criterionSums(e: Entry, call: PreparedCall, matrix: Float64Array): readonly number[] {
  const count = call.criteria.length
  const sums: number[] = []
  for (const key of call.tieBreak) {
    if (key.kind !== 'criterion') continue
    let s = 0
    const row = (j: number) => (e.app.evalStart + j) * count + key.index
    if (e.used) for (const j of e.used) s += matrix[row(j)]!
    else for (let j = 0; j < e.app.evaluations.length; j++) s += matrix[row(j)]!
    sums.push(s)
  }
  return sums
}

/** Compares two entries on the tie-break keys that come before a lot; 0 when they are still tied. */
function compareKeys(a: Entry, b: Entry, call: PreparedCall): number {
  let c = 0
  for (const key of call.tieBreak) {
    if (key.kind === 'criterion') {
      const d = b.criterionSums[c]! * a.n - a.criterionSums[c]! * b.n
      c++
      if (d !== 0) return d
    } else if (key.kind === 'submittedAt') {
      const x = a.app.submittedAt!
      const y = b.app.submittedAt!
      if (x !== y) return x < y ? -1 : 1
    }
  }
  return 0
}

function describePolicy(call: PreparedCall, lang: 'lt' | 'en'): string {
  if (!call.tieBreakGiven) return lang === 'lt' ? 'nenustatyta' : 'none'
  return call.tieBreak
    .map((k) => {
      if (k.kind === 'criterion')
        return lang === 'lt' ? `kriterijaus „${k.id}“ balai` : `criterion “${k.id}” score`
      if (k.kind === 'submittedAt') return lang === 'lt' ? 'paraiškos pateikimo laikas' : 'submission time'
      return lang === 'lt' ? `burtai (sėkla „${k.seed}“)` : `lot (seed “${k.seed}”)`
    })
    .join(' → ')
}

interface Formatter {
  total(t: number | bigint): string
  /** The evaluator's total of evaluation row `row` of the score matrix (shared object per value). */
  evaluatorTotal(evaluator: string, row: number): EvaluatorTotal
  average(state: ScoreFields): Average
}

type Average = {
  average: string
  display: string
  numerator: string
  denominator: string
  fraction: { readonly numerator: string; readonly denominator: string }
}

function average(average: string, display: string, numerator: string, denominator: string): Average {
  return { average, display, numerator, denominator, fraction: { numerator, denominator } }
}

function formatter(ctx: ScoringContext, totals: Float64Array | bigint[]): Formatter {
  const unit = 10 ** ctx.unitScale
  const bigUnit = 10n ** BigInt(ctx.unitScale)
  // Scores repeat a lot (a few hundred distinct totals and averages among 100,000 applications): the strings
  // are made once per value and shared, which saves time and memory.
  const totalCache = new Map<number | bigint, string>()
  const averageCache = new Map<number, Average>()
  const evaluatorCache = new Map<string, Map<number | bigint, EvaluatorTotal>>()
  const total = (t: number | bigint): string => {
    let text = totalCache.get(t)
    if (text === undefined) {
      text = scaledToString(t, ctx.unitScale)
      totalCache.set(t, text)
    }
    return text
  }
  return {
    total,
    evaluatorTotal(evaluator, row) {
      const value = totals[row]!
      let byValue = evaluatorCache.get(evaluator)
      if (!byValue) {
        byValue = new Map()
        evaluatorCache.set(evaluator, byValue)
      }
      let item = byValue.get(value)
      if (!item) {
        item = { evaluator, total: total(value) }
        byValue.set(value, item)
      }
      return item
    },
    average(state) {
      if (typeof state.sum === 'number') {
        const key = state.sum * 32 + state.n
        const cacheable = Number.isSafeInteger(key)
        const cached = cacheable ? averageCache.get(key) : undefined
        if (cached) return cached
        const den = state.n * unit
        const g = gcd(state.sum, den)
        const result = average(
          fractionToDecimal(state.sum, den),
          oneDecimal(state.sum, den),
          String(state.sum / g),
          String(den / g),
        )
        if (cacheable) averageCache.set(key, result)
        return result
      }
      const den = BigInt(state.n) * bigUnit
      const g = bigGcd(state.sum, den)
      return average(
        bigFractionToDecimal(state.sum, den),
        bigOneDecimal(state.sum, den),
        (state.sum / g).toString(),
        (den / g).toString(),
      )
    },
  }
}

function fund(groups: readonly (readonly Entry[])[], call: PreparedCall): number {
  const strict = call.fundingOrder === 'strict'
  const remainderPolicy = call.lastProject === 'offer-remainder-if-at-least-minimum'
  const min = call.minCents ?? 0
  const remainderAllowed = (r: number) => remainderPolicy && r > 0 && r >= min
  const reserveKind = (r: number): 'exhausted' | 'below-minimum' =>
    remainderPolicy && r > 0 && r < min ? 'below-minimum' : 'exhausted'
  let remaining = call.budgetCents
  let stopped = false
  let skipped: string | null = null
  let blocking: readonly string[] | null = null
  for (const group of groups) {
    if (blocking) {
      for (const e of group)
        setOutcome(e, { decision: 'tie-unresolved', group: blocking, dependsOn: blocking })
      continue
    }
    if (stopped) {
      for (const e of group) setOutcome(e, { decision: 'reserve', kind: 'exhausted', remainder: 0 })
      continue
    }
    if (group.length === 1) {
      const e = group[0]!
      if (e.capped <= remaining) {
        setOutcome(e, { decision: 'funded', amount: e.capped, kind: 'full', skipped, before: remaining })
        remaining -= e.capped
      } else if (remainderAllowed(remaining)) {
        setOutcome(e, {
          decision: 'funded',
          amount: remaining,
          kind: 'remainder',
          skipped,
          before: remaining,
        })
        remaining = 0
        stopped = strict
      } else {
        setOutcome(e, { decision: 'reserve', kind: reserveKind(remaining), remainder: remaining })
        if (strict) stopped = true
        else skipped ??= e.app.id
      }
      continue
    }
    let sum = 0
    for (const e of group) {
      sum += e.capped
      if (sum > remaining) break
    }
    if (sum <= remaining) {
      for (const e of group) {
        setOutcome(e, { decision: 'funded', amount: e.capped, kind: 'full', skipped, before: remaining })
      }
      remaining -= sum
      continue
    }
    const ids = group.map((e) => e.app.id)
    const canRemainder = remainderAllowed(remaining)
    let unresolved = false
    for (const e of group) {
      if (e.capped > remaining && !canRemainder) {
        setOutcome(e, { decision: 'reserve', kind: reserveKind(remaining), remainder: remaining })
      } else {
        unresolved = true
        setOutcome(e, { decision: 'tie-unresolved', group: ids, dependsOn: null })
      }
    }
    if (strict) stopped = true
    else if (unresolved) blocking = ids
    else skipped ??= ids[0]!
  }
  return remaining
}

function setOutcome(e: Entry, outcome: Outcome): void {
  e.outcome = outcome
}

function formalFacts(check: FormalCheck): Record<string, unknown> {
  return {
    outcome: check.outcome,
    decision: check.decision,
    asOf: check.asOf,
    producer: check.producer.package,
  }
}

function defaultAsOf(prepared: PreparedInput): { asOf: string; missing: boolean } {
  if (prepared.asOf) return { asOf: prepared.asOf, missing: false }
  let latest: string | null = null
  for (const a of prepared.applications) {
    const day = a.submittedDay
    if (day && (latest === null || day > latest)) latest = day
  }
  return latest ? { asOf: latest, missing: false } : { asOf: '', missing: true }
}

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
 * Throws `ValidationError` (code `VALIDATION_FAILED`) listing every problem with its JSON path, e.g.
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
export function rankApplications(input: RankApplicationsInput): RankingResult {
  const { issues, prepared } = validateAndPrepare(input)
  if (!prepared) throw new ValidationError(issues)
  return rankPrepared(prepared)
}

function rankPrepared(prepared: PreparedInput): RankingResult {
  const { call, lang } = prepared
  const ctx = scoringContext(call)
  const evalTotals = evaluationTotals(prepared, ctx)
  const fmt = formatter(ctx, evalTotals)
  const reasons = new ReasonFactory(lang, call.legalRefs)
  const ranked: Entry[] = []
  const waiting: Entry[] = []
  const pending: Entry[] = []
  const failed: Entry[] = []
  const needsCriterionSums = call.tieBreak.some((k) => k.kind === 'criterion')
  for (const app of prepared.applications) {
    const capped =
      call.maxCents !== null && app.requestedCents > call.maxCents ? call.maxCents : app.requestedCents
    const entry: Entry = {
      app,
      status: 'too-few',
      sum: 0,
      n: 0,
      used: null,
      spread: null,
      resolved: false,
      required: 1,
      criterionSums: NO_SUMS,
      capped,
      passed: false,
      outcome: null,
    }
    scoreApplication(app, evalTotals, ctx, entry)
    if (needsCriterionSums && entry.status === 'scored')
      entry.criterionSums = criterionSums(entry, call, prepared.scores)
    const outcome = app.formalCheck?.outcome
    if (outcome === 'ineligible') failed.push(entry)
    else if (outcome === 'undetermined') pending.push(entry)
    else if (entry.status === 'scored') ranked.push(entry)
    else waiting.push(entry)
  }

  ranked.sort((a, b) => compareScores(a, b) || compareKeys(a, b, call) || byId(a, b))

  // Residual groups: equal on score and on every tie-break key before a lot. A lot orders each of them.
  const lot = call.tieBreak.find((k) => k.kind === 'lot')
  const lotDraws: { group: string[]; order: string[] }[] = []
  const residual: Entry[][] = []
  const scoreGroups = new Map<Entry, readonly string[]>()
  for (let i = 0; i < ranked.length; ) {
    let j = i + 1
    while (j < ranked.length && compareScores(ranked[i]!, ranked[j]!) === 0) j++
    if (j - i > 1) {
      const ids = ranked.slice(i, j).map((e) => e.app.id)
      for (let k = i; k < j; k++) scoreGroups.set(ranked[k]!, ids)
    }
    for (let s = i; s < j; ) {
      let t = s + 1
      while (t < j && compareKeys(ranked[s]!, ranked[t]!, call) === 0) t++
      if (lot && lot.kind === 'lot' && t - s > 1) {
        const slice = ranked.slice(s, t)
        const order = drawLot(
          lot.seed,
          slice.map((e) => e.app.id),
        )
        const byKey = new Map(slice.map((e) => [e.app.id, e]))
        order.forEach((id, k) => {
          ranked[s + k] = byKey.get(id)!
        })
        lotDraws.push({ group: [...slice.map((e) => e.app.id)].sort(), order })
        for (let k = s; k < t; k++) residual.push([ranked[k]!])
      } else residual.push(ranked.slice(s, t))
      s = t
    }
    i = j
  }

  for (const e of ranked) e.passed = passes(e, ctx)
  const passingGroups = residual.filter((g) => g[0]!.passed)
  const remaining = fund(passingGroups, call)

  const policyText = describePolicy(call, lang)
  const money = centsToMoney
  const maxText = call.maxCents === null ? null : money(call.maxCents)
  const minText = call.minCents === null ? null : money(call.minCents)
  let fundedCents = 0
  let remainderTo: string | null = null
  const unresolvedGroups = new Set<readonly string[]>()

  const divergenceReason = (e: Entry): TraceReason | null => {
    if (!e.resolved || !call.divergence) return null
    return reasons.make(
      'divergence',
      'resolved',
      'evaluation.divergence.resolved',
      {
        difference: fmt.total(e.spread!),
        threshold: thresholdText(call),
        policy: call.divergence.resolve,
        count: e.n,
      },
      {
        spread: fmt.total(e.spread!),
        resolve: call.divergence.resolve,
        evaluations: e.app.evaluations.length,
      },
    )
  }

  const rows: RankingRow[] = []
  ranked.forEach((e, index) => {
    const avg = fmt.average(e)
    const requested = e.app.requested
    const rowReasons: TraceReason[] = []
    let decision: EvaluationDecision
    let amount: string | null = null
    const group = scoreGroups.get(e) ?? null
    if (!e.passed) {
      decision = 'not-funded'
      rowReasons.push(
        reasons.make(
          'passMark',
          'fail',
          'evaluation.passMark.notReached',
          { passMark: call.passMarkText ?? '', average: avg.display },
          { average: avg.average, passMark: call.passMarkText },
        ),
      )
    } else {
      const outcome = e.outcome!
      if (outcome.decision === 'funded') {
        decision = 'funded'
        amount = outcome.amount === e.app.requestedCents ? requested : money(outcome.amount)
        fundedCents += outcome.amount
        const facts = { requested, amount, maxPerProject: maxText }
        if (outcome.kind === 'remainder') {
          remainderTo = e.app.id
          rowReasons.push(
            reasons.make(
              'lastProject',
              'funded-remainder',
              'evaluation.lastProject.remainder',
              { amount, requested },
              {
                requested,
                amount,
                maxPerProject: maxText,
                minPerProject: minText,
                remainingBefore: money(outcome.before),
              },
            ),
          )
        } else {
          const capped = e.capped < e.app.requestedCents
          rowReasons.push(
            reasons.make(
              'cutOff',
              'funded',
              capped ? 'evaluation.cutOff.fundedCapped' : 'evaluation.cutOff.funded',
              { amount, requested },
              facts,
            ),
          )
        }
        if (outcome.skipped !== null) {
          rowReasons.push(
            reasons.make(
              'cutOff',
              'funded-skip-ahead',
              'evaluation.cutOff.skippedAhead',
              { skipped: outcome.skipped },
              {
                skipped: outcome.skipped,
                fundingOrder: call.fundingOrder,
              },
            ),
          )
        }
      } else if (outcome.decision === 'reserve') {
        decision = 'reserve'
        rowReasons.push(
          outcome.kind === 'below-minimum'
            ? reasons.make(
                'reserve',
                'reserve',
                'evaluation.reserve.remainderBelowMinimum',
                { remainder: money(outcome.remainder), minimum: minText ?? '0.00' },
                { remainder: money(outcome.remainder), minPerProject: minText, requested },
              )
            : reasons.make('reserve', 'reserve', 'evaluation.reserve.budgetExhausted', NO_PARAMS, {
                requested,
                amountIfFunded: e.capped === e.app.requestedCents ? requested : money(e.capped),
              }),
        )
      } else {
        decision = 'tie-unresolved'
        unresolvedGroups.add(outcome.group)
        const others = listIds(outcome.group, e.app.id)
        rowReasons.push(
          outcome.dependsOn
            ? reasons.make(
                'ties',
                'unresolved',
                'evaluation.tie.dependsOn',
                { group: listIds(outcome.group, null) },
                {
                  dependsOn: outcome.group,
                },
              )
            : reasons.make(
                'ties',
                'unresolved',
                'evaluation.tie.unresolved',
                { group: others },
                { group: outcome.group, tieBreak: call.tieBreakGiven ? policyText : null },
              ),
        )
      }
      if (group && call.tieBreakGiven && decision !== 'tie-unresolved') {
        rowReasons.push(
          reasons.make(
            'ties',
            'broken',
            'evaluation.tie.broken',
            { group: listIds(group, e.app.id), policy: policyText },
            { group, tieBreak: policyText },
          ),
        )
      }
    }
    const dr = divergenceReason(e)
    if (dr) rowReasons.push(dr)
    rows.push(
      makeRow(e, fmt, avg, requested, {
        usedEvaluators: e.used ? e.used.map((j) => e.app.evaluations[j]!.evaluator) : null,
        passed: e.passed,
        rank: index + 1,
        decision,
        amount,
        tieGroup: group,
        reasons: rowReasons,
      }),
    )
  })

  waiting.sort(byId)
  for (const e of waiting) {
    const reason =
      e.status === 'divergent'
        ? reasons.make(
            'divergence',
            'needs-another-evaluator',
            'evaluation.divergence.needsAnother',
            { difference: fmt.total(e.spread!), threshold: thresholdText(call) },
            {
              spread: fmt.total(e.spread!),
              threshold: thresholdText(call),
              evaluations: e.app.evaluations.length,
            },
          )
        : reasons.make(
            'scoring',
            'needs-another-evaluator',
            'evaluation.evaluations.tooFew',
            { count: e.app.evaluations.length, required: e.required },
            { evaluations: e.app.evaluations.length, required: e.required },
          )
    rows.push(unscoredRow(e, fmt, 'needs-another-evaluator', [reason]))
  }
  pending.sort(byId)
  for (const e of pending) {
    const check = e.app.formalCheck!
    const missing = check.missingFacts.length ? check.missingFacts.join(', ') : '—'
    rows.push(
      unscoredRow(e, fmt, 'formal-check-pending', [
        reasons.make(
          'formalCheck',
          'unknown',
          'evaluation.formalCheck.undetermined',
          { missing },
          formalFacts(check),
        ),
      ]),
    )
  }
  failed.sort(byId)
  for (const e of failed) {
    const check = e.app.formalCheck!
    const attached = check.reasons.filter((r) => r.result === 'fail')
    rows.push(
      unscoredRow(e, fmt, 'not-funded', [
        reasons.make('formalCheck', 'fail', 'evaluation.formalCheck.failed', NO_PARAMS, formalFacts(check)),
        ...(attached.length ? attached : check.reasons),
      ]),
    )
  }

  const totals = {
    budget: money(call.budgetCents),
    funded: money(fundedCents),
    remaining: money(call.budgetCents - fundedCents),
    minPerProject: minText,
    maxPerProject: maxText,
    passMark: call.passMarkText,
  }
  const counts = countDecisions(rows)
  const trace = buildTrace({
    prepared,
    rows,
    summaryCounts: counts,
    totals,
    remaining,
    remainderTo,
    lotDraws,
    unresolved: [...unresolvedGroups],
    tieGroups: new Set(scoreGroups.values()).size,
    policyText,
    reasons,
    waiting,
    pending,
    failed,
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

const LISTED_IDS = 10

/** Ids for a message: all of them up to ten, else the first ten and how many more (facts keep the full list). */
function listIds(ids: readonly string[], except: string | null): string {
  const shown: string[] = []
  let count = 0
  for (const id of ids) {
    if (id === except) continue
    count++
    if (shown.length < LISTED_IDS) shown.push(id)
  }
  return count > shown.length ? `${shown.join(', ')} (+${count - shown.length})` : shown.join(', ')
}

function countDecisions(rows: readonly RankingRow[]): Record<EvaluationDecision, number> {
  const counts: Record<EvaluationDecision, number> = {
    funded: 0,
    reserve: 0,
    'not-funded': 0,
    'needs-another-evaluator': 0,
    'tie-unresolved': 0,
    'formal-check-pending': 0,
  }
  for (const row of rows) counts[row.decision]++
  return counts
}

function thresholdText(call: PreparedCall): string {
  const d = call.divergence!
  return d.unit === 'points' ? d.thresholdText : `${d.thresholdText} %`
}

interface RowFields {
  readonly usedEvaluators: readonly string[] | null
  readonly passed: boolean | null
  readonly rank: number | null
  readonly decision: EvaluationDecision
  readonly amount: string | null
  readonly tieGroup: readonly string[] | null
  readonly reasons: readonly TraceReason[]
}

// One object literal with every field, in one order: rows share a single hidden class (object spread here
// made V8 fall back to slow dictionary objects and tripled the time of a 100,000-row ranking).
function makeRow(e: Entry, fmt: Formatter, avg: Average | null, requested: string, f: RowFields): RankingRow {
  const evaluations = e.app.evaluations
  const totals: EvaluatorTotal[] = new Array(evaluations.length)
  for (let j = 0; j < totals.length; j++)
    totals[j] = fmt.evaluatorTotal(evaluations[j]!.evaluator, e.app.evalStart + j)
  return {
    id: e.app.id,
    applicant: e.app.applicant,
    title: e.app.title,
    requested,
    totals,
    average: avg ? avg.average : null,
    averageDisplay: avg ? avg.display : null,
    averageFraction: avg ? avg.fraction : null,
    usedEvaluators: f.usedEvaluators,
    passed: f.passed,
    rank: f.rank,
    decision: f.decision,
    amount: f.amount,
    tieGroup: f.tieGroup,
    reasons: f.reasons,
  }
}

function unscoredRow(
  e: Entry,
  fmt: Formatter,
  decision: EvaluationDecision,
  reasons: TraceReason[],
): RankingRow {
  return makeRow(e, fmt, null, e.app.requested, {
    usedEvaluators: null,
    passed: null,
    rank: null,
    decision,
    amount: null,
    tieGroup: null,
    reasons,
  })
}

function buildTrace(args: {
  prepared: PreparedInput
  rows: readonly RankingRow[]
  summaryCounts: Readonly<Record<EvaluationDecision, number>>
  totals: { budget: string; funded: string; remaining: string }
  remaining: number
  remainderTo: string | null
  lotDraws: { group: string[]; order: string[] }[]
  unresolved: (readonly string[])[]
  tieGroups: number
  policyText: string
  reasons: ReasonFactory
  waiting: readonly Entry[]
  pending: readonly Entry[]
  failed: readonly Entry[]
}) {
  const { prepared, summaryCounts: counts, totals, reasons } = args
  const call = prepared.call
  const inputs: ReasonInput[] = []
  const add = (
    rule: Parameters<ReasonFactory['ref']>[0],
    result: string,
    key: keyof typeof evaluationMessages,
    params: Record<string, string | number>,
    facts: Record<string, unknown>,
  ) => inputs.push({ ruleId: RULE_IDS[rule], result, facts, ref: reasons.ref(rule), messageKey: key, params })
  add(
    'cutOff',
    'applied',
    'evaluation.cutOff.summary',
    { funded: totals.funded, budget: totals.budget, count: counts.funded, remaining: totals.remaining },
    {
      budget: totals.budget,
      funded: totals.funded,
      remaining: totals.remaining,
      fundedCount: counts.funded,
      reserveCount: counts.reserve,
      maxPerProject: call.maxCents === null ? null : centsToMoney(call.maxCents),
      fundingOrder: call.fundingOrder,
    },
  )
  add(
    'lastProject',
    'applied',
    'evaluation.lastProject.summary',
    { policy: call.lastProject },
    {
      policy: call.lastProject,
      minPerProject: call.minCents === null ? null : centsToMoney(call.minCents),
      remainderTo: args.remainderTo,
    },
  )
  if (call.passMarkText !== null) {
    const below = args.rows.filter((r) => r.passed === false).length
    add(
      'passMark',
      'applied',
      'evaluation.passMark.summary',
      { passMark: call.passMarkText, count: below },
      {
        passMark: call.passMarkText,
        belowCount: below,
      },
    )
  }
  const divergent = args.waiting.filter((e) => e.status === 'divergent').map((e) => e.app.id)
  if (call.divergence) {
    const resolved = args.rows
      .filter((r) => r.reasons.some((x) => x.message.key === 'evaluation.divergence.resolved'))
      .map((r) => r.id)
    add(
      'divergence',
      'applied',
      'evaluation.divergence.summary',
      {
        threshold: thresholdText(call),
        pending: divergent.length ? divergent.join(', ') : '—',
        resolved: resolved.length ? resolved.join(', ') : '—',
      },
      {
        maxDifference: call.divergence.thresholdText,
        unit: call.divergence.unit,
        resolve: call.divergence.resolve,
        initialEvaluators: call.divergence.initial,
        waiting: divergent,
        resolved,
      },
    )
  } else {
    add('divergence', 'not-applicable', 'evaluation.divergence.none', {}, { rule: null })
  }
  const lot = call.tieBreak.find((k) => k.kind === 'lot')
  add(
    'ties',
    args.unresolved.length ? 'unresolved' : 'applied',
    'evaluation.tie.summary',
    {
      policy: args.policyText,
      groups: args.tieGroups,
      unresolved: args.unresolved.length ? args.unresolved.map((g) => g.join(' = ')).join('; ') : '—',
    },
    {
      tieBreak: args.policyText,
      tieGroups: args.tieGroups,
      unresolved: args.unresolved,
      ...(lot && lot.kind === 'lot'
        ? { lot: { seed: lot.seed, algorithm: LOT_ALGORITHM, draws: args.lotDraws } }
        : {}),
    },
  )
  if (args.failed.length || args.pending.length) {
    const failedIds = args.failed.map((e) => e.app.id)
    const pendingIds = args.pending.map((e) => e.app.id)
    add(
      'formalCheck',
      'applied',
      'evaluation.formalCheck.summary',
      {
        failed: failedIds.length ? failedIds.join(', ') : '—',
        pending: pendingIds.length ? pendingIds.join(', ') : '—',
      },
      { ineligible: failedIds, undetermined: pendingIds },
    )
  }
  const missingFacts = [
    ...args.waiting.map((e) => `applications.${e.app.id}.evaluations`),
    ...args.pending.map((e) => `applications.${e.app.id}.formalCheck`),
    ...(args.unresolved.length ? ['call.tieBreak'] : []),
  ]
  const { asOf, missing } = defaultAsOf(prepared)
  if (missing) missingFacts.push('asOf')
  const open = counts['needs-another-evaluator'] + counts['tie-unresolved'] + counts['formal-check-pending']
  const outcome: RankingOutcome = open > 0 ? 'incomplete' : 'complete'
  return createDecision<RankingOutcome>({
    decision: 'evaluation:ranking',
    outcome,
    asOf,
    lang: prepared.lang,
    reasons: inputs,
    missingFacts,
    producer: { package: '@talka/evaluation', version: EVALUATION_VERSION },
    catalog: evaluationMessages,
  })
}
