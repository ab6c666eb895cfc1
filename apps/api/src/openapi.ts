import type { OpenAPIHono } from '@hono/zod-openapi'
import type { ApiEnv } from './env.js'
import { API_VERSION } from './versions.js'

/**
 * The JSON shape of the generated OpenAPI document, as far as the app and its tests read it.
 *
 * @example
 * ```ts
 * import type { OpenApiDocument } from './openapi.js'
 * declare const doc: OpenApiDocument
 * Object.keys(doc.paths)
 * ```
 */
export interface OpenApiDocument {
  readonly openapi: string
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>
  readonly components?: { readonly schemas?: Readonly<Record<string, unknown>> }
  readonly [member: string]: unknown
}

/**
 * The OpenAPI 3.1 document of an app, generated from the zod schemas its routes were registered
 * with (the packages' own input schemas). Deterministic: the committed `apps/api/openapi.json` is
 * exactly this object, written by `pnpm --filter @talka/api openapi`.
 *
 * @example
 * ```ts
 * import { createApp } from './app.js'
 * import { openApiDocument } from './openapi.js'
 * openApiDocument(createApp()).openapi // '3.1.0'
 * ```
 */
export function openApiDocument(app: OpenAPIHono<ApiEnv>): OpenApiDocument {
  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Talka API',
      version: API_VERSION,
      description: [
        'Lithuanian community-funding and NGO rules over HTTP.',
        '',
        'The reference HTTP API of Talka: a thin layer over the `@talka/*` rule packages. Every route',
        "validates its input with the package's own zod schema and calls one package function.",
        '',
        'Every response carries the versions of the rule packages that produced it: the',
        '`Talka-Versions` header (`@talka/allocation@0.1.0, @talka/core@0.1.0`) and, in JSON bodies,',
        '`meta.versions`. Errors are RFC 9457 problem documents (`application/problem+json`) with a',
        'stable `code`; validation problems list every issue with its JSON path.',
        '',
        'Messages are in Lithuanian by default; `?lang=en` or `Accept-Language: en` selects English.',
      ].join('\n'),
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    },
    servers: [{ url: 'http://localhost:8787', description: 'Local server (`pnpm start`)' }],
    tags: [
      { name: 'service', description: 'Health, this document and the home page' },
      { name: 'allocation', description: '@talka/allocation: budget split by residents' },
      { name: 'eligibility', description: '@talka/eligibility: applicant and project eligibility' },
      { name: 'evaluation', description: '@talka/evaluation: scoring, ranking and funding' },
      { name: 'volunteering', description: '@talka/volunteering: Law on Voluntary Activities' },
      { name: 'reporting', description: '@talka/reporting: report schemas and validation' },
      { name: 'rules', description: 'The rule and parameter catalog of every package' },
    ],
  })
  return JSON.parse(JSON.stringify(document)) as OpenApiDocument
}
