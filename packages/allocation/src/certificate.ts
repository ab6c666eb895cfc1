import { bigGcd, fractionToFixed, type Parsed, pow10, sha256Hex } from '@talka/core'
import { z } from 'zod'
import { type AllocationResult, allocate, formatUnits } from './allocate.js'
import {
  type AllocateInput,
  type CanonicalAllocateInput,
  ensureAllocateInput,
  type NormalizedInput,
  normalize,
  weightsOf,
} from './allocate-input.js'
import { stateOf } from './allocation-state.js'
import { AllocationError } from './errors.js'
import { type KernelResult, makeOrder, toBigKernel } from './largest-remainder.js'
import { PRODUCER } from './version.js'

/** The format tag of allocation certificates. @example `cert.format === CERTIFICATE_FORMAT` */
export const CERTIFICATE_FORMAT = 'allocation-certificate.v1' as const

/** Version of the largest-remainder method and tie rule recorded in certificates. @example `'1'` */
export const METHOD_VERSION = '1' as const

const digits = /* @__PURE__ */ (() => z.string().regex(/^(0|[1-9]\d*)$/))()
const decimalText = /* @__PURE__ */ (() => z.string().regex(/^(0|[1-9]\d*)(\.\d+)?$/))()

/**
 * Zod schema of an exact fraction in a certificate: reduced `numerator/denominator` as digit strings
 * and the value as a decimal string with 6 decimals (rounded half up, for reading).
 *
 * @example
 * ```ts
 * import { FractionSchema } from '@talka/allocation'
 * FractionSchema.parse({ numerator: '2', denominator: '3', decimal: '0.666667' })
 * ```
 */
export const FractionSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      numerator: digits,
      denominator: digits.refine((d) => d !== '0', { message: 'Denominator must be positive' }),
      decimal: z.string().regex(/^(0|[1-9]\d*)\.\d{6}$/),
    })
    .meta({ description: 'Exact fraction (reduced) and its value to 6 decimals, rounded half up' }))()

/**
 * An exact fraction as a certificate records it.
 *
 * @example
 * ```ts
 * import type { Fraction } from '@talka/allocation'
 * const third: Fraction = { numerator: '1', denominator: '3', decimal: '0.333333' }
 * ```
 */
export type Fraction = z.infer<typeof FractionSchema>

const CanonicalInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    total: decimalText,
    unit: decimalText,
    fixed: decimalText,
    minimum: decimalText,
    method: z.literal('largest-remainder'),
    ties: z.enum(['resolve', 'error']),
    recipients: z
      .array(
        z.strictObject({
          id: z.string().min(1),
          weight: digits,
          cap: decimalText.optional().meta({ description: 'Present only when the input gave a cap' }),
        }),
      )
      .min(1),
  }))()

/**
 * Zod schema of an `allocation-certificate.v1`: the canonical inputs and their SHA-256, the method
 * and its tie rule, each recipient's exact quota, floor, remainder and rank, the tie groups the rule
 * resolved and the sum check. `verifyCertificate` checks the content; this schema checks the shape.
 *
 * @example
 * ```ts
 * import { AllocationCertificateSchema, allocateWithCertificate } from '@talka/allocation/certificate'
 * const { certificate } = allocateWithCertificate({ total: '10', unit: '1', recipients: [{ id: 'a', weight: 1 }] })
 * AllocationCertificateSchema.parse(JSON.parse(JSON.stringify(certificate)))
 * ```
 */
