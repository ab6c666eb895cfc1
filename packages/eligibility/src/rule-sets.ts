import type { LegalRef, Localized } from '@talka/core'
import { z } from 'zod'
import { EligibilityError } from './errors.js'
import {
  type CommunityApplicantFacts,
  CommunityApplicantFactsSchema,
  type CommunityProjectFacts,
  CommunityProjectFactsSchema,
  type NgoFund2022ApplicantFacts,
  NgoFund2022ApplicantFactsSchema,
  type NgoFund2023ApplicantFacts,
  NgoFund2023ApplicantFactsSchema,
} from './facts.js'
import { ngoFund2022MaxAmount, ngoFund2022MinAmount, ngoFund2023MinIncome } from './parameters.js'
import {
  BOPI_ART_2_1,
  DESCRIPTION_2020,
  DESCRIPTION_2021,
  DESCRIPTION_2021_P4,
  NGO_2022,
  NGO_2022_AMOUNTS,
  NGO_2023,
  NGO_2023_N6,
  PILOT_2022_P19_6,
  PLAN_2017_2019,
  PLAN_2022,
  PLAN_2023_2025,
} from './refs.js'
import type { EligibilityRule } from './rule.js'
import { communityApplicantRules } from './rules/community-applicant.js'
import { communityProjectRules } from './rules/community-project.js'
import { ngoFund2022Rules, ngoFund2023Rules } from './rules/ngo-fund.js'

/**
 * The ids of the available rule sets.
 *
 * @example
 * ```ts
 * import { RULE_SET_IDS } from '@talka/eligibility'
 * RULE_SET_IDS.includes('ngo-fund-2023/applicant') // true
 * ```
 */
export const RULE_SET_IDS = [
  'community-measure/applicant',
  'community-measure/project',
  'ngo-fund-2022/applicant',
  'ngo-fund-2023/applicant',
] as const

/**
 * The id of a rule set: `<programme>/<subject>`.
 *
 * @example
 * ```ts
 * import type { RuleSetId } from '@talka/eligibility'
 * const id: RuleSetId = 'community-measure/project'
 * ```
 */
export type RuleSetId = (typeof RULE_SET_IDS)[number]

/**
 * Zod schema of a {@link RuleSetId}.
 *
 * @example
 * ```ts
 * import { RuleSetIdSchema } from '@talka/eligibility'
 * RuleSetIdSchema.safeParse('ngo-fund-2021/applicant').success // false
 * ```
 */
export const RuleSetIdSchema = z.enum(RULE_SET_IDS).meta({ description: 'Id of an eligibility rule set' })

/**
 * The validated facts of each rule set, by id.
 *
 * @example
 * ```ts
 * import type { FactsByRuleSet } from '@talka/eligibility'
 * type F = FactsByRuleSet['ngo-fund-2023/applicant'] // NgoFund2023ApplicantFacts
 * ```
 */
export interface FactsByRuleSet {
  'community-measure/applicant': CommunityApplicantFacts
  'community-measure/project': CommunityProjectFacts
  'ngo-fund-2022/applicant': NgoFund2022ApplicantFacts
  'ngo-fund-2023/applicant': NgoFund2023ApplicantFacts
}

const schemas = {
  'community-measure/applicant': CommunityApplicantFactsSchema,
  'community-measure/project': CommunityProjectFactsSchema,
  'ngo-fund-2022/applicant': NgoFund2022ApplicantFactsSchema,
  'ngo-fund-2023/applicant': NgoFund2023ApplicantFactsSchema,
} as const

/**
 * The zod schema of the facts of each rule set, by id.
 *
 * @example
 * ```ts
 * import type { FactsSchemaByRuleSet } from '@talka/eligibility'
 * type S = FactsSchemaByRuleSet['community-measure/project']
 * ```
 */
export type FactsSchemaByRuleSet = typeof schemas

