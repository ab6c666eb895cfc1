import { TraceSchema } from '@talka/core'
import { findNonStrictObjects } from '@talka/core/testing'
import { describe, expect, it } from 'vitest'
import { agreementRequirement } from './agreement-requirement.js'
import { canHost } from './can-host.js'
import { canVolunteer } from './can-volunteer.js'
import { classifyActivity } from './classify-activity.js'
import { type ReimbursableExpensesInput, reimbursableExpenses } from './reimbursable-expenses.js'
import { ActivityClassificationSchema, ReimbursableExpensesResultSchema } from './result-schemas.js'

/** A result as it crosses the API: plain JSON. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value))
const expectExact = (schema: { parse: (value: unknown) => unknown }, value: unknown) =>
  expect(schema.parse(json(value))).toEqual(json(value))

// Both editions of Law XI-1500, and an agreement in the transitional period.
const DAYS = ['2020-06-30', '2024-10-01'] as const

describe('result schemas describe exactly what the checks return', () => {
  it('are strict at every level', () => {
    expect(findNonStrictObjects(ActivityClassificationSchema)).toEqual([])
    expect(findNonStrictObjects(ReimbursableExpensesResultSchema)).toEqual([])
  })

  it('canVolunteer, canHost and agreementRequirement return a strict trace.v1 decision', () => {
    for (const asOf of DAYS) {
      for (const lang of ['lt', 'en'] as const) {
        expectExact(TraceSchema, canVolunteer({ birthDate: '2000-01-01', citizenship: 'LT' }, { asOf, lang }))
        expectExact(TraceSchema, canVolunteer({}, { asOf, lang }))
        expectExact(
          TraceSchema,
          canHost({ legalForm: 'association', nonProfit: true, registeredIn: 'LT' }, { asOf, lang }),
        )
        expectExact(TraceSchema, agreementRequirement({ expensesReimbursed: true }, { asOf, lang }))
      }
    }
  })

  it('classifyActivity: every class, both editions', () => {
    const inputs = [
      { agreementFrom: '2024-08-01', agreementTo: '2024-09-30', hours: 120, coordinated: true },
      { agreementFrom: '2024-08-01', agreementTo: '2024-08-10', hours: 10, coordinated: false },
      { agreementFrom: '2024-08-01', agreementTo: '2024-12-31', hours: 40, coordinated: false },
      { agreementFrom: '2024-08-01', agreementTo: '2024-12-31' },
    ]
    const classes = new Set<string>()
    for (const asOf of DAYS) {
      for (const input of inputs) {
        const result = classifyActivity(input, { asOf })
        classes.add(result.class)
        expectExact(ActivityClassificationSchema, result)
      }
    }
    expect([...classes].sort()).toEqual([
      'long-term',
      'not-applicable',
      'short-term',
      'unknown',
      'voluntary-service',
    ])
  })

  it('reimbursableExpenses: own-car, travel and meals claims, both editions', () => {
    const input: ReimbursableExpensesInput = {
      claims: [
        {
          kind: 'own-car',
          amount: '20.00',
          documents: true,
          car: { km: '100', consumptionPer100Km: '6', fuelPricePerLitre: '1.5' },
        },
        { kind: 'travel', amount: '12.50', documents: false },
        { id: 'm1', kind: 'meals', amount: '7.00' },
      ],
      activity: { agreementSetsReimbursement: true },
    }
    for (const asOf of DAYS) {
      expectExact(ReimbursableExpensesResultSchema, reimbursableExpenses(input, { asOf, lang: 'en' }))
    }
    const result = json(reimbursableExpenses(input, { asOf: DAYS[1] })) as Record<string, unknown>
    expect(ReimbursableExpensesResultSchema.safeParse({ ...result, extra: 1 }).success).toBe(false)
  })
})
