import {
  AmountSchema,
  type Issue,
  markParsed,
  type Parsed,
  parseScaledDecimal,
  type ScaledDecimal,
  unitsOf,
  ValidationError,
} from '@talka/core'
import { z } from 'zod'
import type { AllocationErrorCode } from './errors.js'
import { findDuplicate } from './find-duplicate.js'
import { typedParser } from './typed-parser.js'

/**
 * A recipient's weight (residents, points, shares): a non-negative integer given as a safe integer
 * `number`, a `bigint` or a digit string (`"4216"`). Fractions and negatives are rejected.
 *
 * @example
 * ```ts
 * import type { Weight } from '@talka/allocation'
 * const weights: Weight[] = [4216, 17698n, '1842']
 * ```
 */
export type Weight = number | bigint | string

/**
 * One recipient of an allocation: a unique `id`, its `weight` and optionally a `cap`, the most it
 * may receive (an eldership's envelope maximum); what a cap keeps back goes to the others.
 *
 * @example
 * ```ts
 * import type { Recipient } from '@talka/allocation'
 * const darbenai: Recipient = { id: 'Darbėnų seniūnija', weight: 4216, cap: '3000' }
 * ```
 */
export interface Recipient {
  readonly id: string
  readonly weight: Weight
  /** The most this recipient may receive (EUR, fixed part included); a whole number of units. */
  readonly cap?: string | undefined
}

/**
 * The allocation methods `allocate` implements. Only largest remainder (Hamilton) gives amounts that
 * always sum to the total; `checkPublishedAllocation` also compares round-half-up and floor.
 *
 * @example
 * ```ts
 * import type { AllocationMethod } from '@talka/allocation'
 * const method: AllocationMethod = 'largest-remainder'
 * ```
 */
export type AllocationMethod = 'largest-remainder'

/**
 * What to do when recipients with equal remainders compete for the last units: `'resolve'` (the
 * default) applies the documented tie rule (larger weight first, then id in code-point order) and
 * lists the tie in the certificate; `'error'` refuses with `UNRESOLVED_TIE`, for rules that require
 * drawing lots.
 *
 * @example
 * ```ts
 * import type { TieMode } from '@talka/allocation'
 * const ties: TieMode = 'error'
 * ```
 */
export type TieMode = 'resolve' | 'error'

/**
 * Input of {@link allocate}. Amounts are decimal strings in EUR with at most two decimals; `unit` is
 * the rounding unit (`'0.01'` by default, `'1'` for whole euros, `'100'`, …); `total`, `fixed`,
 * `minimum` and every `cap` must be whole numbers of units.
 *
 * @example
 * ```ts
 * import type { AllocateInput } from '@talka/allocation'
 * const input: AllocateInput = {
 *   total: '25957', unit: '1', fixed: '750',
 *   recipients: [{ id: 'Darbėnų', weight: 4216 }, { id: 'Imbarės', weight: 1842, cap: '2000' }],
 * }
 * ```
 */
export interface AllocateInput {
  /** The amount to split, a non-negative decimal string. */
  readonly total: string
  /** The rounding unit; default `'0.01'`. */
  readonly unit?: string | undefined
  /** An equal part per recipient taken before the proportional split; default `'0'`. */
  readonly fixed?: string | undefined
  /** No recipient gets less (see the domain rule: raised recipients leave the proportional split). */
  readonly minimum?: string | undefined
  /** Default `'largest-remainder'`. */
  readonly method?: AllocationMethod | undefined
  /** Default `'resolve'`. */
  readonly ties?: TieMode | undefined
  /** In the order the shares are returned; ids unique. */
  readonly recipients: readonly Recipient[]
}

/**
 * The canonical form of an {@link AllocateInput}, as a certificate records it and its hash covers:
 * every field present, amounts written with the unit's number of decimals, the unit without
 * trailing zeros, weights as digit strings, recipients in input order. A recipient's `cap` is
 * present only when the input gave one, so inputs without caps keep the hash they always had.
 *
 * @example
 * ```ts
 * import { canonicalAllocateInput } from '@talka/allocation'
 * canonicalAllocateInput({ total: '100', unit: '1.0', recipients: [{ id: 'a', weight: 3 }] })
 * // { total: '100', unit: '1', fixed: '0', minimum: '0', method: 'largest-remainder', ties: 'resolve',
 * //   recipients: [{ id: 'a', weight: '3' }] }
 * ```
 */
