import { fc, test } from '@fast-check/vitest'
import { TalkaDecimal as Decimal } from '@talka/core'
import { describe, expect, it } from 'vitest'
import {
  bigFractionToDecimal,
  bigOneDecimal,
  centsToMoney,
  fractionToDecimal,
  moneyCents,
  oneDecimal,
  scoreHundredths,
} from './exact.js'
import { canonicalSubmittedAt, isSubmittedAt } from './submitted-at.js'

describe('exact helpers', () => {
  it('reads two-decimal scores from numbers and strings, refusing more', () => {
    expect(scoreHundredths(0.29)).toBe(29)
    expect(scoreHundredths('7.25')).toBe(725)
    expect(scoreHundredths(0.291)).toBeNull()
    expect(scoreHundredths(-1)).toBeNull()
    expect(scoreHundredths('1e2')).toBeNull()
    expect(scoreHundredths(Number.POSITIVE_INFINITY)).toBeNull()
  })

  it('rounds half-up to one decimal as published', () => {
    expect(oneDecimal(221, 2)).toBe('110.5')
    expect(oneDecimal(2205, 20)).toBe('110.3')
    expect(oneDecimal(220, 2)).toBe('110.0')
    expect(fractionToDecimal(2, 3)).toBe('0.666666666667')
    expect(fractionToDecimal(1, 8)).toBe('0.125')
    expect(fractionToDecimal(999999999999999, 1000000000000000)).toBe('1')
  })

  it('canonicalises submission times so that string order is time order', () => {
    expect(canonicalSubmittedAt('2024-03-20T10:15')).toBe('2024-03-20T10:15:00.000000000')
    expect(canonicalSubmittedAt('2024-02-29')).toBe('2024-02-29T00:00:00.000000000')
    for (const bad of ['2023-02-29', '2024-13-01', '2024-03-20T24:00', '2024-03-20 10:15', '20240320']) {
      expect(canonicalSubmittedAt(bad)).toBeNull()
    }
  })

  describe('properties', () => {
    test.prop([fc.nat(10 ** 12), fc.integer({ min: 1, max: 10 ** 6 })])(
      'fraction printing agrees with decimal.js (12 decimals, half-up), in numbers and bigints',
      (n, d) => {
        const expected = new Decimal(n).div(d).toDecimalPlaces(12, Decimal.ROUND_HALF_UP).toString()
        expect(fractionToDecimal(n, d)).toBe(expected)
        expect(bigFractionToDecimal(BigInt(n), BigInt(d))).toBe(expected)
        const display = new Decimal(n).div(d).toFixed(1, Decimal.ROUND_HALF_UP)
        expect(oneDecimal(n % 10 ** 9, d)).toBe(
          new Decimal(n % 10 ** 9).div(d).toFixed(1, Decimal.ROUND_HALF_UP),
        )
        expect(bigOneDecimal(BigInt(n), BigInt(d))).toBe(display)
      },
    )

    test.prop([fc.nat(10 ** 13 - 1)])('money cents round-trip', (c) => {
      expect(moneyCents(centsToMoney(c))).toBe(c)
    })

    // The definitions the character-code readers implement, as regular expressions.
    const MONEY = /^(0|[1-9]\d{0,10})(?:\.(\d{1,2}))?$/
    const moneyByRegex = (text: string) => {
      const m = MONEY.exec(text)
      return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null
    }
    const digits = (maxLength: number) =>
      fc.string({ unit: fc.constantFrom('0', '1', '9'), maxLength, size: 'max' })
    const moneyLike = fc.oneof(
      // Up to 13 whole digits (11 are allowed) and up to 3 decimals (2 are allowed).
      fc
        .tuple(digits(13), fc.option(digits(3), { nil: undefined }))
        .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`)),
      fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', '+', 'e', ' ', '٣'), maxLength: 15 }),
    )
    test.prop([moneyLike])('money cents are read exactly as the money pattern defines', (text) => {
      expect(moneyCents(text)).toBe(moneyByRegex(text))
    })

    const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/
    const submittedAtByRegex = (text: string) => {
      const m = DATE_TIME.exec(text)
      if (!m) return false
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
      return (
        days !== undefined &&
        day >= 1 &&
        day <= days &&
        Number(m[4] ?? 0) <= 23 &&
        Number(m[5] ?? 0) <= 59 &&
        Number(m[6] ?? 0) <= 59
      )
    }
    // Date-times with every field drawn near its limits, then one character replaced or dropped.
    const dateTimeLike = fc
      .tuple(
        fc.integer({ min: 0, max: 2400 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.string({ unit: fc.constantFrom('0', '5', '9'), maxLength: 10 }),
        fc.integer({ min: 0, max: 4 }),
      )
      .map(([y, mo, d, h, mi, s, fraction, parts]) => {
        const p2 = (n: number) => String(n).padStart(2, '0')
        let text = `${String(y).padStart(4, '0')}-${p2(mo)}-${p2(d)}`
        if (parts > 0) text += `T${p2(h)}:${p2(mi)}`
        if (parts > 1) text += `:${p2(s)}`
        if (parts > 2) text += `.${fraction}`
        return text
      })
      .chain((text) =>
        fc.oneof(
          fc.constant(text),
          fc
            .tuple(fc.nat(text.length), fc.constantFrom('', 'x', '-', ':', 'T', '.', ' ', '1'))
            .map(([i, c]) => text.slice(0, i) + c + text.slice(i + 1)),
        ),
      )
    test.prop([dateTimeLike])(
      'submission times are read exactly as the date-time pattern defines',
      (text) => {
        expect(isSubmittedAt(text)).toBe(submittedAtByRegex(text))
        const canonical = canonicalSubmittedAt(text)
        expect(canonical !== null).toBe(submittedAtByRegex(text))
        if (canonical !== null) {
          expect(canonical).toHaveLength(29)
          expect(canonical.startsWith(text)).toBe(true)
        }
      },
    )
  })
})
