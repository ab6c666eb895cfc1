import { z } from 'zod'
import { scoreHundredths } from './score-hundredths.js'

/**
 * Zod schema of a score: a non-negative number or decimal string with at most two decimals (`25`, `12.5`,
 * `'7.25'`), as evaluators write them and as `@talka/calls` reads a criterion's range.
 *
 * @example
 * ```ts
 * import { ScoreValueSchema } from '@talka/evaluation'
 * ScoreValueSchema.safeParse(12.345).success // false
 * ```
 */
export const ScoreValueSchema = z
  .union([z.number(), z.string()])
  .refine((v) => scoreHundredths(v) !== null, {
    message: 'Expected a non-negative score with at most 2 decimals',
  })
  .meta({ description: 'Score: non-negative number or decimal string, at most 2 decimals', examples: [25] })
