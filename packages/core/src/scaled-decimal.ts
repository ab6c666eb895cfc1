import { pow10 } from './exact-integers.js'

/**
 * Plain non-negative decimal strings (`"12"`, `"0.01"`, `"25957.00"`) as scaled bigints
 * (`value = coefficient / 10^scale`): the exact form weights, scores, units and factors take in the
 * kernel, without decimal.js or floats.
 */

const DECIMAL = /^(0|[1-9]\d*)(?:\.(\d+))?$/

/**
 * A non-negative decimal as `coefficient / 10^scale`.
 *
 * @example
 * ```ts
 * import type { ScaledDecimal } from '@talka/core'
 * const half: ScaledDecimal = { coefficient: 5n, scale: 1 } // 0.5
 * ```
 */
export interface ScaledDecimal {
  readonly coefficient: bigint
  readonly scale: number
}

/**
 * Whether a value is a plain non-negative decimal string (no sign, exponent, grouping or blanks).
 *
 * @example
 * ```ts
 * import { isDecimalString } from '@talka/core'
 * isDecimalString('1.50') // true
 * isDecimalString('1e3') // false
 * ```
 */
export function isDecimalString(input: unknown): input is string {
  return typeof input === 'string' && DECIMAL.test(input)
}

/**
 * Parses a plain non-negative decimal string into its reduced scaled form (trailing fractional zeros
 * dropped), or `undefined` when it is not one.
 *
 * @example
 * ```ts
 * import { parseScaledDecimal } from '@talka/core'
 * parseScaledDecimal('25957.00') // { coefficient: 25957n, scale: 0 }
 * parseScaledDecimal('0.125') // { coefficient: 125n, scale: 3 }
 * ```
 */
export function parseScaledDecimal(input: unknown): ScaledDecimal | undefined {
  if (typeof input !== 'string') return undefined
  const m = DECIMAL.exec(input)
  if (!m) return undefined
  let frac = m[2] ?? ''
  let end = frac.length
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end--
  frac = frac.slice(0, end)
  return { coefficient: BigInt((m[1] as string) + frac), scale: frac.length }
}

/**
 * The number of decimals written in a decimal string (0 when it has none; trailing zeros count).
 *
 * @example
 * ```ts
 * import { decimalsOf } from '@talka/core'
 * decimalsOf('54.0') // 1
 * ```
 */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.')
  return dot < 0 ? 0 : text.length - dot - 1
}

/**
 * A scaled value's coefficient at a larger scale (`scale` must not be below the value's own).
 *
 * @example
 * ```ts
 * import { rescale } from '@talka/core'
 * rescale({ coefficient: 5n, scale: 1 }, 3) // 500n
 * ```
 */
export function rescale(value: ScaledDecimal, scale: number): bigint {
  return value.coefficient * pow10(scale - value.scale)
}

/**
 * Formats `coefficient / 10^scale` with exactly `scale` decimals (sign kept).
 *
 * @example
 * ```ts
 * import { formatFixed } from '@talka/core'
 * formatFixed(278300n, 2) // '2783.00'
 * formatFixed(-5n, 2) // '-0.05'
 * ```
 */
export function formatFixed(coefficient: bigint | number, scale: number): string {
  if (scale === 0) return coefficient.toString()
  const negative = coefficient < 0
  const digits = (negative ? -coefficient : coefficient).toString().padStart(scale + 1, '0')
  const cut = digits.length - scale
  return `${negative ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`
}

/**
 * `value / 10^scale` as a plain decimal string without trailing fractional zeros.
 *
 * @example
 * ```ts
 * import { formatScaled } from '@talka/core'
 * formatScaled(12500n, 3) // '12.5'
 * ```
 */
export function formatScaled(value: bigint | number, scale: number): string {
  const fixed = formatFixed(value, scale)
  if (scale === 0) return fixed
  const trimmed = fixed.replace(/0+$/, '')
  return trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed
}

/**
 * Compares two plain non-negative decimal strings exactly: -1, 0 or 1. Both must satisfy
 * {@link isDecimalString}.
 *
 * @example
 * ```ts
 * import { compareDecimalStrings } from '@talka/core'
 * compareDecimalStrings('500', '499.99') // 1
 * ```
 */
export function compareDecimalStrings(a: string, b: string): -1 | 0 | 1 {
  const x = parseScaledDecimal(a) as ScaledDecimal
  const y = parseScaledDecimal(b) as ScaledDecimal
  const scale = Math.max(x.scale, y.scale)
  const xv = rescale(x, scale)
  const yv = rescale(y, scale)
  return xv === yv ? 0 : xv < yv ? -1 : 1
}

/**
 * How many whole `unit`s make `value`, or `undefined` when `value` is not a multiple of `unit`.
 *
 * @example
 * ```ts
 * import { unitsOf } from '@talka/core'
 * unitsOf({ coefficient: 25n, scale: 0 }, { coefficient: 1n, scale: 2 }) // 2500n
 * ```
 */
export function unitsOf(value: ScaledDecimal, unit: ScaledDecimal): bigint | undefined {
  // value / unit = (v / 10^sv) / (u / 10^su) = v·10^su / (u·10^sv)
  const num = value.coefficient * pow10(unit.scale)
  const den = unit.coefficient * pow10(value.scale)
  return num % den === 0n ? num / den : undefined
}
