import type { Decimal } from 'decimal.js'
import { z } from 'zod'
import { AmountSchema } from './amount-schema.js'
import { checkCents, formatCents, parseCents } from './cents.js'
import { decimal } from './decimal.js'
import { CoreError } from './errors.js'
import { pow10 } from './exact-integers.js'
import type { Lang } from './messages.js'
import { formatAmount } from './number-format.js'
import { type SafeParseResult, toSafeParse } from './safe-parse.js'
import { parseScaledDecimal } from './scaled-decimal.js'

const DECIMAL_STRING = /^-?(0|[1-9]\d*)(\.\d+)?$/

/**
 * How {@link Money.times} rounds a result that falls between two cents.
 *
 * @example
 * ```ts
 * import { Money } from '@talka/core'
 * Money.parse('10.00').times('0.333', 'half-up').toString() // '3.33'
 * ```
 */
export type MoneyRounding = 'half-up' | 'half-even' | 'down' | 'up'

/**
 * An exact amount of euros with at most two decimals, held as whole cents by core's money kernel
 * (a safe integer: ±{@link MAX_AMOUNT}, refused beyond with `AMOUNT_OUT_OF_RANGE`). Immutable;
 * never passes through a JavaScript float. Serialises to a decimal string with two decimals
 * (`"1234.56"`), which is also its JSON form.
 *
 * @example
 * ```ts
 * import { Money } from '@talka/core'
 * const grant = Money.parse('1442.05')
 * grant.plus('57.95').toString() // '1500.00'
 * grant.toCents() // 144205n
 * ```
 */
export class Money {
  readonly #cents: number

  private constructor(cents: number) {
    this.#cents = cents === 0 ? 0 : cents
  }

  /**
   * Parses a decimal string (`"1234.56"`, `"-3"`, `"0.5"`) into money. Rejects anything that is not
   * a plain decimal string: grouping, commas, exponents, `NaN`, infinities, numbers (floats), and
   * more than two decimals (`INVALID_MONEY`), and amounts beyond the kernel's range
   * (`AMOUNT_OUT_OF_RANGE`).
   *
   * @example
   * ```ts
   * import { Money } from '@talka/core'
   * Money.parse('2000000').toString() // '2000000.00'
   * ```
   */
  static parse(input: unknown): Money {
    if (input instanceof Money) return input
    return new Money(parseCents(input))
  }

  /**
   * Money from a whole number of cents (a bigint or a safe integer).
   *
   * @example
   * ```ts
   * import { Money } from '@talka/core'
   * Money.fromCents(144205n).toString() // '1442.05'
   * ```
   */
  static fromCents(cents: bigint | number): Money {
    if (typeof cents === 'number' && !Number.isInteger(cents)) {
      throw new CoreError('INVALID_MONEY', `Cents must be a whole number, got ${cents}`, {
        input: String(cents),
      })
    }
    return new Money(checkCents(cents))
  }

  /**
   * Money from an exact decimal that already has at most two decimals; otherwise `INVALID_MONEY`.
   * To round first, pass `d.toDecimalPlaces(2)`.
   *
   * @example
   * ```ts
   * import { Money, decimal } from '@talka/core'
   * Money.fromDecimal(decimal('12.5')).toString() // '12.50'
   * ```
   */
  static fromDecimal(value: Decimal): Money {
    if (!value.isFinite() || value.decimalPlaces() > 2) {
      throw new CoreError('INVALID_MONEY', `Not a whole number of cents: ${value.toString()}`, {
        input: value.toString(),
      })
    }
    return new Money(checkCents(BigInt(value.times(100).toFixed(0))))
  }

  /**
   * Zero euros.
   *
   * @example
   * ```ts
   * import { Money } from '@talka/core'
   * Money.zero().isZero() // true
   * ```
   */
  static zero(): Money {
    return new Money(0)
  }

