import { isTalkaError, type Lang, type MessageParams, renderMessage, ValidationError } from '@talka/core'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { ApiError } from './api-error.js'
import type { ApiEnv, PackageErrorStatus } from './env.js'
import { apiMessages } from './messages.js'
import { buildMeta, toJson } from './respond.js'
import { RequestValidationError } from './validate.js'

/**
 * The media type of problem documents (RFC 9457).
 *
 * @example
 * ```ts
 * import { PROBLEM_MEDIA_TYPE } from './problem.js'
 * res.headers.get('content-type')?.startsWith(PROBLEM_MEDIA_TYPE)
 * ```
 */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json'

/**
 * The `type` URI of a problem code: `https://talka.dev/problems/<code in kebab case>`.
 *
 * @example
 * ```ts
 * import { problemType } from './problem.js'
 * problemType('VALIDATION_FAILED') // 'https://talka.dev/problems/validation-failed'
 * ```
 */
export function problemType(code: string): string {
  return `https://talka.dev/problems/${code.toLowerCase().replaceAll('_', '-')}`
}

function message(key: string, params: MessageParams, lang: Lang, fallback: string): string {
  try {
    return apiMessages[key] ? renderMessage(apiMessages, key, params, lang) : fallback
  } catch {
    return fallback
  }
}

function pointer(path: readonly (string | number)[]): string {
  return `#/${path.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`
}

interface ProblemParts {
  readonly status: number
  readonly code: string
  readonly title: string
  readonly detail: string
  readonly extensions?: Record<string, unknown>
}

function statusOfHttpException(status: number): number {
  return status >= 400 && status < 600 ? status : 500
}

/**
 * The HTTP status of a package error: input that does not have the documented shape
 * (`VALIDATION_FAILED`, `INVALID_INPUT`, a CSV file in an unreadable encoding `CSV_ENCODING`) is 400; any other typed package error means the input was
 * well-formed but cannot be processed under the rules, 422. A route may override single codes (an
 * unknown rule set named in the path is 404).
 *
 * @example
 * ```ts
 * import { statusOfPackageError } from './problem.js'
 * statusOfPackageError('VALIDATION_FAILED') // 400
 * statusOfPackageError('NOT_MULTIPLE_OF_UNIT') // 422
 * statusOfPackageError('UNKNOWN_RULE_SET', { UNKNOWN_RULE_SET: 404 }) // 404
 * ```
 */
export function statusOfPackageError(
  code: string,
  overrides: Readonly<Record<string, PackageErrorStatus>> = {},
): PackageErrorStatus {
  return overrides[code] ?? (INPUT_SHAPE_CODES.has(code) ? 400 : 422)
}

/** Package codes that mean the input does not have the documented shape or encoding (400, not 422). */
const INPUT_SHAPE_CODES = new Set(['VALIDATION_FAILED', 'INVALID_INPUT', 'CSV_ENCODING'])

function partsOf(error: unknown, c: Context<ApiEnv>, lang: Lang): ProblemParts {
  if (error instanceof ApiError) {
    return {
      status: error.status,
      code: error.code,
      title: message(`problem.${error.code}.title`, {}, lang, error.code),
      detail: message(`problem.${error.code}.detail`, error.params, lang, error.message),
      extensions: { ...error.extensions },
    }
  }
  if (error instanceof ValidationError) {
    const location = error instanceof RequestValidationError ? error.location : 'body'
    const tableErrors = error instanceof RequestValidationError ? error.tableErrors : []
    return {
      status: 400,
      code: 'VALIDATION_FAILED',
      title: message('problem.VALIDATION_FAILED.title', {}, lang, 'Invalid input'),
      detail: message('problem.VALIDATION_FAILED.detail', { count: error.issueCount }, lang, error.message),
      extensions: {
        ...(tableErrors.length > 0 ? { errors: tableErrors } : {}),
        // At most 100 issues (core's MAX_ISSUES) and table errors are listed; this counts them all.
        issueCount: error.issueCount,
        issues: error.issues.map((issue) => ({
          in: location,
          path: [...issue.path],
          pointer: pointer(issue.path),
          code: issue.code,
          message: issue.message,
        })),
      },
    }
  }
  if (isTalkaError(error)) {
    let details: unknown
    try {
      details = toJson(error.details)
    } catch {
      details = undefined
    }
    return {
      status: statusOfPackageError(error.code, c.get('errorStatus')),
      code: error.code,
      title: message('problem.DOMAIN.title', {}, lang, 'The request cannot be processed'),
      detail: c.get('presentError')?.(error, lang) ?? error.message,
      extensions: details && typeof details === 'object' ? { details } : {},
    }
  }
  if (error instanceof HTTPException) {
    const status = statusOfHttpException(error.status)
    if (status === 413) {
      return partsOf(new ApiError(413, 'PAYLOAD_TOO_LARGE', { limit: '?' }), c, lang)
    }
    if (status === 415) {
      return partsOf(
        new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', {
          contentType: c.req.header('content-type') ?? '',
          accepted: 'application/json',
        }),
        c,
        lang,
      )
    }
    if (status < 500) {
      return {
        status,
        code: `HTTP_${status}`,
        title: error.message || `HTTP ${status}`,
        detail: error.message,
      }
    }
  }
  return partsOf(new ApiError(500, 'INTERNAL_ERROR'), c, lang)
}

/**
 * Turns anything a handler threw into an RFC 9457 problem response: API problems and package
 * errors (detected with `isTalkaError`) keep their stable `code`; validation errors list every
 * issue with its JSON path; anything else becomes a 500 `INTERNAL_ERROR` without internals (the
 * error is logged on the server). Never includes a stack trace.
 *
 * @example
 * ```ts
 * import { problemResponse } from './problem.js'
 * app.onError((error, c) => problemResponse(c, error))
 * ```
 */
export function problemResponse(c: Context<ApiEnv>, error: unknown): Response {
  const lang = c.get('lang') ?? 'lt'
  const parts = partsOf(error, c, lang)
  if (parts.status >= 500) console.error('[talka-api] unexpected error', c.req.method, c.req.path, error)
  const body = {
    type: problemType(parts.code),
    title: parts.title,
    status: parts.status,
    detail: parts.detail,
    instance: c.req.path,
    code: parts.code,
    ...parts.extensions,
    meta: buildMeta(c),
  }
  const headers: Record<string, string> = { 'content-type': `${PROBLEM_MEDIA_TYPE}; charset=utf-8` }
  // The rest of an over-limit body is never read: close the connection rather than leave the
  // unread bytes where the next request on a keep-alive connection would be parsed.
  if (parts.status === 413) headers.connection = 'close'
  return new Response(JSON.stringify(body), { status: parts.status, headers })
}