export interface CanonicalAllocateInput {
  readonly total: string
  readonly unit: string
  readonly fixed: string
  readonly minimum: string
  readonly method: AllocationMethod
  readonly ties: TieMode
  readonly recipients: readonly {
    readonly id: string
    readonly weight: string
    readonly cap?: string | undefined
  }[]
}

const DIGITS = /^(0|[1-9]\d*)$/
const DEFAULT_UNIT: ScaledDecimal = { coefficient: 1n, scale: 2 }

const weightSchema = /* @__PURE__ */ (() =>
  z.union([
    z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    z.bigint().nonnegative(),
    z.string().regex(DIGITS, { message: 'Expected a non-negative integer as a digit string, e.g. "4216"' }),
  ]))()

/** The weight schema shared by every input of the package. @internal */
export const WeightSchema: typeof weightSchema = weightSchema

/** A semantic issue of an allocation input, with the allocation code as its issue code. */
function issue(
  ctx: z.RefinementCtx,
  code: AllocationErrorCode,
  message: string,
  path: (string | number)[],
): void {
  // The allocation code travels as the issue's code, so a caller (and the API) can switch on it.
  ctx.issues.push({ code, message, path, input: undefined } as unknown as z.core.$ZodRawIssue)
}

/** The shape of any input the allocation rules run on (allocate's, the published check's). */
interface AllocationShape {
  readonly total: string
  readonly unit?: string | undefined
  readonly fixed?: string | undefined
  readonly minimum?: string | undefined
  readonly recipients: readonly {
    readonly id: string
    readonly weight: Weight
    readonly cap?: string | undefined
  }[]
}

/**
 * The rules beyond the shape, shared by every allocation schema: unique ids, amounts in whole units,
 * some positive weight, fixed parts and minimums within the total, caps feasible. Runs once per
 * parse, in linear time. @internal
 */
export function refineAllocation(input: AllocationShape, ctx: z.RefinementCtx, recipientsKey: string): void {
  // zod runs this refinement even after some fields failed a continuable check (an amount's format),
  // so every value read here is guarded; nothing is reported twice.
  const recipients: readonly Partial<AllocationShape['recipients'][number]>[] = Array.isArray(
    input.recipients,
  )
    ? input.recipients
    : []
  const n = recipients.length
  const ids = new Array<string>(n)
  let positive = false
  for (let i = 0; i < n; i++) {
    const r = recipients[i] ?? {}
    ids[i] = typeof r.id === 'string' ? r.id : `\u0000${i}`
    const w = r.weight
    if (
      !positive &&
      (typeof w === 'string' ? w !== '0' : typeof w === 'number' || typeof w === 'bigint' ? w > 0 : true)
    )
      positive = true
  }
  const duplicate = findDuplicate(ids)
  if (duplicate >= 0) {
    issue(ctx, 'DUPLICATE_ID', `Duplicate recipient id "${ids[duplicate]}"`, [recipientsKey, duplicate, 'id'])
  }
  if (!positive && n > 0) issue(ctx, 'ALL_WEIGHTS_ZERO', 'Every weight is zero', [recipientsKey])
  const unit = input.unit === undefined ? DEFAULT_UNIT : parseScaledDecimal(input.unit)
  if (!unit || unit.coefficient === 0n) return
  const units = (text: string | undefined, path: (string | number)[]): bigint | undefined => {
    if (text === undefined) return 0n
    const value = parseScaledDecimal(text)
    if (!value) return undefined
    const u = unitsOf(value, unit)
    if (u === undefined)
      issue(ctx, 'NOT_MULTIPLE_OF_UNIT', `${path.join('.')} is not a multiple of the unit`, path)
    return u
  }
  const total = units(input.total, ['total'])
  const fixed = units(input.fixed, ['fixed'])
  const minimum = units(input.minimum, ['minimum'])
  const count = BigInt(n)
  if (total !== undefined && fixed !== undefined && fixed * count > total)
    issue(ctx, 'FIXED_EXCEEDS_TOTAL', 'The fixed parts exceed the total', ['fixed'])
  if (total !== undefined && minimum !== undefined && minimum * count > total)
    issue(ctx, 'MINIMUM_EXCEEDS_TOTAL', 'The minimums exceed the total', ['minimum'])
  if (fixed === undefined || minimum === undefined) return
  // bigints: Math.max does not apply
  let floor = fixed
  if (minimum > floor) floor = minimum
  // Caps: each at least the recipient's floor; together (zero weights stay at their floor) they must
  // be able to hold the total.
  let room = 0n
  let unbounded = false
  let capped = false
  for (let i = 0; i < n; i++) {
    const r = recipients[i] ?? {}
    const zero = typeof r.weight === 'string' ? r.weight === '0' : r.weight === 0 || r.weight === 0n
    if (r.cap === undefined) {
      if (zero) room += floor
      else unbounded = true
      continue
    }
    capped = true
    const cap = units(r.cap, [recipientsKey, i, 'cap'])
    if (cap === undefined) return
    if (cap < floor) {
      issue(ctx, 'CAP_BELOW_MINIMUM', 'The cap is below the minimum or the fixed part', [
        recipientsKey,
        i,
        'cap',
      ])
      return
    }
    room += zero ? floor : cap
  }
  if (capped && !unbounded && total !== undefined && room < total)
    issue(ctx, 'CAPS_BELOW_TOTAL', 'The caps cannot hold the total', [recipientsKey])
}

const recipientSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().min(1),
    weight: weightSchema.meta({
      description: 'Non-negative integer weight (number, bigint or digit string)',
    }),
    cap: AmountSchema()
      .optional()
      .meta({ description: 'The most this recipient may receive (fixed part included)' }),
  }))()

/**
 * Zod schema of {@link AllocateInput}: the one definition of a valid allocation input (the API and
 * `allocate` both parse with it). Besides the shape it checks ids are unique, `total`/`fixed`/
 * `minimum`/caps are whole numbers of units, some weight is positive, the fixed parts and minimums
 * fit in the total and the caps can hold it; each such issue carries an {@link AllocationErrorCode}
 * as its code. Every object is strict. Weights may be bigints, which JSON Schema cannot express:
 * convert with `z.toJSONSchema(AllocateInputSchema, { unrepresentable: 'any' })`.
 *
 * @example
 * ```ts
 * import { AllocateInputSchema } from '@talka/allocation'
 * AllocateInputSchema.safeParse({ total: '10.5', unit: '1', recipients: [{ id: 'a', weight: 1 }] }).success // false
 * ```
 */
export const AllocateInputSchema = /* @__PURE__ */ (() =>
  z
    // Strict: a misspelt option ("minimun") must not be ignored silently.
    .strictObject({
      total: AmountSchema().meta({ description: 'Amount to split (EUR), a whole number of units' }),
      unit: AmountSchema({ positive: true })
        .optional()
        .meta({ description: 'Rounding unit, default "0.01"' }),
      fixed: AmountSchema().optional().meta({ description: 'Equal part per recipient, taken first' }),
      minimum: AmountSchema().optional().meta({ description: 'No recipient gets less' }),
      method: z.literal('largest-remainder').optional(),
      ties: z.enum(['resolve', 'error']).optional(),
      recipients: z.array(recipientSchema).min(1),
    })
    .superRefine((input, ctx) => refineAllocation(input, ctx, 'recipients')))()

const allocateInputParser = /* @__PURE__ */ typedParser<AllocateInput>(AllocateInputSchema)

