// Test helper: the 0.1 call shape of @talka/evaluation, mapped to a call.v1 document of a made-up
// municipality the way docs/decisions/0085 maps each field (over-maximum requests capped, as 0.1 did; a
// reserve list without proposed amounts; funding strictly down the list unless stated). Not published.
import type { CallInput } from '@talka/calls'

type Score = number | string
export interface LegacyCall {
  name?: string
  budget: string
  minPerProject?: string | undefined
  maxPerProject?: string | undefined
  passMark?: string | undefined
  criteria: readonly {
    id: string
    max: Score
    min?: Score
    weight?: string
    title?: { lt: string; en: string }
  }[]
  divergence?: {
    maxDifference: string
    unit?: 'points' | 'percent-of-maximum'
    resolve: 'average-of-closest-two' | 'average-all'
    initialEvaluators?: number
  }
  lastProject: 'offer-remainder-if-at-least-minimum' | 'reserve' | 'fund-partially'
  tieBreak?: readonly (string | { policy: 'lot'; seed: string })[] | undefined
  fundingOrder?: 'strict' | 'skip-ahead'
}

export const MADE_UP_REF = {
  act: 'Pavyzdžių rajono savivaldybės bendruomeninės veiklos stiprinimo aprašas (mero 2025-03-14 potvarkis Nr. M-77)',
  url: 'https://e-tar.lt/portal/lt/legalAct/example',
}

export function toCall(old: LegacyCall): CallInput {
  const keys = (old.tieBreak ?? []).map((k) => (typeof k === 'string' ? k : { lot: { seed: k.seed } }))
  const ties =
    keys.length === 0 ? undefined : keys.length === 1 && typeof keys[0] !== 'string' ? keys[0] : { keys }
  const amounts: Record<string, string> = { overMaximum: 'cap' }
  if (old.minPerProject !== undefined) amounts.minPerProject = old.minPerProject
  if (old.maxPerProject !== undefined) amounts.maxPerProject = old.maxPerProject
  const d = old.divergence
  return {
    id: 'pavyzdziai-district-2025',
    name: { lt: old.name ?? 'Pavyzdžių rajono kvietimas', en: old.name ?? 'Pavyzdžiai district call' },
    municipality: { name: 'Pavyzdžių rajono savivaldybė' },
    year: 2025,
    model: 'standard',
    ref: MADE_UP_REF,
    budget: { kind: 'total', amount: old.budget },
    amounts,
    evaluation: {
      criteria: old.criteria.map((c) => ({
        id: c.id,
        title: c.title ?? { lt: c.id, en: c.id },
        min: c.min ?? 0,
        max: c.max,
        weight: c.weight ?? '1',
      })),
      ...(old.passMark === undefined ? {} : { passMark: { score: old.passMark } }),
      ...(d
        ? {
            divergence: {
              maxDifference: d.maxDifference,
              unit: d.unit ?? 'points',
              resolve: d.resolve,
              initialEvaluators: d.initialEvaluators ?? 2,
            },
          }
        : {}),
      ...(ties === undefined ? {} : { tiesAtBudgetLine: ties }),
      fundingOrder: { order: old.fundingOrder ?? 'strict' },
      lastProject: { policy: old.lastProject },
      reserve: { list: true, proposedAmount: false },
    },
  } as CallInput
}
