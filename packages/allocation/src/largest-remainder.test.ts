import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { referenceAllocate } from '../test/reference.js'
import { type AllocateInput, normalize, parseAllocateInput } from './allocate-input.js'
import { allocateWithCertificate as allocate } from './certificate.js'
import {
  fitsSafeIntegers,
  kthLargest,
  largestRemainder,
  largestRemainderBig,
  largestRemainderNumber,
  toBigKernel,
} from './largest-remainder.js'
import { allocateInputArb } from './testing.js'

const normalizeAllocateInput = (input: unknown) => normalize(parseAllocateInput(input))

describe('largest-remainder kernel', () => {
  it('uses bigint arithmetic when safe integers could not hold the products', () => {
    const hugeInput = {
      total: '90000000000000.00',
      recipients: [
        { id: 'a', weight: 10n ** 30n },
        { id: 'b', weight: '2000000000000000000000000000001' },
        { id: 'c', weight: 7 },
      ],
    }
    const huge = normalizeAllocateInput(hugeInput)
    expect(fitsSafeIntegers(huge)).toBe(false)
    expect(largestRemainder(huge).mode).toBe('bigint')
    const shares = allocate(hugeInput).shares.map((s) => s.amount)
    expect(shares).toEqual(['30000000000000.00', '60000000000000.00', '0.00'])
    const small = normalizeAllocateInput({ total: '2000000.00', recipients: [{ id: 'a', weight: 562030 }] })
    expect(largestRemainder(small).mode).toBe('number')
  })

  it('handles large inputs (typed arrays) with ties the same way', () => {
    const recipients = Array.from({ length: 600 }, (_, i) => ({
      id: `e${String(i).padStart(3, '0')}`,
      weight: 1,
    }))
    expect(() => allocate({ total: '599', unit: '1', ties: 'error', recipients })).toThrowError(
      expect.objectContaining({ code: 'UNRESOLVED_TIE' }),
    )
    const result = allocate({ total: '599', unit: '1', recipients: [...recipients].reverse() })
    // equal remainders and weights: the ids first in code-point order get the 599 units; e599 does not
    expect(result.shares.find((s) => s.id === 'e599')?.amount).toBe('0')
    expect(result.shares.filter((s) => s.amount === '1')).toHaveLength(599)
    expect(result.certificate.ties[0]).toMatchObject({ decidedBy: 'id' })
    expect(result.certificate.ties[0]?.members).toHaveLength(600)
  })

  it('kthLargest finds the value of each rank, on numbers and on bigints, even on adversarial orders', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000)
    for (const k of [1, 2, 17, 500, 999, 1000]) {
      expect(kthLargest(Float64Array.from(values), values.length, k)).toBe(1000 - k)
      expect(kthLargest(values.map(BigInt), values.length, k)).toBe(BigInt(1000 - k))
    }
    // sorted, reversed and organ-pipe inputs (the quickselect's bad cases end in the sort fallback)
    const sorted = Array.from({ length: 2000 }, (_, i) => i)
    const organ = [...sorted.slice(0, 1000), ...sorted.slice(0, 1000).reverse()]
    expect(kthLargest(Float64Array.from(sorted), 2000, 7)).toBe(1993)
    expect(kthLargest(Float64Array.from([...sorted].reverse()), 2000, 2000)).toBe(0)
    expect(kthLargest(Float64Array.from(organ), 2000, 3)).toBe(998)
  })
})

/** Feasible inputs with caps on some recipients (caps ≥ the floor; the caps together hold the total). */
export const capsInputArb: fc.Arbitrary<AllocateInput> = fc
  .tuple(
    allocateInputArb({ maxLength: 15, units: ['1', '0.01'] }),
    fc.array(fc.option(fc.nat(3000)), { minLength: 15, maxLength: 15 }),
  )
  .map(([input, extras]) => withCaps(input, extras))
  .filter((input): input is AllocateInput => input !== undefined)

