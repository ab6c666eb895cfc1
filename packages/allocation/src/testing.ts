/**
 * fast-check arbitraries for allocation inputs, so integrators can property-test their own systems
 * (an API, a spreadsheet export, a municipal tool) with the generators `@talka/allocation`'s own
 * tests use. Import from `@talka/allocation/testing`; needs `fast-check`.
 *
 * @packageDocumentation
 */

import { formatFixed, parseScaledDecimal } from '@talka/core'
import fc from 'fast-check'
import type { AllocateInput, Recipient, Weight } from './allocate-input.js'

/**
 * Options of {@link recipientsArb}.
 *
 * @example
 * ```ts
 * import type { RecipientsArbOptions } from '@talka/allocation/testing'
 * const options: RecipientsArbOptions = { maxLength: 60, maxWeight: 600_000 }
 * ```
 */
export interface RecipientsArbOptions {
  readonly minLength?: number
  readonly maxLength?: number
  /** Largest weight (default 100,000). */
  readonly maxWeight?: number
  /** Draw weights from a few small values so that equal remainders (ties) are frequent. */
  readonly tieProne?: boolean
  /** Allow zero weights (default true); at least one weight is always positive. */
  readonly zeroWeights?: boolean
  /** Which forms weights take: number, bigint, digit string (default: all three). */
  readonly weightForms?: readonly ('number' | 'bigint' | 'string')[]
}

const ID_CHARS = ['a', 'b', 'c', 'Ž', 'ą', 'z', 'Z', '0', '-', ' ', 'é', '\uFF5E', '😀', 'ė']

/**
 * Lists of recipients with unique ids (including non-ASCII and astral characters, to exercise the
 * code-point tie rule) and non-negative integer weights, at least one positive.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { recipientsArb } from '@talka/allocation/testing'
 * fc.assert(fc.property(recipientsArb({ maxLength: 10 }), (rs) => new Set(rs.map((r) => r.id)).size === rs.length))
 * ```
 */
export function recipientsArb(options: RecipientsArbOptions = {}): fc.Arbitrary<Recipient[]> {
  const minLength = Math.max(1, options.minLength ?? 1)
  const maxLength = Math.max(minLength, options.maxLength ?? 30)
  const maxWeight = options.maxWeight ?? 100_000
  const zero = options.zeroWeights ?? true
  const weightValue = options.tieProne
    ? fc.constantFrom(...(zero ? [0, 1, 2, 3, 6] : [1, 2, 3, 6]))
    : fc.integer({ min: zero ? 0 : 1, max: maxWeight })
  const forms = options.weightForms ?? ['number', 'bigint', 'string']
  const weight: fc.Arbitrary<Weight> = fc
    .tuple(weightValue, fc.constantFrom(...forms))
    .map(([w, form]) => (form === 'bigint' ? BigInt(w) : form === 'string' ? String(w) : w))
  const id = fc.string({ unit: fc.constantFrom(...ID_CHARS), minLength: 1, maxLength: 4 })
  return fc
    .uniqueArray(fc.record({ id, weight }), { minLength, maxLength, selector: (r) => r.id })
    .filter((rs) => rs.some((r) => BigInt(r.weight) > 0n))
}

/**
 * Options of {@link allocateInputArb}.
 *
 * @example
 * ```ts
 * import type { AllocateInputArbOptions } from '@talka/allocation/testing'
 * const options: AllocateInputArbOptions = { units: ['1'], fixed: false }
 * ```
 */
export interface AllocateInputArbOptions extends RecipientsArbOptions {
  /** Rounding units to draw from (default `'0.01'`, `'1'`, `'100'`, `'0.05'`, `'2.5'`). */
  readonly units?: readonly string[]
  /** Whether to draw a fixed part (default: sometimes). */
  readonly fixed?: boolean
  /** Whether to draw a minimum (default: sometimes). */
  readonly minimum?: boolean
  /** Largest total, in units (default 10,000,000). */
  readonly maxTotalUnits?: number
}

function amountOf(units: bigint, unit: string): string {
  const u = parseScaledDecimal(unit)!
  return formatFixed(units * u.coefficient, u.scale)
}

/**
 * Valid, feasible {@link AllocateInput}s: a unit, a total that is a whole number of units, and
 * optionally a fixed part and a minimum that fit in the total (fixed × n ≤ total, minimum × n ≤
 * total), over {@link recipientsArb} recipients.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { allocate } from '@talka/allocation'
 * import { allocateInputArb } from '@talka/allocation/testing'
 * fc.assert(fc.property(allocateInputArb(), (input) => allocate(input).certificate.sum.equal))
 * ```
 */
export function allocateInputArb(options: AllocateInputArbOptions = {}): fc.Arbitrary<AllocateInput> {
  const units = options.units ?? ['0.01', '1', '100', '0.05', '2.5']
  const maxTotal = options.maxTotalUnits ?? 10_000_000
  return fc
    .record({
      recipients: recipientsArb(options),
      unit: fc.constantFrom(...units),
      share: fc.integer({ min: 0, max: 1000 }),
      minShare: fc.integer({ min: 0, max: 1500 }),
      extra: fc.integer({ min: 0, max: maxTotal }),
      useFixed: options.fixed === undefined ? fc.boolean() : fc.constant(options.fixed),
      useMinimum: options.minimum === undefined ? fc.boolean() : fc.constant(options.minimum),
      ties: fc.constantFrom<'resolve' | undefined>('resolve', undefined),
    })
    .map(({ recipients, unit, share, minShare, extra, useFixed, useMinimum, ties }) => {
      const n = BigInt(recipients.length)
      const fixedUnits = useFixed ? BigInt(share) : 0n
      const minimumUnits = useMinimum ? BigInt(minShare) : 0n
      const floor = (fixedUnits > minimumUnits ? fixedUnits : minimumUnits) * n
      const totalUnits = floor + BigInt(extra)
      const input: { -readonly [K in keyof AllocateInput]: AllocateInput[K] } = {
        total: amountOf(totalUnits, unit),
        unit,
        recipients,
      }
      if (useFixed) input.fixed = amountOf(fixedUnits, unit)
      if (useMinimum) input.minimum = amountOf(minimumUnits, unit)
      if (ties) input.ties = ties
      return input
    })
}
