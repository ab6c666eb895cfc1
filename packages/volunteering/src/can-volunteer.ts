import {
  combineResults,
  type Decision,
  IsoDateSchema,
  type ReasonInput,
  type RuleResult,
  type SafeParseResult,
  type ValidationError,
} from '@talka/core'
import { z } from 'zod'
import { anniversary, isOlderThan, isYoungerThan } from './age.js'
import { decide, toOutcome } from './decide.js'
import type { LawEdition } from './editions.js'
import { parseInput, parseVolunteeringOptions, safeParseInput, type VolunteeringOptions } from './options.js'
import { minAgeParameter, minorAgeParameter, PARAMETER_IDS, statusRuleParameter } from './parameters.js'
import { parameterDate, resolveEdition } from './resolve-edition.js'

/**
 * Rule ids of `canVolunteer`, as they appear in `reasons[].ruleId` and the catalog.
 *
 * @example
 * ```ts
 * import { canVolunteer, VOLUNTEER_RULES } from '@talka/volunteering'
 * const d = canVolunteer({ birthDate: '2000-01-01', citizenship: 'LT' }, { asOf: '2024-01-10' })
 * d.reasons.find((r) => r.ruleId === VOLUNTEER_RULES.age)?.result // 'pass'
 * ```
 */
export const VOLUNTEER_RULES = {
  age: 'volunteering.volunteer.age',
  minor: 'volunteering.volunteer.minor',
  status: 'volunteering.volunteer.status',
} as const

/**
 * Zod schema of the person `canVolunteer` checks. Every fact is optional: a missing fact makes the
 * rules that need it answer `unknown` and is listed in `missingFacts`.
 *
 * - `birthDate`: ISO date.
 * - `citizenship`: ISO 3166-1 alpha-2 code (`'LT'`) or `'stateless'`.
 * - `lawfullyPresent`: whether the person is lawfully present in Lithuania (for foreigners).
 * - `legalRepresentativeObjects`: whether a minor's legal representative objects.
 *
 * @example
 * ```ts
 * import { CanVolunteerInputSchema } from '@talka/volunteering'
 * CanVolunteerInputSchema.parse({ birthDate: '2010-05-01', citizenship: 'LT', legalRepresentativeObjects: false })
 * ```
 */
export const CanVolunteerInputSchema = z
  .object({
    birthDate: IsoDateSchema.optional(),
    citizenship: z
      .union([
        z.string().regex(/^[A-Z]{2}$/, { message: 'Expected an ISO 3166-1 alpha-2 code, e.g. "LT"' }),
        z.literal('stateless'),
      ])
      .optional(),
    lawfullyPresent: z.boolean().optional(),
    legalRepresentativeObjects: z.boolean().optional(),
  })
  .meta({ id: 'volunteering.CanVolunteerInput', description: 'The person who wants to volunteer' })

/**
 * Input of {@link canVolunteer}.
 *
 * @example
 * ```ts
 * import type { CanVolunteerInput } from '@talka/volunteering'
 * const person: CanVolunteerInput = { birthDate: '2010-05-01', citizenship: 'LT', legalRepresentativeObjects: false }
 * ```
 */
export type CanVolunteerInput = z.input<typeof CanVolunteerInputSchema>

/**
 * Parses the input of {@link canVolunteer}; throws core's `ValidationError`.
 *
 * @example
 * ```ts
 * import { parseCanVolunteerInput } from '@talka/volunteering'
 * parseCanVolunteerInput({ birthDate: '2010-05-01' }).birthDate // '2010-05-01'
 * ```
 */
export function parseCanVolunteerInput(input: unknown): z.output<typeof CanVolunteerInputSchema> {
  return parseInput(CanVolunteerInputSchema, input)
}

/**
 * Like {@link parseCanVolunteerInput}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseCanVolunteerInput } from '@talka/volunteering'
 * safeParseCanVolunteerInput({ citizenship: 'Lithuania' }).success // false
 * ```
 */
export function safeParseCanVolunteerInput(
  input: unknown,
): SafeParseResult<z.output<typeof CanVolunteerInputSchema>, ValidationError> {
  return safeParseInput(CanVolunteerInputSchema, input)
}

