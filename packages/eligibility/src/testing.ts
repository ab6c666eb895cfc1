/**
 * fast-check arbitraries for `@talka/eligibility`: facts of each rule set (complete or partial),
 * municipal calls and budget lines, so integrators can property-test their own systems with the
 * generators Talka's tests use. Import from `@talka/eligibility/testing`; needs `fast-check`.
 *
 * @packageDocumentation
 */
import type { Call } from '@talka/calls'
import { type LegalRef, Temporal } from '@talka/core'
import fc from 'fast-check'
import type {
  BudgetLine,
  CommunityApplicantFacts,
  CommunityProjectFacts,
  NgoFund2022ApplicantFacts,
  NgoFund2023ApplicantFacts,
} from './facts.js'
import type { FactsByRuleSet, RuleSetId } from './rule-sets.js'

/**
 * Municipality names the arbitraries draw from, so that generated facts and calls meet often.
 *
 * @example
 * ```ts
 * import { SAMPLE_MUNICIPALITIES } from '@talka/eligibility/testing'
 * SAMPLE_MUNICIPALITIES[0] // 'Vilniaus miesto savivaldybė'
 * ```
 */
export const SAMPLE_MUNICIPALITIES = [
  'Vilniaus miesto savivaldybė',
  'Kauno rajono savivaldybė',
  'Zarasų rajono savivaldybė',
  'Šakių rajono savivaldybė',
] as const

/**
 * Eldership names the arbitraries draw from.
 *
 * @example
 * ```ts
 * import { SAMPLE_ELDERSHIPS } from '@talka/eligibility/testing'
 * SAMPLE_ELDERSHIPS.includes('Alšėnų seniūnija') // true
 * ```
 */
export const SAMPLE_ELDERSHIPS = ['Akademijos seniūnija', 'Alšėnų seniūnija'] as const

/**
 * Activity-area codes the arbitraries draw from.
 *
 * @example
 * ```ts
 * import { SAMPLE_ACTIVITY_AREAS } from '@talka/eligibility/testing'
 * SAMPLE_ACTIVITY_AREAS.length // 7
 * ```
 */
export const SAMPLE_ACTIVITY_AREAS = [
  'cultural-educational',
  'public-spaces',
  'inclusion',
  'advocacy',
  'volunteering',
  'social-business',
  'cohesion',
] as const

/**
 * Cost-category codes the arbitraries draw from (`alcohol` is made ineligible by generated calls now
 * and then; `long-term-tangible-assets` and `administration` are capped).
 *
 * @example
 * ```ts
 * import { SAMPLE_COST_CATEGORIES } from '@talka/eligibility/testing'
 * SAMPLE_COST_CATEGORIES.includes('long-term-tangible-assets') // true
 * ```
 */
export const SAMPLE_COST_CATEGORIES = [
  'events',
  'remuneration',
  'catering',
  'long-term-tangible-assets',
  'administration',
  'alcohol',
] as const

/**
 * Ids of the eldership envelopes that generated calls with envelopes have (and generated project
 * facts name, with one id no call has).
 *
 * @example
 * ```ts
 * import { SAMPLE_ENVELOPES } from '@talka/eligibility/testing'
 * SAMPLE_ENVELOPES[0] // 'akademija'
 * ```
 */
export const SAMPLE_ENVELOPES = ['akademija', 'alsenai'] as const

const SAMPLE_REF: LegalRef = {
  act: 'Savivaldybės kvietimas (sugeneruotas testui)',
  kind: 'call-notice',
  url: 'https://e-tar.lt/',
}

const centsToString = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`

/**
 * EUR amounts as decimal strings with two decimals, between `min` and `max` whole cents.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { amountArb } from '@talka/eligibility/testing'
 * fc.sample(amountArb({ min: 0, max: 300_000 }), 2) // e.g. ['1234.56', '0.07']
 * ```
 */
export function amountArb(options: { min?: number; max?: number } = {}): fc.Arbitrary<string> {
  return fc.integer({ min: options.min ?? 0, max: options.max ?? 3_000_000 }).map(centsToString)
}

const dateArb = (from: string, to: string) => {
  const start = Temporal.PlainDate.from(from)
  const span = start.until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days
  return fc.integer({ min: 0, max: span }).map((days) => start.add({ days }).toString())
}

/**
 * Budget lines drawn from {@link SAMPLE_COST_CATEGORIES}, each up to EUR 5,000.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { budgetLinesArb } from '@talka/eligibility/testing'
 * fc.sample(budgetLinesArb({ maxLength: 3 }), 1)
 * ```
 */
