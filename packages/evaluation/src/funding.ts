// The cut-off: funding down the ranked list while the budget lasts, the last project's remainder, the reserve
// list, and ties at the line that the call gives no way to break. Internal.
import type { PreparedCall } from './prepared-input.js'

/** Funded at min(requested, maxPerProject). */
export const FUNDED = 1
/** Funded with the remainder of the budget (the last project). */
export const FUNDED_REMAINDER = 2
/** On the reserve list: the budget ran out. */
export const RESERVE = 3
/** On the reserve list: the remainder was below the minimum per project. */
export const RESERVE_BELOW_MINIMUM = 4
/** Tied at the funding line, and the call gives no way to break the tie. */
export const TIE_UNRESOLVED = 5
/** After an unresolved tie (skip-ahead funding): the decision depends on how that tie is broken. */
export const TIE_DEPENDS_ON = 6

/** What the cut-off decided, by application index. */
export interface Funding {
  /** One of the constants above; 0 for applications that were not funded down the list. */
  readonly outcome: Uint8Array
  /** Cents funded ({@link FUNDED}, {@link FUNDED_REMAINDER}) or the remainder ({@link RESERVE_BELOW_MINIMUM}). */
  readonly amount: Float64Array
  /** For applications funded past a higher-ranked one that did not fit (skip-ahead): the first one skipped. */
  readonly skipped: ReadonlyMap<number, string>
  /** For tied applications: the ids of the tie group (one array per group). */
  readonly tieIds: ReadonlyMap<number, readonly string[]>
  /** The tie groups left unresolved, in rank order (the arrays of `tieIds`). */
  readonly unresolved: readonly (readonly string[])[]
  /** The application funded with the remainder, if any. */
  readonly remainderTo: number | null
  /** The budget left, in cents. */
  readonly remaining: number
}

/**
 * Funds the passing applications: `order[groupStart[g]]` … `order[groupStart[g + 1] - 1]` is funding group `g`
 * (applications tied on everything the call ranks by), for `g` below `groups`. `capped[i]` is application i's
 * request capped at the maximum per project, in cents.
 */
export function fund(
  order: Int32Array,
  groupStart: readonly number[],
  groups: number,
  capped: Float64Array,
  ids: readonly string[],
  call: PreparedCall,
): Funding {
  const outcome = new Uint8Array(capped.length)
  const amount = new Float64Array(capped.length)
  const skippedBy = new Map<number, string>()
  const tieIds = new Map<number, readonly string[]>()
  let remaining = call.budgetCents
  let stopped = false
  let skipped: string | null = null
  let blocking: readonly string[] | null = null
  let remainderTo: number | null = null
  const unresolvedGroups: (readonly string[])[] = []
  const strict = call.fundingOrder === 'strict'
  const remainderPolicy = call.lastProject === 'offer-remainder-if-at-least-minimum'
  const min = call.minCents ?? 0
  const remainderAllowed = (r: number) => remainderPolicy && r > 0 && r >= min
  const reserve = (i: number, r: number) => {
    const belowMinimum = remainderPolicy && r > 0 && r < min
    outcome[i] = belowMinimum ? RESERVE_BELOW_MINIMUM : RESERVE
    if (belowMinimum) amount[i] = r
  }
  const funded = (i: number, cents: number, kind: number) => {
    outcome[i] = kind
    amount[i] = cents
    if (skipped !== null) skippedBy.set(i, skipped)
  }
  for (let g = 0; g < groups; g++) {
    const from = groupStart[g]!
    const to = groupStart[g + 1]!
    if (blocking) {
      for (let k = from; k < to; k++) {
        outcome[order[k]!] = TIE_DEPENDS_ON
        tieIds.set(order[k]!, blocking)
      }
      continue
    }
    if (stopped) {
      for (let k = from; k < to; k++) outcome[order[k]!] = RESERVE
      continue
    }
    if (to - from === 1) {
      const i = order[from]!
      if (capped[i]! <= remaining) {
        funded(i, capped[i]!, FUNDED)
        remaining -= capped[i]!
      } else if (remainderAllowed(remaining)) {
        funded(i, remaining, FUNDED_REMAINDER)
        remainderTo = i
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
    // A tie that does not fit: who gets funded depends on how the tie is broken, except for members that
    // could not be funded in any order.
    const group: string[] = []
    for (let k = from; k < to; k++) group.push(ids[order[k]!]!)
    const canRemainder = remainderAllowed(remaining)
    let unresolved = false
    for (let k = from; k < to; k++) {
      const i = order[k]!
      if (capped[i]! > remaining && !canRemainder) reserve(i, remaining)
      else {
        unresolved = true
        outcome[i] = TIE_UNRESOLVED
        tieIds.set(i, group)
      }
    }
    if (unresolved) unresolvedGroups.push(group)
    if (strict) stopped = true
    else if (unresolved) blocking = group
    else skipped ??= group[0]!
  }
  return {
    outcome,
    amount,
    skipped: skippedBy,
    tieIds,
    unresolved: unresolvedGroups,
    remainderTo,
    remaining,
  }
}
