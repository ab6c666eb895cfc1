import { Temporal } from 'temporal-polyfill'
import { z } from 'zod'
import { CoreError } from './errors.js'
import { type SafeParseResult, toSafeParse } from './safe-parse.js'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * A calendar date: Temporal's `PlainDate` (from temporal-polyfill). Domain code never uses `Date`.
 *
 * @example
 * ```ts
 * import { parsePlainDate, type PlainDate } from '@talka/core'
 * const d: PlainDate = parsePlainDate('2024-07-01')
 * ```
 */
export type PlainDate = Temporal.PlainDate

/**
 * An input that names a date: an ISO string `YYYY-MM-DD` or a `Temporal.PlainDate`.
 *
 * @example
 * ```ts
 * import type { DateInput } from '@talka/core'
 * const asOf: DateInput = '2025-01-10'
 * ```
 */
export type DateInput = string | Temporal.PlainDate

/**
 * Parses an ISO calendar date (`YYYY-MM-DD`, nothing more) or passes a `PlainDate` through.
 * Rejects impossible dates such as `2023-02-29` with {@link CoreError} `INVALID_DATE`.
 *
 * @example
 * ```ts
 * import { parsePlainDate } from '@talka/core'
 * parsePlainDate('2024-02-29').dayOfWeek // 4 (Thursday)
 * ```
 */
export function parsePlainDate(input: unknown): Temporal.PlainDate {
  if (input instanceof Temporal.PlainDate) return input
  if (typeof input !== 'string' || !ISO_DATE.test(input)) {
    throw new CoreError('INVALID_DATE', `Expected an ISO date YYYY-MM-DD, got ${JSON.stringify(input)}`, {
      input: typeof input === 'string' ? input : typeof input,
    })
  }
  try {
    return Temporal.PlainDate.from(input, { overflow: 'reject' })
  } catch {
    throw new CoreError('INVALID_DATE', `Not a calendar date: ${input}`, { input })
  }
}

/**
 * Like {@link parsePlainDate}, but returns `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParsePlainDate } from '@talka/core'
 * safeParsePlainDate('2023-02-29').success // false
 * ```
 */
export const safeParsePlainDate: (input: unknown) => SafeParseResult<Temporal.PlainDate, CoreError> =
  toSafeParse(parsePlainDate)

/**
 * Zod schema of an ISO calendar date string (`YYYY-MM-DD`, a real date). Output stays a string, so
 * it can appear in JSON and OpenAPI documents.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from '@talka/core'
 * IsoDateSchema.safeParse('2024-13-01').success // false
 * ```
 */
export const IsoDateSchema = z
  .string()
  .refine((s) => safeParsePlainDate(s).success, { message: 'Expected a calendar date YYYY-MM-DD' })
  .meta({ description: 'ISO 8601 calendar date', examples: ['2024-07-01'], format: 'date' })

/**
 * Zod schema that parses an ISO date string into a `Temporal.PlainDate`.
 *
 * @example
 * ```ts
 * import { PlainDateSchema } from '@talka/core'
 * PlainDateSchema.parse('2024-07-01').year // 2024
 * ```
 */
export const PlainDateSchema = IsoDateSchema.transform((s) => Temporal.PlainDate.from(s))

/**
 * Full years of age on `asOf` for someone born on `birthDate`, computed with Temporal. A person born
 * on 29 February turns a year older on 28 February in common years (Civil Code art. 1.121: a term in
 * years that ends in a month without the matching day ends on the last day of that month).
 *
 * @example
 * ```ts
 * import { ageOn } from '@talka/core'
 * ageOn('2010-05-01', '2024-05-01') // 14
 * ageOn('2010-05-01', '2024-04-30') // 13
 * ```
 */
export function ageOn(birthDate: DateInput, asOf: DateInput): number {
  const birth = parsePlainDate(birthDate)
  const on = parsePlainDate(asOf)
  if (Temporal.PlainDate.compare(on, birth) < 0) {
    throw new CoreError('INVALID_DATE', `asOf ${on} is before the birth date ${birth}`, {
      birthDate: birth.toString(),
      asOf: on.toString(),
    })
  }
  // Anniversary in the year of `asOf`; 29 February is constrained to 28 February in common years,
  // as the Civil Code counts terms in years (CK 1.121 str.: a term ending in a month without the
  // matching day ends on that month's last day).
  const anniversary = birth.with({ year: on.year }, { overflow: 'constrain' })
  const years = on.year - birth.year
  return Temporal.PlainDate.compare(on, anniversary) < 0 ? years - 1 : years
}

/**
 * Compares two dates: negative, zero or positive, for sorting.
 *
 * @example
 * ```ts
 * import { compareDates } from '@talka/core'
 * ['2024-07-01', '2011-08-01'].sort(compareDates) // ['2011-08-01', '2024-07-01']
 * ```
 */
export function compareDates(a: DateInput, b: DateInput): number {
  return Temporal.PlainDate.compare(parsePlainDate(a), parsePlainDate(b))
}

export { Temporal }
