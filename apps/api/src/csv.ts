import { detectCsvSeparator, parseLithuanianDecimal } from '@talka/core/csv'
import Papa from 'papaparse'
import { ApiError } from './api-error.js'

/**
 * A CSV table read from a request body: the header cells as written, and each data row with its
 * spreadsheet row number (the header row is 1, so the first data row is 2).
 *
 * @example
 * ```ts
 * import type { CsvTable } from './csv.js'
 * const table: CsvTable = { headers: ['municipality', 'residents'], rows: [{ row: 2, cells: ['Jonavos rajono savivaldybė', '41163'] }] }
 * ```
 */
export interface CsvTable {
  readonly headers: readonly string[]
  readonly rows: readonly { readonly row: number; readonly cells: readonly string[] }[]
}

/**
 * One problem located in a CSV table as a spreadsheet user sees it (same convention as
 * `@talka/reporting`'s `CsvIssue`): `row` counts the header as 1, `column` is the header as written
 * (`''` when not in one column), `path` the JSON path the cell maps to.
 *
 * @example
 * ```ts
 * import type { CsvCellError } from './csv.js'
 * const e: CsvCellError = { row: 3, dataRow: 2, column: 'residents', code: 'invalid_union', message: '…', path: ['residents', 'figures', 1, 'residents'] }
 * ```
 */
export interface CsvCellError {
  readonly row: number
  readonly dataRow?: number
  readonly column: string
  readonly code: string
  readonly message: string
  readonly path?: readonly (string | number)[]
}

/**
 * Reads a generic CSV table from decoded text (see `decodeCsvText`) with papaparse: the separator
 * is core's `detectCsvSeparator` of the header row (`;` or `,`; a header with tabs and neither is
 * tab-separated), quoted cells with separators, quotes and line breaks, blank lines skipped. Throws
 * a 400 `MALFORMED_CSV` problem, with the row of each error (at most 100, and their count), for a
 * table papaparse cannot read or one without a data row.
 *
 * @example
 * ```ts
 * import { readCsvTable } from './csv.js'
 * readCsvTable('municipality;residents\nJonavos rajono savivaldybė;41163\n').rows[0]?.cells // ['Jonavos rajono savivaldybė', '41163']
 * ```
 */
export function readCsvTable(text: string): CsvTable {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const delimiter =
    firstLine.includes('\t') && !firstLine.includes(';') && !firstLine.includes(',')
      ? '\t'
      : detectCsvSeparator(firstLine)
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' })
  const errors: CsvCellError[] = parsed.errors.slice(0, 100).map((error) => ({
    row: (error.row ?? 0) + 1,
    column: '',
    code: `csv.${error.code}`,
    message: error.message,
  }))
  let errorCount = parsed.errors.length
  const [header, ...data] = parsed.data
  if (!header || data.length === 0) {
    errorCount++
    if (errors.length < 100)
      errors.push({ row: data.length === 0 ? 2 : 1, column: '', code: 'csv.no-data', message: 'No data row' })
  }
  if (errors.length > 0) throw new ApiError(400, 'MALFORMED_CSV', {}, { errors, issueCount: errorCount })
  return {
    headers: (header ?? []).map((cell) => cell.trim()),
    rows: data.map((cells, index) => ({ row: index + 2, cells: cells.map((cell) => cell.trim()) })),
  }
}

/**
 * A number cell as the package schemas read numbers: core's `parseLithuanianDecimal` turns what a
 * Lithuanian spreadsheet shows (`41 234`, `1 234,50`, `2 600,00 €`) into a decimal string; a cell
 * it cannot read is passed on as written, so the package's parser reports it at its row and column.
 *
 * @example
 * ```ts
 * import { numberCell } from './csv.js'
 * numberCell('41 234') // '41234'
 * numberCell('18 40x') // '18 40x'
 * ```
 */
export function numberCell(cell: string): string {
  return parseLithuanianDecimal(cell) ?? cell
}

/**
 * The index of the first header that matches one of `names` (case-, accent- and
 * whitespace-insensitive, so `Savivaldybė`, `savivaldybe ` and `SAVIVALDYBĖ` all match), or -1.
 *
 * @example
 * ```ts
 * import { findColumn } from './csv.js'
 * findColumn(['Savivaldybė', 'Gyventojai'], ['municipality', 'savivaldybe']) // 0
 * ```
 */
export function findColumn(headers: readonly string[], names: readonly string[]): number {
  const key = (value: string) =>
    value.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase()
  const wanted = new Set(names.map(key))
  return headers.findIndex((header) => wanted.has(key(header)))
}