export function budgetLinesArb(
  options: { minLength?: number; maxLength?: number } = {},
): fc.Arbitrary<BudgetLine[]> {
  return fc.array(
    fc.record({ category: fc.constantFrom(...SAMPLE_COST_CATEGORIES), amount: amountArb({ max: 500_000 }) }),
    { minLength: options.minLength ?? 0, maxLength: options.maxLength ?? 6 },
  )
}

const yearsArb = fc.uniqueArray(fc.integer({ min: 2016, max: 2024 }), { maxLength: 5 })
const foundedOnArb = fc.oneof(dateArb('1995-01-01', '2020-12-31'), dateArb('2021-01-01', '2023-12-31'))
const incomeCompleteArb = fc.record({
  '2019': amountArb({ max: 5_000_000 }),
  '2020': amountArb({ max: 5_000_000 }),
  '2021': fc.oneof(amountArb({ min: 90_000, max: 110_000 }), amountArb({ max: 5_000_000 })),
  '2022': fc.oneof(amountArb({ min: 90_000, max: 110_000 }), amountArb({ max: 5_000_000 })),
  '2023': amountArb({ max: 5_000_000 }),
})
const incomeArb = fc.dictionary(
  fc.constantFrom('2019', '2020', '2021', '2022', '2023'),
  fc.oneof(amountArb({ min: 90_000, max: 110_000 }), amountArb({ max: 5_000_000 })),
  { maxKeys: 5 },
)
const websiteArb = fc.oneof(fc.boolean(), fc.constant('no-website' as const))
const operatesInArb = fc.oneof(
  fc.constantFrom<string>(...SAMPLE_MUNICIPALITIES, ...SAMPLE_ELDERSHIPS),
  fc.uniqueArray(fc.constantFrom<string>(...SAMPLE_MUNICIPALITIES, ...SAMPLE_ELDERSHIPS), {
    minLength: 1,
    maxLength: 3,
  }),
)

const models = {
  'community-measure/applicant': {
    communityOrganisation: fc.boolean(),
    ngoMark: fc.boolean(),
    religiousCommunity: fc.boolean(),
    traditionalReligiousCommunity: fc.boolean(),
    operatesIn: operatesInArb,
    otherCommunityOrganisationApplied: fc.boolean(),
    repeatCall: fc.boolean(),
    reportsFiledForYears: yearsArb,
  } satisfies {
    [K in keyof Required<CommunityApplicantFacts>]: fc.Arbitrary<NonNullable<CommunityApplicantFacts[K]>>
  },
  'community-measure/project': {
    requestedAmount: amountArb(),
    envelope: fc.constantFrom<string>(...SAMPLE_ENVELOPES, 'unknown-envelope'),
    publicInterestActivities: fc.boolean(),
    activityAreas: fc.subarray([...SAMPLE_ACTIVITY_AREAS] as string[], { maxLength: 3 }),
    activitiesFrom: dateArb('2017-01-01', '2025-12-31'),
    activitiesTo: dateArb('2017-01-01', '2025-12-31'),
    budgetLines: budgetLinesArb(),
  } satisfies {
    [K in keyof Required<CommunityProjectFacts>]: fc.Arbitrary<NonNullable<CommunityProjectFacts[K]>>
  },
  'ngo-fund-2022/applicant': {
    ngoMark: fc.boolean(),
    fundedInParallelCompetition: fc.boolean(),
    reportsFiledOnTime: fc.boolean(),
    publishesProjectsOnWebsite: websiteArb,
    inLiquidation: fc.boolean(),
    reliableTaxpayer: fc.boolean(),
    requestedAmount: fc.oneof(amountArb({ min: 290_000, max: 2_510_000 }), amountArb()),
  } satisfies {
    [K in keyof Required<NgoFund2022ApplicantFacts>]: fc.Arbitrary<NonNullable<NgoFund2022ApplicantFacts[K]>>
  },
  'ngo-fund-2023/applicant': {
    ngoMark: fc.boolean(),
    fundedInParallelCompetition: fc.boolean(),
    reportsFiledForYears: yearsArb,
    reportsFiledOnTime: fc.boolean(),
    publishesProjectsOnWebsite: websiteArb,
    income: incomeArb,
    foundedOn: foundedOnArb,
    inLiquidation: fc.boolean(),
    reliableTaxpayer: fc.boolean(),
  } satisfies {
    [K in keyof Required<NgoFund2023ApplicantFacts>]: fc.Arbitrary<NonNullable<NgoFund2023ApplicantFacts[K]>>
  },
}

