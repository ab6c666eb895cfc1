import { AmountSchema, LegalRefSchema, parseCents, parseScaledDecimal, rescale } from '@talka/core'
import { z } from 'zod'
import { callIssue } from './issue-messages.js'
import {
  CodeSchema,
  DateSchema,
  Decimal6Schema,
  LocalizedTextSchema,
  PolicyRefSchema,
  ScoreSchema,
  ShareSchema,
  SlugSchema,
  scoreText,
} from './primitives.js'

const Amount = AmountSchema()
const PositiveAmount = AmountSchema({ positive: true })

/** Exact value of a decimal text at `scale` decimals (the text is already known to be valid). */
const at = (text: string, scale: number): bigint => {
  const parsed = parseScaledDecimal(text)
  return parsed ? rescale(parsed, scale) : 0n
}
const cents = (text: string): number | undefined => {
  try {
    return parseCents(text)
  } catch {
    return undefined
  }
}

/**
 * Zod schema of the dates of a call: the date its rules are read as of (`asOf`), when it was announced,
 * and the submission period (both ends inclusive).
 *
 * @example
 * ```ts
 * import { CallDatesSchema } from '@talka/calls'
 * CallDatesSchema.parse({ submissionFrom: '2021-06-18', submissionUntil: '2021-07-09' })
 * ```
 */
export const CallDatesSchema = z
  .strictObject({
    asOf: DateSchema.optional().meta({ description: "The date the call's rules are read as of" }),
    announced: DateSchema.optional().meta({ description: 'The day the call was announced' }),
    submissionFrom: DateSchema.optional().meta({ description: 'First day applications are accepted' }),
    submissionUntil: DateSchema.optional().meta({ description: 'Last day applications are accepted' }),
    ref: PolicyRefSchema.optional(),
  })
  .superRefine((dates, ctx) => {
    const { submissionFrom: from, submissionUntil: until } = dates
    if (from && until && from > until) {
      ctx.addIssue({
        code: 'custom',
        path: ['submissionUntil'],
        ...callIssue('submission-until-before-from'),
      })
    }
  })

/**
 * Zod schema of one eldership envelope (seniūnijos lėšos): its amount and its own minimum and maximum per
 * project, as the extended elders' assembly set them (Kėdainiai district 2020: Dotnuva eldership, maximum
 * EUR 2,000, minimum EUR 200, envelope EUR 2,925).
 *
 * @example
 * ```ts
 * import { EnvelopeSchema } from '@talka/calls'
 * EnvelopeSchema.parse({ id: 'dotnuva', name: { lt: 'Dotnuvos seniūnija', en: 'Dotnuva eldership' },
 *   amount: '2925.00', minPerProject: '200.00', maxPerProject: '2000.00' })
 * ```
 */
export const EnvelopeSchema = z
  .strictObject({
    id: SlugSchema,
    name: LocalizedTextSchema,
    amount: PositiveAmount.meta({ description: "The envelope's money for this call, EUR" }),
    minPerProject: Amount.meta({ description: 'Smallest amount per project in this envelope, EUR' }),
    maxPerProject: PositiveAmount.meta({ description: 'Largest amount per project in this envelope, EUR' }),
    activityAreas: z.array(CodeSchema).min(1).max(50).optional().meta({
      description: "Activity areas this envelope funds (the extended elders' assembly's choice)",
    }),
    ref: PolicyRefSchema.optional(),
  })
  .superRefine((envelope, ctx) => {
    const min = cents(envelope.minPerProject)
    const max = cents(envelope.maxPerProject)
    const amount = cents(envelope.amount)
    if (min !== undefined && max !== undefined && min > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxPerProject'],
        ...callIssue('max-below-min'),
      })
    }
    if (max !== undefined && amount !== undefined && max > amount) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxPerProject'],
        ...callIssue('max-above-envelope'),
      })
    }
  })

/**
 * Zod schema of a call's budget: one `total`, or eldership `envelopes` (each with its own amount, minimum
 * and maximum) with what happens to an envelope's unspent money (`returned`, or `pooled` for the rest of
 * the call). `unspent` is optional: where the call is silent, {@link missingPolicies} names it.
 *
 * @example
 * ```ts
 * import { CallBudgetSchema } from '@talka/calls'
 * CallBudgetSchema.parse({ kind: 'total', amount: '27372.00' })
 * ```
 */
