// The call: its structural check and its exact integer form. Both validators (the fast one-pass preparation
// and the reporting one) use these; a call is small, so they need no fast path of their own. Internal.
import { type LegalRef, LegalRefSchema } from '@talka/core'
import type { Call } from './call.js'
import { decimalsOf, moneyCents, parseDecimal, rescale, scoreHundredths } from './exact.js'
import { type Checker, isObject } from './input-checker.js'
import type { PreparedCall, PreparedCriterion, PreparedTieKey } from './prepared-input.js'

// The rules whose citation a call may replace (`call.legalRefs`).
const REF_KEYS = [
  'scoring',
  'passMark',
  'divergence',
  'formalCheck',
  'cutOff',
  'lastProject',
  'reserve',
  'ties',
] as const

/** The call's structural problems (types, formats, enums), as the zod schema reports them. */
export function checkCall(c: Checker, call: unknown): void {
  const p = ['call']
  if (!c.object(call, p)) return
  c.optionalString(call.name, [...p, 'name'])
  c.amount(call.budget, [...p, 'budget'], false)
  if (call.minPerProject !== undefined) c.amount(call.minPerProject, [...p, 'minPerProject'], false)
  if (call.maxPerProject !== undefined) c.amount(call.maxPerProject, [...p, 'maxPerProject'], true)
  if (call.passMark !== undefined) c.scoreDecimal(call.passMark, [...p, 'passMark'])
  const criteria = call.criteria
  if (!Array.isArray(criteria)) c.add([...p, 'criteria'], 'invalid_type', 'Expected an array')
  else {
    if (criteria.length < 1) c.add([...p, 'criteria'], 'too_small', 'Expected at least one criterion')
    if (criteria.length > 100) c.add([...p, 'criteria'], 'too_big', 'Expected at most 100 criteria')
    criteria.forEach((criterion: unknown, i) => {
      const cp = [...p, 'criteria', i]
      if (!c.object(criterion, cp)) return
      c.string(criterion.id, [...cp, 'id'], 1)
      const max = c.score(criterion.max, [...cp, 'max'])
      if (max !== null && (max <= 0 || max > 100_000_000)) {
        c.add([...cp, 'max'], 'custom', 'Expected a maximum above 0 and at most 1000000')
      }
      if (criterion.min !== undefined) c.score(criterion.min, [...cp, 'min'])
      if (criterion.weight !== undefined) c.scoreDecimal(criterion.weight, [...cp, 'weight'], true)
      if (criterion.title !== undefined) {
        const t = criterion.title
        if (c.object(t, [...cp, 'title'])) {
          c.string(t.lt, [...cp, 'title', 'lt'])
          c.string(t.en, [...cp, 'title', 'en'])
        }
      }
    })
  }
  const d = call.divergence
  if (d !== undefined && c.object(d, [...p, 'divergence'])) {
    const dp = [...p, 'divergence']
    c.scoreDecimal(d.maxDifference, [...dp, 'maxDifference'])
    if (d.unit !== undefined) c.oneOf(d.unit, ['points', 'percent-of-maximum'], [...dp, 'unit'])
    c.oneOf(d.resolve, ['average-of-closest-two', 'average-all'], [...dp, 'resolve'])
    const n = d.initialEvaluators
    if (n !== undefined && (typeof n !== 'number' || !Number.isInteger(n) || n < 2 || n > 10)) {
      c.add([...dp, 'initialEvaluators'], 'invalid_type', 'Expected a whole number from 2 to 10')
    }
  }
  c.oneOf(call.lastProject, ['offer-remainder-if-at-least-minimum', 'reserve'], [...p, 'lastProject'])
  if (call.tieBreak !== undefined) {
    if (!Array.isArray(call.tieBreak)) c.add([...p, 'tieBreak'], 'invalid_type', 'Expected an array')
    else
      call.tieBreak.forEach((key: unknown, i) => {
        const ok =
          key === 'submittedAt' ||
          (typeof key === 'string' && key.startsWith('criterion:') && key.length > 10) ||
          (isObject(key) && key.policy === 'lot' && typeof key.seed === 'string' && key.seed.length > 0)
        if (!ok) {
          c.add(
            [...p, 'tieBreak', i],
            'invalid_union',
            'Expected "submittedAt", "criterion:<id>" or { policy: "lot", seed }',
          )
        }
      })
  }
  if (call.fundingOrder !== undefined)
    c.oneOf(call.fundingOrder, ['strict', 'skip-ahead'], [...p, 'fundingOrder'])
  const refs = call.legalRefs
  if (refs !== undefined && c.object(refs, [...p, 'legalRefs'])) {
    for (const key of REF_KEYS) {
      if (refs[key] !== undefined) c.zod(LegalRefSchema, refs[key], [...p, 'legalRefs', key])
    }
  }
}