/**
 * Facts of a rule set that pass its schema. `complete` gives every fact a value, with income for
 * every year 2019–2023, so every rule decides pass or fail; `partial` (the default) leaves any of
 * them out (unknown).
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { checkEligibility } from '@talka/eligibility'
 * import { factsArb } from '@talka/eligibility/testing'
 * fc.assert(fc.property(factsArb('ngo-fund-2023/applicant', { mode: 'complete' }), (facts) =>
 *   checkEligibility('ngo-fund-2023/applicant', facts, { asOf: '2023-04-06' }).outcome !== 'undetermined'))
 * ```
 */
export function factsArb<Id extends RuleSetId>(
  ruleSetId: Id,
  options: { mode?: 'complete' | 'partial' } = {},
): fc.Arbitrary<FactsByRuleSet[Id]> {
  const model = models[ruleSetId] as unknown as Record<string, fc.Arbitrary<unknown>>
  if (options.mode === 'complete') {
    // Complete facts decide every rule: income is given for every year a rule may ask for.
    const complete = 'income' in model ? { ...model, income: incomeCompleteArb } : model
    return fc.record(complete) as unknown as fc.Arbitrary<FactsByRuleSet[Id]>
  }
  // Each sample keeps every fact with one probability out of 0, ¼, ½, ¾ and 1, so empty facts,
  // complete facts and everything between all come up often.
  const keys = Object.keys(model)
  return fc
    .record({
      facts: fc.record(model),
      level: fc.integer({ min: 0, max: 4 }),
      draws: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: keys.length, maxLength: keys.length }),
    })
    .map(({ facts, level, draws }) => {
      const kept: Record<string, unknown> = {}
      keys.forEach((key, i) => {
        if ((draws[i] ?? 0) < level) kept[key] = facts[key]
      })
      return kept as FactsByRuleSet[Id]
    })
}

/**
 * Complete facts of a rule set: every fact has a value.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { completeFactsArb } from '@talka/eligibility/testing'
 * fc.sample(completeFactsArb('ngo-fund-2022/applicant'), 1)[0]?.ngoMark // true or false
 * ```
 */
export function completeFactsArb<Id extends RuleSetId>(ruleSetId: Id): fc.Arbitrary<FactsByRuleSet[Id]> {
  return factsArb(ruleSetId, { mode: 'complete' })
}

/**
 * Partial facts of a rule set: any fact may be absent (unknown).
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { partialFactsArb } from '@talka/eligibility/testing'
 * fc.sample(partialFactsArb('community-measure/applicant'), 1)
 * ```
 */
export function partialFactsArb<Id extends RuleSetId>(ruleSetId: Id): fc.Arbitrary<FactsByRuleSet[Id]> {
  return factsArb(ruleSetId, { mode: 'partial' })
}

const ordered = (a: string, b: string): [string, string] =>
  Number(a.replace('.', '')) <= Number(b.replace('.', '')) ? [a, b] : [b, a]

/**
 * Valid call.v1 documents of `@talka/calls` (they pass `parseCall`) with budget years 2017–2025: a
 * budget that is absent, one total or eldership envelopes ({@link SAMPLE_ENVELOPES}); amounts with or
 * without an over-maximum policy; any applicants policy or none; activity areas, cost rules and an
 * activity period drawn from the samples above (share caps add up to less than 1).
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { checkEligibility } from '@talka/eligibility'
 * import { callArb, partialFactsArb } from '@talka/eligibility/testing'
 * fc.assert(fc.property(callArb(), partialFactsArb('community-measure/project'), (call, facts) =>
 *   checkEligibility('community-measure/project', facts, { asOf: `${call.year}-06-01`, call }).reasons.length === 4))
 * ```
 */
