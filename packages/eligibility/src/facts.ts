import { AmountSchema, Temporal } from '@talka/core'
import { z } from 'zod'

// The one amount schema of Talka (core), non-negative, up to the kernel's range.
const Amount = AmountSchema()

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** True for a real calendar date `YYYY-MM-DD` (as core's `IsoDateSchema`, without building a Temporal value). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (!match) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1) return false
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return day <= (month === 2 && leap ? 29 : (DAYS[month - 1] as number))
}

/**
 * Zod schema of an ISO calendar date (`YYYY-MM-DD`, a real date), with the same meaning as core's
 * `IsoDateSchema` but checked with integer arithmetic, which keeps fact validation fast.
 *
 * @example
 * ```ts
 * import { DateSchema } from '@talka/eligibility'
 * DateSchema.safeParse('2023-02-29').success // false
 * ```
 */
export const DateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'Expected a calendar date YYYY-MM-DD' })
  .meta({ description: 'ISO 8601 calendar date', examples: ['2023-04-06'], format: 'date' })

const year = z.number().int().min(1990).max(2100)

const flag = (description: string) => z.boolean().optional().meta({ description })

/**
 * Zod schema of one line of a project budget: a cost category (a code chosen by the call, e.g.
 * `long-term-tangible-assets`, `administration`) and an amount in EUR.
 *
 * @example
 * ```ts
 * import { BudgetLineSchema } from '@talka/eligibility'
 * BudgetLineSchema.parse({ category: 'events', amount: '1200.00' })
 * ```
 */
export const BudgetLineSchema = z.strictObject({
  category: z.string().min(1).max(100).meta({ description: 'Cost category code, as listed by the call' }),
  amount: Amount,
  description: z.string().max(500).optional(),
})

/**
 * One line of a project budget (see {@link BudgetLineSchema}).
 *
 * @example
 * ```ts
 * import type { BudgetLine } from '@talka/eligibility'
 * const line: BudgetLine = { category: 'long-term-tangible-assets', amount: '400.00' }
 * ```
 */
export type BudgetLine = z.infer<typeof BudgetLineSchema>

const fact = {
  communityOrganisation: flag(
    'The applicant is a community organisation (bendruomeninė organizacija) as defined in the Law on the Development of Community Organisations',
  ),
  ngoMark: flag(
    'The Register of Legal Entities (JAR) holds the mark that the legal person is a non-governmental organisation',
  ),
  religiousCommunity: flag('The applicant is a religious community or association'),
  traditionalReligiousCommunity: flag(
    'The applicant is a traditional religious community or association of Lithuania',
  ),
  operatesIn: z
    .union([z.string().min(1).max(200), z.array(z.string().min(1).max(200)).min(1).max(50)])
    .optional()
    .meta({ description: 'Municipality code or name, and eldership names, where the applicant operates' }),
  otherCommunityOrganisationApplied: flag(
    'A community organisation of the same territory applied in this call',
  ),
  repeatCall: flag('The competition is re-announced (naujas / pakartotinis konkursas)'),
  reportsFiledForYears: z
    .array(year)
    .max(100)
    .optional()
    .meta({ description: 'Years for which the annual reports were filed with Registrų centras' }),
  reportsFiledOnTime: flag(
    'The activity report and annual financial statements were filed on time, as the law requires',
  ),
  inLiquidation: flag('The applicant is being liquidated (public JAR data)'),
  reliableTaxpayer: flag(
    'The applicant meets the minimal criteria of a reliable taxpayer (Law on Tax Administration)',
  ),
  income: z
    .record(z.string().regex(/^\d{4}$/, { message: 'Expected a year, e.g. "2021"' }), Amount)
    .optional()
    .meta({ description: 'Income per the annual financial statements, by year: { "2021": "1500.00" }' }),
  foundedOn: DateSchema.optional().meta({ description: 'Date of registration of the applicant (ISO date)' }),
  fundedInParallelCompetition: flag(
    'The applicant was granted funding in the parallel national-NGO or umbrella-association institutional competition',
  ),
  publishesProjectsOnWebsite: z
    .union([z.boolean(), z.literal('no-website')])
    .optional()
    .meta({ description: "Publishes its projects on its website; 'no-website' if it has none" }),
  requestedAmount: Amount.optional(),
  envelope: z.string().min(1).max(100).optional().meta({
    description:
      "Id of the call's eldership envelope the application is made under (calls whose budget is split into envelopes)",
  }),
  publicInterestActivities: flag(
    'The activities satisfy the public interests and needs of the residents of the residential-area communities',
  ),
  activityAreas: z
    .array(z.string().min(1).max(100))
    .max(50)
    .optional()
    .meta({ description: 'Codes of the activity areas of the project, as listed by the call' }),
  activitiesFrom: DateSchema.optional().meta({ description: 'First day of the project activities' }),
  activitiesTo: DateSchema.optional().meta({ description: 'Last day of the project activities' }),
  budgetLines: z.array(BudgetLineSchema).max(1000).optional(),
}