/**
 * The call's cross-field problems (duplicate criteria, ranges, tie-break keys) into `c`, and the call in exact
 * integer form (meaningful only when no problem was found). Expects a structurally valid call.
 */
export function prepareCall(c: Checker, call: Call): PreparedCall {
  const p = ['call']
  const weightScale = Math.max(
    0,
    ...call.criteria.map((k) => (k.weight === undefined ? 0 : decimalsOf(k.weight))),
  )
  const ids = new Map<string, number>()
  const criteria = call.criteria.map((k, i): PreparedCriterion => {
    if (ids.has(k.id))
      c.add([...p, 'criteria', i, 'id'], 'duplicate_criterion', `Criterion "${k.id}" is listed twice`)
    else ids.set(k.id, i)
    const maxH = scoreHundredths(k.max) ?? 0
    const minH = k.min === undefined ? 0 : (scoreHundredths(k.min) ?? 0)
    if (minH >= maxH)
      c.add([...p, 'criteria', i, 'min'], 'invalid_range', 'Expected the minimum below the maximum')
    const weight =
      k.weight === undefined ? 10n ** BigInt(weightScale) : rescale(parseDecimal(k.weight)!, weightScale)
    return { id: k.id, minH, maxH, weight }
  })
  const minCents = call.minPerProject === undefined ? null : moneyCents(call.minPerProject)
  const maxCents = call.maxPerProject === undefined ? null : moneyCents(call.maxPerProject)
  if (minCents !== null && maxCents !== null && minCents > maxCents) {
    c.add([...p, 'minPerProject'], 'invalid_range', 'Expected the minimum per project not above the maximum')
  }
  if (call.lastProject === 'offer-remainder-if-at-least-minimum' && minCents === null) {
    c.add([...p, 'minPerProject'], 'required', 'The remainder policy needs the call’s minimum per project')
  }
  const tieBreak: PreparedTieKey[] = []
  const seen = new Set<string>()
  ;(call.tieBreak ?? []).forEach((key, i) => {
    const kp = [...p, 'tieBreak', i]
    const name = typeof key === 'string' ? key : 'lot'
    if (seen.has(name)) c.add(kp, 'duplicate_tie_break', `Tie-break key "${name}" is listed twice`)
    seen.add(name)
    if (typeof key !== 'string') {
      if (i !== (call.tieBreak?.length ?? 0) - 1)
        c.add(kp, 'lot_not_last', 'A lot decides every tie: it must be last')
      tieBreak.push({ kind: 'lot', seed: key.seed })
    } else if (key === 'submittedAt') tieBreak.push({ kind: 'submittedAt' })
    else {
      const id = key.slice('criterion:'.length)
      const index = ids.get(id)
      if (index === undefined) c.add(kp, 'unknown_criterion', `No criterion "${id}" in the call`)
      else tieBreak.push({ kind: 'criterion', index, id })
    }
  })
  const d = call.divergence
  const refs: Record<string, LegalRef | undefined> = { ...(call.legalRefs ?? {}) }
  return {
    name: call.name ?? null,
    budgetCents: moneyCents(call.budget) ?? 0,
    minCents,
    maxCents,
    passMark: call.passMark === undefined ? null : parseDecimal(call.passMark),
    passMarkText: call.passMark ?? null,
    criteria,
    weightScale,
    divergence: d
      ? {
          threshold: parseDecimal(d.maxDifference)!,
          thresholdText: d.maxDifference,
          unit: d.unit ?? 'points',
          resolve: d.resolve,
          initial: d.initialEvaluators ?? 2,
        }
      : null,
    lastProject: call.lastProject,
    tieBreak,
    tieBreakGiven: call.tieBreak !== undefined && call.tieBreak.length > 0,
    fundingOrder: call.fundingOrder ?? 'strict',
    legalRefs: refs,
  }
}
