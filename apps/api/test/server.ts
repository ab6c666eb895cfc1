import { afterAll, beforeAll, expect } from 'vitest'
import { type RunningServer, startServer } from '../src/server.js'

/**
 * Starts the real server (@hono/node-server on a random localhost port) for the tests of one file
 * and stops it afterwards; `url(path)` builds request URLs.
 *
 * @example
 * ```ts
 * import { useServer } from './server.js'
 * const api = useServer()
 * test('health', async () => { expect((await fetch(api.url('/healthz'))).status).toBe(200) })
 * ```
 */
export function useServer(): { url: (path: string) => string; readonly server: RunningServer } {
  let running: RunningServer | undefined
  beforeAll(async () => {
    running = await startServer({ port: 0, hostname: '127.0.0.1' })
  })
  afterAll(async () => {
    await running?.close(1000)
  })
  return {
    url: (path) => {
      if (!running) throw new Error('server not started')
      return new URL(path, running.url).href
    },
    get server() {
      if (!running) throw new Error('server not started')
      return running
    },
  }
}

/**
 * POSTs `body` as JSON (a string is sent as it is) and returns the response (its body still
 * unread) with the parsed JSON body (`{}` for a non-JSON response).
 *
 * @example
 * ```ts
 * import { postJson } from './server.js'
 * const { res, json } = await postJson('http://127.0.0.1:1234/v1/allocations', { year: 2021 })
 * ```
 */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ res: Response; json: Record<string, unknown> & { data?: unknown; meta?: unknown } }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await res.clone().text()
  const isJson = /json/.test(res.headers.get('content-type') ?? '')
  return { res, json: isJson ? (JSON.parse(text) as Record<string, unknown>) : {} }
}

/**
 * Asserts the common shape of an RFC 9457 problem response (status, media type, stable code, type
 * URI, meta with versions, no stack trace) and returns its body.
 *
 * @example
 * ```ts
 * import { expectProblem } from './server.js'
 * const problem = await expectProblem(await fetch(url), 404, 'NOT_FOUND')
 * ```
 */
export async function expectProblem(
  res: Response,
  status: number,
  code: string,
): Promise<Record<string, unknown>> {
  const text = await res.text()
  expect(res.status, text).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  expect(res.headers.get('talka-versions')).toMatch(/@talka\/core@\d+\.\d+\.\d+/)
  expect(text).not.toMatch(/\n\s+at /)
  const body = JSON.parse(text) as Record<string, unknown>
  expect(body).toMatchObject({
    status,
    code,
    type: expect.stringMatching(/^https:\/\/talka\.dev\/problems\//),
  })
  expect(typeof body.title).toBe('string')
  expect(typeof body.detail).toBe('string')
  expect(body.meta).toMatchObject({ versions: { '@talka/core': expect.any(String) } })
  return body
}
