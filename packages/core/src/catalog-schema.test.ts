import { describe, expect, it } from 'vitest'
import { describeParameter } from './catalog.js'
import { CatalogEntrySchema } from './catalog-schema.js'
import { defineParameter } from './parameters.js'
import { findNonStrictObjects } from './testing.js'

const ref = { act: 'Aprašas', point: '7', url: 'https://e-tar.lt/' }

describe('CatalogEntrySchema', () => {
  it('is strict at every level', () => {
    expect(findNonStrictObjects(CatalogEntrySchema)).toEqual([])
  })

  it('parses a described parameter and a rule exactly, and refuses an undocumented key', () => {
    const parameter = describeParameter(
      defineParameter<{ amount: string }>({
        id: 'demo.limit',
        package: '@talka/demo',
        title: { lt: 'Riba', en: 'Limit' },
        values: [
          { from: '2020-01-01', to: '2020-12-31', value: { amount: '10.00' }, ref },
          { from: '2021-01-01', value: { amount: '12.00' }, ref },
        ],
      }),
    )
    expect(CatalogEntrySchema.parse(parameter)).toEqual(parameter)
    const rule = {
      kind: 'rule',
      id: 'demo.r1',
      package: '@talka/demo',
      title: { lt: 'Taisyklė', en: 'Rule' },
      description: { lt: 'Aprašymas', en: 'Description' },
      facts: ['age'],
      refs: [ref],
      messages: { 'demo.ok': { lt: 'Tinka', en: 'Fits' } },
    }
    expect(CatalogEntrySchema.parse(rule)).toEqual(rule)
    expect(CatalogEntrySchema.safeParse({ ...rule, extra: 1 }).success).toBe(false)
    expect(CatalogEntrySchema.safeParse({ ...rule, refs: [] }).success).toBe(false)
  })
})
