import { AmountSchema, decimalsOf, isDecimalString, LegalRefSchema, LocalizedSchema } from '@talka/core'
import { z } from 'zod'
import { scoreHundredths } from './score-hundredths.js'

const MAX_DECIMALS = 6

/**
 * Zod schema of a non-negative decimal string with at most six decimals (`'60'`, `'0.5'`), used for the
 * pass mark, weights and the divergence threshold.
 *
 * @example
 * ```ts
 * import { ScoreDecimalSchema } from '@talka/evaluation'
 * ScoreDecimalSchema.parse('60.5') // '60.5'
 * ```
 */
export const ScoreDecimalSchema = z
  .string()
  .refine((s) => isDecimalString(s) && decimalsOf(s) <= MAX_DECIMALS, {
    message: 'Expected a non-negative decimal string with at most 6 decimals, e.g. "60" or "0.5"',
  })
  .meta({ description: 'Non-negative decimal string (at most 6 decimals)', examples: ['60', '0.5'] })

// A criterion id is also a key of every evaluation's scores: `__proto__` cannot be one (zod's records drop
// that key, so such a criterion could never be scored).
const CriterionIdSchema = z
  .string()
  .min(1)
  .refine((s) => s !== '__proto__', { message: 'Expected an id other than "__proto__"' })

// Amounts are core's (one schema, one range): non-negative, at most two decimals.
const MoneySchema = AmountSchema()
const PositiveAmountSchema = AmountSchema({ positive: true })

/**
 * Zod schema of a score or a score limit: a non-negative number or decimal string with at most two
 * decimals (`25`, `12.5`, `'7.25'`).
 *
 * @example
 * ```ts
 * import { ScoreValueSchema } from '@talka/evaluation'
 * ScoreValueSchema.safeParse(12.345).success // false
 * ```
 */
export const ScoreValueSchema = z
  .union([z.number(), z.string()])
  .refine((v) => scoreHundredths(v) !== null, {
    message: 'Expected a non-negative score with at most 2 decimals',
  })
  .meta({ description: 'Score: non-negative number or decimal string, at most 2 decimals', examples: [25] })

/**
 * Zod schema of one scoring criterion: its id, point range ("Balų ribos", `min` defaults to 0) and optional
 * weight (a decimal string; criteria without a weight count once).
 *
 * @example
 * ```ts
 * import { CriterionSchema } from '@talka/evaluation'
 * CriterionSchema.parse({ id: 'relevance', max: 30, weight: '1' })
 * ```
 */
export const CriterionSchema = z.strictObject({
  id: CriterionIdSchema,
  max: ScoreValueSchema.refine(
    (v) => (scoreHundredths(v) ?? 0) > 0 && (scoreHundredths(v) ?? 0) <= 100_000_000,
    {
      message: 'Expected a maximum above 0 and at most 1000000',
    },
  ),
  min: ScoreValueSchema.optional(),
  weight: ScoreDecimalSchema.refine((s) => /[1-9]/.test(s), {
    message: 'Expected a weight above zero',
  }).optional(),
  title: LocalizedSchema.strict().optional(),
})

/**
 * Zod schema of the call's evaluator-divergence rule: when the first `initialEvaluators` (default 2) totals
 * differ by more than `maxDifference` (points, or percent of the maximum total), the application waits for a
 * further evaluation; once it is there, the final score follows `resolve`.
 *
 * @example
 * ```ts
 * import { DivergenceSchema } from '@talka/evaluation'
 * DivergenceSchema.parse({ maxDifference: '15', resolve: 'average-of-closest-two' })
 * ```
 */
export const DivergenceSchema = z.strictObject({
  maxDifference: ScoreDecimalSchema,
  unit: z.enum(['points', 'percent-of-maximum']).optional(),
  resolve: z.enum(['average-of-closest-two', 'average-all']),
  initialEvaluators: z.number().int().min(2).max(10).optional(),
})

/**
 * Zod schema of one tie-break key: `'criterion:<id>'` (higher average score on that criterion first),
 * `'submittedAt'` (earlier submission first) or `{ policy: 'lot', seed }` (a seeded draw; must be last).
 *
 * @example
 * ```ts
 * import { TieBreakKeySchema } from '@talka/evaluation'
 * TieBreakKeySchema.parse({ policy: 'lot', seed: 'protocol-2024-04-20' })
 * ```
 */
