import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { type AppOptions, createApp } from './app.js'
import { hardenTransport, TRANSPORT_LIMITS } from './transport.js'

/**
 * Options of {@link startServer}.
 *
 * @example
 * ```ts
 * import type { ServerOptions } from './server.js'
 * const options: ServerOptions = { port: 0, hostname: '127.0.0.1' }
 * ```
 */
export interface ServerOptions extends AppOptions {
  /** TCP port; 0 picks a free one. Default 8787. */
  readonly port?: number
  /** Interface to listen on. Default `127.0.0.1`. */
  readonly hostname?: string
}

/**
 * A running server: its URL and a `close()` that stops accepting connections, lets requests in
 * flight finish, and resolves when the server is closed (idle keep-alive connections are closed at
 * once; busy ones are cut after `graceMs`).
 *
 * @example
 * ```ts
 * import type { RunningServer } from './server.js'
 * declare const server: RunningServer
 * await fetch(new URL('/healthz', server.url))
 * await server.close()
 * ```
 */
export interface RunningServer {
  readonly url: string
  readonly port: number
  close(graceMs?: number): Promise<void>
}

/**
 * Starts the API with @hono/node-server and resolves once it listens.
 *
 * @example
 * ```ts
 * import { startServer } from './server.js'
 * const server = await startServer({ port: 0 })
 * console.log(server.url) // e.g. 'http://127.0.0.1:41237'
 * await server.close()
 * ```
 */
export function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const app = createApp(options)
  const hostname = options.hostname ?? '127.0.0.1'
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch,
        port: options.port ?? 8787,
        hostname,
        serverOptions: { maxHeaderSize: TRANSPORT_LIMITS.maxHeaderSize },
      },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          close: (graceMs = 10_000) =>
            new Promise<void>((done, fail) => {
              const timer = setTimeout(() => {
                if ('closeAllConnections' in server) server.closeAllConnections()
              }, graceMs)
              timer.unref()
              server.close((error) => {
                clearTimeout(timer)
                if (error) fail(error)
                else done()
              })
              if ('closeIdleConnections' in server) server.closeIdleConnections()
            }),
        })
      },
    )
    hardenTransport(server as import('node:http').Server)
    server.once('error', reject)
  })
}
