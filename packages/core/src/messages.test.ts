import { describe, expect, it } from 'vitest'
import { coreMessages } from './core-messages.js'
import { isTalkaError } from './errors.js'
import { checkMessageCatalog, formatMessage, messagePlaceholders, renderMessage } from './messages.js'
import { formatAmount, formatNumber, pluralCategory } from './number-format.js'

describe('Lithuanian and English number forms', () => {
  it('formats amounts as an official letter does', () => {
    expect(formatAmount('2600', 'lt')).toBe('2 600,00 Eur')
    expect(formatAmount('2946', 'lt')).toBe('2 946,00 Eur')
    expect(formatAmount('1234567.8', 'lt')).toBe('1 234 567,80 Eur')
    expect(formatAmount('999', 'lt')).toBe('999,00 Eur')
    expect(formatAmount(144205, 'en')).toBe('EUR 1,442.05')
    expect(formatAmount('-3', 'en')).toBe('-EUR 3.00')
  })

  it('keeps the written decimals of scores', () => {
    expect(formatNumber('54.0', 'lt')).toBe('54,0')
    expect(formatNumber('54.0', 'en')).toBe('54.0')
    expect(formatNumber(12345, 'lt')).toBe('12 345')
    expect(formatNumber('2021', 'lt')).toBe('2 021')
    expect(formatNumber('n/a', 'lt')).toBe('n/a')
  })

  it('chooses Lithuanian plural forms by CLDR categories', () => {
    const days = '{n, plural, one {# diena} few {# dienos} other {# dienų}}'
    expect(formatMessage(days, { n: 1 }, 'lt')).toBe('1 diena')
    expect(formatMessage(days, { n: 61 }, 'lt')).toBe('61 diena')
    expect(formatMessage(days, { n: 4 }, 'lt')).toBe('4 dienos')
    expect(formatMessage(days, { n: 11 }, 'lt')).toBe('11 dienų')
    expect(formatMessage(days, { n: 30 }, 'lt')).toBe('30 dienų')
    const units = '{n, plural, one {# vienetas} few {# vienetai} other {# vienetų}}'
    expect(formatMessage(units, { n: 4 }, 'lt')).toBe('4 vienetai')
    expect(formatMessage('{n, plural, one {# balas} few {# balai} other {# balų}}', { n: 1 }, 'lt')).toBe(
      '1 balas',
    )
    expect(formatMessage('{n, plural, one {# day} other {# days}}', { n: 61 }, 'en')).toBe('61 days')
    expect(formatMessage('{n, plural, =0 {none} other {# left}}', { n: 0 }, 'en')).toBe('none')
    expect(pluralCategory(1.5, 'lt')).toBe('many')
  })

  it('renders amounts and numbers in templates', () => {
    expect(
      formatMessage('Skirta {sum, amount}, vidurkis {avg, number}.', { sum: '2946.00', avg: '54.0' }, 'lt'),
    ).toBe('Skirta 2 946,00 Eur, vidurkis 54,0.')
    expect(formatMessage('Granted {sum, amount}.', { sum: '2946.00' }, 'en')).toBe('Granted EUR 2,946.00.')
    expect(messagePlaceholders('{a, amount} ir {b}')).toEqual([
      { name: 'a', style: 'amount' },
      { name: 'b', style: 'plain' },
    ])
  })

  it('treats a missing value, a boolean amount or a malformed plural as a bug', () => {
    const expectBug = (run: () => unknown) => {
      try {
        run()
        expect.unreachable()
      } catch (error) {
        expect(isTalkaError(error, 'UNKNOWN_MESSAGE')).toBe(true)
      }
    }
    expectBug(() => formatMessage('Labas, {name}!', {}, 'lt'))
    expectBug(() => formatMessage('{x, amount}', { x: true }, 'lt'))
    expectBug(() => formatMessage('{n, plural, one {# a}}', { n: 1 }, 'lt'))
    expectBug(() => formatMessage('{n, plural, one {# a} other {# b}', { n: 1 }, 'lt'))
    expectBug(() => renderMessage({}, 'nope', {}, 'lt'))
    expectBug(() => renderMessage({}, '__proto__', {}, 'lt'))
    expectBug(() => formatMessage('{toString}', {}, 'lt'))
  })

  it('core catalog is complete and its Lithuanian has no decimal points outside quoted inputs', () => {
    expect(checkMessageCatalog(coreMessages)).toEqual([])
    for (const entry of Object.values(coreMessages)) {
      expect(entry.lt.replace(/„[^“]*“/g, '')).not.toMatch(/\d\.\d/)
    }
    expect(checkMessageCatalog({ a: { lt: '{x, amount}', en: '{y}' } })).toEqual([
      'a: placeholders differ: lt {x}, en {y}',
    ])
  })
})
