import type { MessageParams } from '@talka/core'

/**
 * One problem found in a CSV file, located as a spreadsheet user sees it: `row` is the spreadsheet
 * row number (the header row is 1, so the 7th data row is row 8), `column` the column header exactly
 * as written in the file (`''` when the problem is not in one column). `dataRow` counts data rows
 * only (1 = first row under the header); `path` is the JSON path the cell maps to.
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
export interface CsvIssue {
  readonly row: number
  readonly column: string
  readonly code: string
  readonly message: string
  readonly severity: 'error' | 'warning'
  readonly params: MessageParams
  readonly dataRow?: number
  readonly path?: readonly (string | number)[]
  readonly ruleId?: string
}
