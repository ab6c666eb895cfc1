import {
  inputParser,
  isParsed,
  type Lang,
  type Parsed,
  type SafeParseResult,
  Temporal,
  type ValidationError,
} from '@talka/core'
import { z } from 'zod'
import { type CommunityMeasureCall, CommunityMeasureCallSchema } from './call.js'
import { DateSchema } from './facts.js'

/**
 * Zod schema of the options of `checkEligibility`: `asOf` (ISO date: the day the rules apply
 * as of, which picks the rule-set version), `lang` (`lt` by default) and, for the community measure,
 * the municipality's `call`. Strict: a misspelt option is an error with its path.
 *
 * @example
 * ```ts
 * import { CheckEligibilityOptionsSchema } from '@talka/eligibility'
 * CheckEligibilityOptionsSchema.parse({ asOf: '2023-04-06', lang: 'en' })
 * ```
 */
export const CheckEligibilityOptionsSchema = z
  .strictObject({
    asOf: DateSchema.meta({ description: 'The day the rules apply as of; picks the rule-set version' }),
    lang: z.enum(['lt', 'en']).optional().meta({ description: 'Language of the messages (default lt)' }),
    call: CommunityMeasureCallSchema.optional(),
  })
  .meta({ id: 'EligibilityCheckOptions' })

/**
 * Options of `checkEligibility`. `asOf` may also be a `Temporal.PlainDate`.
 *
 * @example
 * ```ts
 * import type { CheckEligibilityOptions } from '@talka/eligibility'
 * const options: CheckEligibilityOptions = { asOf: '2023-04-06', lang: 'lt' }
 * ```
 */
export interface CheckEligibilityOptions {
  readonly asOf: string | Temporal.PlainDate
  readonly lang?: Lang | undefined
  readonly call?: CommunityMeasureCall | undefined
}

/**
 * Options that passed {@link CheckEligibilityOptionsSchema} (from {@link parseEligibilityOptions});
 * `checkEligibility` does not validate them again.
 *
 * @example
 * ```ts
 * import { parseEligibilityOptions, type ParsedEligibilityOptions } from '@talka/eligibility'
 * const options: ParsedEligibilityOptions = parseEligibilityOptions({ asOf: '2023-04-06' })
 * ```
 */
export type ParsedEligibilityOptions = Parsed<z.output<typeof CheckEligibilityOptionsSchema>>

const parser = /* @__PURE__ */ inputParser(CheckEligibilityOptionsSchema)

/** `asOf` given as a `Temporal.PlainDate` becomes its ISO string (a copy; the input is not changed). */
function normaliseAsOf(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input
  const asOf = (input as { asOf?: unknown }).asOf
  return asOf instanceof Temporal.PlainDate ? { ...input, asOf: asOf.toString() } : input
}

/**
 * Validates the options of `checkEligibility` once (for a batch of checks, or in the API); throws
 * core's `ValidationError`. Whether a rule set needs a `call` is checked by `checkEligibility`.
 *
 * @example
 * ```ts
 * import { checkEligibility, parseEligibilityOptions, parseFacts } from '@talka/eligibility'
 * const options = parseEligibilityOptions({ asOf: '2023-04-06', lang: 'en' })
 * checkEligibility('ngo-fund-2023/applicant', parseFacts('ngo-fund-2023/applicant', { ngoMark: true }), options)
 * ```
 */
export function parseEligibilityOptions(input: unknown): ParsedEligibilityOptions {
  return isParsed(input) ? (input as ParsedEligibilityOptions) : parser.parse(normaliseAsOf(input))
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
): SafeParseResult<ParsedEligibilityOptions, ValidationError> {
  return isParsed(input)
    ? { success: true, data: input as ParsedEligibilityOptions }
    : parser.safeParse(normaliseAsOf(input))
}
