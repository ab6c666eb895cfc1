/**
 * Single-pass validators for the facts of each rule set and for the options of `checkEligibility`,
 * accepting exactly what the zod schemas of `facts.ts` and `check.ts` accept and returning the same
 * parsed value (same keys, same order, fresh objects and arrays). Zod stays the source of truth:
 * whatever a fast validator does not accept is parsed again with zod, which reports the issues. A
 * property test holds accept/reject and the parsed value equal to zod's `safeParse`
 * (docs/decisions/0026-eligibility-fast-validation.md).
 */

/** What a fast validator returns for input it does not accept (zod then decides and reports). */
export const REJECT: unique symbol = Symbol('eligibility.reject')

/** Returns the parsed value, or {@link REJECT}. */
export type FastCheck = (value: unknown) => unknown

const hasOwn = Object.prototype.hasOwnProperty
const isEnumerable = Object.prototype.propertyIsEnumerable

const bool: FastCheck = (v) => (typeof v === 'boolean' ? v : REJECT)

const str =
  (min: number, max: number): FastCheck =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max ? v : REJECT

const isDigit = (code: number) => code >= 48 && code <= 57

/** `/^(0|[1-9]\d{0,14})(\.\d{1,2})?$/` (`AmountSchema`), without a regular expression. */
function isAmount(text: string): boolean {
  const n = text.length
  if (n === 0) return false
  const first = text.charCodeAt(0)
  let i = 1
  if (first !== 48) {
    if (first < 49 || first > 57) return false
    while (i < n && i < 15 && isDigit(text.charCodeAt(i))) i++
  }
  if (i === n) return true
  if (text.charCodeAt(i) !== 46) return false
  const decimals = n - i - 1
  if (decimals < 1 || decimals > 2) return false
  for (let j = i + 1; j < n; j++) if (!isDigit(text.charCodeAt(j))) return false
  return true
}

/** `/^\d{4}$/`, the key of a year in `income`. */
const isYearKey = (text: string) =>
  text.length === 4 &&
  isDigit(text.charCodeAt(0)) &&
  isDigit(text.charCodeAt(1)) &&
  isDigit(text.charCodeAt(2)) &&
  isDigit(text.charCodeAt(3))

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const digitAt = (text: string, i: number) => text.charCodeAt(i) - 48

/** `isCalendarDate` of `facts.ts` (a real date `YYYY-MM-DD`), without a regular expression. */
function isDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(text.charCodeAt(i))) return false
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3)
  const month = digitAt(text, 5) * 10 + digitAt(text, 6)
  const day = digitAt(text, 8) * 10 + digitAt(text, 9)
  if (month < 1 || month > 12 || day < 1) return false
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return day <= (month === 2 && leap ? 29 : (DAYS[month - 1] as number))
}

const amount: FastCheck = (v) => (typeof v === 'string' && isAmount(v) ? v : REJECT)

const date: FastCheck = (v) => (typeof v === 'string' && isDate(v) ? v : REJECT)

const year: FastCheck = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100 ? v : REJECT

const union =
  (a: FastCheck, b: FastCheck): FastCheck =>
  (v) => {
    const first = a(v)
    return first === REJECT ? b(v) : first
  }

const literal =
  (value: string): FastCheck =>
  (v) =>
    v === value ? v : REJECT

const array =
  (element: FastCheck, min: number, max: number): FastCheck =>
  (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return REJECT
    const out: unknown[] = new Array(v.length)
    for (let i = 0; i < v.length; i++) {
      const parsed = element(v[i])
      if (parsed === REJECT) return REJECT
      out[i] = parsed
    }
    return out
  }

/** As zod's `isPlainObject` (the test a `z.record` applies). */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const ctor = (v as { constructor?: unknown }).constructor
  if (ctor === undefined || typeof ctor !== 'function') return true
  const proto = (ctor as { prototype?: unknown }).prototype
  if (typeof proto !== 'object' || proto === null || Array.isArray(proto)) return false
  return hasOwn.call(proto, 'isPrototypeOf')
}

/** `z.record(z.string().regex(/^\d{4}$/), value)`: own enumerable keys, `__proto__` skipped. */
const yearRecord =
  (value: FastCheck): FastCheck =>
  (v) => {
    if (!isPlainObject(v)) return REJECT
    const symbols = Object.getOwnPropertySymbols(v)
    for (const symbol of symbols) if (isEnumerable.call(v, symbol)) return REJECT
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(v)) {
      if (key === '__proto__') continue
      if (!isYearKey(key)) return REJECT
      const parsed = value(v[key])
      if (parsed === REJECT) return REJECT
      out[key] = parsed
    }
    return out
  }

