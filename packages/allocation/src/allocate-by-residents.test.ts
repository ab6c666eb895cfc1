import { ParameterStore, TraceV1Schema } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../test/fixtures.js'
import { allocateByResidents, safeAllocateByResidents } from './allocate-by-residents.js'
import { allocationCodeOfIssue } from './allocate-input.js'
import { allocateWithCertificate } from './certificate.js'
import { allocationParameters } from './parameters.js'

const sumUnits = (amounts: readonly string[]) => amounts.reduce((s, a) => s + BigInt(a), 0n)

describe('allocateByResidents: 2021 on the embedded data', () => {
  const r = allocateByResidents({ year: 2021 })

  it('uses the 2021 parameters with their legal references', () => {
    expect(r.total).toMatchObject({ value: '2000000.00', source: 'parameter', ref: { actId: 'A1-246' } })
    expect(r.unit).toMatchObject({ value: '1', ref: { actId: 'A1-269' } })
    expect(r.basis.value).toEqual({
      kind: 'declared',
      referenceDate: 'january-1-of-budget-year',
      register: 'Registrų centras',
    })
    expect(r.allocationOrder?.value).toEqual({ actId: 'A1-269', date: '2021-03-30' })
    expect(r.referenceDate).toBe('2021-01-01')
  })

  it('says it used statistical 2020 figures and warns that the rule asks for declared residents of 2021-01-01', () => {
    expect(r.data).toMatchObject({
      kind: 'statistical',
      asOf: '2020-01-01',
      provided: 'embedded',
      dataset: 'osp-2020-01-01',
    })
    expect(r.data.source).toContain('covid19lt')
    expect(r.warnings.map((w) => w.code)).toEqual(['STATISTICAL_RESIDENTS', 'RESIDENTS_AS_OF_MISMATCH'])
    expect(r.warnings[0]?.message.lt).toContain('deklaravusių')
    expect(r.warnings[0]?.message.en).toContain('statistical population figures (2020-01-01)')
  })

  it('splits 2,000,000 among all 60 municipalities in whole euros, exactly', () => {
    expect(r.shares).toHaveLength(60)
    expect(sumUnits(r.shares.map((s) => s.amount))).toBe(2_000_000n)
    expect(r.allocation.certificate.inputs.unit).toBe('1')
  })

  it('is plausible against the known 2021 amounts (within 3 %: the data is statistical, not declared)', () => {
    const known = readCsv('allocation-partial-sadm-municipal.csv').filter((row) => row.year === '2021')
    expect(known.map((k) => k.municipality)).toEqual([
      'Jonavos rajono savivaldybė',
      'Lazdijų rajono savivaldybė',
    ])
    for (const k of known) {
      const ours = Number(r.shares.find((s) => s.municipality === k.municipality)!.amount)
      const published = Number(k.amount_eur)
      expect(Math.abs(ours - published) / published).toBeLessThan(0.03)
    }
    // 2,000,000 × 41,163 / 2,794,329 = 29,461.81… → 29,461 + one leftover unit
    expect(r.shares.find((s) => s.municipality === 'Jonavos rajono savivaldybė')?.amount).toBe('29462')
  })

  it('explains itself as a trace.v1 decision, in either language', () => {
    const decision = TraceV1Schema.parse(r.explanation)
    expect(decision.reasons[0]).toMatchObject({
      ruleId: 'allocation.ministry.by-declared-residents',
      result: 'applied',
    })
    expect(decision.reasons.filter((x) => x.result === 'warning')).toHaveLength(2)
    expect(decision.reasons.map((x) => x.ruleId)).toContain('allocation.largest-remainder')
    const en = allocateByResidents({ year: 2021, lang: 'en' }).explanation
    expect(en.reasons[0]?.message.text).toContain('were allocated to 60 municipal administrations')
    expect(JSON.parse(JSON.stringify(r.explanation))).toEqual(r.explanation)
  })
})

