import { z } from '@hono/zod-openapi'
import { JsonValueSchema } from '@talka/core'

/**
 * One warning attached to a response: a stable code and a message in the response's language.
 *
 * @example
 * ```ts
 * import { WarningSchema } from './schemas.js'
 * WarningSchema.parse({ code: 'STATISTICAL_RESIDENTS', message: '…' })
 * ```
 */
export const WarningSchema = z
  .object({
    code: z.string(),
    message: z.string(),
  })
  .openapi('ApiWarning')

/**
 * The `meta` block of every JSON response: the versions of the rule packages that produced it
 * (also in the `Talka-Versions` header), the language, and, where a route used embedded data or
 * has something to warn about, the data sources and warnings.
 *
 * @example
 * ```ts
 * import { MetaSchema } from './schemas.js'
 * MetaSchema.parse({ api: '0.1.0', lang: 'lt', versions: { '@talka/core': '0.1.0' } })
 * ```
 */
export const MetaSchema = z
  .object({
    api: z.string().openapi({ description: 'Version of the API app (@talka/api)', example: '0.1.0' }),
    lang: z.enum(['lt', 'en']).openapi({ description: 'Language of the messages in this response' }),
    versions: z.record(z.string(), z.string()).openapi({
      description: 'Versions of the rule packages that produced the response, by package name',
      example: { '@talka/allocation': '0.1.0', '@talka/core': '0.1.0' },
    }),
    data: z
      .array(z.record(z.string(), JsonValueSchema))
      .optional()
      .openapi({ description: 'Embedded data used (kind, as-of date, source), when any' }),
    warnings: z.array(WarningSchema).optional(),
  })
  .openapi('ApiMeta')

/**
 * One input problem in a validation problem document: where (`in`, JSON `path` and `pointer`) and
 * what (`code`, `message` in the response's language).
 *
 * @example
 * ```ts
 * import { IssueSchema } from './schemas.js'
 * IssueSchema.parse({ in: 'body', path: ['total'], pointer: '#/total', code: 'invalid_type', message: '…' })
 * ```
 */
export const IssueSchema = z
  .object({
    in: z.enum(['body', 'query', 'path', 'header']),
    path: z.array(z.union([z.string(), z.number()])),
    pointer: z
      .string()
      .openapi({ description: 'JSON Pointer (RFC 6901) as a URI fragment', example: '#/total' }),
    code: z.string(),
    message: z.string(),
  })
  .openapi('ApiIssue')

/**
 * One cell problem of a CSV table in a problem document: the row (header = 1; `dataRow` counts data
 * rows from 1), the column as written, and what is wrong.
 *
 * @example
 * ```ts
 * import { CellErrorSchema } from './schemas.js'
 * CellErrorSchema.parse({ row: 3, dataRow: 2, column: 'gyventojai', code: 'INVALID_WEIGHT', message: '…' })
 * ```
 */
export const CellErrorSchema = z
  .strictObject({
    row: z.number().int().nonnegative(),
    dataRow: z.number().int().positive().optional(),
    column: z.string(),
    code: z.string(),
    message: z.string(),
    path: z.array(z.union([z.string(), z.number()])).optional(),
  })
  .openapi('ApiCellError')

/**
 * An RFC 9457 problem document (`application/problem+json`) with Talka's extension members:
 * a stable `code`, the validation `issues` or table `errors` when relevant, and `meta`.
 *
 * @example
 * ```ts
 * import { ProblemSchema } from './schemas.js'
 * ProblemSchema.shape.code
 * ```
 */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://talka.dev/problems/validation-failed' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string().openapi({ description: 'Stable machine-readable code', example: 'VALIDATION_FAILED' }),
    issueCount: z.number().int().optional().openapi({
      description:
        'How many input problems were found in all; at most 100 are listed (`issues` and `errors` together)',
    }),
    issues: z.array(IssueSchema).optional(),
    errors: z.array(CellErrorSchema).optional().openapi({
      description: 'Row and column errors of a CSV table (header = row 1)',
    }),
    details: z
      .record(z.string(), JsonValueSchema)
      .optional()
      .openapi({ description: 'The details of a package error (as JSON), by its `code`' }),
    meta: MetaSchema,
  })
  .openapi('Problem')

/**
 * Wraps the schema of a route's result in the `{ data, meta }` envelope of every JSON response.
 *
 * @example
 * ```ts
 * import { z } from '@hono/zod-openapi'
import { JsonValueSchema } from '@talka/core'
 * import { envelope } from './schemas.js'
 * envelope(z.object({ status: z.literal('ok') }))
 * ```
 */
export function envelope<T extends z.ZodType>(data: T) {
  return z.object({ data, meta: MetaSchema })
}
