// The one-pass preparation: checks every rule of the input (the structural ones of the zod schemas and the
// cross-field ones) while it reads the input into the exact integer form, and gives up — returns null — at the
// first problem, leaving the listing of problems to the reporting validator (validate-input.ts). A property
// test keeps the two in agreement: this returns a value exactly when the reporting validator finds nothing.
//
// It is the hot path of a ranking (100,000 applications × 3 evaluations × 5 criteria is 1.5 million scores),
// so a valid input costs no allocation per score and none per application beyond its entry in the arrays.
import { IsoDateSchema } from '@talka/core'
import { type FormalCheck, FormalCheckSchema } from './application.js'
import type { Call } from './call.js'
import { centsToMoney, moneyCents, scoreHundredths } from './exact.js'
import { Checker, isObject, isPlainRecord } from './input-checker.js'
import { checkCall, prepareCall } from './prepare-call.js'
import type { PreparedCall, PreparedInput } from './prepared-input.js'
import { canonicalSubmittedAt, isSubmittedAt } from './submitted-at.js'

const MAX_EVALUATIONS = 20

// '2140.00' is canonical; '2140', '2140.5' and '02140.00' (refused earlier anyway) are not.
const isCanonicalMoney = (s: string) =>
  s.length >= 4 && s.charCodeAt(s.length - 3) === 46 && (s[0] !== '0' || s[1] === '.')

/** The prepared input, or `null` when the input breaks any rule (then the reporting validator says which). */
export function prepareInput(input: unknown): PreparedInput | null {
  if (!isObject(input)) return null
  const call = prepareValidCall(input.call)
  const apps = input.applications
  if (call === null || !Array.isArray(apps)) return null
  if (input.asOf !== undefined && !IsoDateSchema.safeParse(input.asOf).success) return null
  const lang = input.lang
  if (lang !== undefined && lang !== 'lt' && lang !== 'en') return null

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

  // Sizes first: the scores go into one typed array, and an application's evaluations into consecutive rows.
  let rows = 0
  for (let i = 0; i < count; i++) {
    const a: unknown = apps[i]
    if (!isObject(a)) return null
    const evaluations = a.evaluations
    if (!Array.isArray(evaluations) || evaluations.length > MAX_EVALUATIONS) return null
    evalStart[i] = rows
    rows += evaluations.length
  }
  evalStart[count] = rows
  const evaluators: string[] = new Array(rows)
  const scores = new Uint32Array(rows * width)
  const reader = new ScoreReader(call, scores)
  const uniqueIds = new UniqueIds()

  for (let i = 0; i < count; i++) {
    const a = apps[i] as Record<string, unknown>
    const id = a.id
    if (typeof id !== 'string' || id.length === 0) return null
    ids[i] = id
    if (!uniqueIds.isNew(ids, i)) return null

    const req = a.requested
    if (typeof req !== 'string') return null
    const cents = moneyCents(req)
    if (cents === null || cents <= 0) return null
    requestedCents[i] = cents
    requested[i] = isCanonicalMoney(req) ? req : centsToMoney(cents)

    const at = a.submittedAt
    if (at === undefined) {
      if (submittedAt) return null
    } else {
      if (typeof at !== 'string' || !isSubmittedAt(at)) return null
      // Every valid text starts with a fixed-width date, so the greatest text has the latest date.
      if (latestSubmitted === null || at > latestSubmitted) latestSubmitted = at
      if (submittedAt) submittedAt[i] = canonicalSubmittedAt(at)!
    }

    const applicant = a.applicant
    if (applicant !== undefined && typeof applicant !== 'string') return null
    applicants[i] = applicant ?? null
    const title = a.title
    if (title !== undefined && typeof title !== 'string') return null
    titles[i] = title ?? null

    const evaluations = a.evaluations as unknown[]
    const first = evalStart[i]!
    for (let j = 0; j < evaluations.length; j++) {
      const e = evaluations[j]
      if (!isObject(e)) return null
      const evaluator = e.evaluator
      if (typeof evaluator !== 'string' || evaluator.length === 0) return null
      for (let k = first; k < first + j; k++) if (evaluators[k] === evaluator) return null
      evaluators[first + j] = evaluator
      if (!reader.read(e.scores, first + j)) return null
      if (e.justification !== undefined && !reader.justificationFits(e.justification)) return null
    }

    const check = a.formalCheck
    if (check === undefined) formalChecks[i] = null
    else if (FormalCheckSchema.safeParse(check).success) formalChecks[i] = check as FormalCheck
    else return null
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
    asOf: (input.asOf as string | undefined) ?? null,
    lang: lang ?? 'lt',
  }
}

