import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import type { PreparedInput } from './prepared-input.js'
import { firstIdsInclude, listIds } from './reason-texts.js'
import { type ScoringContext, scoreApplications } from './scoring.js'

// Applications given by their evaluation totals (integers), and a divergence rule.
const caseArb = fc.record({
  totals: fc.array(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }), { maxLength: 30 }),
  initial: fc.integer({ min: 1, max: 3 }),
  threshold: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  resolve: fc.constantFrom('average-of-closest-two' as const, 'average-all' as const),
})

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never

function scoreBoth(c: Case) {
  const evalStart = new Int32Array(c.totals.length + 1)
  c.totals.forEach((t, i) => {
    evalStart[i + 1] = evalStart[i]! + t.length
  })
  const flat = c.totals.flat()
  const prepared = { count: c.totals.length, evalStart } as unknown as PreparedInput
  const divergence = {
    threshold: { coefficient: 0n, scale: 0 },
    thresholdText: '0',
    unit: 'points' as const,
    resolve: c.resolve,
    initial: c.initial,
  }
  const ctx = (mode: 'number' | 'bigint'): ScoringContext => ({
    mode,
    unitScale: 2,
    weights: [],
    maxTotal: 60n,
    threshold: c.threshold === null ? null : mode === 'number' ? c.threshold : BigInt(c.threshold),
    divergence,
    passThreshold: null,
  })
  const numbers = scoreApplications(prepared, Float64Array.from(flat), ctx('number'))
  const bigints = scoreApplications(prepared, flat.map(BigInt), ctx('bigint'))
  return { numbers, bigints }
}

describe('properties', () => {
  test.prop([caseArb])(
    'under a divergence rule, the number loop scores every application as the generic bigint path does',
    (c) => {
      const { numbers, bigints } = scoreBoth(c)
      expect([...numbers.status]).toEqual([...bigints.status])
      expect([...numbers.n]).toEqual([...bigints.n])
      expect([...numbers.required]).toEqual([...bigints.required])
      expect([...numbers.resolved]).toEqual([...bigints.resolved])
      expect([...numbers.sum].map(BigInt)).toEqual([...bigints.sum])
      expect([...numbers.spread!].map(BigInt)).toEqual([...bigints.spread!])
      expect([...numbers.used]).toEqual([...bigints.used])
    },
  )

  test.prop([fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 25 })])(
    'a tie group member the message does not list gets the same text as any other such member',
    (group) => {
      const unlisted = group.filter((id) => !firstIdsInclude(group, id))
      for (const id of unlisted) expect(listIds(group, id)).toBe(listIds(group, unlisted[0]!))
      expect(unlisted.length).toBe(Math.max(0, group.length - 10))
    },
  )
})