type Person = z.output<typeof CanVolunteerInputSchema>

interface Evaluated {
  readonly result: RuleResult
  readonly reason: ReasonInput
  readonly missing: readonly string[]
}

function ageRule(person: Person, edition: LawEdition, asOf: string): Evaluated {
  const { value: limit, ref } = minAgeParameter.timeline.at(parameterDate(edition, asOf))
  const facts = { birthDate: person.birthDate ?? null }
  if (person.birthDate === undefined) {
    return {
      result: 'unknown',
      reason: {
        ruleId: VOLUNTEER_RULES.age,
        result: 'unknown',
        facts,
        ref,
        messageKey: 'volunteer.age.unknown',
      },
      missing: ['birthDate'],
    }
  }
  const birthDate = person.birthDate
  const years = limit.years
  const onAnniversary = anniversary(birthDate, years).toString()
  const firstDay = anniversary(birthDate, years).add({ days: 1 }).toString()
  const params = { asOf, years, birthDate, firstDay }
  if (isOlderThan(birthDate, years, asOf)) {
    return {
      result: 'pass',
      reason: {
        ruleId: VOLUNTEER_RULES.age,
        result: 'pass',
        facts,
        ref,
        messageKey: 'volunteer.age.pass',
        params,
      },
      missing: [],
    }
  }
  if (asOf === onAnniversary && limit.wording === 'unverified') {
    const parameter = `parameter:${PARAMETER_IDS.minAge}`
    return {
      result: 'unknown',
      reason: {
        ruleId: VOLUNTEER_RULES.age,
        result: 'unknown',
        facts,
        ref,
        messageKey: 'volunteer.age.birthday-unknown',
        params: { asOf, years, parameter },
      },
      missing: [parameter],
    }
  }
  return {
    result: 'fail',
    reason: {
      ruleId: VOLUNTEER_RULES.age,
      result: 'fail',
      facts,
      ref,
      messageKey: asOf === onAnniversary ? 'volunteer.age.birthday' : 'volunteer.age.fail',
      params: asOf === onAnniversary ? { asOf, years, firstDay } : params,
    },
    missing: [],
  }
}

function minorRule(person: Person, edition: LawEdition, asOf: string): Evaluated {
  const { value: limit, ref } = minorAgeParameter.timeline.at(parameterDate(edition, asOf))
  const objects = person.legalRepresentativeObjects
  const facts = { birthDate: person.birthDate ?? null, legalRepresentativeObjects: objects ?? null }
  const years = limit.years
  const reason = (result: RuleResult, messageKey: string, params: Record<string, string | number> = {}) => ({
    ruleId: VOLUNTEER_RULES.minor,
    result,
    facts,
    ref,
    messageKey,
    params,
  })
  if (person.birthDate === undefined) {
    if (objects === false)
      return { result: 'pass', reason: reason('pass', 'volunteer.minor.not-objecting'), missing: [] }
    return {
      result: 'unknown',
      reason: reason('unknown', 'volunteer.minor.no-birth-date'),
      missing: objects === undefined ? ['birthDate', 'legalRepresentativeObjects'] : ['birthDate'],
    }
  }
  const birthDate = person.birthDate
  const onAnniversary = anniversary(birthDate, years).toString() === asOf
  if (onAnniversary && limit.wording === 'unverified') {
    if (objects === false)
      return { result: 'pass', reason: reason('pass', 'volunteer.minor.not-objecting'), missing: [] }
    const parameter = `parameter:${PARAMETER_IDS.minorAge}`
    return {
      result: 'unknown',
      reason: reason('unknown', 'volunteer.minor.birthday-unknown', { asOf, years, parameter }),
      missing: objects === undefined ? [parameter, 'legalRepresentativeObjects'] : [parameter],
    }
  }
  if (!isYoungerThan(birthDate, years, asOf)) {
    return { result: 'pass', reason: reason('pass', 'volunteer.minor.adult', { asOf, years }), missing: [] }
  }
  if (objects === false)
    return { result: 'pass', reason: reason('pass', 'volunteer.minor.pass', { years }), missing: [] }
  if (objects === true)
    return { result: 'fail', reason: reason('fail', 'volunteer.minor.fail', { years }), missing: [] }
  return {
    result: 'unknown',
    reason: reason('unknown', 'volunteer.minor.unknown', { years }),
    missing: ['legalRepresentativeObjects'],
  }
}

