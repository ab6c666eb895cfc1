import { DecimalStringSchema, TraceSchema } from '@talka/core'
import { z } from 'zod'
import { ExpenseKindSchema } from './expense-kind.js'

// Result schemas: they describe exactly what the checks return (strict at every level), so the HTTP
// API documents its answers with them and a test parses real results with them. `canVolunteer`,
// `canHost` and `agreementRequirement` return a trace.v1 decision: core's `TraceSchema`.

// Amounts and quotas are core's exact decimal strings (one home for the number format).
const amount = DecimalStringSchema

/**
 * Zod schema (strict) of `ActivityClassification`, the result of `classifyActivity`.
 *
 * @example
 * ```ts
 * import { ActivityClassificationSchema, classifyActivity } from '@talka/volunteering'
 * ActivityClassificationSchema.parse(
 *   classifyActivity({ agreementFrom: '2024-08-01', agreementTo: '2024-09-30' }, { asOf: '2024-10-01' }),
 * )
 * ```
 */
export const ActivityClassificationSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      class: z.enum(['long-term', 'short-term', 'voluntary-service', 'not-applicable', 'unknown']),
      longTerm: z.boolean().nullable(),
      voluntaryService: z.boolean().nullable(),
      agreementDays: z
        .number()
        .int()
        .nullable()
        .meta({ description: 'Days of the agreement period, both ends included (null: open-ended)' }),
      decision: TraceSchema,
    })
    .meta({
      id: 'ActivityClassification',
      description: 'Result of `classifyActivity` (@talka/volunteering)',
    }))()

/**
 * Zod schema (strict) of `ReimbursableExpensesResult`, the result of `reimbursableExpenses`.
 *
 * @example
 * ```ts
 * import { ReimbursableExpensesResultSchema } from '@talka/volunteering'
 * ReimbursableExpensesResultSchema.shape.eligibleTotal
 * ```
 */
export const ReimbursableExpensesResultSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      claims: z.array(
        z.strictObject({
          index: z.number().int().nonnegative(),
          id: z.string().nullable(),
          date: z.string().meta({ description: 'The day of the expense whose rules were applied' }),
          kind: ExpenseKindSchema,
          claimed: amount,
          eligible: amount,
          outcome: z.enum(['yes', 'no', 'unknown']),
          decision: TraceSchema,
        }),
      ),
      claimedTotal: amount,
      eligibleTotal: amount.meta({ description: "Counts only the 'yes' claims" }),
      unknownTotal: amount.meta({ description: 'What the undetermined claims ask for' }),
      decision: TraceSchema,
    })
    .meta({
      id: 'ReimbursableExpensesResult',
      description: 'Result of `reimbursableExpenses` (@talka/volunteering)',
    }))()
