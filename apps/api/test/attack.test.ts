import { fc, test } from '@fast-check/vitest'
import { afterAll, describe, expect } from 'vitest'
import { createApp } from '../src/app.js'
import { openApiDocument } from '../src/openapi.js'
import { type PostExample, postExamples } from './examples.js'
import { useServer } from './server.js'
import { utf16le } from './support.js'

// The attack suite: every endpoint of the OpenAPI document against the classes of input an outside
// attacker tried (prototype keys, huge arrays and strings, bad dates and amounts, other encodings,
// broken JSON), over real HTTP on localhost. It fails on any 5xx, any stack trace or internal path in
// an answer, any error that is not problem+json, and any error answer above its size bound.

const api = useServer()
const document = openApiDocument(createApp())

/** An error answer lists at most 100 issues: a few hundred bytes each is far below this. */
const MAX_ERROR_BYTES = 64 * 1024
const LEAKS = [/\n\s+at /, /node_modules/, /\/work\//, /\.ts:\d+/, /Error: /]

const casesPerEndpoint = new Map<string, Map<number, number>>()
function count(endpoint: string, status: number): void {
  const byStatus = casesPerEndpoint.get(endpoint) ?? new Map<number, number>()
  byStatus.set(status, (byStatus.get(status) ?? 0) + 1)
  casesPerEndpoint.set(endpoint, byStatus)
}

afterAll(() => {
  const lines = [...casesPerEndpoint].map(
    ([endpoint, byStatus]) =>
      `${endpoint}: ${[...byStatus.values()].reduce((a, b) => a + b, 0)} cases (${[...byStatus]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${status}×${n}`)
        .join(', ')})`,
  )
  console.log(`attack suite, cases per endpoint:\n  ${lines.join('\n  ')}`)
})

async function expectSafeAnswer(endpoint: string, res: Response): Promise<void> {
  const bytes = new Uint8Array(await res.arrayBuffer())
  const text = new TextDecoder().decode(bytes)
  count(endpoint, res.status)
  expect(res.status, text.slice(0, 500)).toBeLessThan(500)
  for (const leak of LEAKS) expect(text, `leak ${leak}`).not.toMatch(leak)
  if (res.status >= 400) {
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(bytes.length, `error answer of ${bytes.length} bytes`).toBeLessThanOrEqual(MAX_ERROR_BYTES)
    const problem = JSON.parse(text) as { status?: unknown; code?: unknown }
    expect(problem.status).toBe(res.status)
    expect(typeof problem.code).toBe('string')
  }
}

/** Every node path of a JSON value, root first. */
function nodePaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix]
  if (Array.isArray(value)) {
    for (const [i, item] of value.slice(0, 3).entries()) paths.push(...nodePaths(item, [...prefix, i]))
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...nodePaths(item, [...prefix, key]))
  }
  return paths
}

/** JSON text of `value` with the node at `path` replaced by the raw JSON text `replacement`. */
function replaceAt(value: unknown, path: readonly (string | number)[], replacement: string): string {
  const marker = '"__talka_attack_marker_7f3a__"'
  const withMarker = (node: unknown, rest: readonly (string | number)[]): unknown => {
    if (rest.length === 0) return JSON.parse(marker)
    const [head, ...tail] = rest
    if (Array.isArray(node)) return node.map((item, i) => (i === head ? withMarker(item, tail) : item))
    return Object.fromEntries(
      Object.entries(node as Record<string, unknown>).map(([k, v]) => [
        k,
        k === head ? withMarker(v, tail) : v,
      ]),
    )
  }
  return JSON.stringify(withMarker(value, path)).replace(marker, replacement)
}

/** Raw JSON texts an attacker puts at a node. */
const hostileNode: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '{"__proto__":{"polluted":true,"isAdmin":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"prototype":1}',
    '"2024-02-30"',
    '"2024-13-01"',
    '"+002024-01-01"',
    '"99999999999999999999999999999999999999.99"',
    '"1e309"',
    '"-0.001"',
    '"NaN"',
    '1e309',
    '-0',
    '123456789012345678901234567890',
    '"\\u0000"',
    '"\\ud800"',
    'null',
    'true',
    '[]',
    '{}',
  ),
  fc.nat({ max: 3 }).map((k) => `"${'Š'.repeat(10 ** (k + 2))}"`),
  fc.constantFrom(1000, 20_000, 130_000).map((n) => `[${Array.from({ length: n }, () => '"x"').join(',')}]`),
  fc
    .constantFrom(1000, 20_000)
    .map((n) => `[${Array.from({ length: n }, () => '{"__proto__":{"a":1}}').join(',')}]`),
  fc.nat({ max: 2000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
)

/** A body as bytes in a hostile encoding or framing. */
function encodeHostile(text: string, how: 'utf8' | 'utf16' | 'latin1' | 'truncated' | 'bom'): Uint8Array {
  const utf8 = new TextEncoder().encode(text)
  switch (how) {
    case 'utf8':
      return utf8
    case 'bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])
    case 'truncated':
      return utf8.slice(0, Math.max(0, utf8.length - 3))
    case 'latin1':
      return Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff)
    case 'utf16':
      return utf16le(text)
  }
}

const postEndpoints = Object.entries(document.paths)
  .filter(([, item]) => 'post' in item)
  .map(([path]) => path)
const getEndpoints = Object.entries(document.paths)
  .filter(([, item]) => 'get' in item)
  .map(([path]) => path)

// Bounded: a few dozen cases per endpoint keep the suite within seconds per endpoint on 2 cores.
const RUNS = Number(process.env.ATTACK_RUNS ?? 40)

describe('attack suite (OpenAPI-driven, over real HTTP)', () => {
  for (const path of postEndpoints) {
    const examples: readonly PostExample[] = postExamples[path] ?? []
    const jsonExamples = examples.filter((e) => e.contentType.includes('json'))
    if (jsonExamples.length === 0) continue
    test.prop(
      [
        fc.constantFrom(...jsonExamples).chain((example) =>
          fc.record({
            example: fc.constant(example),
            at: fc.constantFrom(...nodePaths(example.body)),
            node: hostileNode,
            encoding: fc.constantFrom(
              'utf8',
              'utf8',
              'utf8',
              'utf8',
              'utf16',
              'latin1',
              'truncated',
              'bom',
            ) as fc.Arbitrary<'utf8' | 'utf16' | 'latin1' | 'truncated' | 'bom'>,
            charset: fc.oneof(
              { arbitrary: fc.constantFrom('', '; charset=utf-8'), weight: 6 },
              {
                arbitrary: fc.constantFrom('; charset=utf-16', '; charset=windows-1257', '; charset=x'),
                weight: 1,
              },
            ),
          }),
        ),
      ],
      { numRuns: RUNS },
    )(
      `POST ${path}: hostile nodes, sizes and encodings`,
      async ({ example, at, node, encoding, charset }) => {
        const body = encodeHostile(replaceAt(example.body, at, node), encoding)
        const res = await fetch(api.url(example.path), {
          method: 'POST',
          headers: { 'content-type': `application/json${charset}` },
          body: Buffer.from(body),
        })
        await expectSafeAnswer(`POST ${path}`, res)
      },
    )
  }

  for (const path of getEndpoints) {
    test.prop(
      [
        fc.record({
          param: fc.oneof(
            fc.constantFrom(
              '__proto__',
              'constructor',
              '..%2F..%2Fetc%2Fpasswd',
              '%00',
              'x'.repeat(5000),
              '2024-02-30',
            ),
            fc.string({ maxLength: 30 }).map(encodeURIComponent),
          ),
          query: fc.constantFrom(
            '',
            '?lang=xx',
            '?lang=en&lang=lt',
            '?__proto__[x]=1',
            `?q=${'a'.repeat(8000)}`,
          ),
        }),
      ],
      { numRuns: Math.ceil(RUNS / 2) },
    )(`GET ${path}: hostile path parameters and queries`, async ({ param, query }) => {
      const concrete = path.replace(/\{[^}]+\}/g, param)
      const res = await fetch(`${api.url(concrete)}${query}`)
      await expectSafeAnswer(`GET ${path}`, res)
    })
  }

  test('the global prototype is untouched and /healthz still answers', async () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    const res = await fetch(api.url('/healthz'))
    expect(res.status).toBe(200)
  })
})
