import { ApiError } from './api-error.js'

/**
 * Picks the response media type from an `Accept` header among the ones a route can produce (the
 * first of `available` is the default). Quality values and wildcards (`text/*`, `*\/*`) are honoured;
 * ties keep the header's order. Throws a 406 `NOT_ACCEPTABLE` problem when the header accepts none.
 *
 * @example
 * ```ts
 * import { negotiateMediaType } from './negotiate.js'
 * negotiateMediaType('text/csv', ['application/json', 'text/csv']) // 'text/csv'
 * negotiateMediaType(undefined, ['application/json', 'text/csv']) // 'application/json'
 * negotiateMediaType('text/*;q=0.5, application/json', ['application/json', 'text/html']) // 'application/json'
 * ```
 */
export function negotiateMediaType<T extends string>(
  accept: string | undefined,
  available: readonly [T, ...T[]],
): T {
  if (accept === undefined || accept.trim() === '') return available[0]
  const ranges = accept
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase())
      const q = params.find((p) => p.startsWith('q='))
      const quality = q === undefined ? 1 : Number(q.slice(2))
      return { range, quality: Number.isFinite(quality) ? quality : 0, index }
    })
    .filter((entry) => entry.quality > 0 && entry.range !== '')
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  for (const { range } of ranges) {
    const match = available.find((type) => {
      if (range === '*/*') return true
      if (range.endsWith('/*')) return type.startsWith(range.slice(0, -1))
      return type === range
    })
    if (match) return match
  }
  throw new ApiError(406, 'NOT_ACCEPTABLE', { accept: accept.slice(0, 100), available: available.join(', ') })
}
