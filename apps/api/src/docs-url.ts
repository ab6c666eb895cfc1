/**
 * Base URL of the documentation site (apps/docs), linked from the home page and the OpenAPI
 * document. Overridden with the `TALKA_DOCS_URL` environment variable; the default is the
 * VitePress dev server's address.
 *
 * @example
 * ```ts
 * import { DEFAULT_DOCS_URL } from './docs-url.js'
 * new URL('rules/', DEFAULT_DOCS_URL).href // 'http://localhost:5173/rules/'
 * ```
 */
export const DEFAULT_DOCS_URL = 'http://localhost:5173/'
