// Load benchmark of the HTTP API: starts the real server (apps/api, on embedded default data) in a
// child process, drives it with autocannon from this process, and reports requests/s and latency
// percentiles for `POST /v1/allocations` next to the trivial JSON route `GET /healthz`, both served
// by the same server process in the same run. Bounded: a few seconds per route.
//
//   pnpm --filter @talka/api bench            (or: node --import tsx bench/api-load.ts from apps/api)
//   BENCH_SECONDS=5 BENCH_CONNECTIONS=20 pnpm --filter @talka/api bench
//   BENCH_WRITE=1 pnpm --filter @talka/api bench   (also writes bench/results/api.md)
import { type ChildProcess, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'

interface AutocannonResult {
  requests: { average: number; total: number }
  throughput: { average: number }
  latency: { average: number; p50: number; p99: number; max: number }
  non2xx: number
  errors: number
  timeouts: number
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>

const apiDir = fileURLToPath(new URL('../apps/api/', import.meta.url))
const requireFromApi = createRequire(`${apiDir}package.json`)
const autocannon = requireFromApi('autocannon') as Autocannon
const autocannonVersion = (requireFromApi('autocannon/package.json') as { version: string }).version
const seconds = Number(process.env.BENCH_SECONDS ?? 4)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)

function startApi(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--conditions=@talka/source', '--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening on (http:\/\/\S+?:\d+)/.exec(output)
      if (match?.[1]) resolve({ url: match[1].replace('localhost', '127.0.0.1'), child })
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)))
  })
}

interface Scenario {
  readonly name: string
  readonly method: 'GET' | 'POST'
  readonly path: string
  readonly body?: string
}

const scenarios: readonly Scenario[] = [
  { name: 'GET /healthz (trivial JSON route)', method: 'GET', path: '/healthz' },
  {
    name: 'POST /v1/allocations {"year":2021} (60 municipalities)',
    method: 'POST',
    path: '/v1/allocations',
    body: JSON.stringify({ year: 2021 }),
  },
  {
    name: 'POST /v1/allocations?certificate=true&explain=true {"year":2021}',
    method: 'POST',
    path: '/v1/allocations?certificate=true&explain=true',
    body: JSON.stringify({ year: 2021 }),
  },
]

const { url, child } = await startApi()
const rows: { scenario: Scenario; result: AutocannonResult; bytes: number }[] = []
const loadBefore = loadavg()[0] ?? 0
console.log(
  `load average before the run: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')}`,
)
try {
  for (const scenario of scenarios) {
    const target = `${url}${scenario.path}`
    const check = await fetch(target, {
      method: scenario.method,
      ...(scenario.body ? { body: scenario.body, headers: { 'content-type': 'application/json' } } : {}),
    })
    const checkBody = await check.arrayBuffer()
    if (check.status !== 200) throw new Error(`${scenario.name}: status ${check.status}`)
    // Warm-up (JIT, caches), then the measured run.
    const request = {
      url: target,
      method: scenario.method,
      connections,
      ...(scenario.body ? { body: scenario.body, headers: { 'content-type': 'application/json' } } : {}),
    }
    await autocannon({ ...request, duration: 1 })
    const result = await autocannon({ ...request, duration: seconds })
    rows.push({ scenario, result, bytes: checkBody.byteLength })
    console.log(
      `${scenario.name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}`,
    )
  }
} finally {
  child.kill('SIGTERM')
}

const [health, allocation] = rows
if (health && allocation) {
  const ratio = allocation.result.requests.average / health.result.requests.average
  const table = [
    '| route | response bytes | requests/s | mean latency (ms) | p50 (ms) | p99 (ms) | max (ms) | non-2xx / errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      ({ scenario, result, bytes }) =>
        `| ${scenario.name} | ${bytes} | ${result.requests.average.toFixed(0)} | ${result.latency.average.toFixed(2)} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${result.non2xx} / ${result.errors + result.timeouts} |`,
    ),
  ].join('\n')
  const summary = `Ratio POST /v1/allocations ÷ GET /healthz (requests/s): **${ratio.toFixed(3)}** (allocation serves ${(ratio * 100).toFixed(1)} % of the trivial route's throughput; p99 ${allocation.result.latency.p99} ms vs ${health.result.latency.p99} ms).`
  console.log(`\n${table}\n\n${summary}`)
  if (process.env.BENCH_WRITE) {
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${loadBefore.toFixed(1)} before the run`
    const body = `# apps/api load benchmark

\`bench/api-load.ts\`: the real server (\`apps/api/src/main.ts\`, @hono/node-server, embedded default data) in a
child process, autocannon ${autocannonVersion} in the benchmark process, ${connections} connections, ${seconds} s per route
after a 1 s warm-up, both routes against the same server process in the same run.
Machine: ${machine}. Run with \`pnpm --filter @talka/api bench\` (\`BENCH_WRITE=1\` rewrites this file).

${table}

${summary}

What a \`POST /v1/allocations\` request does: parse the body once with the package's
\`safeParseAllocateByResidentsInput\`, call \`allocateByResidents\` on the parsed value (no second pass;
the year's parameters, EUR 2,000,000 over 60 municipalities in whole euros) and serialise the shares.
The certificate and the trace.v1 explanation are serialised only with \`?certificate=true\` and
\`?explain=true\` (third row). Absolute figures move with the machine's load (a shared 2-core machine
with other jobs running); the ratio measured in one run is the comparable figure.
`
    writeFileSync(new URL('results/api.md', import.meta.url), body)
  }
}