export function callArb(): fc.Arbitrary<Call> {
  const limits = fc.tuple(
    fc.option(amountArb({ max: 1_000_000 }), { nil: undefined }),
    fc.option(amountArb({ min: 1, max: 3_000_000 }), { nil: undefined }),
  )
  const envelope = (id: string) =>
    fc.tuple(amountArb({ max: 300_000 }), amountArb({ min: 1, max: 500_000 })).chain(([a, b]) => {
      const [min, max] = ordered(a, b)
      return fc.record(
        {
          id: fc.constant(id),
          name: fc.constant({ lt: `${id} seniūnija`, en: `${id} eldership` }),
          amount: fc.constant(ordered(max, '5000.00')[1]),
          minPerProject: fc.constant(min),
          maxPerProject: fc.constant(max),
          activityAreas: fc.subarray([...SAMPLE_ACTIVITY_AREAS] as string[], { minLength: 1 }),
          ref: fc.constant({ point: `8.${SAMPLE_ENVELOPES.indexOf(id as never) + 1}` }),
        },
        { requiredKeys: ['id', 'name', 'amount', 'minPerProject', 'maxPerProject'] },
      )
    })
  const budget = fc.oneof(
    fc.constant(undefined),
    fc.constant({ kind: 'total' as const, amount: '100000.00' }),
    fc.record(
      {
        kind: fc.constant('envelopes' as const),
        envelopes: fc.tuple(...SAMPLE_ENVELOPES.map(envelope)),
        unspent: fc.constantFrom('returned' as const, 'pooled' as const),
        ref: fc.constant({ point: '8' }),
      },
      { requiredKeys: ['kind', 'envelopes'] },
    ),
  )
  const costs = fc.record(
    {
      eligibleCategories: fc.subarray([...SAMPLE_COST_CATEGORIES] as string[], { minLength: 3 }),
      ineligibleCategories: fc.subarray(['alcohol', 'catering']),
      caps: fc.subarray([
        { category: 'long-term-tangible-assets', maxShare: '0.2', ref: { point: '14.1' } },
        { category: 'administration', maxShare: '0.1', maxAmount: '300.00' },
        { category: 'catering', maxAmount: '500.00' },
      ]),
      ref: fc.constant({ point: '14' }),
    },
    { requiredKeys: [] },
  )
  return fc
    .record({
      municipality: fc.constantFrom(...SAMPLE_MUNICIPALITIES),
      eldership: fc.option(fc.constantFrom(...SAMPLE_ELDERSHIPS), { nil: undefined }),
      year: fc.integer({ min: 2017, max: 2025 }),
      model: fc.constantFrom('standard' as const, 'pilot' as const),
      budget,
      limits,
      overMaximum: fc.option(fc.constantFrom('cap' as const, 'reject' as const), { nil: undefined }),
      admitted: fc.option(
        fc.constantFrom(
          'community-organisations' as const,
          'community-organisations-then-ngos' as const,
          'ngos-and-religious-communities' as const,
          'traditional-religious-communities' as const,
          'open' as const,
        ),
        { nil: undefined },
      ),
      requireNgoMark: fc.boolean(),
      activityAreas: fc.option(fc.subarray([...SAMPLE_ACTIVITY_AREAS] as string[], { minLength: 1 }), {
        nil: undefined,
      }),
      costs: fc.option(costs, { nil: undefined }),
      period: fc.boolean(),
    })
    .map((r) => {
      const call: { -readonly [K in keyof Call]: Call[K] } = {
        id: `generated-${r.year}-${r.model}`,
        name: { lt: 'Sugeneruotas kvietimas', en: 'Generated call' },
        municipality: { name: r.municipality },
        year: r.year,
        model: r.model,
        ref: SAMPLE_REF,
      }
      if (r.eldership !== undefined) call.eldership = r.eldership
      if (r.budget !== undefined) call.budget = r.budget
      const [low, high] = r.limits
      const [min, max] = low !== undefined && high !== undefined ? ordered(low, high) : [low, high]
      const amounts: {
        -readonly [K in keyof NonNullable<Call['amounts']>]: NonNullable<Call['amounts']>[K]
      } =
        r.budget?.kind === 'envelopes'
          ? {}
          : {
              ...(min !== undefined ? { minPerProject: min } : {}),
              ...(max !== undefined ? { maxPerProject: max } : {}),
            }
      if (r.overMaximum !== undefined) amounts.overMaximum = r.overMaximum
      if (Object.keys(amounts).length > 0) call.amounts = { ...amounts, ref: { point: '9' } }
      if (r.admitted !== undefined) {
        call.applicants = { admitted: r.admitted, requireNgoMark: r.requireNgoMark, ref: { point: '5' } }
      }
      if (r.activityAreas !== undefined) call.activities = { areas: r.activityAreas }
      if (r.costs !== undefined || r.period) {
        call.costs = {
          ...(r.costs ?? {}),
          ...(r.period ? { activityPeriod: { from: `${r.year}-05-01`, until: `${r.year}-11-30` } } : {}),
        }
      }
      return call
    })
}
