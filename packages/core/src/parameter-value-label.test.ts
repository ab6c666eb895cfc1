import { describe, expect, it } from 'vitest'
import { checkCatalog, describeParameter } from './catalog.js'
import { codedValuesOf, parameterValueLabel } from './parameter-value-label.js'
import { defineParameter } from './parameters.js'
import { valueLabelProblems } from './testing.js'

const ref = { act: 'Aktas', url: 'https://e-tar.lt/' }
const labels = {
  'declared-residents': { lt: 'gyvenamąją vietą deklaravę gyventojai', en: 'declared residents' },
  'income-tax-payers': { lt: 'gyventojų pajamų mokesčio mokėtojai', en: 'personal income tax payers' },
}

describe('parameter value labels', () => {
  it('finds the code words of a value, never numbers or amounts', () => {
    expect(codedValuesOf('declared-residents')).toEqual(['declared-residents'])
    expect(codedValuesOf(['a1-548', 'party-requests', 3])).toEqual(['a1-548', 'party-requests'])
    expect(codedValuesOf('2000.00')).toEqual([])
    expect(codedValuesOf(14)).toEqual([])
    expect(codedValuesOf({ years: 14 })).toEqual([])
    expect(codedValuesOf(null)).toEqual([])
  })

  it('labels a code, an array of codes, and nothing else', () => {
    expect(parameterValueLabel('income-tax-payers', labels, 'lt')).toBe('gyventojų pajamų mokesčio mokėtojai')
    expect(parameterValueLabel(['income-tax-payers', 'declared-residents'], labels, 'en')).toBe(
      'personal income tax payers, declared residents',
    )
    expect(parameterValueLabel('unknown-code', labels, 'lt')).toBeUndefined()
    expect(parameterValueLabel('declared-residents', undefined, 'lt')).toBeUndefined()
    expect(parameterValueLabel('2000.00', labels, 'lt')).toBeUndefined()
    expect(parameterValueLabel('__proto__', labels, 'lt')).toBeUndefined()
    expect(parameterValueLabel('constructor', labels, 'lt')).toBeUndefined()
  })

  it('travels into the catalog descriptor, and checkCatalog asks for every code’s label once labels are given', () => {
    const base = {
      id: 'x.basis',
      package: '@talka/x',
      title: { lt: 'Pagrindas', en: 'Basis' },
      values: [
        { from: '2017-01-01', to: '2019-12-31', value: 'income-tax-payers', ref },
        { from: '2021-01-01', value: 'declared-residents', ref },
      ],
    }
    const complete = describeParameter(defineParameter({ ...base, valueLabels: labels }))
    expect(complete.valueLabels).toEqual(labels)
    expect(checkCatalog([complete])).toEqual([])
    const { 'declared-residents': _, ...partial } = labels
    expect(checkCatalog([describeParameter(defineParameter({ ...base, valueLabels: partial }))])).toEqual([
      'x.basis@2021-01-01: no label of declared-residents',
    ])
    const noEnglish = { ...labels, 'declared-residents': { lt: 'gyventojai', en: ' ' } }
    expect(checkCatalog([describeParameter(defineParameter({ ...base, valueLabels: noEnglish }))])).toEqual([
      'x.basis: no en label of declared-residents',
    ])
    // Without labels nothing changes for existing catalogs.
    const plain = describeParameter(defineParameter(base))
    expect(plain).not.toHaveProperty('valueLabels')
    expect(checkCatalog([plain])).toEqual([])
  })
})

describe('valueLabelProblems (testing helper)', () => {
  const base = {
    id: 'x.basis',
    package: '@talka/x',
    title: { lt: 'Pagrindas', en: 'Basis' },
    values: [{ from: '2021-01-01', value: 'declared-residents', ref }],
  }

  it('is empty when every code has a readable lt and en label, and names what is missing otherwise', () => {
    expect(valueLabelProblems([defineParameter({ ...base, valueLabels: labels })])).toEqual([])
    expect(valueLabelProblems([defineParameter(base)])).toEqual([
      'x.basis: no valueLabels',
      'x.basis 2021-01-01 lt: "undefined"',
      'x.basis 2021-01-01 en: "undefined"',
    ])
    const codeLike = {
      ...labels,
      'declared-residents': { lt: 'deklaravę gyventojai', en: 'declared-residents' },
    }
    expect(valueLabelProblems([defineParameter({ ...base, valueLabels: codeLike })])).toEqual([
      'x.basis 2021-01-01 en: "declared-residents"',
    ])
    expect(valueLabelProblems([])).toEqual(['(no coded parameters)'])
  })
})
