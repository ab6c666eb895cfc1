import { CatalogEntrySchema } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { evaluationCatalog } from './catalog.js'

describe('evaluationCatalog', () => {
  it('is exactly what core’s strict CatalogEntrySchema describes, entry by entry (as JSON)', () => {
    expect(evaluationCatalog.length).toBeGreaterThan(0)
    for (const entry of evaluationCatalog) {
      const json = JSON.parse(JSON.stringify(entry))
      expect(CatalogEntrySchema.parse(json), entry.id).toEqual(json)
    }
  })
})
