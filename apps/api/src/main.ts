import { startServer } from './server.js'

// Entry point of `pnpm --filter @talka/api start`: serves the API on embedded default data.
const rawPort = process.env.PORT ?? '8787'
const port = Number(rawPort)
if (!/^\d+$/.test(rawPort) || port > 65_535) {
  console.error(`PORT must be an integer between 0 and 65535, not "${rawPort}"`)
  process.exit(1)
}
const hostname = process.env.HOST ?? '127.0.0.1'
const server = await startServer({
  port,
  hostname,
  ...(process.env.TALKA_DOCS_URL ? { docsUrl: process.env.TALKA_DOCS_URL } : {}),
})
const shown =
  hostname === '127.0.0.1' || hostname === 'localhost' ? `http://localhost:${server.port}` : server.url
console.log(`Talka API listening on ${shown} (OpenAPI: ${shown}/openapi.json)`)

let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: finishing requests in flight, then stopping`)
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  })
}
