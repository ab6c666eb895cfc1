// A score as whole hundredths of a point. Kernel-level (it belongs next to core's `tryParseCents`, and
// should move to @talka/core when a second package needs it); kept here in one place until then.
import { decimalsOf, isDecimalString } from '@talka/core'

/** Largest score accepted, in hundredths (10^12 points): every product the ranking forms stays exact. */
const MAX_HUNDREDTHS = 100_000_000_000_000

/**
 * A score given as a number or a decimal string, times 100, when it is non-negative and has at most two
 * decimals; otherwise `null`. A number counts as two-decimal when it is the double nearest to one (`0.29`
 * does, `0.291` does not); a string must be written with at most two decimals (`'7.25'`, not `'7.250'`).
 *
 * @example
 * ```ts
 * scoreHundredths(12.5) // 1250
 * scoreHundredths('7.25') // 725
 * scoreHundredths(0.291) // null
 * ```
 */
export function scoreHundredths(value: unknown): number | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return null
    if (Number.isInteger(value)) return value <= 1e12 ? value * 100 : null
    const hundredths = Math.round(value * 100)
    return hundredths / 100 === value && hundredths <= MAX_HUNDREDTHS ? hundredths : null
  }
  if (typeof value === 'string') {
    if (!isDecimalString(value)) return null
    const decimals = decimalsOf(value)
    if (decimals > 2 || value.length > 20) return null
    const dot = value.indexOf('.')
    const whole = Number(dot < 0 ? value : value.slice(0, dot))
    const fraction = decimals === 0 ? 0 : Number(value.slice(dot + 1)) * (decimals === 1 ? 10 : 1)
    const hundredths = whole * 100 + fraction
    return hundredths <= MAX_HUNDREDTHS ? hundredths : null
  }
  return null
}
