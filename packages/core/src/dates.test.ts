import { test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import {
  ageOn,
  compareDates,
  IsoDateSchema,
  PlainDateSchema,
  parsePlainDate,
  safeParsePlainDate,
  Temporal,
} from './dates.js'
import { plainDateArb } from './testing.js'

describe('dates', () => {
  it('parses ISO dates and rejects impossible ones', () => {
    expect(parsePlainDate('2024-02-29').toString()).toBe('2024-02-29')
    for (const bad of ['2023-02-29', '2024-13-01', '2024-7-1', '2024-07-01T00:00', 20240701, null]) {
      const result = safeParsePlainDate(bad)
      expect(result.success).toBe(false)
      if (!result.success) expect(result.error.code).toBe('INVALID_DATE')
    }
  })

  it('zod schemas', () => {
    expect(IsoDateSchema.safeParse('2024-07-01').success).toBe(true)
    expect(IsoDateSchema.safeParse('2024-02-30').success).toBe(false)
    expect(PlainDateSchema.parse('2024-07-01').equals(Temporal.PlainDate.from('2024-07-01'))).toBe(true)
  })

  it('computes age with birthdays on 29 February', () => {
    expect(ageOn('2010-05-01', '2024-04-30')).toBe(13)
    expect(ageOn('2010-05-01', '2024-05-01')).toBe(14)
    expect(ageOn('2008-02-29', '2022-02-28')).toBe(14)
    expect(ageOn('2008-02-29', '2022-02-27')).toBe(13)
    expect(() => ageOn('2010-05-01', '2010-04-30')).toThrowError(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    )
  })

  it('sorts dates', () => {
    expect(['2024-07-01', '2011-08-01'].sort(compareDates)).toEqual(['2011-08-01', '2024-07-01'])
  })
})

describe('properties', () => {
  test.prop([plainDateArb({ min: '1950-01-01', max: '2020-12-31' }), plainDateArb()])(
    'ageOn agrees with Temporal until in years (birthdays other than 29 February)',
    (birth, on) => {
      if (Temporal.PlainDate.compare(on, birth) < 0 || (birth.month === 2 && birth.day === 29)) return
      const age = ageOn(birth, on)
      expect(age).toBe(birth.until(on, { largestUnit: 'years' }).years)
      expect(age).toBeGreaterThanOrEqual(0)
    },
  )
})
