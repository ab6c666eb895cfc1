import { test } from '@fast-check/vitest'
import { MAX_ISSUES } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../fixtures.js'
import { REPORT_SCHEMA_NAMES } from '../report-schemas.js'
import { brokenCsvArb } from '../testing.js'
import { reportToCsv, validateReportCsv, validateReportCsvAsync } from './report-csv.js'

const council = fixtures.councilPlanReportKlaipedaDistrict2024
const header = council.csv.split('\r\n')[0] ?? ''
const sparse = (rows: number) => [header, ...Array.from({ length: rows }, (_, i) => `${i + 1}`)].join('\r\n')

describe('large CSV reports (issue 19)', () => {
  it('80,000 rows with four empty required cells each: 100 errors listed, every one counted', () => {
    const result = validateReportCsv('council-plan-report.v1', sparse(80_000), { lang: 'en' })
    expect(result.errors).toHaveLength(MAX_ISSUES)
    // Four empty required cells a row, and the six report-level fields absent from every row.
    expect(result.errorCount).toBe(4 * 80_000 + 6)
    expect(result.errors.map((e) => e.row).slice(0, 8)).toEqual([2, 2, 2, 2, 2, 2, 2, 2])
    // The six report-level findings come first (the schema's key order), then four a row: 94 of them
    // end in the 24th data row (spreadsheet row 25).
    expect(result.errors.at(-1)).toMatchObject({ row: 25, code: 'schema.required' })
  })

  it('counting past the limit agrees with describing every finding (a CSV error switches counting off)', () => {
    // A bad cell in the last row: the reader reports it, so every schema finding is located and
    // checked against it instead of counted.
    const counted = validateReportCsv('council-plan-report.v1', sparse(3_000))
    const described = validateReportCsv('council-plan-report.v1', `${sparse(3_000)}\r\nseptyni`)
    // The bad row number, then the row's four empty required cells.
    expect(described.errorCount).toBe(counted.errorCount + 1 + 4)
    expect(described.errors[0]).toMatchObject({ code: 'csv.invalid-row-number', row: 3_002 })
    expect(described.errors.slice(1)).toEqual(counted.errors.slice(0, MAX_ISSUES - 1))
  })

  it('the async variant lets a timer run before it answers, and answers the same', async () => {
    const csv = sparse(20_000)
    const order: string[] = []
    setTimeout(() => order.push('timer'), 0)
    const result = await validateReportCsvAsync('council-plan-report.v1', csv)
    order.push('validated')
    expect(order).toEqual(['timer', 'validated'])
    expect(result).toEqual(validateReportCsv('council-plan-report.v1', csv))
  })

  it('the async variant throws bad options at once, as the synchronous one does', () => {
    expect(() => validateReportCsvAsync('council-plan-report.v1', '', { lang: 'de' as never })).toThrow(
      /options/i,
    )
  })

  it('8,000 valid rows give the valid result (zod sees only one of them)', async () => {
    const rows = Array.from({ length: 8_000 / 10 + 1 }, () => council.data.rows)
      .flat()
      .slice(0, 8_000)
      .map((row, i) => ({ ...row, no: i + 1 }))
    const csv = reportToCsv('council-plan-report.v1', { ...council.data, rows })
    const result = await validateReportCsvAsync('council-plan-report.v1', csv)
    expect(result.valid).toBe(true)
    expect(result.data?.rows).toHaveLength(8_000)
    expect(result.data?.rows[7_999]).toEqual(rows[7_999])
    expect(result.warnings).toHaveLength(MAX_ISSUES)
  })
})

describe('properties', () => {
  for (const name of REPORT_SCHEMA_NAMES) {
    test.prop([brokenCsvArb(name)])(
      `${name}: validateReportCsvAsync answers what validateReportCsv does`,
      async ({ csv }) => {
        expect(await validateReportCsvAsync(name, csv)).toEqual(validateReportCsv(name, csv))
      },
    )
  }
})
