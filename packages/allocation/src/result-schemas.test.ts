import { fc, test } from '@fast-check/vitest'
import { findNonStrictObjects } from '@talka/core/testing'
import { describe, expect, it } from 'vitest'
import { allocate } from './allocate.js'
import { allocateByResidents } from './allocate-by-residents.js'
import { allocateByTaxpayers } from './allocate-by-taxpayers.js'
import { allocateWithCertificate } from './certificate.js'
import { MunicipalityFiguresSchema } from './data/municipality-figures.js'
import {
  AllocationResultSchema,
  AllocationShareSchema,
  AllocationWarningSchema,
  CertifiedAllocationSchema,
  ResidentsAllocationSchema,
  ResidentsDataUsedSchema,
  TaxpayersAllocationSchema,
} from './result-schemas.js'

/** A result as it crosses the API: plain JSON. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

const taxpayers = {
  source: 'VMI (bandomieji skaičiai)',
  taxYears: [2014, 2015, 2016],
  figures: [
    { municipality: 'A savivaldybė', taxpayers: 2 },
    { municipality: 'B savivaldybė', taxpayers: 1 },
  ],
}

describe('result schemas describe exactly what the functions return', () => {
  it('are strict at every level', () => {
    for (const schema of [
      AllocationShareSchema,
      AllocationResultSchema,
      CertifiedAllocationSchema,
      AllocationWarningSchema,
      ResidentsDataUsedSchema,
      ResidentsAllocationSchema,
      TaxpayersAllocationSchema,
      MunicipalityFiguresSchema,
    ]) {
      expect(findNonStrictObjects(schema)).toEqual([])
    }
  })

  it('parse allocateByResidents over the embedded 2021 figures and over a caller’s figures, in lt and en', () => {
    for (const lang of ['lt', 'en'] as const) {
      const embedded = allocateByResidents({ year: 2021, lang })
      expect(ResidentsAllocationSchema.parse(json(embedded))).toEqual(json(embedded))
      const own = allocateByResidents({
        asOf: '2024-03-01',
        total: '1000.00',
        lang,
        residents: {
          kind: 'declared',
          asOf: '2024-01-01',
          source: 'Registrų centras',
          figures: [
            { municipality: 'Jonavos rajono savivaldybė', residents: 41234 },
            { municipality: 'Lazdijų rajono savivaldybė', residents: 18401 },
          ],
        },
      })
      expect(ResidentsAllocationSchema.parse(json(own))).toEqual(json(own))
    }
  })

  it('parse allocateByTaxpayers with a caller total and with the year’s budget', () => {
    const r = allocateByTaxpayers({ year: 2018, total: '100.00', taxpayers, lang: 'en' })
    expect(TaxpayersAllocationSchema.parse(json(r))).toEqual(json(r))
  })

  it('refuse a key nobody documents, at the top and deep inside', () => {
    const r = json(allocateByResidents({ year: 2021 })) as Record<string, unknown>
    expect(ResidentsAllocationSchema.safeParse({ ...r, extra: 1 }).success).toBe(false)
    const data = r.data as Record<string, unknown>
    expect(ResidentsAllocationSchema.safeParse({ ...r, data: { ...data, extra: 1 } }).success).toBe(false)
  })

  test.prop([
    fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
    fc.nat({ max: 10_000_000 }),
    fc.constantFrom('1', '0.01', '10'),
  ])('parse allocate and allocateWithCertificate results for any weights', (weights, units, unit) => {
    const total = unit === '0.01' ? (units / 100).toFixed(2) : String(units * Number(unit))
    const input = {
      total,
      unit,
      recipients: weights.map((weight, i) => ({ id: `r${i}`, weight: weight === 0 ? 1 : weight })),
    }
    const result = allocate(input)
    expect(AllocationResultSchema.parse(json(result))).toEqual(json(result))
    const certified = allocateWithCertificate(input)
    expect(CertifiedAllocationSchema.parse(json(certified))).toEqual(json(certified))
  })
})
