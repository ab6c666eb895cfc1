import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/** A running static server and how to stop it. */
export interface StaticServer {
  readonly url: string
  close(): Promise<void>
}

/** Which file answers a URL path: the file itself, `<dir>/index.html`, or `<path>.html`. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/'))
  if (path.includes('..')) return undefined
  const candidates = path.endsWith('/')
    ? [join(root, path, 'index.html')]
    : [join(root, path), join(root, `${path}.html`)]
  return candidates.find((file) => existsSync(file) && statSync(file).isFile())
}

/** Serves `root` on a random port of 127.0.0.1 (the built site, as any static host would). */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const file = resolveFile(root, request.url ?? '/')
    const status = file ? 200 : 404
    const body = file ?? join(root, '404.html')
    response.writeHead(status, { 'content-type': TYPES[extname(body)] ?? 'application/octet-stream' })
    if (existsSync(body)) createReadStream(body).pipe(response)
    else response.end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  }
}
