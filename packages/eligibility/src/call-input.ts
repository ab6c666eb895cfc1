import { type Call, callParser } from '@talka/calls'
import {
  isParsed,
  type ParseContext,
  type Parsed,
  type SafeParseResult,
  type ValidationError,
} from '@talka/core'

/**
 * A call as eligibility reads it: a call already parsed (`Parsed<Call>`) is returned as it is
 * (`callParser.ensure`); anything else is validated with `@talka/calls`' schema.
 */
export function safeEnsureCall(
  input: unknown,
  context?: ParseContext,
): SafeParseResult<Parsed<Call>, ValidationError> {
  return isParsed(input)
    ? { success: true, data: callParser.ensure(input) }
    : callParser.safeParse(input, context)
}
