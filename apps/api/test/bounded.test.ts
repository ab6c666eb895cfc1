import { describe, expect, test } from 'vitest'
import { postJson, useServer } from './server.js'

// Bounded answers (issue 19, item 1): a problem document lists at most 100 issues and counts them
// all in `issueCount`, whatever the size of the request. 130,000 bad elements once made the API's
// own asynchronous zod pass overflow the stack (zod's async object path spreads every issue into one
// `push(...)` call): a 500 RangeError. The request is now parsed once, synchronously, by the package.

const api = useServer()

const problemOf = (json: Record<string, unknown>) =>
  json as { issueCount: number; issues: { path: (string | number)[] }[]; detail: string }

describe('bounded problem documents', () => {
  test.each([20_000, 130_000])(
    'residents.figures of %i strings: 400 with 100 issues and the total count',
    async (n) => {
      const figures = Array.from({ length: n }, () => 'x')
      const { res, json } = await postJson(api.url('/v1/allocations'), {
        year: 2021,
        residents: { kind: 'declared', figures },
      })
      expect(res.status).toBe(400)
      const problem = problemOf(json)
      expect(problem.issueCount).toBe(n)
      expect(problem.issues).toHaveLength(100)
      expect(problem.issues[0]?.path).toEqual(['residents', 'figures', 0])
      expect(JSON.stringify(json).length).toBeLessThan(64 * 1024)
    },
  )

  test('recipients of 130,000 strings: 400 with 100 issues and the total count', async () => {
    const recipients = Array.from({ length: 130_000 }, () => 'x')
    const { res, json } = await postJson(api.url('/v1/allocations'), { total: '10', recipients })
    expect(res.status).toBe(400)
    expect(problemOf(json).issueCount).toBeGreaterThanOrEqual(130_000)
    expect(problemOf(json).issues).toHaveLength(100)
  })

  test('eligibility facts and options issues are counted together', async () => {
    const { res, json } = await postJson(api.url('/v1/eligibility/ngo-fund-2023/applicant?lang=en'), {
      facts: { registered: 'yes' },
      asOf: 'never',
    })
    expect(res.status).toBe(400)
    const problem = problemOf(json)
    expect(problem.issueCount).toBe(problem.issues.length)
    expect(problem.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(['facts', 'asOf']))
  })

  test('a small problem counts what it lists', async () => {
    const { json } = await postJson(api.url('/v1/allocations'), { year: 2021, asOf: '2021-05-01' })
    expect(problemOf(json).issueCount).toBe(1)
  })
})
