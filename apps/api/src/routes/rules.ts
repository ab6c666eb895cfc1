import { type OpenAPIHono, z } from '@hono/zod-openapi'
import { allocationCatalog } from '@talka/allocation'
import { type CatalogEntry, CatalogEntrySchema } from '@talka/core'
import { eligibilityCatalog } from '@talka/eligibility'
import { evaluationCatalog } from '@talka/evaluation'
import { reportingCatalog } from '@talka/reporting'
import { volunteeringCatalog } from '@talka/volunteering'
import { ApiError } from '../api-error.js'
import { defineEndpoint } from '../endpoint.js'
import type { ApiEnv } from '../env.js'
import { ok } from '../respond.js'
import { envelope } from '../schemas.js'
import { validateQuery } from '../validate.js'
import { ALL_PACKAGES, type RulePackage } from '../versions.js'

/**
 * The rule and parameter catalog of every package, concatenated: the same entries the docs site
 * renders (`<pkg>Catalog` of each package).
 *
 * @example
 * ```ts
 * import { catalog } from './rules.js'
 * catalog.filter((entry) => entry.kind === 'parameter').length
 * ```
 */
export const catalog: readonly CatalogEntry[] = [
  ...allocationCatalog,
  ...eligibilityCatalog,
  ...evaluationCatalog,
  ...volunteeringCatalog,
  ...reportingCatalog,
]

const QuerySchema = z.object({
  package: z
    .enum(ALL_PACKAGES.filter((name) => name !== '@talka/core') as [RulePackage, ...RulePackage[]])
    .optional()
    .openapi({ description: 'Only the entries of this package', example: '@talka/allocation' }),
  kind: z.enum(['rule', 'parameter']).optional(),
})

/**
 * Registers `GET /v1/rules` (the whole catalog, filterable by `package` and `kind`) and
 * `GET /v1/rules/{id}` (one entry; ids contain `/` and `.`, e.g.
 * `/v1/rules/eligibility.ngo-fund-2023/applicant.N1`, URL-encoded or not).
 *
 * @example
 * ```ts
 * import { OpenAPIHono } from '@hono/zod-openapi'
 * import { registerRuleRoutes } from './rules.js'
 * registerRuleRoutes(new OpenAPIHono())
 * ```
 */
export function registerRuleRoutes(app: OpenAPIHono<ApiEnv>): void {
  const byId = new Map(catalog.map((entry) => [entry.id, entry]))
  defineEndpoint(
    app,
    {
      method: 'get',
      path: '/v1/rules',
      packages: ALL_PACKAGES,
      tags: ['rules'],
      summary: 'The rule and parameter catalog of every package, with legal references and value timelines',
      request: { query: QuerySchema },
      responses: {
        200: {
          description: 'Catalog entries',
          content: { 'application/json': { schema: envelope(z.array(CatalogEntrySchema)) } },
        },
      },
    },
    async (c) => {
      const query = validateQuery(QuerySchema, c.req.query(), c.get('lang'))
      return ok(
        c,
        catalog.filter(
          (entry) =>
            (query.package === undefined || entry.package === query.package) &&
            (query.kind === undefined || entry.kind === query.kind),
        ),
      )
    },
  )
  defineEndpoint(
    app,
    {
      method: 'get',
      path: '/v1/rules/{id}',
      routingPath: '/v1/rules/:id{.+}',
      packages: ALL_PACKAGES,
      tags: ['rules'],
      summary: 'One rule or parameter of the catalog',
      description: 'Rule ids contain `/` and `.`; send them as they are or URL-encoded.',
      request: {
        params: z.object({
          id: z.string().openapi({ example: 'allocation.community-measure.total' }),
        }),
      },
      responses: {
        200: {
          description: 'The entry',
          content: { 'application/json': { schema: envelope(CatalogEntrySchema) } },
        },
      },
    },
    (c) => {
      const id = c.req.param('id') ?? ''
      const entry = byId.get(id)
      if (!entry) {
        throw new ApiError(404, 'UNKNOWN_RESOURCE', {
          kind: c.get('lang') === 'en' ? 'rule or parameter' : 'taisyklė ar parametras',
          id: id.slice(0, 200),
          available: '/v1/rules',
        })
      }
      const [packageName] = ALL_PACKAGES.filter((name) => name === entry.package)
      if (packageName) c.set('packages', [packageName])
      return ok(c, entry)
    },
  )
}
