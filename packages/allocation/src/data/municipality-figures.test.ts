import { CoreError, Temporal } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { MunicipalityFiguresSchema, municipalityFigures } from './municipality-figures.js'
import { municipalityResidents, residentsDatasets } from './residents.js'

describe('municipalityFigures', () => {
  it('lists every municipality in Lithuanian alphabetical order with all figures when no asOf is given', () => {
    const all = municipalityFigures()
    expect(all.asOf).toBeNull()
    expect(all.municipalities).toHaveLength(60)
    const names = all.municipalities.map((m) => m.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'lt')))
    expect(all.municipalities.reduce((n, m) => n + m.figures.length, 0)).toBe(municipalityResidents.length)
    expect(all.datasets).toEqual(residentsDatasets)
  })

  it('keeps only figures that refer to asOf or earlier, newest first (a year-only figure is 1 January)', () => {
    const result = municipalityFigures({ asOf: '2020-06-30' })
    expect(result.asOf).toBe('2020-06-30')
    for (const municipality of result.municipalities) {
      const days = municipality.figures.map((f) => (f.asOf.length === 4 ? `${f.asOf}-01-01` : f.asOf))
      expect(days.every((day) => day <= '2020-06-30')).toBe(true)
      expect(days).toEqual([...days].sort().reverse())
    }
    expect(result.municipalities.every((m) => m.figures.some((f) => f.dataset === 'osp-2020-01-01'))).toBe(
      true,
    )
    expect(
      result.datasets.every((d) => (d.asOf.length === 4 ? `${d.asOf}-01-01` : d.asOf) <= '2020-06-30'),
    ).toBe(true)
  })

  it('takes a Temporal.PlainDate as well as an ISO string', () => {
    expect(municipalityFigures({ asOf: Temporal.PlainDate.from('2020-01-01') })).toEqual(
      municipalityFigures({ asOf: '2020-01-01' }),
    )
  })

  it('gives a municipality with no figure yet an empty list, and no dataset, before the first figure', () => {
    const early = municipalityFigures({ asOf: '1990-01-01' })
    expect(early.municipalities).toHaveLength(60)
    expect(early.municipalities.every((m) => m.figures.length === 0)).toBe(true)
    expect(early.datasets).toEqual([])
  })

  it('throws a typed error for an asOf that is not a calendar date', () => {
    expect(() => municipalityFigures({ asOf: '2021-02-30' })).toThrow(CoreError)
    expect(() => municipalityFigures({ asOf: '2021' })).toThrow(CoreError)
  })

  it('returns exactly what MunicipalityFiguresSchema describes (strict)', () => {
    for (const asOf of [undefined, '2020-01-01', '2025-12-31']) {
      expect(() => MunicipalityFiguresSchema.parse(municipalityFigures({ asOf }))).not.toThrow()
    }
    const extra = { ...municipalityFigures(), note: 'x' }
    expect(MunicipalityFiguresSchema.safeParse(extra).success).toBe(false)
  })
})
