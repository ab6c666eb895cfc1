import {
  type DateInput,
  IsoDateSchema,
  inputParser,
  isParsed,
  type Lang,
  LangSchema,
  type ParseContext,
  type Parsed,
  type SafeParseResult,
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
 * Strict: an unknown key is an error with its path.
 *
 * @example
 * ```ts
 * import { VolunteeringOptionsSchema } from '@talka/volunteering'
 * VolunteeringOptionsSchema.parse({ asOf: '2025-01-10' }).lang // 'lt'
 * ```
 */
export const VolunteeringOptionsSchema = z
  .strictObject({
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
 * `'coordinating'`). Strict.
 *
 * @example
 * ```ts
 * import { CanHostOptionsSchema } from '@talka/volunteering'
 * CanHostOptionsSchema.parse({ asOf: '2025-01-10', role: 'coordinating' }).role // 'coordinating'
 * ```
 */
export const CanHostOptionsSchema = z
  .strictObject({
    ...VolunteeringOptionsSchema.shape,
    role: z.enum(['host', 'coordinating']).default('host').meta({
      description:
        'host: organiser (original) / host organisation (new); coordinating: coordinating organisation',
    }),
  })
  .meta({ id: 'volunteering.CanHostOptions', description: 'Options of canHost' })

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
 * Parsed options: ISO date strings and a language, marked as parsed (`Parsed<…>`) so a check given
 * them does not validate them again.
 *
 * @example
 * ```ts
 * import { parseVolunteeringOptions, type ParsedVolunteeringOptions } from '@talka/volunteering'
 * const o: ParsedVolunteeringOptions = parseVolunteeringOptions({ asOf: '2025-01-10' })
 * ```
 */
export type ParsedVolunteeringOptions = Parsed<z.output<typeof VolunteeringOptionsSchema>>

/**
 * What a check takes as its options: raw options, or options already parsed by
 * {@link parseVolunteeringOptions} (not validated again).
 *
 * @example
 * ```ts
 * import type { OptionsArgument } from '@talka/volunteering'
 * const options: OptionsArgument = { asOf: '2024-07-01', lang: 'en' }
 * ```
 */
export type OptionsArgument = VolunteeringOptions | ParsedVolunteeringOptions

/**
 * Parsed `canHost` options.
 *
 * @example
 * ```ts
 * import { parseCanHostOptions, type ParsedCanHostOptions } from '@talka/volunteering'
 * const o: ParsedCanHostOptions = parseCanHostOptions({ asOf: '2025-01-10', role: 'coordinating' })
 * ```
 */
export type ParsedCanHostOptions = Parsed<z.output<typeof CanHostOptionsSchema>>

/*
 * Top-level `Temporal.PlainDate` values become ISO strings before zod reads the object. The copy is
 * built with `Object.fromEntries`, which defines each key as an own property: a `__proto__` key stays
 * an ordinary (and, for the strict schemas, unknown) key instead of becoming the copy's prototype,
 * through which zod would read smuggled facts.
 */
function withIsoDates(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input) || isParsed(input)) return input
  // An object with an unusual prototype (e.g. `{ __proto__: { birthDate } }` built in code) is copied
  // to its own keys only, so no inherited value reaches the schema.
  const proto = Object.getPrototypeOf(input)
  let copy = proto !== Object.prototype && proto !== null
  for (const value of Object.values(input)) if (value instanceof Temporal.PlainDate) copy = true
  if (!copy) return input
  return Object.fromEntries(
    Object.entries(input).map(([key, value]) => [
      key,
      value instanceof Temporal.PlainDate ? value.toString() : value,
    ]),
  )
}

/**
 * A parse-once parser for one input schema of the package: core's `inputParser`, after turning
 * top-level `PlainDate`s into ISO strings.
 */
export interface VolunteeringParser<S extends z.ZodType<object>> {
  readonly schema: S
  parse(input: unknown, context?: ParseContext): Parsed<z.output<S>>
  safeParse(input: unknown, context?: ParseContext): SafeParseResult<Parsed<z.output<S>>, ValidationError>
  /** Returns an already-parsed value as is; parses anything else. */
  ensure(input: unknown): Parsed<z.output<S>>
}

/** Builds the {@link VolunteeringParser} of a schema. */
export function volunteeringParser<S extends z.ZodType<object>>(schema: S): VolunteeringParser<S> {
  const parser = inputParser(schema)
  return {
    schema,
    parse: (input, context) => parser.parse(withIsoDates(input), context),
    safeParse: (input, context) => parser.safeParse(withIsoDates(input), context),
    ensure: (input) => parser.ensure(withIsoDates(input)),
  }
}

export const optionsParser: VolunteeringParser<typeof VolunteeringOptionsSchema> =
  /* @__PURE__ */ volunteeringParser(VolunteeringOptionsSchema)
export const canHostOptionsParser: VolunteeringParser<typeof CanHostOptionsSchema> =
  /* @__PURE__ */ volunteeringParser(CanHostOptionsSchema)

/**
 * Parses options (accepting `PlainDate`s), throwing core's `ValidationError` with JSON paths. The
 * result is marked as parsed: pass it to any check and it is not validated again.
 *
 * @example
 * ```ts
 * import { parseVolunteeringOptions } from '@talka/volunteering'
 * parseVolunteeringOptions({ asOf: '2024-07-01', lang: 'en' }).lang // 'en'
 * ```
 */
export const parseVolunteeringOptions = optionsParser.parse

/**
 * Like {@link parseVolunteeringOptions}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseVolunteeringOptions } from '@talka/volunteering'
 * safeParseVolunteeringOptions({ asOf: '2010-01-01' }).success // false: before the law
 * ```
 */
export const safeParseVolunteeringOptions = optionsParser.safeParse

/**
 * Parses the options of `canHost` (common options plus `role`), throwing core's `ValidationError`.
 *
 * @example
 * ```ts
 * import { parseCanHostOptions } from '@talka/volunteering'
 * parseCanHostOptions({ asOf: '2024-07-01' }).role // 'host'
 * ```
 */
export const parseCanHostOptions = canHostOptionsParser.parse

/**
 * Like {@link parseCanHostOptions}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseCanHostOptions } from '@talka/volunteering'
 * safeParseCanHostOptions({ asOf: '2024-07-01', role: 'owner' }).success // false
 * ```
 */
export const safeParseCanHostOptions = canHostOptionsParser.safeParse
