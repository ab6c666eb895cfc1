// The trace.v1 decision of a ranking: one reason per rule with the call-level facts, and the missing facts.
// Internal.
import { formatCents as centsToMoney, createDecision, type ReasonInput } from '@talka/core'
import { LOT_ALGORITHM } from './lot.js'
import { evaluationMessages } from './messages.js'
import type { PreparedInput } from './prepared-input.js'
import type { EvaluationDecision, RankingOutcome, RankingResult } from './ranking-result.js'
import { thresholdParams } from './reason-texts.js'
import { type ReasonFactory, RULE_IDS } from './reasons.js'
import { EVALUATION_VERSION } from './version.js'

/** What the trace is made from. */
export interface TraceSources {
  readonly prepared: PreparedInput
  readonly counts: Readonly<Record<EvaluationDecision, number>>
  readonly totals: { readonly budget: string; readonly funded: string; readonly remaining: string }
  readonly remainderTo: string | null
  /** Ranked applications below the pass mark. */
  readonly belowPassMark: number
  /** Ids of applications whose divergence a further evaluation resolved, in rank order. */
  readonly resolved: readonly string[]
  readonly lotDraws: readonly { group: string[]; order: string[] }[]
  readonly unresolved: readonly (readonly string[])[]
  readonly tieGroups: number
  readonly policyText: string
  readonly reasons: ReasonFactory
  /** Ids, each list sorted: waiting for a further evaluation because of divergence, all waiting, formal check
   * failed, formal check pending. */
  readonly divergentIds: readonly string[]
  readonly waitingIds: readonly string[]
  readonly failedIds: readonly string[]
  readonly pendingIds: readonly string[]
}

/** Builds the ranking's trace.v1 decision. */
export function buildTrace(args: TraceSources): RankingResult['trace'] {
  const { prepared, counts, totals, reasons } = args
  const call = prepared.call
  const inputs: ReasonInput[] = []
  const add = (
    rule: Parameters<ReasonFactory['ref']>[0],
    result: string,
    key: keyof typeof evaluationMessages,
    params: Record<string, string | number>,
    facts: Record<string, unknown>,
  ) => inputs.push({ ruleId: RULE_IDS[rule], result, facts, ref: reasons.ref(rule), messageKey: key, params })
  add(
    'cutOff',
    'applied',
    'evaluation.cutOff.summary',
    { funded: totals.funded, budget: totals.budget, count: counts.funded, remaining: totals.remaining },
    {
      budget: totals.budget,
      funded: totals.funded,
      remaining: totals.remaining,
      fundedCount: counts.funded,
      reserveCount: counts.reserve,
      maxPerProject: call.maxCents === null ? null : centsToMoney(call.maxCents),
      fundingOrder: call.fundingOrder,
    },
  )
  add(
    'lastProject',
    'applied',
    call.lastProject === 'reserve'
      ? 'evaluation.lastProject.summaryReserve'
      : 'evaluation.lastProject.summaryRemainder',
    {},
    {
      policy: call.lastProject,
      minPerProject: call.minCents === null ? null : centsToMoney(call.minCents),
      remainderTo: args.remainderTo,
    },
  )
  if (call.passMarkText !== null) {
    add(
      'passMark',
      'applied',
      'evaluation.passMark.summary',
      { passMark: call.passMarkText, count: args.belowPassMark },
      {
        passMark: call.passMarkText,
        belowCount: args.belowPassMark,
      },
    )
  }
  const divergent = [...args.divergentIds]
  if (call.divergence) {
    const resolved = [...args.resolved]
    add(
      'divergence',
      'applied',
      'evaluation.divergence.summary',
      {
        ...thresholdParams(call),
        pending: divergent.length ? divergent.join(', ') : '—',
        resolved: resolved.length ? resolved.join(', ') : '—',
      },
      {
        maxDifference: call.divergence.thresholdText,
        unit: call.divergence.unit,
        resolve: call.divergence.resolve,
        initialEvaluators: call.divergence.initial,
        waiting: divergent,
        resolved,
      },
    )
  } else {
    add('divergence', 'not-applicable', 'evaluation.divergence.none', {}, { rule: null })
  }
  const lot = call.tieBreak.find((k) => k.kind === 'lot')
  add(
    'ties',
    args.unresolved.length ? 'unresolved' : 'applied',
    'evaluation.tie.summary',
    {
      policy: args.policyText,
      groups: args.tieGroups,
      unresolved: args.unresolved.length ? args.unresolved.map((g) => g.join(' = ')).join('; ') : '—',
    },
    {
      tieBreak: args.policyText,
      tieGroups: args.tieGroups,
      unresolved: [...args.unresolved],
      ...(lot && lot.kind === 'lot'
        ? { lot: { seed: lot.seed, algorithm: LOT_ALGORITHM, draws: [...args.lotDraws] } }
        : {}),
    },
  )
  if (args.failedIds.length || args.pendingIds.length) {
    const failedIds = [...args.failedIds]
    const pendingIds = [...args.pendingIds]
    add(
      'formalCheck',
      'applied',
      'evaluation.formalCheck.summary',
      {
        failed: failedIds.length ? failedIds.join(', ') : '—',
        pending: pendingIds.length ? pendingIds.join(', ') : '—',
      },
      { ineligible: failedIds, undetermined: pendingIds },
    )
  }
  const missingFacts = [
    ...args.waitingIds.map((id) => `applications.${id}.evaluations`),
    ...args.pendingIds.map((id) => `applications.${id}.formalCheck`),
    ...(args.unresolved.length ? ['call.tieBreak'] : []),
  ]
  const asOf = prepared.asOf ?? prepared.latestSubmittedDay
  if (asOf === null) missingFacts.push('asOf')
  const open = counts['needs-another-evaluator'] + counts['tie-unresolved'] + counts['formal-check-pending']
  const outcome: RankingOutcome = open > 0 ? 'incomplete' : 'complete'
  return createDecision<RankingOutcome>({
    decision: 'evaluation:ranking',
    outcome,
    asOf: asOf ?? '',
    lang: prepared.lang,
    reasons: inputs,
    missingFacts,
    producer: { package: '@talka/evaluation', version: EVALUATION_VERSION },
    catalog: evaluationMessages,
  })
}
