/**
 * Whole-number helpers of the exact kernel: powers of ten, greatest common divisor and least common
 * multiple, each with a safe-integer path and a bigint path. Every package computes with these; none
 * keeps its own copy.
 */

const POW10: bigint[] = [1n]

/**
 * 10^n as a bigint (cached, so the hot path does not rebuild it).
 *
 * @example
 * ```ts
 * import { pow10 } from '@talka/core'
 * pow10(2) // 100n
 * ```
 */
export function pow10(n: number): bigint {
  for (let i = POW10.length; i <= n; i++) POW10[i] = (POW10[i - 1] as bigint) * 10n
  return POW10[n] as bigint
}

/**
 * Greatest common divisor of two non-negative safe integers.
 *
 * @example
 * ```ts
 * import { gcd } from '@talka/core'
 * gcd(12, 18) // 6
 * ```
 */
export function gcd(a: number, b: number): number {
  let x = a
  let y = b
  while (y !== 0) {
    const t = x % y
    x = y
    y = t
  }
  return x
}

/**
 * Greatest common divisor of two non-negative bigints; runs on numbers when both fit, because bigint
 * division is an order of magnitude slower.
 *
 * @example
 * ```ts
 * import { bigGcd } from '@talka/core'
 * bigGcd(12n, 18n) // 6n
 * ```
 */
export function bigGcd(a: bigint, b: bigint): bigint {
  if (a <= MAX_SAFE_BIGINT && b <= MAX_SAFE_BIGINT) return BigInt(gcd(Number(a), Number(b)))
  let x = a
  let y = b
  while (y !== 0n) {
    const t = x % y
    x = y
    y = t
  }
  return x
}

/**
 * Least common multiple of positive safe integers (1 for none). The caller keeps the result safe.
 *
 * @example
 * ```ts
 * import { lcm } from '@talka/core'
 * lcm([2, 3, 4]) // 12
 * ```
 */
export function lcm(values: Iterable<number>): number {
  let result = 1
  for (const value of values) result = (result / gcd(result, value)) * value
  return result
}

/** `Number.MAX_SAFE_INTEGER` as a bigint. @example `MAX_SAFE_BIGINT === 9007199254740991n // true` */
export const MAX_SAFE_BIGINT = 9007199254740991n
