import { describe, expect, it } from 'vitest'
import { catalogSchemaMismatches } from './testing.js'

const entry = {
  kind: 'parameter',
  id: 'demo.p',
  package: '@talka/demo',
  title: { lt: 'P', en: 'P' },
  values: [],
}

describe('catalogSchemaMismatches', () => {
  it('finds an empty catalog, a misspelt key and a missing field, by id', () => {
    expect(catalogSchemaMismatches([entry])).toEqual([])
    expect(catalogSchemaMismatches([])).toEqual(['(empty catalog)'])
    const [typo] = catalogSchemaMismatches([{ ...entry, titel: entry.title }])
    expect(typo).toMatch(/^demo\.p: /)
    const { id: _id, ...noId } = entry
    expect(catalogSchemaMismatches([noId])[0]).toMatch(/^\[0\]: id /)
  })
})
