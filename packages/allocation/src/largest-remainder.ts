/**
 * The largest-remainder (Hamilton) kernel on whole units and integer weights, with fixed parts and
 * the domain's minimum rule. Internal module: `allocate` wraps it with validation, formatting and the
 * certificate.
 *
 * Every quota is the exact fraction `(fixed·W + R·w) / W` units, so the quotas of one round share the
 * denominator `W`: floors are integer divisions and remainders compare as integers. The kernel runs
 * on safe JavaScript integers whenever the weights and their sum are safe (amounts always are: core's
 * range), forming only the products `R·w` that pass 2^53 in bigint; otherwise entirely in bigint
 * (decisions 0014, 0016). Both give identical results (a property test runs both).
 */
import { type NormalizedInput, weightsOf } from './allocate-input.js'
import { compareCodePoints } from './code-point-order.js'
import { AllocationError } from './errors.js'

/** One pass of the minimum rule: the recipients raised to the minimum and the split they left. */
export interface MinimumRound<N extends number | bigint = bigint> {
  /** Indices of the recipients whose quota fell below the minimum in this round. */
  readonly raised: readonly number[]
  /** Indices of the recipients whose quota rose above their cap in this round. */
  readonly capped: readonly number[]
  /** Proportional units split in this round and the weight sum, to restate the raised quotas. */
  readonly proportionalUnits: N
  readonly weightSum: N
}

interface KernelFields<N extends number | bigint, A> {
  /** Final amount of each recipient, in units. */
  readonly units: A
  /** Floor of the proportional quota (units, without the fixed part); 0 for raised recipients. */
  readonly floors: A
  /** Remainder numerators over `weightSum` (units); 0 for raised recipients. */
  readonly remainders: A
  /** Proportional units of the final split (total after minimums and fixed parts). */
  readonly proportionalUnits: N
  readonly weightSum: N
  readonly rounds: readonly MinimumRound<N>[]
  /** 1 where the recipient was raised to the minimum, else 0. */
  readonly minimumApplied: SmallIntArray
  /** 1 where the recipient was held to its cap, else 0. */
  readonly capApplied: SmallIntArray
  /** 1 where the recipient got one of the leftover units, else 0. */
  readonly extraUnit: SmallIntArray
  /** Indices of the recipients that took part in the final split. */
  readonly active: IndexArray
  readonly leftoverUnits: number
}

/** The kernel's answer in bigint arithmetic, in input order. */
export interface BigKernelResult extends KernelFields<bigint, readonly bigint[]> {
  readonly mode: 'bigint'
}

/** The kernel's answer in safe-integer arithmetic, in input order. */
export interface NumberKernelResult extends KernelFields<number, NumberArray> {
  readonly mode: 'number'
}

/** Safe integers: a plain array for small inputs, a `Float64Array` for large ones. */
export type NumberArray = number[] | Float64Array
/** 0/1 flags: a plain array for small inputs, a `Uint8Array` for large ones. */
export type SmallIntArray = number[] | Uint8Array
/** Recipient indices: a plain array for small inputs, an `Int32Array` for large ones. */
export type IndexArray = number[] | Int32Array

const LARGE = 512

/**
 * A zeroed array of `n` numbers. Plain arrays allocate much faster than typed arrays when small;
 * typed arrays avoid elements-kind transitions and GC scanning when large.
 */
function zeros(n: number): NumberArray {
  if (n >= LARGE) return new Float64Array(n)
  // A store loop allocates a packed array faster than `fill` on small arrays.
  const items = new Array<number>(n)
  for (let i = 0; i < n; i++) items[i] = 0
  return items
}

/** Typed arrays of at most 64 bytes live on the V8 heap: cheaper than any plain array of that size. */
const IN_HEAP = 64

function flags(n: number): SmallIntArray {
  return n <= IN_HEAP || n >= LARGE ? new Uint8Array(n) : (zeros(n) as number[])
}

let sharedZeros: SmallIntArray = flags(0)