/**
 * Validates an allocation input once with {@link AllocateInputSchema}; the result, passed to
 * `allocate`, is not validated again. Throws core's `ValidationError` (at most 100 issues, each with
 * its path and code, plus `issueCount`).
 *
 * @example
 * ```ts
 * import { allocate, parseAllocateInput } from '@talka/allocation'
 * const parsed = parseAllocateInput({ total: '11538', unit: '1', recipients: [{ id: 'Skuodo m.', weight: '5728' }] })
 * allocate(parsed).total // '11538'
 * ```
 */
export const parseAllocateInput = /* @__PURE__ */ (() => allocateInputParser.parse)()

/**
 * Like {@link parseAllocateInput}, returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseAllocateInput } from '@talka/allocation'
 * const r = safeParseAllocateInput({ total: '1', recipients: [] })
 * if (!r.success) r.error.issues[0]?.path // ['recipients']
 * ```
 */
export const safeParseAllocateInput = /* @__PURE__ */ (() => allocateInputParser.safeParse)()

/** The parsed input as it is, anything else parsed (once). @internal */
export function ensureAllocateInput(input: AllocateInput | Parsed<AllocateInput>): Parsed<AllocateInput> {
  return allocateInputParser.ensure(input)
}

/**
 * An input built by the package itself from values already validated (a caller's parsed input and the
 * package's own parameters), so its shape holds by construction: only the rules beyond the shape
 * (the schema's own refinement, not a copy) run, without a second zod pass. @internal
 */
export function trustedAllocateInput(input: AllocateInput): Parsed<AllocateInput> {
  const issues: Issue[] = []
  const ctx = {
    issues: {
      push(raw: { code: string; message: string; path: (string | number)[] }) {
        issues.push({ path: raw.path, code: raw.code, message: raw.message })
        return issues.length
      },
    },
  } as unknown as z.RefinementCtx
  refineAllocation(input, ctx, 'recipients')
  if (issues.length > 0) throw new ValidationError(issues)
  return markParsed(input as AllocateInput & object) as Parsed<AllocateInput>
}

/**
 * The {@link AllocationErrorCode} an issue of {@link AllocateInputSchema} stands for: semantic issues
 * carry it as their code; shape issues are named by their path.
 *
 * @example
 * ```ts
 * import { safeParseAllocateInput, allocationCodeOfIssue } from '@talka/allocation'
 * const r = safeParseAllocateInput({ total: '10', unit: '0', recipients: [{ id: 'a', weight: 1 }] })
 * if (!r.success) r.error.issues.map(allocationCodeOfIssue) // ['INVALID_UNIT']
 * ```
 */
export function allocationCodeOfIssue(issue: Issue): AllocationErrorCode {
  if (/^[A-Z_]+$/.test(issue.code)) return issue.code as AllocationErrorCode
  const [head, index, field] = issue.path
  if (head === 'total' || head === 'fixed' || head === 'minimum') return 'INVALID_AMOUNT'
  if (head === 'unit') return 'INVALID_UNIT'
  if (head === 'method') return 'UNKNOWN_METHOD'
  if (head === 'recipients' || head === 'rows') {
    if (index === undefined) return issue.code === 'too_small' ? 'NO_RECIPIENTS' : 'INVALID_INPUT'
    if (field === 'id') return 'INVALID_ID'
    if (field === 'weight') return 'INVALID_WEIGHT'
    if (field === 'cap' || field === 'amount') return 'INVALID_AMOUNT'
  }
  return 'INVALID_INPUT'
}

/**
 * A rounding unit, ready for the kernel: `unit = step / 10^scale` EUR; an amount of `k` units is
 * `k·step / 10^scale`, printed with `scale` decimals (at most 2: units are amounts).
 * @internal
 */
export interface Unit {
  readonly value: ScaledDecimal
  readonly step: bigint
  readonly stepNumber: number
  readonly scale: number
  readonly text: string
}

/** An allocation input after validation, in kernel form (whole units, integer weights). @internal */
export interface NormalizedInput {
  readonly unit: Unit
  /** Whole units; always safe integers (amounts are within core's range). */
  readonly totalUnits: number
  readonly fixedUnits: number
  readonly minimumUnits: number
  readonly method: AllocationMethod
  readonly ties: TieMode
  readonly ids: readonly string[]
  /** The weights as numbers: exact when `bigWeights` is undefined (every weight ≤ 2^53 − 1). */
  readonly weightNumbers: readonly number[]
  /** The exact weights as bigints when some weight is above 2^53 − 1. */
  readonly bigWeights: readonly bigint[] | undefined
  /** Cap of each recipient in units, `Infinity` for none; undefined when no recipient has a cap. */
  readonly caps: readonly number[] | undefined
}

