import { type Call, type CallInput, CallSchema } from '@talka/calls'
import { IsoDateSchema, isParsed, type Parsed } from '@talka/core'
import { z } from 'zod'
import { type Application, ApplicationSchema } from './application.js'
import { crossFieldIssues } from './cross-field-rules.js'

const applicationsPart = {
  applications: z.array(ApplicationSchema),
  asOf: IsoDateSchema.optional(),
  lang: z.enum(['lt', 'en']).optional(),
}

// Cross-field rules read a structurally valid input: zod runs a check after a nested refinement failed, so
// any earlier issue means the structure is not settled yet. Each issue carries the rule's own stable code
// (core's `Issue.code`), not zod's generic 'custom'.
const withCrossFieldRules = <S extends z.ZodType<{ call: Call; applications: readonly unknown[] }>>(
  schema: S,
) =>
  schema.check((ctx) => {
    if (ctx.issues.length > 0) return
    const issues = ctx.issues
    crossFieldIssues(ctx.value as never, (path, code, message) => {
      issues.push({ code, path, message, input: undefined } as unknown as (typeof issues)[number])
    })
  })

/**
 * Zod schema of the input of {@link rankApplications}: the call document (`@talka/calls`' call.v1), the
 * applications, and optionally the date the ranking is made as of (for the trace) and the language of the
 * reasons (`'lt'` by default). Every object is strict (a misspelt key is an error with its path). Includes
 * the cross-field rules, each issue with its own stable code: the call's budget and criteria present
 * (`required`), scores within each criterion's range (`score_out_of_range`), every criterion scored
 * (`missing_score`), no unknown criteria (`unknown_criterion`), unique ids and evaluators
 * (`duplicate_application`, `duplicate_evaluator`), the eligible amount not above the request
 * (`eligible_above_requested`), an envelope for every application of an envelope call and only known ones
 * (`required`, `unknown_envelope`), submission times present when the ties are broken by them (`required`).
 *
 * @example
 * ```ts
 * import { RankApplicationsInputSchema } from '@talka/evaluation'
 * const result = RankApplicationsInputSchema.safeParse({ call: {}, applications: [] })
 * result.success // false
 * ```
 */
export const RankApplicationsInputSchema = withCrossFieldRules(
  z.strictObject({ call: CallSchema, ...applicationsPart }),
).meta({ id: 'talka-evaluation.RankApplicationsInput', description: 'A call and its applications to rank' })

/** The same input with a call that `@talka/calls` has parsed already: the call is not validated again. */
export const RankInputWithParsedCallSchema = withCrossFieldRules(
  z.strictObject({
    call: z.custom<Parsed<Call>>((value) => isParsed(value), { message: 'Expected a parsed call' }),
    ...applicationsPart,
  }),
)

/**
 * Input of {@link rankApplications}: the call as a call.v1 document (JSON, or the `Parsed<Call>` that
 * `parseCall` returns, which is not validated again) and its applications.
 *
 * @example
 * ```ts
 * import type { RankApplicationsInput } from '@talka/evaluation'
 * const input: RankApplicationsInput = {
 *   call: { id: 'example-2025', name: { lt: 'Kvietimas', en: 'Call' }, municipality: { name: 'Pavyzdžių rajono savivaldybė' },
 *     year: 2025, model: 'standard', ref: { act: 'Aprašas', url: 'https://e-tar.lt/' },
 *     budget: { kind: 'total', amount: '5000.00' },
 *     evaluation: { criteria: [{ id: 'q', title: { lt: 'Kokybė', en: 'Quality' }, min: 0, max: 10, weight: '1' }] } },
 *   applications: [{ id: 'A-1', requested: '2000.00', evaluations: [{ evaluator: 'E1', scores: { q: 8 } }] }],
 * }
 * ```
 */
export interface RankApplicationsInput {
  readonly call: CallInput | Parsed<Call>
  readonly applications: readonly Application[]
  readonly asOf?: string | undefined
  readonly lang?: 'lt' | 'en' | undefined
}
