import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { createApp } from '../src/app.js'
import { openApiDocument } from '../src/openapi.js'
import { type PostExample, postExamples } from './examples.js'
import { useServer } from './server.js'

const api = useServer()
const document = openApiDocument(createApp())
const postPaths = Object.entries(document.paths)
  .filter(([, item]) => 'post' in item)
  .map(([path]) => path)

const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 40,
})

const contentTypeArb = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=iso-8859-1',
    'application/merge-patch+json',
    'text/csv',
    'text/csv; charset=utf-8; header=present',
    'text/plain',
    'application/xml',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    'application/problem+json',
  ),
  fc.constant(undefined),
  printable,
)

const headerArb = fc.record(
  {
    accept: fc.oneof(
      fc.constantFrom('application/json', 'text/csv', 'text/html', '*/*', 'application/xml', 'text/*;q=0.5'),
      printable,
    ),
    'accept-language': fc.oneof(
      fc.constantFrom('lt', 'en', 'en-GB,en;q=0.9', 'de', '*', 'lt;q=abc'),
      printable,
    ),
  },
  { requiredKeys: [] },
)

/** Status classes seen per POST path, to check that the generated requests also reached the package functions. */
const seen = new Map<string, { ok: number; clientError: number }>()

const langArb = fc.option(fc.oneof(fc.constantFrom('lt', 'en'), printable), { nil: undefined })

/** Paths of every node of a JSON value (objects and arrays), root first. */
function nodePaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix]
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) paths.push(...nodePaths(item, [...prefix, i]))
  } else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths.push(...nodePaths(item, [...prefix, key]))
  return paths
}

/** A copy of `value` with the node at `path` replaced by `replacement`, deleted, or given an extra member. */
function mutate(
  value: unknown,
  path: readonly (string | number)[],
  op: 'replace' | 'delete' | 'add',
  replacement: unknown,
): unknown {
  if (path.length === 0) {
    if (op === 'add' && value && typeof value === 'object' && !Array.isArray(value))
      return { ...value, unexpected: replacement }
    return op === 'delete' ? undefined : replacement
  }
  const [head, ...rest] = path
  if (Array.isArray(value)) {
    const copy = [...value]
    const index = Number(head)
    if (rest.length === 0 && op === 'delete') copy.splice(index, 1)
    else copy[index] = mutate(copy[index], rest, op, replacement)
    return copy
  }
  const record = { ...(value as Record<string, unknown>) }
  if (rest.length === 0 && op === 'delete') delete record[String(head)]
  else record[String(head)] = mutate(record[String(head)], rest, op, replacement)
  return record
}

function bodyArb(example: PostExample): fc.Arbitrary<string> {
  const valid = example.contentType.includes('json') ? JSON.stringify(example.body) : String(example.body)
  const paths = example.contentType.includes('json') ? nodePaths(example.body) : [[]]
  const near = fc
    .tuple(
      fc.constantFrom(...paths),
      fc.constantFrom('replace', 'delete', 'add') as fc.Arbitrary<'replace' | 'delete' | 'add'>,
      fc.jsonValue({ maxDepth: 3 }),
    )
    .map(([path, op, replacement]) => JSON.stringify(mutate(example.body, path, op, replacement)) ?? '')
  return fc.oneof(
    { arbitrary: near, weight: 4 },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)), weight: 2 },
    { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
    { arbitrary: fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)), weight: 1 },
    {
      arbitrary: fc
        .array(
          fc.array(fc.oneof(printable, fc.constantFrom('"', ';', ',', '\n', '"a;b"')), { maxLength: 5 }),
          {
            maxLength: 6,
          },
        )
        .map((rows) => rows.map((row) => row.join(';')).join('\n')),
      weight: 1,
    },
    { arbitrary: fc.constant(valid), weight: 1 },
  )
}

function requestArb(examples: readonly PostExample[]) {
  return fc.constantFrom(...examples).chain((example) =>
    fc.record({
      example: fc.constant(example),
      body: bodyArb(example),
      contentType: fc.oneof({ arbitrary: fc.constant(example.contentType), weight: 3 }, contentTypeArb),
      headers: headerArb,
      lang: langArb,
    }),
  )
}

describe('properties', () => {
  test('every POST route of the OpenAPI document has an example request', () => {
    expect(postPaths.filter((path) => !postExamples[path]?.length)).toEqual([])
  })

  for (const path of postPaths) {
    const examples = postExamples[path] ?? []
    if (examples.length === 0) continue
    test.prop([requestArb(examples)])(
      `POST ${path}: random and malformed bodies and headers never give a 5xx; every 4xx is a problem with a code`,
      async ({ example, body, contentType, headers, lang }) => {
        const url = new URL(api.url(example.path))
        if (lang !== undefined) url.searchParams.set('lang', lang)
        const res = await fetch(url, {
          method: 'POST',
          headers: { ...headers, ...(contentType === undefined ? {} : { 'content-type': contentType }) },
          body: new TextEncoder().encode(body),
        })
        const text = await res.text()
        const counts = seen.get(path) ?? { ok: 0, clientError: 0 }
        if (res.status < 300) counts.ok++
        else if (res.status < 500) counts.clientError++
        seen.set(path, counts)
        expect(res.status, text).toBeLessThan(500)
        expect(res.headers.get('talka-versions')).toMatch(/@talka\/core@/)
        if (res.status >= 400) {
          expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
          const problem = JSON.parse(text) as { code?: unknown; status?: unknown }
          expect(typeof problem.code === 'string' && problem.code.length > 0).toBe(true)
          expect(problem.status).toBe(res.status)
        }
      },
    )
  }

  test('the random requests reached the package functions too: every POST route gave some 2xx and some 4xx', () => {
    for (const path of postPaths) {
      const counts = seen.get(path) ?? { ok: 0, clientError: 0 }
      expect(counts.clientError, path).toBeGreaterThan(0)
      // With a few hundred runs or more, near-valid requests always include valid ones.
      if (counts.ok + counts.clientError >= 200) expect(counts.ok, path).toBeGreaterThan(0)
    }
  })

  test('the server still answers /healthz afterwards', async () => {
    const res = await fetch(api.url('/healthz'))
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ data: { status: 'ok' } })
  })
})
