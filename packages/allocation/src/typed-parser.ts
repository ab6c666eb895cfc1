// The parse-once pair (parseX / safeParseX) of every entry point, typed by the entry point's declared input type
// rather than the schema's output type (they agree in shape; the declared type is the one the docs name).
import {
  inputParser,
  type ParseContext,
  type Parsed,
  type SafeParseResult,
  type ValidationError,
} from '@talka/core'

/** Core's `inputParser`, its results typed as `Parsed<T>`. Internal: not exported from the package. */
export interface TypedParser<T> {
  /** Validates once; throws core's `ValidationError`. */
  parse(input: unknown, context?: ParseContext): Parsed<T>
  /** Like `parse`, returning `{ success, data | error }`. */
  safeParse(input: unknown, context?: ParseContext): SafeParseResult<Parsed<T>, ValidationError>
  /** Returns an already-parsed value as it is; parses anything else. */
  ensure(input: unknown): Parsed<T>
}

/**
 * Wraps core's `inputParser` for the schema of input type `T`.
 *
 * @example
 * ```ts
 * const parser = typedParser<AllocateInput>(AllocateInputSchema)
 * export const parseAllocateInput = parser.parse
 * ```
 */
export function typedParser<T>(schema: Parameters<typeof inputParser>[0]): TypedParser<T> {
  return inputParser(schema) as unknown as TypedParser<T>
}
