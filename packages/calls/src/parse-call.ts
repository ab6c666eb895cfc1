import {
  inputParser,
  type ParseContext,
  type Parsed,
  type SafeParseResult,
  type ValidationError,
} from '@talka/core'
import { type Call, CallSchema } from './call-schema.js'

/**
 * The parse-once trio of a call (core's `inputParser` over {@link CallSchema}): `parse`, `safeParse` and
 * `ensure` (returns an already-parsed call as it is). Eligibility and evaluation call `callParser.ensure`
 * so that a call parsed once by the API is not validated again.
 *
 * @example
 * ```ts
 * import { callParser, calls } from '@talka/calls'
 * const call = callParser.parse(calls['vilnius-2024'])
 * callParser.ensure(call) === call // true
 * ```
 */
export const callParser = /* @__PURE__ */ inputParser(CallSchema)

/**
 * Validates a call document (JSON or an object) and returns it marked as parsed (`context` is passed to
 * zod, e.g. for its Lithuanian messages); throws core's
 * `ValidationError` (`VALIDATION_FAILED`) with a path for every issue (at most 100, with the total).
 *
 * @example
 * ```ts
 * import { parseCall } from '@talka/calls'
 * parseCall({ id: 'x' }) // throws ValidationError: name, municipality, year, model, ref are missing
 * ```
 */
export function parseCall(input: unknown, context?: ParseContext): Parsed<Call> {
  return callParser.parse(input, context)
}

/**
 * Like {@link parseCall}, returning `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeParseCall, calls } from '@talka/calls'
 * safeParseCall(calls['prienai-district-2021-repeat']).success // true
 * safeParseCall({ ...calls['vilnius-2024'], yaer: 2024 }).success // false: unknown key "yaer"
 * ```
 */
export function safeParseCall(
  input: unknown,
  context?: ParseContext,
): SafeParseResult<Parsed<Call>, ValidationError> {
  return callParser.safeParse(input, context)
}
