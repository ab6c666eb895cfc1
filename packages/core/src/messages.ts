import { z } from 'zod'
import { CoreError } from './errors.js'

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
export const LocalizedSchema = z.object({ lt: z.string(), en: z.string() }).meta({ id: 'Localized' })

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

const PLACEHOLDER = /\{(\w+)\}/g

/**
 * Renders the message `key` in `lang`, filling `{name}` placeholders from `params`. Throws
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
  const entry = catalog[key]
  if (!entry) throw new CoreError('UNKNOWN_MESSAGE', `No message with key "${key}"`, { key })
  return entry[lang].replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name]
    if (value === undefined) {
      throw new CoreError('UNKNOWN_MESSAGE', `Message "${key}" needs a value for {${name}}`, { key, name })
    }
    return String(value)
  })
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
    const names = (text: string | undefined) =>
      [...(text ?? '').matchAll(PLACEHOLDER)].map((m) => m[1]).sort()
    const lt = names(entry.lt)
    const en = names(entry.en)
    if (lt.join(',') !== en.join(',')) {
      problems.push(`${key}: placeholders differ: lt {${lt.join(',')}}, en {${en.join(',')}}`)
    }
  }
  return problems
}