/**
 * All-zero flags of length `n`, shared between calls (never written: a typed array cannot be frozen): the minimum and cap flags of an input
 * without a minimum or caps are never written, so a fresh array per call is pure garbage (most of the
 * kernel's cost on 60 recipients was GC). Only read by index.
 */
function zeroFlags(n: number): SmallIntArray {
  if (sharedZeros.length !== n) sharedZeros = flags(n)
  return sharedZeros
}

function allIndices(n: number): IndexArray {
  const items = n >= LARGE ? new Int32Array(n) : new Array<number>(n)
  for (let i = 0; i < n; i++) items[i] = i
  return items
}

/** The kernel's answer. */
export type KernelResult = BigKernelResult | NumberKernelResult

/**
 * The order of the tie rule: larger remainder first, then larger weight, then id in code-point
 * order. A strict total order because ids are unique, so the result never depends on input order.
 */
export function makeOrder<N extends number | bigint>(
  remainders: ArrayLike<N>,
  weights: ArrayLike<N>,
  ids: readonly string[],
): (a: number, b: number) => number {
  return (a, b) => {
    if (a === b) return 0
    const ra = remainders[a]!
    const rb = remainders[b]!
    if (ra !== rb) return ra > rb ? -1 : 1
    const wa = weights[a]!
    const wb = weights[b]!
    if (wa !== wb) return wa > wb ? -1 : 1
    return compareCodePoints(ids[a]!, ids[b]!)
  }
}

let scratch = new Float64Array(64)

/**
 * The value of rank `k` (1-based, largest first) among `values[0..n)`, rearranging them: quickselect
 * on the values themselves (no index indirection, no comparator), falling back to a sort when
 * partitions keep being unbalanced. Numbers or bigints.
 */
export function kthLargest<N extends number | bigint>(buffer: Values<N>, n: number, k: number): N {
  // A Float64Array indexes, slices and sorts like an array of numbers.
  const values = buffer as unknown as N[]
  const target = k - 1
  let lo = 0
  let hi = n - 1
  let budget = 2 * Math.ceil(Math.log2(n + 1)) + 8
  while (lo < hi) {
    if (budget-- === 0) {
      const part = values.slice(lo, hi + 1).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      return part[hi - target]!
    }
    // the median of the first, middle and last values
    let a = values[lo]!
    let b = values[(lo + hi) >>> 1]!
    if (a > b) {
      const t = a
      a = b
      b = t
    }
    let pivot = values[hi]!
    if (pivot < a) pivot = a
    else if (pivot > b) pivot = b
    let i = lo
    let j = hi
    while (i <= j) {
      while (values[i]! > pivot) i++
      while (values[j]! < pivot) j--
      if (i <= j) {
        const t = values[i]!
        values[i] = values[j]!
        values[j] = t
        i++
        j--
      }
    }
    if (target <= j) hi = j
    else if (target >= i) lo = i
    else return pivot
  }
  return values[target]!
}

/** A buffer of numbers or bigints that {@link kthLargest} may rearrange. */
type Values<N extends number | bigint> = N extends number ? Float64Array | number[] : N[]

/**
 * Hands the leftover units to the largest remainders under the tie rule (larger remainder, then larger
 * weight, then id in code-point order): the threshold remainder is found on the values alone; every
 * remainder above it gets a unit, and only the recipients exactly at it (rare) are ordered by the
 * rule. Throws on a tie across the last unit in `ties: 'error'` mode. Same result as sorting by the
 * full order, without a comparator call per comparison.
 */
