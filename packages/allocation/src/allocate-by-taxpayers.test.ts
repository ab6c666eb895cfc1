import { defineParameter, ParameterStore, TraceV1Schema } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { allocateByTaxpayers, safeAllocateByTaxpayers } from './allocate-by-taxpayers.js'
import { AllocationError } from './errors.js'
import { allocationParameters, communityMeasureTotal } from './parameters.js'

const figures = {
  source: 'VMI (bandomieji skaičiai)',
  taxYears: [2014, 2015, 2016],
  figures: [
    { municipality: 'A savivaldybė', taxpayers: 2 },
    { municipality: 'B savivaldybė', taxpayers: 1 },
  ],
}

describe('allocateByTaxpayers (2017–2019: by personal income tax payers, figures from the caller)', () => {
  it('splits the total by the caller’s taxpayer figures in cents, citing A1-293 as unverified', () => {
    const r = allocateByTaxpayers({ year: 2018, total: '100.00', taxpayers: figures, lang: 'en' })
    expect(r.shares).toEqual([
      { municipality: 'A savivaldybė', taxpayers: '2', amount: '66.67' },
      { municipality: 'B savivaldybė', taxpayers: '1', amount: '33.33' },
    ])
    expect(r.basis.value).toBe('income-tax-payers')
    expect(r.basis.ref).toMatchObject({ number: 'A1-293', date: '2017-06-09', status: 'unverified' })
    expect(r.unit.value).toBe('0.01')
    expect(r.total).toEqual({ value: '100.00', source: 'caller', ref: null })
    expect(r.data).toEqual({ source: 'VMI (bandomieji skaičiai)', taxYears: [2014, 2015, 2016] })
    expect(TraceV1Schema.safeParse(r.explanation).success).toBe(true)
    expect(r.explanation.reasons[0]).toMatchObject({
      ruleId: 'allocation.ministry.by-income-tax-payers',
      ref: { number: 'A1-293' },
    })
    expect(r.allocation.certificate.sum.equal).toBe(true)
  })

  it('a subset of municipalities must all have figures (TAXPAYERS_MISSING names the missing ones)', () => {
    const r = allocateByTaxpayers({
      year: 2017,
      total: '10',
      taxpayers: figures,
      municipalities: ['B savivaldybė'],
    })
    expect(r.shares).toEqual([{ municipality: 'B savivaldybė', taxpayers: '1', amount: '10.00' }])
    expect(
      safeAllocateByTaxpayers({
        year: 2017,
        total: '10',
        taxpayers: figures,
        municipalities: ['C savivaldybė'],
      }),
    ).toMatchObject({
      success: false,
      error: { code: 'TAXPAYERS_MISSING', details: { municipalities: ['C savivaldybė'] } },
    })
  })

  it.each([2017, 2018, 2019])(
    '%i without figures: TAXPAYERS_MISSING with a Lithuanian and an English text',
    (year) => {
      const r = safeAllocateByTaxpayers({ year, total: '1000' })
      expect(r.success).toBe(false)
      if (r.success) return
      expect(r.error).toBeInstanceOf(AllocationError)
      expect(r.error.code).toBe('TAXPAYERS_MISSING')
      const { message } = r.error.details as { message: { lt: string; en: string } }
      expect(message.lt).toBe(
        `${year} m. lėšos skirstomos pagal gyventojų pajamų mokesčio mokėtojų skaičių (trejų mokestinių metų Valstybinės mokesčių inspekcijos duomenys). Šių duomenų paketas neturi: pateikite juos.`,
      )
      expect(message.en).toContain('supply them')
      expect(r.error.message).toBe(message.en)
    },
  )

  it('a year allocated by declared residents is WRONG_BASIS; a year with no known basis is PARAMETER_MISSING', () => {
    expect(safeAllocateByTaxpayers({ year: 2021, total: '10', taxpayers: figures })).toMatchObject({
      success: false,
      error: { code: 'WRONG_BASIS', details: { basis: 'declared-residents' } },
    })
    expect(safeAllocateByTaxpayers({ year: 2020, total: '10', taxpayers: figures })).toMatchObject({
      success: false,
      error: { code: 'PARAMETER_MISSING' },
    })
    expect(safeAllocateByTaxpayers({ year: 2016, total: '10', taxpayers: figures })).toMatchObject({
      success: false,
      error: { code: 'PARAMETER_MISSING' },
    })
  })

  it('without a total and with no budget parameter for the year: PARAMETER_MISSING; a store with one: used', () => {
    expect(safeAllocateByTaxpayers({ year: 2018, taxpayers: figures })).toMatchObject({
      success: false,
      error: { code: 'PARAMETER_MISSING' },
    })
    const ref = communityMeasureTotal.timeline.entries[0]!.ref
    const budget = defineParameter<string>({
      id: communityMeasureTotal.id,
      package: '@talka/allocation',
      title: communityMeasureTotal.title,
      values: [{ from: '2018-01-01', to: '2018-12-31', value: '30.00', ref }],
    })
    const store = new ParameterStore([...allocationParameters.filter((p) => p.id !== budget.id), budget])
    const r = allocateByTaxpayers({ year: 2018, taxpayers: figures }, { parameters: store })
    expect(r.total.source).toBe('parameter')
    expect(r.shares.map((s) => s.amount)).toEqual(['20.00', '10.00'])
  })

  it('refuses a misspelt option and a year out of range with a ValidationError', () => {
    expect(safeAllocateByTaxpayers({ year: 2018, totl: '1' } as never)).toMatchObject({
      success: false,
      error: { code: 'VALIDATION_FAILED' },
    })
    expect(safeAllocateByTaxpayers({ year: 1999, taxpayers: figures } as never)).toMatchObject({
      success: false,
      error: { code: 'VALIDATION_FAILED' },
    })
  })
})
