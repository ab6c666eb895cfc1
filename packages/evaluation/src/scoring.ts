// Exact scores. A weighted total is an integer in units of 10^-(2 + weightScale) points (scores carry at most
// two decimals, weights at most six), so averages are fractions sum / n of integers and compare exactly by
// cross-multiplication. JavaScript numbers are used when every product provably stays below 2^53 (checked once
// per call); otherwise bigints. Internal.
import type { PreparedCall, PreparedInput } from './prepared-input.js'

/** The arithmetic mode chosen for a call. */
export type Mode = 'number' | 'bigint'

/** Totals, sums and spreads: exact integers in doubles (number mode) or bigints. */
export type Integers = Float64Array | bigint[]

/** Everything the scorer needs from the call, computed once. */
export interface ScoringContext {
  readonly mode: Mode
  readonly unitScale: number
  readonly weights: readonly (number | bigint)[]
  readonly maxTotal: bigint
  /** Divergence threshold in total units (floored: a spread exceeds it iff it exceeds the exact threshold). */
  readonly threshold: number | bigint | null
  readonly divergence: PreparedCall['divergence']
  /** `passThreshold[n]`: the smallest sum of n totals that reaches the pass mark. */
  readonly passThreshold: readonly (number | bigint)[] | null
}

const MAX_EVALUATIONS = 20

/**
 * Number mode needs every product the ranking forms to stay exact in a double: sums of up to 20 totals, times
 * an evaluation count of up to 20 (cross-multiplication), so 400 × the largest total must stay below 2^53.
 */
export function scoringContext(call: PreparedCall): ScoringContext {
  const unitScale = 2 + call.weightScale
  let maxTotal = 0n
  for (const k of call.criteria) maxTotal += k.weight * BigInt(k.maxH)
  const mode: Mode = maxTotal * 400n <= BigInt(Number.MAX_SAFE_INTEGER) ? 'number' : 'bigint'
  const toMode = (v: bigint, clamp: bigint): number | bigint =>
    mode === 'number' ? Number(v > clamp ? clamp : v) : v
  const d = call.divergence
  let threshold: number | bigint | null = null
  if (d) {
    const t = d.threshold
    const exactNumerator =
      d.unit === 'points' ? t.coefficient * 10n ** BigInt(unitScale) : t.coefficient * maxTotal
    const exactDenominator = 10n ** BigInt(t.scale) * (d.unit === 'points' ? 1n : 100n)
    threshold = toMode(exactNumerator / exactDenominator, maxTotal)
  }
  let passThreshold: (number | bigint)[] | null = null
  if (call.passMark) {
    const pm = call.passMark
    const unit = 10n ** BigInt(unitScale)
    const den = 10n ** BigInt(pm.scale)
    passThreshold = [0]
    for (let n = 1; n <= MAX_EVALUATIONS; n++) {
      const ceil = (pm.coefficient * BigInt(n) * unit + den - 1n) / den
      passThreshold.push(toMode(ceil, maxTotal * BigInt(n) + 1n))
    }
  }
  return {
    mode,
    unitScale,
    weights: call.criteria.map((k) => (mode === 'number' ? Number(k.weight) : k.weight)),
    maxTotal,
    threshold,
    divergence: d,
    passThreshold,
  }
}

/** The weighted total of every evaluation, by evaluation row of the score matrix. */
export function evaluationTotals(prepared: PreparedInput, ctx: ScoringContext): Integers {
  const count = prepared.call.criteria.length
  const rows = count === 0 ? 0 : prepared.scores.length / count
  const m = prepared.scores
  if (ctx.mode === 'number') {
    const w = ctx.weights as readonly number[]
    const totals = new Float64Array(rows)
    for (let r = 0, base = 0; r < rows; r++, base += count) {
      let t = 0
      for (let k = 0; k < count; k++) t += w[k]! * m[base + k]!
      totals[r] = t
    }
    return totals
  }
  const w = ctx.weights as readonly bigint[]
  const totals: bigint[] = new Array(rows)
  for (let r = 0, base = 0; r < rows; r++, base += count) {
    let t = 0n
    for (let k = 0; k < count; k++) t += w[k]! * BigInt(m[base + k]!)
    totals[r] = t
  }
  return totals
}

/** Status of an application's score. */
export const SCORED = 0
/** Fewer evaluations than the call requires. */
export const TOO_FEW = 1
/** The initial evaluations diverge beyond the call's limit and no further one resolves it yet. */
export const DIVERGENT = 2

/** The final score of every application, by application index. */
export interface ScoreTable {
  readonly mode: Mode
  /** {@link SCORED}, {@link TOO_FEW} or {@link DIVERGENT}. */
  readonly status: Uint8Array
  /** Sum of the totals that form the final score (0 unless scored)… */
  readonly sum: Integers
  /** …and how many there are: the score is the fraction sum / n. */
  readonly n: Uint8Array
  /** Evaluations needed before the application can be scored (for the `tooFew` reason). */
  readonly required: Uint8Array
  /** 1 where the divergence rule fired and a further evaluation resolved it. */
  readonly resolved: Uint8Array
  /** Spread of the initial evaluations' totals, when the call has a divergence rule. */
  readonly spread: Integers | null
  /** Indices (within the application) of the evaluations that form the score when not all of them do. */
  readonly used: ReadonlyMap<number, readonly number[]>
}