/**
 * Zod schema of the facts read by `community-measure/applicant` (rules A1–A5). Every fact is
 * optional: an absent fact is unknown. Unknown keys are rejected so that a misspelt fact cannot pass
 * silently as unknown.
 *
 * @example
 * ```ts
 * import { CommunityApplicantFactsSchema } from '@talka/eligibility'
 * CommunityApplicantFactsSchema.parse({ communityOrganisation: true, operatesIn: 'Vilniaus miesto savivaldybė' })
 * ```
 */
export const CommunityApplicantFactsSchema = z
  .strictObject({
    communityOrganisation: fact.communityOrganisation,
    ngoMark: fact.ngoMark,
    religiousCommunity: fact.religiousCommunity,
    traditionalReligiousCommunity: fact.traditionalReligiousCommunity,
    operatesIn: fact.operatesIn,
    otherCommunityOrganisationApplied: fact.otherCommunityOrganisationApplied,
    repeatCall: fact.repeatCall,
    reportsFiledForYears: fact.reportsFiledForYears,
  })
  .meta({
    id: 'EligibilityCommunityApplicantFacts',
    description:
      'Facts of an applicant in a municipal call of "Stiprinti bendruomeninę veiklą savivaldybėse"',
  })

/**
 * Zod schema of the facts read by `community-measure/project` (rules P1–P4).
 *
 * @example
 * ```ts
 * import { CommunityProjectFactsSchema } from '@talka/eligibility'
 * CommunityProjectFactsSchema.parse({ requestedAmount: '2500.00', activitiesFrom: '2023-06-01' })
 * ```
 */
export const CommunityProjectFactsSchema = z
  .strictObject({
    requestedAmount: fact.requestedAmount,
    envelope: fact.envelope,
    publicInterestActivities: fact.publicInterestActivities,
    activityAreas: fact.activityAreas,
    activitiesFrom: fact.activitiesFrom,
    activitiesTo: fact.activitiesTo,
    budgetLines: fact.budgetLines,
  })
  .meta({
    id: 'EligibilityCommunityProjectFacts',
    description: 'Facts of a project in a municipal call of "Stiprinti bendruomeninę veiklą savivaldybėse"',
  })

/**
 * Zod schema of the facts read by `ngo-fund-2022/applicant` (N1–N4, N6 and the amount rule P1).
 *
 * @example
 * ```ts
 * import { NgoFund2022ApplicantFactsSchema } from '@talka/eligibility'
 * NgoFund2022ApplicantFactsSchema.parse({ ngoMark: true, requestedAmount: '25000' })
 * ```
 */
export const NgoFund2022ApplicantFactsSchema = z
  .strictObject({
    ngoMark: fact.ngoMark,
    fundedInParallelCompetition: fact.fundedInParallelCompetition,
    reportsFiledOnTime: fact.reportsFiledOnTime,
    publishesProjectsOnWebsite: fact.publishesProjectsOnWebsite,
    inLiquidation: fact.inLiquidation,
    reliableTaxpayer: fact.reliableTaxpayer,
    requestedAmount: fact.requestedAmount,
  })
  .meta({
    id: 'EligibilityNgoFund2022ApplicantFacts',
    description: 'Facts of an applicant in the NGO Fund 2022 institutional-strengthening competition',
  })

/**
 * Zod schema of the facts read by `ngo-fund-2023/applicant` (N1–N6).
 *
 * @example
 * ```ts
 * import { NgoFund2023ApplicantFactsSchema } from '@talka/eligibility'
 * NgoFund2023ApplicantFactsSchema.parse({ income: { '2021': '1500.00' }, foundedOn: '2015-05-04' })
 * ```
 */