/** The exact weights as bigints. @internal */
export function weightsOf(input: NormalizedInput): readonly bigint[] {
  return input.bigWeights ?? input.weightNumbers.map((w) => BigInt(w))
}

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER)
const POW10 = [1, 10, 100]

/** Whole units of an amount string (≤ 2 decimals, validated) in a unit of ≤ 2 decimals: exact. */
function unitsOfText(text: string, unit: Unit): number {
  const dot = text.indexOf('.')
  let cents: number
  let scale: number
  if (dot < 0) {
    cents = Number(text)
    scale = 0
  } else {
    scale = text.length - dot - 1
    cents = Number(text.slice(0, dot)) * POW10[scale]! + Number(text.slice(dot + 1))
  }
  // value = cents / 10^scale; units = value / (step / 10^unitScale)
  return scale <= unit.scale
    ? (cents * POW10[unit.scale - scale]!) / unit.stepNumber
    : cents / (unit.stepNumber * POW10[scale - unit.scale]!)
}

// Units are few ('0.01', '1', '100'): parsing one costs bigint work on every call, so the last few
// are kept (frozen; a bounded map, never grown by hostile input beyond its size).
const unitCache = new Map<string | undefined, Unit>()

/** The unit of a validated unit string. @internal */
export function toUnit(text: string | undefined): Unit {
  const cached = unitCache.get(text)
  if (cached !== undefined) return cached
  const unit = Object.freeze(parseUnit(text))
  if (unitCache.size >= 16) unitCache.clear()
  unitCache.set(text, unit)
  return unit
}

function parseUnit(text: string | undefined): Unit {
  const value = text === undefined ? DEFAULT_UNIT : (parseScaledDecimal(text) as ScaledDecimal)
  const scale = value.scale
  const step = value.coefficient
  const whole = scale === 0 ? step.toString() : `${step / BigInt(POW10[scale]!)}`
  const frac = scale === 0 ? '' : `.${(step % BigInt(POW10[scale]!)).toString().padStart(scale, '0')}`
  return { value, step, stepNumber: Number(step), scale, text: whole + frac }
}

/**
 * The kernel form of a parsed input: no validation (the schema did it), arrays only, no object per
 * recipient. @internal
 */
export function normalize(input: AllocateInput): NormalizedInput {
  const unit = toUnit(input.unit)
  const recipients = input.recipients
  const n = recipients.length
  const ids = new Array<string>(n)
  const weightNumbers = new Array<number>(n)
  let caps: number[] | undefined
  let safe = true
  for (let i = 0; i < n; i++) {
    const r = recipients[i]!
    ids[i] = r.id
    const w = r.weight
    if (typeof w === 'number') weightNumbers[i] = w
    else {
      const big = typeof w === 'bigint' ? w : w.length <= 15 ? undefined : BigInt(w)
      if (big !== undefined && big > MAX_SAFE_BIG) safe = false
      weightNumbers[i] = Number(big ?? w)
    }
    if (r.cap !== undefined) {
      caps ??= new Array<number>(n).fill(Number.POSITIVE_INFINITY)
      caps[i] = unitsOfText(r.cap, unit)
    }
  }
  return {
    unit,
    totalUnits: unitsOfText(input.total, unit),
    fixedUnits: input.fixed === undefined ? 0 : unitsOfText(input.fixed, unit),
    minimumUnits: input.minimum === undefined ? 0 : unitsOfText(input.minimum, unit),
    method: 'largest-remainder',
    ties: input.ties ?? 'resolve',
    ids,
    weightNumbers,
    bigWeights: safe ? undefined : recipients.map((r) => BigInt(r.weight)),
    caps,
  }
}
