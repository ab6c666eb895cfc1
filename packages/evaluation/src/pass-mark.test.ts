import { fc, test } from '@fast-check/vitest'
import { formatScaled } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { toCall } from '../test/legacy-call.js'
import { rankApplications } from './index.js'

// The pass mark is reached when the exact average of the totals is at least the pass mark. The ranking
// compares the sum of n totals with the smallest sum that reaches it, ceil(passMark × n); a floor there
// would let through averages just below a pass mark that the scores cannot hit exactly.

const passes = (passMark: string, ...totals: (number | string)[]) =>
  rankApplications({
    call: toCall({ budget: '100.00', passMark, criteria: [{ id: 'q', max: 100 }], lastProject: 'reserve' }),
    applications: [
      {
        id: 'A',
        requested: '1.00',
        evaluations: totals.map((q, j) => ({ evaluator: `E${j + 1}`, scores: { q } })),
      },
    ],
  }).rows[0]!.passed

describe('pass mark boundary', () => {
  it('passes exactly at the pass mark and fails one hundredth below (two evaluators)', () => {
    expect(passes('60.5', 60, 61)).toBe(true)
    expect(passes('60.5', 60.5, 60.48)).toBe(false) // average 60.49
    expect(passes('60', 60, 60)).toBe(true)
    expect(passes('60', 59.99, 59.99)).toBe(false)
  })

  it('passes an average of three totals only at or above the pass mark (60.01: 180.03 needed)', () => {
    // A call states its pass mark with at most two decimals (call.v1), so ceil(passMark × n) is exact.
    expect(passes('60.01', 60, 60, 60.03)).toBe(true)
    expect(passes('60.01', 60, 60, 60.02)).toBe(false)
  })

  describe('properties', () => {
    // Totals in hundredths, and a pass mark in hundredths drawn within a few hundredths of their average, so
    // that the boundary is exercised.
    const near = fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: -3, max: 3 }),
      )
      .map(([hundredths, delta]) => {
        const sum = hundredths.reduce((s, h) => s + h, 0)
        // A pass mark lies within the criteria's range (0–100 here): call.v1 refuses one above it.
        const micro = Math.min(10_000, Math.max(0, Math.floor(sum / hundredths.length) + delta))
        return { hundredths, micro }
      })

    test.prop([near])(
      'an application passes iff its exact average is at least the pass mark',
      ({ hundredths, micro }) => {
        const sum = hundredths.reduce((s, h) => s + h, 0)
        const expected = BigInt(sum) >= BigInt(micro) * BigInt(hundredths.length)
        const totals = hundredths.map((h) => formatScaled(h, 2))
        expect(passes(formatScaled(micro, 2), ...totals)).toBe(expected)
      },
    )
  })
})
