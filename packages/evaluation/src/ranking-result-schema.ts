import { DecimalStringSchema, LegalRefSchema, TraceReasonSchema, TraceSchema } from '@talka/core'
import { z } from 'zod'
import { EVALUATION_DECISIONS } from './ranking-result.js'

// The result schema of rankApplications: it describes exactly what the function returns (strict at
// every level), so the HTTP API documents its answer with it and a test parses real results with it.

// Amounts and quotas are core's exact decimal strings (one home for the number format).
const amount = DecimalStringSchema

const DecisionSchema = /* @__PURE__ */ (() => z.enum(EVALUATION_DECISIONS))()

const RankingRowSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: z.string(),
      applicant: z.string().nullable(),
      title: z.string().nullable(),
      requested: amount,
      eligibleAmount: amount.nullable(),
      envelope: z
        .string()
        .nullable()
        .meta({ description: 'The eldership envelope (null: one total budget)' }),
      totals: z.array(z.strictObject({ evaluator: z.string(), total: z.string() })),
      average: z.string().nullable().meta({ description: 'The final score, exact up to 12 decimals' }),
      averageDisplay: z.string().nullable().meta({ description: 'The one-decimal form of the summaries' }),
      averageFraction: z.strictObject({ numerator: z.string(), denominator: z.string() }).nullable(),
      usedEvaluators: z.array(z.string()).nullable(),
      passed: z.boolean().nullable(),
      rank: z.number().int().positive().nullable(),
      decision: DecisionSchema,
      amount: amount.nullable(),
      proposedAmount: amount.nullable(),
      tieGroup: z.array(z.string()).nullable(),
      reasons: z.array(TraceReasonSchema),
    })
    .meta({ id: 'RankingRow' }))()

const SummaryRowSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    registrationNumber: z.string(),
    applicant: z.string().nullable(),
    title: z.string().nullable(),
    evaluatorTotals: z.record(z.string(), z.string()),
    average: z.string().nullable(),
    rank: z.number().int().positive().nullable(),
    decision: DecisionSchema,
    amount: amount.nullable(),
    reason: z.string(),
  }))()

/**
 * Zod schema (strict) of the evaluation summary (`EvaluationSummary`, suvestinė) of a ranking.
 *
 * @example
 * ```ts
 * import { EvaluationSummarySchema } from '@talka/evaluation'
 * EvaluationSummarySchema.shape.counts
 * ```
 */
export const EvaluationSummarySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      callName: z.string().nullable(),
      lang: z.enum(['lt', 'en']),
      evaluators: z.array(z.string()),
      rows: z.array(SummaryRowSchema),
      totals: z.strictObject({
        budget: amount,
        funded: amount,
        remaining: amount,
        minPerProject: amount.nullable(),
        maxPerProject: amount.nullable(),
        passMark: z.string().nullable(),
      }),
      counts: z.strictObject(
        Object.fromEntries(
          EVALUATION_DECISIONS.map((decision) => [decision, z.number().int().nonnegative()]),
        ) as Record<(typeof EVALUATION_DECISIONS)[number], z.ZodNumber>,
      ),
    })
    .meta({
      id: 'EvaluationSummary',
      description: 'The evaluation summary (paraiškų vertinimo suvestinė)',
    }))()

/**
 * Zod schema (strict) of `RankingFunding`: the money after the cut-off and the call's funding policies.
 *
 * @example
 * ```ts
 * import { RankingFundingSchema } from '@talka/evaluation'
 * RankingFundingSchema.shape.pools
 * ```
 */
export const RankingFundingSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      callId: z.string(),
      pools: z.array(
        z.strictObject({
          envelope: z.string().nullable(),
          budget: amount,
          funded: amount,
          remaining: amount,
          minPerProject: amount.nullable(),
          maxPerProject: amount.nullable(),
        }),
      ),
      pooled: z.strictObject({ leftover: amount, funded: amount, remaining: amount }).nullable(),
      unspent: z.enum(['returned', 'pooled']).nullable(),
      lastProject: z.enum(['offer-remainder-if-at-least-minimum', 'fund-partially', 'reserve']).nullable(),
      fundingOrder: z.enum(['strict', 'skip-ahead']).nullable(),
      tiesAtBudgetLine: z.enum(['report', 'split-equally', 'split-proportionally', 'keys']).nullable(),
      reserve: z.strictObject({ list: z.boolean(), proposedAmount: z.boolean() }).nullable(),
      refs: z.strictObject({ reserve: LegalRefSchema, lastProject: LegalRefSchema, ties: LegalRefSchema }),
      missingPolicies: z.array(z.string()),
    })
    .meta({ id: 'RankingFunding' }))()

/**
 * Zod schema (strict) of `RankingResult`, the result of `rankApplications`: rows in rank order, the
 * summary, the trace.v1 decision and the funding state.
 *
 * @example
 * ```ts
 * import { RankingResultSchema } from '@talka/evaluation'
 * declare const json: unknown
 * const result = RankingResultSchema.parse(json)
 * result.rows.filter((row) => row.decision === 'funded')
 * ```
 */
export const RankingResultSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      rows: z.array(RankingRowSchema).meta({ description: 'In rank order' }),
      summary: EvaluationSummarySchema,
      trace: TraceSchema,
      funding: RankingFundingSchema,
    })
    .meta({ id: 'RankingResult', description: 'Result of `rankApplications` (@talka/evaluation)' }))()