function withCaps(input: AllocateInput, extras: readonly (number | null)[]): AllocateInput | undefined {
  const unit = input.unit ?? '0.01'
  const scale = unit.includes('.') ? unit.length - unit.indexOf('.') - 1 : 0
  const step = BigInt(unit.replace('.', ''))
  const units = (text: string | undefined) => {
    if (text === undefined) return 0n
    const [w = '0', f = ''] = text.split('.')
    return BigInt(w + f.padEnd(scale, '0')) / step
  }
  let floor = units(input.fixed)
  if (units(input.minimum) > floor) floor = units(input.minimum)
  const fmt = (u: bigint) => {
    const v = (u * step).toString().padStart(scale + 1, '0')
    return scale === 0 ? v : `${v.slice(0, -scale)}.${v.slice(-scale)}`
  }
  let room = 0n
  let open = false
  const recipients = input.recipients.map((r, i) => {
    const extra = extras[i]
    const zero = BigInt(r.weight) === 0n
    if (extra === null || extra === undefined) {
      if (zero) room += floor
      else open = true
      return r
    }
    const cap = floor + BigInt(extra)
    room += zero ? floor : cap
    return { ...r, cap: fmt(cap) }
  })
  if (!open && room < units(input.total)) return undefined
  return { ...input, recipients }
}

const bigInputArb = fc
  .record({
    weights: fc.array(fc.bigInt({ min: 0n, max: 10n ** 25n }), { minLength: 1, maxLength: 12 }),
    totalUnits: fc.bigInt({ min: 0n, max: 90_000_000_000_000n }),
    fixedShare: fc.bigInt({ min: 0n, max: 1000n }),
    minimumShare: fc.bigInt({ min: 0n, max: 10n ** 13n }),
  })
  .filter((x) => x.weights.some((w) => w > 0n))
  .map(({ weights, totalUnits, fixedShare, minimumShare }) => {
    const n = BigInt(weights.length)
    const minimum = minimumShare * n <= totalUnits ? minimumShare : totalUnits / n
    const fixed = fixedShare * n <= totalUnits ? fixedShare : 0n
    return {
      total: String(totalUnits),
      unit: '1',
      fixed: String(fixed),
      minimum: String(minimum),
      recipients: weights.map((weight, i) => ({ id: `m${i}`, weight })),
    }
  })

describe('properties', () => {
  test.prop([allocateInputArb({ tieProne: true, maxLength: 40 })])(
    'safe-integer and bigint kernels give identical results',
    (input) => {
      const normalized = normalizeAllocateInput(input)
      if (!fitsSafeIntegers(normalized)) return
      const viaNumbers = toBigKernel(largestRemainderNumber(normalized))
      const viaBigints = largestRemainderBig(normalized)
      expect(viaNumbers).toEqual(viaBigints)
    },
  )

  test.prop([
    allocateInputArb({
      tieProne: false,
      maxLength: 40,
      maxWeight: 1_000_000_000,
      maxTotalUnits: 2_000_000_000,
    }),
  ])(
    'in the bigint regime (products beyond 2^53) the safe-integer kernel still equals the bigint one',
    (input) => {
      const normalized = normalizeAllocateInput(input)
      expect(fitsSafeIntegers(normalized)).toBe(true)
      expect(toBigKernel(largestRemainderNumber(normalized))).toEqual(largestRemainderBig(normalized))
    },
  )

  test.prop([
    allocateInputArb({
      tieProne: false,
      maxLength: 40,
      maxWeight: 100_000,
      maxTotalUnits: 90_000_000_000_000,
      units: ['1'],
    }),
  ])(
    'a large total over modest weights (R·w beyond 2^53, R mod W small) splits without bigints, exactly as in bigint',
    (input) => {
      const normalized = normalizeAllocateInput(input)
      expect(toBigKernel(largestRemainderNumber(normalized))).toEqual(largestRemainderBig(normalized))
    },
  )

  test.prop([fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 300 }), fc.nat()])(
    'kthLargest answers the value of rank k in descending order',
    (values, seed) => {
      const k = 1 + (seed % values.length)
      const expected = [...values].sort((a, b) => b - a)[k - 1]
      expect(kthLargest(Float64Array.from(values), values.length, k)).toBe(expected)
    },
  )

  test.prop([capsInputArb])('with caps, the safe-integer and bigint kernels agree', (input) => {
    const normalized = normalizeAllocateInput(input)
    expect(toBigKernel(largestRemainderNumber(normalized))).toEqual(largestRemainderBig(normalized))
  })

  test.prop([bigInputArb])('inputs beyond 2^53 (bigint path) agree with the reference', (input) => {
    const expected = referenceAllocate({
      total: input.total,
      unit: '1',
      fixed: input.fixed,
      minimum: input.minimum,
      ids: input.recipients.map((r) => r.id),
      weights: input.recipients.map((r) => r.weight),
    })
    const result = allocate(input)
    expect(result.shares.map((s) => BigInt(s.amount))).toEqual(expected.units)
    expect(result.certificate.sum.equal).toBe(true)
  })
})
