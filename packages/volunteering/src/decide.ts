import { createDecision, type Decision, type Lang, type ReasonInput, type Truth } from '@talka/core'
import type { LawEdition } from './editions.js'
import { volunteeringMessages } from './messages.js'
import { VOLUNTEERING_PRODUCER } from './producer.js'

/** What every decision of a check shares: its name, the day and language, and the edition applied. */
export interface DecisionBase {
  readonly decision: string
  readonly asOf: string
  readonly lang: Lang
  readonly edition: LawEdition | null
}

/** Builds a trace.v1 decision of this package; `ruleSet` records the edition applied. */
export function decide<O extends string>(
  args: DecisionBase & {
    readonly outcome: O
    readonly reasons: readonly ReasonInput[]
    readonly missingFacts: readonly string[]
  },
): Decision<O> {
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

/**
 * The decision of a check when no edition of the law can be applied (an agreement that may or may
 * not be past the transitional period): `'unknown'`, explained by the edition resolution alone.
 */
export function noEditionDecision(
  base: DecisionBase,
  resolution: { readonly reasons: readonly ReasonInput[]; readonly missingFacts: readonly string[] },
): Decision<'unknown'> {
  return decide({
    ...base,
    outcome: 'unknown',
    reasons: resolution.reasons,
    missingFacts: resolution.missingFacts,
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
