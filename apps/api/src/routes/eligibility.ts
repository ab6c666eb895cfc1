import { type OpenAPIHono, z } from '@hono/zod-openapi'
import { LegalRefSchema, TraceSchema, ValidationError } from '@talka/core'
import {
  CheckEligibilityInputSchema,
  checkEligibility,
  RULE_SET_IDS,
  type RuleSetId,
  ruleSets,
  safeParseEligibilityOptions,
  safeParseFacts,
} from '@talka/eligibility'
import type { Context } from 'hono'
import { ApiError } from '../api-error.js'
import { MEDIA_TYPES, readBody } from '../body.js'
import { defineEndpoint } from '../endpoint.js'
import type { ApiEnv } from '../env.js'
import { ok } from '../respond.js'
import { envelope } from '../schemas.js'
import { parsedOrThrow, parsedPartsOrThrow, RequestValidationError, zodContext } from '../validate.js'

/** The request body of each rule set: the package's input variant without `ruleSet` (it is in the path). */
const bodySchemas = new Map(
  CheckEligibilityInputSchema.options.map((variant) => [
    variant.shape.ruleSet.value as RuleSetId,
    (variant as z.ZodObject).omit({ ruleSet: true }),
  ]),
)

const RuleSetSummarySchema = z
  .object({
    id: z.enum(RULE_SET_IDS),
    title: z.object({ lt: z.string(), en: z.string() }),
    programme: z.object({ lt: z.string(), en: z.string() }),
    subject: z.enum(['applicant', 'project']),
    usesCall: z.boolean(),
    facts: z.array(z.string()),
    versions: z.array(
      z.object({
        version: z.string(),
        validFrom: z.string(),
        validTo: z.string(),
        sources: z.array(LegalRefSchema),
        rules: z.array(
          z.object({
            id: z.string(),
            title: z.object({ lt: z.string(), en: z.string() }),
            facts: z.array(z.string()),
            ref: LegalRefSchema,
          }),
        ),
      }),
    ),
    check: z.string().openapi({
      description: 'Path of the check route',
      example: '/v1/eligibility/ngo-fund-2023/applicant',
    }),
  })
  .openapi('EligibilityRuleSet')

function ruleSetSummaries() {
  return ruleSets.map((set) => ({
    id: set.id,
    title: set.title,
    programme: set.programme,
    subject: set.subject,
    usesCall: set.usesCall,
    facts: [...set.facts],
    versions: set.versions.map((version) => ({
      version: version.version,
      validFrom: version.validFrom,
      validTo: version.validTo,
      sources: version.sources,
      rules: version.rules.map((rule) => ({
        id: rule.id,
        title: rule.title,
        facts: [...rule.facts],
        ref: rule.ref,
      })),
    })),
    check: `/v1/eligibility/${set.id}`,
  }))
}

/**
 * One eligibility check: the body's `facts` parsed once by `safeParseFacts` and the rest of the body
 * (`asOf`, `lang`, `call`) by `safeParseEligibilityOptions`, the issues of both reported together
 * at their body paths; `checkEligibility` receives the two parsed values and validates neither again.
 */
async function check(c: Context<ApiEnv>, ruleSet: RuleSetId): Promise<Response> {
  const body = await readBody(c, ['json'])
  const value = body.kind === 'json' ? body.value : undefined
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    parsedOrThrow({ result: safeParseEligibilityOptions(value, zodContext(c.get('lang'))) }, 'body')
    throw new Error('unreachable: options of a non-object parsed')
  }
  const { facts, ...options } = value as Record<string, unknown>
  const [parsedFacts, parsedOptions] = parsedPartsOrThrow(
    [
      { result: safeParseFacts(ruleSet, facts as never, zodContext(c.get('lang'))), prefix: ['facts'] },
      { result: safeParseEligibilityOptions({ lang: c.get('lang'), ...options }, zodContext(c.get('lang'))) },
    ] as const,
    'body',
  )
  try {
    return ok(c, checkEligibility(ruleSet, parsedFacts, parsedOptions))
  } catch (error) {
    // The one check left to checkEligibility (a call given or missing for the rule set) is reported
    // at `options.call`: in this body the options are at the top level.
    if (error instanceof ValidationError) {
      throw new RequestValidationError(
        'body',
        error.issues.map((issue) =>
          issue.path[0] === 'options' ? { ...issue, path: issue.path.slice(1) } : issue,
        ),
        [],
        error.issueCount,
      )
    }
    throw error
  }
}

