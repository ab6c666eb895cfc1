import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { detectCsvSeparator } from './separator.js'
import { writeCsv } from './write-csv.js'

describe('detectCsvSeparator', () => {
  it('picks ; or , from the header line, ; on a tie, ignoring quoted text and later lines', () => {
    expect(detectCsvSeparator('Savivaldybė;Gyventojai;Suma')).toBe(';')
    expect(detectCsvSeparator('municipality,residents')).toBe(',')
    expect(detectCsvSeparator('"Suma, Eur";"Vieta, kur"')).toBe(';')
    expect(detectCsvSeparator('Vienas')).toBe(';')
    expect(detectCsvSeparator('a;b\r\nc,d,e,f')).toBe(';')
    expect(detectCsvSeparator('"a\nb,c,d";e\r\n')).toBe(';')
  })
})

// A name may contain the separator in use (it is then quoted), never the other one: 'a,;b;' is
// ambiguous to anyone.
const headerArb = fc.constantFrom(';' as const, ',' as const).chain((separator) =>
  fc.tuple(
    fc.array(
      fc
        .string({ unit: fc.constantFrom('a', 'ė', ' ', separator), minLength: 1 })
        .filter((name) => name.trim() !== ''),
      { minLength: 2, maxLength: 6 },
    ),
    fc.constant(separator),
  ),
)

describe('properties', () => {
  test.prop([headerArb])(
    'finds the separator writeCsv used for a header of two or more names',
    ([names, separator]) => {
      expect(detectCsvSeparator(writeCsv([names], { separator }))).toBe(separator)
    },
  )
})
