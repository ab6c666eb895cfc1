import {
  AmountSchema,
  IsoDateSchema,
  inputParser,
  LegalRefSchema,
  type ParseContext,
  type Parsed,
  type SafeParseResult,
  type ValidationError,
} from '@talka/core'
import { z } from 'zod'

// An average score as published or as the ranking computed it: a non-negative decimal with at most 12
// decimals (the ranking's exact averages terminate within 12 decimals or are rounded there).
const AVERAGE = /^(0|[1-9]\d{0,17})(\.\d{1,12})?$/

/** The most rows a section may hold (a ranking of 100,000 applications fits with room to spare). */
const MAX_ROWS = 1_000_000

const Amount = AmountSchema()

/**
 * Zod schema of an average score in a published table: a decimal string with a decimal point and at most
 * 12 decimals (`"105.5"`, `"33.333333333333"`). A published "105,5" is written `"105.5"`.
 *
 * @example
 * ```ts
 * import { PublishedAverageSchema } from '@talka/evaluation'
 * PublishedAverageSchema.safeParse('105,5').success // false: decimal point, please
 * ```
 */
export const PublishedAverageSchema = z
  .string()
  .regex(AVERAGE, { message: 'Expected a non-negative decimal string, e.g. "105.5"' })
  .meta({ description: 'Average score (Balų vidurkis) as a decimal string', examples: ['105.5'] })

const common = {
  applicationNo: z
    .string()
    .min(1)
    .max(200)
    .meta({ description: 'Paraiškos Nr. (registration number of the application)' }),
  organisation: z.string().max(1000).nullable().meta({ description: 'Organizacija (the applicant)' }),
  project: z.string().max(2000).nullable().meta({ description: 'Projekto pavadinimas (project title)' }),
  requested: Amount.meta({ description: 'Prašoma suma, Eur (amount requested)' }),
  envelope: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: "The call's eldership envelope the row competes in (envelope id)" }),
}

const rowNo = z
  .number()
  .int()
  .min(1)
  .max(MAX_ROWS)
  .meta({ description: 'Eil. Nr. (row number within its section)' })

/**
 * Zod schema of a row of the funded list: Eil. Nr., Paraiškos Nr., Organizacija, Projekto pavadinimas,
 * Balų vidurkis, Prašoma suma, Skiriama suma (and the envelope where the call has eldership envelopes).
 *
 * @example
 * ```ts
 * import { PublishedFundedRowSchema } from '@talka/evaluation'
 * PublishedFundedRowSchema.parse({ no: 1, applicationNo: 'BO-2024-172', organisation: 'Strūnos kaimo bendruomenė',
 *   project: 'Kūrybinės kibirkštys', average: '113.5', requested: '3000.00', granted: '3000.00' })
 * ```
 */
export const PublishedFundedRowSchema = z
  .strictObject({
    no: rowNo,
    ...common,
    average: PublishedAverageSchema,
    granted: Amount.meta({ description: 'Skiriama suma, Eur (amount granted)' }),
  })
  .meta({ id: 'talka-evaluation.PublishedFundedRow' })

/**
 * Zod schema of a row of the reserve list: the funded list's columns, with the proposed amount where the
 * call's reserve policy gives one (printed in the "Skiriama suma, Eur" column).
 *
 * @example
 * ```ts
 * import { PublishedReserveRowSchema } from '@talka/evaluation'
 * PublishedReserveRowSchema.parse({ no: 1, applicationNo: 'BO-2024-137', organisation: null, project: null,
 *   average: '89.0', requested: '3000.26', proposed: '3000.00' })
 * ```
 */
export const PublishedReserveRowSchema = z
  .strictObject({
    no: rowNo,
    ...common,
    average: PublishedAverageSchema,
    proposed: Amount.optional().meta({ description: 'Proposed amount (siūloma skirti suma), Eur' }),
  })
  .meta({ id: 'talka-evaluation.PublishedReserveRow' })

/**
 * Zod schema of a row of the not-funded list: the same columns without an amount granted, the average
 * (`null` when the application was not scored, e.g. it failed the formal check) and the reason as
 * published ("Projektas nesurinko Konkurso apraše nustatyto minimalaus balų skaičiaus (Aprašo 28 p.)").
 *
 * @example
 * ```ts
 * import { PublishedNotFundedRowSchema } from '@talka/evaluation'
 * PublishedNotFundedRowSchema.parse({ applicationNo: 'BO-P-2024-223', organisation: null, project: null,
 *   average: '23.0', requested: '4130.00', reason: 'Nesurinko minimalaus balų skaičiaus.' })
 * ```
 */
export const PublishedNotFundedRowSchema = z
  .strictObject({
    no: rowNo.optional(),
    ...common,
    average: PublishedAverageSchema.nullable(),
    reason: z.string().max(5000).nullable().meta({ description: 'The reason, as published' }),
  })
  .meta({ id: 'talka-evaluation.PublishedNotFundedRow' })

