/**
 * Reading and writing the small CSV tables of the tools (allocation weights, evaluators' scores).
 * Reading uses papaparse, the parser @talka/reporting already uses; report files are read by
 * @talka/reporting itself.
 */
import Papa from 'papaparse'

/** A CSV table: the header row and the data rows, every cell trimmed; blank lines dropped. */
export interface CsvTable {
  readonly headers: readonly string[]
  readonly rows: readonly (readonly string[])[]
  readonly delimiter: string
}

/**
 * Parses CSV text: UTF-8 with or without BOM, delimiter `;` (what Lithuanian Excel writes), `,` or
 * tab, guessed from the text. Cells are trimmed; lines with no content are dropped.
 */
export function parseCsv(text: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, '')
  const parsed = Papa.parse<string[]>(clean, {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
  })
  const all = parsed.data.map((row) => row.map((cell) => cell.trim()))
  const [headers = [], ...rows] = all
  return { headers, rows, delimiter: parsed.meta.delimiter }
}

const NEEDS_QUOTES = /[";,\t\r\n]|^\s|\s$/
const FORMULA = /^[=+\-@\t\r]/

/**
 * Writes rows as CSV with `;` and CRLF (as Lithuanian Excel opens it). A text cell that starts like
 * a spreadsheet formula gets a leading apostrophe; numbers are written as they are.
 */
export function toCsv(rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  const cell = (value: string) => {
    const safe = FORMULA.test(value) && !/^-?\d/.test(value) ? `'${value}` : value
    return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  const body = rows.map((row) => row.map(cell).join(';')).join('\r\n')
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`
}

/**
 * A decimal number as people type it (`1 234,56`, `1234.56`, `1.234,56`, `12 €`) as a plain decimal
 * string (`'1234.56'`), or `null` if it is not a non-negative number. Never goes through a float.
 */
export function normaliseDecimal(text: string): string | null {
  let s = text.replace(/[\s\u00a0\u202f]|€|eur$/gi, '')
  if (s === '') return null
  if (s.includes(',') && s.includes('.')) {
    // The last mark is the decimal one; the other groups thousands.
    s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '')
  } else if (s.includes(',')) {
    s = /^\d{1,3}(,\d{3})+$/.test(s) && s.split(',').length > 2 ? s.replace(/,/g, '') : s.replace(',', '.')
  }
  if (!/^\d+(\.\d+)?$/.test(s)) return null
  const [whole = '0', fraction] = s.split('.')
  const trimmed = whole.replace(/^0+(?=\d)/, '')
  return fraction === undefined ? trimmed : `${trimmed}.${fraction}`
}

/** A non-negative whole number (`'4 216'`, `'4216'`) as a digit string, or `null`. */
export function normaliseInteger(text: string): string | null {
  const s = text.replace(/[\s\u00a0\u202f]/g, '')
  return /^\d+$/.test(s) ? s.replace(/^0+(?=\d)/, '') : null
}

/** Reads a file the user picked as text (UTF-8). */
export async function readFileText(file: Blob): Promise<string> {
  return await file.text()
}
