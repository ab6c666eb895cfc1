import {
  type CatalogEntry,
  checkCatalog,
  checkMessageCatalog,
  ParameterStore,
  type RuleDescriptor,
} from '@talka/core'
import { catalogSchemaMismatches } from '@talka/core/testing'
import { describe, expect, test } from 'vitest'
import { volunteeringCatalog, volunteeringRules } from './catalog.js'
import { volunteeringMessages } from './messages.js'
import { PARAMETER_IDS, volunteeringParameters } from './parameters.js'

describe('volunteeringCatalog', () => {
  test('is exactly what core’s strict CatalogEntrySchema describes, entry by entry (as JSON)', () => {
    expect(catalogSchemaMismatches(volunteeringCatalog)).toEqual([])
  })

  test('passes checkCatalog: every rule and parameter value has a valid reference and lt/en texts', () => {
    expect(checkCatalog(volunteeringCatalog)).toEqual([])
  })

  test('the check fails on a rule without a citation', () => {
    const rule = volunteeringRules[1]!
    const broken = { ...rule, refs: [] as unknown as RuleDescriptor['refs'] }
    expect(checkCatalog([broken])).toContain(`${rule.id}: no legal reference`)
    const noUrl = { ...rule, refs: [{ act: 'XI-1500', article: '5' }] as unknown as RuleDescriptor['refs'] }
    expect(checkCatalog([noUrl]).some((p) => p.startsWith(`${rule.id}: invalid legal reference`))).toBe(true)
  })

  test('the check fails on a rule without lt or en messages', () => {
    const rule = volunteeringRules[2]!
    const [key, text] = Object.entries(rule.messages)[0]!
    const noEn: CatalogEntry = { ...rule, messages: { [key]: { lt: text.lt, en: '' } } }
    expect(checkCatalog([noEn])).toContain(`${rule.id}: ${key}: no en text`)
    const noLt: CatalogEntry = { ...rule, title: { lt: '', en: rule.title.en } }
    expect(checkCatalog([noLt])).toContain(`${rule.id}: no lt title`)
    expect(checkCatalog([{ ...rule, messages: {} }])).toContain(`${rule.id}: no messages`)
  })

  test('rule ids are prefixed with the package name and unique', () => {
    const ids = volunteeringCatalog.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id.startsWith('volunteering.')).toBe(true)
  })

  test('every message belongs to a rule, and every rule message is in the package catalog', () => {
    const ruleKeys = new Set(volunteeringRules.flatMap((r) => Object.keys(r.messages)))
    expect([...ruleKeys].sort()).toEqual(Object.keys(volunteeringMessages).sort())
    expect(checkMessageCatalog(volunteeringMessages)).toEqual([])
  })

  test('Lithuanian texts are Lithuanian (diacritics present across the catalog, differ from English)', () => {
    const all = Object.values(volunteeringMessages)
    for (const m of all) expect(m.lt).not.toBe(m.en)
    expect(all.filter((m) => /[ąčęėįšųūž]/i.test(m.lt)).length).toBeGreaterThan(all.length * 0.8)
  })

  test('references without an article or point are not marked verified and say why in their note', () => {
    const refs = volunteeringRules
      .flatMap((r) => r.refs)
      .filter((r) => r.article === undefined && r.point === undefined)
    for (const ref of refs) {
      expect(ref.status).not.toBe('verified')
      expect(ref.note).toMatch(/not (read|cited|found)/)
    }
  })
})

describe('volunteeringParameters', () => {
  const store = new ParameterStore(volunteeringParameters)
  test('every parameter is in the store and in the catalog', () => {
    for (const id of Object.values(PARAMETER_IDS)) {
      expect(store.has(id)).toBe(true)
      expect(volunteeringCatalog.some((e) => e.kind === 'parameter' && e.id === id)).toBe(true)
    }
  })
  test('values by date', () => {
    expect(store.at('volunteering.edition-in-force', '2024-06-30').value).toBe('original')
    expect(store.at('volunteering.edition-in-force', '2024-07-01').value).toBe('new')
    expect(store.at('volunteering.activity.long-term-min-days', '2025-01-10').value).toBe(60)
    expect(store.at('volunteering.expenses.meals-min-hours', '2020-01-01').value).toBe(4)
    expect(store.at('volunteering.transition.original-terms-until', '2025-01-10').value).toMatchObject({
      date: null,
      year: 2027,
    })
    expect(store.at('volunteering.expenses.per-diem-rates', '2025-01-10').value).toBeNull()
  })
  test('no classification parameters before the new edition', () => {
    expect(() => store.at('volunteering.activity.long-term-min-days', '2024-06-30')).toThrowError(
      expect.objectContaining({ code: 'TIMELINE_NO_VALUE' }),
    )
  })
})
