import { z } from 'zod'
import { CoreError } from './errors.js'
import { formatAmount, formatNumber, pluralCategory } from './number-format.js'

/**
 * A language Talka renders messages in. Lithuanian is the default of the domain.
 *
 * @example
 * ```ts
 * import type { Lang } from '@talka/core'
 * const lang: Lang = 'lt'
 * ```
 */
export type Lang = 'lt' | 'en'

/**
 * Zod schema of {@link Lang}, defaulting to `'lt'`.
 *
 * @example
 * ```ts
 * import { LangSchema } from '@talka/core'
 * LangSchema.parse(undefined) // 'lt'
 * ```
 */
export const LangSchema = z.enum(['lt', 'en']).default('lt')

/** Both languages Talka supports, Lithuanian first. @example `LANGS.includes('en') // true` */
export const LANGS: readonly Lang[] = ['lt', 'en']

/**
 * A text in both languages.
 *
 * @example
 * ```ts
 * import type { Localized } from '@talka/core'
 * const title: Localized = { lt: 'Biudžetas', en: 'Budget' }
 * ```
 */
export type Localized = { readonly lt: string; readonly en: string }

/**
 * Zod schema of {@link Localized}.
 *
 * @example
 * ```ts
 * import { LocalizedSchema } from '@talka/core'
 * LocalizedSchema.parse({ lt: 'Taip', en: 'Yes' })
 * ```
 */
export const LocalizedSchema = z.strictObject({ lt: z.string(), en: z.string() }).meta({ id: 'Localized' })

/**
 * Message templates by key, each in both languages. Placeholders are `{name}`.
 *
 * @example
 * ```ts
 * import type { MessageCatalog } from '@talka/core'
 * const messages: MessageCatalog = {
 *   'x.tooYoung': { lt: 'Asmuo jaunesnis nei {age} m.', en: 'The person is younger than {age}.' },
 * }
 * ```
 */
export type MessageCatalog = Readonly<Record<string, Localized>>

/**
 * Values that fill a message's placeholders.
 *
 * @example
 * ```ts
 * import type { MessageParams } from '@talka/core'
 * const p: MessageParams = { age: 14, amount: '3000.00' }
 * ```
 */
export type MessageParams = Readonly<Record<string, string | number | boolean>>

/**
 * One placeholder of a template: `{name}`, `{name, amount}`, `{name, number}` or
 * `{name, plural, one {# diena} few {# dienos} other {# dienų}}`.
 */
interface Placeholder {
  readonly start: number
  readonly end: number
  readonly name: string
  readonly style: 'plain' | 'amount' | 'number' | 'plural'
  readonly forms: Readonly<Record<string, string>>
}

const NAME = /^\s*(\w+)\s*(?:,\s*(amount|number|plural)\s*(?:,([\s\S]*))?)?$/
const FORM = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y

function closingBrace(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 123) depth++
    else if (c === 125 && --depth === 0) return i
  }
  return -1
}

function parseForms(text: string, key: string): Record<string, string> {
  const forms: Record<string, string> = Object.create(null)
  let at = 0
  while (text.slice(at).trim() !== '') {
    FORM.lastIndex = at
    const m = FORM.exec(text)
    if (!m) throw new CoreError('UNKNOWN_MESSAGE', `Message "${key}" has a malformed plural`, { key })
    const open = m.index + m[0].length - 1
    const close = closingBrace(text, open)
    if (close < 0) throw new CoreError('UNKNOWN_MESSAGE', `Message "${key}" has a malformed plural`, { key })
    forms[m[1] as string] = text.slice(open + 1, close)
    at = close + 1
  }
  if (forms.other === undefined) {
    throw new CoreError('UNKNOWN_MESSAGE', `Message "${key}": a plural needs an "other" form`, { key })
  }
  return forms
}

const parsedTemplates = new Map<string, readonly Placeholder[]>()

function placeholders(template: string, key: string): readonly Placeholder[] {
  const cached = parsedTemplates.get(template)
  if (cached) return cached
  const found: Placeholder[] = []
  for (let i = template.indexOf('{'); i >= 0; i = template.indexOf('{', i + 1)) {
    const close = closingBrace(template, i)
    if (close < 0) throw new CoreError('UNKNOWN_MESSAGE', `Message "${key}" has an unclosed "{"`, { key })
    const m = NAME.exec(template.slice(i + 1, close))
    if (!m) throw new CoreError('UNKNOWN_MESSAGE', `Message "${key}" has a malformed placeholder`, { key })
    const style = (m[2] ?? 'plain') as Placeholder['style']
    found.push({
      start: i,
      end: close + 1,
      name: m[1] as string,
      style,
      forms: style === 'plural' ? parseForms(m[3] ?? '', key) : {},
    })
    i = close
  }
  if (parsedTemplates.size > 2000) parsedTemplates.clear()
  parsedTemplates.set(template, found)
  return found
}

