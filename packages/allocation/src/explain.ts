import {
  compareDecimalStrings,
  createDecision,
  type Decision,
  type Lang,
  type LegalRef,
  type ReasonInput,
} from '@talka/core'
import type { AllocationResult } from './allocate.js'
import { fixedPartRule, largestRemainderRule, minimumPartRule } from './catalog.js'
import { type CertifiedAllocation, certificateOf } from './certificate.js'
import { allocationMessages } from './messages.js'
import { PRODUCER } from './version.js'

/**
 * Options of {@link explainAllocation}.
 *
 * @example
 * ```ts
 * import type { ExplainOptions } from '@talka/allocation'
 * const options: ExplainOptions = { lang: 'en', asOf: '2022-05-11' }
 * ```
 */
export interface ExplainOptions {
  readonly lang: Lang
  /** The date of the allocation (ISO), recorded as the decision's `asOf`. */
  readonly asOf: string
  /**
   * The municipality's own act for a rule, by rule id (e.g. `'allocation.fixed-part'`), cited instead
   * of the rule's default (the ministry) — only for that municipality's allocation. See
   * `municipalAllocationRules`.
   */
  readonly refs?: Readonly<Partial<Record<AllocationRuleId, LegalRef>>> | undefined
}

/**
 * The ids of the method's rules a caller may cite its own act for in {@link ExplainOptions}.
 *
 * @example
 * ```ts
 * import type { AllocationRuleId } from '@talka/allocation'
 * const id: AllocationRuleId = 'allocation.fixed-part'
 * ```
 */
export type AllocationRuleId =
  | 'allocation.largest-remainder'
  | 'allocation.fixed-part'
  | 'allocation.minimum-part'

/**
 * Explains an allocation as a trace.v1 decision (outcome `'allocated'`): the fixed part, the
 * minimum, the largest-remainder split, any tie the rule resolved and the sum check, each with its
 * rule id, facts, legal reference and a message in Lithuanian or English.
 *
 * @example
 * ```ts
 * import { allocate, explainAllocation } from '@talka/allocation'
 * const result = allocate({ total: '100', unit: '1', fixed: '10', recipients: [{ id: 'a', weight: 1 }, { id: 'b', weight: 2 }] })
 * explainAllocation(result, { lang: 'en', asOf: '2024-05-31' }).reasons.map((r) => r.message.text)
 * ```
 */
export function explainAllocation(
  result: AllocationResult | CertifiedAllocation,
  options: ExplainOptions,
): Decision<'allocated'> {
  return createDecision({
    decision: 'allocation:largest-remainder',
    outcome: 'allocated',
    asOf: options.asOf,
    lang: options.lang,
    reasons: allocationReasons(result, options.refs),
    producer: PRODUCER,
    catalog: allocationMessages,
  })
}

/** The trace reasons of an allocation (fixed part, minimum, split, ties, sum). @internal */
export function allocationReasons(
  result: AllocationResult | CertifiedAllocation,
  refs: ExplainOptions['refs'] = {},
): ReasonInput[] {
  const c = 'certificate' in result ? result.certificate : certificateOf(result)
  const reasons: ReasonInput[] = []
  const count = c.recipients.length
  if (compareDecimalStrings(c.inputs.fixed, '0') > 0) {
    reasons.push({
      ruleId: fixedPartRule.id,
      result: 'applied',
      facts: { fixed: c.inputs.fixed, recipients: count },
      ref: refs[fixedPartRule.id as AllocationRuleId] ?? fixedPartRule.refs[0],
      messageKey: 'allocation.fixed.applied',
      params: { count, fixed: c.inputs.fixed, rest: c.split.proportionalTotal },
    })
  }
  const raised = c.recipients.filter((r) => r.minimumApplied).map((r) => r.id)
  if (compareDecimalStrings(c.inputs.minimum, c.inputs.fixed) > 0) {
    reasons.push({
      ruleId: minimumPartRule.id,
      result: raised.length > 0 ? 'applied' : 'not-needed',
      facts: { minimum: c.inputs.minimum, raised },
      ref: refs[minimumPartRule.id as AllocationRuleId] ?? minimumPartRule.refs[0],
      messageKey: raised.length > 0 ? 'allocation.minimum.applied' : 'allocation.minimum.not-needed',
      params: { minimum: c.inputs.minimum, ids: raised.join(', ') },
    })
  }
  const lrRef = refs[largestRemainderRule.id as AllocationRuleId] ?? largestRemainderRule.refs[0]
  const capped = c.recipients.filter((r) => r.capApplied === true).map((r) => r.id)
  if (capped.length > 0) {
    reasons.push({
      ruleId: largestRemainderRule.id,
      result: 'applied',
      facts: { capped, capTotal: c.split.capTotal ?? '0' },
      ref: lrRef,
      messageKey: 'allocation.lr.capped',
      params: { ids: capped.join(', ') },
    })
  }
  reasons.push({
    ruleId: largestRemainderRule.id,
    result: 'applied',
    facts: {
      total: c.inputs.total,
      unit: c.inputs.unit,
      weightSum: c.split.weightSum,
      leftoverUnits: c.split.leftoverUnits,
    },
    ref: lrRef,
    messageKey: 'allocation.lr.applied',
    params: { total: c.inputs.total, count, unit: c.inputs.unit, leftover: c.split.leftoverUnits },
  })
  for (const tie of c.ties) {
    reasons.push({
      ruleId: largestRemainderRule.id,
      result: 'tie-resolved',
      facts: { members: tie.members, awarded: tie.awarded, remainder: tie.remainder.decimal },
      ref: lrRef,
      messageKey: tie.decidedBy === 'weight' ? 'allocation.tie.by-weight' : 'allocation.tie.by-id',
      params: { members: tie.members.join(', '), awarded: tie.awarded.join(', ') },
    })
  }
  reasons.push({
    ruleId: largestRemainderRule.id,
    result: 'pass',
    facts: { total: c.sum.total, amounts: c.sum.amounts },
    ref: lrRef,
    messageKey: 'allocation.sum.ok',
    params: { total: c.sum.total },
  })
  return reasons
}