describe('allocateByResidents: other years, subsets and caller figures', () => {
  it('prefers figures as of the reference date when they cover the requested municipalities', () => {
    const alytusCounty = [
      'Alytaus miesto savivaldybė',
      'Alytaus rajono savivaldybė',
      'Druskininkų savivaldybė',
      'Lazdijų rajono savivaldybė',
      'Varėnos rajono savivaldybė',
    ]
    const r = allocateByResidents({ year: 2021, total: '100000', municipalities: alytusCounty })
    expect(r.data).toMatchObject({ dataset: 'census-2021-01-01', asOf: '2021-01-01', kind: 'statistical' })
    expect(r.warnings.map((w) => w.code)).toEqual(['STATISTICAL_RESIDENTS'])
    expect(r.total).toEqual({ value: '100000', source: 'caller', ref: null })
    expect(sumUnits(r.shares.map((s) => s.amount))).toBe(100_000n)
  })

  it('uses the caller’s declared figures without warnings', () => {
    const r = allocateByResidents({
      asOf: '2021-03-30',
      total: '1000',
      residents: {
        kind: 'declared',
        asOf: '2021-01-01',
        source: 'Registrų centras (test figures)',
        figures: [
          { municipality: 'A savivaldybė', residents: 3000 },
          { municipality: 'B savivaldybė', residents: '1000' },
        ],
      },
    })
    expect(r.warnings).toEqual([])
    expect(r.data).toEqual({
      kind: 'declared',
      asOf: '2021-01-01',
      source: 'Registrų centras (test figures)',
      provided: 'caller',
      dataset: null,
      title: null,
    })
    expect(r.shares).toEqual([
      { municipality: 'A savivaldybė', residents: '3000', amount: '750' },
      { municipality: 'B savivaldybė', residents: '1000', amount: '250' },
    ])
  })

  it('knows the 2023 allocation order; years without a dated budget (2023, 2025) need a total', () => {
    // The 2025 figure (EUR 2,180,000) is known only from an undated news item: not a parameter value.
    for (const year of [2025, 2023])
      expect(safeAllocateByResidents({ year })).toMatchObject({
        success: false,
        error: { code: 'PARAMETER_MISSING' },
      })
    const y2025 = allocateByResidents({
      year: 2025,
      total: '2180000.00',
      municipalities: ['Širvintų rajono savivaldybė', 'Zarasų rajono savivaldybė'],
    })
    expect(y2025.total).toEqual({ value: '2180000.00', source: 'caller', ref: null })
    expect(y2025.allocationOrder).toBeNull()
    const y2023 = allocateByResidents({
      year: 2023,
      total: '50000',
      municipalities: ['Širvintų rajono savivaldybė'],
    })
    expect(y2023.allocationOrder?.value.actId).toBe('A1-95')
    expect(y2023.data).toMatchObject({ dataset: 'osp-series-2023-01-01', asOf: '2023-01-01' })
    expect(y2023.shares).toEqual([
      { municipality: 'Širvintų rajono savivaldybė', residents: '14816', amount: '50000' },
    ])
  })

  it('accepts a store with more parameters (e.g. a year’s budget the package does not know)', () => {
    const store = new ParameterStore(
      allocationParameters.filter((p) => p.id !== 'allocation.community-measure.total'),
    )
    expect(safeAllocateByResidents({ year: 2021 }, { parameters: store })).toMatchObject({
      success: false,
      error: { code: 'PARAMETER_MISSING', details: { parameter: 'allocation.community-measure.total' } },
    })
  })

  it('rejects impossible requests with typed errors', () => {
    const code = (input: Parameters<typeof safeAllocateByResidents>[0]) => {
      const r = safeAllocateByResidents(input)
      if (r.success) return 'ok'
      return 'issues' in r.error
        ? (r.error.issues.map(allocationCodeOfIssue)[0] ?? r.error.code)
        : r.error.code
    }
    expect(code({ year: 2020 })).toBe('PARAMETER_MISSING')
    expect(code({ year: 2021, asOf: '2021-05-01' })).toBe('INVALID_INPUT')
    expect(code({})).toBe('INVALID_INPUT')
    expect(code({ year: 2021, municipalities: ['Atlantidos savivaldybė'] })).toBe('RESIDENTS_MISSING')
    expect(
      code({
        year: 2021,
        total: '1000',
        municipalities: ['Jonavos rajono savivaldybė', 'Alytaus miesto savivaldybė'],
      }),
    ).toBe('ok')
    expect(
      code({
        year: 2021,
        total: '10',
        municipalities: ['X'],
        residents: { kind: 'declared', figures: [{ municipality: 'Y', residents: 1 }] },
      }),
    ).toBe('RESIDENTS_MISSING')
    expect(
      code({
        year: 2021,
        total: '10.5',
        residents: { kind: 'declared', figures: [{ municipality: 'Y', residents: 1 }] },
      }),
    ).toBe('NOT_MULTIPLE_OF_UNIT')
  })
})

