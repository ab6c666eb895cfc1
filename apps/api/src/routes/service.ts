import { type OpenAPIHono, z } from '@hono/zod-openapi'
import { JsonValueSchema, type Lang } from '@talka/core'
import { defineEndpoint } from '../endpoint.js'
import type { ApiEnv } from '../env.js'
import { type OpenApiDocument, openApiDocument } from '../openapi.js'
import { buildMeta, ok } from '../respond.js'
import { envelope } from '../schemas.js'
import { ALL_PACKAGES, API_VERSION } from '../versions.js'

const HealthSchema = z.object({ status: z.literal('ok') }).openapi('Health')

/**
 * Registers `GET /healthz` (liveness, answers `{ data: { status: 'ok' } }`).
 *
 * @example
 * ```ts
 * import { OpenAPIHono } from '@hono/zod-openapi'
 * import { registerHealthRoute } from './service.js'
 * registerHealthRoute(new OpenAPIHono())
 * ```
 */
export function registerHealthRoute(app: OpenAPIHono<ApiEnv>): void {
  defineEndpoint(
    app,
    {
      method: 'get',
      path: '/healthz',
      packages: ALL_PACKAGES,
      tags: ['service'],
      summary: 'Health check',
      description:
        'Answers 200 while the server accepts requests; lists the rule package versions in `meta`.',
      responses: {
        200: {
          description: 'The server is up',
          content: { 'application/json': { schema: envelope(HealthSchema) } },
        },
      },
    },
    (c) => ok(c, { status: 'ok' }),
  )
}

const text = {
  title: { lt: 'Talka API', en: 'Talka API' },
  intro: {
    lt: 'Lietuvos bendruomeninės veiklos ir NVO finansavimo taisyklės per HTTP. Kiekvienas atsakymas nurodo taisyklių paketų versijas (antraštė <code>Talka-Versions</code>).',
    en: 'Lithuanian community-funding and NGO rules over HTTP. Every response names the versions of the rule packages (header <code>Talka-Versions</code>).',
  },
  endpoints: { lt: 'Maršrutai', en: 'Endpoints' },
  docs: { lt: 'Dokumentacija', en: 'Documentation' },
  openapi: { lt: 'OpenAPI 3.1 dokumentas', en: 'OpenAPI 3.1 document' },
  rules: { lt: 'Taisyklių ir parametrų katalogas', en: 'Rule and parameter catalog' },
  guide: { lt: 'HTTP API aprašas', en: 'HTTP API reference' },
  other: { lt: 'English', en: 'Lietuviškai' },
} as const

function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

function homePage(app: OpenAPIHono<ApiEnv>, lang: Lang, docsUrl: string): string {
  const routes = app.openAPIRegistry.definitions.flatMap((definition) =>
    definition.type === 'route' ? [definition.route] : [],
  )
  const rows = routes
    .map((route) => {
      const method = route.method.toUpperCase()
      const link =
        method === 'GET' && !route.path.includes('{')
          ? `<a href="${route.path}">${route.path}</a>`
          : route.path
      return `<tr><td><code>${method}</code></td><td><code>${link}</code></td><td>${escapeHtml(route.summary ?? '')}</td></tr>`
    })
    .join('\n')
  const other: Lang = lang === 'lt' ? 'en' : 'lt'
  const docs = (path: string) => escapeHtml(new URL(`${lang === 'en' ? 'en/' : ''}${path}`, docsUrl).href)
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.title[lang]}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a }
table { border-collapse: collapse; width: 100% } td { padding: .3rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top }
code { font-size: .95em } nav a { margin-right: 1rem }
</style>
</head>
<body>
<h1>${text.title[lang]} <small>${escapeHtml(API_VERSION)}</small></h1>
<p>${text.intro[lang]}</p>
<nav>
<a href="/openapi.json">${text.openapi[lang]}</a>
<a href="${docs('')}">${text.docs[lang]}</a>
<a href="${docs('http-api.html')}">${text.guide[lang]}</a>
<a href="${docs('rules/')}">${text.rules[lang]}</a>
<a href="/?lang=${other}">${text.other[lang]}</a>
</nav>
<h2>${text.endpoints[lang]}</h2>
<table>
${rows}
</table>
</body>
</html>
`
}

/**
 * Registers `GET /openapi.json` (the OpenAPI 3.1 document, generated once on first request, with
 * the package versions in `x-talka-meta`) and `GET /` (a human page listing every endpoint with
 * links to the docs site). Call it after every other route, so that both list them all.
 *
 * @example
 * ```ts
 * import { OpenAPIHono } from '@hono/zod-openapi'
 * import { registerServiceRoutes } from './service.js'
 * registerServiceRoutes(new OpenAPIHono(), 'http://localhost:5173/')
 * ```
 */
export function registerServiceRoutes(app: OpenAPIHono<ApiEnv>, docsUrl: string): void {
  let document: OpenApiDocument | undefined
  defineEndpoint(
    app,
    {
      method: 'get',
      path: '/openapi.json',
      packages: ALL_PACKAGES,
      tags: ['service'],
      summary: 'This OpenAPI 3.1 document',
      description:
        'The document generated from the same zod schemas the routes validate with. The served copy adds `x-talka-meta` (package versions).',
      responses: {
        200: {
          description: 'OpenAPI 3.1 document',
          content: { 'application/json': { schema: z.record(z.string(), JsonValueSchema) } },
        },
      },
    },
    (c) => {
      document ??= openApiDocument(app)
      return c.json({ ...document, 'x-talka-meta': buildMeta(c) })
    },
  )
  defineEndpoint(
    app,
    {
      method: 'get',
      path: '/',
      packages: ALL_PACKAGES,
      tags: ['service'],
      summary: 'Home page: the endpoints and links to the documentation',
      responses: { 200: { description: 'HTML page', content: { 'text/html': { schema: z.string() } } } },
    },
    (c) => c.html(homePage(app, c.get('lang'), docsUrl)),
  )
}
