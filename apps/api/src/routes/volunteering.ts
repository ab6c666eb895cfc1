import type { OpenAPIHono, z } from '@hono/zod-openapi'
import { type ParseContext, type SafeParseResult, TraceSchema } from '@talka/core'
import {
  ActivityClassificationSchema,
  AgreementRequirementInputSchema,
  agreementRequirement,
  CanHostInputSchema,
  CanHostOptionsSchema,
  CanVolunteerInputSchema,
  ClassifyActivityInputSchema,
  canHost,
  canVolunteer,
  classifyActivity,
  ReimbursableExpensesInputSchema,
  ReimbursableExpensesResultSchema,
  reimbursableExpenses,
  safeParseAgreementRequirementInput,
  safeParseCanHostInput,
  safeParseCanHostOptions,
  safeParseCanVolunteerInput,
  safeParseClassifyActivityInput,
  safeParseReimbursableExpensesInput,
  safeParseVolunteeringOptions,
  VolunteeringOptionsSchema,
} from '@talka/volunteering'
import { MEDIA_TYPES, readBody } from '../body.js'
import { defineEndpoint } from '../endpoint.js'
import type { ApiEnv } from '../env.js'
import { ok } from '../respond.js'
import { envelope } from '../schemas.js'
import { parsedOrThrow, parsedPartsOrThrow, zodContext } from '../validate.js'

interface Check {
  readonly path: string
  readonly summary: string
  readonly description: string
  readonly input: z.ZodType
  readonly options: typeof VolunteeringOptionsSchema | typeof CanHostOptionsSchema
  /** The package's parsers of the facts and of the options (each parses once). */
  readonly parseFacts: (input: unknown, context?: ParseContext) => SafeParseResult<unknown>
  readonly parseOptions: (input: unknown, context?: ParseContext) => SafeParseResult<unknown>
  readonly run: (facts: never, options: never) => unknown
  readonly result: z.ZodType
}

const checks: readonly Check[] = [
  {
    path: 'can-volunteer',
    summary: 'May this person volunteer? (`canVolunteer`)',
    description:
      'Age on `asOf` (older than 14), the legal representative’s non-objection for minors, citizenship or lawful presence, under the edition of Law No. XI-1500 in force. Outcome yes | no | unknown.',
    input: CanVolunteerInputSchema,
    options: VolunteeringOptionsSchema,
    parseFacts: safeParseCanVolunteerInput,
    parseOptions: safeParseVolunteeringOptions,
    run: canVolunteer as (facts: never, options: never) => unknown,
    result: TraceSchema,
  },
  {
    path: 'can-host',
    summary: 'May this organisation host or coordinate volunteers? (`canHost`)',
    description:
      'The organiser list of the original edition (art. 6) or the host / coordinating organisation of the new one; `role` picks host or coordinating. Outcome yes | no | unknown.',
    input: CanHostInputSchema,
    options: CanHostOptionsSchema,
    parseFacts: safeParseCanHostInput,
    parseOptions: safeParseCanHostOptions,
    run: canHost as (facts: never, options: never) => unknown,
    result: TraceSchema,
  },
  {
    path: 'agreement',
    summary: 'Must the voluntary-activity agreement be written? (`agreementRequirement`)',
    description:
      'Outcome yes (a written agreement is required) | no | unknown, with the article that says so.',
    input: AgreementRequirementInputSchema,
    options: VolunteeringOptionsSchema,
    parseFacts: safeParseAgreementRequirementInput,
    parseOptions: safeParseVolunteeringOptions,
    run: agreementRequirement as (facts: never, options: never) => unknown,
    result: TraceSchema,
  },
  {
    path: 'classify',
    summary: 'Classify a voluntary activity: long-term, short-term, voluntary service (`classifyActivity`)',
    description:
      'Under the new edition (from 2024-07-01): long-term (agreement of at least 60 days), short-term, voluntary service (at least 100 hours, coordinated). The original edition has no such classes: `not-applicable`.',
    input: ClassifyActivityInputSchema,
    options: VolunteeringOptionsSchema,
    parseFacts: safeParseClassifyActivityInput,
    parseOptions: safeParseVolunteeringOptions,
    run: classifyActivity as (facts: never, options: never) => unknown,
    result: ActivityClassificationSchema,
  },
  {
    path: 'expenses',
    summary: 'Which expense claims may be reimbursed, and the eligible total (`reimbursableExpenses`)',
    description:
      'Per-claim decisions and `eligibleTotal` (decimal string): order A1-330 under the original edition, the Government’s description under the new one; amounts that cannot be cited are `unknown` with the missing parameter.',
    input: ReimbursableExpensesInputSchema,
    options: VolunteeringOptionsSchema,
    parseFacts: safeParseReimbursableExpensesInput,
    parseOptions: safeParseVolunteeringOptions,
    run: reimbursableExpenses as (facts: never, options: never) => unknown,
    result: ReimbursableExpensesResultSchema,
  },
]

/**
 * Registers `POST /v1/volunteering/{check}` for `can-volunteer`, `can-host`, `agreement`,
 * `classify` and `expenses`. The body is `{ facts, asOf, lang?, agreementConcludedOn?,
 * agreementEndsOn? }` (plus `role` for `can-host`): `facts` is parsed once by the package's
 * `safeParse…Input`, the rest by its options parser (issues of both reported together), and the
 * function of @talka/volunteering receives the two parsed values.
 *
 * @example
 * ```ts
 * import { OpenAPIHono } from '@hono/zod-openapi'
 * import { registerVolunteeringRoutes } from './volunteering.js'
 * registerVolunteeringRoutes(new OpenAPIHono())
 * ```
 */
export function registerVolunteeringRoutes(app: OpenAPIHono<ApiEnv>): void {
  for (const check of checks) {
    const bodySchema = check.options.extend({ facts: check.input }).strict()
    defineEndpoint(
      app,
      {
        method: 'post',
        path: `/v1/volunteering/${check.path}`,
        packages: ['@talka/volunteering'],
        tags: ['volunteering'],
        summary: check.summary,
        description: `${check.description}\n\nThe edition of the Law on Voluntary Activities (No. XI-1500) is chosen by \`asOf\` and, for agreements concluded before 2024-07-01, by \`agreementConcludedOn\` (transitional rule).`,
        request: { body: { required: true, content: { [MEDIA_TYPES.json]: { schema: bodySchema } } } },
        responses: {
          200: {
            description: 'The decision with its reasons, citations and missing facts',
            content: { [MEDIA_TYPES.json]: { schema: envelope(check.result) } },
          },
        },
      },
      async (c) => {
        const body = await readBody(c, ['json'])
        const value = body.kind === 'json' ? body.value : undefined
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          parsedOrThrow({ result: check.parseOptions(value, zodContext(c.get('lang'))) }, 'body')
          throw new Error('unreachable: options of a non-object parsed')
        }
        const { facts, ...options } = value as Record<string, unknown>
        const [parsedFacts, parsedOptions] = parsedPartsOrThrow(
          [
            { result: check.parseFacts(facts, zodContext(c.get('lang'))), prefix: ['facts'] },
            { result: check.parseOptions({ lang: c.get('lang'), ...options }, zodContext(c.get('lang'))) },
          ] as const,
          'body',
        )
        return ok(c, check.run(parsedFacts as never, parsedOptions as never))
      },
    )
  }
}
