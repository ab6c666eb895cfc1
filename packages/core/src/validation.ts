import type { z } from 'zod'
import { TalkaError } from './errors.js'
import { type Issue, MAX_ISSUES } from './issues.js'
import type { Lang } from './messages.js'
import type { SafeParseResult } from './safe-parse.js'

/**
 * One problem found while validating input; the same type as {@link Issue}.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from '@talka/core'
 * const issue: ValidationIssue = { path: ['total'], code: 'invalid_format', message: 'Expected a decimal string' }
 * ```
 */
export type ValidationIssue = Issue

/**
 * Thrown when input does not match a package's schema. `issues` lists at most {@link MAX_ISSUES}
 * problems with their JSON paths; `issueCount` is how many there were in all. Code
 * `VALIDATION_FAILED`.
 *
 * @example
 * ```ts
 * import { ValidationError } from '@talka/core'
 * const err = new ValidationError([{ path: ['total'], code: 'invalid_format', message: 'Expected a decimal string' }])
 * err.code // 'VALIDATION_FAILED'
 * err.issueCount // 1
 * ```
 */
export class ValidationError extends TalkaError<'VALIDATION_FAILED'> {
  readonly issues: readonly Issue[]
  readonly issueCount: number

  constructor(issues: readonly Issue[], message?: string, issueCount: number = issues.length) {
    const kept = issues.length > MAX_ISSUES ? issues.slice(0, MAX_ISSUES) : issues
    super('VALIDATION_FAILED', message ?? `Invalid input: ${describe(kept, issueCount)}`, {
      issues: kept,
      issueCount,
    })
    this.issues = kept
    this.issueCount = Math.max(issueCount, kept.length)
  }
}

function describe(issues: readonly Issue[], total: number): string {
  const first = issues[0]
  if (!first) return 'unknown problem'
  const where = first.path.length ? first.path.join('.') : '(root)'
  return `${where}: ${first.message}${total > 1 ? ` (+${total - 1} more)` : ''}`
}

/**
 * The issues of a zod error as Talka {@link Issue}s, at most {@link MAX_ISSUES} of them, built in
 * one pass however many zod found.
 *
 * @example
 * ```ts
 * import { z } from 'zod'
 * import { issuesOfZodError } from '@talka/core'
 * const r = z.number().safeParse('x')
 * if (!r.success) issuesOfZodError(r.error)[0]?.code // 'invalid_type'
 * ```
 */
export function issuesOfZodError(error: z.ZodError, lang?: Lang): Issue[] {
  const out: Issue[] = []
  const all = error.issues
  const n = Math.min(all.length, MAX_ISSUES)
  for (let i = 0; i < n; i++) {
    const issue = all[i] as z.core.$ZodIssue
    out.push({
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      code: issue.code,
      message: lang === undefined ? issue.message : (localizedMessage(issue, lang) ?? issue.message),
    })
  }
  return out
}

/** The text in `lang` that a custom issue carries in `params.messages` (see `localizedIssue`). */
function localizedMessage(issue: z.core.$ZodIssue, lang: Lang): string | undefined {
  if (issue.code !== 'custom') return undefined
  const messages = (issue.params as { messages?: unknown } | undefined)?.messages
  if (typeof messages !== 'object' || messages === null) return undefined
  const text = (messages as Record<string, unknown>)[lang]
  return typeof text === 'string' ? text : undefined
}

/**
 * The {@link ValidationError} for a zod error: bounded issues and the total count.
 *
 * @example
 * ```ts
 * import { z } from 'zod'
 * import { validationErrorOf } from '@talka/core'
 * const r = z.number().safeParse('x')
 * if (!r.success) validationErrorOf(r.error).issueCount // 1
 * ```
 */
export function validationErrorOf(error: z.ZodError, lang?: Lang): ValidationError {
  return new ValidationError(issuesOfZodError(error, lang), undefined, error.issues.length)
}

/**
 * Options passed through to zod's `safeParse`, e.g. `{ error: lt().localeError }` from `zod/v4/locales`
 * so that zod's own messages come in the reader's language (the API does this), and `lang`, the
 * language core's parsers give the packages' own cross-field issues in (see `localizedIssue`).
 *
 * @example
 * ```ts
 * import type { ParseContext } from '@talka/core'
 * const context: ParseContext = { reportInput: false }
 * ```
 */
export type ParseContext = z.core.ParseContext<z.core.$ZodIssue> & { readonly lang?: Lang | undefined }

/**
 * Parses `input` with a zod schema, throwing {@link ValidationError} with bounded issues.
 *
 * @example
 * ```ts
 * import { parseWith, MoneyStringSchema } from '@talka/core'
 * parseWith(MoneyStringSchema, '12.40') // '12.40'
 * ```
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  context?: ParseContext,
): z.output<S> {
  const result = schema.safeParse(input, context)
  if (!result.success) throw validationErrorOf(result.error, context?.lang)
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
  context?: ParseContext,
): SafeParseResult<z.output<S>, ValidationError> {
  const result = schema.safeParse(input, context)
  return result.success
    ? { success: true, data: result.data }
    : { success: false, error: validationErrorOf(result.error, context?.lang) }
}
