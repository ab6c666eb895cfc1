import { AmountSchema, type Decision, TraceReasonSchema, TraceV1Schema } from '@talka/core'
import { z } from 'zod'
import { ScoresSchema } from './score-value.js'
import { isSubmittedAt } from './submitted-at.js'

/**
 * Zod schema of one expert evaluation: the evaluator's id, a score per criterion id and, optionally, the
 * written justification (pagrindimas) per criterion.
 *
 * @example
 * ```ts
 * import { EvaluationSchema } from '@talka/evaluation'
 * EvaluationSchema.parse({ evaluator: 'E1', scores: { relevance: 25 }, justification: { relevance: 'Aiški problema' } })
 * ```
 */
export const EvaluationSchema = z.strictObject({
  evaluator: z.string().min(1),
  // zod's records skip a `__proto__` key (it never reaches the output), so it cannot pollute anything.
  scores: ScoresSchema,
  justification: z.record(z.string(), z.string()).optional(),
})

const FORMAL_OUTCOMES = ['eligible', 'ineligible', 'undetermined'] as const

// core's trace.v1 schema, made strict at every level (an input must not carry keys nobody reads). It is
// derived from core's shapes, not copied; core should offer this strict form itself.
const StrictReasonSchema = TraceReasonSchema.extend({
  message: TraceReasonSchema.shape.message.strict(),
}).strict()
const StrictTraceSchema = TraceV1Schema.extend({
  reasons: z.array(StrictReasonSchema),
  producer: TraceV1Schema.shape.producer.strict(),
  ruleSet: TraceV1Schema.shape.ruleSet.unwrap().strict().optional(),
}).strict()

/**
 * Zod schema of the formal-check verdict an application may carry: a trace.v1 decision (as
 * `@talka/eligibility` produces) whose outcome is `eligible`, `ineligible` or `undetermined`.
 *
 * @example
 * ```ts
 * import { FormalCheckSchema } from '@talka/evaluation'
 * FormalCheckSchema.safeParse({ format: 'trace.v1' }).success // false: not a complete decision
 * ```
 */
export const FormalCheckSchema = StrictTraceSchema.refine(
  (d) => (FORMAL_OUTCOMES as readonly string[]).includes(d.outcome),
  { message: 'Expected a formal-check outcome: eligible, ineligible or undetermined', path: ['outcome'] },
)

/**
 * Zod schema of one application: registration number (`id`), requested amount, the amount the commission
 * found eligible after the cost check (`eligibleAmount`, at most `requested`: "Sumažinta suma"), the eldership
 * envelope it competes in (`envelope`, required when the call's budget is split into envelopes), optional
 * submission time (ISO local date-time), applicant and title for the summary, the evaluations, and the
 * optional formal-check verdict.
 *
 * @example
 * ```ts
 * import { ApplicationSchema } from '@talka/evaluation'
 * ApplicationSchema.parse({ id: 'BO-P-2024-229', requested: '2140.00', submittedAt: '2024-03-20T10:15:00',
 *   evaluations: [{ evaluator: 'E1', scores: { relevance: 25 } }] })
 * ```
 */
export const ApplicationSchema = z
  .strictObject({
    id: z.string().min(1),
    requested: AmountSchema({ positive: true }),
    eligibleAmount: AmountSchema({ positive: true }).optional().meta({
      description: 'The amount the commission found eligible after the cost check (at most requested), EUR',
    }),
    envelope: z.string().min(1).max(100).optional().meta({
      description: "Id of the call's eldership envelope the application competes in",
    }),
    submittedAt: z
      .string()
      .refine(isSubmittedAt, {
        message: 'Expected an ISO local date-time, e.g. "2024-03-20T10:15:00"',
      })
      .optional(),
    applicant: z.string().optional(),
    title: z.string().optional(),
    evaluations: z.array(EvaluationSchema).max(20),
    formalCheck: FormalCheckSchema.optional(),
  })
  .meta({ id: 'talka-evaluation.Application', description: 'An application with its expert evaluations' })

/**
 * One expert evaluation of an {@link Application}.
 *
 * @example
 * ```ts
 * import type { Evaluation } from '@talka/evaluation'
 * const e: Evaluation = { evaluator: 'E2', scores: { relevance: 22, budget: 15 } }
 * ```
 */
export type Evaluation = z.input<typeof EvaluationSchema>

/**
 * The formal-check verdict an application may carry (trace.v1 from `@talka/eligibility` or elsewhere).
 *
 * @example
 * ```ts
 * import type { FormalCheck } from '@talka/evaluation'
 * declare const check: FormalCheck
 * check.outcome // 'eligible' | 'ineligible' | 'undetermined'
 * ```
 */
export type FormalCheck = Decision<'eligible' | 'ineligible' | 'undetermined'>

/**
 * An application (the input form of {@link ApplicationSchema}).
 *
 * @example
 * ```ts
 * import type { Application } from '@talka/evaluation'
 * const a: Application = { id: 'BO-P-2024-230', requested: '2140.00', evaluations: [] }
 * ```
 */
export type Application = Omit<z.input<typeof ApplicationSchema>, 'formalCheck'> & {
  readonly formalCheck?: FormalCheck | undefined
}
