// One pass of hand-written validation that mirrors the zod schemas (kept equal by a property test), then
// the cross-field rules and the preparation of the exact integer form the ranking works on. zod alone
// spends longer validating 100,000 applications than the whole ranking may take, so the hot path validates
// here, once; the zod schemas stay the published contract (and run the same cross-field rules).
import { IsoDateSchema, type LegalRef, LegalRefSchema, type ValidationIssue } from '@talka/core'
import type { z } from 'zod'
import { type ApplicationSchema, type FormalCheck, FormalCheckSchema } from './application.js'
import type { Call } from './call.js'
import {
  centsToMoney,
  decimalsOf,
  moneyCents,
  parseDecimal,
  rescale,
  type ScaledDecimal,
  scoreHundredths,
} from './exact.js'
import { canonicalSubmittedAt, isSubmittedAt } from './submitted-at.js'

type Path = readonly (string | number)[]
type Issue = ValidationIssue

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

/** One application in exact integer form. */
export interface PreparedApplication {
  readonly id: string
  readonly requestedCents: number
  /** The requested amount as a canonical money string (the input's own when it already is one). */
  readonly requested: string
  /** Canonical submission time, when the tie-break needs it. */
  readonly submittedAt: string | null
  /** The submission date (YYYY-MM-DD), for the trace's default as-of date. */
  readonly submittedDay: string | null
  readonly applicant: string | null
  readonly title: string | null
  /** The input's evaluations (for the evaluator ids); their scores are in {@link PreparedInput.scores}. */
  readonly evaluations: readonly { readonly evaluator: string }[]
  /** Row of the first evaluation in the score matrix; the application's evaluations are consecutive rows. */
  readonly evalStart: number
  readonly formalCheck: FormalCheck | null
}

/** The whole input, validated and prepared. */
export interface PreparedInput {
  readonly call: PreparedCall
  readonly applications: readonly PreparedApplication[]
  /** Scores in hundredths of a point: row = evaluation (`evalStart + j`), column = criterion index. */
  readonly scores: Float64Array
  readonly asOf: string | null
  readonly lang: 'lt' | 'en'
}

// '2140.00' is canonical; '2140', '2140.5' and '02140.00' (refused earlier anyway) are not.
const isCanonicalMoney = (s: string) =>
  s.length >= 4 && s.charCodeAt(s.length - 3) === 46 && (s[0] !== '0' || s[1] === '.')

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (!isObject(v)) return false
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

class Checker {
  readonly issues: Issue[] = []

  add(path: Path, code: string, message: string): void {
    this.issues.push({ path: [...path], code, message })
  }

  object(v: unknown, path: Path): v is Record<string, unknown> {
    if (isObject(v)) return true
    this.add(path, 'invalid_type', 'Expected an object')
    return false
  }

  string(v: unknown, path: Path, min = 0): v is string {
    if (typeof v !== 'string') {
      this.add(path, 'invalid_type', 'Expected a string')
      return false
    }
    if (v.length < min) {
      this.add(path, 'too_small', 'Expected a non-empty string')
      return false
    }
    return true
  }

  optionalString(v: unknown, path: Path): void {
    if (v !== undefined) this.string(v, path)
  }

  amount(v: unknown, path: Path, positive: boolean): void {
    if (!this.string(v, path)) return
    const cents = moneyCents(v)
    if (cents === null) this.add(path, 'custom', 'Expected a non-negative EUR amount with at most 2 decimals')
    else if (positive && cents <= 0) this.add(path, 'custom', 'Expected an amount above zero')
  }

  scoreDecimal(v: unknown, path: Path, positive = false): void {
    if (!this.string(v, path)) return
    const parsed = parseDecimal(v)
    if (parsed === null || decimalsOf(v) > 6)
      this.add(path, 'custom', 'Expected a non-negative decimal string')
    else if (positive && parsed.int <= 0n) this.add(path, 'custom', 'Expected a value above zero')
  }

  score(v: unknown, path: Path): number | null {
    if (typeof v !== 'number' && typeof v !== 'string') {
      this.add(path, 'invalid_union', 'Expected a number or a decimal string')
      return null
    }
    if (typeof v === 'number' && !Number.isFinite(v)) {
      this.add(path, 'invalid_union', 'Expected a finite number')
      return null
    }
    const h = scoreHundredths(v)
    if (h === null) this.add(path, 'custom', 'Expected a non-negative score with at most 2 decimals')
    return h
  }

  oneOf(v: unknown, values: readonly string[], path: Path): void {
    if (typeof v !== 'string' || !values.includes(v)) {
      this.add(path, 'invalid_value', `Expected one of: ${values.join(', ')}`)
    }
  }

