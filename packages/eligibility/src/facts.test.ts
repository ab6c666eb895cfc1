import { fc, test } from '@fast-check/vitest'
import { IsoDateSchema } from '@talka/core'
import { isoDateArb } from '@talka/core/testing'
import { describe, expect, it } from 'vitest'
import { DateSchema, normaliseDateFacts } from './facts.js'

describe('DateSchema', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(DateSchema.safeParse('2024-02-29').success).toBe(true)
    expect(DateSchema.safeParse('2023-02-29').success).toBe(false)
    expect(DateSchema.safeParse('2100-02-29').success).toBe(false)
    expect(DateSchema.safeParse('2000-02-29').success).toBe(true)
    expect(DateSchema.safeParse('2023-04-31').success).toBe(false)
    expect(DateSchema.safeParse('2023-4-06').success).toBe(false)
  })

  it('leaves objects without Temporal dates untouched', () => {
    const facts = { foundedOn: '2020-01-01' }
    expect(normaliseDateFacts(facts)).toBe(facts)
    expect(normaliseDateFacts(null)).toBe(null)
  })
})

describe('properties', () => {
  const nearDates = fc
    .tuple(
      fc.integer({ min: 1899, max: 2101 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
  test.prop([
    fc.oneof(isoDateArb({ min: '1900-01-01', max: '2100-12-31' }), nearDates, fc.string({ maxLength: 12 })),
  ])('agrees with core IsoDateSchema on every string', (text) => {
    expect(DateSchema.safeParse(text).success).toBe(IsoDateSchema.safeParse(text).success)
  })
})
