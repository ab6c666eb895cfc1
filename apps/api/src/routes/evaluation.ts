import { type OpenAPIHono, z } from '@hono/zod-openapi'
import {
  RankApplicationsInputSchema,
  RankingResultSchema,
  rankApplications,
  safeParseRankApplicationsInput,
  summaryToCsv,
  summaryToHtml,
} from '@talka/evaluation'
import { MEDIA_TYPES, readBody } from '../body.js'
import { defineEndpoint } from '../endpoint.js'
import type { ApiEnv } from '../env.js'
import { negotiateMediaType } from '../negotiate.js'
import { ok } from '../respond.js'
import { envelope } from '../schemas.js'
import { parsedOrThrow, zodContext } from '../validate.js'

const PRODUCES = ['application/json', 'text/csv', 'text/html'] as const

/**
 * Registers `POST /v1/evaluations/ranking`: `rankApplications` on a call and its applications
 * (scores averaged exactly, ranked, funded down the list within the budget, reserve and not-funded
 * lists with reasons). `Accept: text/csv` returns the summary table as CSV (`summaryToCsv`, headers
 * in the request's language), `Accept: text/html` as a printable page (`summaryToHtml`).
 *
 * @example
 * ```ts
 * import { OpenAPIHono } from '@hono/zod-openapi'
 * import { registerEvaluationRoutes } from './evaluation.js'
 * registerEvaluationRoutes(new OpenAPIHono())
 * ```
 */
export function registerEvaluationRoutes(app: OpenAPIHono<ApiEnv>): void {
  defineEndpoint(
    app,
    {
      method: 'post',
      path: '/v1/evaluations/ranking',
      packages: ['@talka/evaluation', '@talka/eligibility'],
      tags: ['evaluation'],
      summary: 'Rank and fund applications: the ranked list with decisions, amounts, reasons and the summary',
      description:
        'Content negotiation: `Accept: application/json` (default) gives the whole result; `text/csv` the summary table (Lithuanian or English headers by `lang`); `text/html` a self-contained printable summary page.',
      request: {
        body: { required: true, content: { [MEDIA_TYPES.json]: { schema: RankApplicationsInputSchema } } },
      },
      responses: {
        200: {
          description: 'The ranking',
          content: {
            'application/json': { schema: envelope(RankingResultSchema) },
            'text/csv': {
              schema: z.string().openapi({ description: 'The summary table, `;`-separated, UTF-8' }),
            },
            'text/html': {
              schema: z.string().openapi({ description: 'The summary as a printable HTML page' }),
            },
          },
        },
      },
    },
    async (c) => {
      const body = await readBody(c, ['json'])
      const produce = negotiateMediaType(c.req.header('accept'), PRODUCES)
      const value = body.kind === 'json' ? body.value : undefined
      const withLang =
        typeof value === 'object' && value !== null && !Array.isArray(value)
          ? { lang: c.get('lang'), ...value }
          : value
      const input = parsedOrThrow(
        { result: safeParseRankApplicationsInput(withLang, zodContext(c.get('lang'))) },
        'body',
      )
      const result = rankApplications(input)
      c.header('Vary', 'Accept', { append: true })
      if (produce === 'text/csv') {
        c.header('Content-Disposition', 'inline; filename="vertinimo-suvestine.csv"')
        return c.body(summaryToCsv(result, { lang: input.lang ?? c.get('lang') }), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
        })
      }
      if (produce === 'text/html') return c.html(summaryToHtml(result, { lang: input.lang ?? c.get('lang') }))
      return ok(c, result)
    },
  )
}
