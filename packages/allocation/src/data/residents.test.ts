import { describe, expect, it } from 'vitest'
import { readCsv } from '../../test/fixtures.js'
import { lithuanianMunicipalities, municipalityResidents, residentsDatasets } from './residents.js'

describe('embedded residents data', () => {
  it('is exactly the committed CSV, row by row', () => {
    const csv = readCsv('municipalities-residents.csv')
    expect(
      municipalityResidents.map((r) => [
        r.municipality,
        String(r.year),
        r.asOf,
        String(r.residents),
        r.kind,
        r.source,
      ]),
    ).toEqual(csv.map((r) => [r.municipality, r.year, r.as_of, r.residents, r.kind, r.source_url]))
  })

  it('has all 60 municipalities for 2020 summing to the national 2,794,329, and no declared figures', () => {
    expect(lithuanianMunicipalities).toHaveLength(60)
    expect(new Set(lithuanianMunicipalities).size).toBe(60)
    const total = municipalityResidents
      .filter((r) => r.dataset === 'osp-2020-01-01')
      .reduce((s, r) => s + r.residents, 0)
    expect(total).toBe(2_794_329)
    expect(municipalityResidents.some((r) => r.kind === 'declared')).toBe(false)
  })

  it('describes every dataset it uses, with matching kind, date, source and count', () => {
    for (const d of residentsDatasets) {
      const rows = municipalityResidents.filter((r) => r.dataset === d.id)
      expect(rows.length, d.id).toBe(d.municipalities)
      for (const r of rows) expect([r.kind, r.asOf, r.source], d.id).toEqual([d.kind, d.asOf, d.source])
    }
    expect(new Set(municipalityResidents.map((r) => r.dataset))).toEqual(
      new Set(residentsDatasets.map((d) => d.id)),
    )
  })
})
