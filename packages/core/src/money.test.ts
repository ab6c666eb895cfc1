import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { isTalkaError } from './errors.js'
import { Money, MoneyStringSchema, parseMoney, safeParseMoney } from './money.js'
import { centsArb, moneyStringArb } from './testing.js'

describe('Money', () => {
  it('parses and serialises decimal strings with two decimals', () => {
    expect(parseMoney('1234.5').toString()).toBe('1234.50')
    expect(parseMoney('-0.05').toString()).toBe('-0.05')
    expect(parseMoney('-0').toString()).toBe('0.00')
    expect(JSON.stringify({ a: parseMoney('7') })).toBe('{"a":"7.00"}')
  })

  it.each([
    ['NaN'],
    ['Infinity'],
    ['-Infinity'],
    ['1e3'],
    ['12.345'],
    ['1 000,5O'],
    ['1,50'],
    [''],
    ['01.5'],
    ['.5'],
  ])('rejects %j with INVALID_MONEY', (input) => {
    const result = safeParseMoney(input)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.code).toBe('INVALID_MONEY')
  })

  it.each([[0.1], [Number.NaN], [Number.POSITIVE_INFINITY], [12n], [null]])(
    'rejects non-strings (%s)',
    (input) => {
      expect(() => parseMoney(input)).toThrowError(expect.objectContaining({ code: 'INVALID_MONEY' }))
    },
  )

  it('adds without float error', () => {
    expect(Money.sum(['0.10', '0.20']).toString()).toBe('0.30')
    expect(parseMoney('1442.05').plus('57.95').toString()).toBe('1500.00')
  })

  it('multiplies with an explicit rounding mode', () => {
    expect(parseMoney('10.00').times('0.335', 'half-up').toString()).toBe('3.35')
    expect(parseMoney('10.00').times('0.335', 'down').toString()).toBe('3.35')
    expect(parseMoney('10.00').times('0.3349', 'down').toString()).toBe('3.34')
    expect(parseMoney('0.05').times('0.5', 'half-even').toString()).toBe('0.02')
  })

  it('formats in Lithuanian and English', () => {
    expect(parseMoney('1442.05').format('lt')).toBe('1 442,05 Eur')
    expect(parseMoney('2000000').format('en')).toBe('EUR 2,000,000.00')
    expect(parseMoney('-3.5').format('en')).toBe('-EUR 3.50')
  })

  it('compares', () => {
    const a = parseMoney('3')
    expect(a.min('2').toString()).toBe('2.00')
    expect(a.max('4').toString()).toBe('4.00')
    expect(a.greaterThan('2.99')).toBe(true)
    expect(a.lessThan('2.99')).toBe(false)
    expect(parseMoney('-1').isNegative()).toBe(true)
    expect(parseMoney('0').isNegative()).toBe(false)
  })

  it('fromCents rejects non-integers, fromDecimal rejects sub-cents', () => {
    expect(() => Money.fromCents(1.5)).toThrowError(expect.objectContaining({ code: 'INVALID_MONEY' }))
    expect(() => Money.fromDecimal(parseMoney('1').toDecimal().div(3))).toThrow()
    const failed = safeParseMoney('x')
    expect(!failed.success && isTalkaError(failed.error, 'INVALID_MONEY')).toBe(true)
  })

  it('zod schema accepts money strings only', () => {
    expect(MoneyStringSchema.safeParse('12.40').success).toBe(true)
    expect(MoneyStringSchema.safeParse('12.405').success).toBe(false)
    expect(MoneyStringSchema.safeParse(12.4).success).toBe(false)
  })
})

describe('properties', () => {
  test.prop([moneyStringArb()])('serialise(parse(s)) is the canonical form of s', (s) => {
    const money = parseMoney(s)
    const [whole, frac = ''] = s.split('.')
    expect(money.toString()).toBe(`${whole}.${frac.padEnd(2, '0')}`)
    expect(parseMoney(money.toString()).equals(money)).toBe(true)
  })

  test.prop([centsArb()])('cents conversion is exact both ways', (cents) => {
    expect(Money.fromCents(cents).toCents()).toBe(cents)
    expect(parseMoney(Money.fromCents(cents).toString()).toCents()).toBe(cents)
  })

  test.prop([fc.array(centsArb(), { maxLength: 50 })])(
    'a sum of money equals the sum of its cents',
    (list) => {
      const total = Money.sum(list.map((c) => Money.fromCents(c)))
      expect(total.toCents()).toBe(list.reduce((a, b) => a + b, 0n))
    },
  )

  test.prop([centsArb(), centsArb()])('a + b - b = a', (a, b) => {
    const x = Money.fromCents(a)
    expect(x.plus(Money.fromCents(b)).minus(Money.fromCents(b)).equals(x)).toBe(true)
  })
})