export const AllocationCertificateSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      format: z.literal(CERTIFICATE_FORMAT),
      method: z.strictObject({
        name: z.literal('largest-remainder'),
        version: z.string(),
        tieRule: z
          .array(z.string())
          .meta({ description: 'Order of the last units: remainder, then weight, then id (code points)' }),
      }),
      producer: z.strictObject({ package: z.string(), version: z.string() }),
      inputs: CanonicalInputSchema.meta({
        description: 'The canonical inputs the certificate was computed from',
      }),
      inputsHash: z.strictObject({
        algorithm: z.literal('SHA-256'),
        canonicalization: z.literal('RFC8785'),
        value: z.string().regex(/^[0-9a-f]{64}$/),
      }),
      split: z.strictObject({
        fixedTotal: decimalText.meta({
          description: 'Fixed parts given (fixed × recipients in the final split)',
        }),
        minimumTotal: decimalText.meta({ description: 'Amounts given as the minimum' }),
        proportionalTotal: decimalText.meta({ description: 'The rest, split by weight' }),
        weightSum: digits.meta({ description: 'Sum of the weights in the final split' }),
        floorTotal: decimalText.meta({
          description: 'Sum of the floors: floorTotal + leftoverUnits × unit = total',
        }),
        leftoverUnits: z.number().int().nonnegative().meta({ description: 'Units handed out by remainder' }),
        minimumRounds: z.array(
          z.strictObject({
            round: z.number().int().positive(),
            raised: z.array(z.string()),
            capped: z
              .array(z.string())
              .optional()
              .meta({ description: 'Recipients held to their cap in this round (only with caps)' }),
          }),
        ),
        capTotal: decimalText
          .optional()
          .meta({ description: 'Amounts given as caps (only when the inputs have caps)' }),
      }),
      recipients: z.array(
        z.strictObject({
          id: z.string(),
          weight: digits,
          quota: FractionSchema.meta({ description: 'Exact entitlement in EUR before rounding' }),
          quotaBeforeMinimum: FractionSchema.nullable().meta({
            description: 'For a recipient raised to the minimum: its proportional quota in that round',
          }),
          floor: decimalText,
          remainder: FractionSchema,
          remainderRank: z.number().int().positive().nullable(),
          extraUnit: z.boolean(),
          minimumApplied: z.boolean(),
          cap: decimalText.optional().meta({ description: 'The recipient’s cap (only when it has one)' }),
          capApplied: z.boolean().optional().meta({ description: 'Held to its cap (only with caps)' }),
          quotaBeforeCap: FractionSchema.nullable()
            .optional()
            .meta({ description: 'For a recipient held to its cap: its proportional quota in that round' }),
          amount: decimalText,
        }),
      ),
      ties: z.array(
        z.strictObject({
          remainder: FractionSchema,
          members: z.array(z.string()).meta({ description: 'In the order of the tie rule' }),
          awarded: z.array(z.string()),
          decidedBy: z.enum(['weight', 'id']),
        }),
      ),
      sum: z.strictObject({ total: decimalText, amounts: decimalText, equal: z.boolean() }),
    })
    .meta({
      title: CERTIFICATE_FORMAT,
      description: 'A verifiable record of a largest-remainder allocation (@talka/allocation)',
    }))()

/**
 * An `allocation-certificate.v1`: plain JSON that survives `JSON.parse(JSON.stringify(c))`, from
 * which `verifyCertificate` recomputes and checks every figure.
 *
 * @example
 * ```ts
 * import { allocateWithCertificate, type AllocationCertificate } from '@talka/allocation/certificate'
 * const c: AllocationCertificate = allocateWithCertificate({ total: '11', unit: '1', recipients: [
 *   { id: 'a', weight: 6 }, { id: 'b', weight: 6 }, { id: 'c', weight: 2 }] }).certificate
 * c.recipients.map((r) => `${r.id}: ${r.quota.decimal} → ${r.amount}`)
 * // ['a: 4.714286 → 5', 'b: 4.714286 → 5', 'c: 1.571429 → 1']
 * ```
 */
export type AllocationCertificate = z.infer<typeof AllocationCertificateSchema>

/**
 * The published JSON Schema (draft 2020-12) of `allocation-certificate.v1`, generated from
 * {@link AllocationCertificateSchema} with zod 4's `z.toJSONSchema`.
 *
 * @example
 * ```ts
 * import { allocationCertificateJsonSchema } from '@talka/allocation'
 * allocationCertificateJsonSchema.title // 'allocation-certificate.v1'
 * ```
 */
export const allocationCertificateJsonSchema: Record<string, unknown> = /* @__PURE__ */ (() =>
  withId(
    z.toJSONSchema(AllocationCertificateSchema, { target: 'draft-2020-12' }) as Record<string, unknown>,
  ))()

