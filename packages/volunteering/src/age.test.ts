import { test as fcTest } from '@fast-check/vitest'
import { ageOn, Temporal } from '@talka/core'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { anniversary, isOlderThan, isYoungerThan, yearsCompletedBefore } from './age.js'
import { asOfArb, birthDateArb } from './testing.js'

describe('older than 14 ("vyresni kaip 14 metų")', () => {
  const birth = '2010-05-01'
  test('the day before the 14th birthday: not older than 14', () => {
    expect(isOlderThan(birth, 14, '2024-04-30')).toBe(false)
  })
  test('on the 14th birthday: not yet older than 14 (14 years complete only at the end of the day)', () => {
    expect(isOlderThan(birth, 14, '2024-05-01')).toBe(false)
  })
  test('the day after the 14th birthday: older than 14', () => {
    expect(isOlderThan(birth, 14, '2024-05-02')).toBe(true)
  })
  test('born on 29 February: the anniversary is 28 February in common years (Civil Code art. 1.121)', () => {
    expect(anniversary('2012-02-29', 14).toString()).toBe('2026-02-28')
    expect(isOlderThan('2012-02-29', 14, '2026-02-28')).toBe(false)
    expect(isOlderThan('2012-02-29', 14, '2026-03-01')).toBe(true)
    expect(anniversary('2012-02-29', 16).toString()).toBe('2028-02-29')
  })
})

describe('younger than 18 ("jaunesni kaip 18 metų")', () => {
  test('up to and including the 18th birthday; not from the day after', () => {
    expect(isYoungerThan('2006-05-01', 18, '2024-04-30')).toBe(true)
    expect(isYoungerThan('2006-05-01', 18, '2024-05-01')).toBe(true)
    expect(isYoungerThan('2006-05-01', 18, '2024-05-02')).toBe(false)
  })
  test('a person not yet born has completed 0 years', () => {
    expect(yearsCompletedBefore('2030-01-01', '2025-01-01')).toBe(0)
    expect(yearsCompletedBefore('2030-01-01', '2030-01-01')).toBe(0)
  })
})

describe('properties', () => {
  const notLeapDay = birthDateArb().filter((d) => !d.endsWith('-02-29'))
  const years = fc.integer({ min: 1, max: 30 })

  fcTest.prop([notLeapDay, asOfArb()])(
    'ageOn agrees with Temporal until in years (birthdays other than 29 February)',
    (birth, asOf) => {
      if (asOf < birth) return
      const temporal = Temporal.PlainDate.from(birth).until(Temporal.PlainDate.from(asOf), {
        largestUnit: 'years',
      }).years
      expect(ageOn(birth, asOf)).toBe(temporal)
    },
  )

  fcTest.prop([notLeapDay, asOfArb(), years])(
    '"older than N" is "Temporal until the previous day ≥ N years" (birthdays other than 29 February)',
    (birth, asOf, n) => {
      const previous = Temporal.PlainDate.from(asOf).subtract({ days: 1 })
      const born = Temporal.PlainDate.from(birth)
      const expected =
        Temporal.PlainDate.compare(previous, born) >= 0 &&
        born.until(previous, { largestUnit: 'years' }).years >= n
      expect(isOlderThan(birth, n, asOf)).toBe(expected)
      expect(isYoungerThan(birth, n, asOf)).toBe(!expected)
    },
  )

  fcTest.prop([birthDateArb(), years])(
    'the person is older than N exactly from the day after the N-th anniversary',
    (birth, n) => {
      const day = anniversary(birth, n)
      expect(isOlderThan(birth, n, day.toString())).toBe(false)
      expect(isOlderThan(birth, n, day.add({ days: 1 }).toString())).toBe(true)
    },
  )
})

describe('29 February differs from Temporal on purpose', () => {
  test('Temporal until counts 29 February → 28 February as one year short; the Civil Code does not', () => {
    const temporal = Temporal.PlainDate.from('2012-02-29').until(Temporal.PlainDate.from('2026-02-28'), {
      largestUnit: 'years',
    }).years
    expect(temporal).toBe(13)
    expect(ageOn('2012-02-29', '2026-02-28')).toBe(14)
  })
})
