import { inputParser, type Parsed, type SafeParseResult, type ValidationError } from '@talka/core'
import type { z } from 'zod'
import { RankApplicationsInputSchema } from './rank-input.js'

/**
 * The input of {@link rankApplications} after validation: the schema's output, marked as parsed so that
 * `rankApplications` does not validate it again (the mark cannot be forged with JSON).
 *
 * @example
 * ```ts
 * import { type ParsedRankApplicationsInput, parseRankApplicationsInput } from '@talka/evaluation'
 * declare const body: unknown
 * const input: ParsedRankApplicationsInput = parseRankApplicationsInput(body)
 * ```
 */
export type ParsedRankApplicationsInput = Parsed<z.output<typeof RankApplicationsInputSchema>>

/** The one parser of a ranking input: core's parse-once pattern over the one zod schema. */
export const rankInputParser = inputParser(RankApplicationsInputSchema)

/**
 * Validates the input of {@link rankApplications} against `RankApplicationsInputSchema` (the one source of
 * truth) and returns it parsed; throws core's `ValidationError` (at most 100 issues with their JSON paths
 * and stable codes, plus `issueCount`). Pass the result to `rankApplications`: it is not validated again.
 *
 * @example
 * ```ts
 * import { parseRankApplicationsInput, rankApplications } from '@talka/evaluation'
 * declare const body: unknown
 * const input = parseRankApplicationsInput(body)
 * rankApplications(input) // no second validation
 * ```
 */
export function parseRankApplicationsInput(input: unknown): ParsedRankApplicationsInput {
  return rankInputParser.parse(input)
}

/**
 * Like {@link parseRankApplicationsInput}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseRankApplicationsInput } from '@talka/evaluation'
 * const r = safeParseRankApplicationsInput({ call: {}, applications: [] })
 * if (!r.success) r.error.issues.map((i) => i.path.join('.'))
 * ```
 */
export function safeParseRankApplicationsInput(
  input: unknown,
): SafeParseResult<ParsedRankApplicationsInput, ValidationError> {
  return rankInputParser.safeParse(input)
}
