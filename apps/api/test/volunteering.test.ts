import { describe, expect, test } from 'vitest'
import { expectProblem, postJson, useServer } from './server.js'

const api = useServer()

interface Decision {
  format: string
  decision: string
  outcome: string
  asOf: string
  reasons: { ruleId: string; ref: { url: string; article?: string } }[]
}

describe('POST /v1/volunteering/{check}', () => {
  test('can-volunteer: an adult citizen may volunteer; a ten-year-old may not', async () => {
    const adult = await postJson(api.url('/v1/volunteering/can-volunteer'), {
      asOf: '2025-01-10',
      facts: { birthDate: '1990-03-15', citizenship: 'LT' },
    })
    expect(adult.res.status).toBe(200)
    expect(adult.res.headers.get('talka-versions')).toMatch(/@talka\/volunteering@/)
    const yes = adult.json.data as Decision
    expect(yes.format).toBe('trace.v1')
    expect(yes.outcome).toBe('yes')
    expect(yes.reasons.every((r) => /^https?:\/\//.test(r.ref.url))).toBe(true)
    const child = await postJson(api.url('/v1/volunteering/can-volunteer'), {
      asOf: '2025-01-10',
      facts: { birthDate: '2015-01-01', citizenship: 'LT', legalRepresentativeObjects: false },
    })
    expect((child.json.data as Decision).outcome).toBe('no')
  })

  test('can-host: a Lithuanian non-profit association may host volunteers', async () => {
    const { res, json } = await postJson(api.url('/v1/volunteering/can-host'), {
      asOf: '2025-01-10',
      role: 'host',
      facts: { legalForm: 'association', nonProfit: true, registeredIn: 'LT' },
    })
    expect(res.status).toBe(200)
    expect((json.data as Decision).outcome).toBe('yes')
  })

  test('agreement: under the original edition, reimbursed expenses require a written agreement', async () => {
    const { res, json } = await postJson(api.url('/v1/volunteering/agreement'), {
      asOf: '2023-01-10',
      facts: { expensesReimbursed: true },
    })
    expect(res.status).toBe(200)
    expect((json.data as Decision).outcome).toBe('yes')
  })

  test('classify: 61 days and 120 coordinated hours under the new edition is voluntary service', async () => {
    const { res, json } = await postJson(api.url('/v1/volunteering/classify?lang=en'), {
      asOf: '2024-08-01',
      facts: { agreementFrom: '2024-08-01', agreementTo: '2024-09-30', hours: 120, coordinated: true },
    })
    expect(res.status).toBe(200)
    expect(json.data).toMatchObject({ class: 'voluntary-service' })
  })

  test('classify: under the original edition the classes do not exist', async () => {
    const { json } = await postJson(api.url('/v1/volunteering/classify'), {
      asOf: '2023-08-01',
      facts: { agreementFrom: '2023-08-01', agreementTo: '2023-12-31', hours: 200, coordinated: true },
    })
    expect(json.data).toMatchObject({ class: 'not-applicable' })
  })

  test('expenses: per-claim decisions and an eligible total never above the claim', async () => {
    const { res, json } = await postJson(api.url('/v1/volunteering/expenses'), {
      asOf: '2023-05-01',
      facts: {
        claims: [{ kind: 'travel', amount: '12.40', documents: true }],
        activity: { agreementSetsReimbursement: true },
      },
    })
    expect(res.status).toBe(200)
    const data = json.data as { claims: { claimed: string; eligible: string }[]; eligibleTotal: string }
    expect(data.claims).toHaveLength(1)
    expect(data.claims[0]?.claimed).toBe('12.40')
    expect(Number(data.eligibleTotal)).toBeLessThanOrEqual(12.4)
  })

  test('an unknown member of the body is rejected (strict body), with its path', async () => {
    const { res } = await postJson(api.url('/v1/volunteering/can-volunteer'), {
      asOf: '2025-01-10',
      facts: {},
      birthDate: '1990-01-01',
    })
    const problem = await expectProblem(res, 400, 'VALIDATION_FAILED')
    expect(problem.issues).toEqual([expect.objectContaining({ in: 'body', code: 'unrecognized_keys' })])
  })

  test('an asOf before the law is a validation problem at #/asOf', async () => {
    const { res } = await postJson(api.url('/v1/volunteering/agreement'), { asOf: '2010-01-01', facts: {} })
    const problem = await expectProblem(res, 400, 'VALIDATION_FAILED')
    expect(problem.issues).toEqual([expect.objectContaining({ path: ['asOf'], pointer: '#/asOf' })])
  })
})
