import { z } from 'zod'
import { scoreHundredths } from './score-hundredths.js'

const SCORE_MESSAGE = 'Expected a non-negative score with at most 2 decimals'

// The JSON shape of a score, without the two-decimal rule (JSON Schema cannot say it).
const ScoreShapeSchema = z
  .union([z.number(), z.string()])
  .meta({ description: 'Score: non-negative number or decimal string, at most 2 decimals', examples: [25] })

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
export const ScoreValueSchema = ScoreShapeSchema.refine((v) => scoreHundredths(v) !== null, {
  message: SCORE_MESSAGE,
})

// An evaluation's scores by criterion id, each value a score. The two-decimal rule is one check over the
// whole record rather than a refinement per score (a ranking of 100,000 applications reads 1.5 million
// scores); it reports the same issue, at the same path, as `ScoreValueSchema`'s refinement. Internal.
export const ScoresSchema = z.record(z.string(), ScoreShapeSchema).check((ctx) => {
  const scores = ctx.value
  for (const key of Object.keys(scores)) {
    const value = scores[key]!
    if (scoreHundredths(value) === null) {
      ctx.issues.push({ code: 'custom', input: value, path: [key], message: SCORE_MESSAGE, continue: true })
    }
  }
})