function statusRule(person: Person, edition: LawEdition, asOf: string): Evaluated {
  const { value: rule, ref } = statusRuleParameter.timeline.at(parameterDate(edition, asOf))
  const facts = { citizenship: person.citizenship ?? null, lawfullyPresent: person.lawfullyPresent ?? null }
  const reason = (
    result: RuleResult,
    messageKey: string,
    params: Record<string, string> = {},
  ): ReasonInput => ({
    ruleId: VOLUNTEER_RULES.status,
    result,
    facts,
    ref,
    messageKey,
    params,
  })
  if (person.citizenship === 'LT')
    return { result: 'pass', reason: reason('pass', 'volunteer.status.citizen'), missing: [] }
  if (person.lawfullyPresent === true) {
    return { result: 'pass', reason: reason('pass', 'volunteer.status.lawful'), missing: [] }
  }
  const missing = [
    ...(person.citizenship === undefined ? ['citizenship'] : []),
    ...(person.lawfullyPresent === undefined ? ['lawfullyPresent'] : []),
  ]
  if (rule === null) {
    const parameter = `parameter:${PARAMETER_IDS.statusRule}`
    return {
      result: 'unknown',
      reason: reason('unknown', 'volunteer.status.new-unknown', { parameter }),
      missing: [...missing, parameter],
    }
  }
  if (missing.length === 0)
    return { result: 'fail', reason: reason('fail', 'volunteer.status.fail'), missing: [] }
  return {
    result: 'unknown',
    reason: reason('unknown', 'volunteer.status.unknown', { missing: missing.join(', ') }),
    missing,
  }
}

/**
 * May this person volunteer on `asOf`? Applies the edition in force (or the original edition for an
 * agreement concluded before 2024-07-01, see `resolveEdition`) and checks three rules: the minimum
 * age ("vyresni kaip 14 metų": from the day after the 14th birthday, see decision 0040; under the new
 * edition, whose wording is not in a stored copy, the 14th birthday itself is `unknown`), the legal
 * representative's non-objection for persons younger than 18, and citizenship of Lithuania or lawful
 * presence in Lithuania. The outcome is `'yes'`, `'no'` or `'unknown'` (strong-Kleene AND).
 *
 * @example
 * ```ts
 * import { canVolunteer } from '@talka/volunteering'
 * const d = canVolunteer(
 *   { birthDate: '2010-05-01', citizenship: 'LT', legalRepresentativeObjects: false },
 *   { asOf: '2025-01-10' },
 * )
 * d.outcome // 'yes'
 * d.ruleSet?.id // 'volunteering/xi-1500/new'
 * ```
 */
export function canVolunteer(
  input: CanVolunteerInput,
  options: VolunteeringOptions,
): Decision<'yes' | 'no' | 'unknown'> {
  const person = parseCanVolunteerInput(input)
  const { asOf, lang, agreementConcludedOn, agreementEndsOn } = parseVolunteeringOptions(options)
  const resolution = resolveEdition({ asOf, agreementConcludedOn, agreementEndsOn })
  const base = { decision: 'volunteering:can-volunteer', asOf, lang, edition: resolution.edition }
  if (resolution.edition === null) {
    return decide({
      ...base,
      outcome: 'unknown',
      reasons: resolution.reasons,
      missingFacts: resolution.missingFacts,
    })
  }
  const rules = [
    ageRule(person, resolution.edition, asOf),
    minorRule(person, resolution.edition, asOf),
    statusRule(person, resolution.edition, asOf),
  ]
  return decide({
    ...base,
    outcome: toOutcome(combineResults(rules.map((r) => r.result))),
    reasons: [...resolution.reasons, ...rules.map((r) => r.reason)],
    missingFacts: rules.flatMap((r) => r.missing),
  })
}