  /**
   * The exact sum of a list of amounts (zero for an empty list).
   *
   * @example
   * ```ts
   * import { Money } from '@talka/core'
   * Money.sum(['0.10', '0.20']).toString() // '0.30'
   * ```
   */
  static sum(amounts: Iterable<Money | string>): Money {
    let total = 0
    for (const amount of amounts) total = checkCents(total + Money.parse(amount).#cents)
    return new Money(total)
  }

  /** Adds an amount. @example `Money.parse('1.10').plus('2.20').toString() // '3.30'` */
  plus(other: Money | string): Money {
    return new Money(checkCents(this.#cents + Money.parse(other).#cents))
  }

  /** Subtracts an amount. @example `Money.parse('3.30').minus('2.20').toString() // '1.10'` */
  minus(other: Money | string): Money {
    return new Money(checkCents(this.#cents - Money.parse(other).#cents))
  }

  /**
   * Multiplies by an exact non-negative factor (a decimal string, bigint or decimal) and rounds to
   * cents with an explicit rounding mode, because the law usually says how. Computed on bigints, so
   * the product is exact before it is rounded.
   *
   * @example
   * ```ts
   * import { Money } from '@talka/core'
   * Money.parse('100.00').times('0.2', 'down').toString() // '20.00'
   * Money.parse('10.00').times('0.333', 'half-up').toString() // '3.33'
   * ```
   */
  times(factor: string | bigint | Decimal, rounding: MoneyRounding): Money {
    const text =
      typeof factor === 'string'
        ? factor
        : typeof factor === 'bigint'
          ? factor.toString()
          : decimal(factor).toFixed()
    const negativeFactor = text.startsWith('-')
    const scaled = parseScaledDecimal(negativeFactor ? text.slice(1) : text)
    if (!scaled) {
      throw new CoreError('INVALID_MONEY', `Not a decimal factor: "${text.slice(0, 40)}"`, {
        input: text.slice(0, 40),
      })
    }
    const sign = this.#cents < 0 !== negativeFactor ? -1n : 1n
    const numerator = BigInt(Math.abs(this.#cents)) * scaled.coefficient
    const denominator = pow10(scaled.scale)
    let quotient = numerator / denominator
    const twice = (numerator % denominator) * 2n
    if (twice !== 0n) {
      const up =
        rounding === 'up' ||
        (rounding === 'half-up' && twice >= denominator) ||
        (rounding === 'half-even' && (twice > denominator || (twice === denominator && quotient % 2n === 1n)))
      if (up) quotient += 1n
    }
    return new Money(checkCents(sign * quotient))
  }

  /** Compares: -1, 0 or 1. @example `Money.parse('1').compare('2') // -1` */
  compare(other: Money | string): -1 | 0 | 1 {
    const o = Money.parse(other).#cents
    return this.#cents === o ? 0 : this.#cents < o ? -1 : 1
  }

  /** Equal amounts. @example `Money.parse('1.5').equals('1.50') // true` */
  equals(other: Money | string): boolean {
    return this.compare(other) === 0
  }

  /** Less than. @example `Money.parse('1').lessThan('2') // true` */
  lessThan(other: Money | string): boolean {
    return this.compare(other) < 0
  }

  /** Greater than. @example `Money.parse('2').greaterThan('1') // true` */
  greaterThan(other: Money | string): boolean {
    return this.compare(other) > 0
  }

  /** Zero. @example `Money.parse('0.00').isZero() // true` */
  isZero(): boolean {
    return this.#cents === 0
  }

  /** Below zero. @example `Money.parse('-1').isNegative() // true` */
  isNegative(): boolean {
    return this.#cents < 0
  }

  /** The smaller of two amounts. @example `Money.parse('3').min('2').toString() // '2.00'` */
  min(other: Money | string): Money {
    const o = Money.parse(other)
    return this.compare(o) <= 0 ? this : o
  }

  /** The larger of two amounts. @example `Money.parse('3').max('2').toString() // '3.00'` */
  max(other: Money | string): Money {
    const o = Money.parse(other)
    return this.compare(o) >= 0 ? this : o
  }

  /** Whole cents, exact, as a bigint. @example `Money.parse('-0.05').toCents() // -5n` */
  toCents(): bigint {
    return BigInt(this.#cents)
  }

  /** Whole cents as a safe integer (the kernel's own form). @example `Money.parse('1.25').cents // 125` */
  get cents(): number {
    return this.#cents
  }

  /** The exact decimal value. @example `Money.parse('1.25').toDecimal().div(5).toString() // '0.25'` */
  toDecimal(): Decimal {
    return decimal(formatCents(this.#cents))
  }

  /** Canonical decimal string with two decimals. @example `Money.parse('7').toString() // '7.00'` */
  toString(): string {
    return formatCents(this.#cents)
  }

  /** JSON form: the canonical decimal string. @example `JSON.stringify({ a: Money.parse('1') }) // '{"a":"1.00"}'` */
  toJSON(): string {
    return this.toString()
  }

  /**
   * The amount as a person reads it: Lithuanian `2 600,00 Eur` (space groups, decimal comma) or
   * English `EUR 2,600.00`. Same as `formatAmount`.
   *
   * @example
   * ```ts
   * import { Money } from '@talka/core'
   * Money.parse('1442.05').format('lt') // '1 442,05 Eur'
   * Money.parse('1442.05').format('en') // 'EUR 1,442.05'
   * ```
   */
  format(lang: Lang): string {
    return formatAmount(this.#cents, lang)
  }
}

/**
 * Parses a decimal string into {@link Money}; throws `INVALID_MONEY`.
 *
 * @example
 * ```ts
 * import { parseMoney } from '@talka/core'
 * parseMoney('3000').toString() // '3000.00'
 * ```
 */
export function parseMoney(input: unknown): Money {
  return Money.parse(input)
}

/**
 * Like {@link parseMoney}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseMoney } from '@talka/core'
 * safeParseMoney('1 000,5O').success // false
 * ```
 */
export const safeParseMoney: (input: unknown) => SafeParseResult<Money, CoreError> =
  /* @__PURE__ */ toSafeParse(parseMoney)

/**
 * Zod schema of a money decimal string with at most two decimals (`"1234.56"`), negative amounts
 * allowed, within the kernel's range. The output stays a string; use {@link MoneySchema} to get
 * {@link Money}, and `AmountSchema` for an amount with bounds.
 *
 * @example
 * ```ts
 * import { MoneyStringSchema } from '@talka/core'
 * MoneyStringSchema.parse('12.40') // '12.40'
 * ```
 */
export const MoneyStringSchema = /* @__PURE__ */ AmountSchema({ min: '-90071992547409.91' })

/**
 * Zod schema that parses a money decimal string into {@link Money}.
 *
 * @example
 * ```ts
 * import { MoneySchema } from '@talka/core'
 * MoneySchema.parse('5').toString() // '5.00'
 * ```
 */
export const MoneySchema = /* @__PURE__ */ MoneyStringSchema.transform((s) => Money.parse(s))

/**
 * Zod schema of a non-negative decimal string with any number of decimals, for ratios, scores and
 * weights that are not money (`"0.2"`, `"87.5"`).
 *
 * @example
 * ```ts
 * import { DecimalStringSchema } from '@talka/core'
 * DecimalStringSchema.parse('0.125') // '0.125'
 * ```
 */
export const DecimalStringSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(DECIMAL_STRING, { message: 'Expected a decimal string, e.g. "0.125"' })
    .meta({ description: 'Exact decimal number as a string', examples: ['0.125'] }))()