function withId(schema: Record<string, unknown>): Record<string, unknown> {
  // The identifier convention of Talka's JSON Schemas (decision 0053): /schemas/<name>/<version>.json
  const { $schema, ...rest } = schema
  return { $schema, $id: 'https://talka.dev/schemas/allocation-certificate/v1.json', ...rest }
}

/**
 * The canonical JSON (RFC 8785) of canonical inputs, written directly in sorted key order: the same
 * text as `canonicalJson(inputs)` (a property test checks it), without sorting keys per recipient.
 * @internal
 */
export function canonicalInputsJson(inputs: CanonicalAllocateInput): string {
  const parts = new Array<string>(inputs.recipients.length)
  for (let i = 0; i < parts.length; i++) {
    const r = inputs.recipients[i]!
    // Keys in code-unit order: cap < id < weight; no cap key when the input gave none.
    const cap = r.cap === undefined ? '' : `"cap":${JSON.stringify(r.cap)},`
    parts[i] = `{${cap}"id":${JSON.stringify(r.id)},"weight":${JSON.stringify(r.weight)}}`
  }
  const q = JSON.stringify
  return (
    `{"fixed":${q(inputs.fixed)},"method":${q(inputs.method)},"minimum":${q(inputs.minimum)},` +
    `"recipients":[${parts.join(',')}],"ties":${q(inputs.ties)},"total":${q(inputs.total)},"unit":${q(inputs.unit)}}`
  )
}

