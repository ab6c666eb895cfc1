import { createDecision, type Decision, type Lang, type ReasonInput, type RuleResult } from '@talka/core'
import type { LawEdition } from './editions.js'
import { volunteeringMessages } from './messages.js'
import { VOLUNTEERING_PRODUCER } from './producer.js'

/** Builds a trace.v1 decision of this package; `ruleSet` records the edition applied. */
export function decide<O extends string>(args: {
  readonly decision: string
  readonly outcome: O
  readonly asOf: string
  readonly lang: Lang
  readonly edition: LawEdition | null
  readonly reasons: readonly ReasonInput[]
  readonly missingFacts: readonly string[]
}): Decision<O> {
  const { edition } = args
  return createDecision<O>({
    decision: args.decision,
    outcome: args.outcome,
    asOf: args.asOf,
    lang: args.lang,
    reasons: args.reasons,
    missingFacts: [...new Set(args.missingFacts)],
    producer: VOLUNTEERING_PRODUCER,
    catalog: volunteeringMessages,
    ruleSet: edition
      ? {
          id: `volunteering/xi-1500/${edition.id}`,
          version: edition.validFrom,
          validFrom: edition.validFrom,
          ...(edition.validTo ? { validTo: edition.validTo } : {}),
        }
      : undefined,
  })
}

/** Maps a combined rule result to the yes/no/unknown outcome of a check. */
export function toOutcome(result: RuleResult): 'yes' | 'no' | 'unknown' {
  return result === 'pass' ? 'yes' : result === 'fail' ? 'no' : 'unknown'
}

/** Strong-Kleene OR of rule results (any pass decides; else any unknown; else fail). */
export function anyResult(results: Iterable<RuleResult>): RuleResult {
  let unknown = false
  for (const result of results) {
    if (result === 'pass') return 'pass'
    if (result === 'unknown') unknown = true
  }
  return unknown ? 'unknown' : 'fail'
}