export const TieBreakKeySchema = z.union([
  z.literal('submittedAt'),
  z.templateLiteral(['criterion:', z.string().min(1)]),
  z.strictObject({ policy: z.literal('lot'), seed: z.string().min(1) }),
])

/**
 * Zod schema of the call's own legal references per rule, which replace the package's default citations in
 * the reasons (e.g. the municipality's description point that sets the pass mark).
 *
 * @example
 * ```ts
 * import { CallLegalRefsSchema } from '@talka/evaluation'
 * CallLegalRefsSchema.parse({ passMark: { act: 'Aprašas', point: '28', url: 'https://e-tar.lt/' } })
 * ```
 */
export const CallLegalRefsSchema = z.strictObject({
  scoring: LegalRefSchema.optional(),
  passMark: LegalRefSchema.optional(),
  divergence: LegalRefSchema.optional(),
  formalCheck: LegalRefSchema.optional(),
  cutOff: LegalRefSchema.optional(),
  lastProject: LegalRefSchema.optional(),
  reserve: LegalRefSchema.optional(),
  ties: LegalRefSchema.optional(),
})

/**
 * Zod schema of a call for proposals as the ranking needs it: budget, per-project minimum and maximum,
 * pass mark (minimum average score), criteria, the optional divergence rule, the last-project policy, the
 * optional tie-break and the funding order. Cross-field rules (minimum ≤ maximum, known criterion ids in
 * the tie-break, …) are checked by {@link RankApplicationsInputSchema}.
 *
 * @example
 * ```ts
 * import { CallSchema } from '@talka/evaluation'
 * CallSchema.parse({
 *   budget: '27372.00', minPerProject: '1000.00', maxPerProject: '3000.00', passMark: '60',
 *   criteria: [{ id: 'relevance', max: 30 }], lastProject: 'offer-remainder-if-at-least-minimum',
 * })
 * ```
 */
export const CallSchema = z
  .strictObject({
    name: z.string().optional(),
    budget: MoneySchema,
    minPerProject: MoneySchema.optional(),
    maxPerProject: PositiveAmountSchema.optional(),
    passMark: ScoreDecimalSchema.optional(),
    criteria: z.array(CriterionSchema).min(1).max(100),
    divergence: DivergenceSchema.optional(),
    lastProject: z.enum(['offer-remainder-if-at-least-minimum', 'reserve']),
    tieBreak: z.array(TieBreakKeySchema).optional(),
    fundingOrder: z.enum(['strict', 'skip-ahead']).optional(),
    legalRefs: CallLegalRefsSchema.optional(),
  })
  .meta({
    id: 'talka-evaluation.Call',
    description: 'Call parameters for scoring, ranking and the budget cut-off',
  })

/**
 * A call for proposals (the input form of {@link CallSchema}).
 *
 * @example
 * ```ts
 * import type { Call } from '@talka/evaluation'
 * const call: Call = { budget: '10000.00', maxPerProject: '3000.00', passMark: '60',
 *   criteria: [{ id: 'relevance', max: 100 }], lastProject: 'reserve' }
 * ```
 */
export type Call = z.input<typeof CallSchema>

/**
 * One scoring criterion of a {@link Call}.
 *
 * @example
 * ```ts
 * import type { Criterion } from '@talka/evaluation'
 * const c: Criterion = { id: 'budget', max: 20, weight: '0.5' }
 * ```
 */
export type Criterion = z.input<typeof CriterionSchema>

/**
 * The divergence rule of a {@link Call}.
 *
 * @example
 * ```ts
 * import type { DivergenceRule } from '@talka/evaluation'
 * const rule: DivergenceRule = { maxDifference: '30', unit: 'percent-of-maximum', resolve: 'average-all' }
 * ```
 */
export type DivergenceRule = z.input<typeof DivergenceSchema>

/**
 * One tie-break key of a {@link Call}.
 *
 * @example
 * ```ts
 * import type { TieBreakKey } from '@talka/evaluation'
 * const keys: TieBreakKey[] = ['criterion:relevance', 'submittedAt', { policy: 'lot', seed: '2024-04-20/3' }]
 * ```
 */
export type TieBreakKey = z.input<typeof TieBreakKeySchema>
