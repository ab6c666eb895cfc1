import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { referenceAllocate } from '../test/reference.js'
import { allocate } from './allocate.js'
import { normalizeAllocateInput } from './allocate-input.js'
import {
  fitsSafeIntegers,
  largestRemainder,
  largestRemainderBig,
  largestRemainderNumber,
  selectNth,
  toBigKernel,
} from './largest-remainder.js'
import { allocateInputArb } from './testing.js'

describe('largest-remainder kernel', () => {
  it('uses bigint arithmetic when safe integers could not hold the products', () => {
    const huge = normalizeAllocateInput({
      total: '1000000000000000000000.00',
      recipients: [
        { id: 'a', weight: 10n ** 30n },
        { id: 'b', weight: '2000000000000000000000000000001' },
        { id: 'c', weight: 7 },
      ],
    })
    expect(fitsSafeIntegers(huge)).toBe(false)
    expect(largestRemainder(huge).mode).toBe('bigint')
    const shares = allocate({
      total: '1000000000000000000000.00',
      recipients: [
        { id: 'a', weight: 10n ** 30n },
        { id: 'b', weight: '2000000000000000000000000000001' },
        { id: 'c', weight: 7 },
      ],
    }).shares.map((s) => s.amount)
    expect(shares).toEqual(['333333333333333333333.33', '666666666666666666666.67', '0.00'])
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

  it('selectNth puts the k-th element in place with smaller ones before it', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000)
    const order = (a: number, b: number) => a - b
    for (const k of [0, 1, 17, 499, 998, 999]) {
      const items = values.slice()
      selectNth(items, k, order)
      expect(items[k]).toBe(k)
      for (let i = 0; i < k; i++) expect(items[i]! < k).toBe(true)
      for (let i = k + 1; i < items.length; i++) expect(items[i]! > k).toBe(true)
    }
  })
})

const bigInputArb = fc
  .record({
    weights: fc.array(fc.bigInt({ min: 0n, max: 10n ** 25n }), { minLength: 1, maxLength: 12 }),
    totalUnits: fc.bigInt({ min: 0n, max: 10n ** 30n }),
    fixedShare: fc.bigInt({ min: 0n, max: 1000n }),
    minimumShare: fc.bigInt({ min: 0n, max: 10n ** 28n }),
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
