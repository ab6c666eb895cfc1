import type { Context } from 'hono'
import type { ApiEnv } from './env.js'
import { RequestValidationError } from './validate.js'

/**
 * A boolean query flag such as `?certificate=true` or `?explain=true`: absent or `false` is false,
 * `true` (or a bare `?explain`) is true; anything else is a 400 validation problem in the query.
 *
 * @example
 * ```ts
 * import { queryFlag } from './flags.js'
 * declare const c: import('hono').Context<import('./env.js').ApiEnv>
 * if (queryFlag(c, 'certificate')) console.log('the certificate is asked for')
 * ```
 */
export function queryFlag(c: Context<ApiEnv>, name: string): boolean {
  const value = c.req.query(name)
  if (value === undefined || value === 'false') return false
  if (value === 'true' || value === '') return true
  throw new RequestValidationError('query', [
    {
      path: [name],
      code: 'invalid_value',
      message: c.get('lang') === 'en' ? 'Expected "true" or "false"' : 'Tinka „true“ arba „false“',
    },
  ])
}