interface Field {
  readonly check: FastCheck
  readonly optional: boolean
}

const optional = (check: FastCheck): Field => ({ check, optional: true })
const required = (check: FastCheck): Field => ({ check, optional: false })

/** `z.object(shape).strict()`: no key outside the shape (`for…in`), fields in shape order. */
const strictObject = (shape: Readonly<Record<string, Field>>): FastCheck => {
  const names = Object.keys(shape)
  const fields = names.map((name) => shape[name] as Field)
  const known = new Set(names)
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return REJECT
    const input = v as Record<string, unknown>
    for (const key in input) if (!known.has(key)) return REJECT
    const out: Record<string, unknown> = {}
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string
      const field = fields[i] as Field
      if (!(name in input)) {
        if (field.optional) continue
        return REJECT
      }
      const value = input[name]
      if (value === undefined && field.optional) {
        out[name] = undefined
        continue
      }
      const parsed = field.check(value)
      if (parsed === REJECT) return REJECT
      out[name] = parsed
    }
    return out
  }
}

const never: FastCheck = () => REJECT

const fact = {
  flag: optional(bool),
  operatesIn: optional(union(str(1, 200), array(str(1, 200), 1, 50))),
  reportsFiledForYears: optional(array(year, 0, 100)),
  income: optional(yearRecord(amount)),
  date: optional(date),
  publishesProjectsOnWebsite: optional(union(bool, literal('no-website'))),
  amount: optional(amount),
  activityAreas: optional(array(str(1, 100), 0, 50)),
  budgetLines: optional(
    array(
      strictObject({
        category: required(str(1, 100)),
        amount: required(amount),
        description: optional(str(0, 500)),
      }),
      0,
      1000,
    ),
  ),
}

function build(): Readonly<Record<string, FastCheck>> {
  return {
    'community-measure/applicant': strictObject({
      communityOrganisation: fact.flag,
      ngoMark: fact.flag,
      religiousCommunity: fact.flag,
      operatesIn: fact.operatesIn,
      otherCommunityOrganisationApplied: fact.flag,
      repeatCall: fact.flag,
      reportsFiledForYears: fact.reportsFiledForYears,
    }),
    'community-measure/project': strictObject({
      requestedAmount: fact.amount,
      publicInterestActivities: fact.flag,
      activityAreas: fact.activityAreas,
      activitiesFrom: fact.date,
      activitiesTo: fact.date,
      budgetLines: fact.budgetLines,
    }),
    'ngo-fund-2022/applicant': strictObject({
      ngoMark: fact.flag,
      fundedInParallelCompetition: fact.flag,
      reportsFiledOnTime: fact.flag,
      publishesProjectsOnWebsite: fact.publishesProjectsOnWebsite,
      inLiquidation: fact.flag,
      reliableTaxpayer: fact.flag,
      requestedAmount: fact.amount,
    }),
    'ngo-fund-2023/applicant': strictObject({
      ngoMark: fact.flag,
      fundedInParallelCompetition: fact.flag,
      reportsFiledForYears: fact.reportsFiledForYears,
      reportsFiledOnTime: fact.flag,
      publishesProjectsOnWebsite: fact.publishesProjectsOnWebsite,
      income: fact.income,
      foundedOn: fact.date,
      inLiquidation: fact.flag,
      reliableTaxpayer: fact.flag,
    }),
  }
}

let factsValidators: Readonly<Record<string, FastCheck>> | undefined

/**
 * Validates facts (date facts already turned into ISO strings) as the zod facts schema of the rule
 * set would; returns the parsed facts or {@link REJECT}.
 */
export function fastParseFacts(ruleSetId: string, facts: unknown): unknown {
  factsValidators ??= build()
  const check = factsValidators[ruleSetId]
  return check ? check(facts) : REJECT
}

let optionsValidator: FastCheck | undefined

/**
 * Validates options (`asOf` already an ISO string) as `CheckEligibilityOptionsSchema` would, except
 * that a `call` is never accepted here (zod validates calls); returns the parsed options or
 * {@link REJECT}.
 */
export function fastParseOptions(options: unknown): unknown {
  optionsValidator ??= strictObject({
    asOf: required(date),
    lang: optional(union(literal('lt'), literal('en'))),
    call: optional(never),
  })
  return optionsValidator(options)
}
