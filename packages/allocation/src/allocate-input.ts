import { type SafeParseResult, toSafeParse } from '@talka/core'
import { z } from 'zod'
import {
  formatUnits,
  isDecimalString,
  parseScaledDecimal,
  type ScaledDecimal,
  toUnit,
  type Unit,
  unitsOf,
} from './decimal-units.js'
import { AllocationError, type AllocationErrorCode } from './errors.js'
import { findDuplicate } from './find-duplicate.js'

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
 * One recipient of an allocation: a unique `id` and its `weight`.
 *
 * @example
 * ```ts
 * import type { Recipient } from '@talka/allocation'
 * const darbenai: Recipient = { id: 'Darbėnų seniūnija', weight: 4216 }
 * ```
 */
export interface Recipient {
  readonly id: string
  readonly weight: Weight
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
 * Input of {@link allocate}. Amounts are decimal strings in EUR; `unit` is the rounding unit
 * (`'0.01'` by default, `'1'` for whole euros, `'100'`, …); `total`, `fixed` and `minimum` must be
 * whole numbers of units.
 *
 * @example
 * ```ts
 * import type { AllocateInput } from '@talka/allocation'
 * const input: AllocateInput = {
 *   total: '25957', unit: '1', fixed: '750',
 *   recipients: [{ id: 'Darbėnų', weight: 4216 }, { id: 'Imbarės', weight: 1842 }],
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
 * trailing zeros, weights as digit strings, recipients in input order.
 *
 * @example
 * ```ts
 * import { parseAllocateInput } from '@talka/allocation'
 * parseAllocateInput({ total: '100', unit: '1.0', recipients: [{ id: 'a', weight: 3 }] })
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
  readonly recipients: readonly { readonly id: string; readonly weight: string }[]
}

const DIGITS = /^(0|[1-9]\d*)$/
const DEFAULT_UNIT: ScaledDecimal = { coefficient: 1n, scale: 2 }

const amountString = z
  .string()
  .refine(isDecimalString, { message: 'Expected a non-negative decimal string, e.g. "1234.56"' })

const unitString = z.string().refine((s) => (parseScaledDecimal(s)?.coefficient ?? 0n) > 0n, {
  message: 'Expected a positive decimal string, e.g. "0.01" or "1"',
})

const weightSchema = z.union([
  z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  z.bigint().nonnegative(),
  z.string().regex(DIGITS, { message: 'Expected a non-negative integer as a digit string, e.g. "4216"' }),
])

const recipientSchema = z.object({
  id: z.string().min(1),
  weight: weightSchema.meta({ description: 'Non-negative integer weight (number, bigint or digit string)' }),
})

function issue(ctx: z.RefinementCtx, code: AllocationErrorCode, message: string, path: (string | number)[]) {
  ctx.addIssue({ code: 'custom', message, path, params: { allocationCode: code } })
}

/**
 * Zod schema of {@link AllocateInput}, for validating requests with the package's own rules (the API
 * uses it). Besides the shape it checks ids are unique, `total`/`fixed`/`minimum` are whole numbers
 * of units, some weight is positive and the fixed parts and minimums fit in the total; each such
 * issue carries `params.allocationCode`. `allocate` applies exactly the same rules with a faster
 * hand-written check (a property test keeps them in agreement). Weights may be bigints, which JSON
 * Schema cannot express: convert with `z.toJSONSchema(AllocateInputSchema, { unrepresentable: 'any' })`.
 *
 * @example
 * ```ts
 * import { AllocateInputSchema } from '@talka/allocation'
 * AllocateInputSchema.safeParse({ total: '10.5', unit: '1', recipients: [{ id: 'a', weight: 1 }] }).success // false
 * ```
 */