/** Scores every application from its evaluation totals (see {@link evaluationTotals}). */
export function scoreApplications(
  prepared: PreparedInput,
  totals: Integers,
  ctx: ScoringContext,
): ScoreTable {
  const count = prepared.count
  const num = ctx.mode === 'number'
  const table = {
    mode: ctx.mode,
    status: new Uint8Array(count),
    sum: num ? new Float64Array(count) : (new Array(count).fill(0n) as bigint[]),
    n: new Uint8Array(count),
    required: new Uint8Array(count).fill(1),
    resolved: new Uint8Array(count),
    spread: ctx.divergence ? (num ? new Float64Array(count) : (new Array(count).fill(0n) as bigint[])) : null,
    used: new Map<number, number[]>(),
  }
  const start = prepared.evalStart
  if (!ctx.divergence && totals instanceof Float64Array) {
    // The common case, without a divergence rule: the score is the average of all evaluations.
    const sum = table.sum as Float64Array
    for (let i = 0; i < count; i++) {
      const from = start[i]!
      const to = start[i + 1]!
      if (from === to) {
        table.status[i] = TOO_FEW
        continue
      }
      let s = 0
      for (let r = from; r < to; r++) s += totals[r]!
      sum[i] = s
      table.n[i] = to - from
    }
    return table
  }
  if (ctx.divergence && totals instanceof Float64Array) {
    scoreDivergenceNumbers(start, totals, ctx, table)
    return table
  }
  for (let i = 0; i < count; i++) scoreWithRule(i, start[i]!, start[i + 1]! - start[i]!, totals, ctx, table)
  return table
}

/**
 * {@link scoreWithRule} under a divergence rule in number mode, for every application in one loop: the same
 * decisions without a union of number and bigint per value and without per-application arrays except the
 * used evaluations of a closest-two average.
 */
function scoreDivergenceNumbers(
  start: Int32Array,
  totals: Float64Array,
  ctx: ScoringContext,
  out: WritableTable,
): void {
  const d = ctx.divergence!
  const initial = d.initial
  const threshold = ctx.threshold as number | null
  const closestTwo = d.resolve === 'average-of-closest-two'
  const sum = out.sum as Float64Array
  const spreads = out.spread as Float64Array
  const count = start.length - 1
  for (let i = 0; i < count; i++) {
    const from = start[i]!
    const to = start[i + 1]!
    const k = to - from
    out.required[i] = initial
    if (k < initial) {
      out.status[i] = TOO_FEW
      continue
    }
    let lo = totals[from]!
    let hi = lo
    for (let r = from + 1; r < from + initial; r++) {
      const v = totals[r]!
      if (v < lo) lo = v
      if (v > hi) hi = v
    }
    const spread = hi - lo
    spreads[i] = spread
    const diverges = threshold !== null && spread > threshold
    if (diverges && k === initial) {
      out.status[i] = DIVERGENT
      out.required[i] = initial + 1
      continue
    }
    if (diverges) out.resolved[i] = 1
    if (!diverges || !closestTwo) {
      let s = 0
      for (let r = from; r < to; r++) s += totals[r]!
      sum[i] = s
      out.n[i] = k
      continue
    }
    const used = closestNumberIndices(totals, from, k)
    let s = 0
    for (const j of used) s += totals[from + j]!
    out.used.set(i, used)
    sum[i] = s
    out.n[i] = used.length
  }
}

/**
 * {@link closestIndices} of `totals[from]` … `totals[from + k - 1]` (k ≤ 20): the smallest gap between
 * neighbours in sorted order is the smallest over all pairs, and with a positive gap only neighbours reach
 * it (a pair further apart spans two gaps), so the pairs at the smallest gap are found without sorting.
 */
function closestNumberIndices(totals: Float64Array, from: number, k: number): number[] {
  let best = Number.POSITIVE_INFINITY
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const gap = Math.abs(totals[from + a]! - totals[from + b]!)
      if (gap < best) best = gap
    }
  }
  let chosen = 0
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      if (Math.abs(totals[from + a]! - totals[from + b]!) === best) chosen |= (1 << a) | (1 << b)
    }
  }
  const used: number[] = []
  for (let a = 0; a < k; a++) if (chosen & (1 << a)) used.push(a)
  return used
}

type WritableTable = {
  status: Uint8Array
  sum: Integers
  n: Uint8Array
  required: Uint8Array
  resolved: Uint8Array
  spread: Integers | null
  used: Map<number, number[]>
}