function awardLeftovers<N extends number | bigint>(
  input: NormalizedInput,
  active: IndexArray,
  remainders: ArrayLike<N>,
  weights: ArrayLike<N>,
  leftoverUnits: number,
  extraUnit: SmallIntArray,
  values: Values<N>,
): void {
  if (leftoverUnits <= 0) return
  const m = active.length
  if (leftoverUnits >= m) {
    // Unreachable (Σ remainders = leftover·W with each < W: more than `leftover` are positive).
    for (let k = 0; k < m; k++) extraUnit[active[k]!] = 1
    return
  }
  const buffer = values as unknown as N[]
  for (let k = 0; k < m; k++) buffer[k] = remainders[active[k]!]!
  const threshold = kthLargest(values, m, leftoverUnits)
  let above = 0
  const tied: number[] = []
  for (let k = 0; k < m; k++) {
    const i = active[k]!
    const r = remainders[i]!
    if (r > threshold) {
      extraUnit[i] = 1
      above++
    } else if (r === threshold) tied.push(i)
  }
  const need = leftoverUnits - above
  if (need < tied.length) {
    if (input.ties === 'error') {
      const ids = tied.map((i) => input.ids[i]!)
      throw new AllocationError(
        'UNRESOLVED_TIE',
        `Equal remainders compete for the last unit: ${ids.join(', ')}`,
        { ids, units: leftoverUnits },
      )
    }
    tied.sort(makeOrder(remainders, weights, input.ids))
  }
  for (let k = 0; k < need; k++) extraUnit[tied[k]!] = 1
}

/** A reusable buffer of `m` numbers for the safe-integer kernel's leftovers. */
function numberBuffer(m: number): Float64Array {
  if (scratch.length < m) scratch = new Float64Array(Math.max(m, 2 * scratch.length))
  return scratch
}

