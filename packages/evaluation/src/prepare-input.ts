// The parsed input in the exact integer form the ranking works on. It reads a value the schema has already
// validated (a `Parsed` input) and checks nothing again. Internal.
//
// It is the hot path of a ranking (100,000 applications × 3 evaluations × 5 criteria is 1.5 million scores),
// so it costs no allocation per score and none per application beyond its entry in the arrays.
import type { TieKey } from '@talka/calls'
import {
  decimalsOf,
  formatCents,
  parseScaledDecimal,
  rescale,
  type ScaledDecimal,
  tryParseCents,
} from '@talka/core'
import type { FormalCheck } from './application.js'
import type { ParsedRankApplicationsInput } from './parse-input.js'
import type {
  PreparedCall,
  PreparedCriterion,
  PreparedInput,
  PreparedPool,
  PreparedTieKey,
  TiesPolicy,
} from './prepared-input.js'
import { scoreHundredths } from './score-hundredths.js'
import { canonicalSubmittedAt } from './submitted-at.js'

type ParsedCall = ParsedRankApplicationsInput['call']

// '2140.00' is canonical; '2140', '2140.5' are not.
const isCanonicalMoney = (s: string) =>
  s.length >= 4 && s.charCodeAt(s.length - 3) === 46 && (s[0] !== '0' || s[1] === '.')

const cents = (text: string) => tryParseCents(text) as number
const decimal = (text: string) => parseScaledDecimal(text) as ScaledDecimal
const scoreText = (v: number | string) => (typeof v === 'number' ? String(v) : v)

/** The money pools of a call: its total budget, or one per eldership envelope. */
function poolsOf(call: ParsedCall): PreparedPool[] {
  const budget = call.budget
  if (budget?.kind === 'envelopes') {
    return budget.envelopes.map((e) => ({
      id: e.id,
      name: e.name,
      budgetCents: cents(e.amount),
      minCents: cents(e.minPerProject),
      maxCents: cents(e.maxPerProject),
    }))
  }
  const amounts = call.amounts
  return [
    {
      id: null,
      name: null,
      budgetCents: budget ? cents(budget.amount) : 0,
      minCents: amounts?.minPerProject === undefined ? null : cents(amounts.minPerProject),
      maxCents: amounts?.maxPerProject === undefined ? null : cents(amounts.maxPerProject),
    },
  ]
}

/** The call in exact integer form. */
export function prepareCall(call: ParsedCall): PreparedCall {
  const evaluation = call.evaluation
  const given = evaluation?.criteria ?? []
  const weightScale = Math.max(0, ...given.map((k) => decimalsOf(k.weight)))
  const ids = new Map<string, number>()
  const criteria = given.map((k, i): PreparedCriterion => {
    ids.set(k.id, i)
    return {
      id: k.id,
      minH: scoreHundredths(k.min) as number,
      maxH: scoreHundredths(k.max) as number,
      weight: rescale(decimal(k.weight), weightScale),
      minimumH: k.minimumScore === undefined ? null : (scoreHundredths(k.minimumScore) as number),
      minimumText: k.minimumScore === undefined ? null : scoreText(k.minimumScore),
      title: k.title,
    }
  })
  const key = (k: TieKey): PreparedTieKey => {
    if (typeof k !== 'string') return { kind: 'lot', seed: k.lot.seed }
    if (k === 'submittedAt') return { kind: 'submittedAt' }
    const id = k.slice('criterion:'.length)
    return { kind: 'criterion', index: ids.get(id) as number, id }
  }
  const t = evaluation?.tiesAtBudgetLine
  let ties: TiesPolicy = 'silent'
  let tieBreak: PreparedTieKey[] = []
  if (typeof t === 'string') ties = t
  else if (t && 'lot' in t) {
    ties = 'keys'
    tieBreak = [{ kind: 'lot', seed: t.lot.seed }]
  } else if (t) {
    ties = 'keys'
    tieBreak = t.keys.map(key)
  }
  const d = evaluation?.divergence
  const pass = evaluation?.passMark
  const passText = pass === undefined ? null : scoreText(pass.score)
  return {
    call,
    name: call.name,
    pools: poolsOf(call),
    envelopes: call.budget?.kind === 'envelopes',
    unspent: call.budget?.kind === 'envelopes' ? (call.budget.unspent ?? null) : null,
    overMaximum: call.amounts?.overMaximum ?? null,
    passMark: passText === null ? null : decimal(passText),
    passMarkText: passText,
    criteria,
    hasCriterionMinimum: criteria.some((k) => k.minimumH !== null),
    weightScale,
    divergence: d
      ? {
          threshold: decimal(d.maxDifference),
          thresholdText: d.maxDifference,
          unit: d.unit,
          resolve: d.resolve,
          initial: d.initialEvaluators,
        }
      : null,
    lastProject: evaluation?.lastProject?.policy ?? null,
    ties,
    tieBreak,
    tieBreakGiven: tieBreak.length > 0,
    fundingOrder: evaluation?.fundingOrder?.order ?? null,
    reserve: evaluation?.reserve
      ? { list: evaluation.reserve.list, proposedAmount: evaluation.reserve.proposedAmount }
      : null,
  }
}

