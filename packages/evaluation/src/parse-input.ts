import type { Call } from '@talka/calls'
import {
  inputParser,
  isParsed,
  markParsed,
  type ParseContext,
  type Parsed,
  type SafeParseResult,
  type ValidationError,
} from '@talka/core'
import type { z } from 'zod'
import { RankApplicationsInputSchema, RankInputWithParsedCallSchema } from './rank-input.js'

/**
 * The input of {@link rankApplications} after validation: the schema's output with the call marked as
 * parsed, itself marked as parsed so that `rankApplications` does not validate it again (the mark cannot be
 * forged with JSON).
 *
 * @example
 * ```ts
 * import { type ParsedRankApplicationsInput, parseRankApplicationsInput } from '@talka/evaluation'
 * declare const body: unknown
 * const input: ParsedRankApplicationsInput = parseRankApplicationsInput(body)
 * ```
 */
export type ParsedRankApplicationsInput = Parsed<
  Omit<z.output<typeof RankApplicationsInputSchema>, 'call'> & { readonly call: Parsed<Call> }
>

const raw = /* @__PURE__ */ inputParser(RankApplicationsInputSchema)
const withParsedCall = /* @__PURE__ */ inputParser(RankInputWithParsedCallSchema)

// A call parsed by `@talka/calls` is trusted; any other call is validated with the rest of the input.
const parserFor = (input: unknown) =>
  typeof input === 'object' && input !== null && isParsed((input as { call?: unknown }).call)
    ? withParsedCall
    : raw

const finish = (parsed: { call: Call }): ParsedRankApplicationsInput => {
  if (!isParsed(parsed.call)) markParsed(parsed.call)
  return parsed as unknown as ParsedRankApplicationsInput
}

/** The one parser of a ranking input: core's parse-once pattern over the one zod schema. */
export const rankInputParser = {
  parse(input: unknown, context?: ParseContext): ParsedRankApplicationsInput {
    return finish(parserFor(input).parse(input, context))
  },
  safeParse(
    input: unknown,
    context?: ParseContext,
  ): SafeParseResult<ParsedRankApplicationsInput, ValidationError> {
    const result = parserFor(input).safeParse(input, context)
    return result.success ? { success: true, data: finish(result.data) } : result
  },
  ensure(input: unknown): ParsedRankApplicationsInput {
    return isParsed(input) ? (input as ParsedRankApplicationsInput) : rankInputParser.parse(input)
  },
}

/**
 * Validates the input of {@link rankApplications} against `RankApplicationsInputSchema` (the one source of
 * truth; a call already parsed by `@talka/calls`' `parseCall` is not validated again) and returns it parsed;
 * throws core's `ValidationError` (at most 100 issues with their JSON paths and stable codes, plus
 * `issueCount`). Pass the result to `rankApplications`: it is not validated again.
 *
 * @example
 * ```ts
 * import { parseRankApplicationsInput, rankApplications } from '@talka/evaluation'
 * declare const body: unknown
 * const input = parseRankApplicationsInput(body)
 * rankApplications(input) // no second validation
 * ```
 */
export function parseRankApplicationsInput(
  input: unknown,
  context?: ParseContext,
): ParsedRankApplicationsInput {
  return rankInputParser.parse(input, context)
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
  context?: ParseContext,
): SafeParseResult<ParsedRankApplicationsInput, ValidationError> {
  return rankInputParser.safeParse(input, context)
}
