import { booleanFact, type Decision, or3, type Parsed, type ReasonInput } from '@talka/core'
import { z } from 'zod'
import { decide, noEditionDecision, toOutcome } from './decide.js'
import { type OptionsArgument, optionsParser, volunteeringParser } from './options.js'
import { PARAMETER_IDS, requiredContentsParameter, writtenAgreementGroundsParameter } from './parameters.js'
import { parameterDate, resolveAgreementTerms } from './resolve-edition.js'
import { refA1330 } from './sources.js'

/**
 * Rule ids of `agreementRequirement`, as they appear in `reasons[].ruleId` and the catalog.
 *
 * @example
 * ```ts
 * import { AGREEMENT_RULES } from '@talka/volunteering'
 * AGREEMENT_RULES.written // 'volunteering.agreement.written'
 * ```
 */
export const AGREEMENT_RULES = {
  written: 'volunteering.agreement.written',
  contents: 'volunteering.agreement.contents',
} as const

/**
 * Zod schema of the facts `agreementRequirement` reads: `expensesReimbursed` (the organiser
 * reimburses expenses related to the activity) and `partyRequestsWritten` (the volunteer or the
 * organiser asks for a written agreement). Missing facts make the answer `unknown` unless the other
 * fact already decides.
 *
 * @example
 * ```ts
 * import { AgreementRequirementInputSchema } from '@talka/volunteering'
 * AgreementRequirementInputSchema.parse({ expensesReimbursed: true, partyRequestsWritten: false })
 * ```
 */
export const AgreementRequirementInputSchema = z
  .strictObject({
    expensesReimbursed: z.boolean().optional(),
    partyRequestsWritten: z.boolean().optional(),
  })
  .meta({
    id: 'volunteering.AgreementRequirementInput',
    description: 'Facts that decide whether the voluntary-activity agreement must be written',
  })

/**
 * Must the voluntary-activity agreement be written? Outcome `'yes'` (a written agreement is required),
 * `'no'` (an oral agreement suffices) or `'unknown'`. The form is a term of the agreement, so the edition
 * is the one whose terms govern it ({@link resolveAgreementTerms}): an agreement concluded before
 * 2024-07-01 and still running keeps the original edition's rule, which requires a written agreement
 * when expenses related to the activity are reimbursed or either party asks for one (the article was
 * not read; the reference says so). When a written agreement is required, the reasons list the contents
 * required as far as they were read (`volunteering.agreement.contents`): the conditions and procedure of
 * reimbursement when expenses are reimbursed (A1-330 point 3), and an `unknown` reason for the rest.
 * Under the new edition the provision was not read, so the answer is `'unknown'` with the missing
 * parameter `volunteering.agreement.written-grounds`. `input` and `options` may be raw or already parsed.
 *
 * @example
 * ```ts
 * import { agreementRequirement } from '@talka/volunteering'
 * agreementRequirement({ expensesReimbursed: true, partyRequestsWritten: false }, { asOf: '2024-06-30' }).outcome // 'yes'
 * agreementRequirement({ expensesReimbursed: true, partyRequestsWritten: false }, { asOf: '2024-07-01' }).outcome // 'unknown'
 * ```
 */
