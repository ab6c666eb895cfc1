import type { Localized } from '@talka/core'
import type { Call } from './call-schema.js'
import { callFieldLabels } from './labels.js'

/**
 * The parts of a call that a reason can cite, by name: `call` (the call as a whole), `dates`, `budget`,
 * `unspent` (an envelope's unspent money), `amounts`, `overMaximum`, `applicants`, `activities`, `costs`,
 * `formalCheck`, `scoring`, `passMark`, `divergence`, `tiesAtBudgetLine`, `fundingOrder`, `lastProject`,
 * `reserve`.
 *
 * @example
 * ```ts
 * import { CALL_POLICIES } from '@talka/calls'
 * CALL_POLICIES.includes('lastProject') // true
 * ```
 */
export const CALL_POLICIES = [
  'call',
  'dates',
  'budget',
  'unspent',
  'amounts',
  'overMaximum',
  'applicants',
  'activities',
  'costs',
  'formalCheck',
  'scoring',
  'passMark',
  'divergence',
  'tiesAtBudgetLine',
  'fundingOrder',
  'lastProject',
  'reserve',
] as const

/**
 * One of {@link CALL_POLICIES}.
 *
 * @example
 * ```ts
 * import type { CallPolicy } from '@talka/calls'
 * const policy: CallPolicy = 'tiesAtBudgetLine'
 * ```
 */
export type CallPolicy = (typeof CALL_POLICIES)[number]

/**
 * A policy that matters to a result and that the call does not state: which, where it would go in the
 * document (`path`), which package's result depends on it, and its lt/en label.
 *
 * @example
 * ```ts
 * import type { MissingPolicy } from '@talka/calls'
 * const m: MissingPolicy = { policy: 'reserve', path: 'evaluation.reserve', usedBy: ['evaluation'],
 *   label: { lt: 'Rezervinis sąrašas', en: 'Reserve list' } }
 * ```
 */
export interface MissingPolicy {
  readonly policy: CallPolicy
  readonly path: string
  readonly usedBy: readonly ('eligibility' | 'evaluation')[]
  readonly label: Localized
}

const BOTH = ['eligibility', 'evaluation'] as const
const EVALUATION = ['evaluation'] as const
const ELIGIBILITY = ['eligibility'] as const

function missing(policy: CallPolicy, path: string, usedBy: MissingPolicy['usedBy']): MissingPolicy {
  const label = callFieldLabels[path as keyof typeof callFieldLabels]?.label ?? { lt: path, en: path }
  return { policy, path, usedBy, label }
}

/**
 * The policies that matter to eligibility or ranking and that the call leaves out, in document order. A
 * call is never given an invented default: a result that depends on one of these says so and names it.
 * Not listed: `divergence` (a call without it has no divergence rule), dates, activities and costs (a call
 * without them sets no such limits).
 *
 * @example
 * ```ts
 * import { missingPolicies, calls } from '@talka/calls'
 * missingPolicies(calls['prienai-district-2021-repeat']).map((m) => m.path)
 * // ['budget', 'amounts.overMaximum', 'evaluation.criteria', 'evaluation.passMark', …]
 * ```
 */
export function missingPolicies(call: Call): MissingPolicy[] {
  const out: MissingPolicy[] = []
  const { budget, amounts, evaluation } = call
  if (!budget) out.push(missing('budget', 'budget', EVALUATION))
  else if (budget.kind === 'envelopes' && budget.unspent === undefined) {
    out.push(missing('unspent', 'budget.unspent', EVALUATION))
  }
  if (budget?.kind !== 'envelopes') {
    if (amounts?.minPerProject === undefined) out.push(missing('amounts', 'amounts.minPerProject', BOTH))
    if (amounts?.maxPerProject === undefined) out.push(missing('amounts', 'amounts.maxPerProject', BOTH))
  }
  if (amounts?.overMaximum === undefined) out.push(missing('overMaximum', 'amounts.overMaximum', BOTH))
  if (!call.applicants) out.push(missing('applicants', 'applicants', ELIGIBILITY))
  if (!evaluation?.criteria) out.push(missing('scoring', 'evaluation.criteria', EVALUATION))
  if (!evaluation?.passMark) out.push(missing('passMark', 'evaluation.passMark', EVALUATION))
  if (evaluation?.tiesAtBudgetLine === undefined) {
    out.push(missing('tiesAtBudgetLine', 'evaluation.tiesAtBudgetLine', EVALUATION))
  }
  if (!evaluation?.fundingOrder) out.push(missing('fundingOrder', 'evaluation.fundingOrder', EVALUATION))
  if (!evaluation?.lastProject) out.push(missing('lastProject', 'evaluation.lastProject', EVALUATION))
  if (!evaluation?.reserve) out.push(missing('reserve', 'evaluation.reserve', EVALUATION))
  return out
}
