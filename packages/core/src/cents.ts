import { CoreError } from './errors.js'
import { formatFixed } from './scaled-decimal.js'

/**
 * The money kernel: an amount of euros is a whole number of cents held in a safe JavaScript integer.
 * Its exact range is ±{@link MAX_AMOUNT} (2^53 − 1 cents, about 90 trillion euros); an amount beyond
 * it is refused with `AMOUNT_OUT_OF_RANGE`, never rounded. Products that may pass 2^53 (cents × a
 * weight) take the bigint path ({@link mulDivFloor}).
 */

/** Largest amount in whole cents the kernel holds exactly. @example `MAX_AMOUNT_CENTS === Number.MAX_SAFE_INTEGER // true` */
export const MAX_AMOUNT_CENTS = Number.MAX_SAFE_INTEGER

/** {@link MAX_AMOUNT_CENTS} as a money string. @example `MAX_AMOUNT // '90071992547409.91'` */
export const MAX_AMOUNT = '90071992547409.91'

const ZERO = 48
const DOT = 46
const MINUS = 45

/**
 * Whole cents of a money string (`"1234.5"` → `123450`), or `undefined` when the text is not a plain
 * decimal with at most two decimals or lies beyond the kernel's range. Read by character codes because
 * it runs once per amount on hot paths (a regex match allocates its groups).
 *
 * @example
 * ```ts
 * import { tryParseCents } from '@talka/core'
 * tryParseCents('1442.05') // 144205
 * tryParseCents('-0.5') // -50
 * tryParseCents('1,5') // undefined
 * ```
 */
export function tryParseCents(text: string): number | undefined {
  const length = text.length
  let i = 0
  const negative = text.charCodeAt(0) === MINUS
  if (negative) i = 1
  const first = text.charCodeAt(i) - ZERO
  if (!(first >= 0 && first <= 9)) return undefined
  let whole = first
  i++
  if (first !== 0) {
    for (; i < length; i++) {
      const d = text.charCodeAt(i) - ZERO
      if (!(d >= 0 && d <= 9)) break
      whole = whole * 10 + d
      if (whole > 90071992547409) return undefined
    }
  }
  let cents = whole * 100
  if (i < length) {
    if (text.charCodeAt(i) !== DOT) return undefined
    const decimals = length - i - 1
    if (decimals < 1 || decimals > 2) return undefined
    const tenths = text.charCodeAt(i + 1) - ZERO
    const hundredths = decimals === 2 ? text.charCodeAt(i + 2) - ZERO : 0
    if (!(tenths >= 0 && tenths <= 9 && hundredths >= 0 && hundredths <= 9)) return undefined
    cents += tenths * 10 + hundredths
  }
  if (cents > MAX_AMOUNT_CENTS) return undefined
  if (negative) return cents === 0 ? 0 : -cents
  return cents
}

const MONEY_TEXT = /^-?(0|[1-9]\d*)(\.\d{1,2})?$/

/**
 * Whole cents of a money string; throws {@link CoreError} `INVALID_MONEY` for text that is not a plain
 * decimal with at most two decimals and `AMOUNT_OUT_OF_RANGE` beyond ±{@link MAX_AMOUNT}.
 *
 * @example
 * ```ts
 * import { parseCents } from '@talka/core'
 * parseCents('2600') // 260000
 * ```
 */
export function parseCents(text: unknown): number {
  if (typeof text === 'string') {
    const cents = tryParseCents(text)
    if (cents !== undefined) return cents
    if (MONEY_TEXT.test(text)) {
      throw new CoreError('AMOUNT_OUT_OF_RANGE', `Amount beyond ±${MAX_AMOUNT}: "${text}"`, {
        input: text.length > 40 ? `${text.slice(0, 40)}…` : text,
        max: MAX_AMOUNT,
      })
    }
    throw new CoreError(
      'INVALID_MONEY',
      `Not a decimal string with at most 2 decimals: "${text.slice(0, 40)}"`,
      {
        input: text.length > 40 ? `${text.slice(0, 40)}…` : text,
      },
    )
  }
  throw new CoreError('INVALID_MONEY', `Money must be a decimal string, got ${typeof text}`, {
    input: typeof text === 'number' || typeof text === 'bigint' ? String(text) : typeof text,
  })
}

/**
 * Canonical money string with two decimals from whole cents (`144205` → `'1442.05'`).
 *
 * @example
 * ```ts
 * import { formatCents } from '@talka/core'
 * formatCents(144205) // '1442.05'
 * formatCents(-5n) // '-0.05'
 * ```
 */
export function formatCents(cents: number | bigint): string {
  if (typeof cents === 'number' && cents >= 0) {
    const whole = Math.floor(cents / 100)
    const rest = cents - whole * 100
    return `${whole}.${rest < 10 ? '0' : ''}${rest}`
  }
  return formatFixed(cents, 2)
}

/**
 * Checks that whole cents lie in the kernel's range and returns them; throws `AMOUNT_OUT_OF_RANGE`
 * otherwise. Used after arithmetic that could leave the range.
 *
 * @example
 * ```ts
 * import { checkCents } from '@talka/core'
 * checkCents(100) // 100
 * ```
 */
export function checkCents(cents: number | bigint): number {
  const inRange =
    typeof cents === 'number'
      ? Number.isSafeInteger(cents)
      : cents <= BigInt(MAX_AMOUNT_CENTS) && cents >= -BigInt(MAX_AMOUNT_CENTS)
  if (!inRange) {
    throw new CoreError('AMOUNT_OUT_OF_RANGE', `Amount beyond ±${MAX_AMOUNT}`, {
      input: String(cents),
      max: MAX_AMOUNT,
    })
  }
  return Number(cents)
}

/**
 * `floor(a × b / c)` for non-negative safe integers `a`, `b` and positive `c` whose quotient is itself
 * safe (a share `b / c ≤ 1` of an amount `a`, as allocation computes): on numbers when `a × b` stays
 * below 2^53, on bigints otherwise, so the result is exact either way. The remainder is
 * returned as a bigint, because callers compare remainders across both paths.
 *
 * @example
 * ```ts
 * import { mulDivFloor } from '@talka/core'
 * mulDivFloor(10, 7, 3) // { quotient: 23, remainder: 1n }
 * ```
 */
export function mulDivFloor(a: number, b: number, c: number): { quotient: number; remainder: bigint } {
  const product = a * b
  if (product <= Number.MAX_SAFE_INTEGER) {
    const quotient = Math.floor(product / c)
    // product and c are exact; correct the float quotient by one if it rounded across an integer.
    let q = quotient
    let r = product - q * c
    if (r < 0) {
      q -= 1
      r += c
    } else if (r >= c) {
      q += 1
      r -= c
    }
    return { quotient: q, remainder: BigInt(r) }
  }
  const big = BigInt(a) * BigInt(b)
  const bc = BigInt(c)
  return { quotient: Number(big / bc), remainder: big % bc }
}
