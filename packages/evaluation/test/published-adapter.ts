// The one place that turns a generated ranking input into what the published-table tests need: the
// ranking result and the call.v1 document it was ranked under (with the reserve policy the test asks for).
import type { CallInput, TieKey } from '@talka/calls'
import fc from 'fast-check'
import { type PublishedRankingSource, type RankApplicationsInput, rankApplications } from '../src/index.js'
import { rankInputArb } from '../src/testing.js'

/** A ranking result and the call.v1 document that states the same call. */
export interface RankedForPublication {
  readonly result: PublishedRankingSource & { readonly trace: { readonly outcome: string } }
  readonly call: CallInput
}

/** The input's call with a reserve list that carries (or not) a proposed amount. */
export function callDocumentOf(input: RankApplicationsInput, proposedAmount: boolean): CallInput {
  const call = input.call as CallInput
  return {
    ...call,
    evaluation: { ...call.evaluation, reserve: { list: true, proposedAmount } },
  }
}

/** The tie-break keys of the input's call (none when it has no key list). */
export function tieKeysOf(input: RankApplicationsInput): readonly TieKey[] {
  const ties = (input.call as CallInput).evaluation?.tiesAtBudgetLine
  return typeof ties === 'object' && ties !== null && 'keys' in ties ? ties.keys : []
}

/** The input with its call's tie-break keys replaced by `keys`. */
export function withTieKeys(input: RankApplicationsInput, keys: readonly TieKey[]): RankApplicationsInput {
  const call = input.call as CallInput
  return {
    ...input,
    call: { ...call, evaluation: { ...call.evaluation, tiesAtBudgetLine: { keys: [...keys] } } },
  }
}

/** Ranks `input` under its call (with the asked reserve policy) and returns the call beside the result. */
export function rankForPublication(
  input: RankApplicationsInput,
  proposedAmount = true,
): RankedForPublication {
  const call = callDocumentOf(input, proposedAmount)
  return { result: rankApplications({ ...input, call }), call }
}

/**
 * Ranking inputs whose result is final: no divergence rule, no formal checks pending, one budget, and
 * tie-break keys that end with a lot, so every tie is resolved.
 */
export const finalRankInputArb = (fundingOrder: 'strict' | 'skip-ahead' | 'any' = 'any') =>
  rankInputArb({
    divergence: false,
    formalChecks: false,
    ties: 'keys',
    fundingOrder,
    envelopes: false,
  }).map((input): RankApplicationsInput => {
    const keys = tieKeysOf(input)
    const hasLot = keys.some((k) => typeof k !== 'string')
    return withTieKeys(input, hasLot ? keys : [...keys, { lot: { seed: 'published' } }])
  })

/** Any ranking input (results may be incomplete). */
export const anyRankInputArb = () => rankInputArb({ fundingOrder: 'any', envelopes: false })

export { fc }