export const AllocateInputSchema = z
  // Strict: a misspelt option ("minimun") must not be ignored silently.
  .strictObject({
    total: amountString.meta({ description: 'Amount to split (EUR), a whole number of units' }),
    unit: unitString.optional().meta({ description: 'Rounding unit, default "0.01"' }),
    fixed: amountString.optional().meta({ description: 'Equal part per recipient, taken first' }),
    minimum: amountString.optional().meta({ description: 'No recipient gets less' }),
    method: z.literal('largest-remainder').optional(),
    ties: z.enum(['resolve', 'error']).optional(),
    recipients: z.array(recipientSchema).min(1),
  })
  .superRefine((input, ctx) => {
    // zod runs this refinement even when fields above failed, so every value is re-checked here.
    const recipients: unknown[] = Array.isArray(input.recipients) ? input.recipients : []
    const ids = new Set<string>()
    let positive = false
    let weightsValid = recipients.length > 0
    recipients.forEach((raw, i) => {
      const r = (typeof raw === 'object' && raw !== null ? raw : {}) as { id?: unknown; weight?: unknown }
      if (typeof r.id === 'string' && r.id.length > 0) {
        if (ids.has(r.id))
          issue(ctx, 'DUPLICATE_ID', `Duplicate recipient id "${r.id}"`, ['recipients', i, 'id'])
        ids.add(r.id)
      }
      const weight = weightSchema.safeParse(r.weight)
      if (!weight.success) weightsValid = false
      else if (BigInt(weight.data) > 0n) positive = true
    })
    if (weightsValid && !positive) issue(ctx, 'ALL_WEIGHTS_ZERO', 'Every weight is zero', ['recipients'])
    const unit = input.unit === undefined ? DEFAULT_UNIT : parseScaledDecimal(input.unit)
    if (!unit || unit.coefficient === 0n) return
    const units: Partial<Record<'total' | 'fixed' | 'minimum', bigint>> = {}
    for (const field of ['total', 'fixed', 'minimum'] as const) {
      const value = parseScaledDecimal(input[field])
      if (!value) continue
      const u = unitsOf(value, unit)
      if (u === undefined)
        issue(ctx, 'NOT_MULTIPLE_OF_UNIT', `${field} is not a multiple of the unit`, [field])
      else units[field] = u
    }
    const n = BigInt(recipients.length)
    const { total, fixed, minimum } = units
    if (total !== undefined && fixed !== undefined && fixed * n > total)
      issue(ctx, 'FIXED_EXCEEDS_TOTAL', 'The fixed parts exceed the total', ['fixed'])
    if (total !== undefined && minimum !== undefined && minimum * n > total)
      issue(ctx, 'MINIMUM_EXCEEDS_TOTAL', 'The minimums exceed the total', ['minimum'])
  })

/**
 * The {@link AllocationErrorCode} a zod issue of {@link AllocateInputSchema} stands for.
 * @internal
 */
export function codeOfIssue(issue: z.core.$ZodIssue): AllocationErrorCode {
  const own = (issue as { params?: { allocationCode?: AllocationErrorCode } }).params?.allocationCode
  if (own) return own
  const [head, index, field] = issue.path
  if (head === 'total' || head === 'fixed' || head === 'minimum') return 'INVALID_AMOUNT'
  if (head === 'unit') return 'INVALID_UNIT'
  if (head === 'method') return 'UNKNOWN_METHOD'
  if (head === 'recipients') {
    if (index === undefined) return issue.code === 'too_small' ? 'NO_RECIPIENTS' : 'INVALID_INPUT'
    if (field === 'id') return 'INVALID_ID'
    if (field === 'weight') return 'INVALID_WEIGHT'
  }
  return 'INVALID_INPUT'
}

/** An allocation input after validation, in kernel form (whole units, integer weights). @internal */
export interface NormalizedInput {
  readonly unit: Unit
  readonly totalUnits: bigint
  readonly fixedUnits: bigint
  readonly minimumUnits: bigint
  readonly method: AllocationMethod
  readonly ties: TieMode
  readonly ids: readonly string[]
  /** The weights as numbers: exact when `safeWeights` (every weight ≤ 2^53 − 1). */
  readonly weightNumbers: readonly number[]
  readonly safeWeights: boolean
  /** The exact weights as bigints when some weight is above 2^53 − 1; else use {@link weightsOf}. */
  readonly bigWeights: readonly bigint[] | undefined
}

/** The exact weights as bigints. @internal */
export function weightsOf(input: NormalizedInput): readonly bigint[] {
  return input.bigWeights ?? input.weightNumbers.map((w) => BigInt(w))
}

const INPUT_KEYS = new Set(['total', 'unit', 'fixed', 'minimum', 'method', 'ties', 'recipients'])

