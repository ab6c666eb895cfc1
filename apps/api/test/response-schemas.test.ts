import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, test } from 'vitest'
import { createApp } from '../src/app.js'
import { openApiDocument } from '../src/openapi.js'
import { postExamples } from './examples.js'

// The OpenAPI output schemas come from the packages' strict result schemas: every real answer of
// the examples must validate against the schema documented for it (no key more, none missing).

const app = createApp()
const document = openApiDocument(app)
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false, logger: false })
ajv.addSchema({ $id: 'doc', components: document.components ?? {} })

function validatorOf(path: string, method: 'get' | 'post') {
  const operation = (document.paths[path] as Record<string, { responses: Record<string, unknown> }>)[method]
  const response = operation?.responses['200'] as { content: Record<string, { schema: unknown }> } | undefined
  const schema = response?.content['application/json']?.schema
  if (schema === undefined) throw new Error(`no JSON 200 schema for ${method} ${path}`)
  return ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')))
}

async function expectDocumented(path: string, method: 'get' | 'post', url: string, init?: RequestInit) {
  const res = await app.request(url, init)
  const body = (await res.json()) as unknown
  expect(res.status, JSON.stringify(body).slice(0, 500)).toBe(200)
  const validate = validatorOf(path, method)
  expect(validate(body) ? [] : validate.errors, `${method.toUpperCase()} ${url}`).toEqual([])
}

const posts = Object.entries(postExamples).flatMap(([path, examples]) =>
  examples.map((example) => [path, example] as const),
)

describe('answers match the OpenAPI output schemas taken from the packages', () => {
  test.each(posts)('POST %s (%#)', async (path, example) => {
    const init = {
      method: 'POST',
      headers: { 'content-type': example.contentType },
      body: typeof example.body === 'string' ? example.body : JSON.stringify(example.body),
    }
    await expectDocumented(path, 'post', example.path, init)
    if (path === '/v1/allocations') {
      const separator = example.path.includes('?') ? '&' : '?'
      await expectDocumented(
        path,
        'post',
        `${example.path}${separator}certificate=true&explain=true&lang=en`,
        init,
      )
    }
  })

  test.each([
    ['/v1/municipalities', '/v1/municipalities?asOf=2021-01-01'],
    ['/v1/municipalities', '/v1/municipalities'],
    ['/v1/rules', '/v1/rules'],
    ['/v1/rules/{id}', '/v1/rules/allocation.community-measure.total'],
    ['/v1/calls', '/v1/calls'],
    ['/v1/calls/{id}', '/v1/calls/vilnius-2024'],
    ['/v1/eligibility', '/v1/eligibility'],
    ['/v1/reports', '/v1/reports'],
  ])('GET %s (%s)', async (path, url) => {
    await expectDocumented(path, 'get', url)
  })

  test('a key the package does not return is refused by the documented schema', async () => {
    const res = await app.request('/v1/municipalities')
    const body = (await res.json()) as { data: Record<string, unknown> }
    const validate = validatorOf('/v1/municipalities', 'get')
    expect(validate({ ...body, data: { ...body.data, extra: 1 } })).toBe(false)
  })
})