/** The parsed input in exact integer form; application `i` is the input's `applications[i]`. */
export function prepareInput(input: ParsedRankApplicationsInput): PreparedInput {
  const call = prepareCall(input.call)
  const apps = input.applications
  const count = apps.length
  const criteria = call.criteria
  const width = criteria.length
  const ids: string[] = new Array(count)
  const requestedCents = new Float64Array(count)
  const requested: string[] = new Array(count)
  const eligibleCents = new Float64Array(count)
  const eligible: (string | null)[] = new Array(count)
  const pool = new Int32Array(count)
  const poolIndex = new Map(call.pools.map((p, i) => [p.id, i]))
  const applicants: (string | null)[] = new Array(count)
  const titles: (string | null)[] = new Array(count)
  const formalChecks: (FormalCheck | null)[] = new Array(count)
  const evalStart = new Int32Array(count + 1)
  const needsSubmittedAt = call.tieBreak.some((k) => k.kind === 'submittedAt')
  const submittedAt: string[] | null = needsSubmittedAt ? new Array(count) : null
  let latestSubmitted: string | null = null

  let rows = 0
  for (let i = 0; i < count; i++) {
    evalStart[i] = rows
    rows += apps[i]!.evaluations.length
  }
  evalStart[count] = rows
  const evaluators: string[] = new Array(rows)
  const scores = new Uint32Array(rows * width)
  const order = criteria.map((k) => k.id)

  for (let i = 0; i < count; i++) {
    const a = apps[i]!
    ids[i] = a.id
    const c = cents(a.requested)
    requestedCents[i] = c
    requested[i] = isCanonicalMoney(a.requested) ? a.requested : formatCents(c)
    if (a.eligibleAmount === undefined) {
      eligibleCents[i] = c
      eligible[i] = null
    } else {
      const e = cents(a.eligibleAmount)
      eligibleCents[i] = e
      eligible[i] = isCanonicalMoney(a.eligibleAmount) ? a.eligibleAmount : formatCents(e)
    }
    if (call.envelopes) pool[i] = poolIndex.get(a.envelope ?? null) as number
    const at = a.submittedAt
    if (at !== undefined) {
      // Every valid text starts with a fixed-width date, so the greatest text has the latest date.
      if (latestSubmitted === null || at > latestSubmitted) latestSubmitted = at
      if (submittedAt) submittedAt[i] = canonicalSubmittedAt(at) as string
    }
    applicants[i] = a.applicant ?? null
    titles[i] = a.title ?? null
    const first = evalStart[i]!
    const evaluations = a.evaluations
    for (let j = 0; j < evaluations.length; j++) {
      const e = evaluations[j]!
      const row = first + j
      evaluators[row] = e.evaluator
      const base = row * width
      // The schema's cross-field rules make every criterion an own key of every evaluation's scores.
      const given = e.scores
      for (let k = 0; k < width; k++) scores[base + k] = scoreHundredths(given[order[k]!]) as number
    }
    formalChecks[i] = (a.formalCheck as FormalCheck | undefined) ?? null
  }

  return {
    call,
    count,
    ids,
    requestedCents,
    requested,
    eligibleCents,
    eligible,
    pool,
    applicants,
    titles,
    formalChecks,
    evalStart,
    evaluators,
    scores,
    submittedAt,
    latestSubmittedDay: latestSubmitted === null ? null : latestSubmitted.slice(0, 10),
    asOf: input.asOf ?? null,
    lang: input.lang ?? 'lt',
  }
}
