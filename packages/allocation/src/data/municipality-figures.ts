import { type DateInput, parsePlainDate } from '@talka/core'
import { z } from 'zod'
import {
  municipalityResidents,
  type ResidentsDataset,
  type ResidentsKind,
  residentsDatasets,
} from './residents.js'

const KindSchema = /* @__PURE__ */ (() => z.enum(['declared', 'statistical', 'other']))()

/**
 * Zod schema (strict) of one figure in {@link MunicipalityFigures}.
 *
 * @example
 * ```ts
 * import { MunicipalityFigureSchema } from '@talka/allocation'
 * MunicipalityFigureSchema.shape.residents
 * ```
 */
export const MunicipalityFigureSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    residents: z.number().int(),
    kind: KindSchema,
    asOf: z.string().meta({ description: 'ISO date, or only the year when the source gives no day' }),
    year: z.number().int(),
    dataset: z.string().meta({ description: 'Id of the dataset the figure belongs to' }),
    source: z.string().meta({ description: 'URL of the source the figure was copied from' }),
  }))()

/**
 * Zod schema (strict) of one embedded residents dataset (`residentsDatasets`).
 *
 * @example
 * ```ts
 * import { ResidentsDatasetSchema, residentsDatasets } from '@talka/allocation'
 * residentsDatasets.every((d) => ResidentsDatasetSchema.safeParse(d).success) // true
 * ```
 */
export const ResidentsDatasetSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: z.string(),
      kind: KindSchema,
      asOf: z.string(),
      source: z.string(),
      municipalities: z.number().int().meta({ description: 'How many municipalities it covers (60 = all)' }),
      title: z.strictObject({ lt: z.string(), en: z.string() }),
      note: z.string(),
    })
    .meta({ id: 'ResidentsDataset' }))()

/**
 * Zod schema (strict) of the result of {@link municipalityFigures}.
 *
 * @example
 * ```ts
 * import { MunicipalityFiguresSchema, municipalityFigures } from '@talka/allocation'
 * MunicipalityFiguresSchema.parse(municipalityFigures({ asOf: '2021-01-01' }))
 * ```
 */
export const MunicipalityFiguresSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      asOf: z.string().nullable().meta({ description: 'The as-of date asked for, or null for all figures' }),
      municipalities: z.array(
        z.strictObject({ name: z.string(), figures: z.array(MunicipalityFigureSchema) }),
      ),
      datasets: z.array(ResidentsDatasetSchema),
    })
    .meta({ id: 'Municipalities', description: 'Result of `municipalityFigures` (@talka/allocation)' }))()

/**
 * One resident figure as {@link municipalityFigures} lists it (the municipality is the group's name).
 *
 * @example
 * ```ts
 * import type { MunicipalityFigure } from '@talka/allocation'
 * const f: MunicipalityFigure = { residents: 41163, kind: 'statistical', asOf: '2020-01-01', year: 2020,
 *   dataset: 'osp-2020-01-01', source: 'https://…' }
 * ```
 */
export interface MunicipalityFigure {
  readonly residents: number
  readonly kind: ResidentsKind
  readonly asOf: string
  readonly year: number
  readonly dataset: string
  readonly source: string
}

/**
 * Result of {@link municipalityFigures}.
 *
 * @example
 * ```ts
 * import { municipalityFigures, type MunicipalityFigures } from '@talka/allocation'
 * const all: MunicipalityFigures = municipalityFigures()
 * all.asOf // null
 * ```
 */
export interface MunicipalityFigures {
  /** The as-of day asked for (ISO), or `null` when every figure is listed. */
  readonly asOf: string | null
  readonly municipalities: readonly {
    readonly name: string
    readonly figures: readonly MunicipalityFigure[]
  }[]
  readonly datasets: readonly ResidentsDataset[]
}

/** A year-only figure date ("2022") refers to 1 January of that year. */
const dayOf = (asOf: string) => (asOf.length === 4 ? `${asOf}-01-01` : asOf)

/**
 * Every municipality of the embedded residents data (in Lithuanian alphabetical order) with its
 * figures that refer to `asOf` or earlier (all of them without `asOf`), newest first, and the
 * datasets those figures come from. A year-only figure ("2022") counts as 1 January of that year.
 * An `asOf` that is not a valid ISO date throws core's `CoreError` (`INVALID_DATE`).
 *
 * @example
 * ```ts
 * import { municipalityFigures } from '@talka/allocation'
 * const { municipalities, datasets } = municipalityFigures({ asOf: '2020-06-30' })
 * municipalities.length // 60
 * municipalities[0]?.figures[0]?.asOf // '2020-01-01'
 * datasets.map((d) => d.id) // ['osp-2020-01-01', …]
 * ```
 */
export function municipalityFigures(
  options: { readonly asOf?: DateInput | undefined } = {},
): MunicipalityFigures {
  const asOf = options.asOf === undefined ? undefined : parsePlainDate(options.asOf).toString()
  const names = [...new Set(municipalityResidents.map((figure) => figure.municipality))].sort((a, b) =>
    a.localeCompare(b, 'lt'),
  )
  const municipalities = names.map((name) => ({
    name,
    figures: municipalityResidents
      .filter((figure) => figure.municipality === name && (asOf === undefined || dayOf(figure.asOf) <= asOf))
      .sort((a, b) => (dayOf(b.asOf) < dayOf(a.asOf) ? -1 : dayOf(b.asOf) > dayOf(a.asOf) ? 1 : 0))
      .map(({ residents, kind, asOf: figureAsOf, year, dataset, source }) => ({
        residents,
        kind,
        asOf: figureAsOf,
        year,
        dataset,
        source,
      })),
  }))
  const datasets = residentsDatasets.filter((dataset) => asOf === undefined || dayOf(dataset.asOf) <= asOf)
  return { asOf: asOf ?? null, municipalities, datasets }
}
