import type { Context } from 'hono'
import { ApiError } from './api-error.js'
import type { ApiEnv } from './env.js'

/**
 * The request body formats a route can accept.
 *
 * @example
 * ```ts
 * import type { BodyKind } from './body.js'
 * const accepted: BodyKind[] = ['json', 'csv']
 * ```
 */
export type BodyKind = 'json' | 'csv'

/**
 * A request body read and decoded: JSON parsed to a value, or CSV kept as text (a package parses it
 * with its own CSV reader, or {@link parseCsv} turns it into rows).
 *
 * @example
 * ```ts
 * import type { RequestBody } from './body.js'
 * const body: RequestBody = { kind: 'json', value: { year: 2021 } }
 * ```
 */
export type RequestBody =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'csv'; readonly text: string }

/**
 * The media types of each body kind, as the OpenAPI document and the 415 problem list them.
 *
 * @example
 * ```ts
 * import { MEDIA_TYPES } from './body.js'
 * MEDIA_TYPES.csv // 'text/csv'
 * ```
 */
export const MEDIA_TYPES: Readonly<Record<BodyKind, string>> = {
  json: 'application/json',
  csv: 'text/csv',
}

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json$/

function kindOf(essence: string): BodyKind | undefined {
  if (JSON_TYPE.test(essence)) return 'json'
  if (essence === 'text/csv' || essence === 'application/csv') return 'csv'
  return undefined
}

/**
 * Reads the request body of a route that accepts the given formats. The body size limit is
 * enforced before (middleware). Raises problems: 415 for a missing or unsupported content type or
 * a charset other than UTF-8, 400 `BODY_REQUIRED` for an empty body, 400 `MALFORMED_JSON` for JSON
 * that does not parse. A UTF-8 byte-order mark is ignored.
 *
 * @example
 * ```ts
 * import { readBody } from './body.js'
 * declare const c: import('hono').Context<import('./env.js').ApiEnv>
 * const body = await readBody(c, ['json', 'csv'])
 * if (body.kind === 'json') console.log(body.value)
 * ```
 */
export async function readBody(c: Context<ApiEnv>, accepted: readonly BodyKind[]): Promise<RequestBody> {
  const acceptedList = accepted.map((kind) => MEDIA_TYPES[kind]).join(', ')
  const contentType = c.req.header('content-type')
  const raw = await c.req.text()
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw
  if (contentType === undefined || contentType.trim() === '') {
    if (text === '') throw new ApiError(400, 'BODY_REQUIRED', { accepted: acceptedList })
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', { contentType: '', accepted: acceptedList })
  }
  const [essence = '', ...params] = contentType.split(';').map((part) => part.trim())
  const kind = kindOf(essence.toLowerCase())
  const charset = params
    .map((param) => param.split('='))
    .find(([name]) => name?.trim().toLowerCase() === 'charset')?.[1]
    ?.trim()
    .replace(/^"|"$/g, '')
    .toLowerCase()
  const utf8 = charset === undefined || charset === 'utf-8' || charset === 'utf8'
  if (kind === undefined || !accepted.includes(kind) || !utf8) {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', {
      contentType: contentType.slice(0, 100),
      accepted: acceptedList,
    })
  }
  if (text.trim() === '') throw new ApiError(400, 'BODY_REQUIRED', { accepted: acceptedList })
  if (kind === 'csv') return { kind, text }
  try {
    return { kind, value: JSON.parse(text) as unknown }
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : 'syntax error'
    throw new ApiError(400, 'MALFORMED_JSON', { reason })
  }
}
