/**
 * Exact decimal strings as scaled bigints (`value = coefficient / 10^scale`), the only number form the
 * allocation kernel uses: parsing, unit arithmetic and formatting without decimal.js or floats.
 * Internal module.
 */

const DECIMAL = /^(0|[1-9]\d*)(?:\.(\d+))?$/

/** A non-negative decimal as `coefficient / 10^scale`, with no trailing fractional zeros. */
export interface ScaledDecimal {
  readonly coefficient: bigint
  readonly scale: number
}

const POW10: bigint[] = [1n]
/** 10^n as a bigint (cached). @example `pow10(2) // 100n` */
export function pow10(n: number): bigint {
  for (let i = POW10.length; i <= n; i++) POW10[i] = POW10[i - 1]! * 10n
  return POW10[n]!
}

/**
 * Parses a plain non-negative decimal string (`"12"`, `"0.01"`, `"25957.00"`) into its reduced
 * scaled form, or `undefined` when it is not one (signs, exponents, grouping, blanks).
 *
 * @example
 * ```ts
 * parseScaledDecimal('25957.00') // { coefficient: 25957n, scale: 0 }
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
  return { coefficient: BigInt(m[1]! + frac), scale: frac.length }
}

/** Whether a string is a plain non-negative decimal. @example `isDecimalString('1.50') // true` */
export function isDecimalString(input: unknown): input is string {
  return typeof input === 'string' && DECIMAL.test(input)
}

/**
 * How many whole `unit`s make `value`, or `undefined` when `value` is not a multiple of `unit`.
 *
 * @example
 * ```ts
 * unitsOf({ coefficient: 2500n, scale: 2 }, { coefficient: 1n, scale: 0 }) // 25n
 * ```
 */
export function unitsOf(value: ScaledDecimal, unit: ScaledDecimal): bigint | undefined {
  // value / unit = (v / 10^sv) / (u / 10^su) = v·10^su / (u·10^sv)
  const num = value.coefficient * pow10(unit.scale)
  const den = unit.coefficient * pow10(value.scale)
  return num % den === 0n ? num / den : undefined
}

/** The canonical string of a scaled decimal (no trailing zeros). @example `'0.01'` */
export function formatScaled(value: ScaledDecimal): string {
  return formatFixed(value.coefficient, value.scale)
}

/**
 * Formats `coefficient / 10^scale` with exactly `scale` decimals (sign kept).
 *
 * @example
 * ```ts
 * formatFixed(278300n, 2) // '2783.00'
 * ```
 */
export function formatFixed(coefficient: bigint, scale: number): string {
  if (scale === 0) return coefficient.toString()
  const negative = coefficient < 0n
  const digits = (negative ? -coefficient : coefficient).toString().padStart(scale + 1, '0')
  const cut = digits.length - scale
  return `${negative ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`
}

/**
 * A rounding unit, ready for the kernel: `unit = step / 10^scale`; an amount of `k` units is
 * `k·step / 10^scale`, printed with `scale` decimals.
 */
export interface Unit {
  readonly value: ScaledDecimal
  readonly step: bigint
  /** `step` as a number (exact whenever amounts are formatted from numbers). */
  readonly stepNumber: number
  readonly scale: number
  readonly text: string
}

/** A unit from its scaled value. @example `toUnit(parseScaledDecimal('0.01')!).text // '0.01'` */
export function toUnit(value: ScaledDecimal): Unit {
  return {
    value,
    step: value.coefficient,
    stepNumber: Number(value.coefficient),
    scale: value.scale,
    text: formatScaled(value),
  }
}

/** `k` units as a decimal string with the unit's number of decimals. @example `'2783.00'` */
export function formatUnits(units: bigint, unit: Unit): string {
  return formatFixed(units * unit.step, unit.scale)
}

/**
 * `k` units given as a safe integer, formatted like {@link formatUnits}; the caller guarantees that
 * `units × step` is a safe integer and the unit has at most 15 decimals.
 *
 * @example
 * ```ts
 * formatUnitsNumber(278300, toUnit({ coefficient: 1n, scale: 2 })) // '2783.00'
 * ```
 */
export function formatUnitsNumber(units: number, unit: Unit): string {
  const value = units * unit.stepNumber
  const scale = unit.scale
  if (scale === 0) return String(value)
  const base = POW10_NUMBERS[scale]!
  // value and base are exact integers; correct the float quotient's floor by ±1 if needed.
  let whole = Math.floor(value / base)
  let rest = value - whole * base
  if (rest < 0) {
    whole -= 1
    rest += base
  } else if (rest >= base) {
    whole += 1
    rest -= base
  }
  const frac = String(rest)
  return `${whole}.${frac.length === scale ? frac : ZEROS.slice(0, scale - frac.length) + frac}`
}

const POW10_NUMBERS = Array.from({ length: 16 }, (_, i) => 10 ** i)
const ZEROS = '000000000000000'

/**
 * An exact fraction `numerator / denominator` (denominator > 0) as a decimal string with `places`
 * decimals, rounded half up (away from zero for negatives is not needed: values are ≥ 0 here).
 *
 * @example
 * ```ts
 * fractionToDecimal(2n, 3n, 6) // '0.666667'
 * ```
 */
export function fractionToDecimal(numerator: bigint, denominator: bigint, places: number): string {
  const scaled = numerator * pow10(places) * 2n + denominator
  const rounded = scaled / (2n * denominator)
  return formatFixed(rounded, places)
}

/** Greatest common divisor of two non-negative bigints. @example `gcd(12n, 18n) // 6n` */
export function gcd(a: bigint, b: bigint): bigint {
  if (a <= 9007199254740991n && b <= 9007199254740991n) {
    let x = Number(a)
    let y = Number(b)
    while (y !== 0) {
      const t = x % y
      x = y
      y = t
    }
    return BigInt(x)
  }
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
 * Compares two plain non-negative decimal strings exactly: -1, 0 or 1.
 *
 * @example
 * ```ts
 * compareDecimalStrings('500', '499.99') // 1
 * ```
 */
export function compareDecimalStrings(a: string, b: string): -1 | 0 | 1 {
  const x = parseScaledDecimal(a)!
  const y = parseScaledDecimal(b)!
  const scale = Math.max(x.scale, y.scale)
  const xv = x.coefficient * pow10(scale - x.scale)
  const yv = y.coefficient * pow10(scale - y.scale)
  return xv === yv ? 0 : xv < yv ? -1 : 1
}
