import { checkCatalog, codedValuesOf, describeParameter, parameterValueLabel } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { allocationParameters } from './index.js'

// Every parameter whose values are code words carries readable labels of them (core's valueLabels),
// so the docs and the API show "gyventojų pajamų mokesčio mokėtojų skaičius", not a code.
const coded = allocationParameters
  .map(describeParameter)
  .filter((p) => p.values.some((v) => codedValuesOf(v.value).length > 0))

describe('readable labels of coded parameter values', () => {
  it('finds coded parameters to check', () => {
    expect(coded.length).toBeGreaterThan(0)
  })

  it.each(coded.map((p) => [p.id, p] as const))('%s labels every code in lt and en', (_id, p) => {
    expect(p.valueLabels).toBeDefined()
    expect(checkCatalog([p])).toEqual([])
    for (const v of p.values) {
      if (codedValuesOf(v.value).length === 0) continue
      for (const lang of ['lt', 'en'] as const) {
        const label = parameterValueLabel(v.value, p.valueLabels, lang)
        expect(label, `${v.from} ${lang}`).toBeTruthy()
        expect(label).not.toMatch(/^[a-z0-9-]+$/)
      }
    }
  })
})