/**
 * One dated version of a rule set: valid from `validFrom` to `validTo` (both days included), with its
 * source acts and its rules. `year` is the year N of the competition, for rule sets whose rules count
 * years from it (the community measure takes N from the call instead).
 *
 * @example
 * ```ts
 * import { ruleSets } from '@talka/eligibility'
 * const v = ruleSets.find((s) => s.id === 'ngo-fund-2023/applicant')?.versions[0]
 * v?.validFrom // '2023-03-10'
 * ```
 */
export interface RuleSetVersion<F = Record<string, unknown>> {
  readonly version: string
  readonly validFrom: string
  readonly validTo: string
  readonly year?: number | undefined
  readonly sources: readonly LegalRef[]
  readonly rules: readonly EligibilityRule<F>[]
}

/**
 * A rule set: the rules that decide one subject (an applicant or a project) of one programme, in
 * dated versions, with the zod schema of its facts and whether it needs the municipality's call.
 *
 * @example
 * ```ts
 * import { ruleSets } from '@talka/eligibility'
 * for (const set of ruleSets) console.log(set.id, set.programme.en, set.versions.map((v) => v.validFrom))
 * ```
 */
export interface RuleSet<Id extends RuleSetId = RuleSetId> {
  readonly id: Id
  readonly programme: Localized
  readonly title: Localized
  readonly subject: 'applicant' | 'project'
  readonly usesCall: boolean
  readonly factsSchema: FactsSchemaByRuleSet[Id]
  readonly facts: readonly (keyof FactsByRuleSet[Id] & string)[]
  readonly versions: readonly RuleSetVersion<FactsByRuleSet[Id]>[]
}

/**
 * Any of the rule sets (a union over the ids, so `set.factsSchema` and `set.versions` stay typed
 * after narrowing on `set.id`).
 *
 * @example
 * ```ts
 * import type { AnyRuleSet } from '@talka/eligibility'
 * declare const set: AnyRuleSet
 * if (set.id === 'ngo-fund-2023/applicant') set.factsSchema.shape.income
 * ```
 */
export type AnyRuleSet = { [Id in RuleSetId]: RuleSet<Id> }[RuleSetId]

const COMMUNITY_MEASURE: Localized = {
  lt: 'Priemonė „Stiprinti bendruomeninę veiklą savivaldybėse“ (iki 2019 m. – „Remti bendruomeninę veiklą savivaldybėse“)',
  en: 'Measure "Strengthen community activity in municipalities" (until 2019: "Support community activity in municipalities")',
}
const NGO_FUND: Localized = {
  lt: 'Nevyriausybinių organizacijų fondas: NVO institucinio stiprinimo projektų atrankos konkursas',
  en: 'NGO Fund: competition for institutional-strengthening projects of NGOs',
}

// Each version's sources are the ministry's acts and the law in force for its calls (issue 18):
// no municipality's act, which is cited only in verdicts on that municipality's own call.
const communityVersions = [
  {
    version: '2017-2019',
    validFrom: '2017-02-28',
    validTo: '2019-12-31',
    // The Law on the Development of Community Organisations is in force from 2019-03-01 only.
    a1: PLAN_2017_2019,
    measure: PLAN_2017_2019,
    reports: PLAN_2017_2019,
  },
  {
    version: '2020',
    validFrom: '2020-02-04',
    validTo: '2020-12-31',
    a1: BOPI_ART_2_1,
    measure: DESCRIPTION_2020,
    reports: DESCRIPTION_2020,
  },
  {
    version: '2021',
    validFrom: '2021-03-24',
    validTo: '2021-12-31',
    a1: DESCRIPTION_2021_P4,
    measure: DESCRIPTION_2021,
    reports: DESCRIPTION_2021,
  },
  {
    version: '2022',
    validFrom: '2022-02-25',
    validTo: '2022-12-31',
    a1: BOPI_ART_2_1,
    // Standard model: measure 1.1.5 of the 2022 plan; the pilot model (measure 1.1.6) has its own
    // description, which states the rule on reports (point 19.6).
    measure: PLAN_2022,
    reports: PILOT_2022_P19_6,
  },
  {
    version: '2023-2025',
    validFrom: '2023-01-01',
    validTo: '2025-12-31',
    a1: BOPI_ART_2_1,
    measure: PLAN_2023_2025,
    reports: PLAN_2023_2025,
  },
] as const

