import { CatalogEntrySchema } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { reportingCatalog } from './catalog.js'

describe('reportingCatalog', () => {
  it('is exactly what core’s strict CatalogEntrySchema describes, entry by entry (as JSON)', () => {
    expect(reportingCatalog.length).toBeGreaterThan(0)
    for (const entry of reportingCatalog) {
      const json = JSON.parse(JSON.stringify(entry))
      expect(CatalogEntrySchema.parse(json), entry.id).toEqual(json)
    }
  })
})
