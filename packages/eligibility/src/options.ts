import { type Call, type CallInput, CallSchema } from '@talka/calls'
import {
  type Issue,
  isParsed,
  type Lang,
  markParsed,
  type ParseContext,
  type Parsed,
  type SafeParseResult,
  safeParseWith,
  Temporal,
  ValidationError,
} from '@talka/core'
import { z } from 'zod'
import { safeEnsureCall } from './call-input.js'
import { DateSchema } from './facts.js'

const asOf = DateSchema.meta({ description: 'The day the rules apply as of; picks the rule-set version' })
const lang = z.enum(['lt', 'en']).optional().meta({ description: 'Language of the messages (default lt)' })

/**
 * Zod schema of the options of `checkEligibility`: `asOf` (ISO date: the day the rules apply
 * as of, which picks the rule-set version), `lang` (`lt` by default) and, for the community measure,
 * the municipality's `call` (a call.v1 document, `CallSchema` of `@talka/calls`). Strict: a misspelt
 * option is an error with its path. (The call is validated by `@talka/calls`' parser, and not at all
 * when it is already parsed; this schema describes the shape for OpenAPI.)
 *
 * @example
 * ```ts
 * import { CheckEligibilityOptionsSchema } from '@talka/eligibility'
 * CheckEligibilityOptionsSchema.parse({ asOf: '2023-04-06', lang: 'en' })
 * ```
 */
export const CheckEligibilityOptionsSchema = z
  .strictObject({ asOf, lang, call: CallSchema.optional() })
  .meta({ id: 'EligibilityCheckOptions' })

// The options without the call, which goes through the call's own parser (once).
const BaseOptionsSchema = z.strictObject({ asOf, lang, call: z.unknown().optional() })

/**
 * Options of `checkEligibility`. `asOf` may also be a `Temporal.PlainDate`; `call` is a call.v1
 * document of `@talka/calls` as JSON, a catalog call (`calls['vilnius-2024']`) or `Parsed<Call>` from
 * `parseCall` (not validated again).
 *
 * @example
 * ```ts
 * import type { CheckEligibilityOptions } from '@talka/eligibility'
 * import { calls } from '@talka/calls'
 * const options: CheckEligibilityOptions = { asOf: '2024-03-20', lang: 'lt', call: calls['vilnius-2024'] }
 * ```
 */
export interface CheckEligibilityOptions {
  readonly asOf: string | Temporal.PlainDate
  readonly lang?: Lang | undefined
  readonly call?: CallInput | Call | Parsed<Call> | undefined
}

/**
 * Options that were validated once (from {@link parseEligibilityOptions}): `asOf` an ISO date, and the
 * call `Parsed<Call>`. `checkEligibility` does not validate them again.
 *
 * @example
 * ```ts
 * import { parseEligibilityOptions, type ParsedEligibilityOptions } from '@talka/eligibility'
 * const options: ParsedEligibilityOptions = parseEligibilityOptions({ asOf: '2023-04-06' })
 * ```
 */
export type ParsedEligibilityOptions = Parsed<{
  readonly asOf: string
  readonly lang?: Lang | undefined
  readonly call?: Parsed<Call> | undefined
}>

/** `asOf` given as a `Temporal.PlainDate` becomes its ISO string (a copy; the input is not changed). */
function normaliseAsOf(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input
  const value = (input as { asOf?: unknown }).asOf
  return value instanceof Temporal.PlainDate ? { ...input, asOf: value.toString() } : input
}

/**
 * Validates the options of `checkEligibility` once (for a batch of checks, or in the API); throws
 * core's `ValidationError`, the call's issues under `['call', …]`. Whether a rule set needs a `call`
 * is checked by `checkEligibility`.
 *
 * @example
 * ```ts
 * import { checkEligibility, parseEligibilityOptions, parseFacts } from '@talka/eligibility'
 * const options = parseEligibilityOptions({ asOf: '2023-04-06', lang: 'en' })
 * checkEligibility('ngo-fund-2023/applicant', parseFacts('ngo-fund-2023/applicant', { ngoMark: true }), options)
 * ```
 */
export function parseEligibilityOptions(input: unknown, context?: ParseContext): ParsedEligibilityOptions {
  const result = safeParseEligibilityOptions(input, context)
  if (!result.success) throw result.error
  return result.data
}

/**
 * Like {@link parseEligibilityOptions}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseEligibilityOptions } from '@talka/eligibility'
 * safeParseEligibilityOptions({ asOf: '2023-04-06', langauge: 'en' }).success // false
 * ```
 */
export function safeParseEligibilityOptions(
  input: unknown,
  context?: ParseContext,
): SafeParseResult<ParsedEligibilityOptions, ValidationError> {
  if (isParsed(input)) return { success: true, data: input as ParsedEligibilityOptions }
  const base = safeParseWith(BaseOptionsSchema, normaliseAsOf(input), context)
  const rawCall = base.success
    ? base.data.call
    : typeof input === 'object' && input !== null
      ? (input as { call?: unknown }).call
      : undefined
  const call = rawCall === undefined ? undefined : safeEnsureCall(rawCall, context)
  if (base.success && (call === undefined || call.success)) {
    const { asOf: day, lang: language } = base.data
    const options: { asOf: string; lang?: Lang; call?: Parsed<Call> } = { asOf: day }
    if (language !== undefined) options.lang = language
    if (call) options.call = call.data
    return { success: true, data: markParsed(options) }
  }
  const issues: Issue[] = []
  let total = 0
  if (!base.success) {
    issues.push(...base.error.issues)
    total += base.error.issueCount
  }
  if (call && !call.success) {
    issues.push(...call.error.issues.map((issue) => ({ ...issue, path: ['call', ...issue.path] })))
    total += call.error.issueCount
  }
  return { success: false, error: new ValidationError(issues.slice(0, 100), undefined, total) }
}
