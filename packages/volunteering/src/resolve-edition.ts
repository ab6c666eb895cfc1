import type { ReasonInput, RuleResult } from '@talka/core'
import { editionById, type LawEdition, lawEdition } from './editions.js'
import { PARAMETER_IDS, transitionCapParameter } from './parameters.js'
import { REF_NEW_TRANSITIONAL } from './sources.js'

/**
 * Rule id of the edition choice; the first reason of every decision carries it.
 *
 * @example
 * ```ts
 * import { canHost, EDITION_RULE_ID } from '@talka/volunteering'
 * canHost({ legalForm: 'association' }, { asOf: '2024-07-01' }).reasons[0]?.ruleId === EDITION_RULE_ID // true
 * ```
 */
export const EDITION_RULE_ID = 'volunteering.edition'

const NEW_FROM = '2024-07-01'

/**
 * The facts that choose the edition applied to a question: the date, and for an agreement the day it
 * was concluded and (if it has one) its last day.
 *
 * @example
 * ```ts
 * import type { EditionFacts } from '@talka/volunteering'
 * const facts: EditionFacts = { asOf: '2025-03-01', agreementConcludedOn: '2024-06-15', agreementEndsOn: '2025-06-14' }
 * ```
 */
export interface EditionFacts {
  readonly asOf: string
  readonly agreementConcludedOn?: string | undefined
  readonly agreementEndsOn?: string | undefined
}

/**
 * Which edition applies, with the reasons that say why. `edition` is `null` (and `result` is
 * `'unknown'`) when the transitional rule needs the end date that no stored copy of the act shows.
 *
 * @example
 * ```ts
 * import { resolveEdition } from '@talka/volunteering'
 * const r = resolveEdition({ asOf: '2025-03-01', agreementConcludedOn: '2024-06-15' })
 * r.edition?.id // 'original' (transitional rule)
 * r.transitional // true
 * ```
 */
export interface EditionResolution {
  readonly edition: LawEdition | null
  readonly result: RuleResult
  readonly transitional: boolean
  readonly reasons: readonly ReasonInput[]
  readonly missingFacts: readonly string[]
}

function editionReason(edition: LawEdition, facts: Record<string, unknown>): ReasonInput {
  return {
    ruleId: EDITION_RULE_ID,
    result: 'pass',
    facts,
    ref: edition.ref,
    messageKey: edition.id === 'original' ? 'edition.original' : 'edition.new',
  }
}

/**
 * Chooses the edition of Law No. XI-1500 that applies on `asOf`, applying the transitional rule: an
 * agreement concluded before 2024-07-01 keeps the original edition's terms while it runs, but not
 * beyond a date in 2027. Only the year of that date is known from a stored source, so for a running
 * pre-2024-07-01 agreement the answer is the original edition up to 2026-12-31, unknown during 2027
 * (missing parameter `volunteering.transition.original-terms-until`), and the new edition from
 * 2028-01-01. An agreement without `agreementEndsOn` is taken as still running on `asOf`. Throws
 * `VolunteeringError` `NO_EDITION_IN_FORCE` before 2011-08-01.
 *
 * @example
 * ```ts
 * import { resolveEdition } from '@talka/volunteering'
 * resolveEdition({ asOf: '2024-06-30' }).edition?.id // 'original'
 * resolveEdition({ asOf: '2024-07-01' }).edition?.id // 'new'
 * resolveEdition({ asOf: '2027-03-01', agreementConcludedOn: '2024-06-15' }).result // 'unknown'
 * ```
 */
export function resolveEdition(facts: EditionFacts): EditionResolution {
  const { asOf, agreementConcludedOn, agreementEndsOn } = facts
  const statutory = lawEdition(asOf)
  const factRecord: Record<string, unknown> = { asOf }
  if (agreementConcludedOn !== undefined) factRecord.agreementConcludedOn = agreementConcludedOn
  if (agreementEndsOn !== undefined) factRecord.agreementEndsOn = agreementEndsOn

  const concludedBeforeNew = agreementConcludedOn !== undefined && agreementConcludedOn < NEW_FROM
  if (statutory.id === 'original' || !concludedBeforeNew) {
    return {
      edition: statutory,
      result: 'pass',
      transitional: false,
      reasons: [editionReason(statutory, factRecord)],
      missingFacts: [],
    }
  }

  const newEdition = editionById('new')
  const transitionalReason = (
    messageKey: string,
    result: string,
    params: Record<string, string>,
  ): ReasonInput => ({
    ruleId: EDITION_RULE_ID,
    result,
    facts: factRecord,
    ref: REF_NEW_TRANSITIONAL,
    messageKey,
    params,
  })

  if (agreementEndsOn !== undefined && agreementEndsOn < asOf) {
    return {
      edition: newEdition,
      result: 'pass',
      transitional: false,
      reasons: [
        transitionalReason('edition.agreement-ended', 'pass', { endsOn: agreementEndsOn, asOf }),
        editionReason(newEdition, factRecord),
      ],
      missingFacts: [],
    }
  }

  const cap = transitionCapParameter.timeline.valueAt(asOf)
  const lastOriginalDay = cap.date ?? cap.lastCertainDay
  if (asOf <= lastOriginalDay) {
    const original = editionById('original')
    return {
      edition: original,
      result: 'pass',
      transitional: true,
      reasons: [
        transitionalReason('edition.transitional', 'pass', { concludedOn: agreementConcludedOn, asOf }),
        editionReason(original, factRecord),
      ],
      missingFacts: [],
    }
  }
  if (cap.date !== null || asOf >= cap.firstDayCertainlyPast) {
    return {
      edition: newEdition,
      result: 'pass',
      transitional: false,
      reasons: [
        transitionalReason('edition.transition-over', 'pass', { asOf }),
        editionReason(newEdition, factRecord),
      ],
      missingFacts: [],
    }
  }
  const parameter = `parameter:${PARAMETER_IDS.transitionCap}`
  return {
    edition: null,
    result: 'unknown',
    transitional: true,
    reasons: [transitionalReason('edition.transition-unknown', 'unknown', { asOf, parameter })],
    missingFacts: [parameter],
  }
}

/**
 * The day to read edition-bound parameters on: `asOf`, or for the original edition applied under the
 * transitional rule after 2024-06-30, its last day (the terms stay as they were).
 */
export function parameterDate(edition: LawEdition, asOf: string): string {
  return edition.validTo !== null && asOf > edition.validTo ? edition.validTo : asOf
}