const verdictResponse = {
  200: {
    description:
      'The verdict (trace.v1): `outcome` eligible | ineligible | undetermined, every rule’s reason with its legal reference, and `missingFacts`',
    content: { [MEDIA_TYPES.json]: { schema: envelope(TraceSchema) } },
  },
} as const

/**
 * Registers the eligibility routes: `GET /v1/eligibility` (the rule sets with their versions,
 * source acts and rules), `POST /v1/eligibility/{programme}/{subject}` for each rule set (e.g.
 * `/v1/eligibility/ngo-fund-2023/applicant`, body `{ facts, asOf, call? }`) and
 * `POST /v1/eligibility/{ruleSet}` for the URL-encoded id (`ngo-fund-2023%2Fapplicant`). Each check
 * calls `checkEligibility` and answers its verdict with every reason and the missing facts.
 *
 * @example
 * ```ts
 * import { OpenAPIHono } from '@hono/zod-openapi'
 * import { registerEligibilityRoutes } from './eligibility.js'
 * registerEligibilityRoutes(new OpenAPIHono())
 * ```
 */
export function registerEligibilityRoutes(app: OpenAPIHono<ApiEnv>): void {
  defineEndpoint(
    app,
    {
      method: 'get',
      path: '/v1/eligibility',
      packages: ['@talka/eligibility'],
      tags: ['eligibility'],
      summary: 'The eligibility rule sets: programmes, dated versions, source acts and rules',
      responses: {
        200: {
          description: 'Every rule set',
          content: { [MEDIA_TYPES.json]: { schema: envelope(z.array(RuleSetSummarySchema)) } },
        },
      },
    },
    (c) => ok(c, ruleSetSummaries()),
  )

  for (const ruleSet of RULE_SET_IDS) {
    const set = ruleSets.find((s) => s.id === ruleSet)
    defineEndpoint(
      app,
      {
        method: 'post',
        path: `/v1/eligibility/${ruleSet}`,
        packages: ['@talka/eligibility'],
        tags: ['eligibility'],
        summary: `Check eligibility: ${set?.title.en ?? ruleSet}`,
        description: `${set?.programme.en ?? ''}\n\nEvery fact is optional: an absent fact is unknown, and the verdict lists it in \`missingFacts\`. The rule-set version valid on \`asOf\` is applied.${set?.usesCall ? ' Needs the municipality’s `call` parameters.' : ''}`,
        request: {
          body: { required: true, content: { [MEDIA_TYPES.json]: { schema: bodySchemas.get(ruleSet)! } } },
        },
        responses: verdictResponse,
      },
      (c) => check(c, ruleSet),
    )
  }

  const PathSchema = z.object({
    ruleSet: z.string().openapi({
      description: `A rule-set id, URL-encoded: ${RULE_SET_IDS.map((id) => `\`${encodeURIComponent(id)}\``).join(', ')}`,
      example: encodeURIComponent('ngo-fund-2023/applicant'),
    }),
  })
  defineEndpoint(
    app,
    {
      method: 'post',
      path: '/v1/eligibility/{ruleSet}',
      packages: ['@talka/eligibility'],
      errorStatus: { UNKNOWN_RULE_SET: 404 },
      tags: ['eligibility'],
      summary: 'Check eligibility under a rule set named by its URL-encoded id',
      description:
        'The same check as `/v1/eligibility/{programme}/{subject}`, for clients that send the id as one path segment.',
      request: {
        params: PathSchema,
        body: {
          required: true,
          content: {
            [MEDIA_TYPES.json]: {
              schema: z.union([...bodySchemas.values()] as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]),
            },
          },
        },
      },
      responses: verdictResponse,
    },
    (c) => {
      const ruleSet = c.req.param('ruleSet') ?? ''
      if (!(RULE_SET_IDS as readonly string[]).includes(ruleSet)) {
        throw new ApiError(404, 'UNKNOWN_RESOURCE', {
          kind: c.get('lang') === 'en' ? 'eligibility rule set' : 'tinkamumo taisyklių rinkinys',
          id: ruleSet.slice(0, 100),
          available: RULE_SET_IDS.join(', '),
        })
      }
      return check(c, ruleSet as RuleSetId)
    },
  )
}
