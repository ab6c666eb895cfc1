import {
  type DateInput,
  IsoDateSchema,
  type Lang,
  LangSchema,
  parseWith,
  type SafeParseResult,
  safeParseWith,
  Temporal,
  type ValidationError,
} from '@talka/core'
import { z } from 'zod'

const FIRST_DAY = '2011-08-01'

const AsOfSchema = IsoDateSchema.refine((s) => s >= FIRST_DAY, {
  message: 'No edition of Law No. XI-1500 is in force before 2011-08-01',
}).meta({ description: 'The date the rules are applied as of (from 2011-08-01)', examples: ['2025-01-10'] })

/**
 * Zod schema of the options every check takes: `asOf` (required, from 2011-08-01), `lang`
 * (`'lt'` default, or `'en'`), and for the transitional rule `agreementConcludedOn` (the day the
 * voluntary-activity agreement was concluded) and `agreementEndsOn` (its last day, if known).
 *
 * @example
 * ```ts
 * import { VolunteeringOptionsSchema } from '@talka/volunteering'
 * VolunteeringOptionsSchema.parse({ asOf: '2025-01-10' }).lang // 'lt'
 * ```
 */
export const VolunteeringOptionsSchema = z
  .object({
    asOf: AsOfSchema,
    lang: LangSchema,
    agreementConcludedOn: IsoDateSchema.optional().meta({
      description: 'Day the voluntary-activity agreement was concluded (transitional rule)',
    }),
    agreementEndsOn: IsoDateSchema.optional().meta({
      description: 'Last day of the agreement, if it has an end date',
    }),
  })
  .meta({ id: 'volunteering.Options', description: 'Options of every @talka/volunteering check' })

/**
 * Zod schema of the options of `canHost`: the common options plus `role` (`'host'` default, or
 * `'coordinating'`).
 *
 * @example
 * ```ts
 * import { CanHostOptionsSchema } from '@talka/volunteering'
 * CanHostOptionsSchema.parse({ asOf: '2025-01-10', role: 'coordinating' }).role // 'coordinating'
 * ```
 */
export const CanHostOptionsSchema = VolunteeringOptionsSchema.extend({
  role: z.enum(['host', 'coordinating']).default('host').meta({
    description:
      'host: organiser (original) / host organisation (new); coordinating: coordinating organisation',
  }),
}).meta({ id: 'volunteering.CanHostOptions', description: 'Options of canHost' })

/**
 * The options as a caller passes them: dates as ISO strings or `Temporal.PlainDate`.
 *
 * @example
 * ```ts
 * import type { VolunteeringOptions } from '@talka/volunteering'
 * const options: VolunteeringOptions = { asOf: '2025-01-10', lang: 'en', agreementConcludedOn: '2024-05-02' }
 * ```
 */
export interface VolunteeringOptions {
  readonly asOf: DateInput
  readonly lang?: Lang | undefined
  readonly agreementConcludedOn?: DateInput | undefined
  readonly agreementEndsOn?: DateInput | undefined
}

/**
 * The options of `canHost`.
 *
 * @example
 * ```ts
 * import type { CanHostOptions } from '@talka/volunteering'
 * const options: CanHostOptions = { asOf: '2024-07-01', role: 'coordinating' }
 * ```
 */
export interface CanHostOptions extends VolunteeringOptions {
  readonly role?: 'host' | 'coordinating' | undefined
}

/**
 * Parsed options: ISO date strings and a language.
 *
 * @example
 * ```ts
 * import { parseVolunteeringOptions, type ParsedVolunteeringOptions } from '@talka/volunteering'
 * const o: ParsedVolunteeringOptions = parseVolunteeringOptions({ asOf: '2025-01-10' })
 * ```
 */
export type ParsedVolunteeringOptions = z.output<typeof VolunteeringOptionsSchema>

function isoDates(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input)) {
    out[key] = value instanceof Temporal.PlainDate ? value.toString() : value
  }
  return out
}

/**
 * Parses options (accepting `PlainDate`s), throwing core's `ValidationError` with JSON paths.
 *
 * @example
 * ```ts
 * import { parseVolunteeringOptions } from '@talka/volunteering'
 * parseVolunteeringOptions({ asOf: '2024-07-01', lang: 'en' }).lang // 'en'
 * ```
 */
export function parseVolunteeringOptions(input: unknown): ParsedVolunteeringOptions {
  return parseWith(VolunteeringOptionsSchema, isoDates(input))
}

/**
 * Like {@link parseVolunteeringOptions}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseVolunteeringOptions } from '@talka/volunteering'
 * safeParseVolunteeringOptions({ asOf: '2010-01-01' }).success // false: before the law
 * ```
 */
export function safeParseVolunteeringOptions(
  input: unknown,
): SafeParseResult<ParsedVolunteeringOptions, ValidationError> {
  return safeParseWith(VolunteeringOptionsSchema, isoDates(input))
}

/** Parses `canHost` options. */
export function parseCanHostOptions(input: unknown): z.output<typeof CanHostOptionsSchema> {
  return parseWith(CanHostOptionsSchema, isoDates(input))
}

/** Parses a check's input after turning `PlainDate` values into ISO strings. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  return parseWith(schema, isoDates(input))
}

/** Like {@link parseInput}, returning `{ success, data | error }`. */
export function safeParseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): SafeParseResult<z.output<S>, ValidationError> {
  return safeParseWith(schema, isoDates(input))
}
