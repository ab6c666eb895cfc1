import { OpenAPIHono } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import { ApiError } from './api-error.js'
import { DEFAULT_DOCS_URL } from './docs-url.js'
import { allowedMethods } from './endpoint.js'
import type { ApiEnv } from './env.js'
import { negotiateLang } from './lang.js'
import { problemResponse } from './problem.js'
import { registerAllocationRoutes } from './routes/allocation.js'
import { registerCallRoutes } from './routes/calls.js'
import { registerEligibilityRoutes } from './routes/eligibility.js'
import { registerEvaluationRoutes } from './routes/evaluation.js'
import { registerMunicipalityRoutes } from './routes/municipalities.js'
import { registerReportingRoutes } from './routes/reporting.js'
import { registerRuleRoutes } from './routes/rules.js'
import { registerHealthRoute, registerServiceRoutes } from './routes/service.js'
import { registerVolunteeringRoutes } from './routes/volunteering.js'
import { RequestValidationError } from './validate.js'
import { ALL_PACKAGES, versionsHeader } from './versions.js'

/**
 * Options of {@link createApp}.
 *
 * @example
 * ```ts
 * import type { AppOptions } from './app.js'
 * const options: AppOptions = { bodyLimit: 1024 * 1024, docsUrl: 'https://talka.dev/' }
 * ```
 */
export interface AppOptions {
  /** Largest accepted request body in bytes; larger bodies get 413. Default 1 MiB. */
  readonly bodyLimit?: number
  /** Base URL of the docs site linked from the home page. Default {@link DEFAULT_DOCS_URL}. */
  readonly docsUrl?: string
}

/**
 * The default request body limit: 1 MiB.
 *
 * @example
 * ```ts
 * import { DEFAULT_BODY_LIMIT } from './app.js'
 * DEFAULT_BODY_LIMIT // 1048576
 * ```
 */
export const DEFAULT_BODY_LIMIT = 1024 * 1024

/**
 * Builds the Hono app with every route, the language negotiation, the body limit, the
 * `Talka-Versions` header and RFC 9457 problem responses for every error (including unknown
 * routes). Pure setup: no port is opened (see `startServer`).
 *
 * @example
 * ```ts
 * import { serve } from '@hono/node-server'
 * import { createApp } from './app.js'
 * serve({ fetch: createApp().fetch, port: 8787 })
 * ```
 */
export function createApp(options: AppOptions = {}): OpenAPIHono<ApiEnv> {
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT
  const app = new OpenAPIHono<ApiEnv>({ strict: true })

  app.use('*', async (c, next) => {
    c.set('packages', ALL_PACKAGES)
    c.set('errorStatus', {})
    await next()
    c.res.headers.set('Talka-Versions', versionsHeader(c.get('packages')))
    c.res.headers.set('Content-Language', c.get('lang') ?? 'lt')
    c.res.headers.append('Vary', 'Accept-Language')
  })
  // Every answer is JSON, CSV or the one self-contained HTML page: nothing needs scripts, frames or
  // outside resources, so the policy forbids them all; the page's inline <style> is the one exception.
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
      },
      crossOriginResourcePolicy: 'cross-origin',
      strictTransportSecurity: false,
      xFrameOptions: 'DENY',
    }),
  )
  app.use('*', cors({ origin: '*', exposeHeaders: ['Talka-Versions', 'Content-Language'], maxAge: 600 }))
  app.use('*', async (c, next) => {
    const query = c.req.query('lang')
    const lang = negotiateLang(query, c.req.header('accept-language'))
    c.set('lang', lang ?? 'lt')
    if (lang === undefined) {
      throw new RequestValidationError('query', [
        {
          path: ['lang'],
          code: 'invalid_value',
          message:
            negotiateLang(undefined, c.req.header('accept-language')) === 'en'
              ? 'Expected "lt" or "en"'
              : 'Tinka „lt“ arba „en“',
        },
      ])
    }
    await next()
  })
  app.use(
    '*',
    bodyLimit({
      maxSize: limit,
      onError: () => {
        throw new ApiError(413, 'PAYLOAD_TOO_LARGE', { limit })
      },
    }),
  )

  registerHealthRoute(app)
  registerMunicipalityRoutes(app)
  registerAllocationRoutes(app)
  registerEligibilityRoutes(app)
  registerEvaluationRoutes(app)
  registerVolunteeringRoutes(app)
  registerReportingRoutes(app)
  registerRuleRoutes(app)
  registerCallRoutes(app)
  registerServiceRoutes(app, options.docsUrl ?? DEFAULT_DOCS_URL)

  app.notFound((c) => {
    const path = c.req.path.slice(0, 200)
    const allowed = allowedMethods(app, c.req.path)
    if (allowed.length === 0)
      return problemResponse(c, new ApiError(404, 'NOT_FOUND', { method: c.req.method, path }))
    const response = problemResponse(
      c,
      new ApiError(405, 'METHOD_NOT_ALLOWED', { method: c.req.method, path, allowed: allowed.join(', ') }),
    )
    response.headers.set('Allow', allowed.join(', '))
    return response
  })
  app.onError((error, c) => problemResponse(c, error))
  return app
}