function noActive(): never {
  // Unreachable for inputs the schema accepts (minimums, fixed parts and caps are checked to fit);
  // kept as a typed guard.
  throw new AllocationError('MINIMUM_EXCEEDS_TOTAL', 'The minimums and caps leave nothing to split by weight')
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER

/** The sign of `a·b − c·d` for non-negative safe integers, exact (bigint only when a product is not safe). */
export function compareProducts(a: number, b: number, c: number, d: number): number {
  const x = a * b
  const y = c * d
  if (x <= MAX_SAFE && y <= MAX_SAFE) return x < y ? -1 : x > y ? 1 : 0
  const bx = BigInt(a) * BigInt(b)
  const by = BigInt(c) * BigInt(d)
  return bx < by ? -1 : bx > by ? 1 : 0
}

/** `⌊a / b⌋` for safe non-negative integers `a` and positive `b`: the float quotient, corrected by one. */
function floorDiv(a: number, b: number): number {
  const f = Math.floor(a / b)
  const r = a - f * b
  return r < 0 ? f - 1 : r >= b ? f + 1 : f
}

/** Whether `(R mod W) · maxWeight` is safe, so that the split `R = q·W + r` avoids bigints. */
function splitFits(R: number, W: number, maxWeight: number): boolean {
  return (R - floorDiv(R, W) * W) * maxWeight <= MAX_SAFE
}

/** Whether the safe-integer kernel applies: every weight and the weight sum are safe integers. */
export function fitsSafeIntegers(input: NormalizedInput): boolean {
  if (input.bigWeights) return false
  const w = input.weightNumbers
  let sum = 0
  for (let i = 0; i < w.length; i++) sum += w[i]!
  return sum <= MAX_SAFE
}

/**
 * Which of the recipients found below the minimum (`under`) and above their cap (`over`) in the same
 * round are certainly bound at the final split. Raising `under` lowers everyone else's quota and
 * capping `over` raises it; the sign of what both would take beyond the money there is says which way
 * the final quotas move: more than there is → quotas fall, so `under` are certainly raised; less →
 * quotas rise, so `over` are certainly capped; exactly → both. (Water-filling with two bounds.)
 */
function boundSide<N extends number | bigint>(
  under: readonly number[],
  over: readonly number[],
  weights: ArrayLike<N>,
  caps: ArrayLike<N>,
  R: N,
  W: N,
  F: N,
  M: N,
): number {
  const big = (x: N) => BigInt(x)
  let excess = 0n
  for (const i of under) excess += (big(M) - big(F)) * big(W) - big(R) * big(weights[i]!)
  for (const i of over) excess -= big(R) * big(weights[i]!) - (big(caps[i]!) - big(F)) * big(W)
  return excess > 0n ? 1 : excess < 0n ? -1 : 0
}

/**
 * The kernel on safe integers (callers check {@link fitsSafeIntegers}): every amount in units, every
 * weight, their sum, every quotient and remainder is a safe integer; only a product `R·w` can pass
 * 2^53, and then that one product is formed in bigint (the "bigint regime"). Arrays only: no object
 * per recipient.
 */
export function largestRemainderNumber(input: NormalizedInput): NumberKernelResult {
  const weights = input.weightNumbers
  const caps = input.caps
  const n = weights.length
  const F = input.fixedUnits
  const M = input.minimumUnits
  const bounded = M > F || caps !== undefined
  const minimumApplied = bounded ? flags(n) : zeroFlags(n)
  const capApplied = bounded ? flags(n) : minimumApplied
  const extraUnit = flags(n)
  // `units` holds each floor until the leftovers are known; the floors are derived from the units
  // when read (the certificate), so the hot path allocates one array fewer.
  const units = zeros(n)
  const remainders = zeros(n)
  const rounds: MinimumRound<number>[] = bounded ? [] : (NO_ROUNDS as MinimumRound<number>[])

  let active: IndexArray = allIndices(n)
  let remaining = input.totalUnits
  let W = 0
  for (let i = 0; i < n; i++) W += weights[i]!
  let R = remaining - n * F

  // The minimum and cap rules: a recipient whose exact quota F + R·w/W is below M gets M, one whose
  // quota is above its cap gets the cap; either leaves and the rest is split again among the others.
  if (bounded) {
    for (;;) {
      if (W === 0) {
        // Only zero weights are left (the others are capped): each gets F, raised to M.
        if (M > F) {
          const raised = Array.from(active)
          rounds.push({ raised, capped: [], proportionalUnits: R, weightSum: W })
          for (const i of raised) {
            minimumApplied[i] = 1
            units[i] = M
            remaining -= M
          }
          active = []
          R = remaining
        }
        break
      }
      const under: number[] = []
      const over: number[] = []
      for (let k = 0; k < active.length; k++) {
        const i = active[k]!
        const w = weights[i]!
        if (M > F && compareProducts(R, w, M - F, W) < 0) under.push(i)
        else if (caps && caps[i]! !== Number.POSITIVE_INFINITY && compareProducts(R, w, caps[i]! - F, W) > 0)
          over.push(i)
      }
      if (under.length === 0 && over.length === 0) break
      let raised = under
      let capped = over
      if (under.length > 0 && over.length > 0) {
        const side = boundSide(under, over, weights, caps!, R, W, F, M)
        if (side > 0) capped = []
        else if (side < 0) raised = []
      }
      rounds.push({ raised, capped, proportionalUnits: R, weightSum: W })
      for (const i of raised) {
        minimumApplied[i] = 1
        units[i] = M
        remaining -= M
        W -= weights[i]!
      }
      for (const i of capped) {
        capApplied[i] = 1
        units[i] = caps![i]!
        remaining -= caps![i]!
        W -= weights[i]!
      }
      const next: number[] = []
      for (let k = 0; k < active.length; k++) {
        const i = active[k]!
        if (minimumApplied[i] === 0 && capApplied[i] === 0) next.push(i)
      }
      active = next
      R = remaining - active.length * F
      if (active.length === 0) break
    }
  }

  let floorSum = 0
  if (W > 0) {
    let maxWeight = 0
    for (let k = 0; k < active.length; k++) {
      const w = weights[active[k]!]!
      if (w > maxWeight) maxWeight = w
    }
    if (R * maxWeight <= MAX_SAFE) {
      for (let k = 0; k < active.length; k++) {
        const i = active[k]!
        const a = R * weights[i]!
        // a and W are safe integers: the float quotient's floor is exact after a ±1 correction.
        let f = Math.floor(a / W)
        let r = a - f * W
        if (r < 0) {
          f -= 1
          r += W
        } else if (r >= W) {
          f += 1
          r -= W
        }
        units[i] = f
        remainders[i] = r
        floorSum += f
      }
    } else if (splitFits(R, W, maxWeight)) {
      // The bigint regime without bigints: R = q·W + r with r < W, so R·w / W = q·w + r·w / W, and
      // r·w stays below 2^53 whenever the weights are small beside the weight sum (a large total in
      // cents over modest weights: the common case). q·w ≤ R·w / W ≤ R is safe too.
      const q = floorDiv(R, W)
      const r0 = R - q * W
      for (let k = 0; k < active.length; k++) {
        const i = active[k]!
        const w = weights[i]!
        const a = r0 * w
        const f = floorDiv(a, W)
        const fn = q * w + f
        units[i] = fn
        remainders[i] = a - f * W
        floorSum += fn
      }
    } else {
      // The bigint regime: only the product passes 2^53; its quotient (≤ R) and remainder (< W) are
      // safe again, so everything after this loop runs on numbers.
      const bigR = BigInt(R)
      const bigW = BigInt(W)
      for (let k = 0; k < active.length; k++) {
        const i = active[k]!
        const a = bigR * BigInt(weights[i]!)
        const f = a / bigW
        const fn = Number(f)
        units[i] = fn
        remainders[i] = Number(a - f * bigW)
        floorSum += fn
      }
    }
  }
  const leftoverUnits = R - floorSum
  if (W === 0 && leftoverUnits !== 0) noActive()
  awardLeftovers(input, active, remainders, weights, leftoverUnits, extraUnit, numberBuffer(active.length))
  for (let k = 0; k < active.length; k++) {
    const i = active[k]!
    units[i] = F + units[i]! + extraUnit[i]!
  }
  return new NumberKernel(
    units,
    remainders,
    R,
    W,
    rounds,
    minimumApplied,
    capApplied,
    extraUnit,
    active,
    leftoverUnits,
    F,
  )
}

/**
 * The safe-integer kernel's answer. A class so that the floors, which only the certificate reads, are
 * derived on first read by a prototype getter (no array and no closure per call).
 */
class NumberKernel implements NumberKernelResult {
  readonly mode = 'number' as const
  #floors: NumberArray | undefined
  constructor(
    readonly units: NumberArray,
    readonly remainders: NumberArray,
    readonly proportionalUnits: number,
    readonly weightSum: number,
    readonly rounds: readonly MinimumRound<number>[],
    readonly minimumApplied: SmallIntArray,
    readonly capApplied: SmallIntArray,
    readonly extraUnit: SmallIntArray,
    readonly active: IndexArray,
    readonly leftoverUnits: number,
    readonly fixedUnits: number,
  ) {}

  get floors(): NumberArray {
    this.#floors ??= floorsOf(
      this.units,
      this.extraUnit,
      this.minimumApplied,
      this.capApplied,
      this.fixedUnits,
    )
    return this.#floors
  }
}

