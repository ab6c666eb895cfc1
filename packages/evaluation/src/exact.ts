// Exact arithmetic helpers for the hot path: decimal strings and two-decimal numbers as scaled integers,
// money as whole cents in safe JavaScript integers, and fractions printed as decimal strings. Internal.

const DECIMAL = /^(0|[1-9]\d*)(?:\.(\d+))?$/

/** A non-negative decimal as `int / 10^scale`; `int` as a bigint so that nothing is lost. */
export interface ScaledDecimal {
  readonly int: bigint
  readonly scale: number
}

/** Parses a non-negative decimal string; `null` when it is not one. */
export function parseDecimal(text: string): ScaledDecimal | null {
  const match = DECIMAL.exec(text)
  if (!match) return null
  const fraction = match[2] ?? ''
  return { int: BigInt((match[1] ?? '0') + fraction), scale: fraction.length }
}

/** The number of decimals of a non-negative decimal string (0 when it has none). */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.')
  return dot < 0 ? 0 : text.length - dot - 1
}

/** `value` rescaled to `scale` decimals (scale must not be below the value's own). */
export function rescale(value: ScaledDecimal, scale: number): bigint {
  return value.int * 10n ** BigInt(scale - value.scale)
}

/**
 * A score given as a number or a decimal string, times 100, when it has at most two decimals; otherwise
 * `null`. A number counts as two-decimal when it is the double nearest to one (`0.29` does, `0.291` does not).
 */
export function scoreHundredths(value: unknown): number | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return null
    if (Number.isInteger(value)) return value <= 1e12 ? value * 100 : null
    const hundredths = Math.round(value * 100)
    return hundredths / 100 === value && hundredths <= 1e14 ? hundredths : null
  }
  if (typeof value === 'string') {
    const parsed = parseDecimal(value)
    if (!parsed || parsed.scale > 2) return null
    const hundredths = rescale(parsed, 2)
    return hundredths <= 100000000000000n ? Number(hundredths) : null
  }
  return null
}

const ZERO = 48
const DOT = 46

/** The value of a decimal digit's char code, or -1 for any other code. */
const digitAt = (text: string, i: number): number => {
  const d = text.charCodeAt(i) - ZERO
  return d >= 0 && d <= 9 ? d : -1
}

/**
 * Whole cents of a non-negative money string below EUR 10^11, else `null`: `/^(0|[1-9]\d{0,10})(\.\d{1,2})?$/`,
 * read by character codes because it runs once per application (a regex match allocates its groups).
 */
export function moneyCents(text: string): number | null {
  const length = text.length
  let whole = digitAt(text, 0)
  if (whole < 0) return null
  let i = 1
  if (whole > 0) {
    for (let d = digitAt(text, i); d >= 0 && i < 11; d = digitAt(text, ++i)) whole = whole * 10 + d
  }
  if (i === length) return whole * 100
  if (text.charCodeAt(i) !== DOT || length - i < 2 || length - i > 3) return null
  const tenths = digitAt(text, i + 1)
  const hundredths = length - i === 3 ? digitAt(text, i + 2) : 0
  return tenths < 0 || hundredths < 0 ? null : whole * 100 + tenths * 10 + hundredths
}

/** Cents as a canonical money string, `144205` → `'1442.05'`. */
export function centsToMoney(cents: number): string {
  const whole = Math.floor(cents / 100)
  const rest = cents - whole * 100
  return `${whole}.${rest < 10 ? '0' : ''}${rest}`
}

/** `int / 10^scale` as a plain decimal string without trailing zeros (`12500, 3` → `'12.5'`). */
export function scaledToString(int: number | bigint, scale: number): string {
  const digits = int.toString()
  if (scale === 0) return digits
  const padded = digits.padStart(scale + 1, '0')
  const whole = padded.slice(0, padded.length - scale)
  const fraction = padded.slice(padded.length - scale).replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : whole
}

/** Decimals printed for a non-terminating average; terminating ones are printed in full. */
export const AVERAGE_DECIMALS = 12

/**
 * `numerator / denominator` (safe non-negative integers, denominator > 0) as a decimal string: exact when the
 * fraction terminates within {@link AVERAGE_DECIMALS} decimals, otherwise rounded half-up to that many.
 */
export function fractionToDecimal(numerator: number, denominator: number): string {
  const whole = Math.floor(numerator / denominator)
  let remainder = numerator - whole * denominator
  if (remainder === 0) return String(whole)
  const digits: number[] = []
  while (remainder !== 0 && digits.length < AVERAGE_DECIMALS) {
    remainder *= 10
    const digit = Math.floor(remainder / denominator)
    digits.push(digit)
    remainder -= digit * denominator
  }
  if (remainder !== 0 && remainder * 2 >= denominator) return roundUp(whole, digits)
  return `${whole}.${digits.join('').replace(/0+$/, '')}`
}

function roundUp(whole: number, digits: number[]): string {
  let i = digits.length - 1
  while (i >= 0 && digits[i] === 9) {
    digits[i] = 0
    i--
  }
  if (i < 0) return roundUpTail(whole + 1, digits)
  digits[i] = (digits[i] ?? 0) + 1
  return roundUpTail(whole, digits)
}

function roundUpTail(whole: number, digits: number[]): string {
  const fraction = digits.join('').replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : String(whole)
}

/** The bigint twin of {@link fractionToDecimal}, for inputs beyond safe integers. */
export function bigFractionToDecimal(numerator: bigint, denominator: bigint): string {
  const whole = numerator / denominator
  let remainder = numerator - whole * denominator
  if (remainder === 0n) return whole.toString()
  const digits: number[] = []
  while (remainder !== 0n && digits.length < AVERAGE_DECIMALS) {
    remainder *= 10n
    const digit = remainder / denominator
    digits.push(Number(digit))
    remainder -= digit * denominator
  }
  if (remainder !== 0n && remainder * 2n >= denominator) {
    const scaled = BigInt(`${whole}${digits.join('')}`) + 1n
    return scaledToString(scaled, digits.length)
  }
  return scaledToString(BigInt(`${whole}${digits.join('')}`), digits.length)
}

/** `numerator / denominator` rounded half-up to one decimal, as published (`221, 2` → `'110.5'`). */
export function oneDecimal(numerator: number, denominator: number): string {
  const tenths = Math.floor((numerator * 20 + denominator) / (denominator * 2))
  return scaledToString(tenths, 1).includes('.') ? scaledToString(tenths, 1) : `${tenths / 10}.0`
}

/** The bigint twin of {@link oneDecimal}. */
export function bigOneDecimal(numerator: bigint, denominator: bigint): string {
  const tenths = (numerator * 20n + denominator) / (denominator * 2n)
  const text = scaledToString(tenths, 1)
  return text.includes('.') ? text : `${text}.0`
}

/** Greatest common divisor of two non-negative safe integers. */
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

/** Greatest common divisor of two non-negative bigints. */
export function bigGcd(a: bigint, b: bigint): bigint {
  let x = a
  let y = b
  while (y !== 0n) {
    const t = x % y
    x = y
    y = t
  }
  return x
}

/** Least common multiple of positive safe integers. */
export function lcm(values: Iterable<number>): number {
  let result = 1
  for (const value of values) result = (result / gcd(result, value)) * value
  return result
}
