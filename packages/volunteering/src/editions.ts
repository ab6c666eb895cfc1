import { type DateInput, type LegalRef, type Localized, parsePlainDate } from '@talka/core'
import { VolunteeringError } from './errors.js'
import { type EditionId, editionParameter } from './parameters.js'
import { NEW_ACT, ORIGINAL_ACT, REF_NEW_ART_1, REF_ORIGINAL_ART_1 } from './sources.js'

/**
 * An edition of the Law on Voluntary Activities No. XI-1500: its id, the days it is in force
 * (`validTo` is the last day, `null` while in force), the act name used in its references, and the
 * reference to its first article.
 *
 * @example
 * ```ts
 * import { lawEdition, type LawEdition } from '@talka/volunteering'
 * const edition: LawEdition = lawEdition('2024-07-01')
 * edition.validFrom // '2024-07-01'
 * ```
 */
export interface LawEdition {
  readonly id: EditionId
  readonly title: Localized
  readonly validFrom: string
  readonly validTo: string | null
  /** The `act` string every reference to this edition carries. */
  readonly act: string
  readonly ref: LegalRef
}

/**
 * Both editions of Law No. XI-1500, oldest first.
 *
 * @example
 * ```ts
 * import { volunteeringEditions } from '@talka/volunteering'
 * volunteeringEditions.map((e) => e.id) // ['original', 'new']
 * ```
 */
export const volunteeringEditions: readonly LawEdition[] = [
  {
    id: 'original',
    title: {
      lt: 'Savanoriškos veiklos įstatymas Nr. XI-1500, pradinė redakcija (2011-08-01–2024-06-30)',
      en: 'Law on Voluntary Activities No. XI-1500, original edition (2011-08-01 to 2024-06-30)',
    },
    validFrom: '2011-08-01',
    validTo: '2024-06-30',
    act: ORIGINAL_ACT,
    ref: REF_ORIGINAL_ART_1,
  },
  {
    id: 'new',
    title: {
      lt: 'Savanoriškos veiklos įstatymas Nr. XI-1500, nauja redakcija (nuo 2024-07-01)',
      en: 'Law on Voluntary Activities No. XI-1500, new edition (from 2024-07-01)',
    },
    validFrom: '2024-07-01',
    validTo: null,
    act: NEW_ACT,
    ref: REF_NEW_ART_1,
  },
]

/**
 * The edition with the given id.
 *
 * @example
 * ```ts
 * import { editionById } from '@talka/volunteering'
 * editionById('original').validTo // '2024-06-30'
 * ```
 */
export function editionById(id: EditionId): LawEdition {
  return id === 'original' ? volunteeringEditions[0]! : volunteeringEditions[1]!
}

/**
 * The edition of Law No. XI-1500 in force on `date` (an ISO date or `PlainDate`), read from the
 * effective-dated parameter `volunteering.edition-in-force`. The transitional rule for agreements
 * concluded earlier concerns the agreements' own terms only (see `resolveAgreementTerms`). Throws `VolunteeringError`
 * `NO_EDITION_IN_FORCE` before 2011-08-01 and core's `INVALID_DATE` for a malformed date.
 *
 * @example
 * ```ts
 * import { lawEdition } from '@talka/volunteering'
 * lawEdition('2024-06-30').id // 'original'
 * lawEdition('2024-07-01').id // 'new'
 * ```
 */
export function lawEdition(date: DateInput): LawEdition {
  const day = parsePlainDate(date)
  const entry = editionParameter.timeline.find(day)
  if (!entry) {
    throw new VolunteeringError(
      'NO_EDITION_IN_FORCE',
      `No edition of Law No. XI-1500 was in force on ${day} (the law took effect on 2011-08-01)`,
      { date: day.toString(), firstDay: '2011-08-01' },
    )
  }
  return editionById(entry.value)
}
