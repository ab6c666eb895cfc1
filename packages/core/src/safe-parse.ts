import { isTalkaError, type TalkaError } from './errors.js'

/**
 * The result of a `safeParseX` function: the value, or the typed error that `parseX` would throw.
 * Same shape as zod's `safeParse`.
 *
 * @example
 * ```ts
 * import { safeParseMoney } from '@talka/core'
 * const r = safeParseMoney('1.5')
 * if (r.success) r.data.toString() // '1.50'
 * else r.error.code
 * ```
 */
export type SafeParseResult<T, E extends TalkaError = TalkaError> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: E }

/**
 * Turns a throwing `parseX` into its `safeParseX` twin: typed Talka errors become
 * `{ success: false, error }`; anything else (a bug) is re-thrown.
 *
 * @example
 * ```ts
 * import { toSafeParse, parsePlainDate } from '@talka/core'
 * const safeParseDate = toSafeParse(parsePlainDate)
 * safeParseDate('2024-02-30').success // false
 * ```
 */
export function toSafeParse<A extends unknown[], T, E extends TalkaError = TalkaError>(
  parse: (...args: A) => T,
): (...args: A) => SafeParseResult<T, E> {
  return (...args: A) => {
    try {
      return { success: true, data: parse(...args) }
    } catch (error) {
      if (isTalkaError(error)) return { success: false, error: error as E }
      throw error
    }
  }
}
