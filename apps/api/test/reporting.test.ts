import { describe, expect, test } from 'vitest'
import { fundedProject, fundedProjectCsv } from './examples.js'
import { expectProblem, postJson, useServer } from './server.js'

const api = useServer()

interface Validation {
  valid: boolean
  errors: { path?: unknown[]; row?: number; column?: string; code: string }[]
  warnings: unknown[]
}

describe('GET /v1/reports', () => {
  test('lists the report schemas with their routes', async () => {
    const body = (await (await fetch(api.url('/v1/reports'))).json()) as {
      data: { name: string; jsonSchema: string }[]
    }
    expect(body.data.map((s) => s.name)).toEqual(
      expect.arrayContaining(['council-plan-report.v1', 'project-activity-report.v1', 'funded-project.v1']),
    )
    expect(body.data.every((s) => s.jsonSchema === `/v1/reports/${s.name}/schema.json`)).toBe(true)
  })
})

describe('POST /v1/reports/{schema}/validate', () => {
  test('a valid JSON report', async () => {
    const { res, json } = await postJson(api.url('/v1/reports/funded-project.v1/validate'), fundedProject)
    expect(res.status).toBe(200)
    expect(res.headers.get('talka-versions')).toMatch(/@talka\/reporting@/)
    expect(json.data).toMatchObject({ valid: true, errors: [] })
  })

  test('a JSON error points at its JSON path', async () => {
    const broken = { ...fundedProject, amounts: [{ year: 2023, amount: '1000,5O' }] }
    const { res, json } = await postJson(api.url('/v1/reports/funded-project.v1/validate?lang=en'), broken)
    expect(res.status).toBe(200)
    const data = json.data as Validation
    expect(data.valid).toBe(false)
    expect(data.errors).toContainEqual(expect.objectContaining({ path: ['amounts', 0, 'amount'] }))
  })

  test('a valid CSV report (content-type: text/csv)', async () => {
    const res = await fetch(api.url('/v1/reports/funded-project.v1/validate'), {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: fundedProjectCsv,
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { data: Validation }).data).toMatchObject({ valid: true, errors: [] })
  })

  test('a broken CSV cell is reported at its row (header = 1) and column header', async () => {
    const res = await fetch(api.url('/v1/reports/funded-project.v1/validate'), {
      method: 'POST',
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      body: fundedProjectCsv.replace(';2024;500.00;', ';2024;1 000,5O;'),
    })
    expect(res.status).toBe(200)
    const data = ((await res.json()) as { data: Validation }).data
    expect(data.valid).toBe(false)
    expect(data.errors).toEqual([expect.objectContaining({ row: 3, column: 'Suma' })])
  })

  test('an unknown schema is a 404 problem listing the schemas', async () => {
    const { res } = await postJson(api.url('/v1/reports/annual-report.v9/validate'), {})
    const problem = await expectProblem(res, 404, 'UNKNOWN_RESOURCE')
    expect(problem.detail).toContain('funded-project.v1')
  })
})

describe('GET /v1/reports/{schema}/schema.json', () => {
  test('is the JSON Schema 2020-12 with its $id', async () => {
    const res = await fetch(api.url('/v1/reports/council-plan-report.v1/schema.json'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/schema\+json/)
    expect(res.headers.get('talka-versions')).toMatch(/@talka\/reporting@/)
    const schema = (await res.json()) as { $schema: string; $id: string; type: string }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$id).toMatch(/^https:\/\/talka\.dev\/schemas\/council-plan-report\//)
    expect(schema.type).toBe('object')
  })
})
