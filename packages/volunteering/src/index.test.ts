import { describe, expect, test } from 'vitest'
import * as api from './index.js'

describe('public API', () => {
  test('the names of the issue are exported', () => {
    for (const name of [
      'lawEdition',
      'canVolunteer',
      'canHost',
      'agreementRequirement',
      'classifyActivity',
      'reimbursableExpenses',
      'volunteeringParameters',
      'volunteeringCatalog',
      'CanVolunteerInputSchema',
      'CanHostInputSchema',
      'AgreementRequirementInputSchema',
      'ClassifyActivityInputSchema',
      'ReimbursableExpensesInputSchema',
      'VolunteeringOptionsSchema',
      'CanHostOptionsSchema',
    ]) {
      expect(api, name).toHaveProperty(name)
    }
  })

  test('the issue’s calls return the contract shapes', () => {
    expect(api.lawEdition('2024-06-30').id).toBe('original')
    expect(api.lawEdition('2024-07-01').id).toBe('new')
    const asOf = '2025-01-10'
    expect(['yes', 'no', 'unknown']).toContain(
      api.canVolunteer(
        { birthDate: '2010-05-01', citizenship: 'LT', legalRepresentativeObjects: false },
        { asOf },
      ).outcome,
    )
    for (const role of ['host', 'coordinating'] as const) {
      expect(['yes', 'no', 'unknown']).toContain(
        api.canHost({ legalForm: 'association', nonProfit: true, registeredIn: 'LT' }, { asOf, role })
          .outcome,
      )
    }
    expect(['yes', 'no', 'unknown']).toContain(
      api.agreementRequirement({ expensesReimbursed: true, partyRequestsWritten: false }, { asOf }).outcome,
    )
    const c = api.classifyActivity(
      { agreementFrom: '2024-08-01', agreementTo: '2024-09-30', hours: 120, coordinated: true },
      { asOf },
    )
    expect(['long-term', 'short-term', 'voluntary-service', 'not-applicable']).toContain(c.class)
    const e = api.reimbursableExpenses(
      {
        claims: [{ kind: 'travel', amount: '12.40', documents: true }],
        activity: { agreementSetsReimbursement: true },
      },
      { asOf, lang: 'en' },
    )
    expect(e.eligibleTotal).toMatch(/^\d+\.\d{2}$/)
    expect(e.claims[0]?.decision.format).toBe('trace.v1')
  })

  test('options schema: lang defaults to lt; asOf before the law is rejected', () => {
    expect(api.VolunteeringOptionsSchema.parse({ asOf: '2025-01-10' }).lang).toBe('lt')
    expect(api.CanHostOptionsSchema.parse({ asOf: '2025-01-10' }).role).toBe('host')
    const bad = api.safeParseVolunteeringOptions({ asOf: '2011-07-31' })
    expect(bad.success).toBe(false)
    if (!bad.success) expect(bad.error.issues[0]?.path).toEqual(['asOf'])
    expect(api.parseVolunteeringOptions({ asOf: '2024-07-01', lang: 'en' }).lang).toBe('en')
  })

  test('every schema is JSON-Schema exportable for the HTTP API', async () => {
    const { z } = await import('zod')
    for (const schema of [
      api.CanVolunteerInputSchema,
      api.CanHostInputSchema,
      api.AgreementRequirementInputSchema,
      api.ClassifyActivityInputSchema,
      api.ReimbursableExpensesInputSchema,
      api.VolunteeringOptionsSchema,
      api.CanHostOptionsSchema,
    ]) {
      expect(() => z.toJSONSchema(schema, { io: 'input' })).not.toThrow()
    }
  })
})
