import { type OpenAPIHono, z } from '@hono/zod-openapi'
import { JsonValueSchema } from '@talka/core'
import {
  jsonSchemaFor,
  jsonSchemaId,
  REPORT_SCHEMA_NAMES,
  ReportCsvValidationResultSchema,
  type ReportSchemaName,
  ReportValidationResultSchema,
  schemas,
  validateReport,
  validateReportCsvAsync,
} from '@talka/reporting'
import type { Context } from 'hono'
import { ApiError } from '../api-error.js'
import { MEDIA_TYPES, readBody } from '../body.js'
import { defineEndpoint } from '../endpoint.js'
import type { ApiEnv } from '../env.js'
import { ok } from '../respond.js'
import { envelope } from '../schemas.js'
import { validateQuery } from '../validate.js'

const PathSchema = z.object({
  schema: z.enum(REPORT_SCHEMA_NAMES as [ReportSchemaName, ...ReportSchemaName[]]).openapi({
    description: 'Name and version of a report schema',
    example: 'council-plan-report.v1',
  }),
})

const QuerySchema = z.object({
  delimiter: z.enum([';', ',', '\t']).optional().openapi({
    description: 'CSV delimiter (CSV bodies only); detected when absent',
  }),
  lang: z.enum(['lt', 'en']).optional(),
})

const ReportValidationDoc = z.union([ReportValidationResultSchema, ReportCsvValidationResultSchema]).openapi({
  description:
    'For a JSON body, `validateReport`’s result (errors at JSON paths); for a CSV body, `validateReportCsv`’s (errors at `row`, header = 1, and `column` as written)',
})

/** A report document of any schema (the path names which); the package validates it. */
const ReportDocumentDoc = z
  .union(Object.values(schemas) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]])
  .openapi({ description: 'The report document, of the schema named in the path' })

function schemaName(c: Context<ApiEnv>): ReportSchemaName {
  const name = c.req.param('schema') ?? ''
  if (!(REPORT_SCHEMA_NAMES as readonly string[]).includes(name)) {
    throw new ApiError(404, 'UNKNOWN_RESOURCE', {
      kind: c.get('lang') === 'en' ? 'report schema' : 'ataskaitos schema',
      id: name.slice(0, 100),
      available: REPORT_SCHEMA_NAMES.join(', '),
    })
  }
  return name as ReportSchemaName
}

/**
 * Registers the reporting routes: `GET /v1/reports` (the report schemas), `POST
 * /v1/reports/{schema}/validate` (a JSON report with `validateReport`, or a CSV table with
 * `content-type: text/csv` and `validateReportCsvAsync`, which pauses between chunks of rows so that
 * other requests are answered meanwhile: errors point at the JSON path, or at the row and column) and
 * `GET /v1/reports/{schema}/schema.json` (the JSON Schema 2020-12, `jsonSchemaFor`).
 *
 * @example
 * ```ts
 * import { OpenAPIHono } from '@hono/zod-openapi'
 * import { registerReportingRoutes } from './reporting.js'
 * registerReportingRoutes(new OpenAPIHono())
 * ```
 */
export function registerReportingRoutes(app: OpenAPIHono<ApiEnv>): void {
  defineEndpoint(
    app,
    {
      method: 'get',
      path: '/v1/reports',
      packages: ['@talka/reporting'],
      tags: ['reporting'],
      summary: 'The report schemas, with links to their validation route and JSON Schema',
      responses: {
        200: {
          description: 'Every report schema',
          content: {
            [MEDIA_TYPES.json]: {
              schema: envelope(
                z.array(
                  z.object({
                    name: z.string(),
                    $id: z.string(),
                    validate: z.string(),
                    jsonSchema: z.string(),
                  }),
                ),
              ),
            },
          },
        },
      },
    },
    (c) =>
      ok(
        c,
        REPORT_SCHEMA_NAMES.map((name) => ({
          name,
          $id: jsonSchemaId(name),
          validate: `/v1/reports/${name}/validate`,
          jsonSchema: `/v1/reports/${name}/schema.json`,
        })),
      ),
  )

  defineEndpoint(
    app,
    {
      method: 'post',
      path: '/v1/reports/{schema}/validate',
      packages: ['@talka/reporting'],
      tags: ['reporting'],
      summary: 'Validate a report (JSON or CSV): schema, cross-field rules, errors and warnings',
      description:
        'A JSON body is the report document; a `text/csv` body is the report as a table (Lithuanian or English headers, `;` or `,`; UTF-8 with or without BOM, UTF-16, or Windows-1257 as Lithuanian Excel saves it — the `charset` of the content type is honoured). The answer is 200 with `valid: false` and the errors (at most 100, `errorCount` counts them all) when the report is invalid.',
      request: {
        params: PathSchema,
        query: QuerySchema,
        body: {
          required: true,
          content: {
            [MEDIA_TYPES.json]: {
              schema: ReportDocumentDoc,
            },
            [MEDIA_TYPES.csv]: { schema: z.string().openapi({ description: 'The report as a CSV table' }) },
          },
        },
      },
      responses: {
        200: {
          description: 'The validation result',
          content: { [MEDIA_TYPES.json]: { schema: envelope(ReportValidationDoc) } },
        },
      },
    },
    async (c) => {
      const name = schemaName(c)
      const body = await readBody(c, ['json', 'csv'])
      const lang = c.get('lang')
      if (body.kind === 'csv') {
        // The file goes to the package as bytes with the declared charset: it decodes UTF-8 (BOM or
        // not), UTF-16 and Windows-1257 itself and reports an unreadable file as a CSV error. The async
        // variant pauses every few thousand rows, so /healthz and other requests are answered while
        // an 80,000-row file is validated.
        const { delimiter } = validateQuery(QuerySchema, c.req.query(), lang)
        return ok(
          c,
          await validateReportCsvAsync(name, body.bytes, {
            lang,
            ...(body.charset === undefined ? {} : { charset: body.charset }),
            ...(delimiter === undefined ? {} : { delimiter }),
          }),
        )
      }
      // validateReport is itself the one validation of a report (schema, then cross-field rules).
      return ok(c, validateReport(name, body.value, { lang }))
    },
  )

  defineEndpoint(
    app,
    {
      method: 'get',
      path: '/v1/reports/{schema}/schema.json',
      packages: ['@talka/reporting'],
      tags: ['reporting'],
      summary: 'The JSON Schema (2020-12) of a report schema',
      description:
        'The document exactly as `jsonSchemaFor` generates it (no `meta` member, so it stays a plain JSON Schema; the package versions are in the `Talka-Versions` header).',
      request: { params: PathSchema },
      responses: {
        200: {
          description: 'JSON Schema 2020-12 with `$id`',
          content: {
            'application/schema+json': {
              schema: z
                .record(z.string(), JsonValueSchema)
                .openapi({ description: 'A JSON Schema document' }),
            },
          },
        },
      },
    },
    (c) => {
      const name = schemaName(c)
      return c.body(JSON.stringify(jsonSchemaFor(name)), 200, {
        'Content-Type': 'application/schema+json; charset=utf-8',
      })
    },
  )
}
