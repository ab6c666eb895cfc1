/**
 * A deliberately naive reference implementation of the domain rule, written independently of the
 * package's kernel, for property tests: decimal.js for amounts, one-at-a-time minimum removal (the
 * package removes all at once per round), a full sort with code points from Array.from.
 */
import { decimal } from '@talka/core'

export interface ReferenceInput {
  total: string
  unit: string
  fixed: string
  minimum: string
  ids: string[]
  weights: bigint[]
}

export function toUnits(amount: string, unit: string): bigint {
  const q = decimal(amount).div(decimal(unit))
  if (!q.isInteger()) throw new Error(`${amount} is not a multiple of ${unit}`)
  return BigInt(q.toFixed(0))
}

function codePoints(s: string): number[] {
  return Array.from(s, (c) => c.codePointAt(0)!)
}

function compareIds(a: string, b: string): number {
  const x = codePoints(a)
  const y = codePoints(b)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!
  return x.length - y.length
}

export interface ReferenceResult {
  units: bigint[]
  raised: boolean[]
  /** Final split: proportional units and weight sum. */
  R: bigint
  W: bigint
  extra: boolean[]
  tie: boolean
}

export function referenceAllocate(input: ReferenceInput): ReferenceResult {
  const T = toUnits(input.total, input.unit)
  const F = toUnits(input.fixed, input.unit)
  const M = toUnits(input.minimum, input.unit)
  const n = input.weights.length
  const raised = new Array<boolean>(n).fill(false)
  let R = 0n
  let W = 0n
  for (;;) {
    const active = [...Array(n).keys()].filter((i) => !raised[i])
    const count = BigInt(active.length)
    const raisedCount = BigInt(n) - count
    W = active.reduce((s, i) => s + input.weights[i]!, 0n)
    R = T - raisedCount * M - count * F
    if (M <= F) break
    // quota_i = F + R·w/W < M  ⇔  R·w < (M − F)·W ; raise ONE (the smallest weight) and repeat
    const below = active.filter((i) => R * input.weights[i]! < (M - F) * W)
    if (below.length === 0) break
    below.sort((a, b) =>
      input.weights[a]! < input.weights[b]! ? -1 : input.weights[a]! > input.weights[b]! ? 1 : a - b,
    )
    raised[below[0]!] = true
  }
  const units = new Array<bigint>(n).fill(0n)
  const rem = new Array<bigint>(n).fill(0n)
  const active = [...Array(n).keys()].filter((i) => !raised[i])
  let sum = 0n
  for (const i of active) {
    units[i] = (R * input.weights[i]!) / W
    rem[i] = R * input.weights[i]! - units[i]! * W
    sum += units[i]!
  }
  const left = Number(R - sum)
  const order = [...active].sort(
    (a, b) =>
      (rem[b]! > rem[a]! ? 1 : rem[b]! < rem[a]! ? -1 : 0) ||
      (input.weights[b]! > input.weights[a]! ? 1 : input.weights[b]! < input.weights[a]! ? -1 : 0) ||
      compareIds(input.ids[a]!, input.ids[b]!),
  )
  const extra = new Array<boolean>(n).fill(false)
  for (let k = 0; k < left; k++) extra[order[k]!] = true
  const tie = left > 0 && left < order.length && rem[order[left - 1]!] === rem[order[left]!]
  return {
    units: units.map((u, i) => (raised[i] ? M : F + u + (extra[i] ? 1n : 0n))),
    raised,
    R,
    W,
    extra,
    tie,
  }
}
