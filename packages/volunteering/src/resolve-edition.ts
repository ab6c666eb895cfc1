import { PASS, type ReasonInput, type Truth, unknownFrom } from '@talka/core'
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
 * Which edition applies, with the reasons that say why. `edition` is `null` (and `truth` is unknown)
 * only in {@link resolveAgreementTerms}, when an agreement concluded before 2024-07-01 may or may not
 * still be within the transitional period (during 2027: the exact last day was not found).
 *
 * @example
 * ```ts
 * import { resolveAgreementTerms } from '@talka/volunteering'
 * const r = resolveAgreementTerms({ asOf: '2025-03-01', agreementConcludedOn: '2024-06-15' })
 * r.edition?.id // 'original' (the agreement's terms, kept by the transitional rule)
 * r.transitional // true
 * ```
 */
export interface EditionResolution {
  readonly edition: LawEdition | null
  readonly truth: Truth
  readonly transitional: boolean
  readonly reasons: readonly ReasonInput[]
  readonly missingFacts: readonly string[]
}

/** A resolution that found its edition: nothing is missing. */
function resolved(
  edition: LawEdition,
  transitional: boolean,
  reasons: readonly ReasonInput[],
): EditionResolution {
  return { edition, truth: PASS, transitional, reasons, missingFacts: [] }
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

function factsOf(facts: EditionFacts): Record<string, unknown> {
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined))
}

/**
 * The edition of Law No. XI-1500 that applies on `asOf` to a question the statute answers (who may
 * volunteer, who may host, how an activity is classified): the edition in force that day. The
 * transitional rule keeps agreements concluded before 2024-07-01 valid unchanged; it does not keep the
 * original statute in force, so for such an agreement the answer on or after 2024-07-01 is still the new
 * edition, and an extra reason says so. Throws `VolunteeringError` `NO_EDITION_IN_FORCE` before
 * 2011-08-01.
 *
 * @example
 * ```ts
 * import { resolveEdition } from '@talka/volunteering'
 * resolveEdition({ asOf: '2024-06-30' }).edition?.id // 'original'
 * resolveEdition({ asOf: '2025-01-10', agreementConcludedOn: '2023-09-01' }).edition?.id // 'new'
 * ```
 */
export function resolveEdition(facts: EditionFacts): EditionResolution {
  const { asOf, agreementConcludedOn } = facts
  const statutory = lawEdition(asOf)
  const factRecord = factsOf(facts)
  const reasons: ReasonInput[] = []
  if (statutory.id === 'new' && agreementConcludedOn !== undefined && agreementConcludedOn < NEW_FROM) {
    reasons.push({
      ruleId: EDITION_RULE_ID,
      result: 'pass',
      facts: factRecord,
      ref: REF_NEW_TRANSITIONAL,
      messageKey: 'edition.old-agreement',
      params: { concludedOn: agreementConcludedOn, asOf },
    })
  }
  reasons.push(editionReason(statutory, factRecord))
  return resolved(statutory, false, reasons)
}

/**
 * The edition whose terms govern a voluntary-activity agreement on `asOf` (its form and its
 * reimbursement terms). The transitional rule, as read in the only source found (a news paraphrase of
 * the amending law): agreements concluded before 2024-07-01 stay valid without changes until they end,
 * but not beyond 2027. So a running pre-2024-07-01 agreement keeps the terms it was concluded under (the
 * original edition) up to 2026-12-31; during 2027 the answer is unknown (missing parameter
 * `volunteering.transition.original-terms-until`: the exact last day was not found); from 2028-01-01,
 * or after the agreement's own last day, the new edition applies. An agreement without
 * `agreementEndsOn` is taken as still running on `asOf`. Throws `VolunteeringError`
 * `NO_EDITION_IN_FORCE` before 2011-08-01.
 *
 * @example
 * ```ts
 * import { resolveAgreementTerms } from '@talka/volunteering'
 * resolveAgreementTerms({ asOf: '2025-01-10', agreementConcludedOn: '2023-09-01' }).edition?.id // 'original'
 * resolveAgreementTerms({ asOf: '2027-03-01', agreementConcludedOn: '2024-06-15' }).truth.outcome // 'unknown'
 * ```
 */
export function resolveAgreementTerms(facts: EditionFacts): EditionResolution {
  const { asOf, agreementConcludedOn, agreementEndsOn } = facts
  const statutory = lawEdition(asOf)
  const factRecord = factsOf(facts)

  const concludedBeforeNew = agreementConcludedOn !== undefined && agreementConcludedOn < NEW_FROM
  if (statutory.id === 'original' || !concludedBeforeNew) {
    return resolved(statutory, false, [editionReason(statutory, factRecord)])
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
    return resolved(newEdition, false, [
      transitionalReason('edition.agreement-ended', 'pass', { endsOn: agreementEndsOn, asOf }),
      editionReason(newEdition, factRecord),
    ])
  }

  const cap = transitionCapParameter.timeline.valueAt(asOf)
  const lastOriginalDay = cap.date ?? cap.lastCertainDay
  if (asOf <= lastOriginalDay) {
    const original = editionById('original')
    return resolved(original, true, [
      transitionalReason('edition.transitional', 'pass', { concludedOn: agreementConcludedOn, asOf }),
      { ...editionReason(original, factRecord), messageKey: 'edition.original-terms' },
    ])
  }
  if (cap.date !== null || asOf >= cap.firstDayCertainlyPast) {
    return resolved(newEdition, false, [
      transitionalReason('edition.transition-over', 'pass', { asOf }),
      editionReason(newEdition, factRecord),
    ])
  }
  const parameter = `parameter:${PARAMETER_IDS.transitionCap}`
  return {
    edition: null,
    truth: unknownFrom(parameter),
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