const NO_ROUNDS: readonly MinimumRound<number>[] = Object.freeze([])

/** The floors of a safe-integer result: `units − F − extra unit` in the final split, 0 for the bound. */
function floorsOf(
  units: NumberArray,
  extraUnit: SmallIntArray,
  minimumApplied: SmallIntArray,
  capApplied: SmallIntArray,
  F: number,
): NumberArray {
  const n = units.length
  const floors = zeros(n)
  for (let i = 0; i < n; i++) {
    if (minimumApplied[i] === 0 && capApplied[i] === 0) floors[i] = units[i]! - F - extraUnit[i]!
  }
  return floors
}

/** The kernel in bigint arithmetic (any weights); the reference the safe-integer kernel is tested against. */
export function largestRemainderBig(input: NormalizedInput): BigKernelResult {
  const weights = weightsOf(input)
  const caps = input.caps?.map((c) => (c === Number.POSITIVE_INFINITY ? -1n : BigInt(c)))
  const F = BigInt(input.fixedUnits)
  const M = BigInt(input.minimumUnits)
  const n = weights.length
  const minimumApplied = flags(n)
  const capApplied = flags(n)
  const extraUnit = flags(n)
  const units = new Array<bigint>(n).fill(0n)
  const floors = new Array<bigint>(n).fill(0n)
  const remainders = new Array<bigint>(n).fill(0n)
  const rounds: MinimumRound<bigint>[] = []

  let active: IndexArray = allIndices(n)
  let remaining = BigInt(input.totalUnits)
  let W = 0n
  for (let i = 0; i < n; i++) W += weights[i]!
  let R = remaining - BigInt(n) * F

  if (M > F || caps) {
    for (;;) {
      if (W === 0n) {
        if (M > F) {
          const raised = Array.from(active)
          rounds.push({ raised, capped: [], proportionalUnits: R, weightSum: W })
          for (const i of raised) {
            minimumApplied[i] = 1
            units[i] = M
            remaining -= M
          }
          active = []
          R = remaining
        }
        break
      }
      const under: number[] = []
      const over: number[] = []
      for (let k = 0; k < active.length; k++) {
        const i = active[k]!
        const a = R * weights[i]!
        if (M > F && a < (M - F) * W) under.push(i)
        else if (caps && caps[i]! >= 0n && a > (caps[i]! - F) * W) over.push(i)
      }
      if (under.length === 0 && over.length === 0) break
      let raised = under
      let capped = over
      if (under.length > 0 && over.length > 0) {
        const side = boundSide(under, over, weights, caps!, R, W, F, M)
        if (side > 0) capped = []
        else if (side < 0) raised = []
      }
      rounds.push({ raised, capped, proportionalUnits: R, weightSum: W })
      for (const i of raised) {
        minimumApplied[i] = 1
        units[i] = M
        remaining -= M
        W -= weights[i]!
      }
      for (const i of capped) {
        capApplied[i] = 1
        units[i] = caps![i]!
        remaining -= caps![i]!
        W -= weights[i]!
      }
      const next: number[] = []
      for (let k = 0; k < active.length; k++) {
        const i = active[k]!
        if (minimumApplied[i] === 0 && capApplied[i] === 0) next.push(i)
      }
      active = next
      R = remaining - BigInt(active.length) * F
      if (active.length === 0) break
    }
  }

  let floorSum = 0n
  if (W > 0n) {
    for (let k = 0; k < active.length; k++) {
      const i = active[k]!
      const a = R * weights[i]!
      const f = a / W
      floors[i] = f
      remainders[i] = a - f * W
      floorSum += f
    }
  }
  const leftover = R - floorSum
  if (W === 0n && leftover !== 0n) noActive()
  const leftoverUnits = Number(leftover)
  awardLeftovers(
    input,
    active,
    remainders,
    weights,
    leftoverUnits,
    extraUnit,
    new Array<bigint>(active.length),
  )
  for (let k = 0; k < active.length; k++) {
    const i = active[k]!
    units[i] = F + floors[i]! + (extraUnit[i] ? 1n : 0n)
  }
  return {
    mode: 'bigint',
    units,
    floors,
    remainders,
    proportionalUnits: R,
    weightSum: W,
    rounds,
    minimumApplied,
    capApplied,
    extraUnit,
    active,
    leftoverUnits,
  }
}

