import { CatalogEntrySchema } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { volunteeringCatalog } from './catalog.js'

describe('volunteeringCatalog', () => {
  it('is exactly what core’s strict CatalogEntrySchema describes, entry by entry (as JSON)', () => {
    expect(volunteeringCatalog.length).toBeGreaterThan(0)
    for (const entry of volunteeringCatalog) {
      const json = JSON.parse(JSON.stringify(entry))
      expect(CatalogEntrySchema.parse(json), entry.id).toEqual(json)
    }
  })
})
