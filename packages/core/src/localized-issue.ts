import { type MessageCatalog, type MessageParams, renderMessage } from './messages.js'

// Its own module: the parsers (validation.ts) only read the texts, so they do not load the renderer.

/**
 * The `message` (English) and `params` of a custom zod issue whose text comes from a message catalog
 * in both languages: zod keeps the English text, and core's parsers give the issue the text in the
 * parse context's `lang` (see `ParseContext`). For cross-field checks (`superRefine`, `refine`).
 *
 * @example
 * ```ts
 * import { z } from 'zod'
 * import { localizedIssue, parseWith } from '@talka/core'
 * const catalog = { 'demo.order': { lt: 'Pabaiga ankstesnė už pradžią.', en: 'The end is before the start.' } }
 * const Period = z.object({ from: z.string(), to: z.string() })
 *   .refine((p) => p.from <= p.to, { ...localizedIssue(catalog, 'demo.order'), path: ['to'] })
 * try { parseWith(Period, { from: '2024-02-01', to: '2024-01-01' }, { lang: 'lt' }) }
 * catch (e) { (e as { issues: { message: string }[] }).issues[0]?.message } // 'Pabaiga ankstesnė už pradžią.'
 * ```
 */
export function localizedIssue(
  catalog: MessageCatalog,
  key: string,
  params: MessageParams = {},
): { message: string; params: { key: string; messages: { lt: string; en: string } } } {
  const en = renderMessage(catalog, key, params, 'en')
  return { message: en, params: { key, messages: { lt: renderMessage(catalog, key, params, 'lt'), en } } }
}
