import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { publishedTable } from '../test/fixtures.js'
import { allocationCodeOfIssue } from './allocate-input.js'
import { allocateWithCertificate as allocate } from './certificate.js'
import { checkPublishedAllocation, safeCheckPublishedAllocation } from './check-published-allocation.js'
import { allocateInputArb } from './testing.js'

const skuodas = publishedTable('allocation-2022-eldership-skuodas.csv', 'residents_2022_01_01')
const kretinga2017 = publishedTable('allocation-2017-eldership-kretinga.csv', 'residents')
const kretinga2022 = publishedTable('allocation-2022-eldership-kretinga.csv', 'residents_2022_01_01')

// Expected figures below were computed independently with Python's fractions.Fraction
// (exact quotas, Hamilton with the same tie rule, round half up, floor), not by this package.

describe('checkPublishedAllocation: Skuodas 2022 (published rows do not add up)', () => {
  const report = checkPublishedAllocation({ total: '11538', rows: skuodas })

  it('finds that the table sums to 11,449, not 11,538', () => {
    expect(report).toMatchObject({
      total: '11538',
      unit: { value: '1', inferred: true },
      publishedSum: '11449',
      sumMatches: false,
      sumDifference: '-89',
    })
    expect(report.findings[0]).toMatchObject({
      code: 'SUM_MISMATCH',
      params: { published: '11449', total: '11538' },
    })
    expect(report.findings[0]?.message.lt).toBe(
      'Paskelbtos sumos sudaro 11 449,00 Eur, o ne 11 538,00 Eur (skirtumas -89,00 Eur).',
    )
  })

  it('lists the rows that differ from largest remainder, and by how much', () => {
    expect(report.differences).toEqual([
      { id: 'Skuodo seniūnija', published: '1653', computed: '1743', difference: '-90' },
      { id: 'Lenkimų seniūnija', published: '523', computed: '524', difference: '-1' },
      { id: 'Barstyčių seniūnija', published: '500', computed: '498', difference: '2' },
    ])
  })

  it('ranks the methods: largest remainder and round half up explain 6 of 9 rows equally, floor 5', () => {
    expect(report.methods.map((m) => [m.method, m.matchingRows, m.totalAbsoluteDifference, m.sum])).toEqual([
      ['largest-remainder', 6, '93', '11538'],
      ['round-half-up', 6, '93', '11538'],
      ['floor', 5, '94', '11533'],
    ])
    expect(report.closest).toEqual({
      methods: ['largest-remainder', 'round-half-up'],
      exact: false,
      matchingRows: 6,
      totalAbsoluteDifference: '93',
      maxAbsoluteDifference: '90',
    })
  })

  it('with the inferred 500 minimum, Barstyčių matches and floor comes closest', () => {
    const withMinimum = checkPublishedAllocation({ total: '11538', minimum: '500', rows: skuodas })
    expect(withMinimum.differences.map((d) => d.id)).not.toContain('Barstyčių seniūnija')
    expect(withMinimum.closest).toMatchObject({
      methods: ['floor'],
      matchingRows: 6,
      totalAbsoluteDifference: '91',
    })
  })
})

describe('checkPublishedAllocation: Kretinga 2017 (no named method reproduces it)', () => {
  it('sums to the stated 26,285.56 but is far from a pure pro-rata split', () => {
    const report = checkPublishedAllocation({ total: '26285.56', rows: kretinga2017 })
    expect(report).toMatchObject({
      unit: { value: '0.01', inferred: true },
      publishedSum: '26285.56',
      sumMatches: true,
    })
    expect(report.methods.map((m) => [m.method, m.matchingRows, m.totalAbsoluteDifference, m.sum])).toEqual([
      ['largest-remainder', 0, '3167.92', '26285.56'],
      ['round-half-up', 0, '3167.91', '26285.57'],
      ['floor', 0, '3167.97', '26285.51'],
    ])
    expect(report.closest).toMatchObject({
      methods: ['round-half-up'],
      exact: false,
      maxAbsoluteDifference: '1515.24',
    })
    expect(report.findings.at(-1)?.code).toBe('NOT_REPRODUCED')
  })

  it('with the inferred EUR 500 fixed part, every method is within EUR 5.27 per row, none exact; floor is closest', () => {
    const report = checkPublishedAllocation({ total: '26285.56', fixed: '500', rows: kretinga2017 })
    expect(
      report.methods.map((m) => [
        m.method,
        m.matchingRows,
        m.totalAbsoluteDifference,
        m.maxAbsoluteDifference,
      ]),
    ).toEqual([
      ['largest-remainder', 0, '10.52', '5.26'],
      ['round-half-up', 0, '10.54', '5.26'],
      ['floor', 0, '10.50', '5.27'],
    ])
    expect(report.closest).toEqual({
      methods: ['floor'],
      exact: false,
      matchingRows: 0,
      totalAbsoluteDifference: '10.50',
      maxAbsoluteDifference: '5.27',
    })
    // the city eldership absorbs the residual: +5.26 against largest remainder; the others are 0.6–0.7 below
    expect(report.differences[0]).toEqual({
      id: 'Kretingos miesto seniūnija',
      published: '10287.00',
      computed: '10281.74',
      difference: '5.26',
    })
    expect(report.findings.at(-1)?.message.en).toContain('None of the methods')
  })
})