function fail(code: AllocationErrorCode, message: string, details: Record<string, unknown> = {}): never {
  throw new AllocationError(code, message, details)
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value)
  return value === null ? 'null' : typeof value
}

function amountField(input: Record<string, unknown>, field: string): ScaledDecimal | undefined {
  const raw = input[field]
  if (raw === undefined) return undefined
  const parsed = parseScaledDecimal(raw)
  if (!parsed) {
    fail('INVALID_AMOUNT', `${field} must be a non-negative decimal string, got ${describeValue(raw)}`, {
      field,
      value: describeValue(raw),
    })
  }
  return parsed
}

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER)

/** A weight as a number, or -1 when it is a valid weight above 2^53 − 1 (kept as a bigint). */
function toWeight(raw: unknown, index: number): number {
  if (typeof raw === 'number') {
    if (Number.isSafeInteger(raw) && raw >= 0) return raw
  } else if (typeof raw === 'bigint') {
    if (raw >= 0n) return raw <= MAX_SAFE_BIG ? Number(raw) : -1
  } else if (typeof raw === 'string' && DIGITS.test(raw)) {
    if (raw.length <= 15) return Number(raw)
    const big = BigInt(raw)
    return big <= MAX_SAFE_BIG ? Number(big) : -1
  }
  return fail('INVALID_WEIGHT', `Weight of recipient ${index} must be a non-negative integer`, {
    index,
    value: describeValue(raw),
  })
}

function bigWeight(raw: unknown): bigint {
  return typeof raw === 'bigint' ? raw : BigInt(raw as number | string)
}

function unitsField(value: ScaledDecimal | undefined, unit: Unit, field: string): bigint {
  if (value === undefined) return 0n
  const units = unitsOf(value, unit.value)
  if (units === undefined) {
    fail('NOT_MULTIPLE_OF_UNIT', `${field} is not a whole number of units of ${unit.text}`, {
      field,
      unit: unit.text,
    })
  }
  return units
}

/**
 * Validates an input by the rules of {@link AllocateInputSchema} without zod (the hot path of
 * `allocate`): throws {@link AllocationError} with the code of the first problem found.
 * @internal
 */
