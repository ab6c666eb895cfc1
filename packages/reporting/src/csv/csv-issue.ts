import type { MessageParams } from '@talka/core'
import type { ReportIssue } from '../report-issue.js'

/**
 * One problem found in a CSV file: a {@link ReportIssue} (so core's `Issue`: `path`, `code`,
 * `message`) located as a spreadsheet user sees it: `row` is the spreadsheet row number (the header
 * row is 1, so the 7th data row is row 8), `column` the column header exactly as written in the file
 * (`''` when the problem is not in one column). `dataRow` counts data rows only (1 = first row under
 * the header); `path` is the JSON path the cell maps to (`[]` for a problem of the file as a whole).
 *
 * @example
 * ```ts
 * import type { CsvIssue } from '@talka/reporting'
 * const issue: CsvIssue = {
 *   row: 8, dataRow: 7, column: 'Eil. Nr.', code: 'csv.invalid-row-number', severity: 'error',
 *   message: '„septyni“ nėra eilės numeris (pvz., 7 arba 7.).', params: { value: 'septyni' },
 *   path: ['rows', 6, 'no'],
 * }
 * ```
 */
export interface CsvIssue extends ReportIssue {
  readonly row: number
  readonly column: string
  readonly params: MessageParams
  readonly dataRow?: number
}