describe('checkPublishedAllocation: Kretinga 2022 (750 fixed + largest remainder reproduces it)', () => {
  it('is reproduced exactly by largest remainder; round half up would overspend by EUR 1', () => {
    const report = checkPublishedAllocation({ total: '25957', fixed: '750', rows: kretinga2022 })
    expect(report.sumMatches).toBe(true)
    expect(report.differences).toEqual([])
    expect(report.closest).toMatchObject({ methods: ['largest-remainder'], exact: true, matchingRows: 9 })
    expect(report.methods[1]).toMatchObject({ method: 'round-half-up', sum: '25958', matchingRows: 8 })
    expect(report.findings.map((f) => f.code)).toEqual(['SUM_OK', 'ROWS_MATCH', 'REPRODUCED'])
  })

  it('rejects impossible input with typed errors', () => {
    const bad = safeCheckPublishedAllocation({ total: '10', rows: [{ id: 'a', weight: 1, amount: '10,00' }] })
    const codes = (r: typeof bad) =>
      r.success ? [] : 'issues' in r.error ? r.error.issues.map(allocationCodeOfIssue) : [r.error.code]
    expect(codes(bad)).toEqual(['INVALID_AMOUNT'])
    const dup = safeCheckPublishedAllocation({
      total: '10',
      rows: [
        { id: 'a', weight: 1, amount: '5' },
        { id: 'a', weight: 1, amount: '5' },
      ],
    })
    expect(codes(dup)).toEqual(['DUPLICATE_ID'])
  })
})

describe('properties', () => {
  test.prop([
    allocateInputArb({ maxLength: 15, units: ['0.01', '1'] }),
    fc.nat(),
    fc.integer({ min: 1, max: 50 }),
  ])(
    'a table made by allocate is reproduced exactly; one edited row is found with its difference',
    (input, pick, delta) => {
      const shares = allocate(input).shares
      const rows = input.recipients.map((r, i) => ({ id: r.id, weight: r.weight, amount: shares[i]!.amount }))
      const base = { total: input.total, unit: input.unit, fixed: input.fixed, minimum: input.minimum }
      const report = checkPublishedAllocation({ ...base, rows })
      expect(report.closest.exact).toBe(true)
      expect(report.closest.methods).toContain('largest-remainder')
      expect(report.differences).toEqual([])
      const i = pick % rows.length
      const unit = input.unit ?? '0.01'
      const bumped = allocate({ ...input, total: input.total }).shares[i]!.amount
      const edited = rows.map((r, k) => (k === i ? { ...r, amount: addUnits(bumped, delta, unit) } : r))
      const report2 = checkPublishedAllocation({ ...base, rows: edited })
      expect(report2.sumMatches).toBe(false)
      expect(report2.differences).toEqual([
        {
          id: rows[i]!.id,
          published: addUnits(bumped, delta, unit),
          computed: bumped,
          difference: addUnits('0', delta, unit),
        },
      ])
    },
  )
})

function addUnits(amount: string, units: number, unit: string): string {
  const scale = unit.includes('.') ? unit.split('.')[1]!.length : 0
  const toInt = (s: string) => {
    const [w, f = ''] = s.split('.')
    return BigInt(w! + f.padEnd(scale, '0'))
  }
  const v = toInt(amount) + BigInt(units) * toInt(unit)
  const digits = v.toString().padStart(scale + 1, '0')
  return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`
}
