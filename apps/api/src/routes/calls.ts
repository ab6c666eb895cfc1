import { type OpenAPIHono, z } from '@hono/zod-openapi'
import {
  CallDescriptorSchema,
  CallSchema,
  callById,
  callCatalog,
  MissingPolicySchema,
  missingPolicies,
  safeParseCall,
} from '@talka/calls'
import { ApiError } from '../api-error.js'
import { MEDIA_TYPES, readBody } from '../body.js'
import { defineEndpoint } from '../endpoint.js'
import type { ApiEnv } from '../env.js'
import { ok } from '../respond.js'
import { envelope } from '../schemas.js'
import { parsedOrThrow, zodContext } from '../validate.js'

const CallWithPoliciesDoc = z
  .object({ call: CallSchema, missingPolicies: z.array(MissingPolicySchema) })
  .openapi('CallWithPolicies')

/**
 * Registers the call routes: `GET /v1/calls` (the catalog of real calls), `GET /v1/calls/{id}` (one
 * call.v1 document with the policies it leaves unstated) and `POST /v1/calls/validate` (checks an
 * officer's own call document against call.v1; a valid call comes back with its missing policies).
 *
 * @example
 * ```ts
 * import { OpenAPIHono } from '@hono/zod-openapi'
 * import { registerCallRoutes } from './calls.js'
 * registerCallRoutes(new OpenAPIHono())
 * ```
 */
export function registerCallRoutes(app: OpenAPIHono<ApiEnv>): void {
  defineEndpoint(
    app,
    {
      method: 'get',
      path: '/v1/calls',
      packages: ['@talka/calls'],
      tags: ['calls'],
      summary: 'The catalog of real municipal calls (call.v1 documents), each with its citation',
      responses: {
        200: {
          description: 'Catalog calls',
          content: { [MEDIA_TYPES.json]: { schema: envelope(z.array(CallDescriptorSchema)) } },
        },
      },
    },
    (c) => ok(c, callCatalog),
  )
  defineEndpoint(
    app,
    {
      method: 'get',
      path: '/v1/calls/{id}',
      packages: ['@talka/calls'],
      tags: ['calls'],
      summary: 'One catalog call as a call.v1 document, with the policies it does not state',
      request: { params: z.object({ id: z.string().openapi({ example: 'vilnius-2024' }) }) },
      responses: {
        200: {
          description: 'The call',
          content: { [MEDIA_TYPES.json]: { schema: envelope(CallWithPoliciesDoc) } },
        },
      },
    },
    (c) => {
      const id = c.req.param('id') ?? ''
      const call = callCatalog.some((entry) => entry.id === id) ? callById(id) : undefined
      if (!call) {
        throw new ApiError(404, 'UNKNOWN_RESOURCE', {
          kind: c.get('lang') === 'en' ? 'call' : 'kvietimas',
          id: id.slice(0, 200),
          available: '/v1/calls',
        })
      }
      return ok(c, { call, missingPolicies: missingPolicies(call) })
    },
  )
  defineEndpoint(
    app,
    {
      method: 'post',
      path: '/v1/calls/validate',
      packages: ['@talka/calls'],
      tags: ['calls'],
      summary:
        'Validate a call document (call.v1): every problem with its JSON path, or the call and its missing policies',
      request: {
        body: {
          required: true,
          content: { [MEDIA_TYPES.json]: { schema: CallSchema } },
        },
      },
      responses: {
        200: {
          description: 'The call is valid',
          content: { [MEDIA_TYPES.json]: { schema: envelope(CallWithPoliciesDoc) } },
        },
      },
    },
    async (c) => {
      const body = await readBody(c, ['json'])
      const value = body.kind === 'json' ? body.value : undefined
      const call = parsedOrThrow({ result: safeParseCall(value, zodContext(c.get('lang'))) }, 'body')
      return ok(c, { call, missingPolicies: missingPolicies(call) })
    },
  )
}
