import { CatalogEntrySchema } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { allocationCatalog } from './catalog.js'

describe('allocationCatalog', () => {
  it('is exactly what core’s strict CatalogEntrySchema describes, entry by entry (as JSON)', () => {
    expect(allocationCatalog.length).toBeGreaterThan(0)
    for (const entry of allocationCatalog) {
      const json = JSON.parse(JSON.stringify(entry))
      expect(CatalogEntrySchema.parse(json), entry.id).toEqual(json)
    }
  })
})
