import { describe, expect, test } from 'vitest'
import { expectProblem, useServer } from './server.js'

const api = useServer()

describe('GET /healthz', () => {
  test('answers ok with the versions of every rule package in the header and in meta', async () => {
    const res = await fetch(api.url('/healthz'))
    expect(res.status).toBe(200)
    const header = res.headers.get('talka-versions') ?? ''
    for (const name of ['core', 'allocation', 'eligibility', 'evaluation', 'volunteering', 'reporting']) {
      expect(header).toMatch(new RegExp(`@talka/${name}@\\d+\\.\\d+\\.\\d+`))
    }
    const body = (await res.json()) as {
      data: unknown
      meta: { versions: Record<string, string>; lang: string }
    }
    expect(body.data).toEqual({ status: 'ok' })
    expect(body.meta.lang).toBe('lt')
    expect(Object.keys(body.meta.versions).sort()).toEqual(
      header
        .split(', ')
        .map((entry) => entry.slice(0, entry.lastIndexOf('@')))
        .sort(),
    )
  })
})

describe('GET /', () => {
  test('is an HTML page listing the endpoints with links to the OpenAPI document and the docs', async () => {
    const res = await fetch(api.url('/'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toContain('<html lang="lt">')
    expect(html).toContain('href="/openapi.json"')
    expect(html).toContain('/healthz')
    expect(html).toMatch(/href="http:\/\/localhost:5173\/rules\/"/)
    expect(html).toMatch(/href="http:\/\/localhost:5173\/http-api\.html"/)
  })

  test('speaks English with ?lang=en', async () => {
    const html = await (await fetch(api.url('/?lang=en'))).text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('Endpoints')
    expect(html).toMatch(/href="http:\/\/localhost:5173\/en\/rules\/"/)
  })
})

describe('GET /openapi.json', () => {
  test('is an OpenAPI 3.1 document with the package versions in x-talka-meta', async () => {
    const res = await fetch(api.url('/openapi.json'))
    expect(res.status).toBe(200)
    const doc = (await res.json()) as {
      openapi: string
      paths: Record<string, unknown>
      'x-talka-meta': unknown
    }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toContain('/healthz')
    expect(doc['x-talka-meta']).toMatchObject({ versions: { '@talka/core': expect.any(String) } })
  })
})

describe('problems', () => {
  test('an unknown route is a 404 problem', async () => {
    const problem = await expectProblem(await fetch(api.url('/v1/nothing-here')), 404, 'NOT_FOUND')
    expect(problem.instance).toBe('/v1/nothing-here')
    expect(problem.title).toBe('Nerasta')
  })

  test('a known route with another method is a 405 problem with Allow', async () => {
    const res = await fetch(api.url('/healthz'), { method: 'DELETE' })
    expect(res.headers.get('allow')).toBe('GET')
    await expectProblem(res, 405, 'METHOD_NOT_ALLOWED')
  })

  test('Accept-Language and ?lang select the language; ?lang wins', async () => {
    const en = await expectProblem(
      await fetch(api.url('/nope'), { headers: { 'accept-language': 'en-GB,en;q=0.8,lt;q=0.5' } }),
      404,
      'NOT_FOUND',
    )
    expect(en.title).toBe('Not found')
    const lt = await expectProblem(
      await fetch(api.url('/nope?lang=lt'), { headers: { 'accept-language': 'en' } }),
      404,
      'NOT_FOUND',
    )
    expect(lt.title).toBe('Nerasta')
  })

  test('an unsupported ?lang is a validation problem pointing at the query parameter', async () => {
    const problem = await expectProblem(await fetch(api.url('/healthz?lang=fr')), 400, 'VALIDATION_FAILED')
    expect(problem.issues).toEqual([
      expect.objectContaining({ in: 'query', path: ['lang'], pointer: '#/lang' }),
    ])
  })
})
