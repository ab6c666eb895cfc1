import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { ApiEnv, ErrorPresenter, PackageErrorStatus } from './env.js'
import { PROBLEM_MEDIA_TYPE } from './problem.js'
import { ProblemSchema } from './schemas.js'
import type { RulePackage } from './versions.js'

/**
 * A documented route: its OpenAPI description (path in OpenAPI form, e.g. `/v1/rules/{id}`), the
 * Hono routing path when it differs (e.g. `/v1/rules/:id{.+}` for ids containing `/`), and the rule
 * packages that produce its responses.
 *
 * @example
 * ```ts
 * import type { EndpointConfig } from './endpoint.js'
 * const health: EndpointConfig = {
 *   method: 'get', path: '/healthz', packages: [], summary: 'Health', responses: {},
 * }
 * ```
 */
export type EndpointConfig = Omit<RouteConfig, 'method'> & {
  readonly method: 'get' | 'post'
  /** Hono routing path when it differs from the OpenAPI path. */
  readonly routingPath?: string
  /** Rule packages whose versions the response reports (core is always added). */
  readonly packages: readonly RulePackage[]
  /** HTTP statuses of package error codes that differ on this route from the default (400/422). */
  readonly errorStatus?: Readonly<Record<string, PackageErrorStatus>>
  /** The package's text of its own errors for the problem's `detail` (e.g. `explainAllocationError`). */
  readonly presentError?: ErrorPresenter
}

/**
 * A route handler: gets the Hono context (with `lang` set) and returns a response; it may throw
 * package errors or API problems, which become problem documents.
 *
 * @example
 * ```ts
 * import type { EndpointHandler } from './endpoint.js'
 * const handler: EndpointHandler = (c) => c.json({ ok: true })
 * ```
 */
export type EndpointHandler = (c: Context<ApiEnv>) => Response | Promise<Response>

const endpointsByApp = new WeakMap<object, { method: string; pattern: RegExp }[]>()

/**
 * The methods that some registered route accepts for `path`, for the `Allow` header of a 405.
 *
 * @example
 * ```ts
 * import { allowedMethods } from './endpoint.js'
 * declare const app: import('@hono/zod-openapi').OpenAPIHono<import('./env.js').ApiEnv>
 * allowedMethods(app, '/healthz') // ['GET']
 * ```
 */
export function allowedMethods(app: OpenAPIHono<ApiEnv>, path: string): string[] {
  const endpoints = endpointsByApp.get(app) ?? []
  return [...new Set(endpoints.filter((e) => e.pattern.test(path)).map((e) => e.method))]
}

function patternOf(routingPath: string): RegExp {
  const source = routingPath
    .split('/')
    .map((segment) => {
      const param = /^:\w+(?:\{(.+)\})?$/.exec(segment)
      if (param) return param[1] ? `(?:${param[1]})` : '[^/]+'
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  return new RegExp(`^${source}$`)
}

/** Problem responses every route may give, documented once per route as status ranges. */
const problemResponses = {
  '4XX': {
    description: 'A problem with the request (RFC 9457 problem document with a stable `code`)',
    content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
  },
  '5XX': {
    description: 'An unexpected server error (problem document without internals)',
    content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
  },
} as const

/**
 * Registers a route in the OpenAPI registry and in the router. Validation is done by the handler
 * with the package's own zod schema (see `validateInput`), so that JSON and CSV bodies, path and
 * query parameters all fail the same way, with localized messages and JSON paths.
 *
 * @example
 * ```ts
 * import { OpenAPIHono } from '@hono/zod-openapi'
 * import { defineEndpoint } from './endpoint.js'
 * const app = new OpenAPIHono<import('./env.js').ApiEnv>()
 * defineEndpoint(app, { method: 'get', path: '/healthz', packages: [], responses: {} }, (c) => c.json({}))
 * ```
 */
export function defineEndpoint(
  app: OpenAPIHono<ApiEnv>,
  config: EndpointConfig,
  handler: EndpointHandler,
): void {
  const { routingPath, packages, errorStatus, presentError, ...route } = config
  app.openAPIRegistry.registerPath({
    ...route,
    responses: { ...route.responses, ...problemResponses },
  })
  const path = routingPath ?? config.path.replaceAll(/\{(\w+)\}/g, ':$1')
  const endpoints = endpointsByApp.get(app) ?? []
  endpoints.push({ method: config.method.toUpperCase(), pattern: patternOf(path) })
  endpointsByApp.set(app, endpoints)
  app.on(
    config.method.toUpperCase(),
    path,
    async (c, next) => {
      c.set('packages', packages)
      c.set('errorStatus', errorStatus ?? {})
      if (presentError) c.set('presentError', presentError)
      await next()
    },
    handler,
  )
}
