import type { Context } from 'hono'
import type { ApiEnv, ApiWarning, DataSource } from './env.js'
import { ALL_PACKAGES, API_VERSION, versionsOf } from './versions.js'

/**
 * Extra members of `meta` a route may add: the data sources it used and warnings.
 *
 * @example
 * ```ts
 * import type { MetaExtras } from './respond.js'
 * const extras: MetaExtras = { warnings: [{ code: 'X', message: '…' }] }
 * ```
 */
export interface MetaExtras {
  readonly data?: readonly DataSource[] | undefined
  readonly warnings?: readonly ApiWarning[] | undefined
}

/**
 * The `meta` block of a response: app version, language and the versions of the rule packages of
 * the matched route (every package when no route matched), plus the route's extras.
 *
 * @example
 * ```ts
 * import { buildMeta } from './respond.js'
 * declare const c: import('hono').Context<import('./env.js').ApiEnv>
 * buildMeta(c).versions['@talka/core'] // '0.1.0'
 * ```
 */
export function buildMeta(c: Context<ApiEnv>, extras: MetaExtras = {}): Record<string, unknown> {
  return {
    api: API_VERSION,
    lang: c.get('lang') ?? 'lt',
    versions: versionsOf(c.get('packages') ?? ALL_PACKAGES),
    ...(extras.data?.length ? { data: extras.data } : {}),
    ...(extras.warnings?.length ? { warnings: extras.warnings } : {}),
  }
}

/**
 * A JSON response in the `{ data, meta }` envelope every route uses.
 *
 * @example
 * ```ts
 * import { ok } from './respond.js'
 * declare const c: import('hono').Context<import('./env.js').ApiEnv>
 * return ok(c, { status: 'ok' })
 * ```
 */
export function ok(c: Context<ApiEnv>, data: unknown, extras: MetaExtras = {}): Response {
  return c.body(stringify({ data, meta: buildMeta(c, extras) }), 200, {
    'Content-Type': 'application/json; charset=utf-8',
  })
}

/**
 * `JSON.stringify` without a replacer (a replacer function makes V8 leave its fast serialiser, about
 * twice slower on a 60-share allocation); only a value with a bigint, which the fast path refuses
 * with a TypeError, is written again with bigints as decimal strings.
 */
function stringify(value: unknown): string {
  try {
    return JSON.stringify(value)
  } catch (error) {
    if (error instanceof TypeError) return JSON.stringify(value, bigintAsString)
    throw error
  }
}

function bigintAsString(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value
}

/**
 * Makes a package result JSON-safe: bigints become decimal strings, `toJSON` is honoured (Money,
 * Temporal dates), and `undefined` members disappear, exactly as `JSON.stringify` would do.
 *
 * @example
 * ```ts
 * import { toJson } from './respond.js'
 * toJson({ n: 10n }) // { n: '10' }
 * ```
 */
export function toJson(value: unknown): unknown {
  const text = JSON.stringify(value, bigintAsString)
  return text === undefined ? null : (JSON.parse(text) as unknown)
}