export const CallBudgetSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('total'),
    amount: PositiveAmount.meta({ description: "The call's budget, EUR" }),
    ref: PolicyRefSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('envelopes'),
    envelopes: z
      .array(EnvelopeSchema)
      .min(1)
      .max(200)
      .superRefine((envelopes, ctx) => {
        const seen = new Set<string>()
        envelopes.forEach((e, i) => {
          if (seen.has(e.id))
            ctx.addIssue({ code: 'custom', path: [i, 'id'], ...callIssue('duplicate-envelope') })
          seen.add(e.id)
        })
      }),
    unspent: z
      .enum(['returned', 'pooled'])
      .optional()
      .meta({ description: "What happens to an envelope's unspent money" }),
    ref: PolicyRefSchema.optional(),
  }),
])

/**
 * Zod schema of the amounts per project: minimum and maximum (for a call with envelopes these are set per
 * envelope and must be left out here) and what happens to a request over the maximum: `cap` (funded at the
 * maximum, as published decisions do: a request of EUR 5,250.63 granted 3,000.00) or `reject`.
 *
 * @example
 * ```ts
 * import { CallAmountsSchema } from '@talka/calls'
 * CallAmountsSchema.parse({ minPerProject: '750.00', maxPerProject: '1479.00', ref: { point: '42' } })
 * ```
 */
export const CallAmountsSchema = z
  .strictObject({
    minPerProject: Amount.optional().meta({ description: 'Smallest amount per project, EUR' }),
    maxPerProject: PositiveAmount.optional().meta({ description: 'Largest amount per project, EUR' }),
    overMaximum: z
      .enum(['cap', 'reject'])
      .optional()
      .meta({ description: 'A request over the maximum: capped at the maximum, or rejected' }),
    ref: PolicyRefSchema.optional(),
  })
  .superRefine((amounts, ctx) => {
    const min = amounts.minPerProject === undefined ? undefined : cents(amounts.minPerProject)
    const max = amounts.maxPerProject === undefined ? undefined : cents(amounts.maxPerProject)
    if (min !== undefined && max !== undefined && min > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxPerProject'],
        ...callIssue('max-below-min'),
      })
    }
  })

/**
 * Zod schema of who may apply:
 * - `community-organisations`: community organisations only;
 * - `community-organisations-then-ngos`: NGOs and religious communities only when no community organisation
 *   of the territory applied (Šakiai 2024 point 45, Pagėgiai 2022 point 42);
 * - `ngos-and-religious-communities`: a repeat call that excludes community organisations (Prienai district
 *   2021, point 42: "Bendruomeninės organizacijos šiame etape paraiškų teikti nebegali");
 * - `traditional-religious-communities`: traditional religious communities only;
 * - `open`: community organisations, NGOs and religious communities alike (Kaunas district 2018).
 *
 * `requireNgoMark`: the applicant must hold the NGO mark in the Register of Legal Entities (Vilnius 2024).
 *
 * @example
 * ```ts
 * import { CallApplicantsSchema } from '@talka/calls'
 * CallApplicantsSchema.parse({ admitted: 'ngos-and-religious-communities', ref: { point: '42' } })
 * ```
 */
export const CallApplicantsSchema = z.strictObject({
  admitted: z
    .enum([
      'community-organisations',
      'community-organisations-then-ngos',
      'ngos-and-religious-communities',
      'traditional-religious-communities',
      'open',
    ])
    .meta({ description: 'Who may apply' }),
  requireNgoMark: z
    .boolean()
    .optional()
    .meta({ description: 'The applicant must hold the NGO mark in the Register of Legal Entities' }),
  ref: PolicyRefSchema.optional(),
})

/**
 * Zod schema of a cap on one cost category: a share of the grant (`maxShare`, strictly between 0 and 1)
 * and/or an amount (`maxAmount`), with the point that sets it.
 *
 * @example
 * ```ts
 * import { CostCapSchema } from '@talka/calls'
 * CostCapSchema.parse({ category: 'long-term-tangible-assets', maxShare: '0.2' })
 * ```
 */
