import { describe, expect, it } from 'vitest'
import { catalogSchemaMismatches } from './testing.js'

const rule = {
  kind: 'rule',
  id: 'demo.r1',
  package: '@talka/demo',
  title: { lt: 'Taisyklė', en: 'Rule' },
  description: { lt: 'Aprašas', en: 'Description' },
  refs: [{ act: 'Aprašas', point: '7', url: 'https://e-tar.lt/' }],
  facts: ['a'],
  messages: { 'demo.r1.pass': { lt: 'Gerai.', en: 'Fine.' } },
}

describe('catalogSchemaMismatches', () => {
  it('finds an empty catalog, a misspelt key and a missing field, by id', () => {
    expect(catalogSchemaMismatches([rule])).toEqual([])
    expect(catalogSchemaMismatches([])).toEqual(['(empty catalog)'])
    const [typo] = catalogSchemaMismatches([{ ...rule, titel: rule.title }])
    expect(typo).toMatch(/^demo\.r1: /)
    const { id: _id, ...noId } = rule
    expect(catalogSchemaMismatches([noId])[0]).toMatch(/^\[0\]: id /)
  })
})
