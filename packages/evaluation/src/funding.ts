// The cut-off: funding down the ranked list while a pool's money lasts, the last project's remainder, ties
// at the line (reported, broken or sharing the remainder), and the reserve list. One kernel for the call's
// total budget, each eldership envelope, the envelopes' pooled unspent money and promotions from the reserve
// list. Internal.
import type { PreparedCall, TiesPolicy } from './prepared-input.js'
import { splitEqually, splitProportionally } from './split-remainder.js'

/** Funded at min(eligible amount, maximum per project). */
export const FUNDED = 1
/** Funded with the remainder of the budget (the last project). */
export const FUNDED_REMAINDER = 2
/** On the reserve list: the budget ran out. */
export const RESERVE = 3
/** On the reserve list: the remainder was below the minimum per project. */
export const RESERVE_BELOW_MINIMUM = 4
/** Tied at the funding line, and the call gives no way to break the tie (or leaves it to the commission). */
export const TIE_UNRESOLVED = 5
/** After an unresolved tie (skip-ahead funding): the decision depends on how that tie is broken. */
export const TIE_DEPENDS_ON = 6
/** Tied at the funding line and given a share of the remainder, as the call says. */
export const FUNDED_SPLIT = 7
/** On the reserve list because the call does not say whether the remainder is offered (`missingParam`). */
export const RESERVE_POLICY_MISSING = 8

/** Whether an outcome funds the application (in full, with the remainder, or with a share of a split). */
export function isFunded(outcome: number): boolean {
  return outcome === FUNDED || outcome === FUNDED_REMAINDER || outcome === FUNDED_SPLIT
}

/** Whether an outcome puts the application on the reserve list (not funded yet, for whatever reason). */
export function isReserve(outcome: number): boolean {
  return outcome === RESERVE || outcome === RESERVE_BELOW_MINIMUM || outcome === RESERVE_POLICY_MISSING
}

/** Whether an outcome leaves the application waiting on a tie at the line. */
export function isTied(outcome: number): boolean {
  return outcome === TIE_UNRESOLVED || outcome === TIE_DEPENDS_ON
}

/** How the remainder of a pool was shared between projects tied at the line. */
export interface SplitRecord {
  readonly policy: 'split-equally' | 'split-proportionally'
  readonly pool: string | null
  readonly group: readonly string[]
  readonly remainder: number
  readonly shares: readonly { readonly id: string; readonly amount: number }[]
  /** Cents left after rounding each equal share down (always 0 for a proportional split). */
  readonly leftover: number
}

/** What the cut-off decided, by application index (shared by every pool and phase of one ranking). */
export interface Funding {
  /** One of the constants above; 0 for applications that were not funded down the list. */
  readonly outcome: Uint8Array
  /** Cents funded, or the remainder ({@link RESERVE_BELOW_MINIMUM}, {@link RESERVE_POLICY_MISSING}). */
  readonly amount: Float64Array
  /** 1 where the application was funded from the envelopes' pooled unspent money. */
  readonly pooled: Uint8Array
  /** For applications funded past a higher-ranked one that did not fit (skip-ahead): the first one skipped. */
  readonly skipped: Map<number, string>
  /** For tied applications: the ids of the tie group (one array per group). */
  readonly tieIds: Map<number, readonly string[]>
  /** For {@link RESERVE_POLICY_MISSING}: the call parameter that is missing. */
  readonly missingParam: Map<number, string>
  /** For {@link FUNDED_SPLIT}: the split. */
  readonly splitOf: Map<number, SplitRecord>
  /** The tie groups left unresolved, in rank order (the arrays of `tieIds`). */
  readonly unresolved: (readonly string[])[]
  readonly splits: SplitRecord[]
  /** The applications funded with a remainder. */
  readonly remainderTo: number[]
  /** The call parameters the call leaves out that this funding depended on (e.g. `evaluation.lastProject`). */
  readonly missing: Set<string>
}

/** A new, empty funding record for `count` applications. */
export function newFunding(count: number): Funding {
  return {
    outcome: new Uint8Array(count),
    amount: new Float64Array(count),
    pooled: new Uint8Array(count),
    skipped: new Map(),
    tieIds: new Map(),
    missingParam: new Map(),
    splitOf: new Map(),
    unresolved: [],
    splits: [],
    remainderTo: [],
    missing: new Set(),
  }
}

/** The policies of the cut-off, read from the call. */
export interface FundingPolicy {
  readonly lastProject: PreparedCall['lastProject']
  readonly ties: TiesPolicy
  readonly fundingOrder: PreparedCall['fundingOrder']
}

/** One run of the cut-off: a list of candidates in rank order, split into funding groups, and the money. */
export interface FundingRun {
  /** Application indices in rank order. */
  readonly order: ArrayLike<number>
  /** Group `g` is `order[groupStart[g]]` … `order[groupStart[g + 1] - 1]`; the last entry is `order.length`. */
  readonly groupStart: readonly number[]
  /** The money, in cents. */
  readonly budget: number
  /** The pool's id, for the trace. */
  readonly pool: string | null
  /** Application i's amount capped by its maximum, in cents. */
  readonly capped: Float64Array
  /** Application i's minimum per project in cents, or -1 where the call states none. */
  readonly minCents: Float64Array
  readonly ids: readonly string[]
}

