/**
 * Reading and writing the small tables of the tools (allocation weights, evaluators' scores, reports).
 * Everything CSV goes through `@talka/core/csv`: the one writer (`writeCsv`, which neutralises cells
 * that start like a formula), the byte decoder (UTF-8 with or without BOM, UTF-16, Windows-1257 as
 * Lithuanian Excel saves it), the separator guess and the Lithuanian number parser. An `.xlsx` file is
 * read with `read-excel-file` (loaded only when an officer picks one) and turned into the same CSV
 * text, so the page keeps one table format in its address (decision 0077).
 */
import {
  type CsvCell,
  CsvError,
  decodeCsvBytes,
  detectCsvSeparator,
  parseLithuanianDecimal,
  restoreCell,
  writeCsv,
} from '@talka/core/csv'
import Papa from 'papaparse'
import type { Localized } from './i18n.js'

/** A CSV table: the header row and the data rows, every cell trimmed; blank lines dropped. */
export interface CsvTable {
  readonly headers: readonly string[]
  readonly rows: readonly (readonly string[])[]
  readonly delimiter: string
}

/** The first line of a text (where the separator is guessed). */
function headerLine(text: string): string {
  const end = text.search(/[\r\n]/)
  return end === -1 ? text : text.slice(0, end)
}

/**
 * Parses CSV text: delimiter `;` (what Lithuanian Excel writes) or `,`, guessed by `detectCsvSeparator`
 * from the header line; a tab when the header has tabs and neither of those (rows pasted straight from a
 * spreadsheet). Cells are trimmed and a formula guard written by `writeCsv` (a leading apostrophe) is
 * taken off again; lines with no content are dropped.
 */
export function parseCsv(text: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, '')
  const first = headerLine(clean)
  const delimiter = first.includes('\t') && !/[;,]/.test(first) ? '\t' : detectCsvSeparator(first)
  const parsed = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: 'greedy' })
  const all = parsed.data.map((row) => row.map((cell) => restoreCell(cell.trim())))
  const [headers = [], ...rows] = all
  return { headers, rows, delimiter }
}

/**
 * Every row of a CSV text as written, blank rows kept as `[]` (they separate the sections of a
 * published decision); cells trimmed and a formula guard taken off, as `parseCsv` does. The separator
 * is the one given, else guessed from the first line; a final line break adds no row.
 */
export function readCsvRows(text: string, separator?: ';' | ','): string[][] {
  const clean = text.replace(/^\uFEFF/, '').replace(/(\r\n|\n|\r)$/, '')
  if (clean === '') return []
  const parsed = Papa.parse<string[]>(clean, {
    delimiter: separator ?? detectCsvSeparator(headerLine(clean)),
  })
  return parsed.data.map((row) =>
    row.length === 1 && row[0] === '' ? [] : row.map((cell) => restoreCell(cell.trim())),
  )
}

/** Rows as CSV for a spreadsheet: `;`, CRLF and a BOM so that Excel reads the diacritics. */
export function tableCsv(rows: readonly (readonly CsvCell[])[]): string {
  return writeCsv(rows, { bom: true })
}

/**
 * A decimal number as people type it (`1 234,56`, `1234.56`, `1.234,56`, `12 €`) as a plain decimal
 * string (`'1234.56'`), or `undefined` if it is not a non-negative number. `parseLithuanianDecimal`
 * reads the number; the tools' tables (weights, scores, amounts) have no negative values.
 */
export function nonNegativeDecimal(text: string): string | undefined {
  const value = parseLithuanianDecimal(text)
  return value === undefined || value.startsWith('-') ? undefined : value
}

/** A non-negative whole number (`'4 216'`, `'4216'`) as a digit string, or `undefined`. */
export function nonNegativeInteger(text: string): string | undefined {
  const value = nonNegativeDecimal(text)
  return value !== undefined && /^\d+$/.test(value) ? value : undefined
}

/** What reading a picked file gave: the table as CSV text, or a message for the officer. */
export type ReadTableFile =
  | { readonly ok: true; readonly text: string; readonly kind: 'csv' | 'xlsx' }
  | { readonly ok: false; readonly message: Localized }

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Whether bytes start like a ZIP archive (an `.xlsx` file is one). */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** An `.xlsx` cell as CSV text: numbers keep the digits stored in the file (never a float), dates ISO. */
function xlsxCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  return String(value)
}

/** The first sheet of an `.xlsx` file as CSV text (loads `read-excel-file` on first use). */
export async function xlsxToCsv(bytes: Uint8Array): Promise<string> {
  const { readSheet } = await import('read-excel-file/browser')
  // parseNumber keeps a number cell's text as stored ("3745.5"), so amounts never go through a float.
  const rows = await readSheet<string>(bytes.slice().buffer as ArrayBuffer, { parseNumber: (s) => s })
  return writeCsv(rows.map((row) => row.map((cell) => xlsxCell(cell))))
}

/**
 * Reads a file the officer picked: an `.xlsx` workbook (its first sheet) or a CSV file in UTF-8 (with or
 * without BOM), UTF-16 or Windows-1257 (`decodeCsvBytes`). Browser only.
 */
export async function readTableFile(file: Blob & { readonly name?: string }): Promise<ReadTableFile> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  try {
    if (isZip(bytes) || file.type === XLSX_TYPE || /\.xlsx$/i.test(file.name ?? '')) {
      return { ok: true, text: await xlsxToCsv(bytes), kind: 'xlsx' }
    }
    return { ok: true, text: decodeCsvBytes(bytes).text, kind: 'csv' }
  } catch (error) {
    if (error instanceof CsvError) {
      return {
        ok: false,
        message: {
          lt: 'Failo nepavyko perskaityti kaip teksto (UTF-8, UTF-16 ar Windows-1257). Išsaugokite jį kaip „CSV UTF-8“ arba „Excel darbaknygė (.xlsx)“ ir bandykite dar kartą.',
          en: 'The file could not be read as text (UTF-8, UTF-16 or Windows-1257). Save it as "CSV UTF-8" or "Excel workbook (.xlsx)" and try again.',
        },
      }
    }
    return {
      ok: false,
      message: {
        lt: 'Failo nepavyko perskaityti: tai nėra CSV ar Excel (.xlsx) lentelė.',
        en: 'The file could not be read: it is not a CSV or Excel (.xlsx) table.',
      },
    }
  }
}

/** The `accept` attribute of every table file input. */
export const TABLE_FILE_ACCEPT = `.csv,.txt,.xlsx,text/csv,text/plain,${XLSX_TYPE}`
