// The parsed input in the exact integer form the ranking works on. It reads a value the schema has already
// validated (a `Parsed` input) and checks nothing again. Internal.
//
// It is the hot path of a ranking (100,000 applications × 3 evaluations × 5 criteria is 1.5 million scores),
// so it costs no allocation per score and none per application beyond its entry in the arrays.
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
import type { PreparedCall, PreparedCriterion, PreparedInput, PreparedTieKey } from './prepared-input.js'
import { scoreHundredths } from './score-hundredths.js'
import { canonicalSubmittedAt } from './submitted-at.js'

type ParsedCall = ParsedRankApplicationsInput['call']

// '2140.00' is canonical; '2140', '2140.5' are not.
const isCanonicalMoney = (s: string) =>
  s.length >= 4 && s.charCodeAt(s.length - 3) === 46 && (s[0] !== '0' || s[1] === '.')

const cents = (text: string) => tryParseCents(text) as number
const decimal = (text: string) => parseScaledDecimal(text) as ScaledDecimal

/** The call in exact integer form. */
export function prepareCall(call: ParsedCall): PreparedCall {
  const weightScale = Math.max(
    0,
    ...call.criteria.map((k) => (k.weight === undefined ? 0 : decimalsOf(k.weight))),
  )
  const ids = new Map<string, number>()
  const criteria = call.criteria.map((k, i): PreparedCriterion => {
    if (!ids.has(k.id)) ids.set(k.id, i)
    return {
      id: k.id,
      minH: k.min === undefined ? 0 : (scoreHundredths(k.min) as number),
      maxH: scoreHundredths(k.max) as number,
      weight: k.weight === undefined ? 10n ** BigInt(weightScale) : rescale(decimal(k.weight), weightScale),
    }
  })
  const tieBreak = (call.tieBreak ?? []).map((key): PreparedTieKey => {
    if (typeof key !== 'string') return { kind: 'lot', seed: key.seed }
    if (key === 'submittedAt') return { kind: 'submittedAt' }
    const id = key.slice('criterion:'.length)
    return { kind: 'criterion', index: ids.get(id) as number, id }
  })
  const d = call.divergence
  return {
    name: call.name ?? null,
    budgetCents: cents(call.budget),
    minCents: call.minPerProject === undefined ? null : cents(call.minPerProject),
    maxCents: call.maxPerProject === undefined ? null : cents(call.maxPerProject),
    passMark: call.passMark === undefined ? null : decimal(call.passMark),
    passMarkText: call.passMark ?? null,
    criteria,
    weightScale,
    divergence: d
      ? {
          threshold: decimal(d.maxDifference),
          thresholdText: d.maxDifference,
          unit: d.unit ?? 'points',
          resolve: d.resolve,
          initial: d.initialEvaluators ?? 2,
        }
      : null,
    lastProject: call.lastProject,
    tieBreak,
    tieBreakGiven: tieBreak.length > 0,
    fundingOrder: call.fundingOrder ?? 'strict',
    legalRefs: Object.fromEntries(Object.entries(call.legalRefs ?? {})),
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
  const columns = new Map(criteria.map((k, index) => [k.id, index]))
  const order = criteria.map((k) => k.id)

  for (let i = 0; i < count; i++) {
    const a = apps[i]!
    ids[i] = a.id
    const c = cents(a.requested)
    requestedCents[i] = c
    requested[i] = isCanonicalMoney(a.requested) ? a.requested : formatCents(c)
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
      let seen = 0
      for (const key in e.scores) {
        // Evaluators' forms list the criteria in the call's order: try the expected one before the map.
        const index = key === order[seen] ? seen : columns.get(key)
        if (index === undefined) continue // an enumerable key inherited from a polluted Object.prototype
        scores[base + index] = scoreHundredths(e.scores[key]) as number
        seen++
      }
    }
    formalChecks[i] = (a.formalCheck as FormalCheck | undefined) ?? null
  }

  return {
    call,
    count,
    ids,
    requestedCents,
    requested,
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
