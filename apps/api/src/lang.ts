import type { Lang } from '@talka/core'

/**
 * Picks the language of a response: an explicit `?lang=` wins, then the first language of
 * `Accept-Language` (by quality) that Talka speaks, then Lithuanian, the default of the domain.
 * Returns `undefined` for an explicit `?lang` that is not `lt` or `en`, so the caller can reject it.
 *
 * @example
 * ```ts
 * import { negotiateLang } from './lang.js'
 * negotiateLang(undefined, 'en-GB,en;q=0.9,lt;q=0.5') // 'en'
 * negotiateLang('lt', 'en') // 'lt'
 * negotiateLang(undefined, undefined) // 'lt'
 * negotiateLang('fr', undefined) // undefined
 * ```
 */
export function negotiateLang(
  query: string | undefined,
  acceptLanguage: string | undefined,
): Lang | undefined {
  if (query !== undefined) return query === 'lt' || query === 'en' ? query : undefined
  if (!acceptLanguage) return 'lt'
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const quality = q === undefined ? 1 : Number(q.slice(2))
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index }
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0]
    if (primary === 'lt' || primary === 'en') return primary
  }
  return 'lt'
}
