/**
 * Validating a report: the council's plan report (seed 003) as JSON with its warnings, and as CSV
 * with a broken cell reported at its row and column. Shown in docs/guides/validate-report.md.
 */
// #region json
import { fixtures, jsonSchemaFor, parseReportCsv, reportToCsv, validateReport } from '@talka/reporting'

const report = fixtures.councilPlanReportKlaipedaDistrict2024.data
export const checked = validateReport('council-plan-report.v1', report, { lang: 'lt' })
// checked.valid === true; checked.warnings: events of 2023 in the 2024 report (a warning, not an error)
// #endregion json

// #region csv
// The same report as a spreadsheet would save it: `;`-separated, Lithuanian headers.
const csv = reportToCsv('council-plan-report.v1', report)
// Someone typed "septyni" in the row-number column of the 7th data row.
const edited = csv.replace(/\n7;/, '\nseptyni;')
export const parsed = parseReportCsv('council-plan-report.v1', edited)
// parsed.errors[0] points at the cell: { row, column: 'Eil. Nr.', code, message }
// #endregion csv

// #region schema
export const schema = jsonSchemaFor('council-plan-report.v1')
// #endregion schema

export const output = {
  valid: checked.valid,
  warnings: checked.warnings.map((w) => `${w.path.join('.')}: ${w.message}`),
  csvErrors: parsed.errors.map((e) => ({ row: e.row, column: e.column, code: e.code, message: e.message })),
  schemaId: schema.$id,
}
