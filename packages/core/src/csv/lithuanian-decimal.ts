// Spaces people and spreadsheets put between thousands: space, no-break space, narrow no-break space,
// thin space.
const GROUP_SPACE = /[ \u00a0\u202f\u2009]/
const TRAILING_CURRENCY = /\s*(?:€|eur)$/i
const DIGITS = /^\d+$/
const GROUPS = (mark: string) => new RegExp(`^\\d{1,3}(?:${mark}\\d{3})+$`)
const SPACE_GROUPS = GROUPS('[ \\u00a0\\u202f\\u2009]')
const DOT_GROUPS = GROUPS('\\.')
const COMMA_GROUPS = GROUPS(',')

function wholePart(text: string, groups: RegExp | undefined): string | undefined {
  if (DIGITS.test(text)) return text
  if (SPACE_GROUPS.test(text) || groups?.test(text) === true) {
    return text.replace(/\D/g, '')
  }
  return undefined
}

/**
 * THE parser of a number as Lithuanian officers type it in a spreadsheet cell, to a plain decimal
 * string (`"2600.00"`), never through a float; `undefined` when the cell is not one number.
 *
 * - the decimal mark is a comma (`2600,5`) or a dot (`2600.50`); decimals are kept as typed;
 * - thousands may be grouped with spaces (space, no-break space, narrow no-break space:
 *   `2 600,00`), or with the other mark when both appear (`2.600,00`, `2,600.00`), and a mark that
 *   repeats in groups of three is grouping (`1.234.567`);
 * - a leading `-` (or `−`) and a trailing `€` / `EUR` are allowed; surrounding spaces are ignored;
 * - leading zeros of the whole part are dropped (`007` → `7`); `-0` is `0`.
 *
 * A single comma or dot is always the decimal mark (`1,234` is 1.234, as Lithuanians write it).
 * Callers check the range and the number of decimals (e.g. with `AmountSchema`).
 *
 * @example
 * ```ts
 * import { parseLithuanianDecimal } from '@talka/core/csv'
 * parseLithuanianDecimal('2 600,00') // '2600.00'
 * parseLithuanianDecimal('2600,5') // '2600.5'
 * parseLithuanianDecimal('2600.50 €') // '2600.50'
 * parseLithuanianDecimal('-3,50') // '-3.50'
 * parseLithuanianDecimal('12 €uro') // undefined
 * ```
 */
export function parseLithuanianDecimal(cell: string): string | undefined {
  let text = cell.trim().replace(TRAILING_CURRENCY, '')
  let negative = false
  if (text.startsWith('-') || text.startsWith('\u2212')) {
    negative = true
    text = text.slice(1)
  }
  if (text === '' || GROUP_SPACE.test(text.charAt(0))) return undefined
  const lastComma = text.lastIndexOf(',')
  const lastDot = text.lastIndexOf('.')
  let whole: string | undefined
  let fraction: string | undefined
  if (lastComma === -1 && lastDot === -1) {
    whole = wholePart(text, undefined)
  } else {
    const markAt = Math.max(lastComma, lastDot)
    const mark = text.charAt(markAt)
    const head = text.slice(0, markAt)
    const tail = text.slice(markAt + 1)
    const other = mark === ',' ? '.' : ','
    const repeated = head.includes(mark)
    if (repeated) {
      // "1.234.567": the mark only groups thousands; there is no fraction.
      if (head.includes(other)) return undefined
      whole = wholePart(text, mark === '.' ? DOT_GROUPS : COMMA_GROUPS)
    } else {
      if (!DIGITS.test(tail)) return undefined
      fraction = tail
      whole = wholePart(head, head.includes(other) ? (other === '.' ? DOT_GROUPS : COMMA_GROUPS) : undefined)
    }
  }
  if (whole === undefined || whole === '') return undefined
  whole = whole.replace(/^0+(?=\d)/, '')
  const value = fraction === undefined ? whole : `${whole}.${fraction}`
  return negative && /[1-9]/.test(value) ? `-${value}` : value
}