export const NgoFund2023ApplicantFactsSchema = z
  .strictObject({
    ngoMark: fact.ngoMark,
    fundedInParallelCompetition: fact.fundedInParallelCompetition,
    reportsFiledForYears: fact.reportsFiledForYears,
    reportsFiledOnTime: fact.reportsFiledOnTime,
    publishesProjectsOnWebsite: fact.publishesProjectsOnWebsite,
    income: fact.income,
    foundedOn: fact.foundedOn,
    inLiquidation: fact.inLiquidation,
    reliableTaxpayer: fact.reliableTaxpayer,
  })
  .meta({
    id: 'EligibilityNgoFund2023ApplicantFacts',
    description: 'Facts of an applicant in the NGO Fund 2023 institutional-strengthening competition',
  })

/**
 * Facts of `community-measure/applicant`, as validated.
 *
 * @example
 * ```ts
 * import type { CommunityApplicantFacts } from '@talka/eligibility'
 * const facts: CommunityApplicantFacts = { communityOrganisation: false }
 * ```
 */
export type CommunityApplicantFacts = z.infer<typeof CommunityApplicantFactsSchema>

/**
 * Facts of `community-measure/project`, as validated.
 *
 * @example
 * ```ts
 * import type { CommunityProjectFacts } from '@talka/eligibility'
 * const facts: CommunityProjectFacts = { requestedAmount: '2999.99' }
 * ```
 */
export type CommunityProjectFacts = z.infer<typeof CommunityProjectFactsSchema>

/**
 * Facts of `ngo-fund-2022/applicant`, as validated.
 *
 * @example
 * ```ts
 * import type { NgoFund2022ApplicantFacts } from '@talka/eligibility'
 * const facts: NgoFund2022ApplicantFacts = { ngoMark: true }
 * ```
 */
export type NgoFund2022ApplicantFacts = z.infer<typeof NgoFund2022ApplicantFactsSchema>

/**
 * Facts of `ngo-fund-2023/applicant`, as validated.
 *
 * @example
 * ```ts
 * import type { NgoFund2023ApplicantFacts } from '@talka/eligibility'
 * const facts: NgoFund2023ApplicantFacts = { publishesProjectsOnWebsite: 'no-website' }
 * ```
 */
export type NgoFund2023ApplicantFacts = z.infer<typeof NgoFund2023ApplicantFactsSchema>

/** Names of the facts that are dates: callers may pass a `Temporal.PlainDate` for them. */
export const DATE_FACTS = ['foundedOn', 'activitiesFrom', 'activitiesTo'] as const

/**
 * Facts as a caller may pass them: like the validated facts, but date facts may also be
 * `Temporal.PlainDate` values (they are turned into ISO strings before validation).
 *
 * @example
 * ```ts
 * import type { FactsInput, NgoFund2023ApplicantFacts } from '@talka/eligibility'
 * import { Temporal } from '@talka/core'
 * const facts: FactsInput<NgoFund2023ApplicantFacts> = { foundedOn: Temporal.PlainDate.from('2015-05-04') }
 * ```
 */
export type FactsInput<F> = {
  readonly [K in keyof F]?: K extends (typeof DATE_FACTS)[number]
    ? F[K] | Temporal.PlainDate
    : ReadonlyInput<Exclude<F[K], undefined>> | undefined
}

/** A fact value as a caller may hold it: arrays and records may be readonly (e.g. `as const`). */
type ReadonlyInput<T> = T extends readonly (infer E)[]
  ? readonly ReadonlyInput<E>[]
  : T extends object
    ? { readonly [K in keyof T]: ReadonlyInput<T[K]> }
    : T

/** Copies `facts` with `Temporal.PlainDate` values of date facts turned into ISO strings. */
export function normaliseDateFacts(facts: unknown): unknown {
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) return facts
  const record = facts as Record<string, unknown>
  let copy: Record<string, unknown> | undefined
  for (const name of DATE_FACTS) {
    const value = record[name]
    if (value instanceof Temporal.PlainDate) {
      copy ??= { ...record }
      copy[name] = value.toString()
    }
  }
  return copy ?? facts
}