export const CostCapSchema = z
  .strictObject({
    category: CodeSchema,
    maxShare: ShareSchema.optional().meta({
      description: 'Largest share of the grant this category may take',
    }),
    maxAmount: Amount.optional().meta({ description: 'Largest amount for this category, EUR' }),
    ref: PolicyRefSchema.optional(),
  })
  .refine((cap) => cap.maxShare !== undefined || cap.maxAmount !== undefined, {
    ...callIssue('cap-needs-limit'),
    path: ['maxShare'],
  })

/**
 * Zod schema of a call's cost rules: eligible categories (if listed, any other is ineligible), ineligible
 * categories, caps (their shares add up to less than 1) and the period the activities must fall in.
 *
 * @example
 * ```ts
 * import { CallCostsSchema } from '@talka/calls'
 * CallCostsSchema.parse({ ineligibleCategories: ['alcohol'], activityPeriod: { from: '2024-05-01', until: '2024-11-30' } })
 * ```
 */
export const CallCostsSchema = z
  .strictObject({
    eligibleCategories: z.array(CodeSchema).max(200).optional(),
    ineligibleCategories: z.array(CodeSchema).max(200).optional(),
    caps: z.array(CostCapSchema).max(50).optional(),
    activityPeriod: z
      .strictObject({ from: DateSchema, until: DateSchema })
      .refine((p) => p.from <= p.until, { ...callIssue('period-until-before-from'), path: ['until'] })
      .optional()
      .meta({ description: 'Activities must take place within these dates (inclusive)' }),
    ref: PolicyRefSchema.optional(),
  })
  .superRefine((costs, ctx) => {
    const seen = new Set<string>()
    let total = 0n
    ;(costs.caps ?? []).forEach((cap, i) => {
      if (seen.has(cap.category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['caps', i, 'category'],
          ...callIssue('duplicate-cap-category'),
        })
      }
      seen.add(cap.category)
      if (cap.maxShare) total += at(cap.maxShare, 10)
    })
    if (total >= 10n ** 10n) {
      ctx.addIssue({
        code: 'custom',
        path: ['caps'],
        ...callIssue('caps-share-total'),
      })
    }
  })

/**
 * Zod schema of the activities a call funds (area codes, e.g. the 2022 pilot's six thematic areas).
 *
 * @example
 * ```ts
 * import { CallActivitiesSchema } from '@talka/calls'
 * CallActivitiesSchema.parse({ areas: ['cohesion', 'public-spaces'] })
 * ```
 */
export const CallActivitiesSchema = z.strictObject({
  areas: z.array(CodeSchema).min(1).max(50).meta({ description: 'Activity areas the call funds (codes)' }),
  ref: PolicyRefSchema.optional(),
})

/**
 * Zod schema of one scoring criterion: id, lt/en title, point range ("Balų ribos"), weight (`"1"` where
 * the call does not weight), and the optional per-criterion minimum score ("not funded: criterion below
 * its minimum", as Horizon Europe's threshold of 3 of 5).
 *
 * @example
 * ```ts
 * import { CriterionSchema } from '@talka/calls'
 * CriterionSchema.parse({ id: 'relevance', title: { lt: 'Aktualumas', en: 'Relevance' }, min: 0, max: 5, weight: '1', minimumScore: 3 })
 * ```
 */
export const CriterionSchema = z
  .strictObject({
    id: SlugSchema,
    title: LocalizedTextSchema,
    min: ScoreSchema.meta({ description: 'Lowest score of the range' }),
    max: ScoreSchema.meta({ description: 'Highest score of the range' }),
    weight: Decimal6Schema.refine((w) => at(w, 6) > 0n, callIssue('weight-above-zero')).meta({
      description: 'Weight of the criterion in the total ("1" where the call does not weight)',
    }),
    minimumScore: ScoreSchema.optional().meta({ description: 'Least score on this criterion to be funded' }),
    ref: PolicyRefSchema.optional(),
  })
  .superRefine((c, ctx) => {
    const min = scoreText(c.min)
    const max = scoreText(c.max)
    if (min === undefined || max === undefined) return
    if (at(max, 2) <= at(min, 2))
      ctx.addIssue({ code: 'custom', path: ['max'], ...callIssue('criterion-max-above-min') })
    const minimum = c.minimumScore === undefined ? undefined : scoreText(c.minimumScore)
    if (minimum !== undefined && (at(minimum, 2) < at(min, 2) || at(minimum, 2) > at(max, 2))) {
      ctx.addIssue({
        code: 'custom',
        path: ['minimumScore'],
        ...callIssue('minimum-score-outside'),
      })
    }
  })

