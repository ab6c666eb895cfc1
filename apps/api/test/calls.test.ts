import { calls } from '@talka/calls'
import { describe, expect, test } from 'vitest'
import { expectProblem, postJson, useServer } from './server.js'

const api = useServer()

describe('/v1/calls', () => {
  test('lists the catalog and returns one call with the policies it leaves unstated', async () => {
    const list = (await (await fetch(api.url('/v1/calls'))).json()) as { data: { id: string }[] }
    expect(list.data.map((c) => c.id)).toContain('vilnius-2024')
    const res = await fetch(api.url('/v1/calls/vilnius-2024'))
    expect(res.status).toBe(200)
    const one = (await res.json()) as {
      data: { call: { id: string }; missingPolicies: { policy: string }[] }
    }
    expect(one.data.call.id).toBe('vilnius-2024')
    expect(Array.isArray(one.data.missingPolicies)).toBe(true)
    expect(res.headers.get('talka-versions')).toMatch(/@talka\/calls@/)
    await expectProblem(await fetch(api.url('/v1/calls/no-such-call')), 404, 'UNKNOWN_RESOURCE')
    await expectProblem(await fetch(api.url('/v1/calls/__proto__')), 404, 'UNKNOWN_RESOURCE')
  })

  test("validates an officer's own call and names every problem by its path, in Lithuanian", async () => {
    const own = {
      ...calls['prienai-district-2021-repeat'],
      id: 'pavyzdziu-rajonas-2026',
      municipality: { name: 'Pavyzdžių rajono savivaldybė' },
    }
    const valid = await postJson(api.url('/v1/calls/validate'), own)
    expect(valid.res.status).toBe(200)
    expect((valid.json.data as { call: { id: string } }).call.id).toBe('pavyzdziu-rajonas-2026')

    const misspelt = await postJson(api.url('/v1/calls/validate?lang=lt'), { ...own, yaer: 2026 })
    const problem = await expectProblem(misspelt.res, 400, 'VALIDATION_FAILED')
    const issues = problem.issues as { path: unknown[]; message: string }[]
    expect(issues.some((issue) => issue.path.length === 0 && /yaer/.test(issue.message))).toBe(true)
    expect(issues[0]?.message).not.toMatch(/Unrecognized key/)
  })
})
