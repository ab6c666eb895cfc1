import { charsetOfContentType, decodeCsvBytes } from '@talka/core/csv'
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
 * A request body read: JSON parsed to a value, or CSV as its bytes with the charset the request
 * declared (a route decodes them with core's `decodeCsvBytes`, or hands them to a package that
 * does).
 *
 * @example
 * ```ts
 * import type { RequestBody } from './body.js'
 * const body: RequestBody = { kind: 'json', value: { year: 2021 } }
 * ```
 */
export type RequestBody =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'csv'; readonly bytes: Uint8Array; readonly charset: string | undefined }

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
const utf8 = new TextDecoder('utf-8', { ignoreBOM: false })

function kindOf(essence: string): BodyKind | undefined {
  if (JSON_TYPE.test(essence)) return 'json'
  if (essence === 'text/csv' || essence === 'application/csv') return 'csv'
  return undefined
}

/** Whether the bytes hold nothing but whitespace (and a UTF-8 byte-order mark). */
function isBlank(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  for (; i < bytes.length; i++) {
    const b = bytes[i]
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false
  }
  return true
}

/**
 * Reads the request body of a route that accepts the given formats. The body size limit is
 * enforced before (middleware). Raises problems: 415 for a missing or unsupported content type (and
 * for JSON in a charset other than UTF-8), 400 `BODY_REQUIRED` for an empty body, 400
 * `MALFORMED_JSON` for JSON that does not parse. A UTF-8 byte-order mark before JSON is ignored. CSV
 * bodies are returned as bytes: files as officers have them (UTF-8 with or without BOM, UTF-16,
 * Windows-1257) are decoded by {@link decodeCsvText} or by the package.
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
  const bytes = new Uint8Array(await c.req.arrayBuffer())
  if (contentType === undefined || contentType.trim() === '') {
    if (bytes.length === 0) throw new ApiError(400, 'BODY_REQUIRED', { accepted: acceptedList })
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', { contentType: '', accepted: acceptedList })
  }
  const essence = (contentType.split(';')[0] ?? '').trim().toLowerCase()
  const kind = kindOf(essence)
  const charset = charsetOfContentType(contentType)?.toLowerCase()
  const jsonCharsetOk = charset === undefined || charset === 'utf-8' || charset === 'utf8'
  if (kind === undefined || !accepted.includes(kind) || (kind === 'json' && !jsonCharsetOk)) {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', {
      contentType: contentType.slice(0, 100),
      accepted: acceptedList,
    })
  }
  if (isBlank(bytes)) throw new ApiError(400, 'BODY_REQUIRED', { accepted: acceptedList })
  if (kind === 'csv') return { kind, bytes, charset }
  try {
    // TextDecoder drops a leading UTF-8 byte-order mark.
    return { kind, value: JSON.parse(utf8.decode(bytes)) as unknown }
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : 'syntax error'
    throw new ApiError(400, 'MALFORMED_JSON', { reason })
  }
}

/**
 * The text of a CSV body, decoded with core's `decodeCsvBytes`: a byte-order mark (UTF-8 or
 * UTF-16) first, then a strict UTF-8 decode, then the declared charset, then Windows-1257 (what
 * Lithuanian Excel saves). Throws core's `CsvError` `CSV_ENCODING` (a 400 problem) for bytes that
 * are none of these.
 *
 * @example
 * ```ts
 * import { decodeCsvText } from './body.js'
 * decodeCsvText({ kind: 'csv', bytes: Uint8Array.of(0x53, 0x61, 0x76, 0x69, 0x76, 0x61, 0x6c, 0x64, 0x79, 0x62, 0xeb), charset: undefined }) // 'Savivaldybė'
 * ```
 */
export function decodeCsvText(body: {
  readonly bytes: Uint8Array
  readonly charset: string | undefined
}): string {
  const { text } = decodeCsvBytes(body.bytes, { charset: body.charset })
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