/**
 * Zod schema of the pass mark: the least average score a project needs to be funded (2022 pilot
 * description, point 28: "nesurinko … minimalaus balų skaičiaus").
 *
 * @example
 * ```ts
 * import { PassMarkSchema } from '@talka/calls'
 * PassMarkSchema.parse({ score: 60, ref: { point: '28' } })
 * ```
 */
export const PassMarkSchema = z.strictObject({
  score: ScoreSchema.meta({ description: 'Least average score to be funded' }),
  ref: PolicyRefSchema.optional(),
})

/**
 * Zod schema of the evaluator-divergence rule: when the first `initialEvaluators` totals differ by more than
 * `maxDifference` (points, or percent of the maximum total) a further evaluator scores the application, and
 * the final score is the average of the two closest or of all. A call without it has no such rule.
 *
 * @example
 * ```ts
 * import { DivergenceSchema } from '@talka/calls'
 * DivergenceSchema.parse({ maxDifference: '30', unit: 'percent-of-maximum', resolve: 'average-of-closest-two', initialEvaluators: 2 })
 * ```
 */
export const DivergenceSchema = z
  .strictObject({
    maxDifference: Decimal6Schema.meta({
      description: 'Largest difference between totals without a further evaluator',
    }),
    unit: z.enum(['points', 'percent-of-maximum']),
    resolve: z.enum(['average-of-closest-two', 'average-all']),
    initialEvaluators: z.number().int().min(2).max(10),
    ref: PolicyRefSchema.optional(),
  })
  .refine((d) => d.unit !== 'percent-of-maximum' || at(d.maxDifference, 6) <= 100_000_000n, {
    ...callIssue('percentage-at-most-hundred'),
    path: ['maxDifference'],
  })

/**
 * Zod schema of one tie-break key: `'criterion:<id>'` (higher score on that criterion first),
 * `'submittedAt'` (earlier submission first) or `{ lot: { seed } }` (a seeded draw; must be last).
 *
 * @example
 * ```ts
 * import { TieKeySchema } from '@talka/calls'
 * TieKeySchema.parse({ lot: { seed: 'protocol-2024-04-20' } })
 * ```
 */
export const TieKeySchema = z.union([
  z.literal('submittedAt'),
  z.templateLiteral(['criterion:', z.string().min(1).max(100)]),
  z.strictObject({ lot: z.strictObject({ seed: z.string().min(1).max(200) }) }),
])

/**
 * Zod schema of what happens to projects tied at the budget line: `report` (not broken; the result names
 * the tie group), `split-equally` / `split-proportionally` (the remainder shared between them),
 * `{ lot: { seed } }` (a seeded draw) or `{ keys: [...] }` (tie-break keys in order).
 *
 * @example
 * ```ts
 * import { TiesAtBudgetLineSchema } from '@talka/calls'
 * TiesAtBudgetLineSchema.parse({ keys: ['criterion:relevance', 'submittedAt'] })
 * ```
 */
export const TiesAtBudgetLineSchema = z.union([
  z.enum(['report', 'split-equally', 'split-proportionally']),
  z.strictObject({ lot: z.strictObject({ seed: z.string().min(1).max(200) }) }),
  z.strictObject({ keys: z.array(TieKeySchema).min(1).max(20) }),
])

/**
 * Zod schema of the funding order: `strict` (down the list; the first project that does not fit ends the
 * funding, apart from the last-project policy) or `skip-ahead` (a smaller project further down may be funded).
 *
 * @example
 * ```ts
 * import { FundingOrderSchema } from '@talka/calls'
 * FundingOrderSchema.parse({ order: 'strict' })
 * ```
 */
export const FundingOrderSchema = z.strictObject({
  order: z.enum(['strict', 'skip-ahead']),
  ref: PolicyRefSchema.optional(),
})