/**
 * Runs the minimum and cap rules and the largest-remainder split, on safe integers when the weights
 * allow it and in bigint otherwise. Throws `UNRESOLVED_TIE` in `ties: 'error'` mode when equal
 * remainders straddle the last unit.
 */
export function largestRemainder(input: NormalizedInput): KernelResult {
  return fitsSafeIntegers(input) ? largestRemainderNumber(input) : largestRemainderBig(input)
}

/** The kernel result with every figure as a bigint (for the certificate and the checker). */
export function toBigKernel(result: KernelResult): BigKernelResult {
  if (result.mode === 'bigint') return result
  const big = (values: NumberArray) => Array.from(values, (v) => BigInt(v))
  return {
    mode: 'bigint',
    units: big(result.units),
    floors: big(result.floors),
    remainders: big(result.remainders),
    proportionalUnits: BigInt(result.proportionalUnits),
    weightSum: BigInt(result.weightSum),
    rounds: result.rounds.map((r) => ({
      raised: r.raised,
      capped: r.capped,
      proportionalUnits: BigInt(r.proportionalUnits),
      weightSum: BigInt(r.weightSum),
    })),
    minimumApplied: result.minimumApplied,
    capApplied: result.capApplied,
    extraUnit: result.extraUnit,
    active: result.active,
    leftoverUnits: result.leftoverUnits,
  }
}
