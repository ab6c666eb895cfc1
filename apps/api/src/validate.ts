import {
  type Issue,
  type Lang,
  type SafeParseResult,
  type TalkaError,
  ValidationError,
  validationErrorOf,
} from '@talka/core'
import type { z } from 'zod'
import { en, lt } from 'zod/v4/locales'
import type { CsvCellError } from './csv.js'

/**
 * Where in the request an input problem was found.
 *
 * @example
 * ```ts
 * import type { InputLocation } from './validate.js'
 * const where: InputLocation = 'body'
 * ```
 */
export type InputLocation = 'body' | 'query' | 'path' | 'header'

/**
 * A {@link ValidationError} that also knows which part of the request was invalid, so the problem
 * document can say `in: 'query'` or `in: 'body'` next to each JSON path. Like core's
 * `ValidationError` it keeps at most 100 issues and counts them all (`issueCount`, the issues and
 * the table errors together).
 *
 * @example
 * ```ts
 * import { RequestValidationError } from './validate.js'
 * new RequestValidationError('query', [{ path: ['asOf'], code: 'invalid_format', message: '…' }]).code // 'VALIDATION_FAILED'
 * ```
 */
export class RequestValidationError extends ValidationError {
  /** The part of the request the issues refer to. */
  readonly location: InputLocation
  /** Problems located in a CSV table (row and column), listed as `errors` in the problem document. */
  readonly tableErrors: readonly CsvCellError[]

  constructor(
    location: InputLocation,
    issues: readonly Issue[],
    tableErrors: readonly CsvCellError[] = [],
    issueCount: number = issues.length + tableErrors.length,
  ) {
    super(
      issues,
      issues.length === 0 ? `Invalid input: ${tableErrors.length} cell problem(s)` : undefined,
      issueCount,
    )
    this.location = location
    this.tableErrors = tableErrors.length > 100 ? tableErrors.slice(0, 100) : tableErrors
  }
}

/**
 * The zod parse context that renders zod's own messages in the response language (zod's lt and en
 * locales), for the parsers that accept one (core's `parseWith`/`inputParser`, the API's own query
 * schemas), with `lang` so that the packages' own cross-field issues come in that language too.
 *
 * @example
 * ```ts
 * import { zodContext } from './validate.js'
 * zodContext('lt').error // zod's Lithuanian locale
 * ```
 */
export function zodContext(lang: Lang): { readonly error: z.core.$ZodErrorMap; readonly lang: Lang } {
  return lang === 'en' ? EN : LT
}
const LT = { error: lt().localeError, lang: 'lt' } as const
const EN = { error: en().localeError, lang: 'en' } as const

/** One part of a request as a package parser answered it, and where its issues go in the request. */
export interface ParsedPart<T> {
  readonly result: SafeParseResult<T, TalkaError>
  /** JSON path of the part inside the request body (e.g. `['facts']`); `[]` for the whole body. */
  readonly prefix?: readonly (string | number)[]
}

/**
 * The value of a package parser's answer (`safeParseX`), or a {@link RequestValidationError} with
 * its issues (at most 100, their total kept) placed at `prefix` in the request part `location`.
 * Any other package error is thrown as it is (it has its own code and status). The API never
 * validates the value again: the package function receives the `Parsed` value.
 *
 * @example
 * ```ts
 * import { safeParseAllocateInput } from '@talka/allocation'
 * import { parsedOrThrow } from './validate.js'
 * const input = parsedOrThrow({ result: safeParseAllocateInput({ total: '1', recipients: [{ id: 'a', weight: 1 }] }) }, 'body')
 * ```
 */
export function parsedOrThrow<T>(part: ParsedPart<T>, location: InputLocation): T {
  if (part.result.success) return part.result.data
  throw requestErrorOf([part.result.error], [part.prefix ?? []], location)
}

/**
 * Like {@link parsedOrThrow} for a request made of several parts parsed by several package parsers
 * (eligibility's facts and options): every part is parsed once, and the issues of all of them are
 * reported together.
 *
 * @example
 * ```ts
 * import { parseFacts, parseEligibilityOptions } from '@talka/eligibility'
 * import { parsedPartsOrThrow } from './validate.js'
 * declare const facts: import('@talka/core').SafeParseResult<object>, options: import('@talka/core').SafeParseResult<object>
 * const [f, o] = parsedPartsOrThrow([{ result: facts, prefix: ['facts'] }, { result: options }], 'body')
 * ```
 */
export function parsedPartsOrThrow<P extends readonly ParsedPart<unknown>[]>(
  parts: P,
  location: InputLocation,
): { [K in keyof P]: P[K] extends ParsedPart<infer T> ? T : never } {
  const failed = parts.filter((part) => !part.result.success)
  if (failed.length === 0) return parts.map((part) => (part.result as { data: unknown }).data) as never
  throw requestErrorOf(
    failed.map((part) => (part.result as { error: TalkaError }).error),
    failed.map((part) => part.prefix ?? []),
    location,
  )
}

function requestErrorOf(
  errors: readonly TalkaError[],
  prefixes: readonly (readonly (string | number)[])[],
  location: InputLocation,
): TalkaError {
  const other = errors.find((error) => !(error instanceof ValidationError))
  if (other) return other
  const issues: Issue[] = []
  let total = 0
  errors.forEach((error, i) => {
    const validation = error as ValidationError
    const prefix = prefixes[i] ?? []
    total += validation.issueCount
    for (const issue of validation.issues) {
      if (issues.length >= 100) break
      issues.push(prefix.length === 0 ? issue : { ...issue, path: [...prefix, ...issue.path] })
    }
  })
  return new RequestValidationError(location, issues, [], total)
}

/**
 * Validates a part of a request that the API itself defines (query parameters of its own routes,
 * never a package input) with zod's messages in the requested language. Returns the parsed value or
 * throws {@link RequestValidationError}.
 *
 * @example
 * ```ts
 * import { z } from 'zod'
 * import { validateQuery } from './validate.js'
 * validateQuery(z.object({ asOf: z.string().optional() }), {}, 'en') // {}
 * ```
 */
export function validateQuery<S extends z.ZodType>(schema: S, value: unknown, lang: Lang): z.output<S> {
  const result = schema.safeParse(value, zodContext(lang))
  if (result.success) return result.data
  const error = validationErrorOf(result.error)
  throw new RequestValidationError('query', error.issues, [], error.issueCount)
}
