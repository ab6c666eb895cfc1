import { AllocateByResidentsInputSchema, AllocateInputSchema } from '@talka/allocation'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { createApp } from '../src/app.js'
import { weightsRequest } from './examples.js'

// The walk of POST /v1/allocations (docs/decisions/0061-api-parse-once-walk.md):
// API route → package parser (safeParseAllocate…Input: the one zod pass) → package function (given
// the Parsed value: no second pass) → response. Counted with spies on the package schemas: every
// way zod can be asked to validate is watched, and exactly one call is allowed per request.
//
//   npx vitest run apps/api/test/parse-once.test.ts

const app = createApp()
const METHODS = ['safeParse', 'parse', 'safeParseAsync', 'parseAsync', 'spa'] as const

function watch(schema: object) {
  const target = schema as Record<string, (...args: unknown[]) => unknown>
  const spies = METHODS.map((m) => {
    // zod defines these methods lazily (getters on the prototype that bind on first read): pin the
    // bound method as an own property first, so the spy replaces what a caller reads.
    Object.defineProperty(target, m, { value: target[m], writable: true, configurable: true })
    return vi.spyOn(target, m)
  })
  return () => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0)
}

afterEach(() => {
  vi.restoreAllMocks()
})

async function post(path: string, body: unknown, contentType = 'application/json') {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

describe('POST /v1/allocations validates each request once', () => {
  test('{"year":2021}: one pass of AllocateByResidentsInputSchema, none of AllocateInputSchema', async () => {
    const byResidents = watch(AllocateByResidentsInputSchema)
    const byWeights = watch(AllocateInputSchema)
    const res = await post('/v1/allocations', { year: 2021 })
    expect(res.status).toBe(200)
    expect(byResidents()).toBe(1)
    expect(byWeights()).toBe(0)
  })

  test('with ?certificate=true&explain=true: still one pass', async () => {
    const byResidents = watch(AllocateByResidentsInputSchema)
    const byWeights = watch(AllocateInputSchema)
    const res = await post('/v1/allocations?certificate=true&explain=true', { year: 2021 })
    expect(res.status).toBe(200)
    expect(byResidents() + byWeights()).toBe(1)
  })

  test('recipients: one pass of AllocateInputSchema', async () => {
    const byResidents = watch(AllocateByResidentsInputSchema)
    const byWeights = watch(AllocateInputSchema)
    const res = await post('/v1/allocations?certificate=true', weightsRequest)
    expect(res.status).toBe(200)
    expect(byWeights()).toBe(1)
    expect(byResidents()).toBe(0)
  })

  test('a CSV residents table: one pass', async () => {
    const byResidents = watch(AllocateByResidentsInputSchema)
    const res = await post(
      '/v1/allocations?year=2021&total=1000',
      'municipality;residents\nJonavos rajono savivaldybė;41234\nLazdijų rajono savivaldybė;18401\n',
      'text/csv',
    )
    expect(res.status).toBe(200)
    expect(byResidents()).toBe(1)
  })

  test('an invalid body: one pass, and the problem comes from it', async () => {
    const byResidents = watch(AllocateByResidentsInputSchema)
    const res = await post('/v1/allocations', { year: 2021, totl: '1' })
    expect(res.status).toBe(400)
    expect(byResidents()).toBe(1)
  })
})
