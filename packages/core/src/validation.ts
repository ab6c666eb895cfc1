import type { z } from 'zod'
import { TalkaError } from './errors.js'
import type { SafeParseResult } from './safe-parse.js'

/**
 * One problem found while validating input: where (a JSON path) and what.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from '@talka/core'
 * const issue: ValidationIssue = { path: ['recipients', 3, 'weight'], code: 'invalid_type', message: 'Expected number' }
 * ```
 */
export interface ValidationIssue {
  readonly path: readonly (string | number)[]
  readonly code: string
  readonly message: string
}

/**
 * Thrown when input does not match a package's zod schema; `issues` lists every problem with its
 * JSON path. Code `VALIDATION_FAILED`.
 *
 * @example
 * ```ts
 * import { ValidationError } from '@talka/core'
 * const err = new ValidationError([{ path: ['total'], code: 'invalid_string', message: 'Expected a decimal string' }])
 * err.code // 'VALIDATION_FAILED'
 * ```
 */
export class ValidationError extends TalkaError<'VALIDATION_FAILED'> {
  readonly issues: readonly ValidationIssue[]

  constructor(issues: readonly ValidationIssue[], message?: string) {
    super('VALIDATION_FAILED', message ?? `Invalid input: ${describe(issues)}`, { issues })
    this.issues = issues
  }
}

function describe(issues: readonly ValidationIssue[]): string {
  const first = issues[0]
  if (!first) return 'unknown problem'
  const where = first.path.length ? first.path.join('.') : '(root)'
  return `${where}: ${first.message}${issues.length > 1 ? ` (+${issues.length - 1} more)` : ''}`
}

function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: issue.code,
    message: issue.message,
  }))
}

/**
 * Parses `input` with a zod schema, throwing {@link ValidationError} with every issue.
 *
 * @example
 * ```ts
 * import { parseWith, MoneyStringSchema } from '@talka/core'
 * parseWith(MoneyStringSchema, '12.40') // '12.40'
 * ```
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (!result.success) throw new ValidationError(toIssues(result.error))
  return result.data
}

/**
 * Like {@link parseWith}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseWith, MoneyStringSchema } from '@talka/core'
 * safeParseWith(MoneyStringSchema, 12.4).success // false
 * ```
 */
export function safeParseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
): SafeParseResult<z.output<S>, ValidationError> {
  const result = schema.safeParse(input)
  return result.success
    ? { success: true, data: result.data }
    : { success: false, error: new ValidationError(toIssues(result.error)) }
}