export function agreementRequirement(
  input: AgreementRequirementInput | ParsedAgreementRequirementInput,
  options: OptionsArgument,
): Decision<'yes' | 'no' | 'unknown'> {
  const facts = parser.ensure(input)
  const { asOf, lang, agreementConcludedOn, agreementEndsOn } = optionsParser.ensure(options)
  const resolution = resolveAgreementTerms({ asOf, agreementConcludedOn, agreementEndsOn })
  const { edition } = resolution
  const base = { decision: 'volunteering:agreement-requirement', asOf, lang, edition }
  if (edition === null) return noEditionDecision(base, resolution)
  const day = parameterDate(edition, asOf)
  const grounds = writtenAgreementGroundsParameter.timeline.at(day)
  const factRecord = {
    expensesReimbursed: facts.expensesReimbursed ?? null,
    partyRequestsWritten: facts.partyRequestsWritten ?? null,
  }
  if (grounds.value === null) {
    const parameter = `parameter:${PARAMETER_IDS.writtenAgreementGrounds}`
    return decide({
      ...base,
      outcome: 'unknown',
      reasons: [
        ...resolution.reasons,
        {
          ruleId: AGREEMENT_RULES.written,
          result: 'unknown',
          facts: factRecord,
          ref: grounds.ref,
          messageKey: 'agreement.written.new-unknown',
          params: { parameter },
        },
      ],
      missingFacts: [parameter],
    })
  }

  const truth = or3(
    booleanFact('expensesReimbursed', facts.expensesReimbursed),
    booleanFact('partyRequestsWritten', facts.partyRequestsWritten),
  )
  const result = truth.outcome
  const messageKey =
    facts.expensesReimbursed === true
      ? 'agreement.written.expenses'
      : facts.partyRequestsWritten === true
        ? 'agreement.written.request'
        : result === 'fail'
          ? 'agreement.written.oral'
          : 'agreement.written.unknown'
  const reasons: ReasonInput[] = [
    ...resolution.reasons,
    {
      ruleId: AGREEMENT_RULES.written,
      result,
      facts: factRecord,
      ref: grounds.ref,
      messageKey,
      params: result === 'unknown' ? { missing: truth.missingFacts.join(', ') } : {},
    },
  ]
  if (result === 'pass') {
    const contents = requiredContentsParameter.timeline.at(day)
    if (contents.value !== null && facts.expensesReimbursed === true) {
      for (const item of contents.value.items) {
        reasons.push({
          ruleId: AGREEMENT_RULES.contents,
          result: 'required',
          facts: { item },
          ref: refA1330('3'),
          messageKey: `agreement.contents.${item}`,
        })
      }
    }
    if (contents.value === null || !contents.value.complete) {
      reasons.push({
        ruleId: AGREEMENT_RULES.contents,
        result: 'unknown',
        facts: {},
        ref: contents.ref,
        messageKey: 'agreement.contents.unknown',
        params: { parameter: `parameter:${PARAMETER_IDS.requiredContents}` },
      })
    }
  }
  return decide({
    ...base,
    outcome: toOutcome(truth),
    reasons,
    missingFacts: truth.missingFacts,
  })
}

/**
 * The contents a written agreement must have, read from an `agreementRequirement` decision: the
 * message keys of its `required` content reasons, and whether the list may be incomplete.
 *
 * @example
 * ```ts
 * import { agreementRequirement, requiredContents } from '@talka/volunteering'
 * const d = agreementRequirement({ expensesReimbursed: true }, { asOf: '2024-06-30' })
 * requiredContents(d) // { items: ['reimbursement-terms'], complete: false }
 * ```
 */
export function requiredContents(decision: Decision): { items: string[]; complete: boolean } {
  const reasons = decision.reasons.filter((r) => r.ruleId === AGREEMENT_RULES.contents)
  return {
    items: reasons.filter((r) => r.result === 'required').map((r) => String(r.facts.item)),
    complete: reasons.length > 0 && reasons.every((r) => r.result === 'required'),
  }
}

/**
 * Input of {@link agreementRequirement}.
 *
 * @example
 * ```ts
 * import type { AgreementRequirementInput } from '@talka/volunteering'
 * const facts: AgreementRequirementInput = { expensesReimbursed: false, partyRequestsWritten: true }
 * ```
 */
export type AgreementRequirementInput = z.input<typeof AgreementRequirementInputSchema>

/**
 * The input of {@link agreementRequirement} once parsed (by {@link parseAgreementRequirementInput}).
 *
 * @example
 * ```ts
 * import { parseAgreementRequirementInput, type ParsedAgreementRequirementInput } from '@talka/volunteering'
 * const facts: ParsedAgreementRequirementInput = parseAgreementRequirementInput({ expensesReimbursed: true })
 * ```
 */
export type ParsedAgreementRequirementInput = Parsed<z.output<typeof AgreementRequirementInputSchema>>

const parser = /* @__PURE__ */ volunteeringParser(AgreementRequirementInputSchema)

/**
 * Parses the input of {@link agreementRequirement}; throws core's `ValidationError`.
 *
 * @example
 * ```ts
 * import { parseAgreementRequirementInput } from '@talka/volunteering'
 * parseAgreementRequirementInput({ expensesReimbursed: true }).expensesReimbursed // true
 * ```
 */
export const parseAgreementRequirementInput = parser.parse

/**
 * Like {@link parseAgreementRequirementInput}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseAgreementRequirementInput } from '@talka/volunteering'
 * safeParseAgreementRequirementInput({ expensesReimbursed: 'yes' }).success // false
 * ```
 */
export const safeParseAgreementRequirementInput = parser.safeParse
