import {
  checkCatalog,
  checkMessageCatalog,
  LegalRefSchema,
  messagePlaceholders,
  ParameterStore,
  renderMessage,
} from '@talka/core'
import { catalogSchemaMismatches } from '@talka/core/testing'
import { describe, expect, it } from 'vitest'
import { allocationCatalog } from './catalog.js'
import { allocationMessages } from './messages.js'
import { allocationParameters } from './parameters.js'

describe('allocationCatalog', () => {
  it('is exactly what core’s strict CatalogEntrySchema describes, entry by entry (as JSON)', () => {
    expect(catalogSchemaMismatches(allocationCatalog)).toEqual([])
  })

  it('is complete: every rule and parameter value has a legal reference with a URL and lt/en texts', () => {
    expect(checkCatalog(allocationCatalog)).toEqual([])
    expect(allocationCatalog.filter((e) => e.kind === 'rule').map((e) => e.id)).toEqual([
      'allocation.largest-remainder',
      'allocation.fixed-part',
      'allocation.minimum-part',
      'allocation.ministry.by-declared-residents',
      'allocation.ministry.by-income-tax-payers',
    ])
    expect(allocationCatalog.filter((e) => e.kind === 'parameter')).toHaveLength(allocationParameters.length)
    expect(allocationCatalog.every((e) => e.id.startsWith('allocation.'))).toBe(true)
    expect(JSON.parse(JSON.stringify(allocationCatalog))).toEqual(allocationCatalog)
  })

  it('cites the ministry orders of the domain specification', () => {
    const actIds = new Set(
      allocationParameters.flatMap((p) => p.timeline.entries.map((e) => e.ref.actId).filter(Boolean)),
    )
    for (const id of ['A1-246', 'A1-269', 'A1-130', 'A1-95', 'A1-55']) expect(actIds).toContain(id)
    for (const p of allocationParameters) for (const e of p.timeline.entries) LegalRefSchema.parse(e.ref)
  })

  it('gives every message in Lithuanian and English with the same placeholders', () => {
    expect(checkMessageCatalog(allocationMessages)).toEqual([])
    for (const key of Object.keys(allocationMessages)) expect(key.startsWith('allocation.')).toBe(true)
    expect(renderMessage(allocationMessages, 'allocation.minimum.not-needed', { minimum: '500' }, 'lt')).toBe(
      'Nė vieno gavėjo dalis nebuvo mažesnė už minimalią sumą 500,00 Eur.',
    )
  })

  it('loads into a ParameterStore and answers by date', () => {
    const store = new ParameterStore(allocationParameters)
    expect(store.at('allocation.community-measure.total', '2021-03-24').value).toBe('2000000.00')
    expect(store.get('allocation.community-measure.total').timeline.find('2025-06-01')).toBeUndefined()
    expect(store.at('allocation.community-measure.basis', '2018-06-01').value).toBe('income-tax-payers')
    expect(store.at('allocation.community-measure.basis', '2018-06-01').ref.number).toBe('A1-293')
    expect(store.get('allocation.community-measure.basis').timeline.find('2020-06-01')).toBeUndefined()
    expect(store.at('allocation.community-measure.basis', '2024-06-01').value).toBe('declared-residents')
    expect(store.at('allocation.community-measure.unit', '2018-06-01').value).toBe('0.01')
    expect(store.get('allocation.community-measure.total').timeline.find('2023-06-01')).toBeUndefined()
    expect(store.at('allocation.community-measure.unit', '2030-01-01').value).toBe('1')
  })
})

describe('Lithuanian messages read like an official letter', () => {
  const sample = (style: string): string | number => {
    if (style === 'amount') return '2600.00'
    if (style === 'number') return '54.0'
    return 'X'
  }
  it('renders every lt message with sample values: no "2946.00", no "54.0", no English words or codes', () => {
    const english =
      /\b(the|and|of|was|were|applied|largest-remainder|round-half-up|floor|recipients?|units?|caps?)\b|[A-Z]{2,}_[A-Z]/
    for (const [key, entry] of Object.entries(allocationMessages)) {
      const placeholders = messagePlaceholders(entry.lt)
      for (const pluralValue of [61, 4]) {
        const params = Object.fromEntries(
          placeholders.map((p) => [p.name, p.style === 'plural' ? pluralValue : sample(p.style)]),
        )
        const text = renderMessage(allocationMessages, key, params, 'lt')
        expect(text, key).not.toMatch(/\d\.\d/)
        expect(text, key).not.toMatch(english)
        if (placeholders.some((p) => p.style === 'plural'))
          expect(text, key).toMatch(pluralValue === 61 ? /61 / : /4 /)
      }
    }
  })

  it('agrees the leftover units in number', () => {
    const params = { total: '2000000', count: 60, unit: '1', leftover: 4 }
    expect(renderMessage(allocationMessages, 'allocation.lr.applied', params, 'lt')).toContain(
      '4 likę vienetai atiteko',
    )
    expect(
      renderMessage(allocationMessages, 'allocation.lr.applied', { ...params, leftover: 21 }, 'lt'),
    ).toContain('21 likęs vienetas atiteko')
    expect(
      renderMessage(allocationMessages, 'allocation.lr.applied', { ...params, leftover: 12 }, 'lt'),
    ).toContain('12 likusių vienetų atiteko')
    expect(renderMessage(allocationMessages, 'allocation.lr.applied', params, 'lt')).toContain(
      '2 000 000,00 Eur',
    )
  })
})