/**
 * Funds the candidates of `run` down the list, writing into `out`; returns the money left, in cents.
 */
export function fund(run: FundingRun, policy: FundingPolicy, out: Funding): number {
  const { order, groupStart, capped, ids } = run
  const { outcome, amount } = out
  let remaining = run.budget
  let stopped = false
  let skipped: string | null = null
  let blocking: readonly string[] | null = null
  const strict = policy.fundingOrder !== 'skip-ahead'
  /** 'yes', 'no', or the missing call parameter that would decide whether the remainder is offered. */
  const remainderFor = (i: number, r: number): string => {
    if (r <= 0 || policy.lastProject === 'reserve') return 'no'
    if (policy.lastProject === null) return 'evaluation.lastProject'
    if (policy.lastProject === 'fund-partially') return 'yes'
    const min = run.minCents[i]!
    if (min < 0) return 'amounts.minPerProject'
    return r >= min ? 'yes' : 'no'
  }
  const reserve = (i: number, r: number) => {
    const answer = remainderFor(i, r)
    if (answer === 'no' && r > 0 && policy.lastProject === 'offer-remainder-if-at-least-minimum') {
      outcome[i] = RESERVE_BELOW_MINIMUM
      amount[i] = r
    } else if (answer !== 'no' && answer !== 'yes') {
      outcome[i] = RESERVE_POLICY_MISSING
      amount[i] = r
      out.missingParam.set(i, answer)
      out.missing.add(answer)
    } else outcome[i] = RESERVE
  }
  const funded = (i: number, cents: number, kind: number) => {
    outcome[i] = kind
    amount[i] = cents
    if (skipped !== null) out.skipped.set(i, skipped)
  }
  const groups = groupStart.length - 1
  for (let g = 0; g < groups; g++) {
    const from = groupStart[g]!
    const to = groupStart[g + 1]!
    if (blocking) {
      for (let k = from; k < to; k++) {
        outcome[order[k]!] = TIE_DEPENDS_ON
        out.tieIds.set(order[k]!, blocking)
      }
      continue
    }
    if (stopped) {
      for (let k = from; k < to; k++) {
        const i = order[k]!
        outcome[i] = RESERVE
        // Silent on the funding order: say so where a project further down would fit in what is left.
        if (policy.fundingOrder === null && remaining > 0 && capped[i]! <= remaining) {
          out.missing.add('evaluation.fundingOrder')
        }
      }
      continue
    }
    if (to - from === 1) {
      const i = order[from]!
      if (capped[i]! <= remaining) {
        funded(i, capped[i]!, FUNDED)
        remaining -= capped[i]!
      } else if (remainderFor(i, remaining) === 'yes') {
        funded(i, remaining, FUNDED_REMAINDER)
        out.remainderTo.push(i)
        remaining = 0
        stopped = strict
      } else {
        reserve(i, remaining)
        if (strict) stopped = true
        else skipped ??= ids[i]!
      }
      continue
    }
    let sum = 0
    for (let k = from; k < to && sum <= remaining; k++) sum += capped[order[k]!]!
    if (sum <= remaining) {
      for (let k = from; k < to; k++) funded(order[k]!, capped[order[k]!]!, FUNDED)
      remaining -= sum
      continue
    }
    const group: string[] = []
    for (let k = from; k < to; k++) group.push(ids[order[k]!]!)
    if ((policy.ties === 'split-equally' || policy.ties === 'split-proportionally') && remaining > 0) {
      remaining = split(run, from, to, remaining, policy.ties, group, out, funded)
      if (strict) stopped = true
      continue
    }
    // A tie that does not fit: who gets funded depends on how the tie is broken, except for members that
    // could not be funded in any order.
    let unresolved = false
    for (let k = from; k < to; k++) {
      const i = order[k]!
      if (capped[i]! > remaining && remainderFor(i, remaining) === 'no') reserve(i, remaining)
      else {
        unresolved = true
        outcome[i] = TIE_UNRESOLVED
        out.tieIds.set(i, group)
      }
    }
    if (unresolved) out.unresolved.push(group)
    if (strict) stopped = true
    else if (unresolved) blocking = group
    else skipped ??= group[0]!
  }
  return remaining
}

/** Shares `remaining` between the tie group `from` … `to - 1`; returns the cents left. */
function split(
  run: FundingRun,
  from: number,
  to: number,
  remaining: number,
  policy: 'split-equally' | 'split-proportionally',
  group: readonly string[],
  out: Funding,
  funded: (i: number, cents: number, kind: number) => void,
): number {
  const members: number[] = []
  for (let k = from; k < to; k++) members.push(run.order[k]!)
  const asks = members.map((i) => run.capped[i]!)
  let shares: number[]
  let leftover = 0
  if (policy === 'split-equally') ({ shares, leftover } = splitEqually(remaining, asks))
  else shares = splitProportionally(remaining, asks)
  const record: SplitRecord = {
    policy,
    pool: run.pool,
    group,
    remainder: remaining,
    shares: members.map((i, k) => ({ id: run.ids[i]!, amount: shares[k]! })),
    leftover,
  }
  out.splits.push(record)
  members.forEach((i, k) => {
    if (shares[k]! > 0) {
      funded(i, shares[k]!, FUNDED_SPLIT)
      out.splitOf.set(i, record)
    } else out.outcome[i] = RESERVE
  })
  return leftover
}
