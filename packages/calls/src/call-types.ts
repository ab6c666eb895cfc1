import type { z } from 'zod'
import type {
  CallAmountsSchema,
  CallApplicantsSchema,
  CallBudgetSchema,
  CallCostsSchema,
  CallEvaluationSchema,
  CostCapSchema,
  CriterionSchema,
  DivergenceSchema,
  EnvelopeSchema,
  TieKeySchema,
  TiesAtBudgetLineSchema,
} from './call-schema.js'
import type { PolicyRefSchema } from './primitives.js'

/**
 * The budget of a call: `{ kind: 'total', amount }` or `{ kind: 'envelopes', envelopes, unspent? }`.
 *
 * @example
 * ```ts
 * import type { CallBudget } from '@talka/calls'
 * const budget: CallBudget = { kind: 'total', amount: '27372.00' }
 * ```
 */
export type CallBudget = z.output<typeof CallBudgetSchema>

/**
 * One eldership envelope of a call's budget.
 *
 * @example
 * ```ts
 * import type { Envelope } from '@talka/calls'
 * const e: Envelope = { id: 'dotnuva', name: { lt: 'Dotnuvos seniūnija', en: 'Dotnuva eldership' },
 *   amount: '2925.00', minPerProject: '200.00', maxPerProject: '2000.00' }
 * ```
 */
export type Envelope = z.output<typeof EnvelopeSchema>

/**
 * The amounts per project of a call and its over-maximum policy.
 *
 * @example
 * ```ts
 * import type { CallAmounts } from '@talka/calls'
 * const a: CallAmounts = { minPerProject: '1000.00', maxPerProject: '3000.00', overMaximum: 'cap' }
 * ```
 */
export type CallAmounts = z.output<typeof CallAmountsSchema>

/**
 * Who may apply to a call.
 *
 * @example
 * ```ts
 * import type { CallApplicants } from '@talka/calls'
 * const a: CallApplicants = { admitted: 'community-organisations-then-ngos', ref: { point: '45' } }
 * ```
 */
export type CallApplicants = z.output<typeof CallApplicantsSchema>

/**
 * The cost rules of a call.
 *
 * @example
 * ```ts
 * import type { CallCosts } from '@talka/calls'
 * const c: CallCosts = { caps: [{ category: 'administration', maxShare: '0.02' }] }
 * ```
 */
export type CallCosts = z.output<typeof CallCostsSchema>

/**
 * One cost cap of a call.
 *
 * @example
 * ```ts
 * import type { CostCap } from '@talka/calls'
 * const cap: CostCap = { category: 'long-term-tangible-assets', maxShare: '0.2' }
 * ```
 */
export type CostCap = z.output<typeof CostCapSchema>

/**
 * The evaluation part of a call.
 *
 * @example
 * ```ts
 * import type { CallEvaluation } from '@talka/calls'
 * const e: CallEvaluation = { passMark: { score: 60 }, lastProject: { policy: 'reserve' } }
 * ```
 */
export type CallEvaluation = z.output<typeof CallEvaluationSchema>

/**
 * One scoring criterion of a call.
 *
 * @example
 * ```ts
 * import type { Criterion } from '@talka/calls'
 * const c: Criterion = { id: 'budget', title: { lt: 'Biudžetas', en: 'Budget' }, min: 0, max: 20, weight: '1' }
 * ```
 */
export type Criterion = z.output<typeof CriterionSchema>

/**
 * The evaluator-divergence rule of a call.
 *
 * @example
 * ```ts
 * import type { DivergenceRule } from '@talka/calls'
 * const d: DivergenceRule = { maxDifference: '15', unit: 'points', resolve: 'average-all', initialEvaluators: 2 }
 * ```
 */
export type DivergenceRule = z.output<typeof DivergenceSchema>

/**
 * One tie-break key.
 *
 * @example
 * ```ts
 * import type { TieKey } from '@talka/calls'
 * const keys: TieKey[] = ['criterion:relevance', 'submittedAt', { lot: { seed: '2024-04-20/3' } }]
 * ```
 */
export type TieKey = z.output<typeof TieKeySchema>

/**
 * The policy for projects tied at the budget line.
 *
 * @example
 * ```ts
 * import type { TiesAtBudgetLine } from '@talka/calls'
 * const t: TiesAtBudgetLine = 'split-equally'
 * ```
 */
export type TiesAtBudgetLine = z.output<typeof TiesAtBudgetLineSchema>

/**
 * The reference a policy carries: a point of the call's own description (`{ point, quote? }`) or a full
 * `LegalRef`. Resolve it with {@link citationFor}.
 *
 * @example
 * ```ts
 * import type { PolicyRef } from '@talka/calls'
 * const ref: PolicyRef = { point: '42' }
 * ```
 */
export type PolicyRef = z.output<typeof PolicyRefSchema>
