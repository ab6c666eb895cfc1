import { Decimal } from 'decimal.js'

/**
 * The decimal.js constructor every Talka package computes with: 40 significant digits and
 * half-up rounding, configured on a private clone so that the caller's global `Decimal` settings are
 * neither read nor changed.
 *
 * @example
 * ```ts
 * import { TalkaDecimal } from '@talka/core'
 * new TalkaDecimal('0.1').plus('0.2').toString() // '0.3'
 * ```
 */
export const TalkaDecimal: typeof Decimal = /* @__PURE__ */ Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
})

/** A decimal value of {@link TalkaDecimal}; the type is decimal.js's `Decimal`.
 *
 * @example
 * ```ts
 * import { decimal, type DecimalValue } from '@talka/core'
 * const third: DecimalValue = decimal(1).div(3)
 * ```
 */
export type DecimalValue = Decimal

/**
 * Makes an exact decimal from a decimal string, a bigint or a safe integer. Floats with a fractional
 * part are refused on purpose: `0.1` as a number is already inexact.
 *
 * @example
 * ```ts
 * import { decimal } from '@talka/core'
 * decimal('2000000').div(2_810_761).toFixed(6) // '0.711552'
 * ```
 */
export function decimal(value: string | bigint | number | Decimal): Decimal {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new TypeError(`decimal(): ${value} is not a safe integer; pass a decimal string instead`)
  }
  return new TalkaDecimal(typeof value === 'bigint' ? value.toString() : value)
}
