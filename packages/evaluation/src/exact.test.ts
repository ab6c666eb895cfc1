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
import { canonicalSubmittedAt } from './submitted-at.js'

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
  })
})
