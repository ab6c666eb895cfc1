import { IsoDateSchema } from '@talka/core'
import { z } from 'zod'
import { type Application, ApplicationSchema } from './application.js'
import { type Call, CallSchema } from './call.js'
import { crossFieldIssues } from './validate-input.js'

/**
 * Zod schema of the input of {@link rankApplications}: the call, the applications, and optionally the date
 * the ranking is made as of (for the trace) and the language of the reasons (`'lt'` by default). Includes
 * the cross-field rules: scores within each criterion's range, every criterion scored, unique ids and
 * evaluators, tie-break criteria that exist, submission times present when the tie-break uses them.
 *
 * @example
 * ```ts
 * import { RankApplicationsInputSchema } from '@talka/evaluation'
 * const result = RankApplicationsInputSchema.safeParse({ call: {}, applications: [] })
 * result.success // false
 * ```
 */
export const RankApplicationsInputSchema = z
  .object({
    call: CallSchema,
    applications: z.array(ApplicationSchema),
    asOf: IsoDateSchema.optional(),
    lang: z.enum(['lt', 'en']).optional(),
  })
  .superRefine((input, ctx) => {
    for (const issue of crossFieldIssues(input)) {
      ctx.addIssue({
        code: 'custom',
        path: [...issue.path],
        message: issue.message,
        params: { code: issue.code },
      })
    }
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
