import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { AmountSchema } from './amount-schema.js'
import {
  checkCents,
  formatCents,
  MAX_AMOUNT,
  MAX_AMOUNT_CENTS,
  mulDivFloor,
  parseCents,
  tryParseCents,
} from './cents.js'
import { isTalkaError } from './errors.js'
import { bigGcd, gcd, lcm } from './exact-integers.js'
import {
  bigFractionToDecimal,
  fractionToDecimal,
  fractionToFixed,
  fractionToOneDecimal,
} from './fraction-decimal.js'
import { Money } from './money.js'
import { compareDecimalStrings, formatScaled, parseScaledDecimal, unitsOf } from './scaled-decimal.js'
import { moneyStringArb } from './testing.js'

/** The reference reading of a money string: bigint arithmetic on the digits. */
function referenceCents(text: string): bigint {
  const negative = text.startsWith('-')
  const [whole = '0', frac = ''] = (negative ? text.slice(1) : text).split('.')
  const cents = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'))
  return negative ? -cents : cents
}

describe('money kernel', () => {
  it('reads money strings as whole cents', () => {
    expect(parseCents('1442.05')).toBe(144205)
    expect(parseCents('0.5')).toBe(50)
    expect(parseCents('-0')).toBe(0)
    expect(parseCents(MAX_AMOUNT)).toBe(MAX_AMOUNT_CENTS)
    expect(formatCents(144205)).toBe('1442.05')
    expect(formatCents(-5)).toBe('-0.05')
    expect(formatCents(7n)).toBe('0.07')
  })

  it.each(['1,5', '1e3', '01', '1.', '.5', '1.234', '', ' 1', '+1', 'NaN', '--1'])('refuses %j', (text) => {
    expect(tryParseCents(text)).toBeUndefined()
    expect(() => parseCents(text)).toThrow(expect.objectContaining({ code: 'INVALID_MONEY' }))
  })

  it('refuses amounts beyond the exact range instead of rounding them (40 digits)', () => {
    const huge = '9'.repeat(40)
    expect(tryParseCents(huge)).toBeUndefined()
    expect(() => parseCents(huge)).toThrow(expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE' }))
    expect(() => parseCents('90071992547409.92')).toThrow(
      expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE' }),
    )
    expect(() => Money.parse(huge)).toThrow(expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE' }))
    expect(AmountSchema().safeParse(huge).success).toBe(false)
    expect(() => Money.parse(MAX_AMOUNT).plus('0.01')).toThrow(
      expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE' }),
    )
    expect(() => checkCents(2n ** 60n)).toThrow(expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE' }))
  })

  it('refuses non-strings with a typed error', () => {
    for (const input of [12.5, 12n, null, undefined, {}]) {
      try {
        parseCents(input)
        expect.unreachable()
      } catch (error) {
        expect(isTalkaError(error, 'INVALID_MONEY')).toBe(true)
      }
    }
  })

  describe('properties', () => {
    test.prop([moneyStringArb({ min: -(10n ** 15n), max: 10n ** 15n })])(
      'reads every money string as the bigint reference does',
      (text) => {
        expect(BigInt(parseCents(text))).toBe(referenceCents(text))
      },
    )

    test.prop([fc.bigInt({ min: -BigInt(MAX_AMOUNT_CENTS), max: BigInt(MAX_AMOUNT_CENTS) })])(
      'format and parse are inverse over the whole range',
      (cents) => {
        expect(parseCents(formatCents(cents))).toBe(Number(cents))
        expect(formatCents(Number(cents))).toBe(formatCents(cents))
      },
    )

    test.prop([
      fc.integer({ min: 0, max: MAX_AMOUNT_CENTS }),
      fc.integer({ min: 0, max: MAX_AMOUNT_CENTS }),
      fc.integer({ min: 1, max: MAX_AMOUNT_CENTS }),
    ])('mulDivFloor equals the bigint reference on both paths (a share of a total: b ≤ c)', (a, x, y) => {
      const b = Math.min(x, y)
      const c = Math.max(x, y, 1)
      const { quotient, remainder } = mulDivFloor(a, b, c)
      const product = BigInt(a) * BigInt(b)
      expect(BigInt(quotient)).toBe(product / BigInt(c))
      expect(remainder).toBe(product % BigInt(c))
    })

    test.prop([
      fc.integer({ min: 0, max: 2 ** 26 }),
      fc.integer({ min: 0, max: 2 ** 26 }),
      fc.integer({ min: 1, max: 1000 }),
    ])('mulDivFloor on small numbers (the safe-integer path)', (a, b, c) => {
      const { quotient, remainder } = mulDivFloor(a, b, c)
      expect(quotient * c + Number(remainder)).toBe(a * b)
      expect(Number(remainder)).toBeLessThan(c)
    })
  })
})

describe('AmountSchema', () => {
  it('applies bounds exactly in cents', () => {
    const perProject = AmountSchema({ min: '1000', max: '3000' })
    expect(perProject.safeParse('1000').success).toBe(true)
    expect(perProject.safeParse('3000.00').success).toBe(true)
    expect(perProject.safeParse('999.99').success).toBe(false)
    expect(perProject.safeParse('3000.01').success).toBe(false)
    expect(AmountSchema({ positive: true }).safeParse('0.00').success).toBe(false)
    expect(AmountSchema({ positive: true }).safeParse('0.01').success).toBe(true)
    expect(AmountSchema().safeParse('-1').success).toBe(false)
    expect(AmountSchema({ min: '-10' }).safeParse('-10').success).toBe(true)
    expect(AmountSchema().safeParse(12).success).toBe(false)
    expect(AmountSchema().parse('12.5')).toBe('12.5')
  })

  test.prop([moneyStringArb({ min: 0n, max: 10n ** 9n }), moneyStringArb({ min: 0n, max: 10n ** 9n })])(
    'accepts exactly the amounts not above max',
    (amount, max) => {
      const accepted = AmountSchema({ max }).safeParse(amount).success
      expect(accepted).toBe(referenceCents(amount) <= referenceCents(max))
    },
  )
})

describe('Money on the kernel', () => {
  it('multiplies exactly and rounds as asked', () => {
    expect(Money.parse('10.00').times('0.333', 'half-up').toString()).toBe('3.33')
    expect(Money.parse('0.05').times('0.5', 'half-up').toString()).toBe('0.03')
    expect(Money.parse('0.05').times('0.5', 'half-even').toString()).toBe('0.02')
    expect(Money.parse('0.07').times('0.5', 'half-even').toString()).toBe('0.04')
    expect(Money.parse('0.05').times('0.5', 'down').toString()).toBe('0.02')
    expect(Money.parse('0.05').times('0.5', 'up').toString()).toBe('0.03')
    expect(Money.parse('-0.05').times('0.5', 'half-up').toString()).toBe('-0.03')
    expect(Money.parse('1.00').times('0.1234567890123456789012345678901234567890123', 'up').toString()).toBe(
      '0.13',
    )
  })

  test.prop([
    moneyStringArb({ min: -(10n ** 12n), max: 10n ** 12n }),
    fc.integer({ min: 0, max: 10 ** 6 }),
    fc.integer({ min: 6, max: 12 }),
  ])('times(half-up) by a factor up to 1 equals the bigint reference', (amount, coefficient, scale) => {
    const factor = formatScaled(BigInt(coefficient), scale)
    const cents = referenceCents(amount)
    const numerator = (cents < 0n ? -cents : cents) * BigInt(coefficient)
    const den = 10n ** BigInt(scale)
    const rounded = (numerator * 2n + den) / (2n * den)
    const expected = cents < 0n ? -rounded : rounded
    expect(Money.parse(amount).times(factor, 'half-up').toCents()).toBe(expected === -0n ? 0n : expected)
  })
})

describe('exact decimals and fractions', () => {
  it('parses, compares and divides scaled decimals', () => {
    expect(parseScaledDecimal('25957.00')).toEqual({ coefficient: 25957n, scale: 0 })
    expect(compareDecimalStrings('500', '499.99')).toBe(1)
    expect(compareDecimalStrings('0.10', '0.1')).toBe(0)
    expect(unitsOf({ coefficient: 25n, scale: 0 }, { coefficient: 1n, scale: 2 })).toBe(2500n)
    expect(unitsOf({ coefficient: 1n, scale: 3 }, { coefficient: 1n, scale: 2 })).toBeUndefined()
    expect(fractionToFixed(2n, 3n, 6)).toBe('0.666667')
    expect(fractionToDecimal(221, 4)).toBe('55.25')
    expect(fractionToDecimal(2, 3)).toBe('0.666666666667')
    expect(fractionToDecimal(999999999999999, 1000000000000000)).toBe('1')
    expect(fractionToOneDecimal(221, 2)).toBe('110.5')
    expect(fractionToOneDecimal(108, 2)).toBe('54.0')
    expect(fractionToOneDecimal(10n ** 20n, 3n)).toBe('33333333333333333333.3')
    expect(gcd(12, 18)).toBe(6)
    expect(bigGcd(2n ** 80n, 2n ** 70n * 3n)).toBe(2n ** 70n)
    expect(lcm([2, 3, 4])).toBe(12)
  })

  test.prop([fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 1, max: 10 ** 6 })])(
    'the safe-integer and bigint fractions agree',
    (n, d) => {
      expect(fractionToDecimal(n, d)).toBe(bigFractionToDecimal(BigInt(n), BigInt(d)))
      expect(fractionToOneDecimal(n, d)).toBe(fractionToOneDecimal(BigInt(n), BigInt(d)))
    },
  )
})
