import { type MessageParams, TalkaError } from '@talka/core'

/**
 * Stable codes of the problems the API itself raises (package errors keep their own codes).
 *
 * @example
 * ```ts
 * import type { ApiErrorCode } from './api-error.js'
 * const code: ApiErrorCode = 'UNSUPPORTED_MEDIA_TYPE'
 * ```
 */
export type ApiErrorCode =
  | 'NOT_FOUND'
  | 'UNKNOWN_RESOURCE'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'MALFORMED_JSON'
  | 'MALFORMED_CSV'
  | 'BODY_REQUIRED'
  | 'NOT_ACCEPTABLE'
  | 'INTERNAL_ERROR'

/**
 * An HTTP-level problem raised by the API (not by a rule package): carries the status, a stable
 * `code` and the parameters of its lt/en message, and becomes an RFC 9457 problem document.
 *
 * @example
 * ```ts
 * import { ApiError } from './api-error.js'
 * throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', { contentType: 'text/xml', accepted: 'application/json' })
 * ```
 */
export class ApiError extends TalkaError<ApiErrorCode> {
  /** HTTP status of the problem. */
  readonly status: 400 | 404 | 405 | 406 | 413 | 415 | 500
  /** Values for the placeholders of the problem's message. */
  readonly params: MessageParams
  /** Extra members of the problem document (e.g. `errors` of a CSV table). */
  readonly extensions: Readonly<Record<string, unknown>>

  constructor(
    status: ApiError['status'],
    code: ApiErrorCode,
    params: MessageParams = {},
    extensions: Record<string, unknown> = {},
  ) {
    super(code, `${status} ${code}`, { ...params })
    this.status = status
    this.params = params
    this.extensions = extensions
  }
}
