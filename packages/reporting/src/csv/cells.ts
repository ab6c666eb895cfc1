import { decimalsOf, type Lang, type MessageParams } from '@talka/core'
import { parseLithuanianDecimal } from '@talka/core/csv'
import type { CodeList } from '../code-lists.js'
import { ISO_DATE_PATTERN, PARTIAL_DATE_PATTERN } from '../primitives.js'
import type { CsvMessageKey } from './csv-messages.js'

/** The outcome of reading one cell: its value, or a problem code with parameters. */
export type CellRead<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: CsvMessageKey; readonly params: MessageParams }

/** How a typed value is read from and written to a cell. */
export interface CellCodec<T> {
  /** Reads a non-empty cell (as written, formula escape removed). */
  read(cell: string, lang: Lang): CellRead<T>
  /** Writes a value (of a schema-valid document). */
  write(value: T, lang: Lang): string
}

const SPACES = /[ \u00a0\u202f]/g
const GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/
const fail = (code: CsvMessageKey, params: MessageParams): CellRead<never> => ({ ok: false, code, params })

function readWhole(text: string): number | undefined {
  const t = text.trim()
  if (!/^\d+$/.test(t) && !GROUPED.test(t)) return undefined
  const n = Number(t.replace(SPACES, ''))
  return Number.isSafeInteger(n) ? n : undefined
}

/** Text, kept exactly as written. */
export const textCell: CellCodec<string> = {
  read: (cell) => ({ ok: true, value: cell }),
  write: (value) => value,
}

/** A non-negative whole number; `1 000` (grouped with spaces) is accepted. */
export const countCell: CellCodec<number> = {
  read(cell) {
    const n = readWhole(cell)
    return n === undefined ? fail('csv.invalid-count', { value: cell }) : { ok: true, value: n }
  },
  write: (value) => String(value),
}

/** A row number as the document writes it: `7` or `7.`. */
export const rowNumberCell: CellCodec<number> = {
  read(cell) {
    const n = readWhole(cell.trim().replace(/\.$/, ''))
    return n === undefined ? fail('csv.invalid-row-number', { value: cell }) : { ok: true, value: n }
  },
  write: (value) => String(value),
}

/** A year, four digits. */
export const yearCell: CellCodec<number> = {
  read(cell) {
    const t = cell.trim()
    return /^\d{4}$/.test(t) ? { ok: true, value: Number(t) } : fail('csv.invalid-year', { value: cell })
  },
  write: (value) => String(value),
}

/**
 * An amount as officers type it (core's `parseLithuanianDecimal`: `1234.56`, `1234,56`, `1 234,56`,
 * `2.600,00`, optionally followed by `€` or `EUR`), non-negative with at most two decimals; stored as
 * a decimal string with a dot.
 */
export const amountCell: CellCodec<string> = {
  read(cell) {
    const value = parseLithuanianDecimal(cell)
    // The range is the schema's (core's AmountSchema); here: a non-negative number, two decimals at most.
    if (value === undefined || value.startsWith('-') || decimalsOf(value) > 2)
      return fail('csv.invalid-amount', { value: cell })
    return { ok: true, value }
  },
  write: (value) => value,
}

/** A non-negative decimal (`12.5`, `12,5`, `1 200,5`), stored with a dot. */
export const decimalCell: CellCodec<string> = {
  read(cell) {
    const value = parseLithuanianDecimal(cell)
    return value === undefined || value.startsWith('-') || /€|eur/i.test(cell)
      ? fail('csv.invalid-decimal', { value: cell })
      : { ok: true, value }
  },
  write: (value) => value,
}

/** A calendar date `YYYY-MM-DD`. */
export const dateCell: CellCodec<string> = {
  read(cell) {
    const t = cell.trim()
    return ISO_DATE_PATTERN.test(t)
      ? { ok: true, value: t }
      : fail('csv.invalid-date', { value: cell, format: 'YYYY-MM-DD' })
  },
  write: (value) => value,
}

const PARTIAL_FORMAT = 'YYYY-MM-DD, YYYY-MM, YYYY'

/** A date of reduced precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDateCell: CellCodec<string> = {
  read(cell) {
    const t = cell.trim()
    return PARTIAL_DATE_PATTERN.test(t)
      ? { ok: true, value: t }
      : fail('csv.invalid-date', { value: cell, format: PARTIAL_FORMAT })
  },
  write: (value) => value,
}

/** A list of dates of reduced precision, separated by commas or semicolons. */
export const partialDateListCell: CellCodec<string[]> = {
  read(cell) {
    const values: string[] = []
    for (const piece of cell.split(/[,;]/)) {
      const t = piece.trim()
      if (t === '') continue
      if (!PARTIAL_DATE_PATTERN.test(t)) return fail('csv.invalid-date', { value: t, format: PARTIAL_FORMAT })
      values.push(t)
    }
    return { ok: true, value: values }
  },
  write: (value) => value.join(', '),
}

/** A comma-separated list of names (each trimmed, empty pieces dropped). */
export const nameListCell: CellCodec<string[]> = {
  read: (cell) => ({
    ok: true,
    value: cell
      .split(',')
      .map((piece) => piece.trim())
      .filter((piece) => piece !== ''),
  }),
  write: (value) => value.join(', '),
}

const fold = (text: string) => text.trim().toLocaleLowerCase('lt')

/** A code of a code list, written as its label in the header language; code or either label read. */
export function codeCell<C extends string>(list: CodeList<C>): CellCodec<C> {
  return {
    read(cell, lang) {
      const key = fold(cell)
      const entry = list.find((e) => fold(e.code) === key || fold(e.lt) === key || fold(e.en) === key)
      return entry
        ? { ok: true, value: entry.code }
        : fail('csv.invalid-option', { value: cell, options: list.map((e) => e[lang]).join(', ') })
    },
    write(value, lang) {
      return list.find((e) => e.code === value)?.[lang] ?? value
    },
  }
}

/** A count that may be a lower bound: `50`, or `>50` / `daugiau nei 50` / `more than 50`. */
export const qualifiedCountCell: CellCodec<{ value: number; qualifier?: 'more-than' }> = {
  read(cell) {
    const match = /^\s*(>|daugiau nei|more than)?\s*(.*)$/i.exec(cell)
    const n = readWhole(match?.[2] ?? '')
    if (n === undefined) return fail('csv.invalid-count', { value: cell })
    return { ok: true, value: match?.[1] ? { value: n, qualifier: 'more-than' } : { value: n } }
  },
  write: (value) => `${value.qualifier === 'more-than' ? '>' : ''}${value.value}`,
}
