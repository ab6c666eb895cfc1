import { z } from 'zod'
import { formatCents, MAX_AMOUNT, parseCents, tryParseCents } from './cents.js'

/**
 * Bounds of an amount accepted by {@link AmountSchema}. Bounds are money strings, compared exactly
 * in cents.
 *
 * @example
 * ```ts
 * import type { AmountBounds } from '@talka/core'
 * const perProject: AmountBounds = { min: '1000', max: '3000' }
 * ```
 */
export interface AmountBounds {
  /** Smallest accepted amount (default `"0"`; pass a negative bound to accept negative amounts). */
  readonly min?: string
  /** Largest accepted amount (default: the kernel's range, {@link MAX_AMOUNT}). */
  readonly max?: string
  /** Refuse zero (and everything below it). */
  readonly positive?: boolean
}

const SIGNED_AMOUNT_TEXT = /^-?(0|[1-9]\d*)(\.\d{1,2})?$/
const AMOUNT_TEXT = /^(0|[1-9]\d*)(\.\d{1,2})?$/

/**
 * The one zod schema of an amount of euros as it crosses every boundary: a decimal string with at most
 * two decimals (`"1234.56"`), within `[min, max]` and, with `positive`, above zero. Amounts beyond the
 * kernel's exact range are refused, never rounded. The output stays the string as given; read its
 * cents with `parseCents`. Every package builds its amount fields from this factory.
 *
 * @example
 * ```ts
 * import { AmountSchema } from '@talka/core'
 * AmountSchema().parse('2600.00') // '2600.00'
 * AmountSchema({ positive: true }).safeParse('0').success // false
 * AmountSchema({ min: '1000', max: '3000' }).safeParse('3000.01').success // false
 * ```
 */
export function AmountSchema(bounds: AmountBounds = {}) {
  const min = parseCents(bounds.min ?? '0')
  const max = parseCents(bounds.max ?? MAX_AMOUNT)
  const positive = bounds.positive === true
  const lowest = positive ? Math.max(min, 1) : min
  const description =
    `EUR amount as a decimal string with at most two decimals, from ${formatCents(lowest)}` +
    ` to ${formatCents(max)}`
  // The pattern is what JSON Schema readers see: without a negative bound, no sign is accepted at all.
  const pattern = min < 0 ? SIGNED_AMOUNT_TEXT : AMOUNT_TEXT
  return z
    .string()
    .regex(pattern, { message: 'Expected a decimal string with at most 2 decimals, e.g. "1234.56"' })
    .check((ctx) => {
      if (!pattern.test(ctx.value)) return
      const cents = tryParseCents(ctx.value)
      if (cents === undefined || cents > max) {
        ctx.issues.push({
          code: 'custom',
          params: { bound: 'max', amount: formatCents(max) },
          input: ctx.value,
          message: `Expected an amount of at most ${formatCents(max)}`,
        })
      } else if (cents < lowest) {
        ctx.issues.push({
          code: 'custom',
          params: { bound: 'min', amount: formatCents(lowest) },
          input: ctx.value,
          message: positive
            ? `Expected an amount above 0${min > 0 ? ` and at least ${formatCents(min)}` : ''}`
            : `Expected an amount of at least ${formatCents(lowest)}`,
        })
      }
    })
    .meta({ description, examples: ['1234.56'] })
}
