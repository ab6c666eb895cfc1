/**
 * Language and number formatting shared by the interactive tools. The tools follow the page's
 * locale (`lt-LT` at the root, `en-GB` under /en/).
 */

/** A language of the site. */
export type Lang = 'lt' | 'en'

/** A text in both languages. */
export interface Localized {
  readonly lt: string
  readonly en: string
}

/** The tool language of a VitePress page language (`lt-LT`, `en-GB`). */
export function langOf(siteLang: string | undefined): Lang {
  return siteLang?.toLowerCase().startsWith('en') ? 'en' : 'lt'
}

const THOUSANDS: Record<Lang, string> = { lt: '\u00a0', en: ',' }
const DECIMAL: Record<Lang, string> = { lt: ',', en: '.' }

/**
 * A decimal string (`'-1234.5'`) for reading: thousands grouped (a no-break space in Lithuanian, a
 * comma in English) and the language's decimal mark. Exact: the digits are never turned into a
 * float. Anything that is not a decimal string is returned as it is.
 */
export function formatDecimal(value: string, lang: Lang): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value)
  if (!match) return value
  const [, sign, whole, fraction] = match as unknown as [string, string, string, string | undefined]
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS[lang])
  return `${sign === '-' ? '−' : ''}${grouped}${fraction === undefined ? '' : DECIMAL[lang] + fraction}`
}

export { COMMON, OWN_CALL_TEXT } from './texts.js'

/** The text of `key` of a texts table in `lang`. */
export function tr<T extends Record<string, Localized>>(table: T, key: keyof T, lang: Lang): string {
  return table[key]![lang]
}
