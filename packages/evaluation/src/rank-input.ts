import { IsoDateSchema } from '@talka/core'
import { z } from 'zod'
import { type Application, ApplicationSchema } from './application.js'
import { type Call, CallSchema } from './call.js'
import { crossFieldIssues } from './cross-field-rules.js'

/**
 * Zod schema of the input of {@link rankApplications}: the call, the applications, and optionally the date
 * the ranking is made as of (for the trace) and the language of the reasons (`'lt'` by default). Every
 * object is strict (a misspelt key such as `passmark` is an error with its path). Includes the cross-field
 * rules, each issue with its own stable `code`: scores within each criterion's range
 * (`score_out_of_range`), every criterion scored (`missing_score`), no unknown criteria
 * (`unknown_criterion`), unique ids and evaluators (`duplicate_application`, `duplicate_evaluator`),
 * tie-break keys that exist and a lot last (`lot_not_last`, `duplicate_tie_break`), submission times present
 * when the tie-break uses them (`required`), ranges in order (`invalid_range`).
 *
 * @example
 * ```ts
 * import { RankApplicationsInputSchema } from '@talka/evaluation'
 * const result = RankApplicationsInputSchema.safeParse({ call: {}, applications: [] })
 * result.success // false
 * ```
 */
export const RankApplicationsInputSchema = z
  .strictObject({
    call: CallSchema,
    applications: z.array(ApplicationSchema),
    asOf: IsoDateSchema.optional(),
    lang: z.enum(['lt', 'en']).optional(),
  })
  .check((ctx) => {
    // The cross-field rules read a structurally valid input: zod runs a check after a nested refinement
    // failed, so any earlier issue means the structure is not settled yet.
    if (ctx.issues.length > 0) return
    const issues = ctx.issues
    crossFieldIssues(ctx.value, (path, code, message) => {
      // The rule's own stable code is the issue's code (core's `Issue.code`), not zod's generic 'custom'.
      issues.push({ code, path, message, input: undefined } as unknown as (typeof issues)[number])
    })
  })
  .meta({ id: 'talka-evaluation.RankApplicationsInput', description: 'A call and its applications to rank' })

/**
 * Input of {@link rankApplications}.
 *
 * @example
 * ```ts
 * import type { RankApplicationsInput } from '@talka/evaluation'
 * const input: RankApplicationsInput = {
 *   call: { budget: '5000.00', maxPerProject: '3000.00', criteria: [{ id: 'q', max: 10 }], lastProject: 'reserve' },
 *   applications: [{ id: 'A-1', requested: '2000.00', evaluations: [{ evaluator: 'E1', scores: { q: 8 } }] }],
 * }
 * ```
 */
export interface RankApplicationsInput {
  readonly call: Call
  readonly applications: readonly Application[]
  readonly asOf?: string | undefined
  readonly lang?: 'lt' | 'en' | undefined
}
