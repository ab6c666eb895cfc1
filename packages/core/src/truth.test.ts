import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { and3, booleanFact, FAIL, not3, or3, PASS, type Truth, truthOf, unknownFrom } from './truth.js'

const truthArb: fc.Arbitrary<Truth> = fc.oneof(
  fc.constant(PASS),
  fc.constant(FAIL),
  fc.constantFrom('a', 'b', 'c').map((fact) => unknownFrom(fact)),
)

const rank = { fail: 0, unknown: 1, pass: 2 } as const

describe('three-valued logic', () => {
  it('decides with known values and names the facts that would decide an unknown', () => {
    expect(and3(PASS, unknownFrom('a'), unknownFrom('b', 'a')).missingFacts).toEqual(['a', 'b'])
    expect(and3(unknownFrom('a'), FAIL)).toBe(FAIL)
    expect(or3(unknownFrom('a'), PASS)).toBe(PASS)
    expect(or3(FAIL, unknownFrom('x')).outcome).toBe('unknown')
    expect(not3(unknownFrom('x')).missingFacts).toEqual(['x'])
    expect(booleanFact('f', false, false)).toBe(PASS)
    expect(booleanFact('f', undefined).missingFacts).toEqual(['f'])
    expect(truthOf(false)).toBe(FAIL)
    expect(and3().outcome).toBe('pass')
    expect(or3().outcome).toBe('fail')
  })

  describe('properties', () => {
    test.prop([fc.array(truthArb, { maxLength: 6 })])(
      'and3 is the minimum and or3 the maximum, in any order',
      (values) => {
        const min = Math.min(2, ...values.map((v) => rank[v.outcome]))
        const max = Math.max(0, ...values.map((v) => rank[v.outcome]))
        expect(rank[and3(...values).outcome]).toBe(min)
        expect(rank[or3(...values).outcome]).toBe(max)
        expect(and3(...[...values].reverse()).outcome).toBe(and3(...values).outcome)
      },
    )

    test.prop([truthArb, truthArb])('De Morgan holds', (a, b) => {
      expect(not3(and3(a, b)).outcome).toBe(or3(not3(a), not3(b)).outcome)
    })
  })
})
