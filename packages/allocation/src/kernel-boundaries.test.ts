// Boundaries of the largest-remainder kernel that the mutation run (`pnpm mutation largest-remainder`,
// bench/README.md) found untested: the safe-integer test exactly at 2^53 − 1, the tie error with more
// recipients than the insertion-sort cut-off (17) and its exact ids. (The threshold selection, `kthLargest`, has
// its own tests, adversarial orders included, in largest-remainder.test.ts.)
import { describe, expect, it } from 'vitest'
import { normalize, parseAllocateInput } from './allocate-input.js'
import { allocate } from './index.js'
import { compareProducts, fitsSafeIntegers, largestRemainder } from './largest-remainder.js'

const normalized = (weights: readonly (number | bigint | string)[], total = '1000.00') =>
  normalize(
    parseAllocateInput({
      total,
      recipients: weights.map((weight, i) => ({ id: `r${i}`, weight })),
    }),
  )

const MAX = Number.MAX_SAFE_INTEGER // 2^53 − 1

describe('fitsSafeIntegers', () => {
  it('fits while the weights sum to at most 2^53 − 1, and not one above', () => {
    expect(fitsSafeIntegers(normalized([2 ** 52, 2 ** 52 - 1]))).toBe(true)
    expect(fitsSafeIntegers(normalized([2 ** 52, 2 ** 52]))).toBe(false)
    expect(fitsSafeIntegers(normalized([MAX]))).toBe(true)
    expect(fitsSafeIntegers(normalized([MAX, 0, 0]))).toBe(true)
    expect(fitsSafeIntegers(normalized([MAX, 1]))).toBe(false)
    expect(fitsSafeIntegers(normalized([1, MAX]))).toBe(false)
    expect(fitsSafeIntegers(normalized([`${MAX + 1}`]))).toBe(false)
  })

  it('gives the same shares on both sides of the boundary as the bigint kernel', () => {
    for (const weights of [
      [2 ** 52, 2 ** 52 - 1, 0],
      [2 ** 52, 2 ** 52, 1],
      [MAX, 1, 3],
    ]) {
      const input = normalized(weights, '0.07')
      const kernel = largestRemainder(input)
      expect(kernel.mode).toBe(fitsSafeIntegers(input) ? 'number' : 'bigint')
      const shares = allocate({
        total: '0.07',
        recipients: weights.map((weight, i) => ({ id: `r${i}`, weight })),
      }).shares.map((s) => s.amount)
      const W = weights.reduce((s, w) => s + BigInt(w), 0n)
      // 7 cents by weight: the floors, then one cent each to the largest remainders (weight, then id).
      const exact = weights.map((w) => (7n * BigInt(w)) / W)
      const left = 7n - exact.reduce((s, x) => s + x, 0n)
      const byRemainder = weights
        .map((w, i) => ({ i, r: (7n * BigInt(w)) % W, w: BigInt(w) }))
        .sort((a, b) => (a.r !== b.r ? (a.r > b.r ? -1 : 1) : a.w !== b.w ? (a.w > b.w ? -1 : 1) : a.i - b.i))
      for (let k = 0; k < Number(left); k++) exact[byRemainder[k]!.i]! += 1n
      expect(shares).toEqual(exact.map((c) => `0.0${c}`))
    }
  })
})

describe('compareProducts', () => {
  it('is exact on both sides of 2^53', () => {
    expect(compareProducts(2 ** 26, 2 ** 27, 2 ** 53 - 1, 1)).toBe(1)
    expect(compareProducts(2 ** 53 - 1, 1, 2 ** 26, 2 ** 27)).toBe(-1)
    expect(compareProducts(3, 5, 5, 3)).toBe(0)
    // Products past 2^53 that doubles would round to the same value.
    expect(compareProducts(2 ** 30 + 1, 2 ** 30 - 1, 2 ** 30, 2 ** 30)).toBe(-1)
    expect(compareProducts(2 ** 30, 2 ** 30, 2 ** 30 + 1, 2 ** 30 - 1)).toBe(1)
    expect(compareProducts(MAX, 3, 3, MAX)).toBe(0)
  })
})

describe("ties: 'error' with more recipients than the insertion-sort cut-off", () => {
  // 30 recipients, 29 units over weights summing to 290: weight 10 gives one unit and no remainder; the
  // others (9, 8, 6, 16, 1) leave 3 units for remainders .9, .8 and a tie .6 = .6 (16 → 1 unit, .6 left).
  const recipients = Array.from({ length: 30 }, (_, i) => ({
    id: `p${String(i).padStart(2, '0')}`,
    weight: 10,
  }))
  const special: Record<number, number> = { 3: 6, 7: 1, 12: 9, 21: 16, 26: 8 }
  for (const [at, weight] of Object.entries(special))
    recipients[Number(at)] = { ...recipients[Number(at)]!, weight }
  const total = String(recipients.reduce((s, r) => s + r.weight, 0) / 10)

  it('refuses with exactly the tied recipients and the units at stake', () => {
    expect(total).toBe('29')
    let error: unknown
    try {
      allocate({ total, unit: '1', ties: 'error', recipients })
    } catch (e) {
      error = e
    }
    expect(error).toMatchObject({ code: 'UNRESOLVED_TIE' })
    expect((error as { details?: unknown }).details).toEqual({ ids: ['p03', 'p21'], units: 3 })
    // The same whatever the order of the recipients.
    expect(() =>
      allocate({ total, unit: '1', ties: 'error', recipients: [...recipients].reverse() }),
    ).toThrowError(expect.objectContaining({ details: { ids: ['p21', 'p03'], units: 3 } }))
  })

  it("resolves the same tie by weight under 'resolve'", () => {
    const shares = Object.fromEntries(
      allocate({ total, unit: '1', recipients }).shares.map((s) => [s.id, s.amount] as const),
    )
    expect([shares.p12, shares.p26, shares.p21, shares.p03, shares.p07]).toEqual(['1', '1', '2', '0', '0'])
  })

  it('does not refuse when the last unit is not contested (the third remainder is alone)', () => {
    // p21 17 (.7) and p07 0: remainders .9, .8, .7, .6, 0 still sum to 3 units.
    const unique = recipients.map((r) =>
      r.id === 'p21' ? { ...r, weight: 17 } : r.id === 'p07' ? { ...r, weight: 0 } : r,
    )
    const shares = Object.fromEntries(
      allocate({ total, unit: '1', ties: 'error', recipients: unique }).shares.map(
        (s) => [s.id, s.amount] as const,
      ),
    )
    expect([shares.p12, shares.p26, shares.p21, shares.p03, shares.p07]).toEqual(['1', '1', '2', '0', '0'])
  })
})
