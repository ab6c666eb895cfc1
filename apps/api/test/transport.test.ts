import { createServer } from 'node:http'
import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'
import { hardenTransport, TRANSPORT_LIMITS } from '../src/transport.js'
import { useServer } from './server.js'

/** Sends raw bytes to the server and resolves with everything it answers before closing. */
function rawRequest(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(bytes))
    let answer = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => {
      answer += chunk
    })
    socket.on('close', () => resolve(answer))
    socket.on('error', reject)
  })
}

function problemOf(answer: string): { status: number; contentType: string; body: Record<string, unknown> } {
  const [head = '', body = ''] = answer.split('\r\n\r\n')
  const status = Number(head.split(' ')[1])
  const contentType = /content-type: ([^\r\n]+)/i.exec(head)?.[1] ?? ''
  return { status, contentType, body: JSON.parse(body) as Record<string, unknown> }
}

describe('transport errors are problem+json', () => {
  const api = useServer()

  it('answers headers over the limit with 431', async () => {
    const big = 'x'.repeat(TRANSPORT_LIMITS.maxHeaderSize + 10)
    const answer = await rawRequest(api.url('/'), `GET /healthz HTTP/1.1\r\nHost: a\r\nX-Big: ${big}\r\n\r\n`)
    const problem = problemOf(answer)
    expect(problem.status).toBe(431)
    expect(problem.contentType).toMatch(/^application\/problem\+json/)
    expect(problem.body.code).toBe('HEADERS_TOO_LARGE')
  })

  it('answers an unknown method with 405 and broken framing with 400', async () => {
    const method = problemOf(await rawRequest(api.url('/'), 'BREW /healthz HTTP/1.1\r\nHost: a\r\n\r\n'))
    expect(method.status).toBe(405)
    expect(method.body.code).toBe('METHOD_NOT_ALLOWED')
    const framing = problemOf(
      await rawRequest(
        api.url('/'),
        'POST /v1/allocations HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
      ),
    )
    expect(framing.status).toBe(400)
    expect(framing.contentType).toMatch(/^application\/problem\+json/)
    expect(framing.body.code).toBe('MALFORMED_REQUEST')
  })

  it('puts security headers on the HTML page and on JSON', async () => {
    const page = await fetch(api.url('/'), { headers: { accept: 'text/html' } })
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    const health = await fetch(api.url('/healthz'))
    expect(health.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('sets timeouts shorter than Node defaults on the server', () => {
    const server = createServer()
    expect(server.requestTimeout).toBe(300_000)
    hardenTransport(server)
    expect(server.requestTimeout).toBe(TRANSPORT_LIMITS.requestTimeoutMs)
    expect(server.headersTimeout).toBe(TRANSPORT_LIMITS.headersTimeoutMs)
    expect(server.keepAliveTimeout).toBe(TRANSPORT_LIMITS.keepAliveTimeoutMs)
    expect(server.listenerCount('clientError')).toBe(1)
  })
})
