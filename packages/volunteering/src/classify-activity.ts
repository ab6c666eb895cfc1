import {
  type Decision,
  IsoDateSchema,
  type Parsed,
  type ReasonInput,
  type RuleResult,
  Temporal,
} from '@talka/core'
import { z } from 'zod'
import { decide, noEditionDecision } from './decide.js'
import { type OptionsArgument, optionsParser, volunteeringParser } from './options.js'
import { longTermMinDaysParameter, serviceMinHoursParameter } from './parameters.js'
import { resolveEdition } from './resolve-edition.js'
import { REF_ORIGINAL_ART_2 } from './sources.js'

/**
 * Rule ids of `classifyActivity`, as they appear in `reasons[].ruleId` and the catalog.
 *
 * @example
 * ```ts
 * import { ACTIVITY_RULES } from '@talka/volunteering'
 * ACTIVITY_RULES.longTerm // 'volunteering.activity.long-term'
 * ```
 */
export const ACTIVITY_RULES = {
  longTerm: 'volunteering.activity.long-term',
  voluntaryService: 'volunteering.activity.voluntary-service',
} as const

/**
 * Zod schema of the activity `classifyActivity` reads: the agreement's first day (`agreementFrom`)
 * and last day (`agreementTo`, absent for an open-ended agreement), the hours of activity over the
 * programme period (`hours`), and whether a coordinating organisation coordinates it (`coordinated`).
 *
 * @example
 * ```ts
 * import { ClassifyActivityInputSchema } from '@talka/volunteering'
 * ClassifyActivityInputSchema.parse({ agreementFrom: '2024-08-01', agreementTo: '2024-09-30', hours: 120, coordinated: true })
 * ```
 */
export const ClassifyActivityInputSchema = z
  .strictObject({
    agreementFrom: IsoDateSchema,
    agreementTo: IsoDateSchema.optional(),
    hours: z.number().finite().nonnegative().max(1_000_000).optional(),
    coordinated: z.boolean().optional(),
  })
  .refine((a) => a.agreementTo === undefined || a.agreementTo >= a.agreementFrom, {
    message: 'agreementTo must not be before agreementFrom',
    path: ['agreementTo'],
  })
  .meta({ id: 'volunteering.ClassifyActivityInput', description: 'A voluntary activity under an agreement' })

/**
 * The class of a voluntary activity. The first four are the contract of the issue; `'unknown'` is
 * returned only when a fact or a parameter needed to classify is missing (listed in the decision's
 * `missingFacts`), instead of a guess.
 *
 * @example
 * ```ts
 * import type { ActivityClass } from '@talka/volunteering'
 * const c: ActivityClass = 'long-term'
 * ```
 */
export type ActivityClass = 'long-term' | 'short-term' | 'voluntary-service' | 'not-applicable' | 'unknown'

/**
 * Result of {@link classifyActivity}: the class, the two underlying answers (`null` when unknown or
 * not applicable) and the trace.v1 decision (its `outcome` equals `class`).
 *
 * @example
 * ```ts
 * import { classifyActivity, type ActivityClassification } from '@talka/volunteering'
 * const r: ActivityClassification = classifyActivity({ agreementFrom: '2024-08-01', agreementTo: '2024-08-31' }, { asOf: '2024-08-01' })
 * r.class // 'unknown' (hours and coordination not given)
 * ```
 */
export interface ActivityClassification {
  readonly class: ActivityClass
  readonly longTerm: boolean | null
  readonly voluntaryService: boolean | null
  /** Days of the agreement period, both ends included (`null` for an open-ended agreement). */
  readonly agreementDays: number | null
  readonly decision: Decision<ActivityClass>
}

/** Days of the agreement period, first and last day included. */
export function agreementDays(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days + 1
}

/**
 * Classifies a voluntary activity under the new edition: long-term when the agreement is concluded for
 * at least 60 days (art. 2(1); the period counts both its first and last day, see decision 0042),
 * short-term otherwise, and voluntary service when a coordinating organisation coordinates it and it
 * lasts at least 100 hours (art. 2(5); the 100-hour figure comes from reports on the adopted law, not
 * from the statute's text). Voluntary service takes precedence in `class`; `longTerm` still reports the
 * duration. Under the original edition these classes do not exist: `class` is `'not-applicable'` and
 * the decision says so. The agreement is taken as concluded on `agreementFrom` unless
 * `agreementConcludedOn` is given. The classes are the statute's definitions, so the edition is the one
 * in force on `asOf` (or on the agreement's last day if earlier) — also for an agreement concluded before
 * 2024-07-01: the transitional rule keeps such agreements valid, not the original statute.
 *
 * @example
 * ```ts
 * import { classifyActivity } from '@talka/volunteering'
 * const r = classifyActivity(
 *   { agreementFrom: '2024-08-01', agreementTo: '2024-09-30', hours: 120, coordinated: true },
 *   { asOf: '2024-10-01' },
 * )
 * r.class // 'voluntary-service'
 * r.longTerm // true (61 days)
 * ```
 */