/**
 * Zod schema of the last-project policy: the next project that does not fit is offered the remainder if
 * it is at least the minimum per project (`offer-remainder-if-at-least-minimum`; Tauragė 2022: last project
 * EUR 1,442.05), is funded partially whatever the remainder (`fund-partially`), or goes to the reserve list
 * (`reserve`).
 *
 * @example
 * ```ts
 * import { LastProjectSchema } from '@talka/calls'
 * LastProjectSchema.parse({ policy: 'offer-remainder-if-at-least-minimum' })
 * ```
 */
export const LastProjectSchema = z.strictObject({
  policy: z.enum(['offer-remainder-if-at-least-minimum', 'fund-partially', 'reserve']),
  ref: PolicyRefSchema.optional(),
})

/**
 * Zod schema of the reserve policy: whether a reserve list is kept (rank order, money declined or returned
 * goes down it) and whether its rows carry a proposed amount (Kėdainiai 2024: "Siūloma skirti … suma").
 *
 * @example
 * ```ts
 * import { ReservePolicySchema } from '@talka/calls'
 * ReservePolicySchema.parse({ list: true, proposedAmount: true, ref: { point: '40' } })
 * ```
 */
export const ReservePolicySchema = z
  .strictObject({
    list: z.boolean().meta({ description: 'A reserve list is kept' }),
    proposedAmount: z.boolean().meta({ description: 'Reserve rows carry a proposed amount' }),
    ref: PolicyRefSchema.optional(),
  })
  .refine((r) => r.list || !r.proposedAmount, {
    ...callIssue('proposed-needs-reserve'),
    path: ['proposedAmount'],
  })

/**
 * Zod schema of the evaluation part of a call: criteria, pass mark, divergence, ties at the budget line,
 * funding order, last project and reserve list, each optional with its own reference (`ref`, or
 * `tiesAtBudgetLineRef` / `formalCheckRef` beside a plain value). `ref` is the description's scoring section.
 *
 * @example
 * ```ts
 * import { CallEvaluationSchema } from '@talka/calls'
 * CallEvaluationSchema.parse({ passMark: { score: 60 }, tiesAtBudgetLine: 'split-equally' })
 * ```
 */
export const CallEvaluationSchema = z
  .strictObject({
    criteria: z
      .array(CriterionSchema)
      .min(1)
      .max(100)
      .optional()
      .meta({ description: 'Scoring criteria with their ranges and weights' }),
    ref: PolicyRefSchema.optional(),
    passMark: PassMarkSchema.optional(),
    divergence: DivergenceSchema.optional(),
    tiesAtBudgetLine: TiesAtBudgetLineSchema.optional(),
    tiesAtBudgetLineRef: PolicyRefSchema.optional(),
    fundingOrder: FundingOrderSchema.optional(),
    lastProject: LastProjectSchema.optional(),
    reserve: ReservePolicySchema.optional(),
    formalCheckRef: PolicyRefSchema.optional(),
  })
  .superRefine((evaluation, ctx) => {
    const criteria = evaluation.criteria ?? []
    const ids = new Set<string>()
    let low = 0n
    let high = 0n
    criteria.forEach((c, i) => {
      if (ids.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], ...callIssue('duplicate-criterion') })
      ids.add(c.id)
      const min = scoreText(c.min)
      const max = scoreText(c.max)
      if (min !== undefined && max !== undefined) {
        low += at(min, 2) * at(c.weight, 6)
        high += at(max, 2) * at(c.weight, 6)
      }
    })
    const pass = evaluation.passMark ? scoreText(evaluation.passMark.score) : undefined
    if (pass !== undefined && criteria.length > 0) {
      const mark = at(pass, 8)
      if (mark < low || mark > high) {
        ctx.addIssue({
          code: 'custom',
          path: ['passMark', 'score'],
          ...callIssue('pass-mark-outside'),
        })
      }
    }
    const ties = evaluation.tiesAtBudgetLine
    if (ties && typeof ties === 'object' && 'keys' in ties) {
      const seen = new Set<string>()
      ties.keys.forEach((key, i) => {
        const path = ['tiesAtBudgetLine', 'keys', i]
        const name = typeof key === 'string' ? key : 'lot'
        if (seen.has(name)) ctx.addIssue({ code: 'custom', path, ...callIssue('duplicate-tie-key') })
        seen.add(name)
        if (typeof key !== 'string' && i !== ties.keys.length - 1) {
          ctx.addIssue({ code: 'custom', path, ...callIssue('lot-last') })
        }
        if (typeof key === 'string' && key.startsWith('criterion:') && !ids.has(key.slice(10))) {
          ctx.addIssue({ code: 'custom', path, ...callIssue('unknown-tie-criterion') })
        }
      })
    }
  })