describe('unknown fields', () => {
  it('rejects a misspelt option instead of splitting the default budget', () => {
    const result = safeAllocateByResidents({ year: 2021, totl: '1000' } as never)
    expect(result.success).toBe(false)
  })
})

describe('allocateByResidents refuses the 2017–2019 years (allocated by income tax payers)', () => {
  it.each([2017, 2018, 2019])('%i: WRONG_BASIS with lt/en text naming the taxpayers basis', (year) => {
    const r = safeAllocateByResidents({ year, total: '1000' })
    expect(r.success).toBe(false)
    if (r.success) return
    expect(r.error).toMatchObject({ code: 'WRONG_BASIS', details: { basis: 'income-tax-payers', year } })
    const details = r.error.details as { message: { lt: string; en: string }; ref: { number: string } }
    expect(details.message.lt).toContain('gyventojų pajamų mokesčio mokėtojų skaičių')
    expect(details.message.en).toContain('income tax payers')
    expect(details.ref.number).toBe('A1-293')
  })

  it('2020 (basis not known) is PARAMETER_MISSING, not WRONG_BASIS', () => {
    expect(safeAllocateByResidents({ year: 2020, total: '1000' })).toMatchObject({
      success: false,
      error: { code: 'PARAMETER_MISSING' },
    })
  })
})

describe('allocateByResidents builds what is not asked for only when read', () => {
  it('keeps the certificate and the explanation as getters, with the same JSON as an eager build', () => {
    const r = allocateByResidents({ year: 2021, lang: 'en' })
    expect(typeof Object.getOwnPropertyDescriptor(r, 'explanation')?.get).toBe('function')
    expect(typeof Object.getOwnPropertyDescriptor(r.allocation, 'certificate')?.get).toBe('function')
    const json = JSON.parse(JSON.stringify(r)) as {
      allocation: { certificate: unknown; shares: unknown }
      explanation: unknown
    }
    const eager = allocateWithCertificate({
      total: r.total.value,
      unit: r.unit.value,
      recipients: r.shares.map((s) => ({ id: s.municipality, weight: s.residents })),
    })
    expect(json.allocation.certificate).toEqual(JSON.parse(JSON.stringify(eager.certificate)))
    expect(Object.keys(json.allocation)).toEqual(['total', 'unit', 'method', 'shares', 'certificate'])
    expect(TraceV1Schema.safeParse(json.explanation).success).toBe(true)
    // a getter answers the same object each time (built once)
    expect(r.explanation).toBe(r.explanation)
    expect(r.allocation.certificate).toBe(r.allocation.certificate)
  })

  it('reuses the embedded figures without sharing mutable results between calls', () => {
    const a = allocateByResidents({ year: 2021 })
    ;(a.shares as unknown as { amount: string }[])[0]!.amount = '0'
    const b = allocateByResidents({ year: 2021 })
    expect(b.shares[0]!.amount).not.toBe('0')
    expect(b.shares).not.toBe(a.shares)
    const other = allocateByResidents({ year: 2021, total: '1000' })
    expect(other.shares.reduce((s, x) => s + Number(x.amount), 0)).toBe(1000)
    expect(allocateByResidents({ year: 2021 }).shares).toEqual(b.shares)
  })

  it('residents in the shares are the weights the certificate records', () => {
    const r = allocateByResidents({ year: 2021 })
    expect(r.shares.map((s) => s.residents)).toEqual(r.allocation.certificate.recipients.map((c) => c.weight))
  })
})