  zod(schema: z.ZodType, v: unknown, path: Path): void {
    const result = schema.safeParse(v)
    if (result.success) return
    for (const issue of result.error.issues) {
      this.add(
        [...path, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
        issue.code,
        issue.message,
      )
    }
  }
}

function checkCall(c: Checker, call: unknown): void {
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

const appPath = (i: number, ...rest: (string | number)[]): Path => ['applications', i, ...rest]
const evalPath = (i: number, j: number, ...rest: (string | number)[]): Path => [
  'applications',
  i,
  'evaluations',
  j,
  ...rest,
]

function checkApplication(c: Checker, a: unknown, i: number): void {
  // The common case (everything valid) allocates nothing; paths are built only for a problem.
  if (!isObject(a)) {
    c.add(appPath(i), 'invalid_type', 'Expected an object')
    return
  }
  if (typeof a.id !== 'string' || a.id.length === 0) c.string(a.id, appPath(i, 'id'), 1)
  if (typeof a.requested !== 'string' || !((moneyCents(a.requested) ?? 0) > 0))
    c.amount(a.requested, appPath(i, 'requested'), true)
  if (a.submittedAt !== undefined && !(typeof a.submittedAt === 'string' && isSubmittedAt(a.submittedAt))) {
    if (c.string(a.submittedAt, appPath(i, 'submittedAt'))) {
      c.add(
        appPath(i, 'submittedAt'),
        'custom',
        'Expected an ISO local date-time, e.g. "2024-03-20T10:15:00"',
      )
    }
  }
  if (a.applicant !== undefined && typeof a.applicant !== 'string')
    c.string(a.applicant, appPath(i, 'applicant'))
  if (a.title !== undefined && typeof a.title !== 'string') c.string(a.title, appPath(i, 'title'))
  const evaluations = a.evaluations
  if (!Array.isArray(evaluations)) c.add(appPath(i, 'evaluations'), 'invalid_type', 'Expected an array')
  else {
    if (evaluations.length > 20)
      c.add(appPath(i, 'evaluations'), 'too_big', 'Expected at most 20 evaluations')
    for (let j = 0; j < evaluations.length; j++) {
      const e: unknown = evaluations[j]
      if (!isObject(e)) {
        c.add(evalPath(i, j), 'invalid_type', 'Expected an object')
        continue
      }
      if (typeof e.evaluator !== 'string' || e.evaluator.length === 0)
        c.string(e.evaluator, evalPath(i, j, 'evaluator'), 1)
      const scores = e.scores
      if (!isPlainRecord(scores))
        c.add(evalPath(i, j, 'scores'), 'invalid_type', 'Expected an object of scores')
      else
        for (const key in scores) {
          if (!Object.hasOwn(scores, key)) continue
          const v = scores[key]
          if (scoreHundredths(v) === null) c.score(v, evalPath(i, j, 'scores', key))
        }
      if (e.justification !== undefined) {
        const just = e.justification
        if (!isPlainRecord(just))
          c.add(evalPath(i, j, 'justification'), 'invalid_type', 'Expected an object of texts')
        else for (const key of Object.keys(just)) c.string(just[key], evalPath(i, j, 'justification', key))
      }
    }
  }
  if (a.formalCheck !== undefined) c.zod(FormalCheckSchema, a.formalCheck, appPath(i, 'formalCheck'))
}

/** Structural problems, as the zod schema would report them (paths equal; codes and wording may differ). */
function structuralIssues(input: unknown): Issue[] {
  const c = new Checker()
  if (!c.object(input, [])) return c.issues
  checkCall(c, input.call)
  const apps = input.applications
  if (!Array.isArray(apps)) c.add(['applications'], 'invalid_type', 'Expected an array')
  else for (let i = 0; i < apps.length; i++) checkApplication(c, apps[i], i)
  if (input.asOf !== undefined) c.zod(IsoDateSchema, input.asOf, ['asOf'])
  if (input.lang !== undefined) c.oneOf(input.lang, ['lt', 'en'], ['lang'])
  return c.issues
}

interface StructurallyValid {
  readonly call: Call
  readonly applications: readonly z.input<typeof ApplicationSchema>[]
  readonly asOf?: string | undefined
  readonly lang?: 'lt' | 'en' | undefined
}

function prepareCall(c: Checker, call: Call): PreparedCall {
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

function prepare(input: StructurallyValid): { issues: Issue[]; prepared: PreparedInput } {
  const c = new Checker()
  const call = prepareCall(c, input.call)
  const criterionIndex = new Map<string, number>()
  call.criteria.forEach((k, i) => {
    if (!criterionIndex.has(k.id)) criterionIndex.set(k.id, i)
  })
  const count = call.criteria.length
  const needsSubmittedAt = call.tieBreak.some((k) => k.kind === 'submittedAt')
  const appIds = new Set<string>()
  const applications: PreparedApplication[] = new Array(input.applications.length)
  let evaluationCount = 0
  for (const a of input.applications) evaluationCount += a.evaluations.length
  const matrix = new Float64Array(evaluationCount * count)
  let row = 0
  for (let i = 0; i < input.applications.length; i++) {
    const a = input.applications[i]!
    if (appIds.has(a.id))
      c.add(appPath(i, 'id'), 'duplicate_application', `Application "${a.id}" is listed twice`)
    appIds.add(a.id)
    if (needsSubmittedAt && a.submittedAt === undefined) {
      c.add(
        appPath(i, 'submittedAt'),
        'required',
        'The call breaks ties by submission time: submittedAt is required',
      )
    }
    const evalStart = row
    for (let j = 0; j < a.evaluations.length; j++, row++) {
      const e = a.evaluations[j]!
      for (let k = 0; k < j; k++) {
        if (a.evaluations[k]!.evaluator === e.evaluator) {
          c.add(
            evalPath(i, j, 'evaluator'),
            'duplicate_evaluator',
            `Evaluator "${e.evaluator}" scored this application twice`,
          )
          break
        }
      }
      const base = row * count
      for (let k = 0; k < count; k++) matrix[base + k] = -1
      let seen = 0
      for (const key in e.scores) {
        if (!Object.hasOwn(e.scores, key)) continue
        seen++
        const index = criterionIndex.get(key)
        if (index === undefined) {
          c.add(evalPath(i, j, 'scores', key), 'unknown_criterion', `No criterion "${key}" in the call`)
          continue
        }
        const h = scoreHundredths(e.scores[key])!
        const k = call.criteria[index]!
        if (h < k.minH || h > k.maxH) {
          c.add(
            evalPath(i, j, 'scores', key),
            'score_out_of_range',
            `Score ${String(e.scores[key])} is outside the range ${k.minH / 100}–${k.maxH / 100} of criterion "${key}"`,
          )
        }
        matrix[base + index] = h
      }
      let missing = seen !== count
      for (let k = 0; k < count && !missing; k++) missing = matrix[base + k] === -1
      if (missing) {
        for (let k = 0; k < count; k++) {
          if (matrix[base + k] === -1) {
            const id = call.criteria[k]!.id
            c.add(evalPath(i, j, 'scores', id), 'missing_score', `No score for criterion "${id}"`)
          }
        }
      }
      if (e.justification) {
        for (const key of Object.keys(e.justification)) {
          if (!criterionIndex.has(key)) {
            c.add(
              evalPath(i, j, 'justification', key),
              'unknown_criterion',
              `No criterion "${key}" in the call`,
            )
          }
        }
      }
    }
    applications[i] = {
      id: a.id,
      requestedCents: moneyCents(a.requested) ?? 0,
      requested: isCanonicalMoney(a.requested) ? a.requested : centsToMoney(moneyCents(a.requested) ?? 0),
      submittedAt:
        needsSubmittedAt && a.submittedAt !== undefined ? canonicalSubmittedAt(a.submittedAt) : null,
      submittedDay: a.submittedAt === undefined ? null : a.submittedAt.slice(0, 10),
      applicant: a.applicant ?? null,
      title: a.title ?? null,
      evaluations: a.evaluations,
      evalStart,
      formalCheck: (a.formalCheck as FormalCheck | undefined) ?? null,
    }
  }
  return {
    issues: c.issues,
    prepared: { call, applications, scores: matrix, asOf: input.asOf ?? null, lang: input.lang ?? 'lt' },
  }
}

/**
 * The cross-field problems of a structurally valid input (used by the zod schema's refinement, so that the
 * schema and the fast path enforce the same rules).
 */
export function crossFieldIssues(input: StructurallyValid): Issue[] {
  // zod runs refinements even after a nested refinement failed; the structural problems are its own.
  if (structuralIssues(input).length > 0) return []
  return prepare(input).issues
}

/** Validates once and prepares the exact integer form; `issues` is empty exactly when the input is valid. */
export function validateAndPrepare(input: unknown): { issues: Issue[]; prepared: PreparedInput | null } {
  const structural = structuralIssues(input)
  if (structural.length > 0) return { issues: structural, prepared: null }
  const { issues, prepared } = prepare(input as StructurallyValid)
  return issues.length > 0 ? { issues, prepared: null } : { issues: [], prepared }
}
