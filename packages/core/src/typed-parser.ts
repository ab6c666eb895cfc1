// The parse-once trio of an entry point typed by the entry point's declared input type rather than the
// schema's output type (they agree in shape; the declared type is the one the docs name). Moved here from
// @talka/allocation so that every package can use the one copy.
// In a package, mark the parser and its exported functions pure (`/* @__PURE__ */ typedParser(...)` and
// `/* @__PURE__ */ (() => parser.parse)()`): a property read at the top level would otherwise keep the
// parser and its schema in every bundle, even one that only imports `allocate`.
import { inputParser, type Parsed } from './parsed.js'
import type { SafeParseResult } from './safe-parse.js'
import type { ParseContext, ValidationError } from './validation.js'

/**
 * Core's {@link inputParser}, its results typed as `Parsed<T>`.
 *
 * @example
 * ```ts
 * import type { TypedParser } from '@talka/core'
 * declare const parser: TypedParser<{ total: string }>
 * parser.parse({ total: '1.00' }).total
 * ```
 */
export interface TypedParser<T> {
  /** Validates once; throws core's `ValidationError`. */
  parse(input: unknown, context?: ParseContext): Parsed<T>
  /** Like `parse`, returning `{ success, data | error }`. */
  safeParse(input: unknown, context?: ParseContext): SafeParseResult<Parsed<T>, ValidationError>
  /** Returns an already-parsed value as it is; parses anything else. */
  ensure(input: unknown): Parsed<T>
}

/**
 * Wraps core's {@link inputParser} for the schema of input type `T`.
 *
 * @example
 * ```ts
 * import { typedParser } from '@talka/core'
 * import { z } from 'zod'
 * const parser = typedParser<{ total: string }>(z.strictObject({ total: z.string() }))
 * export const parseTotal = parser.parse
 * ```
 */
export function typedParser<T>(schema: Parameters<typeof inputParser>[0]): TypedParser<T> {
  return inputParser(schema) as unknown as TypedParser<T>
}
