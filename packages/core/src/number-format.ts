import { formatCents, parseCents } from './cents.js'
import type { Lang } from './messages.js'

/**
 * Numbers as a person reads them in a letter. Lithuanian: decimal comma and space-grouped thousands
 * ("2 600,00 Eur", "54,0", "12 345"); English: decimal point and comma-grouped thousands
 * ("EUR 2,600.00", "54.0"). The digits after the separator are kept exactly as given, so an average
 * published with one decimal stays with one decimal. Spaces are plain U+0020, as in official letters
 * and in the texts users search for.
 */

const PLAIN_NUMBER = /^(-?)(\d+)(?:\.(\d+))?$/

function group(whole: string, separator: string): string {
  // Lithuanian style (and the state standard) groups from four digits: "2 600".
  return whole.length <= 3 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator)
}

/**
 * A plain decimal number (a string such as `"54.0"`, a safe integer or a bigint) in a language's
 * number form. Text that is not a plain number is returned unchanged.
 *
 * @example
 * ```ts
 * import { formatNumber } from '@talka/core'
 * formatNumber('54.0', 'lt') // '54,0'
 * formatNumber('12345.5', 'lt') // '12 345,5'
 * formatNumber('12345.5', 'en') // '12,345.5'
 * ```
 */
export function formatNumber(value: string | number | bigint, lang: Lang): string {
  const text = typeof value === 'string' ? value : value.toString()
  const m = PLAIN_NUMBER.exec(text)
  if (!m) return text
  const [, sign = '', whole = '', fraction] = m
  const lt = lang === 'lt'
  const grouped = group(whole, lt ? ' ' : ',')
  return `${sign}${grouped}${fraction === undefined ? '' : (lt ? ',' : '.') + fraction}`
}

/**
 * An amount of euros (a money string, or whole cents as a safe integer or bigint) with two decimals:
 * Lithuanian `2 600,00 Eur`, English `EUR 2,600.00`.
 *
 * @example
 * ```ts
 * import { formatAmount } from '@talka/core'
 * formatAmount('2600', 'lt') // '2 600,00 Eur'
 * formatAmount(144205, 'en') // 'EUR 1,442.05'
 * ```
 */
export function formatAmount(amount: string | number | bigint, lang: Lang): string {
  const cents = typeof amount === 'string' ? parseCents(amount) : amount
  const number = formatNumber(formatCents(cents), lang)
  return lang === 'lt'
    ? `${number} Eur`
    : number.startsWith('-')
      ? `-EUR ${number.slice(1)}`
      : `EUR ${number}`
}

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {}

/**
 * The CLDR plural category of a number in a language (`Intl.PluralRules`): Lithuanian has `one`
 * (1, 21, 61), `few` (2–9, 22–29), `many` (fractions) and `other` (0, 10–20, 30); English `one` and
 * `other`.
 *
 * @example
 * ```ts
 * import { pluralCategory } from '@talka/core'
 * pluralCategory(61, 'lt') // 'one'
 * pluralCategory(4, 'lt') // 'few'
 * pluralCategory(11, 'lt') // 'other'
 * ```
 */
export function pluralCategory(value: number | string | bigint, lang: Lang): Intl.LDMLPluralRule {
  let rules = pluralRules[lang]
  if (!rules) {
    rules = new Intl.PluralRules(lang)
    pluralRules[lang] = rules
  }
  return rules.select(typeof value === 'number' ? value : Number(value))
}
