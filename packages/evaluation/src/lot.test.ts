import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { drawLot } from './index.js'

describe('drawLot', () => {
  it('is reproducible from the seed and depends on it', () => {
    const ids = ['A', 'B', 'C', 'D', 'E', 'F']
    expect(drawLot('seed-1', ids)).toEqual(drawLot('seed-1', ids))
    const orders = new Set(['s1', 's2', 's3', 's4', 's5', 's6'].map((s) => drawLot(s, ids).join()))
    expect(orders.size).toBeGreaterThan(1)
  })

  describe('properties', () => {
    test.prop([fc.string(), fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 12 })])(
      'draws a permutation of the group, whatever the order it is given in',
      (seed, ids) => {
        const order = drawLot(seed, ids)
        expect([...order].sort()).toEqual([...ids].sort())
        expect(drawLot(seed, [...ids].reverse())).toEqual(order)
      },
    )
  })
})