function formatValue(
  placeholder: Placeholder,
  value: string | number | boolean,
  lang: Lang,
  key: string,
): string {
  switch (placeholder.style) {
    case 'plain':
      return String(value)
    case 'amount':
      if (typeof value === 'boolean') break
      return formatAmount(value, lang)
    case 'number':
      if (typeof value === 'boolean') break
      return formatNumber(value, lang)
    case 'plural': {
      if (typeof value === 'boolean') break
      const exact = placeholder.forms[`=${value}`]
      const form = exact ?? placeholder.forms[pluralCategory(value, lang)] ?? placeholder.forms.other ?? ''
      return form.replace(/#/g, formatNumber(value, lang))
    }
  }
  throw new CoreError('UNKNOWN_MESSAGE', `Message "${key}": {${placeholder.name}} is not a number`, {
    key,
    name: placeholder.name,
  })
}

/**
 * Fills a message template in `lang`: the one renderer every Talka package and app uses. Placeholders:
 *
 * - `{name}`: the value as given;
 * - `{name, amount}`: an amount of euros, `2 600,00 Eur` / `EUR 2,600.00`;
 * - `{name, number}`: a decimal number with its written decimals, `54,0` / `54.0`;
 * - `{name, plural, one {# diena} few {# dienos} other {# dienų}}`: the form agreeing with the number
 *   (`Intl.PluralRules`), `#` standing for the number.
 *
 * A missing value is a bug, not a text to print: it throws {@link CoreError} `UNKNOWN_MESSAGE`.
 *
 * @example
 * ```ts
 * import { formatMessage } from '@talka/core'
 * formatMessage('{n, plural, one {# diena} few {# dienos} other {# dienų}}', { n: 61 }, 'lt') // '61 diena'
 * formatMessage('Skirta {sum, amount}', { sum: '2600' }, 'lt') // 'Skirta 2 600,00 Eur'
 * ```
 */
export function formatMessage(template: string, params: MessageParams, lang: Lang, key = template): string {
  const found = placeholders(template, key)
  if (found.length === 0) return template
  let out = ''
  let at = 0
  for (const placeholder of found) {
    const value = Object.hasOwn(params, placeholder.name) ? params[placeholder.name] : undefined
    if (value === undefined) {
      throw new CoreError('UNKNOWN_MESSAGE', `Message "${key}" needs a value for {${placeholder.name}}`, {
        key,
        name: placeholder.name,
      })
    }
    out += template.slice(at, placeholder.start) + formatValue(placeholder, value, lang, key)
    at = placeholder.end
  }
  return out + template.slice(at)
}

/**
 * Renders the message `key` of a catalog in `lang` with {@link formatMessage}. Throws
 * {@link CoreError} `UNKNOWN_MESSAGE` for a missing key or placeholder value, so a typo cannot reach
 * a letter unnoticed.
 *
 * @example
 * ```ts
 * import { renderMessage } from '@talka/core'
 * const catalog = { hi: { lt: 'Labas, {name}!', en: 'Hello, {name}!' } }
 * renderMessage(catalog, 'hi', { name: 'Ona' }, 'lt') // 'Labas, Ona!'
 * ```
 */
export function renderMessage(
  catalog: MessageCatalog,
  key: string,
  params: MessageParams,
  lang: Lang,
): string {
  const entry = Object.hasOwn(catalog, key) ? catalog[key] : undefined
  if (!entry) throw new CoreError('UNKNOWN_MESSAGE', `No message with key "${key}"`, { key })
  return formatMessage(entry[lang], params, lang, key)
}

/**
 * The placeholder names of a template and the style of each, e.g. to build sample values for a test
 * that renders every message.
 *
 * @example
 * ```ts
 * import { messagePlaceholders } from '@talka/core'
 * messagePlaceholders('{a, amount} ir {b}') // [{ name: 'a', style: 'amount' }, { name: 'b', style: 'plain' }]
 * ```
 */
export function messagePlaceholders(
  template: string,
): { readonly name: string; readonly style: 'plain' | 'amount' | 'number' | 'plural' }[] {
  return placeholders(template, template).map(({ name, style }) => ({ name, style }))
}

/**
 * Problems of a catalog: an empty text in a language, or placeholders that differ between the
 * languages. An empty list means the catalog is complete. Used by each package's catalog test.
 *
 * @example
 * ```ts
 * import { checkMessageCatalog } from '@talka/core'
 * checkMessageCatalog({ a: { lt: 'Suma {x}', en: 'Amount' } }) // ['a: placeholders differ: lt {x}, en {}']
 * ```
 */
export function checkMessageCatalog(catalog: MessageCatalog): string[] {
  const problems: string[] = []
  for (const [key, entry] of Object.entries(catalog)) {
    for (const lang of ['lt', 'en'] as const) {
      if (typeof entry[lang] !== 'string' || entry[lang].trim() === '')
        problems.push(`${key}: no ${lang} text`)
    }
    const names = (text: string | undefined) => {
      try {
        return [...new Set(messagePlaceholders(text ?? '').map((p) => p.name))].sort()
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`)
        return []
      }
    }
    const lt = names(entry.lt)
    const en = names(entry.en)
    if (lt.join(',') !== en.join(',')) {
      problems.push(`${key}: placeholders differ: lt {${lt.join(',')}}, en {${en.join(',')}}`)
    }
  }
  return problems
}