const unique = (refs: readonly LegalRef[]): LegalRef[] => [...new Set(refs)]

const valueOn = (parameter: { timeline: { valueAt(date: string): unknown } }, date: string) =>
  parameter.timeline.valueAt(date) as string

// Built in a function so that bundlers can drop the rule sets when only other exports are used.
function buildRuleSets(): AnyRuleSet[] {
  const communityApplicant: RuleSet<'community-measure/applicant'> = {
    id: 'community-measure/applicant',
    programme: COMMUNITY_MEASURE,
    title: {
      lt: 'Pareiškėjo tinkamumas pagal priemonę „Stiprinti bendruomeninę veiklą savivaldybėse“',
      en: 'Applicant eligibility under the measure "Strengthen community activity in municipalities"',
    },
    subject: 'applicant',
    usesCall: true,
    factsSchema: CommunityApplicantFactsSchema,
    facts: Object.keys(CommunityApplicantFactsSchema.shape) as (keyof CommunityApplicantFacts)[],
    versions: communityVersions.map((v) => ({
      version: v.version,
      validFrom: v.validFrom,
      validTo: v.validTo,
      sources: unique([v.measure, v.a1, v.reports]),
      rules: communityApplicantRules({ a1: v.a1, measure: v.measure, reports: v.reports }),
    })),
  }

  const communityProject: RuleSet<'community-measure/project'> = {
    id: 'community-measure/project',
    programme: COMMUNITY_MEASURE,
    title: {
      lt: 'Projekto tinkamumas pagal priemonę „Stiprinti bendruomeninę veiklą savivaldybėse“',
      en: 'Project eligibility under the measure "Strengthen community activity in municipalities"',
    },
    subject: 'project',
    usesCall: true,
    factsSchema: CommunityProjectFactsSchema,
    facts: Object.keys(CommunityProjectFactsSchema.shape) as (keyof CommunityProjectFacts)[],
    versions: communityVersions.map((v) => ({
      version: v.version,
      validFrom: v.validFrom,
      validTo: v.validTo,
      sources: [v.measure],
      rules: communityProjectRules({ p1: v.measure, p2: v.measure, p3: v.measure, p4: v.measure }),
    })),
  }

  const ngoFund2022: RuleSet<'ngo-fund-2022/applicant'> = {
    id: 'ngo-fund-2022/applicant',
    programme: NGO_FUND,
    title: {
      lt: 'NVO fondo 2022 m. institucinio stiprinimo konkurso pareiškėjo tinkamumas',
      en: 'Applicant eligibility, NGO Fund 2022 institutional-strengthening competition',
    },
    subject: 'applicant',
    usesCall: false,
    factsSchema: NgoFund2022ApplicantFactsSchema,
    facts: Object.keys(NgoFund2022ApplicantFactsSchema.shape) as (keyof NgoFund2022ApplicantFacts)[],
    versions: [
      {
        version: '2022',
        validFrom: '2022-06-16',
        validTo: '2022-12-31',
        year: 2022,
        sources: [NGO_2022, NGO_2022_AMOUNTS],
        rules: ngoFund2022Rules(
          { all: NGO_2022, amounts: NGO_2022_AMOUNTS },
          {
            min: valueOn(ngoFund2022MinAmount, '2022-06-16'),
            max: valueOn(ngoFund2022MaxAmount, '2022-06-16'),
          },
        ),
      },
    ],
  }

  const ngoFund2023: RuleSet<'ngo-fund-2023/applicant'> = {
    id: 'ngo-fund-2023/applicant',
    programme: NGO_FUND,
    title: {
      lt: 'NVO fondo 2023 m. institucinio stiprinimo konkurso pareiškėjo tinkamumas',
      en: 'Applicant eligibility, NGO Fund 2023 institutional-strengthening competition',
    },
    subject: 'applicant',
    usesCall: false,
    factsSchema: NgoFund2023ApplicantFactsSchema,
    facts: Object.keys(NgoFund2023ApplicantFactsSchema.shape) as (keyof NgoFund2023ApplicantFacts)[],
    versions: [
      {
        version: '2023',
        validFrom: '2023-03-10',
        validTo: '2023-12-31',
        year: 2023,
        sources: [NGO_2023],
        rules: ngoFund2023Rules(
          { all: NGO_2023, n6: NGO_2023_N6 },
          valueOn(ngoFund2023MinIncome, '2023-03-10'),
        ),
      },
    ],
  }
  return [communityApplicant, communityProject, ngoFund2022, ngoFund2023]
}

