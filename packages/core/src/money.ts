import type { Decimal } from 'decimal.js'
import { z } from 'zod'
import { decimal, TalkaDecimal } from './decimal.js'
import { CoreError } from './errors.js'
import type { Lang } from './messages.js'
import { type SafeParseResult, toSafeParse } from './safe-parse.js'

const DECIMAL_STRING = /^-?(0|[1-9]\d*)(\.\d+)?$/
const MAX_CENT_DECIMALS = 2

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

const ROUNDING: Record<MoneyRounding, Decimal.Rounding> = {
  'half-up': TalkaDecimal.ROUND_HALF_UP,
  'half-even': TalkaDecimal.ROUND_HALF_EVEN,
  down: TalkaDecimal.ROUND_DOWN,
  up: TalkaDecimal.ROUND_UP,
}

/**
 * An exact amount of euros with at most two decimals (cents), backed by decimal.js. Immutable;
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
  readonly #value: Decimal

  private constructor(value: Decimal) {
    this.#value = value
  }

  /**
   * Parses a decimal string (`"1234.56"`, `"-3"`, `"0.5"`) into money. Rejects anything that is not
   * a plain decimal string: grouping, commas, exponents, `NaN`, infinities, numbers (floats), and
   * more than two decimals. Throws {@link CoreError} `INVALID_MONEY`.
   *
   * @example
   * ```ts
   * import { Money } from '@talka/core'
   * Money.parse('2000000').toString() // '2000000.00'
   * ```
   */
  static parse(input: unknown): Money {
    if (input instanceof Money) return input
    if (typeof input !== 'string') {
      throw new CoreError('INVALID_MONEY', `Money must be a decimal string, got ${typeof input}`, {
        input: typeof input === 'number' || typeof input === 'bigint' ? String(input) : typeof input,
      })
    }
    if (!DECIMAL_STRING.test(input)) {
      throw new CoreError('INVALID_MONEY', `Not a decimal string: "${input}"`, { input })
    }
    const decimals = input.split('.')[1]?.length ?? 0
    if (decimals > MAX_CENT_DECIMALS) {
      throw new CoreError('INVALID_MONEY', `More than ${MAX_CENT_DECIMALS} decimals: "${input}"`, { input })
    }
    const value = decimal(input)
    return new Money(value.isZero() ? decimal(0) : value)
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
    if (typeof cents === 'number' && !Number.isSafeInteger(cents)) {
      throw new CoreError('INVALID_MONEY', `Cents must be a whole number, got ${cents}`, {
        input: String(cents),
      })
    }
    return new Money(decimal(BigInt(cents)).div(100))
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
    if (!value.isFinite() || value.decimalPlaces() > MAX_CENT_DECIMALS) {
      throw new CoreError('INVALID_MONEY', `Not a whole number of cents: ${value.toString()}`, {
        input: value.toString(),
      })
    }
    return new Money(decimal(value.isZero() ? 0 : value))
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
    return new Money(decimal(0))
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
    let total = decimal(0)
    for (const amount of amounts) total = total.plus(Money.parse(amount).#value)
    return new Money(total)
  }

  /** Adds an amount. @example `Money.parse('1.10').plus('2.20').toString() // '3.30'` */
  plus(other: Money | string): Money {
    return new Money(this.#value.plus(Money.parse(other).#value))
  }

  /** Subtracts an amount. @example `Money.parse('3.30').minus('2.20').toString() // '1.10'` */
  minus(other: Money | string): Money {
    return new Money(this.#value.minus(Money.parse(other).#value))
  }

  /**
   * Multiplies by an exact factor (a decimal string or decimal) and rounds to cents with an explicit
   * rounding mode, because the law usually says how.
   *
   * @example
   * ```ts
   * import { Money } from '@talka/core'
   * Money.parse('100.00').times('0.2', 'down').toString() // '20.00'
   * ```
   */
  times(factor: string | bigint | Decimal, rounding: MoneyRounding): Money {
    const product = this.#value.times(decimal(factor))
    return new Money(product.toDecimalPlaces(MAX_CENT_DECIMALS, ROUNDING[rounding]))
  }

  /** Compares: -1, 0 or 1. @example `Money.parse('1').compare('2') // -1` */
  compare(other: Money | string): -1 | 0 | 1 {
    return this.#value.comparedTo(Money.parse(other).#value) as -1 | 0 | 1
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
    return this.#value.isZero()
  }

  /** Below zero. @example `Money.parse('-1').isNegative() // true` */
  isNegative(): boolean {
    return this.#value.isNegative() && !this.#value.isZero()
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

  /** Whole cents, exact. @example `Money.parse('-0.05').toCents() // -5n` */
  toCents(): bigint {
    return BigInt(this.#value.times(100).toFixed(0))
  }

  /** The exact decimal value (a copy). @example `Money.parse('1.25').toDecimal().div(5).toString() // '0.25'` */
  toDecimal(): Decimal {
    return decimal(this.#value)
  }

  /** Canonical decimal string with two decimals. @example `Money.parse('7').toString() // '7.00'` */
  toString(): string {
    return this.#value.toFixed(MAX_CENT_DECIMALS)
  }

  /** JSON form: the canonical decimal string. @example `JSON.stringify({ a: Money.parse('1') }) // '{"a":"1.00"}'` */
  toJSON(): string {
    return this.toString()
  }

  /**
   * Human format: Lithuanian `1 234,56 €` (non-breaking space groups) or English `€1,234.56`.
   *
   * @example
   * ```ts
   * import { Money } from '@talka/core'
   * Money.parse('1442.05').format('lt') // '1 442,05 €'
   * Money.parse('1442.05').format('en') // '€1,442.05'
   * ```
   */
  format(lang: Lang): string {
    const negative = this.isNegative()
    const [whole = '0', cents = '00'] = this.#value.abs().toFixed(MAX_CENT_DECIMALS).split('.')
    const sep = lang === 'lt' ? '\u00a0' : ','
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep)
    const sign = negative ? '-' : ''
    return lang === 'lt' ? `${sign}${grouped},${cents}\u00a0€` : `${sign}€${grouped}.${cents}`
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
export const safeParseMoney: (input: unknown) => SafeParseResult<Money, CoreError> = toSafeParse(parseMoney)

/**
 * Zod schema of a money decimal string with at most two decimals (`"1234.56"`), as amounts cross
 * every API boundary. The output stays a string; use {@link MoneySchema} to get {@link Money}.
 *
 * @example
 * ```ts
 * import { MoneyStringSchema } from '@talka/core'
 * MoneyStringSchema.parse('12.40') // '12.40'
 * ```
 */
export const MoneyStringSchema = z
  .string()
  .regex(/^-?(0|[1-9]\d*)(\.\d{1,2})?$/, {
    message: 'Expected a decimal string with at most 2 decimals, e.g. "1234.56"',
  })
  .meta({ description: 'EUR amount as a decimal string with at most two decimals', examples: ['1234.56'] })

/**
 * Zod schema that parses a money decimal string into {@link Money}.
 *
 * @example
 * ```ts
 * import { MoneySchema } from '@talka/core'
 * MoneySchema.parse('5').toString() // '5.00'
 * ```
 */
export const MoneySchema = MoneyStringSchema.transform((s) => Money.parse(s))

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
export const DecimalStringSchema = z
  .string()
  .regex(DECIMAL_STRING, { message: 'Expected a decimal string, e.g. "0.125"' })
  .meta({ description: 'Exact decimal number as a string', examples: ['0.125'] })
