import { describe, expect, test } from 'vitest'
import { expectProblem, useServer } from './server.js'

const api = useServer()

const post = (path: string, body: BodyInit | null, headers: Record<string, string> = {}) =>
  fetch(api.url(path), { method: 'POST', headers, body })

describe('request bodies', () => {
  test('a body over 1 MiB is a 413 problem (with content-length)', async () => {
    const big = JSON.stringify({ year: 2021, padding: 'x'.repeat(1024 * 1024) })
    await expectProblem(
      await post('/v1/allocations', big, { 'content-type': 'application/json' }),
      413,
      'PAYLOAD_TOO_LARGE',
    )
  })

  test('a chunked body over 1 MiB is a 413 problem too', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 20) controller.close()
        else {
          sent++
          controller.enqueue(chunk)
        }
      },
    })
    const res = await fetch(api.url('/v1/allocations'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    await expectProblem(res, 413, 'PAYLOAD_TOO_LARGE')
  })

  test('a body just under the limit is read and served', async () => {
    // Whitespace padding: the input schemas are strict, so an extra field would be a 400.
    const body = `{"year":2021}${' '.repeat(1000 * 1024)}`
    const res = await post('/v1/allocations', body, { 'content-type': 'application/json' })
    expect(res.status).toBe(200)
    await res.arrayBuffer()
  })

  test('an unsupported media type is a 415 problem that names the accepted ones', async () => {
    const problem = await expectProblem(
      await post('/v1/allocations', '<year>2021</year>', { 'content-type': 'application/xml' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    )
    expect(problem.detail).toContain('application/json')
    expect(problem.detail).toContain('text/csv')
  })

  test('CSV where only JSON is accepted, a non-UTF-8 charset, and a body without content type are 415', async () => {
    await expectProblem(
      await post('/v1/eligibility/ngo-fund-2023/applicant', 'a;b\n1;2\n', { 'content-type': 'text/csv' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    )
    await expectProblem(
      await post('/v1/allocations', '{"year":2021}', {
        'content-type': 'application/json; charset=iso-8859-1',
      }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    )
    await expectProblem(
      await post('/v1/allocations', new TextEncoder().encode('{"year":2021}')),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    )
  })

  test('malformed JSON is a 400 problem', async () => {
    const problem = await expectProblem(
      await post('/v1/allocations?lang=en', '{"year": 2021', { 'content-type': 'application/json' }),
      400,
      'MALFORMED_JSON',
    )
    expect(problem.title).toBe('Malformed JSON')
  })

  test('an empty body is a 400 problem', async () => {
    await expectProblem(
      await post('/v1/allocations', '', { 'content-type': 'application/json' }),
      400,
      'BODY_REQUIRED',
    )
    await expectProblem(await post('/v1/allocations', null), 400, 'BODY_REQUIRED')
  })

  test('JSON with a UTF-8 byte-order mark and a +json media type is accepted', async () => {
    const res = await post('/v1/allocations', '\uFEFF{"year":2021}', {
      'content-type': 'application/vnd.talka+json; charset=UTF-8',
    })
    expect(res.status).toBe(200)
  })

  test('JSON that is not an object is a validation problem, not a crash', async () => {
    for (const body of ['null', '[]', '42', '"x"', 'true']) {
      const res = await post('/v1/volunteering/classify', body, { 'content-type': 'application/json' })
      await expectProblem(res, 400, 'VALIDATION_FAILED')
    }
  })
})

describe('cross-origin requests', () => {
  test('any origin may call the API and read the Talka-Versions header', async () => {
    const preflight = await fetch(api.url('/v1/allocations'), {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST' },
    })
    expect(preflight.status).toBeLessThan(300)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    const res = await fetch(api.url('/healthz'), { headers: { origin: 'https://example.org' } })
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Talka-Versions/i)
  })
})
