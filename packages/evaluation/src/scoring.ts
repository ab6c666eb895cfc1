// Exact scores. A weighted total is an integer in units of 10^-(2 + weightScale) points (scores carry at most
// two decimals, weights at most six), so averages are fractions sum / n of integers and compare exactly by
// cross-multiplication. JavaScript numbers are used when every product provably stays below 2^53 (checked once
// per call); otherwise bigints. Internal.
import type { PreparedApplication, PreparedCall, PreparedInput } from './validate-input.js'

/** The arithmetic mode chosen for a call. */
export type Mode = 'number' | 'bigint'

/** How an application's evaluations turn into its final score (fields of a ranking entry, filled in place). */
export interface ScoreFields {
  status: 'scored' | 'too-few' | 'divergent'
  /** Sum of the totals that form the final score, and how many there are. */
  sum: number | bigint
  n: number
  /** Indices (within the application) of the evaluations that form the score when not all of them do. */
  used: number[] | null
  /** Spread of the initial evaluations' totals, when the call has a divergence rule. */
  spread: number | bigint | null
  /** The divergence rule fired and a further evaluation resolved it. */
  resolved: boolean
  required: number
}

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
    const exactNumerator = d.unit === 'points' ? t.int * 10n ** BigInt(unitScale) : t.int * maxTotal
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
      const ceil = (pm.int * BigInt(n) * unit + den - 1n) / den
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
export function evaluationTotals(prepared: PreparedInput, ctx: ScoringContext): Float64Array | bigint[] {
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

function sumRange(totals: Float64Array | bigint[], start: number, k: number): number | bigint {
  if (totals instanceof Float64Array) {
    let s = 0
    for (let j = 0; j < k; j++) s += totals[start + j]!
    return s
  }
  let s = 0n
  for (let j = 0; j < k; j++) s += totals[start + j]!
  return s
}

/** Fills `out` with the score of one application. */
export function scoreApplication(
  app: PreparedApplication,
  totals: Float64Array | bigint[],
  ctx: ScoringContext,
  out: ScoreFields,
): void {
  const k = app.evaluations.length
  const start = app.evalStart
  const num = ctx.mode === 'number'
  const t = totals as ArrayLike<number | bigint>
  out.used = null
  out.spread = null
  out.resolved = false
  const d = ctx.divergence
  if (!d) {
    out.required = 1
    if (k === 0) {
      out.status = 'too-few'
      out.sum = num ? 0 : 0n
      out.n = 0
      return
    }
    out.status = 'scored'
    out.sum = sumRange(totals, start, k)
    out.n = k
    return
  }
  out.required = d.initial
  if (k < d.initial) {
    out.status = 'too-few'
    out.sum = num ? 0 : 0n
    out.n = 0
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
  out.spread = spread
  if (!(ctx.threshold !== null && spread > ctx.threshold)) {
    out.status = 'scored'
    out.sum = sumRange(totals, start, k)
    out.n = k
    return
  }
  if (k === d.initial) {
    out.status = 'divergent'
    out.sum = num ? 0 : 0n
    out.n = 0
    out.required = d.initial + 1
    return
  }
  out.status = 'scored'
  out.resolved = true
  if (d.resolve === 'average-all') {
    out.sum = sumRange(totals, start, k)
    out.n = k
    return
  }
  const values: (number | bigint)[] = []
  for (let j = 0; j < k; j++) values.push(t[start + j]!)
  const used = closestIndices(values)
  let s: number | bigint = num ? 0 : 0n
  for (const j of used)
    s = num ? (s as number) + (values[j] as number) : (s as bigint) + (values[j] as bigint)
  out.used = used
  out.sum = s
  out.n = used.length
}

/** Compares two final scores, higher first: negative when `a` ranks above `b`. */
export function compareScores(a: ScoreFields, b: ScoreFields): number {
  if (typeof a.sum === 'number') return (b.sum as number) * a.n - a.sum * b.n
  const x = (b.sum as bigint) * BigInt(a.n)
  const y = (a.sum as bigint) * BigInt(b.n)
  return x > y ? 1 : x < y ? -1 : 0
}

/** Whether the final score reaches the pass mark (always true without one). */
export function passes(score: ScoreFields, ctx: ScoringContext): boolean {
  if (!ctx.passThreshold) return true
  return score.sum >= ctx.passThreshold[score.n]!
}
