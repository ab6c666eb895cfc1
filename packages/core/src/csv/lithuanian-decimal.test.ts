import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { parseLithuanianDecimal } from './lithuanian-decimal.js'

describe('parseLithuanianDecimal', () => {
  it.each([
    ['2 600,00', '2600.00'],
    ['2\u00a0600,00', '2600.00'],
    ['2\u202f600,00', '2600.00'],
    ['2600,5', '2600.5'],
    ['2600.50', '2600.50'],
    ['2600', '2600'],
    ['  12  ', '12'],
    ['1 234 567,89 €', '1234567.89'],
    ['15 563,00 EUR', '15563.00'],
    ['2.600,00', '2600.00'],
    ['2,600.00', '2600.00'],
    ['1.234.567', '1234567'],
    ['1,234,567', '1234567'],
    ['1,234', '1.234'],
    ['007', '7'],
    ['0,00', '0.00'],
    ['-3,50', '-3.50'],
    ['\u22123,50', '-3.50'],
    ['-0', '0'],
  ])('reads %j as %j', (cell, expected) => {
    expect(parseLithuanianDecimal(cell)).toBe(expected)
  })

  it.each([
    '',
    ' ',
    '-',
    ',5',
    '12,',
    '1 23,00',
    '12 34',
    '1.23.4',
    '1.234,567.8',
    '1e5',
    '0x10',
    'septyni',
    '12 €uro',
    '--3',
    '+3',
    '2 600,00 Lt',
    '12.5.2024',
    'Infinity',
    'NaN',
  ])('refuses %j', (cell) => {
    expect(parseLithuanianDecimal(cell)).toBeUndefined()
  })
})

describe('properties', () => {
  const wholeArb = fc.bigInt({ min: 0n, max: 10n ** 15n })
  const fractionArb = fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined })
  const group = (digits: string, sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep)

  test.prop([wholeArb, fractionArb, fc.constantFrom(' ', '\u00a0', '\u202f', ''), fc.constantFrom(',', '.')])(
    'a grouped Lithuanian number reads as its plain decimal string',
    (whole, fraction, space, mark) => {
      const plain = fraction === undefined ? String(whole) : `${whole}.${fraction}`
      const typed = group(String(whole), space) + (fraction === undefined ? '' : `${mark}${fraction}`)
      expect(parseLithuanianDecimal(typed)).toBe(plain)
      expect(parseLithuanianDecimal(`${typed} €`)).toBe(plain)
    },
  )

  test.prop([fc.string()])('the result, when there is one, is a plain decimal string', (text) => {
    const value = parseLithuanianDecimal(text)
    if (value !== undefined) expect(value).toMatch(/^-?(0|[1-9]\d*)(\.\d+)?$/)
  })
})
