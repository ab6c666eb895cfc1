import { AmountSchema as CoreAmountSchema, Temporal } from '@talka/core'
import { z } from 'zod'
import { schemaError } from './schema-messages.js'

// A real calendar day (leap years included), the same pattern zod's `z.iso.date()` uses, so that the
// generated JSON Schema rejects 2023-02-29 exactly as zod does.
const DAY =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))'

/** `YYYY-MM-DD`, a real day. */
export const ISO_DATE_PATTERN: RegExp = new RegExp(`^${DAY}$`)
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO 8601 reduced precision). */
export const PARTIAL_DATE_PATTERN: RegExp = new RegExp(`^(?:\\d{4}|\\d{4}-(?:0[1-9]|1[0-2])|${DAY})$`)
const DECIMAL_PATTERN = /^(0|[1-9]\d*)(\.\d+)?$/
const SHARE_PATTERN = /^(0(\.\d+)?|1(\.0+)?)$/
const JAR_CODE_PATTERN = /^\d{9}$/
const EXECUTOR_PATTERN = /^[^,\s](?:[^,]*[^,\s])?$/
const URL_PATTERN = /^https?:\/\/\S+$/

/** Non-empty text, kept exactly as written (no trimming, diacritics and line breaks preserved). */
export const TextSchema = z.string().min(1, schemaError('schema.text'))

/**
 * A non-negative EUR amount as a decimal string with at most two decimals: core's one `AmountSchema`
 * (its range: up to `MAX_AMOUNT`, refused beyond, never rounded).
 */
export const AmountSchema = CoreAmountSchema().meta({
  // Core checks the sign in code, which JSON Schema cannot see; the published schema states it, so
  // that Ajv and zod agree on "-5.00" (core's own pattern accepts a minus for signed amounts).
  pattern: '^(0|[1-9]\\d*)(\\.\\d{1,2})?$',
  examples: ['15563.00'],
})

/** A non-negative decimal string (hours, ratios), any number of decimals. */
export const DecimalSchema = z.string().regex(DECIMAL_PATTERN, schemaError('schema.decimal'))

/** A share from 0 to 1 as a decimal string (`"0.1"` is 10 %). */
export const ShareSchema = z.string().regex(SHARE_PATTERN, schemaError('schema.share'))

/** An ISO calendar date `YYYY-MM-DD`. */
export const DateSchema = z.string().regex(ISO_DATE_PATTERN, schemaError('schema.date')).meta({
  format: 'date',
  description: 'ISO 8601 calendar date YYYY-MM-DD',
})

/**
 * Zod schema of a date as precise as the document states it: `YYYY` ("2023 m."), `YYYY-MM`
 * ("2024 m. vasario mėn.") or `YYYY-MM-DD` ("2024 m. sausio 30 d."), ISO 8601 reduced precision.
 * Reports often name only a month or a year; recording a day they do not state would invent it.
 *
 * @example
 * ```ts
 * import { PartialDateSchema } from '@talka/reporting'
 * PartialDateSchema.safeParse('2024-02').success // true
 * PartialDateSchema.safeParse('2024-02-30').success // false
 * ```
 */
export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, schemaError('schema.partial-date'))
  .meta({
    description: 'ISO 8601 date of reduced precision: YYYY, YYYY-MM or YYYY-MM-DD',
    examples: ['2023', '2024-02', '2024-01-30'],
  })

/** A calendar year from 1990 to 2100. */
export const YearSchema = z
  .int(schemaError('schema.year'))
  .min(1990, schemaError('schema.year'))
  .max(2100, schemaError('schema.year'))

/** A count: a non-negative whole number. */
export const CountSchema = z
  .int(schemaError('schema.count'))
  .min(0, schemaError('schema.count'))
  .max(Number.MAX_SAFE_INTEGER, schemaError('schema.count'))

/** A row number: a positive whole number. */
export const RowNumberSchema = z
  .int(schemaError('schema.row-number'))
  .min(1, schemaError('schema.row-number'))
  .max(Number.MAX_SAFE_INTEGER, schemaError('schema.row-number'))

/** A 9-digit legal-entity code of the Register of Legal Entities (JAR). */
export const JarCodeSchema = z
  .string()
  .regex(JAR_CODE_PATTERN, schemaError('schema.jar-code'))
  .meta({
    description: 'Legal-entity code in the Register of Legal Entities (JAR): 9 digits',
    examples: ['302515720'],
  })

/** The name of one responsible executor: non-empty, no comma, no surrounding spaces. */
export const ExecutorSchema = z.string().regex(EXECUTOR_PATTERN, schemaError('schema.executor'))

/** An http(s) link. */
export const UrlSchema = z.string().regex(URL_PATTERN, schemaError('schema.url'))

/** A qualifier of a stated number: "daugiau nei 50" is `{ value: 50, qualifier: 'more-than' }`. */
export const QualifierSchema = z.enum(['more-than']).meta({
  description: 'The number is a lower bound the text states ("daugiau nei 50": more than 50)',
})

/**
 * The first and last day that a date of reduced precision covers: `2024-02` covers 2024-02-01 to
 * 2024-02-29, `2023` covers the whole year. Throws a `RangeError` for a string that
 * {@link PartialDateSchema} rejects.
 *
 * @example
 * ```ts
 * import { partialDateRange } from '@talka/reporting'
 * const { first, last } = partialDateRange('2024-02')
 * `${first}…${last}` // '2024-02-01…2024-02-29'
 * ```
 */
export function partialDateRange(value: string): { first: Temporal.PlainDate; last: Temporal.PlainDate } {
  if (!PARTIAL_DATE_PATTERN.test(value)) throw new RangeError(`Not a date of reduced precision: ${value}`)
  const [year, month, day] = value.split('-').map(Number) as [number, number | undefined, number | undefined]
  if (day !== undefined && month !== undefined) {
    const date = Temporal.PlainDate.from({ year, month, day })
    return { first: date, last: date }
  }
  if (month !== undefined) {
    const first = Temporal.PlainDate.from({ year, month, day: 1 })
    return { first, last: first.with({ day: first.daysInMonth }) }
  }
  return {
    first: Temporal.PlainDate.from({ year, month: 1, day: 1 }),
    last: Temporal.PlainDate.from({ year, month: 12, day: 31 }),
  }
}
