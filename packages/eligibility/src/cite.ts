import { type Call, type CallPolicy, type CitationScope, citationFor } from '@talka/calls'
import type { LegalRef } from '@talka/core'
import { PILOT_2022_P19_6, PLAN_2022 } from './refs.js'

/**
 * What a reason about a policy of the call cites: `citationFor` of `@talka/calls` (the call's own
 * reference and point; where the call is silent, the ministry's act for its model and year, or the
 * law). One exception until `@talka/calls` follows: for a silent standard-model 2022 call the ministry's
 * act is the 2022 action plan's measure 1.1.5, not the pilot's measure 1.1.6 (issue 18, item 4).
 */
export function cite(call: Call, policy: CallPolicy, scope?: CitationScope): LegalRef {
  const citation = citationFor(call, policy, scope)
  if (citation.source === 'ministry-model' && call.year === 2022 && call.model === 'standard')
    return PLAN_2022
  return citation.ref
}

/**
 * The citation of the pilot rule on reports filed with the Centre of Registers (A5): the call's own
 * point on applicants where it gives one; for a 2022 pilot call without one, point 19.6 of the
 * ministry's 2022 pilot description, which states the rule and under which the 2022 pilot calls ran;
 * otherwise what {@link cite} gives for applicants (never the 2022 description's point for a call of
 * another year).
 */
export function citeReportsRule(call: Call): LegalRef {
  if (call.applicants?.ref === undefined && call.year === 2022 && call.model === 'pilot') {
    return PILOT_2022_P19_6
  }
  return cite(call, 'applicants')
}