export function normalizeAllocateInput(input: unknown): NormalizedInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail('INVALID_INPUT', 'The allocation input must be an object')
  }
  const record = input as Record<string, unknown>
  for (const key of Object.keys(record)) {
    // Same rule as the strict schema: a misspelt option must not be ignored silently.
    if (!INPUT_KEYS.has(key)) fail('INVALID_INPUT', `Unknown field ${JSON.stringify(key)}`, { field: key })
  }
  const total = amountField(record, 'total')
  if (total === undefined) fail('INVALID_AMOUNT', 'total is required', { field: 'total' })
  let unitValue = DEFAULT_UNIT
  if (record.unit !== undefined) {
    const parsed = parseScaledDecimal(record.unit)
    if (!parsed || parsed.coefficient === 0n) {
      fail('INVALID_UNIT', `unit must be a positive decimal string, got ${describeValue(record.unit)}`, {
        value: describeValue(record.unit),
      })
    }
    unitValue = parsed
  }
  const fixed = amountField(record, 'fixed')
  const minimum = amountField(record, 'minimum')
  if (record.method !== undefined && record.method !== 'largest-remainder') {
    fail('UNKNOWN_METHOD', `Unknown method ${describeValue(record.method)}`, {
      method: describeValue(record.method),
    })
  }
  if (record.ties !== undefined && record.ties !== 'resolve' && record.ties !== 'error') {
    fail('INVALID_INPUT', `ties must be "resolve" or "error", got ${describeValue(record.ties)}`, {
      field: 'ties',
    })
  }
  const recipients = record.recipients
  if (!Array.isArray(recipients))
    fail('INVALID_INPUT', 'recipients must be an array', { field: 'recipients' })
  const n = recipients.length
  if (n === 0) fail('NO_RECIPIENTS', 'There are no recipients')
  const ids = new Array<string>(n)
  const weightNumbers = new Array<number>(n)
  let safeWeights = true
  for (let i = 0; i < n; i++) {
    const r = recipients[i] as unknown
    if (typeof r !== 'object' || r === null || Array.isArray(r)) {
      fail('INVALID_INPUT', `Recipient ${i} must be an object`, { index: i })
    }
    const { id, weight } = r as { id?: unknown; weight?: unknown }
    if (typeof id !== 'string' || id.length === 0) {
      fail('INVALID_ID', `Recipient ${i} needs a non-empty string id`, { index: i })
    }
    ids[i] = id
    const w = toWeight(weight, i)
    if (w < 0) {
      safeWeights = false
      weightNumbers[i] = Number(bigWeight(weight))
    } else weightNumbers[i] = w
  }
  const duplicate = findDuplicate(ids)
  if (duplicate >= 0) {
    const id = ids[duplicate]!
    fail('DUPLICATE_ID', `Duplicate recipient id "${id}"`, { id, index: duplicate })
  }
  let positive = false
  for (let i = 0; i < n && !positive; i++) if (weightNumbers[i]! > 0) positive = true
  if (!positive) fail('ALL_WEIGHTS_ZERO', 'Every weight is zero: there is nothing to split by')
  // Weights above 2^53 − 1 are converted now, so nothing later reads the caller's (mutable) objects.
  const bigWeights = safeWeights
    ? undefined
    : (recipients as { weight: unknown }[]).map((r) => bigWeight(r.weight))
  const unit = toUnit(unitValue)
  const totalUnits = unitsField(total, unit, 'total')
  const fixedUnits = unitsField(fixed, unit, 'fixed')
  const minimumUnits = unitsField(minimum, unit, 'minimum')
  const count = BigInt(n)
  if (fixedUnits * count > totalUnits) {
    fail(
      'FIXED_EXCEEDS_TOTAL',
      `The fixed parts (${n} × ${formatUnits(fixedUnits, unit)}) exceed the total`,
      {
        fixed: formatUnits(fixedUnits, unit),
        recipients: n,
        total: formatUnits(totalUnits, unit),
      },
    )
  }
  if (minimumUnits * count > totalUnits) {
    fail(
      'MINIMUM_EXCEEDS_TOTAL',
      `The minimums (${n} × ${formatUnits(minimumUnits, unit)}) exceed the total`,
      { minimum: formatUnits(minimumUnits, unit), recipients: n, total: formatUnits(totalUnits, unit) },
    )
  }
  return {
    unit,
    totalUnits,
    fixedUnits,
    minimumUnits,
    method: 'largest-remainder',
    ties: (record.ties as TieMode | undefined) ?? 'resolve',
    ids,
    weightNumbers,
    safeWeights,
    bigWeights,
  }
}

/**
 * The canonical input of a normalised input (what a certificate records). @internal
 */
export function canonicalOf(input: NormalizedInput): CanonicalAllocateInput {
  const n = input.ids.length
  const recipients = new Array<{ id: string; weight: string }>(n)
  const weights = input.bigWeights
  for (let i = 0; i < n; i++) {
    const weight = weights ? weights[i]!.toString() : String(input.weightNumbers[i])
    recipients[i] = { id: input.ids[i]!, weight }
  }
  return {
    total: formatUnits(input.totalUnits, input.unit),
    unit: input.unit.text,
    fixed: formatUnits(input.fixedUnits, input.unit),
    minimum: formatUnits(input.minimumUnits, input.unit),
    method: input.method,
    ties: input.ties,
    recipients,
  }
}

/**
 * Validates an allocation input and returns its canonical form; throws {@link AllocationError} with
 * the code of the first problem (see {@link AllocationErrorCode}).
 *
 * @example
 * ```ts
 * import { parseAllocateInput } from '@talka/allocation'
 * parseAllocateInput({ total: '11538', unit: '1', recipients: [{ id: 'Skuodo m.', weight: '5728' }] }).total // '11538'
 * ```
 */
export function parseAllocateInput(input: unknown): CanonicalAllocateInput {
  return canonicalOf(normalizeAllocateInput(input))
}

/**
 * Like {@link parseAllocateInput}, returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseAllocateInput } from '@talka/allocation'
 * const r = safeParseAllocateInput({ total: '1', recipients: [] })
 * if (!r.success) r.error.code // 'NO_RECIPIENTS'
 * ```
 */
export const safeParseAllocateInput: (
  input: unknown,
) => SafeParseResult<CanonicalAllocateInput, AllocationError> = toSafeParse(parseAllocateInput)
