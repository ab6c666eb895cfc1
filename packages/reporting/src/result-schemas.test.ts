import { findNonStrictObjects } from '@talka/core/testing'
import { describe, expect, it } from 'vitest'
import { reportToCsv, validateReportCsv } from './csv/report-csv.js'
import { fixtures } from './fixtures.js'
import {
  CsvIssueSchema,
  ReportCsvValidationResultSchema,
  ReportIssueSchema,
  ReportValidationResultSchema,
} from './result-schemas.js'
import { validateReport } from './validate-report.js'

/** A result as it crosses the API: plain JSON. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value))
const expectExact = (schema: { parse: (value: unknown) => unknown }, value: unknown) =>
  expect(schema.parse(json(value))).toEqual(json(value))

describe('result schemas describe exactly what validateReport and validateReportCsv return', () => {
  it('are strict at every level (outside the report documents, which are input schemas)', () => {
    for (const schema of [ReportIssueSchema, CsvIssueSchema]) expect(findNonStrictObjects(schema)).toEqual([])
    expect(findNonStrictObjects(ReportValidationResultSchema)).toEqual([])
    expect(findNonStrictObjects(ReportCsvValidationResultSchema)).toEqual([])
  })

  it('parse the results of every fixture, as JSON and as CSV, in lt and en (valid, with warnings)', () => {
    let warnings = 0
    for (const { schema, data } of Object.values(fixtures)) {
      for (const lang of ['lt', 'en'] as const) {
        const result = validateReport(schema, data, { lang })
        expect(result.valid).toBe(true)
        warnings += result.warningCount
        expectExact(ReportValidationResultSchema, result)
        expectExact(
          ReportCsvValidationResultSchema,
          validateReportCsv(schema, reportToCsv(schema, data), { lang }),
        )
      }
    }
    expect(warnings).toBeGreaterThan(0)
  })

  it('parse invalid results: schema errors, rule errors and CSV cell errors', () => {
    const { schema, data } = fixtures.councilPlanReportKlaipedaDistrict2024
    const broken = validateReport(schema, { ...data, reportYear: 'x', extra: 1 })
    expect(broken.valid).toBe(false)
    expectExact(ReportValidationResultSchema, broken)
    const empty = validateReport('funded-project.v1', {})
    expect(empty.errorCount).toBeGreaterThan(0)
    expectExact(ReportValidationResultSchema, empty)
    const csv = reportToCsv(schema, data).replace(/\r\n2;/, '\r\nx;')
    expectExact(ReportCsvValidationResultSchema, validateReportCsv(schema, csv))
    expectExact(ReportCsvValidationResultSchema, validateReportCsv(schema, ''))
  })

  it('refuse a key nobody documents', () => {
    const { schema, data } = fixtures.fundedProjectLkbs2023
    const result = json(validateReport(schema, data)) as Record<string, unknown>
    expect(ReportValidationResultSchema.safeParse({ ...result, extra: 1 }).success).toBe(false)
  })
})