/** Scores application `i` (its `k` evaluations start at total row `start`), with or without a divergence rule. */
function scoreWithRule(
  i: number,
  start: number,
  k: number,
  totals: Integers,
  ctx: ScoringContext,
  out: WritableTable,
): void {
  const num = ctx.mode === 'number'
  const t = totals as ArrayLike<number | bigint>
  const d = ctx.divergence
  if (!d) {
    if (k === 0) out.status[i] = TOO_FEW
    else setSum(out, i, sumRange(totals, start, k), k)
    return
  }
  out.required[i] = d.initial
  if (k < d.initial) {
    out.status[i] = TOO_FEW
    return
  }
  let lo = t[start]!
  let hi = lo
  for (let j = 1; j < d.initial; j++) {
    const v = t[start + j]!
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  const spread = num ? (hi as number) - (lo as number) : (hi as bigint) - (lo as bigint)
  out.spread![i] = spread
  if (!(ctx.threshold !== null && spread > ctx.threshold)) {
    setSum(out, i, sumRange(totals, start, k), k)
    return
  }
  if (k === d.initial) {
    out.status[i] = DIVERGENT
    out.required[i] = d.initial + 1
    return
  }
  out.resolved[i] = 1
  if (d.resolve === 'average-all') {
    setSum(out, i, sumRange(totals, start, k), k)
    return
  }
  const values: (number | bigint)[] = []
  for (let j = 0; j < k; j++) values.push(t[start + j]!)
  const used = closestIndices(values)
  let s: number | bigint = num ? 0 : 0n
  for (const j of used)
    s = num ? (s as number) + (values[j] as number) : (s as bigint) + (values[j] as bigint)
  out.used.set(i, used)
  setSum(out, i, s, used.length)
}

function setSum(out: WritableTable, i: number, sum: number | bigint, n: number): void {
  out.sum[i] = sum
  out.n[i] = n
}

/** Indices of the two closest totals; where several pairs are equally close, of all of them. */
function closestIndices(values: readonly (number | bigint)[]): number[] {
  const order = values
    .map((_, i) => i)
    .sort((a, b) => {
      const x = values[a]!
      const y = values[b]!
      return x < y ? -1 : x > y ? 1 : a - b
    })
  let best: number | bigint | null = null
  const gap = (i: number) => {
    const hi = values[order[i]!]!
    const lo = values[order[i - 1]!]!
    return typeof hi === 'number' ? hi - (lo as number) : hi - (lo as bigint)
  }
  for (let i = 1; i < order.length; i++) {
    const diff = gap(i)
    if (best === null || diff < best) best = diff
  }
  const chosen = new Set<number>()
  for (let i = 1; i < order.length; i++) {
    if (gap(i) === best) {
      chosen.add(order[i - 1]!)
      chosen.add(order[i]!)
    }
  }
  return [...chosen].sort((a, b) => a - b)
}

function sumRange(totals: Integers, start: number, k: number): number | bigint {
  if (totals instanceof Float64Array) {
    let s = 0
    for (let j = 0; j < k; j++) s += totals[start + j]!
    return s
  }
  let s = 0n
  for (let j = 0; j < k; j++) s += totals[start + j]!
  return s
}

/** Compares the final scores of applications `a` and `b`, higher first: negative when `a` ranks above `b`. */
export function compareScores(table: ScoreTable, a: number, b: number): number {
  const n = table.n
  if (table.sum instanceof Float64Array) return table.sum[b]! * n[a]! - table.sum[a]! * n[b]!
  const x = table.sum[b]! * BigInt(n[a]!)
  const y = table.sum[a]! * BigInt(n[b]!)
  return x > y ? 1 : x < y ? -1 : 0
}

/** Whether application `i`'s final score reaches the pass mark (always true without one). */
export function passes(table: ScoreTable, i: number, ctx: ScoringContext): boolean {
  if (!ctx.passThreshold) return true
  return table.sum[i]! >= ctx.passThreshold[table.n[i]!]!
}

/**
 * The sum of criterion `k`'s scores (hundredths) over the evaluations that form application `i`'s score;
 * the criterion's average is this sum over `table.n[i]`.
 */
export function criterionSum(prepared: PreparedInput, table: ScoreTable, i: number, k: number): number {
  const { scores, evalStart } = prepared
  const width = prepared.call.criteria.length
  const start = evalStart[i]!
  const used = table.used.get(i)
  let s = 0
  if (used) for (const j of used) s += scores[(start + j) * width + k]!
  else for (let r = start; r < evalStart[i + 1]!; r++) s += scores[r * width + k]!
  return s
}

/**
 * The index of the first criterion whose average score (over the evaluations that form the final score)
 * is below the call's `minimumScore` for it, or `null` when every minimum is reached. Exact: the sum of
 * hundredths is compared with minimum × n.
 */
export function belowCriterionMinimum(prepared: PreparedInput, table: ScoreTable, i: number): number | null {
  const criteria = prepared.call.criteria
  const n = table.n[i]!
  for (let k = 0; k < criteria.length; k++) {
    const minimum = criteria[k]!.minimumH
    if (minimum !== null && criterionSum(prepared, table, i, k) < minimum * n) return k
  }
  return null
}
