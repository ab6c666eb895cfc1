// The rank order: by final score (exact fractions), then by the call's tie-break keys before a lot, then by id;
// a lot then reorders each group still tied. Internal.
import { gcd } from '@talka/core'
import { drawLot } from './lot.js'
import type { PreparedCall, PreparedInput } from './prepared-input.js'
import { compareScores, type ScoreTable } from './scoring.js'

/** The ranked applications in rank order, grouped as the funding needs them. */
export interface RankOrder {
  /** Application indices, best first. */
  readonly order: Int32Array
  /**
   * Funding groups: runs of `order` tied on the score and on every key before a lot (a lot makes each member a
   * group of its own). Group `g` is `order[groupStart[g]]` to `order[groupStart[g + 1] - 1]`.
   */
  readonly groupStart: readonly number[]
  /** Rank position (0-based) of each application by index; -1 for the applications not ranked. */
  readonly position: Int32Array
  /** By application index: the ids of the applications with the same score (one array per score), or null. */
  readonly tieGroup: readonly (readonly string[] | null)[]
  /** How many scores are shared by more than one application. */
  readonly tieGroupCount: number
  readonly lotDraws: { group: string[]; order: string[] }[]
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Orders the applications `ranked` (indices of scored applications). */
export function rankOrder(prepared: PreparedInput, table: ScoreTable, ranked: readonly number[]): RankOrder {
  const { call, ids } = prepared
  const criterionSums = tieCriterionSums(prepared, table, ranked)
  // Tie-break keys before a lot: `compareKeys` is 0 when two applications are still tied after them.
  const keyed = call.tieBreak.some((k) => k.kind !== 'lot')
  const compareKeys = keyed
    ? (a: number, b: number) => compareTieKeys(a, b, call, table, criterionSums, prepared.submittedAt)
    : () => 0
  const order =
    (keyed ? keyedOrder(prepared, table, ranked, criterionSums) : packedOrder(table, ranked, ids)) ||
    Int32Array.from(ranked).sort(
      (a, b) => compareScores(table, a, b) || compareKeys(a, b) || byText(ids[a]!, ids[b]!),
    )

  const lot = call.tieBreak.find((k) => k.kind === 'lot')?.seed
  const groupStart: number[] = []
  const tieGroup: (readonly string[] | null)[] = new Array(prepared.count).fill(null)
  const lotDraws: { group: string[]; order: string[] }[] = []
  let tieGroupCount = 0
  for (let i = 0; i < order.length; ) {
    let j = i + 1
    while (j < order.length && compareScores(table, order[i]!, order[j]!) === 0) j++
    if (j - i > 1) {
      const group: string[] = new Array(j - i)
      for (let k = i; k < j; k++) group[k - i] = ids[order[k]!]!
      for (let k = i; k < j; k++) tieGroup[order[k]!] = group
      tieGroupCount++
    }
    for (let s = i; s < j; ) {
      let t = s + 1
      while (t < j && compareKeys(order[s]!, order[t]!) === 0) t++
      if (lot !== undefined && t - s > 1) {
        lotDraws.push(drawInPlace(order, s, t, lot, ids))
        for (let k = s; k < t; k++) groupStart.push(k)
      } else groupStart.push(s)
      s = t
    }
    i = j
  }
  groupStart.push(order.length)
  const position = new Int32Array(prepared.count).fill(-1)
  for (let p = 0; p < order.length; p++) position[order[p]!] = p
  return { order, groupStart, position, tieGroup, tieGroupCount, lotDraws }
}

/** Reorders `order[from]` … `order[to - 1]` by lot (see `drawLot`) and returns the draw for the trace. */
function drawInPlace(
  order: Int32Array,
  from: number,
  to: number,
  seed: string,
  ids: readonly string[],
): { group: string[]; order: string[] } {
  const members = Array.from(order.subarray(from, to))
  const drawn = drawLot(
    seed,
    members.map((m) => ids[m]!),
  )
  const byId = new Map(members.map((m) => [ids[m]!, m]))
  drawn.forEach((id, k) => {
    order[from + k] = byId.get(id)!
  })
  return { group: members.map((m) => ids[m]!).sort(), order: drawn }
}

/**
 * The order by score, then id, from one numeric sort of doubles, or null when the numbers do not fit.
 *
 * The score sum / n of every application is written as the integer key sum × (L / n), where L is the least
 * common multiple of the evaluation counts present: equal fractions give equal keys, and a higher score a
 * higher key. The keys are exact while maxSum × L stays below 2^53 (key ≤ sum × L, as n ≥ 1). Packed with the
 * application's place r in id order as (maxKey − key) × count + r, they sort best first and then by id, and
 * the packed values are exact while (maxKey − minKey + 1) × count stays below 2^53.
 */
function packedOrder(
  table: ScoreTable,
  ranked: readonly number[],
  ids: readonly string[],
): Int32Array | null {
  const sum = table.sum
  if (!(sum instanceof Float64Array) || ranked.length === 0) return null
  const count = ranked.length
  let lcm = 1
  let maxSum = 0
  for (const i of ranked) {
    const n = table.n[i]!
    if (lcm % n !== 0) lcm = (lcm / gcd(lcm, n)) * n
    if (sum[i]! > maxSum) maxSum = sum[i]!
  }
  if (maxSum * lcm > Number.MAX_SAFE_INTEGER) return null
  const keys = new Float64Array(count)
  let maxKey = 0
  let minKey = Number.MAX_SAFE_INTEGER
  for (let k = 0; k < count; k++) {
    const i = ranked[k]!
    const key = sum[i]! * (lcm / table.n[i]!)
    keys[k] = key
    if (key > maxKey) maxKey = key
    if (key < minKey) minKey = key
  }
  if ((maxKey - minKey + 1) * count > Number.MAX_SAFE_INTEGER) return null
  const byId = idOrder(ranked, ids)
  const packed = new Float64Array(count)
  for (let r = 0; r < count; r++) packed[r] = (maxKey - keys[byId ? byId[r]! : r]!) * count + r
  packed.sort()
  const order = new Int32Array(count)
  for (let p = 0; p < count; p++) {
    // `%` of doubles is exact (the IEEE remainder), unlike a floored division.
    const r = packed[p]! % count
    order[p] = ranked[byId ? byId[r]! : r]!
  }
  return order
}

/**
 * The order by score, then the tie-break keys before a lot, then id, from stable numeric passes (least
 * significant key first, as a radix sort does), or null when a key does not fit in exact doubles.
 *
 * Each pass gives every application an integer value (smaller first) and sorts the packed doubles
 * (value − min) × count + position: one typed-array sort per key instead of a comparator sort whose
 * every comparison walks the keys. Fractions sum / n are compared as the integers sum × (L / n), L the least
 * common multiple of the counts present (as in {@link packedOrder}).
 */
function keyedOrder(
  prepared: PreparedInput,
  table: ScoreTable,
  ranked: readonly number[],
  criterionSums: readonly Float64Array[],
): Int32Array | null {
  const sum = table.sum
  const count = ranked.length
  if (!(sum instanceof Float64Array) || count === 0) return null
  const { call, ids } = prepared
  let l = 1
  for (const i of ranked) {
    const n = table.n[i]!
    if (l % n !== 0) l = (l / gcd(l, n)) * n
  }
  const byId = idOrder(ranked, ids)
  const order = new Int32Array(count)
  for (let r = 0; r < count; r++) order[r] = ranked[byId ? byId[r]! : r]!
  const value = new Float64Array(prepared.count)
  /** Higher fraction first: the value is −(sums[i] × L / n). */
  const byFraction = (sums: Float64Array): boolean => {
    for (const i of ranked) {
      const v = sums[i]! * (l / table.n[i]!)
      if (v > Number.MAX_SAFE_INTEGER) return false
      value[i] = -v
    }
    return stablePass(order, value)
  }
  const keys = call.tieBreak.filter((k) => k.kind !== 'lot')
  let c = keys.filter((k) => k.kind === 'criterion').length
  for (let k = keys.length - 1; k >= 0; k--) {
    const key = keys[k]!
    if (key.kind === 'criterion') {
      c--
      if (!byFraction(criterionSums[c]!)) return null
    } else if (key.kind === 'submittedAt') {
      const times = prepared.submittedAt!
      // Earlier first: the fraction of a second (less significant), then the second itself.
      let fractions = false
      for (const i of ranked) {
        const f = digitsAt(times[i]!, 20, 29)
        value[i] = f
        if (f !== 0) fractions = true
      }
      if (fractions && !stablePass(order, value)) return null
      for (const i of ranked) value[i] = secondsOf(times[i]!)
      if (!stablePass(order, value)) return null
    }
  }
  return byFraction(sum) ? order : null
}

/** Seconds of a canonical submission time on a monotone scale (months of 31 days; gaps do not matter). */
function secondsOf(t: string): number {
  const day = (digitsAt(t, 0, 4) * 12 + digitsAt(t, 5, 7)) * 31 + digitsAt(t, 8, 10)
  return day * 86_400 + digitsAt(t, 11, 13) * 3600 + digitsAt(t, 14, 16) * 60 + digitsAt(t, 17, 19)
}

/** The number written by the digits `t[from]` … `t[to - 1]` of a canonical submission time (no substring made). */
function digitsAt(t: string, from: number, to: number): number {
  let value = 0
  for (let k = from; k < to; k++) value = value * 10 + (t.charCodeAt(k) - 48)
  return value
}

/**
 * Stably reorders `order` by `value[order[p]]` (integers, smaller first) with one numeric sort; false
 * (order untouched) when the packed values would not be exact.
 */
function stablePass(order: Int32Array, value: Float64Array): boolean {
  const count = order.length
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  for (let p = 0; p < count; p++) {
    const v = value[order[p]!]!
    if (v < min) min = v
    if (v > max) max = v
  }
  if ((max - min + 1) * count > Number.MAX_SAFE_INTEGER) return false
  if (max === min) return true
  const packed = new Float64Array(count)
  for (let p = 0; p < count; p++) packed[p] = (value[order[p]!]! - min) * count + p
  packed.sort()
  const previous = order.slice()
  for (let p = 0; p < count; p++) order[p] = previous[packed[p]! % count]!
  return true
}

/** Positions in `ranked` in the order of their ids; null when `ranked` is already in id order. */
function idOrder(ranked: readonly number[], ids: readonly string[]): number[] | null {
  let sorted = true
  for (let k = 1; k < ranked.length && sorted; k++) sorted = ids[ranked[k - 1]!]! < ids[ranked[k]!]!
  if (sorted) return null
  return Array.from({ length: ranked.length }, (_, k) => k).sort((a, b) =>
    byText(ids[ranked[a]!]!, ids[ranked[b]!]!),
  )
}

/**
 * For each `criterion:<id>` tie-break key, the sum of that criterion's scores (hundredths) over the evaluations
 * that form each application's score, by application index (compared as sum / n). Numbers suffice: scores are
 * at most 10^8 hundredths, so a sum of 20 of them times a count of 20 stays far below 2^53.
 */
function tieCriterionSums(
  prepared: PreparedInput,
  table: ScoreTable,
  ranked: readonly number[],
): Float64Array[] {
  const { call, scores, evalStart } = prepared
  const width = call.criteria.length
  const result: Float64Array[] = []
  for (const key of call.tieBreak) {
    if (key.kind !== 'criterion') continue
    const sums = new Float64Array(prepared.count)
    for (const i of ranked) {
      const start = evalStart[i]!
      const used = table.used.get(i)
      let s = 0
      if (used) for (const j of used) s += scores[(start + j) * width + key.index]!
      else for (let r = start; r < evalStart[i + 1]!; r++) s += scores[r * width + key.index]!
      sums[i] = s
    }
    result.push(sums)
  }
  return result
}

/** Compares two applications on the tie-break keys that come before a lot; 0 when they are still tied. */
function compareTieKeys(
  a: number,
  b: number,
  call: PreparedCall,
  table: ScoreTable,
  criterionSums: readonly Float64Array[],
  submittedAt: readonly string[] | null,
): number {
  let c = 0
  for (const key of call.tieBreak) {
    if (key.kind === 'criterion') {
      const sums = criterionSums[c]!
      const d = sums[b]! * table.n[a]! - sums[a]! * table.n[b]!
      c++
      if (d !== 0) return d
    } else if (key.kind === 'submittedAt') {
      const x = submittedAt![a]!
      const y = submittedAt![b]!
      if (x !== y) return x < y ? -1 : 1
    }
  }
  return 0
}
