import {
  and3,
  type Decision,
  FAIL,
  IsoDateSchema,
  PASS,
  type Parsed,
  type ReasonInput,
  type Truth,
  unknownFrom,
} from '@talka/core'
import { z } from 'zod'
import { anniversary, isOlderThan, isYoungerThan } from './age.js'
import { decide, type Evaluated, noEditionDecision, toOutcome } from './decide.js'
import type { LawEdition } from './editions.js'
import { type OptionsArgument, optionsParser, volunteeringParser } from './options.js'
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
  .strictObject({
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

type Person = z.output<typeof CanVolunteerInputSchema>

/** A reason of rule `ruleId` whose result is the truth value's outcome. */
function evaluated(
  ruleId: string,
  truth: Truth,
  facts: Record<string, unknown>,
  ref: ReasonInput['ref'],
  messageKey: string,
  params: Record<string, string | number> = {},
): Evaluated {
  return { truth, reason: { ruleId, result: truth.outcome, facts, ref, messageKey, params } }
}

function ageRule(person: Person, edition: LawEdition, asOf: string): Evaluated {
  const { value: limit, ref } = minAgeParameter.timeline.at(parameterDate(edition, asOf))
  const facts = { birthDate: person.birthDate ?? null }
  const rule = VOLUNTEER_RULES.age
  if (person.birthDate === undefined) {
    return evaluated(rule, unknownFrom('birthDate'), facts, ref, 'volunteer.age.unknown')
  }
  const birthDate = person.birthDate
  const years = limit.years
  const onAnniversary = anniversary(birthDate, years).toString()
  const firstDay = anniversary(birthDate, years).add({ days: 1 }).toString()
  const params = { asOf, years, birthDate, firstDay }
  if (isOlderThan(birthDate, years, asOf)) {
    return evaluated(rule, PASS, facts, ref, 'volunteer.age.pass', params)
  }
  if (asOf === onAnniversary && limit.wording === 'unverified') {
    const parameter = `parameter:${PARAMETER_IDS.minAge}`
    return evaluated(rule, unknownFrom(parameter), facts, ref, 'volunteer.age.birthday-unknown', {
      asOf,
      years,
      firstDay,
      parameter,
    })
  }
  return asOf === onAnniversary
    ? evaluated(rule, FAIL, facts, ref, 'volunteer.age.birthday', { asOf, years, firstDay })
    : evaluated(rule, FAIL, facts, ref, 'volunteer.age.fail', params)
}

function minorRule(person: Person, edition: LawEdition, asOf: string): Evaluated {
  const { value: limit, ref } = minorAgeParameter.timeline.at(parameterDate(edition, asOf))
  const objects = person.legalRepresentativeObjects
  const facts = { birthDate: person.birthDate ?? null, legalRepresentativeObjects: objects ?? null }
  const years = limit.years
  const reason = (truth: Truth, messageKey: string, params: Record<string, string | number> = {}) =>
    evaluated(VOLUNTEER_RULES.minor, truth, facts, ref, messageKey, params)
  if (person.birthDate === undefined) {
    if (objects === false) return reason(PASS, 'volunteer.minor.not-objecting')
    return reason(
      objects === undefined
        ? unknownFrom('birthDate', 'legalRepresentativeObjects')
        : unknownFrom('birthDate'),
      'volunteer.minor.no-birth-date',
    )
  }
  const birthDate = person.birthDate
  const onAnniversary = anniversary(birthDate, years).toString() === asOf
  if (onAnniversary && limit.wording === 'unverified') {
    if (objects === false) return reason(PASS, 'volunteer.minor.not-objecting')
    const parameter = `parameter:${PARAMETER_IDS.minorAge}`
    return reason(
      objects === undefined ? unknownFrom(parameter, 'legalRepresentativeObjects') : unknownFrom(parameter),
      'volunteer.minor.birthday-unknown',
      { asOf, years, parameter },
    )
  }
  if (!isYoungerThan(birthDate, years, asOf)) return reason(PASS, 'volunteer.minor.adult', { asOf, years })
  if (objects === false) return reason(PASS, 'volunteer.minor.pass', { years })
  if (objects === true) return reason(FAIL, 'volunteer.minor.fail', { years })
  return reason(unknownFrom('legalRepresentativeObjects'), 'volunteer.minor.unknown', { years })
}

function statusRule(person: Person, edition: LawEdition, asOf: string): Evaluated {
  const { value: rule, ref } = statusRuleParameter.timeline.at(parameterDate(edition, asOf))
  const facts = { citizenship: person.citizenship ?? null, lawfullyPresent: person.lawfullyPresent ?? null }
  const reason = (truth: Truth, messageKey: string, params: Record<string, string> = {}) =>
    evaluated(VOLUNTEER_RULES.status, truth, facts, ref, messageKey, params)
  if (person.citizenship === 'LT') return reason(PASS, 'volunteer.status.citizen')
  if (person.lawfullyPresent === true) return reason(PASS, 'volunteer.status.lawful')
  const missing = [
    ...(person.citizenship === undefined ? ['citizenship'] : []),
    ...(person.lawfullyPresent === undefined ? ['lawfullyPresent'] : []),
  ]
  if (rule === null) {
    const parameter = `parameter:${PARAMETER_IDS.statusRule}`
    return reason(unknownFrom(...missing, parameter), 'volunteer.status.new-unknown', { parameter })
  }
  if (missing.length === 0) return reason(FAIL, 'volunteer.status.fail')
  return reason(unknownFrom(...missing), 'volunteer.status.unknown', { missing: missing.join(', ') })
}

/**
 * May this person volunteer on `asOf`? Applies the edition in force that day (also for an agreement
 * concluded before 2024-07-01: the transitional rule keeps the agreement, not the old statute; see
 * `resolveEdition`) and checks three rules: the minimum
 * age ("vyresni kaip 14 metų": from the day after the 14th birthday, see decision 0040; under the new
 * edition, whose wording could not be read, the 14th birthday itself is `unknown`), the legal
 * representative's non-objection for persons younger than 18, and citizenship of Lithuania or lawful
 * presence in Lithuania. The outcome is `'yes'`, `'no'` or `'unknown'` (core's `and3`). `input` and
 * `options` may be raw or already parsed ({@link parseCanVolunteerInput}); only raw values are validated.
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
  input: CanVolunteerInput | ParsedCanVolunteerInput,
  options: OptionsArgument,
): Decision<'yes' | 'no' | 'unknown'> {
  const person = parser.ensure(input)
  const { asOf, lang, ...agreement } = optionsParser.ensure(options)
  const resolution = resolveEdition({ asOf, ...agreement })
  const base = { decision: 'volunteering:can-volunteer', asOf, lang, edition: resolution.edition }
  if (resolution.edition === null) return noEditionDecision(base, resolution)
  const rules = [
    ageRule(person, resolution.edition, asOf),
    minorRule(person, resolution.edition, asOf),
    statusRule(person, resolution.edition, asOf),
  ]
  const truth = and3(...rules.map((r) => r.truth))
  return decide({
    ...base,
    outcome: toOutcome(truth),
    reasons: [...resolution.reasons, ...rules.map((r) => r.reason)],
    missingFacts: truth.missingFacts,
  })
}

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
 * The input of {@link canVolunteer} once parsed (by {@link parseCanVolunteerInput}); a check given it
 * does not validate it again.
 *
 * @example
 * ```ts
 * import { parseCanVolunteerInput, type ParsedCanVolunteerInput } from '@talka/volunteering'
 * const person: ParsedCanVolunteerInput = parseCanVolunteerInput({ birthDate: '2010-05-01' })
 * ```
 */
export type ParsedCanVolunteerInput = Parsed<z.output<typeof CanVolunteerInputSchema>>

const parser = /* @__PURE__ */ volunteeringParser(CanVolunteerInputSchema)

/**
 * Parses the input of {@link canVolunteer}; throws core's `ValidationError`.
 *
 * @example
 * ```ts
 * import { parseCanVolunteerInput } from '@talka/volunteering'
 * parseCanVolunteerInput({ birthDate: '2010-05-01' }).birthDate // '2010-05-01'
 * ```
 */
export const parseCanVolunteerInput = parser.parse

/**
 * Like {@link parseCanVolunteerInput}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseCanVolunteerInput } from '@talka/volunteering'
 * safeParseCanVolunteerInput({ citizenship: 'Lithuania' }).success // false
 * ```
 */
export const safeParseCanVolunteerInput = parser.safeParse
