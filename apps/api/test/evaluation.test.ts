import { describe, expect, test } from 'vitest'
import { rankingInput } from './examples.js'
import { expectProblem, postJson, useServer } from './server.js'

const api = useServer()

interface Row {
  id: string
  rank: number | null
  decision: string
  amount: string | null
  average: string | null
  reasons: unknown[]
}

describe('POST /v1/evaluations/ranking', () => {
  test('ranks by the exact average, funds down the list, offers the remainder, and lists reserve and not funded', async () => {
    const { res, json } = await postJson(api.url('/v1/evaluations/ranking'), rankingInput)
    expect(res.status).toBe(200)
    expect(res.headers.get('talka-versions')).toMatch(/@talka\/evaluation@/)
    const data = json.data as { rows: Row[]; summary: unknown; trace: { format: string } }
    // Averages: (90 + 88) / 2 = 89, (80 + 82) / 2 = 81, (70 + 71) / 2 = 70.5, (50 + 52) / 2 = 51.
    // Budget 5,000: 3,000 to the first, the 2,000 left (≥ the 1,000 minimum) to the second, none to the third
    // (reserve), and the fourth is below the pass mark of 60.
    expect(data.rows.map((r) => [r.id, r.rank, r.decision, r.amount, r.average])).toEqual([
      ['BO-P-2024-001', 1, 'funded', '3000.00', '89'],
      ['BO-P-2024-002', 2, 'funded', '2000.00', '81'],
      ['BO-P-2024-003', 3, 'reserve', null, '70.5'],
      ['BO-P-2024-004', 4, 'not-funded', null, '51'],
    ])
    expect(data.rows.filter((r) => r.decision !== 'funded').every((r) => r.reasons.length > 0)).toBe(true)
    expect(data.summary).toBeDefined()
    expect(data.trace.format).toBe('trace.v1')
  })

  test('Accept: text/csv returns the summary table with Lithuanian headers', async () => {
    const { res } = await postJson(api.url('/v1/evaluations/ranking'), rankingInput, { accept: 'text/csv' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('talka-versions')).toMatch(/@talka\/evaluation@/)
    const csv = await res.text()
    const [header, ...rows] = csv.trim().split(/\r?\n/)
    expect(header).toContain('Projekto reg. Nr.')
    expect(header).toContain('Balų vidurkis')
    expect(header).toContain('Skirta valstybės biudžeto lėšų suma, Eur')
    expect(rows.find((row) => row.includes('BO-P-2024-001'))).toContain('3000,00')
  })

  test('Accept: text/html returns a printable page in the requested language', async () => {
    const { res } = await postJson(api.url('/v1/evaluations/ranking?lang=en'), rankingInput, {
      accept: 'text/html',
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('BO-P-2024-002')
  })

  test('an Accept the route cannot produce is a 406 problem', async () => {
    const { res } = await postJson(api.url('/v1/evaluations/ranking'), rankingInput, {
      accept: 'application/xml',
    })
    await expectProblem(res, 406, 'NOT_ACCEPTABLE')
  })

  test('a score above the criterion maximum is a validation problem at its JSON path', async () => {
    const input = structuredClone(rankingInput) as unknown as {
      applications: { evaluations: { scores: Record<string, number> }[] }[]
    }
    input.applications[0]!.evaluations[0]!.scores.relevance = 61
    const { res } = await postJson(api.url('/v1/evaluations/ranking'), input)
    const problem = await expectProblem(res, 400, 'VALIDATION_FAILED')
    const paths = (problem.issues as { path: unknown[] }[]).map((issue) => issue.path.join('.'))
    expect(paths.some((path) => path.startsWith('applications.0.evaluations.0.scores'))).toBe(true)
  })
})
