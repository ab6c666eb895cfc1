import { z } from 'zod'
import {
  type CanonicalAllocateInput,
  canonicalOf,
  type NormalizedInput,
  weightsOf,
} from './allocate-input.js'
import { formatUnits, fractionToDecimal, gcd, pow10 } from './decimal-units.js'
import { type KernelResult, makeOrder, toBigKernel } from './largest-remainder.js'
import { sha256Hex } from './sha256.js'
import { PRODUCER } from './version.js'

/** The format tag of allocation certificates. @example `cert.format === CERTIFICATE_FORMAT` */
export const CERTIFICATE_FORMAT = 'allocation-certificate.v1' as const

/** Version of the largest-remainder method and tie rule recorded in certificates. @example `'1'` */
export const METHOD_VERSION = '1' as const

const digits = z.string().regex(/^(0|[1-9]\d*)$/)
const decimalText = z.string().regex(/^(0|[1-9]\d*)(\.\d+)?$/)

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
export const FractionSchema = z
  .object({
    numerator: digits,
    denominator: digits.refine((d) => d !== '0', { message: 'Denominator must be positive' }),
    decimal: z.string().regex(/^(0|[1-9]\d*)\.\d{6}$/),
  })
  .meta({ description: 'Exact fraction (reduced) and its value to 6 decimals, rounded half up' })

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

const CanonicalInputSchema = z.object({
  total: decimalText,
  unit: decimalText,
  fixed: decimalText,
  minimum: decimalText,
  method: z.literal('largest-remainder'),
  ties: z.enum(['resolve', 'error']),
  recipients: z.array(z.object({ id: z.string().min(1), weight: digits })).min(1),
})

/**
 * Zod schema of an `allocation-certificate.v1`: the canonical inputs and their SHA-256, the method
 * and its tie rule, each recipient's exact quota, floor, remainder and rank, the tie groups the rule
 * resolved and the sum check. `verifyCertificate` checks the content; this schema checks the shape.
 *
 * @example
 * ```ts
 * import { AllocationCertificateSchema, allocate } from '@talka/allocation'
 * const { certificate } = allocate({ total: '10', unit: '1', recipients: [{ id: 'a', weight: 1 }] })
 * AllocationCertificateSchema.parse(JSON.parse(JSON.stringify(certificate)))
 * ```
 */
export const AllocationCertificateSchema = z
  .object({
    format: z.literal(CERTIFICATE_FORMAT),
    method: z.object({
      name: z.literal('largest-remainder'),
      version: z.string(),
      tieRule: z
        .array(z.string())
        .meta({ description: 'Order of the last units: remainder, then weight, then id (code points)' }),
    }),
    producer: z.object({ package: z.string(), version: z.string() }),
    inputs: CanonicalInputSchema.meta({
      description: 'The canonical inputs the certificate was computed from',
    }),
    inputsHash: z.object({
      algorithm: z.literal('SHA-256'),
      canonicalization: z.literal('RFC8785'),
      value: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    split: z.object({
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
      minimumRounds: z.array(z.object({ round: z.number().int().positive(), raised: z.array(z.string()) })),
    }),
    recipients: z.array(
      z.object({
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
        amount: decimalText,
      }),
    ),
    ties: z.array(
      z.object({
        remainder: FractionSchema,
        members: z.array(z.string()).meta({ description: 'In the order of the tie rule' }),
        awarded: z.array(z.string()),
        decidedBy: z.enum(['weight', 'id']),
      }),
    ),
    sum: z.object({ total: decimalText, amounts: decimalText, equal: z.boolean() }),
  })
  .meta({
    title: CERTIFICATE_FORMAT,
    description: 'A verifiable record of a largest-remainder allocation (@talka/allocation)',
  })

/**
 * An `allocation-certificate.v1`: plain JSON that survives `JSON.parse(JSON.stringify(c))`, from
 * which `verifyCertificate` recomputes and checks every figure.
 *
 * @example
 * ```ts
 * import { allocate, type AllocationCertificate } from '@talka/allocation'
 * const c: AllocationCertificate = allocate({ total: '11', unit: '1', recipients: [
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
export const allocationCertificateJsonSchema: Record<string, unknown> = /* @__PURE__ */ withId(
  z.toJSONSchema(AllocationCertificateSchema, { target: 'draft-2020-12' }) as Record<string, unknown>,
)

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
    parts[i] = `{"id":${JSON.stringify(r.id)},"weight":${JSON.stringify(r.weight)}}`
  }
  const q = JSON.stringify
  return (
    `{"fixed":${q(inputs.fixed)},"method":${q(inputs.method)},"minimum":${q(inputs.minimum)},` +
    `"recipients":[${parts.join(',')}],"ties":${q(inputs.ties)},"total":${q(inputs.total)},"unit":${q(inputs.unit)}}`
  )
}

/** SHA-256 of the canonical JSON of canonical inputs. @internal */
export function hashInputs(inputs: CanonicalAllocateInput): string {
  return sha256Hex(canonicalInputsJson(inputs))
}

/**
 * Builds the certificate of a kernel result. Costs O(n log n) (a full sort for the ranks), which is
 * why `allocate` builds it only when `result.certificate` is first read. @internal
 */
export function buildCertificate(input: NormalizedInput, result: KernelResult): AllocationCertificate {
  const kernel = toBigKernel(result)
  const { unit, ids, fixedUnits, minimumUnits } = input
  const weights = weightsOf(input)
  const euroDen = pow10(unit.scale)
  const fraction = (numeratorUnits: bigint, denominator: bigint): Fraction => {
    // (numeratorUnits / denominator) units = numeratorUnits·step / (denominator·10^scale) EUR
    let num = numeratorUnits * unit.step
    let den = denominator * euroDen
    const g = gcd(num, den)
    if (g > 1n) {
      num /= g
      den /= g
    }
    return { numerator: num.toString(), denominator: den.toString(), decimal: fractionToDecimal(num, den, 6) }
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
  })

  let amountSum = 0n
  let floorSum = 0n
  const recipients = ids.map((id, i) => {
    const units = kernel.units[i]!
    amountSum += units
    if (kernel.minimumApplied[i]) {
      floorSum += minimumUnits
      const round = roundOf.get(i)!
      return {
        id,
        weight: weights[i]!.toString(),
        quota: fraction(minimumUnits, 1n),
        quotaBeforeMinimum: fraction(
          fixedUnits * round.weightSum + round.proportionalUnits * weights[i]!,
          round.weightSum,
        ),
        floor: formatUnits(minimumUnits, unit),
        remainder: zero,
        remainderRank: null,
        extraUnit: false,
        minimumApplied: true,
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
      })),
    },
    recipients,
    ties,
    sum: {
      total: inputs.total,
      amounts: formatUnits(amountSum, unit),
      equal: amountSum === input.totalUnits,
    },
  }
}
