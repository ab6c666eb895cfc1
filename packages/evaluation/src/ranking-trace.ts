// The trace.v1 decision of a ranking: one reason per rule with the call-level facts, and the missing facts.
// Internal.
import { formatCents as centsToMoney, createDecision, type ReasonInput } from '@talka/core'
import type { Funding } from './funding.js'
import { LOT_ALGORITHM } from './lot.js'
import { evaluationMessages } from './messages.js'
import type { PreparedInput } from './prepared-input.js'
import type { EvaluationDecision, RankingFunding, RankingOutcome, RankingResult } from './ranking-result.js'
import { thresholdParams } from './reason-texts.js'
import { type ReasonFactory, RULE_IDS } from './reasons.js'
import { EVALUATION_VERSION } from './version.js'

/** What the trace is made from. */
export interface TraceSources {
  readonly prepared: PreparedInput
  readonly counts: Readonly<Record<EvaluationDecision, number>>
  readonly totals: { readonly budget: string; readonly funded: string; readonly remaining: string }
  readonly funding: Funding
  readonly fundingState: RankingFunding
  /** Ranked applications below the pass mark. */
  readonly belowPassMark: number
  /** Ids of applications whose divergence a further evaluation resolved, in rank order. */
  readonly resolved: readonly string[]
  readonly lotDraws: readonly { group: string[]; order: string[] }[]
  readonly tieGroups: number
  /** Ids below a criterion's minimum score, sorted. */
  readonly belowCriterion: readonly string[]
  readonly policyText: string
  readonly reasons: ReasonFactory
  /** Ids, each list sorted: waiting for a further evaluation because of divergence, all waiting, formal check
   * failed, formal check pending. */
  readonly divergentIds: readonly string[]
  readonly waitingIds: readonly string[]
  readonly failedIds: readonly string[]
  readonly pendingIds: readonly string[]
  readonly overMaximumIds: readonly string[]
  /** Funded applications whose commission-reduced eligible amount set what they got, sorted. */
  readonly reducedIds: readonly string[]
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
  const { funding, fundingState } = args
  const ids = prepared.ids
  const citation = (rule: Parameters<ReasonFactory['citation']>[0]) => reasons.citation(rule).source
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
      maxPerProject:
        call.envelopes || call.pools[0]!.maxCents === null ? null : centsToMoney(call.pools[0]!.maxCents),
      fundingOrder: call.fundingOrder,
      reduced: [...args.reducedIds],
      refSource: citation('cutOff'),
    },
  )
  if (call.fundingOrder === null && fundingState.missingPolicies.includes('evaluation.fundingOrder')) {
    add(
      'cutOff',
      'missing-policy',
      'evaluation.cutOff.fundingOrderUnstated',
      {},
      {
        missingPolicy: 'evaluation.fundingOrder',
        refSource: citation('cutOff'),
      },
    )
  }
  if (call.envelopes) {
    for (const pool of fundingState.pools) {
      const p = call.pools.find((x) => x.id === pool.envelope)!
      inputs.push({
        ruleId: RULE_IDS.envelopes,
        result: 'applied',
        facts: { ...pool },
        ref: reasons.ref('envelopes', { envelope: pool.envelope! }),
        messageKey: 'evaluation.envelope.summary',
        params: {
          envelope: p.name![prepared.lang],
          funded: pool.funded,
          budget: pool.budget,
          remaining: pool.remaining,
        },
      })
    }
    const leftover = fundingState.pools.reduce((sum, p) => sum + Number(p.remaining.replace('.', '')), 0)
    if (fundingState.pooled) {
      add(
        'envelopes',
        'applied',
        'evaluation.envelope.pooledSummary',
        { leftover: fundingState.pooled.leftover, funded: fundingState.pooled.funded },
        { ...fundingState.pooled, unspent: 'pooled', refSource: citation('envelopes') },
      )
    } else if (leftover > 0) {
      const silent = fundingState.missingPolicies.includes('budget.unspent')
      add(
        'envelopes',
        silent ? 'missing-policy' : 'applied',
        silent ? 'evaluation.envelope.unspentUnstated' : 'evaluation.envelope.returnedSummary',
        { leftover: centsToMoney(leftover) },
        { leftover: centsToMoney(leftover), unspent: call.unspent, refSource: citation('envelopes') },
      )
    }
  }
  const lastKey =
    call.lastProject === 'reserve'
      ? 'evaluation.lastProject.summaryReserve'
      : call.lastProject === 'fund-partially'
        ? 'evaluation.lastProject.summaryPartial'
        : call.lastProject === null
          ? 'evaluation.lastProject.summaryUnstated'
          : 'evaluation.lastProject.summaryRemainder'
  add(
    'lastProject',
    call.lastProject === null ? 'not-stated' : 'applied',
    lastKey,
    {},
    {
      policy: call.lastProject,
      minPerProject:
        call.envelopes || call.pools[0]!.minCents === null ? null : centsToMoney(call.pools[0]!.minCents),
      remainderTo: funding.remainderTo.map((i) => ids[i]!),
      refSource: citation('lastProject'),
    },
  )
  if (call.passMarkText !== null) {
    add(
      'passMark',
      'applied',
      'evaluation.passMark.summary',
      { passMark: call.passMarkText, count: args.belowPassMark },
      { passMark: call.passMarkText, belowCount: args.belowPassMark, refSource: citation('passMark') },
    )
  }
  if (call.hasCriterionMinimum) {
    const below = [...args.belowCriterion]
    add(
      'criterionMinimum',
      'applied',
      'evaluation.criterion.summary',
      { count: below.length },
      {
        minimums: call.criteria
          .filter((k) => k.minimumText !== null)
          .map((k) => ({ criterion: k.id, minimumScore: k.minimumText })),
        below,
        refSource: citation('criterionMinimum'),
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
        refSource: citation('divergence'),
      },
    )
  } else {
    add('divergence', 'not-applicable', 'evaluation.divergence.none', {}, { rule: null })
  }
  const lot = call.tieBreak.find((k) => k.kind === 'lot')
  const unresolved = funding.unresolved
  add(
    'ties',
    unresolved.length ? 'unresolved' : 'applied',
    'evaluation.tie.summary',
    {
      policy: args.policyText,
      groups: args.tieGroups,
      unresolved: unresolved.length ? unresolved.map((g) => g.join(' = ')).join('; ') : '—',
    },
    {
      tiesAtBudgetLine: fundingState.tiesAtBudgetLine,
      tieBreak: args.policyText,
      tieGroups: args.tieGroups,
      unresolved: [...unresolved],
      ...(lot && lot.kind === 'lot'
        ? { lot: { seed: lot.seed, algorithm: LOT_ALGORITHM, draws: [...args.lotDraws] } }
        : {}),
      refSource: citation('ties'),
    },
  )
  for (const split of funding.splits) {
    add(
      'ties',
      'applied',
      'evaluation.tie.splitSummary',
      {
        remainder: centsToMoney(split.remainder),
        count: split.group.length,
        leftover: centsToMoney(split.leftover),
      },
      {
        policy: split.policy,
        envelope: split.pool,
        group: [...split.group],
        remainder: centsToMoney(split.remainder),
        shares: split.shares.map((x) => ({ id: x.id, amount: centsToMoney(x.amount) })),
        leftover: centsToMoney(split.leftover),
      },
    )
  }
  const overIds = [...args.overMaximumIds]
  if (overIds.length) {
    add(
      'amounts',
      call.overMaximum === null ? 'missing-policy' : 'applied',
      'evaluation.amounts.summary',
      { count: overIds.length },
      { overMaximum: call.overMaximum, applications: overIds, refSource: citation('amounts') },
    )
  }
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
    ...fundingState.missingPolicies.map((path) => `call.${path}`),
    ...(call.ties === 'report' && unresolved.length ? ['tieDecision'] : []),
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