export function classifyActivity(
  input: ClassifyActivityInput | ParsedClassifyActivityInput,
  options: OptionsArgument,
): ActivityClassification {
  const activity = parser.ensure(input)
  const { asOf, lang, agreementConcludedOn } = optionsParser.ensure(options)
  const concludedOn = agreementConcludedOn ?? activity.agreementFrom
  const governingDay =
    activity.agreementTo !== undefined && activity.agreementTo < asOf ? activity.agreementTo : asOf
  // The classes are definitions of the statute: they follow the edition in force on the day that
  // governs (the transitional rule keeps old agreements valid, not the old statute).
  const resolution = resolveEdition({
    asOf: governingDay < '2011-08-01' ? asOf : governingDay,
    agreementConcludedOn: concludedOn,
  })
  const { edition } = resolution
  const days =
    activity.agreementTo === undefined ? null : agreementDays(activity.agreementFrom, activity.agreementTo)
  const base = { decision: 'volunteering:classify-activity', asOf, lang, edition }
  const facts = {
    agreementFrom: activity.agreementFrom,
    agreementTo: activity.agreementTo ?? null,
    agreementDays: days,
    hours: activity.hours ?? null,
    coordinated: activity.coordinated ?? null,
  }
  if (edition === null) {
    return {
      class: 'unknown',
      longTerm: null,
      voluntaryService: null,
      agreementDays: days,
      decision: noEditionDecision(base, resolution),
    }
  }
  if (edition.id === 'original') {
    const reasons: ReasonInput[] = [
      ...resolution.reasons,
      ...[ACTIVITY_RULES.longTerm, ACTIVITY_RULES.voluntaryService].map((ruleId) => ({
        ruleId,
        result: 'not-applicable',
        facts,
        ref: REF_ORIGINAL_ART_2,
        messageKey: 'activity.not-applicable',
      })),
    ]
    return {
      class: 'not-applicable',
      longTerm: null,
      voluntaryService: null,
      agreementDays: days,
      decision: decide<ActivityClass>({ ...base, outcome: 'not-applicable', reasons, missingFacts: [] }),
    }
  }

  const minDays = longTermMinDaysParameter.timeline.at(governingDay)
  const longTerm: RuleResult = days === null ? 'unknown' : days >= minDays.value ? 'pass' : 'fail'
  const longTermReason: ReasonInput = {
    ruleId: ACTIVITY_RULES.longTerm,
    result: longTerm,
    facts,
    ref: minDays.ref,
    messageKey: `activity.long-term.${longTerm}`,
    params: days === null ? {} : { days, minDays: minDays.value },
  }

  const minHours = serviceMinHoursParameter.timeline.at(governingDay)
  const serviceMissing = [
    ...(activity.coordinated === undefined ? ['coordinated'] : []),
    ...(activity.hours === undefined ? ['hours'] : []),
  ]
  let service: RuleResult
  let serviceKey: string
  let serviceParams: Record<string, string | number> = {}
  if (activity.coordinated === false) {
    service = 'fail'
    serviceKey = 'activity.service.fail-coordinated'
  } else if (activity.hours !== undefined && activity.hours < minHours.value) {
    service = 'fail'
    serviceKey = 'activity.service.fail-hours'
    serviceParams = { hours: activity.hours, minHours: minHours.value }
  } else if (serviceMissing.length > 0) {
    service = 'unknown'
    serviceKey = 'activity.service.unknown'
    serviceParams = { missing: serviceMissing.join(', ') }
  } else {
    service = 'pass'
    serviceKey = 'activity.service.pass'
    serviceParams = { hours: activity.hours!, minHours: minHours.value }
  }
  const serviceReason: ReasonInput = {
    ruleId: ACTIVITY_RULES.voluntaryService,
    result: service,
    facts,
    ref: minHours.ref,
    messageKey: serviceKey,
    params: serviceParams,
  }

  const cls: ActivityClass =
    service === 'pass'
      ? 'voluntary-service'
      : service === 'unknown' || longTerm === 'unknown'
        ? 'unknown'
        : longTerm === 'pass'
          ? 'long-term'
          : 'short-term'
  const missingFacts = [
    ...(service === 'unknown' ? serviceMissing : []),
    ...(cls === 'unknown' && longTerm === 'unknown' ? ['agreementTo'] : []),
  ]
  return {
    class: cls,
    longTerm: longTerm === 'unknown' ? null : longTerm === 'pass',
    voluntaryService: service === 'unknown' ? null : service === 'pass',
    agreementDays: days,
    decision: decide<ActivityClass>({
      ...base,
      outcome: cls,
      reasons: [...resolution.reasons, longTermReason, serviceReason],
      missingFacts,
    }),
  }
}

/**
 * Input of {@link classifyActivity}.
 *
 * @example
 * ```ts
 * import type { ClassifyActivityInput } from '@talka/volunteering'
 * const activity: ClassifyActivityInput = { agreementFrom: '2024-08-01', agreementTo: '2024-09-30', hours: 120, coordinated: true }
 * ```
 */
export type ClassifyActivityInput = z.input<typeof ClassifyActivityInputSchema>

/**
 * The input of {@link classifyActivity} once parsed (by {@link parseClassifyActivityInput}).
 *
 * @example
 * ```ts
 * import { parseClassifyActivityInput, type ParsedClassifyActivityInput } from '@talka/volunteering'
 * const a: ParsedClassifyActivityInput = parseClassifyActivityInput({ agreementFrom: '2024-08-01' })
 * ```
 */
export type ParsedClassifyActivityInput = Parsed<z.output<typeof ClassifyActivityInputSchema>>

const parser = /* @__PURE__ */ volunteeringParser(ClassifyActivityInputSchema)

/**
 * Parses the input of {@link classifyActivity}; throws core's `ValidationError`.
 *
 * @example
 * ```ts
 * import { parseClassifyActivityInput } from '@talka/volunteering'
 * parseClassifyActivityInput({ agreementFrom: '2024-08-01' }).agreementTo // undefined
 * ```
 */
export const parseClassifyActivityInput = parser.parse

/**
 * Like {@link parseClassifyActivityInput}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseClassifyActivityInput } from '@talka/volunteering'
 * safeParseClassifyActivityInput({ agreementFrom: '2024-08-01', agreementTo: '2024-07-01' }).success // false
 * ```
 */
export const safeParseClassifyActivityInput = parser.safeParse
