import type { LegalRef } from '@talka/core'
import type { Call } from './call-schema.js'
import type { PolicyRef } from './call-types.js'
import { defaultRefs, ministryRefFor } from './default-refs.js'
import { CallsError } from './errors.js'
import { CALL_POLICIES, type CallPolicy } from './policies.js'

/**
 * What a reason cites for a policy: the reference, where it comes from (`call`: the call's own description
 * or a point of it; `ministry-model`: the ministry's model description or action plan, because the call is
 * silent; `law`: the law, because neither says more), and whether the call states the policy at all.
 *
 * @example
 * ```ts
 * import type { CallCitation } from '@talka/calls'
 * const show = (c: CallCitation) => `${c.ref.act}${c.ref.point ? `, ${c.ref.point} p.` : ''} (${c.source})`
 * ```
 */
export interface CallCitation {
  readonly policy: CallPolicy
  readonly ref: LegalRef
  readonly source: 'call' | 'ministry-model' | 'law'
  readonly stated: boolean
}

/**
 * Which envelope, criterion or cost category a citation is about (the nearest reference wins: an
 * envelope's own point before the budget's, a criterion's before the scoring section's).
 *
 * @example
 * ```ts
 * import type { CitationScope } from '@talka/calls'
 * const scope: CitationScope = { envelope: 'dotnuva' }
 * ```
 */
export interface CitationScope {
  readonly envelope?: string
  readonly criterion?: string
  readonly category?: string
}

/** The call's own reference at a policy's point, or the policy's full reference as given. */
function ownRef(call: Call, ref: PolicyRef | undefined): LegalRef {
  if (!ref) return call.ref
  if ('act' in ref) return ref
  const { quote: _quote, ...base } = call.ref
  return ref.quote === undefined
    ? { ...base, point: ref.point }
    : { ...base, point: ref.point, quote: ref.quote }
}

/** Whether the call states the policy, and the nearest references (most specific first). */
function locate(
  call: Call,
  policy: CallPolicy,
  scope: CitationScope,
): { stated: boolean; refs: PolicyRef[] } {
  const { budget, amounts, evaluation, costs } = call
  const envelope =
    scope.envelope === undefined
      ? undefined
      : budget?.kind === 'envelopes'
        ? budget.envelopes.find((e) => e.id === scope.envelope)
        : undefined
  if (scope.envelope !== undefined && !envelope) {
    throw new CallsError('UNKNOWN_ENVELOPE', `The call ${call.id} has no envelope "${scope.envelope}"`, {
      call: call.id,
      envelope: scope.envelope,
    })
  }
  const refs = (...list: (PolicyRef | undefined)[]) => list.filter((r): r is PolicyRef => r !== undefined)
  switch (policy) {
    case 'call':
    case 'formalCheck':
      return { stated: true, refs: refs(policy === 'formalCheck' ? evaluation?.formalCheckRef : undefined) }
    case 'dates':
      return { stated: call.dates !== undefined, refs: refs(call.dates?.ref) }
    case 'budget':
      return { stated: budget !== undefined, refs: refs(envelope?.ref, budget?.ref) }
    case 'unspent':
      return { stated: budget?.kind === 'envelopes' && budget.unspent !== undefined, refs: refs(budget?.ref) }
    case 'amounts':
      return envelope
        ? { stated: true, refs: refs(envelope.ref, budget?.ref) }
        : {
            stated: amounts?.minPerProject !== undefined || amounts?.maxPerProject !== undefined,
            refs: refs(amounts?.ref),
          }
    case 'overMaximum':
      return { stated: amounts?.overMaximum !== undefined, refs: refs(amounts?.ref) }
    case 'applicants':
      return { stated: call.applicants !== undefined, refs: refs(call.applicants?.ref) }
    case 'activities':
      return envelope?.activityAreas
        ? { stated: true, refs: refs(envelope.ref, budget?.ref) }
        : { stated: call.activities !== undefined, refs: refs(call.activities?.ref) }
    case 'costs': {
      const cap =
        scope.category === undefined ? undefined : costs?.caps?.find((c) => c.category === scope.category)
      return { stated: costs !== undefined, refs: refs(cap?.ref, costs?.ref) }
    }
    case 'scoring': {
      const criterion =
        scope.criterion === undefined
          ? undefined
          : evaluation?.criteria?.find((c) => c.id === scope.criterion)
      if (scope.criterion !== undefined && !criterion) {
        throw new CallsError(
          'UNKNOWN_CRITERION',
          `The call ${call.id} has no criterion "${scope.criterion}"`,
          {
            call: call.id,
            criterion: scope.criterion,
          },
        )
      }
      return { stated: evaluation?.criteria !== undefined, refs: refs(criterion?.ref, evaluation?.ref) }
    }
    case 'passMark':
      return { stated: evaluation?.passMark !== undefined, refs: refs(evaluation?.passMark?.ref) }
    case 'divergence':
      return { stated: evaluation?.divergence !== undefined, refs: refs(evaluation?.divergence?.ref) }
    case 'tiesAtBudgetLine':
      return {
        stated: evaluation?.tiesAtBudgetLine !== undefined,
        refs: refs(evaluation?.tiesAtBudgetLineRef),
      }
    case 'fundingOrder':
      return { stated: evaluation?.fundingOrder !== undefined, refs: refs(evaluation?.fundingOrder?.ref) }
    case 'lastProject':
      return { stated: evaluation?.lastProject !== undefined, refs: refs(evaluation?.lastProject?.ref) }
    case 'reserve':
      return { stated: evaluation?.reserve !== undefined, refs: refs(evaluation?.reserve?.ref) }
    default:
      throw new CallsError('UNKNOWN_POLICY', `Unknown call policy "${String(policy)}"`, {
        policy: String(policy),
      })
  }
}

/**
 * The reference a reason should cite for a policy of a call. Where the call states the policy: the
 * policy's own reference (a point of the call's description, or a full reference), else the call's own
 * reference (`source: 'call'`). Where the call is silent: the ministry's model description or action plan
 * for the call's model and year (`source: 'ministry-model'`), or the law where the repository cites no
 * ministry act for that year (`source: 'law'`). It never returns another municipality's act. Reads a call
 * that has been parsed (or a catalog call); it does not validate it again.
 *
 * Throws {@link CallsError} `UNKNOWN_POLICY`, `UNKNOWN_ENVELOPE` or `UNKNOWN_CRITERION` for a name the call
 * does not have.
 *
 * @example
 * ```ts
 * import { citationFor, calls } from '@talka/calls'
 * const prienai = calls['prienai-district-2021-repeat']
 * citationFor(prienai, 'applicants').ref.point // '42'
 * citationFor(prienai, 'applicants').source // 'call'
 * citationFor(prienai, 'tiesAtBudgetLine').source // 'ministry-model' (A1-246): the call is silent
 * ```
 */
export function citationFor(call: Call, policy: CallPolicy, scope: CitationScope = {}): CallCitation {
  if (!CALL_POLICIES.includes(policy)) {
    throw new CallsError('UNKNOWN_POLICY', `Unknown call policy "${String(policy)}"`, {
      policy: String(policy),
    })
  }
  const { stated, refs } = locate(call, policy, scope)
  if (stated) return { policy, ref: ownRef(call, refs[0]), source: 'call', stated }
  const ministry = ministryRefFor(call.model, call.year)
  if (ministry) return { policy, ref: ministry, source: 'ministry-model', stated }
  const law =
    policy === 'applicants'
      ? defaultRefs.communityOrganisationDefinition
      : defaultRefs.communityOrganisationsLaw
  return { policy, ref: law, source: 'law', stated }
}