/**
 * Detects a repeated application id. Registration numbers usually come sorted, and a strictly ascending list
 * has no repeats, so while the ids ascend one comparison per id suffices; from the first id out of order on, a
 * hash set (seeded with the ids so far) does the work.
 */
class UniqueIds {
  #seen: Set<string> | null = null

  /** Whether `ids[i]` differs from `ids[0]` … `ids[i - 1]` (called for i = 0, 1, 2, … in turn). */
  isNew(ids: readonly string[], i: number): boolean {
    const id = ids[i]!
    if (this.#seen === null) {
      if (i === 0 || ids[i - 1]! < id) return true
      this.#seen = new Set(ids.slice(0, i))
    }
    const known = this.#seen.size
    this.#seen.add(id)
    return this.#seen.size > known
  }
}

function prepareValidCall(call: unknown): PreparedCall | null {
  const c = new Checker()
  checkCall(c, call)
  if (c.issues.length > 0) return null
  const prepared = prepareCall(c, call as Call)
  return c.issues.length > 0 ? null : prepared
}

/** Reads evaluations' scores into the score matrix, checking them against the call's criteria. */
class ScoreReader {
  readonly #criteria: PreparedCall['criteria']
  readonly #ids: readonly string[]
  readonly #index: ReadonlyMap<string, number>
  readonly #matrix: Uint32Array
  // `for…in` over a plain record lists exactly its own enumerable keys unless someone has added an enumerable
  // property to `Object.prototype`; that is checked once, so that the score loop needs no `hasOwn` per key.
  readonly #inheritedKeys: boolean

  constructor(call: PreparedCall, matrix: Uint32Array) {
    this.#criteria = call.criteria
    this.#ids = call.criteria.map((k) => k.id)
    this.#index = new Map(this.#ids.map((id, k) => [id, k]))
    this.#matrix = matrix
    let inherited = false
    for (const _ in Object.prototype) inherited = true
    this.#inheritedKeys = inherited
  }

  /**
   * Reads one evaluation's scores (hundredths) into row `row` of the matrix; false when the scores are not a
   * plain record, a key is not a criterion, a score is not a two-decimal number in its criterion's range, or a
   * criterion is missing.
   */
  read(scores: unknown, row: number): boolean {
    if (!isPlainRecord(scores)) return false
    const ids = this.#ids
    const base = row * ids.length
    let seen = 0
    for (const key in scores) {
      if (this.#inheritedKeys && !Object.hasOwn(scores, key)) continue
      // Evaluators' forms list the criteria in the call's order: try the expected one before the map.
      const index = key === ids[seen] ? seen : this.#index.get(key)
      if (index === undefined) return false
      const h = scoreHundredths(scores[key])
      const criterion = this.#criteria[index]!
      if (h === null || h < criterion.minH || h > criterion.maxH) return false
      this.#matrix[base + index] = h
      seen++
    }
    // Keys of an object are distinct and each maps to a distinct criterion: all are scored iff the counts agree.
    return seen === ids.length
  }

  /** Whether a justification is a plain record of texts keyed by criterion ids. */
  justificationFits(justification: unknown): boolean {
    if (!isPlainRecord(justification)) return false
    for (const key in justification) {
      if (this.#inheritedKeys && !Object.hasOwn(justification, key)) continue
      if (typeof justification[key] !== 'string' || !this.#index.has(key)) return false
    }
    return true
  }
}