/**
 * Zod schema of a published ranking table (the annex of the order or decree): the call it belongs to, the
 * date and legal basis of the decision, the funded list with its stated total ("VISO"), the reserve list
 * (with its stated total where one is printed) and the not-funded list. `reserve` and `notFunded` are left
 * out when the decision does not publish them (an empty list says the decision lists none). Every object
 * is strict.
 *
 * @example
 * ```ts
 * import { PublishedRankingTableSchema } from '@talka/evaluation'
 * PublishedRankingTableSchema.parse({ callId: 'example-2025', total: '0.00', funded: [] })
 * ```
 */
export const PublishedRankingTableSchema = z
  .strictObject({
    callId: z
      .string()
      .min(1)
      .max(100)
      .meta({ description: 'The id of the call (call.v1) the table decides' }),
    title: z.string().min(1).max(1000).optional().meta({ description: 'Title of the decision' }),
    date: IsoDateSchema.optional().meta({ description: 'Date of the decision' }),
    legalBasis: LegalRefSchema.optional().meta({ description: 'The act the table is an annex of' }),
    funded: z.array(PublishedFundedRowSchema).max(MAX_ROWS),
    total: Amount.meta({ description: 'VISO under the funded list, as stated' }),
    reserve: z.array(PublishedReserveRowSchema).max(MAX_ROWS).optional(),
    reserveTotal: Amount.optional().meta({ description: 'VISO under the reserve list, where stated' }),
    notFunded: z.array(PublishedNotFundedRowSchema).max(MAX_ROWS).optional(),
  })
  .meta({
    id: 'talka-evaluation.PublishedRankingTable',
    description: 'A published ranking decision: funded, reserve and not-funded lists',
  })

/**
 * A published ranking table, the output of {@link PublishedRankingTableSchema}.
 *
 * @example
 * ```ts
 * import type { PublishedRankingTable } from '@talka/evaluation'
 * const table: PublishedRankingTable = { callId: 'example-2025', total: '0.00', funded: [] }
 * ```
 */
export type PublishedRankingTable = z.output<typeof PublishedRankingTableSchema>

/**
 * One row of the funded list of a {@link PublishedRankingTable}.
 *
 * @example
 * ```ts
 * import type { PublishedFundedRow } from '@talka/evaluation'
 * declare const row: PublishedFundedRow
 * `${row.applicationNo}: ${row.granted}`
 * ```
 */
export type PublishedFundedRow = z.output<typeof PublishedFundedRowSchema>

/**
 * One row of the reserve list of a {@link PublishedRankingTable}.
 *
 * @example
 * ```ts
 * import type { PublishedReserveRow } from '@talka/evaluation'
 * declare const row: PublishedReserveRow
 * row.proposed ?? '—'
 * ```
 */
export type PublishedReserveRow = z.output<typeof PublishedReserveRowSchema>

/**
 * One row of the not-funded list of a {@link PublishedRankingTable}.
 *
 * @example
 * ```ts
 * import type { PublishedNotFundedRow } from '@talka/evaluation'
 * declare const row: PublishedNotFundedRow
 * row.reason ?? ''
 * ```
 */
export type PublishedNotFundedRow = z.output<typeof PublishedNotFundedRowSchema>

/**
 * The three sections of a published table, by their key in {@link PublishedRankingTable}.
 *
 * @example
 * ```ts
 * import type { PublishedSection } from '@talka/evaluation'
 * const s: PublishedSection = 'reserve'
 * ```
 */
export type PublishedSection = 'funded' | 'reserve' | 'notFunded'

/** The parse-once trio of a published table (core's `inputParser`). */
export const publishedTableParser = /* @__PURE__ */ inputParser(PublishedRankingTableSchema)

/**
 * Validates a published ranking table (JSON or an object) and returns it marked as parsed; throws core's
 * `ValidationError` with a path for every issue (at most 100, with the total).
 *
 * @example
 * ```ts
 * import { parsePublishedRankingTable } from '@talka/evaluation'
 * const table = parsePublishedRankingTable({ callId: 'example-2025', total: '0.00', funded: [] })
 * ```
 */
export function parsePublishedRankingTable(
  input: unknown,
  context?: ParseContext,
): Parsed<PublishedRankingTable> {
  return publishedTableParser.parse(input, context)
}

/**
 * Like {@link parsePublishedRankingTable}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParsePublishedRankingTable } from '@talka/evaluation'
 * safeParsePublishedRankingTable({ callId: 'x', total: '1,00', funded: [] }).success // false
 * ```
 */
export function safeParsePublishedRankingTable(
  input: unknown,
  context?: ParseContext,
): SafeParseResult<Parsed<PublishedRankingTable>, ValidationError> {
  return publishedTableParser.safeParse(input, context)
}
