import type { z } from 'zod'
import type { SafeParseResult } from './safe-parse.js'
import { type ParseContext, parseWith, safeParseWith, type ValidationError } from './validation.js'

declare const parsedBrand: unique symbol

/**
 * A value that a Talka parser has validated. An entry function that receives a `Parsed<X>` trusts it
 * and does not validate again: the API parses a request once and hands the result on.
 *
 * @example
 * ```ts
 * import type { Parsed } from '@talka/core'
 * declare const input: Parsed<{ total: string }>
 * input.total // a validated amount
 * ```
 */
export type Parsed<T> = T & { readonly [parsedBrand]: true }

// Which objects a parser produced. A WeakSet, not a property, so that a caller cannot forge the mark
// with JSON and parsed values serialise as they are.
const parsedValues = new WeakSet<object>()

/**
 * Whether a value came out of a Talka parser (so it need not be validated again).
 *
 * @example
 * ```ts
 * import { isParsed } from '@talka/core'
 * isParsed({ total: '10' }) // false
 * ```
 */
export function isParsed<T>(value: T): value is Parsed<T> {
  return typeof value === 'object' && value !== null && parsedValues.has(value)
}

/**
 * Marks an object that a parser has just validated. Parsers call it; nothing else should.
 *
 * @example
 * ```ts
 * import { markParsed } from '@talka/core'
 * const parsed = markParsed({ total: '10.00' })
 * ```
 */
export function markParsed<T extends object>(value: T): Parsed<T> {
  parsedValues.add(value)
  return value as Parsed<T>
}

/**
 * The parse-once trio of an input shape, built from its zod schema (the one source of truth):
 * `parse` throws `ValidationError`, `safeParse` returns `{ success, data | error }`, and `ensure`
 * returns a parsed value as it is and parses anything else. Objects only (entry-point inputs).
 *
 * @example
 * ```ts
 * import { z } from 'zod'
 * import { inputParser } from '@talka/core'
 * const order = inputParser(z.strictObject({ total: z.string() }))
 * const parsed = order.parse({ total: '10' })
 * order.ensure(parsed) === parsed // true: not validated twice
 * ```
 */
export function inputParser<S extends z.ZodType<object>>(
  schema: S,
): {
  readonly schema: S
  parse(input: unknown, context?: ParseContext): Parsed<z.output<S>>
  safeParse(input: unknown, context?: ParseContext): SafeParseResult<Parsed<z.output<S>>, ValidationError>
  ensure(input: unknown): Parsed<z.output<S>>
} {
  const parse = (input: unknown, context?: ParseContext): Parsed<z.output<S>> =>
    markParsed(parseWith(schema, input, context) as z.output<S> & object)
  return {
    schema,
    parse,
    safeParse(input, context) {
      const result = safeParseWith(schema, input, context)
      return result.success
        ? { success: true, data: markParsed(result.data as z.output<S> & object) }
        : result
    },
    ensure(input) {
      return isParsed(input) ? (input as Parsed<z.output<S>>) : parse(input)
    },
  }
}
