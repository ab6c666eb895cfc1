// The small building blocks of the call schema: strict lt/en text, ids, scores, weights, shares and a
// policy's reference. Internal: the public shapes are the schemas in call-schema.ts.
import { IsoDateSchema, LegalRefSchema, parseScaledDecimal, rescale } from '@talka/core'
import { z } from 'zod'

/** Strict `{ lt, en }` text (core's `LocalizedSchema` is not strict, and a call is input). */
export const LocalizedTextSchema = z
  .strictObject({
    lt: z.string().min(1).max(500).meta({ description: 'In Lithuanian' }),
    en: z.string().min(1).max(500).meta({ description: 'In English' }),
  })
  .meta({ description: 'Text in Lithuanian and English' })

/** A slug: lower-case letters, digits and hyphens, e.g. `prienai-district-2021-repeat`. */
export const SlugSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, {
    message: 'Expected lower-case letters, digits and hyphens, e.g. "prienai-district-2021"',
  })

/** A category or activity-area code as the call names it. */
export const CodeSchema = z.string().min(1).max(100)

const SCORE_TEXT = /^(0|[1-9]\d{0,8})(\.\d{1,2})?$/

/** A score written as given (number or string) → its decimal text, or `undefined` when it is not a score. */
export function scoreText(value: unknown): string | undefined {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value
  return typeof text === 'string' && SCORE_TEXT.test(text) ? text : undefined
}

/**
 * A score or a score limit: a non-negative number or decimal string with at most two decimals and at
 * most nine integer digits (`5`, `12.5`, `"7.25"`), as `@talka/evaluation` reads scores.
 */
export const ScoreSchema = z
  .union([z.number(), z.string()])
  .refine((v) => scoreText(v) !== undefined, {
    message: 'Expected a non-negative score with at most 2 decimals, e.g. 5 or "12.5"',
  })
  .meta({ description: 'Score: non-negative number or decimal string, at most 2 decimals', examples: [5] })

const DECIMAL_6 = /^(0|[1-9]\d{0,8})(\.\d{1,6})?$/

/** A non-negative decimal string with at most six decimals (weights, divergence thresholds). */
export const Decimal6Schema = z
  .string()
  .regex(DECIMAL_6, { message: 'Expected a non-negative decimal string with at most 6 decimals, e.g. "0.5"' })

/** A share strictly between 0 and 1 as a decimal string (`"0.2"` = 20 %). */
export const ShareSchema = z.string().regex(/^0\.(?=\d*[1-9])\d{1,10}$/, {
  message: 'Expected a decimal share strictly between 0 and 1 with at most 10 decimals, e.g. "0.2"',
})

/**
 * The point of the call's own description that states a policy, without repeating the act:
 * `{ "point": "42" }` reads as the call's `ref` at point 42.
 *
 * @example
 * ```ts
 * import { PointRefSchema } from '@talka/calls'
 * PointRefSchema.parse({ point: '42' }) // { point: '42' }
 * ```
 */
export const PointRefSchema = z
  .strictObject({
    point: z.string().min(1).max(50).meta({ description: "Point (punktas) of the call's own description" }),
    quote: z.string().min(1).max(1000).optional().meta({ description: 'A short quote of the point' }),
  })
  .meta({ id: 'CallPointRef', description: "A point of the call's own description" })

/**
 * The reference a policy carries: a full `LegalRef` (an act of this municipality or the ministry) or
 * just a point of the call's own description.
 *
 * @example
 * ```ts
 * import { PolicyRefSchema } from '@talka/calls'
 * PolicyRefSchema.safeParse({ point: '40' }).success // true
 * ```
 */
export const PolicyRefSchema = z
  .union([PointRefSchema, LegalRefSchema])
  .meta({ description: 'Where the call states this policy: a point of its description, or a full reference' })

/** An ISO calendar date (core's schema). */
export const DateSchema = IsoDateSchema

/** Exact comparison value of a score or weight: the decimal scaled by 10^8 (2 + 6 decimals). */
export function scaled8(text: string): bigint {
  const parsed = parseScaledDecimal(text)
  return parsed ? rescale(parsed, 8) : 0n
}
