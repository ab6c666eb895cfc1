import { createDecision, type Decision, type Lang, type ReasonInput, type Truth } from '@talka/core'
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

/** Maps a truth value (core's three-valued logic) to the yes/no/unknown outcome of a check. */
export function toOutcome(truth: Truth): 'yes' | 'no' | 'unknown' {
  return truth.outcome === 'pass' ? 'yes' : truth.outcome === 'fail' ? 'no' : 'unknown'
}

/** A rule's truth value with the reason that explains it. */
export interface Evaluated {
  readonly truth: Truth
  readonly reason: ReasonInput
}
