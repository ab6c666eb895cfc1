import { checkCatalog, checkMessageCatalog, LegalRefSchema, ParameterStore, renderMessage } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { allocationCatalog } from './catalog.js'
import { allocationMessages } from './messages.js'
import { allocationParameters } from './parameters.js'

describe('allocationCatalog', () => {
  it('is complete: every rule and parameter value has a legal reference with a URL and lt/en texts', () => {
    expect(checkCatalog(allocationCatalog)).toEqual([])
    expect(allocationCatalog.filter((e) => e.kind === 'rule').map((e) => e.id)).toEqual([
      'allocation.largest-remainder',
      'allocation.fixed-part',
      'allocation.minimum-part',
      'allocation.ministry.by-declared-residents',
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
      'Nė vieno gavėjo dalis nebuvo mažesnė už minimalią sumą 500.',
    )
  })

  it('loads into a ParameterStore and answers by date', () => {
    const store = new ParameterStore(allocationParameters)
    expect(store.at('allocation.community-measure.total', '2021-03-24').value).toBe('2000000.00')
    expect(store.at('allocation.community-measure.total', '2025-12-31').value).toBe('2180000.00')
    expect(store.get('allocation.community-measure.total').timeline.find('2023-06-01')).toBeUndefined()
    expect(store.at('allocation.community-measure.unit', '2030-01-01').value).toBe('1')
  })
})
