import Papa from 'papaparse'
import type { CsvSeparator } from './separator.js'

/**
 * One cell given to {@link writeCsv}: text, a number (written as JavaScript prints it; whole cents
 * or counts, never a float amount) or `null` for an empty cell.
 *
 * @example
 * ```ts
 * import type { CsvCell } from '@talka/core/csv'
 * const row: CsvCell[] = ['Jonavos rajono savivaldybė', 41163, null]
 * ```
 */
export type CsvCell = string | number | null

/**
 * Options of {@link writeCsv}: the separator (default `;`, what Lithuanian Excel opens directly) and
 * whether to start with a UTF-8 byte-order mark (default `false`; set it for a file that Excel opens
 * by double-click, so that it reads ą, č, ę … as UTF-8).
 *
 * @example
 * ```ts
 * import type { WriteCsvOptions } from '@talka/core/csv'
 * const forExcel: WriteCsvOptions = { separator: ';', bom: true }
 * ```
 */
export interface WriteCsvOptions {
  readonly separator?: CsvSeparator | undefined
  readonly bom?: boolean | undefined
}

// A plain decimal number as Talka writes numbers in cells ("-3.50", "54,0", "12"): a spreadsheet reads
// it as a number, never as a formula, so it is not neutralised.
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/

function startsLikeFormula(text: string): boolean {
  let i = 0
  while (text.charCodeAt(i) === 39 /* ' */) i++
  switch (text.charCodeAt(i)) {
    case 61 /* = */:
    case 43 /* + */:
    case 45 /* - */:
    case 64 /* @ */:
    case 9 /* tab */:
    case 13 /* CR */:
      return true
    default:
      return false
  }
}

/**
 * The one formula-neutralising rule of every CSV Talka writes. A spreadsheet runs a text cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula (`-2+3+cmd|' /C calc'!A0`
 * starts a program in old Excel), so such a cell gets a leading apostrophe, which spreadsheets read
 * as "this is text". A plain decimal number (`-3.50`, `-3,50`, `12`) stays as it is: it is a number,
 * not a formula. A cell of apostrophes followed by one of those characters gets one more apostrophe,
 * so that {@link restoreCell}, which removes exactly one, gives back the text as it was.
 *
 * @example
 * ```ts
 * import { neutraliseCell } from '@talka/core/csv'
 * neutraliseCell('=SUM(A1:A9)') // "'=SUM(A1:A9)"
 * neutraliseCell("-2+3+cmd|' /C calc'!A0") // "'-2+3+cmd|' /C calc'!A0"
 * neutraliseCell('-3.50') // '-3.50'
 * neutraliseCell('Šiauliai') // 'Šiauliai'
 * ```
 */
export function neutraliseCell(text: string): string {
  return startsLikeFormula(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text
}

/**
 * The inverse of {@link neutraliseCell} for readers of Talka's own files: removes the one apostrophe
 * that `neutraliseCell` added (a cell of apostrophes followed by `=`, `+`, `-`, `@`, tab or CR).
 *
 * @example
 * ```ts
 * import { restoreCell } from '@talka/core/csv'
 * restoreCell("'=SUM(A1:A9)") // '=SUM(A1:A9)'
 * restoreCell("''=x") // "'=x"
 * restoreCell("'kabutė") // "'kabutė"
 * ```
 */
export function restoreCell(cell: string): string {
  return cell.charCodeAt(0) === 39 && startsLikeFormula(cell) ? cell.slice(1) : cell
}

function cellText(cell: CsvCell): string {
  if (cell === null) return ''
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`A CSV cell must be a finite number, got ${cell}`)
    return String(cell)
  }
  return neutraliseCell(cell)
}

/**
 * THE CSV writer of every CSV Talka produces (packages, API, docs tools): papaparse's `unparse` with
 * cells quoted only where needed (separator, quote, line break, leading or trailing space; quotes
 * doubled), `\r\n` after every row, `;` by default, and one formula-neutralising rule
 * ({@link neutraliseCell}): a text cell that starts with `=`, `+`, `-`, `@`, tab or CR gets a leading
 * apostrophe unless it is a plain decimal number. Numbers are written as given; `null` is an empty
 * cell. Throws a `RangeError` for a non-finite number or an unknown separator (bugs in the caller).
 *
 * @example
 * ```ts
 * import { writeCsv } from '@talka/core/csv'
 * writeCsv([['Savivaldybė', 'Suma'], ['Šiaulių m.', '-3.50'], ['=1+1', null]])
 * // "Savivaldybė;Suma\r\nŠiaulių m.;-3.50\r\n'=1+1;\r\n"
 * writeCsv([['a;b', 'c']], { separator: ',', bom: true }) // '\uFEFFa;b,c\r\n'
 * ```
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[], options: WriteCsvOptions = {}): string {
  const separator = options.separator ?? ';'
  if (separator !== ';' && separator !== ',') throw new RangeError(`Unknown CSV separator: ${separator}`)
  const cells = rows.map((row) => row.map(cellText))
  const body =
    cells.length === 0
      ? ''
      : `${Papa.unparse(cells, { delimiter: separator, newline: '\r\n', quotes: false })}\r\n`
  return options.bom === true ? `\uFEFF${body}` : body
}