/** The canonical input of a normalised input (what a certificate records). @internal */
export function canonicalOf(input: NormalizedInput): CanonicalAllocateInput {
  const n = input.ids.length
  const recipients = new Array<{ id: string; weight: string; cap?: string }>(n)
  const big = input.bigWeights
  const numbers = input.weightNumbers
  const caps = input.caps
  for (let i = 0; i < n; i++) {
    // Validated weights have no leading zeros, so the digits of the value are the digits given.
    const weight = big === undefined ? String(numbers[i]!) : big[i]!.toString()
    const cap = caps?.[i]
    recipients[i] =
      cap === undefined || cap === Number.POSITIVE_INFINITY
        ? { id: input.ids[i]!, weight }
        : { id: input.ids[i]!, weight, cap: formatUnits(cap, input.unit) }
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
 * The canonical form of an allocation input (validated once, like `allocate`): what a certificate
 * records and what its hash covers.
 *
 * @example
 * ```ts
 * import { canonicalAllocateInput } from '@talka/allocation/certificate'
 * canonicalAllocateInput({ total: '7', fixed: '1.5', recipients: [{ id: 'a', weight: 1 }] }).fixed // '1.50'
 * ```
 */
export function canonicalAllocateInput(input: AllocateInput | Parsed<AllocateInput>): CanonicalAllocateInput {
  return canonicalOf(normalize(ensureAllocateInput(input)))
}

/** SHA-256 of the canonical JSON of canonical inputs. @internal */
export function hashInputs(inputs: CanonicalAllocateInput): string {
  return sha256Hex(canonicalInputsJson(inputs))
}

/**
 * Builds the certificate of a kernel result. Costs O(n log n) (a full sort for the ranks), which is
 * why it is built only when asked for ({@link certificateOf}). @internal
 */
export function buildCertificate(input: NormalizedInput, result: KernelResult): AllocationCertificate {
  const kernel = toBigKernel(result)
  const { unit, ids } = input
  const fixedUnits = BigInt(input.fixedUnits)
  const minimumUnits = BigInt(input.minimumUnits)
  const caps = input.caps
  const weights = weightsOf(input)
  const euroDen = pow10(unit.scale)
  const fraction = (numeratorUnits: bigint, denominator: bigint): Fraction => {
    // (numeratorUnits / denominator) units = numeratorUnits·step / (denominator·10^scale) EUR
    let num = numeratorUnits * unit.step
    let den = denominator * euroDen
    const g = bigGcd(num, den)
    if (g > 1n) {
      num /= g
      den /= g
    }
    return { numerator: num.toString(), denominator: den.toString(), decimal: fractionToFixed(num, den, 6) }
  }
  const zero: Fraction = { numerator: '0', denominator: '1', decimal: '0.000000' }
  const inputs = canonicalOf(input) as AllocationCertificate['inputs']

  const { active, remainders, floors, weightSum: W, proportionalUnits: R, leftoverUnits } = kernel
  const order = makeOrder(remainders, weights, ids)
  const ranked = Array.from(active).sort(order)
  const rank = new Array<number>(ids.length)
  for (let k = 0; k < ranked.length; k++) rank[ranked[k]!] = k + 1

  const roundOf = new Map<number, { proportionalUnits: bigint; weightSum: bigint }>()
  kernel.rounds.forEach((round) => {
    for (const i of round.raised) roundOf.set(i, round)
    for (const i of round.capped) roundOf.set(i, round)
  })
  // Cap fields appear only when the inputs have caps, so certificates without caps keep their format.
  const capFields = (i: number, applied: boolean, before: Fraction | null) =>
    caps === undefined
      ? {}
      : {
          ...(caps[i] === Number.POSITIVE_INFINITY ? {} : { cap: formatUnits(caps[i]!, unit) }),
          capApplied: applied,
          quotaBeforeCap: before,
        }
  const quotaInRound = (i: number) => {
    const round = roundOf.get(i)!
    return fraction(fixedUnits * round.weightSum + round.proportionalUnits * weights[i]!, round.weightSum)
  }

  let amountSum = 0n
  let floorSum = 0n
  const recipients = ids.map((id, i) => {
    const units = kernel.units[i]!
    amountSum += units
    if (kernel.minimumApplied[i]) {
      floorSum += minimumUnits
      return {
        id,
        weight: weights[i]!.toString(),
        quota: fraction(minimumUnits, 1n),
        quotaBeforeMinimum: quotaInRound(i),
        floor: formatUnits(minimumUnits, unit),
        remainder: zero,
        remainderRank: null,
        extraUnit: false,
        minimumApplied: true,
        ...capFields(i, false, null),
        amount: formatUnits(units, unit),
      }
    }
    if (kernel.capApplied[i]) {
      floorSum += units
      return {
        id,
        weight: weights[i]!.toString(),
        quota: fraction(units, 1n),
        quotaBeforeMinimum: null,
        floor: formatUnits(units, unit),
        remainder: zero,
        remainderRank: null,
        extraUnit: false,
        minimumApplied: false,
        ...capFields(i, true, quotaInRound(i)),
        amount: formatUnits(units, unit),
      }
    }
    floorSum += fixedUnits + floors[i]!
    return {
      id,
      weight: weights[i]!.toString(),
      quota: fraction(fixedUnits * W + R * weights[i]!, W),
      quotaBeforeMinimum: null,
      floor: formatUnits(fixedUnits + floors[i]!, unit),
      remainder: remainders[i]! === 0n ? zero : fraction(remainders[i]!, W),
      remainderRank: rank[i]!,
      extraUnit: kernel.extraUnit[i] === 1,
      minimumApplied: false,
      ...capFields(i, false, null),
      amount: formatUnits(units, unit),
    }
  })

  const ties: AllocationCertificate['ties'] = []
  if (leftoverUnits > 0 && leftoverUnits < ranked.length) {
    const last = ranked[leftoverUnits - 1]!
    const first = ranked[leftoverUnits]!
    if (remainders[last] === remainders[first]) {
      const value = remainders[last]!
      const members = ranked.filter((i) => remainders[i] === value)
      ties.push({
        remainder: fraction(value, W),
        members: members.map((i) => ids[i]!),
        awarded: members.filter((i) => kernel.extraUnit[i]).map((i) => ids[i]!),
        decidedBy: weights[last] !== weights[first] ? 'weight' : 'id',
      })
    }
  }

  const raisedCount = BigInt(kernel.rounds.reduce((s, r) => s + r.raised.length, 0))
  let capTotal = 0n
  for (const round of kernel.rounds) for (const i of round.capped) capTotal += kernel.units[i]!
  return {
    format: CERTIFICATE_FORMAT,
    method: {
      name: 'largest-remainder',
      version: METHOD_VERSION,
      tieRule: ['remainder-desc', 'weight-desc', 'id-code-point-asc'],
    },
    producer: { package: PRODUCER.package, version: PRODUCER.version },
    inputs,
    inputsHash: { algorithm: 'SHA-256', canonicalization: 'RFC8785', value: hashInputs(inputs) },
    split: {
      fixedTotal: formatUnits(fixedUnits * BigInt(active.length), unit),
      minimumTotal: formatUnits(minimumUnits * raisedCount, unit),
      proportionalTotal: formatUnits(R, unit),
      weightSum: W.toString(),
      floorTotal: formatUnits(floorSum, unit),
      leftoverUnits,
      minimumRounds: kernel.rounds.map((round, k) => ({
        round: k + 1,
        raised: round.raised.map((i) => ids[i]!),
        ...(caps === undefined ? {} : { capped: round.capped.map((i) => ids[i]!) }),
      })),
      ...(caps === undefined ? {} : { capTotal: formatUnits(capTotal, unit) }),
    },
    recipients,
    ties,
    sum: {
      total: inputs.total,
      amounts: formatUnits(amountSum, unit),
      equal: amountSum === BigInt(input.totalUnits),
    },
  }
}

/**
 * The `allocation-certificate.v1` of a result of `allocate`: built on first request (a sort and a
 * hash), then kept for that result. Only results returned by `allocate` in this process carry what
 * the certificate needs; for anything else (e.g. a result read back from JSON) it throws
 * {@link AllocationError} `INVALID_INPUT` — recompute with {@link allocateWithCertificate}.
 *
 * @example
 * ```ts
 * import { allocate } from '@talka/allocation'
 * import { certificateOf } from '@talka/allocation/certificate'
 * const result = allocate({ total: '11', unit: '1', recipients: [{ id: 'a', weight: 6 }, { id: 'b', weight: 6 }, { id: 'c', weight: 2 }] })
 * certificateOf(result).recipients.map((r) => r.quota.decimal) // ['4.714286', '4.714286', '1.571429']
 * ```
 */
export function certificateOf(result: AllocationResult): AllocationCertificate {
  const cached = certificates.get(result)
  if (cached) return cached
  const state = stateOf(result)
  if (!state) {
    throw new AllocationError(
      'INVALID_INPUT',
      'certificateOf needs a result returned by allocate (use allocateWithCertificate to recompute one)',
    )
  }
  const certificate = buildCertificate(state.input, state.kernel)
  certificates.set(result, certificate)
  return certificate
}

const certificates = /* @__PURE__ */ new WeakMap<object, AllocationCertificate>()

/**
 * An allocation with its certificate, as one plain object (what the API returns and what golden
 * files store): `allocate` followed by {@link certificateOf}.
 *
 * @example
 * ```ts
 * import { allocateWithCertificate } from '@talka/allocation/certificate'
 * const r = allocateWithCertificate({ total: '10', unit: '1', recipients: [{ id: 'a', weight: 1 }] })
 * r.certificate.sum.equal // true
 * ```
 */
export function allocateWithCertificate(input: AllocateInput | Parsed<AllocateInput>): CertifiedAllocation {
  const result = allocate(input)
  return { ...result, certificate: certificateOf(result) }
}

/**
 * A result of `allocate` as a {@link CertifiedAllocation} whose `certificate` is built on first read
 * (an enumerable getter, so `JSON.stringify` and object spread still see it, with the same keys in
 * the same order as {@link allocateWithCertificate}): the entry points by residents and by taxpayers
 * return it, and a caller that never reads the certificate never pays its sort and hash. @internal
 */
export function withLazyCertificate(result: AllocationResult): CertifiedAllocation {
  return {
    total: result.total,
    unit: result.unit,
    method: result.method,
    shares: result.shares,
    get certificate(): AllocationCertificate {
      return certificateOf(result)
    },
  }
}

/**
 * A result of `allocate` together with its certificate.
 *
 * @example
 * ```ts
 * import type { CertifiedAllocation } from '@talka/allocation'
 * declare const r: CertifiedAllocation
 * r.certificate.inputsHash.value
 * ```
 */
export interface CertifiedAllocation extends AllocationResult {
  readonly certificate: AllocationCertificate
}
