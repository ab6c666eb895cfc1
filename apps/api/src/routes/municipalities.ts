import { type OpenAPIHono, z } from '@hono/zod-openapi'
import { MunicipalityFiguresSchema, municipalityFigures } from '@talka/allocation'
import { IsoDateSchema } from '@talka/core'
import { defineEndpoint } from '../endpoint.js'
import type { ApiEnv } from '../env.js'
import { ok } from '../respond.js'
import { envelope } from '../schemas.js'
import { validateQuery } from '../validate.js'

const QuerySchema = z.object({
  asOf: IsoDateSchema.optional().openapi({
    description: 'Only figures that refer to this day or earlier (a year-only figure counts as 1 January)',
    example: '2021-01-01',
  }),
})

/**
 * Registers `GET /v1/municipalities`: the embedded residents data of `@talka/allocation` — every
 * municipality with its published resident figures (kind, as-of date, source), newest first, and
 * the datasets they come from; `?asOf=` keeps only figures referring to that day or earlier.
 *
 * @example
 * ```ts
 * import { OpenAPIHono } from '@hono/zod-openapi'
 * import { registerMunicipalityRoutes } from './municipalities.js'
 * registerMunicipalityRoutes(new OpenAPIHono())
 * ```
 */
export function registerMunicipalityRoutes(app: OpenAPIHono<ApiEnv>): void {
  defineEndpoint(
    app,
    {
      method: 'get',
      path: '/v1/municipalities',
      packages: ['@talka/allocation'],
      tags: ['allocation'],
      summary: 'The embedded municipalities and their resident figures (kind, as-of date, source)',
      request: { query: QuerySchema },
      responses: {
        200: {
          description: 'Municipalities with their figures, newest first',
          content: { 'application/json': { schema: envelope(MunicipalityFiguresSchema) } },
        },
      },
    },
    (c) => {
      const { asOf } = validateQuery(QuerySchema, c.req.query(), c.get('lang'))
      const figures = municipalityFigures({ asOf })
      return ok(c, figures, {
        data: figures.datasets.map(({ id, kind, asOf: datasetAsOf, source }) => ({
          id,
          kind,
          asOf: datasetAsOf,
          source,
        })),
      })
    },
  )
}
