import type { Lang } from '@talka/core'
import type { RulePackage } from './versions.js'

/**
 * A data source a response was computed on (e.g. the embedded residents table), as listed in
 * `meta.data`.
 *
 * @example
 * ```ts
 * import type { DataSource } from './env.js'
 * const d: DataSource = { id: 'residents', kind: 'statistical', asOf: '2020-01-01', source: 'https://…' }
 * ```
 */
export type DataSource = Readonly<Record<string, unknown>>

/**
 * A warning for `meta.warnings`: a stable code and a message in the response's language.
 *
 * @example
 * ```ts
 * import type { ApiWarning } from './env.js'
 * const w: ApiWarning = { code: 'STATISTICAL_RESIDENTS', message: '…' }
 * ```
 */
export interface ApiWarning {
  readonly code: string
  readonly message: string
}

/**
 * The 4xx statuses a package error can map to.
 *
 * @example
 * ```ts
 * import type { PackageErrorStatus } from './env.js'
 * const status: PackageErrorStatus = 422
 * ```
 */
export type PackageErrorStatus = 400 | 404 | 409 | 422

/**
 * A package's text of its own error for a person, in a language (e.g. `explainAllocationError` of
 * @talka/allocation), or `undefined` for an error that is not the package's; the API puts it in the
 * problem's `detail`.
 *
 * @example
 * ```ts
 * import type { ErrorPresenter } from './env.js'
 * const present: ErrorPresenter = (error, lang) => (lang === 'lt' ? 'Klaida' : `Error ${error.code}`)
 * ```
 */
export type ErrorPresenter = (
  error: { readonly code: string; readonly details?: unknown },
  lang: Lang,
) => string | undefined

/**
 * The Hono environment of the app: per-request variables set by the middleware and read by the
 * handlers, the error handler and the versions header.
 *
 * @example
 * ```ts
 * import { Hono } from 'hono'
 * import type { ApiEnv } from './env.js'
 * const app = new Hono<ApiEnv>()
 * app.get('/', (c) => c.text(c.get('lang')))
 * ```
 */
export interface ApiEnv {
  Variables: {
    /** Language of the messages, from `?lang` or `Accept-Language`; Lithuanian by default. */
    lang: Lang
    /** Rule packages that produce the response of the matched route (core is always added). */
    packages: readonly RulePackage[]
    /** Route-specific HTTP statuses of package error codes (e.g. an unknown rule set in the path → 404). */
    errorStatus: Readonly<Record<string, PackageErrorStatus>>
    /** The route's package text of a package error, in the response's language (when it has one). */
    presentError: ErrorPresenter | undefined
  }
}
