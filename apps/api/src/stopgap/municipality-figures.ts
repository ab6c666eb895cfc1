// STOPGAP — belongs in @talka/allocation (data/residents): which resident figures of each
// municipality refer to a day on or before a date, newest first, and the datasets they come from.
// Issue 16 item 9: municipality filtering is domain knowledge the API must not hold. Move this file
// into the package as e.g. `municipalityFigures({ asOf })` and call that from the route.
import { municipalityResidents, residentsDatasets } from '@talka/allocation/data/residents'

/** A year-only as-of ("2020") refers to 1 January of that year. */
const dayOf = (asOf: string) => (asOf.length === 4 ? `${asOf}-01-01` : asOf)

/**
 * Every municipality of the embedded residents data (in Lithuanian alphabetical order) with its
 * figures that refer to `asOf` or earlier (all when `asOf` is undefined), newest first, and the
 * datasets those figures come from.
 *
 * @example
 * ```ts
 * import { municipalityFigures } from './municipality-figures.js'
 * municipalityFigures('2020-06-30').municipalities.length // 60
 * ```
 */
export function municipalityFigures(asOf: string | undefined) {
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
  return { municipalities, datasets }
}
