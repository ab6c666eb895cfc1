import { CatalogEntrySchema } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { eligibilityCatalog } from './catalog.js'

describe('eligibilityCatalog', () => {
  it('is exactly what core’s strict CatalogEntrySchema describes, entry by entry (as JSON)', () => {
    expect(eligibilityCatalog.length).toBeGreaterThan(0)
    for (const entry of eligibilityCatalog) {
      const json = JSON.parse(JSON.stringify(entry))
      expect(CatalogEntrySchema.parse(json), entry.id).toEqual(json)
    }
  })
})
