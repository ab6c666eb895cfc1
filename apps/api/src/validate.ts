import { type Lang, ValidationError, type ValidationIssue } from '@talka/core'
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
 * document can say `in: 'query'` or `in: 'body'` next to each JSON path.
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
    issues: readonly ValidationIssue[],
    tableErrors: readonly CsvCellError[] = [],
  ) {
    super(issues, issues.length === 0 ? `Invalid input: ${tableErrors.length} cell problem(s)` : undefined)
    this.location = location
    this.tableErrors = tableErrors
  }
}

const localeErrors = { lt: lt().localeError, en: en().localeError }

/**
 * Validates one part of a request with a package's own zod schema. Messages that the schema does
 * not define itself are rendered in the requested language (zod's lt and en locales). Returns the
 * parsed value or throws {@link RequestValidationError} with every issue and its JSON path.
 *
 * @example
 * ```ts
 * import { z } from 'zod'
 * import { validateInput } from './validate.js'
 * await validateInput(z.object({ year: z.number().int() }), { year: 2021 }, 'body', 'en') // { year: 2021 }
 * ```
 */
export async function validateInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  location: InputLocation,
  lang: Lang,
): Promise<z.output<S>> {
  const result = await checkInput(schema, value, lang)
  if (result.success) return result.data
  throw new RequestValidationError(location, result.issues)
}

/**
 * Like {@link validateInput}, returning the issues instead of throwing (for routes that locate them
 * in a CSV table first).
 *
 * @example
 * ```ts
 * import { z } from 'zod'
 * import { checkInput } from './validate.js'
 * const result = await checkInput(z.object({ year: z.number() }), {}, 'lt')
 * if (!result.success) result.issues[0]?.path // ['year']
 * ```
 */
export async function checkInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  lang: Lang,
): Promise<{ success: true; data: z.output<S> } | { success: false; issues: ValidationIssue[] }> {
  const result = await schema.safeParseAsync(value, { error: localeErrors[lang] })
  if (result.success) return { success: true, data: result.data }
  return {
    success: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      code: issue.code,
      message: issue.message,
    })),
  }
}
