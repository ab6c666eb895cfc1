import { pow10 } from './exact-integers.js'
import { formatFixed, formatScaled } from './scaled-decimal.js'

/**
 * Exact fractions printed as decimal strings: averages of scores, quotas of an allocation. A safe-integer
 * twin and a bigint twin of each, tested against each other.
 */

/**
 * `numerator / denominator` (non-negative bigints, denominator > 0) with exactly `places` decimals,
 * rounded half up.
 *
 * @example
 * ```ts
 * import { fractionToFixed } from '@talka/core'
 * fractionToFixed(2n, 3n, 6) // '0.666667'
 * ```
 */
export function fractionToFixed(numerator: bigint, denominator: bigint, places: number): string {
  const rounded = (numerator * pow10(places) * 2n + denominator) / (2n * denominator)
  return formatFixed(rounded, places)
}

/** Decimals printed for a non-terminating fraction by {@link fractionToDecimal}. @example `FRACTION_DECIMALS // 12` */
export const FRACTION_DECIMALS = 12

/**
 * `numerator / denominator` (non-negative safe integers, denominator > 0) as a plain decimal string:
 * exact when it terminates within {@link FRACTION_DECIMALS} decimals, otherwise rounded half up to that
 * many.
 *
 * @example
 * ```ts
 * import { fractionToDecimal } from '@talka/core'
 * fractionToDecimal(221, 4) // '55.25'
 * fractionToDecimal(1, 3) // '0.333333333333'
 * ```
 */
export function fractionToDecimal(numerator: number, denominator: number): string {
  const whole = Math.floor(numerator / denominator)
  let remainder = numerator - whole * denominator
  if (remainder === 0) return String(whole)
  let fraction = 0
  let places = 0
  while (remainder !== 0 && places < FRACTION_DECIMALS) {
    remainder *= 10
    const digit = Math.floor(remainder / denominator)
    fraction = fraction * 10 + digit
    remainder -= digit * denominator
    places++
  }
  if (remainder !== 0 && remainder * 2 >= denominator) fraction += 1
  // fraction < 10^12 and whole is safe: join through bigint only when the carry reaches the whole part.
  return formatScaled(BigInt(whole) * pow10(places) + BigInt(fraction), places)
}

/**
 * The bigint twin of {@link fractionToDecimal}, for numerators beyond safe integers.
 *
 * @example
 * ```ts
 * import { bigFractionToDecimal } from '@talka/core'
 * bigFractionToDecimal(10n ** 20n + 1n, 2n) // '50000000000000000000.5'
 * ```
 */
export function bigFractionToDecimal(numerator: bigint, denominator: bigint): string {
  const whole = numerator / denominator
  let remainder = numerator - whole * denominator
  if (remainder === 0n) return whole.toString()
  let fraction = 0n
  let places = 0
  while (remainder !== 0n && places < FRACTION_DECIMALS) {
    remainder *= 10n
    const digit = remainder / denominator
    fraction = fraction * 10n + digit
    remainder -= digit * denominator
    places++
  }
  if (remainder !== 0n && remainder * 2n >= denominator) fraction += 1n
  return formatScaled(whole * pow10(places) + fraction, places)
}

/**
 * `numerator / denominator` rounded half up to one decimal, as averages are published (`'110.5'`,
 * `'54.0'`).
 *
 * @example
 * ```ts
 * import { fractionToOneDecimal } from '@talka/core'
 * fractionToOneDecimal(221, 2) // '110.5'
 * fractionToOneDecimal(108, 2) // '54.0'
 * ```
 */
export function fractionToOneDecimal(numerator: number | bigint, denominator: number | bigint): string {
  if (typeof numerator === 'number' && typeof denominator === 'number') {
    const product = numerator * 20 + denominator
    if (Number.isSafeInteger(product)) return formatFixed(Math.floor(product / (denominator * 2)), 1)
  }
  const n = BigInt(numerator)
  const d = BigInt(denominator)
  return formatFixed((n * 20n + d) / (d * 2n), 1)
}
