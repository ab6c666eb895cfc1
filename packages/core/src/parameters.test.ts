import { describe, expect, it } from 'vitest'
import { checkCatalog, describeParameter, type RuleDescriptor } from './catalog.js'
import type { LegalRef } from './legal-ref.js'
import { defineParameter, ParameterStore } from './parameters.js'

const a1246: LegalRef = {
  act: 'SADM ministro 2021-03-24 įsakymas Nr. A1-246',
  actId: 'A1-246',
  url: 'https://socmin.lrv.lt/lt/veiklos-sritys/nevyriausybiniu-organizaciju-politika/bendruomenine-veikla',
}
const budget = defineParameter({
  id: 'demo.budget',
  package: '@talka/demo',
  unit: 'EUR',
  title: { lt: 'Biudžetas', en: 'Budget' },
  values: [
    { from: '2021-01-01', to: '2021-12-31', value: '2000000.00', ref: a1246 },
    { from: '2025-01-01', to: '2025-12-31', value: '2180000.00', ref: { ...a1246, act: '2025 m. priemonė' } },
  ],
})

describe('ParameterStore', () => {
  const store = new ParameterStore([budget])

  it('returns the value in force with its legal reference', () => {
    const v = store.at<string>('demo.budget', '2021-06-01')
    expect(v).toMatchObject({ id: 'demo.budget', value: '2000000.00', ref: a1246 })
    expect(store.at('demo.budget', '2025-06-01').value).toBe('2180000.00')
  })

  it('throws typed errors for unknown ids, dates outside, duplicates', () => {
    expect(() => store.at('nope', '2021-01-01')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_PARAMETER' }),
    )
    expect(() => store.at('demo.budget', '2023-01-01')).toThrowError(
      expect.objectContaining({ code: 'TIMELINE_NO_VALUE' }),
    )
    expect(() => store.with([budget])).toThrowError(expect.objectContaining({ code: 'DUPLICATE_PARAMETER' }))
    expect(store.has('demo.budget')).toBe(true)
    expect(store.list().map((p) => p.id)).toEqual(['demo.budget'])
  })

  it('describes parameters as JSON for the catalog', () => {
    const d = describeParameter(budget)
    expect(d.values).toEqual([
      { from: '2021-01-01', to: '2021-12-31', value: '2000000.00', ref: a1246 },
      {
        from: '2025-01-01',
        to: '2025-12-31',
        value: '2180000.00',
        ref: { ...a1246, act: '2025 m. priemonė' },
      },
    ])
    expect(JSON.parse(JSON.stringify(d))).toEqual(d)
  })
})

const rule: RuleDescriptor = {
  kind: 'rule',
  id: 'demo.rule',
  package: '@talka/demo',
  title: { lt: 'Taisyklė', en: 'Rule' },
  description: { lt: 'Aprašas', en: 'Description' },
  facts: ['x'],
  refs: [a1246],
  messages: { 'demo.pass': { lt: 'Tinka {x}', en: 'Fits {x}' } },
}

describe('checkCatalog', () => {
  it('accepts a complete catalog', () => {
    expect(checkCatalog([rule, describeParameter(budget)])).toEqual([])
  })

  it('reports missing references, texts, messages and duplicates', () => {
    const broken = {
      ...rule,
      id: 'demo.broken',
      title: { lt: '', en: 'Rule' },
      refs: [{ act: 'x', url: 'not a url' }],
      messages: { 'demo.x': { lt: 'Suma {sum}', en: 'Sum' } },
    } as unknown as RuleDescriptor
    const problems = checkCatalog([rule, rule, broken])
    expect(problems).toContain('demo.rule: duplicate id')
    expect(problems).toContain('demo.broken: no lt title')
    expect(problems.some((p) => p.startsWith('demo.broken: invalid legal reference'))).toBe(true)
    expect(problems.some((p) => p.includes('placeholders differ'))).toBe(true)
  })
})

describe('references are required by the types', () => {
  it('a parameter value without a legal reference does not type-check', () => {
    expect(() =>
      defineParameter({
        id: 'demo.noRef',
        package: '@talka/demo',
        title: { lt: 'Be nuorodos', en: 'Without a reference' },
        // @ts-expect-error: `ref` is required on every dated value
        values: [{ from: '2021-01-01', value: 1 }],
      }),
    ).toThrowError(expect.objectContaining({ code: 'TIMELINE_INVALID' }))
  })

  it('a rule descriptor without references does not type-check', () => {
    const noRefs: RuleDescriptor = {
      ...rule,
      id: 'demo.noRefs',
      // @ts-expect-error: at least one legal reference is required
      refs: [],
    }
    expect(checkCatalog([noRefs])).toContain('demo.noRefs: no legal reference')
  })
})
