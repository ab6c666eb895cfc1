import type { Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { PROBLEM_MEDIA_TYPE, problemType } from './problem.js'

/**
 * Limits of the HTTP transport, shorter than Node's defaults (5 minutes per request, 60 s for the
 * headers) so that a slow or stuck client cannot hold a connection for long. Documented in
 * apps/api/README.md.
 *
 * @example
 * ```ts
 * import { TRANSPORT_LIMITS } from './transport.js'
 * TRANSPORT_LIMITS.requestTimeoutMs // 30000
 * ```
 */
export const TRANSPORT_LIMITS = {
  /** Whole request (headers and body) must arrive within this time; else 408. */
  requestTimeoutMs: 30_000,
  /** Headers must arrive within this time; else 408. */
  headersTimeoutMs: 10_000,
  /** Idle keep-alive connections are closed after this time. */
  keepAliveTimeoutMs: 5_000,
  /** Largest request header block in bytes; larger gets 431. */
  maxHeaderSize: 16 * 1024,
} as const

interface TransportProblem {
  readonly status: number
  readonly reason: string
  readonly code: string
  readonly title: string
}

/**
 * The problem a client error of Node's HTTP parser stands for (the request never reached Hono):
 * oversized headers are 431, a method Node cannot parse is 405, a timeout is 408, any other broken
 * framing is 400.
 *
 * @example
 * ```ts
 * import { problemOfClientError } from './transport.js'
 * problemOfClientError('HPE_HEADER_OVERFLOW').status // 431
 * ```
 */
export function problemOfClientError(code: string | undefined): TransportProblem {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        reason: 'Request Header Fields Too Large',
        code: 'HEADERS_TOO_LARGE',
        title: `Request headers exceed ${TRANSPORT_LIMITS.maxHeaderSize} bytes`,
      }
    case 'HPE_INVALID_METHOD':
      return {
        status: 405,
        reason: 'Method Not Allowed',
        code: 'METHOD_NOT_ALLOWED',
        title: 'Unknown HTTP method',
      }
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        status: 408,
        reason: 'Request Timeout',
        code: 'REQUEST_TIMEOUT',
        title: 'The request took too long',
      }
    default:
      return {
        status: 400,
        reason: 'Bad Request',
        code: 'MALFORMED_REQUEST',
        title: 'Malformed HTTP request',
      }
  }
}

/**
 * A complete raw HTTP/1.1 problem+json response for a client error, written straight to the socket
 * (Node would otherwise answer with an empty body or close the connection without a word).
 *
 * @example
 * ```ts
 * import { rawProblemResponse } from './transport.js'
 * rawProblemResponse('HPE_HEADER_OVERFLOW').startsWith('HTTP/1.1 431') // true
 * ```
 */
export function rawProblemResponse(code: string | undefined): string {
  const problem = problemOfClientError(code)
  const body = JSON.stringify({
    type: problemType(problem.code),
    title: problem.title,
    status: problem.status,
    code: problem.code,
  })
  return [
    `HTTP/1.1 ${problem.status} ${problem.reason}`,
    `Content-Type: ${PROBLEM_MEDIA_TYPE}; charset=utf-8`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    body,
  ].join('\r\n')
}

/**
 * Applies {@link TRANSPORT_LIMITS} to a Node server and answers every parser-level client error with
 * problem+json.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http'
 * import { hardenTransport } from './transport.js'
 * hardenTransport(createServer())
 * ```
 */
export function hardenTransport(server: Server): void {
  server.requestTimeout = TRANSPORT_LIMITS.requestTimeoutMs
  server.headersTimeout = TRANSPORT_LIMITS.headersTimeoutMs
  server.keepAliveTimeout = TRANSPORT_LIMITS.keepAliveTimeoutMs
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A reset connection has no one left to answer; anything already sent cannot be amended.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    socket.end(rawProblemResponse(error.code))
  })
}
