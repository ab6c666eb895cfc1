// The one place that knows the input shape of `rankApplications` on main when the published tables were
// written (an evaluation-local call: budget, minPerProject, maxPerProject, passMark, criteria, tieBreak,
// fundingOrder, lastProject). When rankApplications reads a call.v1 document, only this file changes.
import type { CallInput } from '@talka/calls'
import fc from 'fast-check'
import { type PublishedRankingSource, type RankApplicationsInput, rankApplications } from '../src/index.js'
import { rankInputArb } from '../src/testing.js'

/** A ranking result and the call.v1 document that states the same call. */
export interface RankedForPublication {
  readonly result: PublishedRankingSource & { readonly trace: { readonly outcome: string } }
  readonly call: CallInput
}

const toCents = (amount: string) => Number(amount.replace('.', ''))

/** The call.v1 document of an evaluation-local call, with `proposedAmount` for the reserve policy. */
export function callDocumentOf(input: RankApplicationsInput, proposedAmount: boolean): CallInput {
  const c = input.call
  const keys = c.tieBreak?.map((k) => (typeof k === 'string' ? k : { lot: { seed: k.seed } }))
  return {
    id: 'generated-call',
    name: { lt: 'Sugeneruotas kvietimas', en: 'Generated call' },
    municipality: { name: 'Pavyzdžių rajono savivaldybė' },
    year: 2025,
    model: 'standard',
    ref: { act: 'Pavyzdžių rajono savivaldybės kvietimo aprašas', url: 'https://e-tar.lt/' },
    // call.v1 budgets are positive; a zero budget is left out (nothing can be granted).
    ...(toCents(c.budget) > 0 ? { budget: { kind: 'total' as const, amount: c.budget } } : {}),
    amounts: {
      ...(c.maxPerProject === undefined ? {} : { maxPerProject: c.maxPerProject }),
      overMaximum: 'cap',
    },
    evaluation: {
      criteria: c.criteria.map((k) => ({
        id: k.id,
        title: { lt: k.id, en: k.id },
        min: k.min ?? 0,
        max: k.max,
        weight: k.weight ?? '1',
      })),
      ...(c.passMark === undefined ? {} : { passMark: { score: c.passMark } }),
      ...(keys === undefined ? {} : { tiesAtBudgetLine: { keys } }),
      fundingOrder: { order: c.fundingOrder ?? 'strict' },
      lastProject: { policy: c.lastProject },
      reserve: { list: true, proposedAmount },
    },
  }
}

/** Ranks `input` with rankApplications and states its call as a call.v1 document. */
export function rankForPublication(
  input: RankApplicationsInput,
  proposedAmount = true,
): RankedForPublication {
  return { result: rankApplications(input), call: callDocumentOf(input, proposedAmount) }
}

/**
 * Ranking inputs whose result is final: no divergence rule, no formal checks pending, and a tie-break that
 * ends with a lot, so every tie is resolved.
 */
export const finalRankInputArb = (fundingOrder: 'strict' | 'skip-ahead' | 'any' = 'any') =>
  rankInputArb({ divergence: false, formalChecks: false, tieBreak: 'always', fundingOrder }).map(
    (input): RankApplicationsInput => {
      const keys = input.call.tieBreak ?? []
      const hasLot = keys.some((k) => typeof k !== 'string')
      return {
        ...input,
        call: { ...input.call, tieBreak: hasLot ? keys : [...keys, { policy: 'lot', seed: 'published' }] },
      }
    },
  )

/** Any ranking input (results may be incomplete). */
export const anyRankInputArb = () => rankInputArb({ fundingOrder: 'any' })

export { fc }