/**
 * Zod schema of a municipal call (call.v1): what the municipality's call description states, each part with
 * the point of the description that states it. Only `id`, `name`, `municipality`, `year`, `model` and `ref`
 * are required; every policy the call is silent on is left out (no invented defaults) and
 * {@link missingPolicies} names the ones that matter. Every object is strict: a misspelt key is an error
 * with its path.
 *
 * @example
 * ```ts
 * import { CallSchema } from '@talka/calls'
 * CallSchema.parse({
 *   id: 'example-2025', name: { lt: 'Kvietimas', en: 'Call' },
 *   municipality: { name: 'Pavyzdžių rajono savivaldybė' }, year: 2025, model: 'standard',
 *   ref: { act: 'Aprašas', url: 'https://e-tar.lt/' },
 * })
 * ```
 */
export const CallSchema = z
  .strictObject({
    id: SlugSchema.meta({ description: 'Identifier of the call, e.g. "prienai-district-2021-repeat"' }),
    name: LocalizedTextSchema,
    municipality: z.strictObject({
      name: z
        .string()
        .min(1)
        .max(200)
        .meta({ description: 'Official name, e.g. "Prienų rajono savivaldybė"' }),
      code: z.string().min(1).max(20).optional().meta({ description: 'Municipality code' }),
    }),
    eldership: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'The eldership (seniūnija) when this call covers one eldership only' }),
    year: z.number().int().min(2017).max(2100).meta({ description: 'Budget year N of the call' }),
    model: z
      .enum(['standard', 'pilot'])
      .meta({ description: 'Standard model or pilot model of the measure' }),
    ref: LegalRefSchema.meta({ description: "The call's description (or the act that states the call)" }),
    dates: CallDatesSchema.optional(),
    budget: CallBudgetSchema.optional(),
    amounts: CallAmountsSchema.optional(),
    applicants: CallApplicantsSchema.optional(),
    activities: CallActivitiesSchema.optional(),
    costs: CallCostsSchema.optional(),
    evaluation: CallEvaluationSchema.optional(),
    notes: LocalizedTextSchema.optional().meta({
      description: 'What the call states that the schema does not model',
    }),
  })
  .superRefine((call, ctx) => {
    if (call.budget?.kind === 'envelopes' && call.amounts) {
      for (const key of ['minPerProject', 'maxPerProject'] as const) {
        if (call.amounts[key] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['amounts', key],
            ...callIssue(
              key === 'minPerProject' ? 'envelopes-min-per-envelope' : 'envelopes-max-per-envelope',
            ),
          })
        }
      }
    }
    if (call.budget?.kind === 'total' && call.amounts?.minPerProject !== undefined) {
      const budget = cents(call.budget.amount)
      const min = cents(call.amounts.minPerProject)
      if (budget !== undefined && min !== undefined && min > budget) {
        ctx.addIssue({
          code: 'custom',
          path: ['amounts', 'minPerProject'],
          ...callIssue('min-above-budget'),
        })
      }
    }
    const activity = call.costs?.activityPeriod
    if (
      activity &&
      (Number(activity.from.slice(0, 4)) > call.year || Number(activity.until.slice(0, 4)) < call.year)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['costs', 'activityPeriod'],
        ...callIssue('activity-outside-year'),
      })
    }
  })
  .meta({ id: 'Call', title: 'Talka call.v1', description: "A municipality's call as one document" })

/**
 * A municipal call (call.v1), the output of {@link CallSchema}.
 *
 * @example
 * ```ts
 * import { calls, type Call } from '@talka/calls'
 * const call: Call = calls['prienai-district-2021-repeat']
 * ```
 */
export type Call = z.output<typeof CallSchema>

/**
 * A call as written in JSON, before parsing (the input of {@link CallSchema}).
 *
 * @example
 * ```ts
 * import type { CallInput } from '@talka/calls'
 * const input: CallInput = JSON.parse('{"id":"x"}')
 * ```
 */
export type CallInput = z.input<typeof CallSchema>