/**
 * Every rule set of the package, with its programme, the dates of validity and source acts of each
 * version, its facts schema and its rules (as data: id, facts read, predicate, legal reference,
 * message keys). `checkEligibility` picks the version valid on `asOf`.
 *
 * | id | versions |
 * | --- | --- |
 * | `community-measure/applicant` (A1–A5), `community-measure/project` (P1–P4) | 2017-2019, 2020, 2021, 2022, 2023-2025 |
 * | `ngo-fund-2022/applicant` (N1–N4, N6, P1) | 2022 (2022-06-16 … 2022-12-31) |
 * | `ngo-fund-2023/applicant` (N1–N6) | 2023 (2023-03-10 … 2023-12-31) |
 *
 * @example
 * ```ts
 * import { ruleSets } from '@talka/eligibility'
 * ruleSets.map((s) => `${s.id}: ${s.versions.map((v) => `${v.validFrom}…${v.validTo}`).join(', ')}`)
 * ```
 */
export const ruleSets: readonly AnyRuleSet[] = /* @__PURE__ */ buildRuleSets()

/**
 * The rule set with the given id; throws {@link EligibilityError} `UNKNOWN_RULE_SET`.
 *
 * @example
 * ```ts
 * import { getRuleSet } from '@talka/eligibility'
 * getRuleSet('ngo-fund-2023/applicant').versions.length // 1
 * ```
 */
export function getRuleSet<Id extends RuleSetId>(id: Id): RuleSet<Id> {
  byId ??= new Map(ruleSets.map((s) => [s.id as string, s]))
  const set = byId.get(id)
  if (!set) {
    throw new EligibilityError('UNKNOWN_RULE_SET', `No eligibility rule set "${String(id)}"`, {
      ruleSet: String(id),
      known: [...RULE_SET_IDS],
    })
  }
  return set as unknown as RuleSet<Id>
}

let byId: Map<string, AnyRuleSet> | undefined

/**
 * The zod schema of the facts of a rule set (for the HTTP API and OpenAPI); throws
 * `UNKNOWN_RULE_SET`.
 *
 * @example
 * ```ts
 * import { factsSchemaFor } from '@talka/eligibility'
 * factsSchemaFor('ngo-fund-2023/applicant').safeParse({ ngoMark: 'yes' }).success // false
 * ```
 */
export function factsSchemaFor<Id extends RuleSetId>(id: Id): FactsSchemaByRuleSet[Id] {
  return getRuleSet(id).factsSchema
}

/**
 * The version of a rule set valid on `asOf` (an ISO date); throws {@link EligibilityError}
 * `NO_RULE_SET_VERSION` when `asOf` is outside every version.
 *
 * @example
 * ```ts
 * import { getRuleSet, versionOn } from '@talka/eligibility'
 * versionOn(getRuleSet('community-measure/project'), '2024-03-20').version // '2023-2025'
 * ```
 */
export function versionOn<Id extends RuleSetId>(
  set: RuleSet<Id>,
  asOf: string,
): RuleSetVersion<FactsByRuleSet[Id]> {
  const version = set.versions.find((v) => v.validFrom <= asOf && asOf <= v.validTo)
  if (!version) {
    throw new EligibilityError(
      'NO_RULE_SET_VERSION',
      `No version of "${set.id}" is valid on ${asOf}; versions: ${set.versions.map((v) => `${v.validFrom}…${v.validTo}`).join(', ')}`,
      {
        ruleSet: set.id,
        asOf,
        versions: set.versions.map((v) => ({
          version: v.version,
          validFrom: v.validFrom,
          validTo: v.validTo,
        })),
      },
    )
  }
  return version
}
