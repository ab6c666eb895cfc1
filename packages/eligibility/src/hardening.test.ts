import { calls } from '@talka/calls'
import { ValidationError } from '@talka/core'
import { findNonStrictObjects } from '@talka/core/testing'
import { describe, expect, it } from 'vitest'
import * as eligibility from './index.js'

const {
  checkBudget,
  checkEligibility,
  createEligibilityChecker,
  explain,
  parseEligibilityOptions,
  parseFacts,
  safeCheckBudget,
  safeCheckEligibility,
} = eligibility

const vilnius = calls['vilnius-2024']
const call = calls['kaunas-district-2018-akademija']

describe('every input schema is strict', () => {
  const inputSchemas = {
    BudgetLineSchema: eligibility.BudgetLineSchema,
    CheckBudgetInputSchema: eligibility.CheckBudgetInputSchema,
    CheckEligibilityInputSchema: eligibility.CheckEligibilityInputSchema,
    CheckEligibilityOptionsSchema: eligibility.CheckEligibilityOptionsSchema,
    CommunityApplicantFactsSchema: eligibility.CommunityApplicantFactsSchema,
    CommunityProjectFactsSchema: eligibility.CommunityProjectFactsSchema,
    DateSchema: eligibility.DateSchema,
    ExplainInputSchema: eligibility.ExplainInputSchema,
    NgoFund2022ApplicantFactsSchema: eligibility.NgoFund2022ApplicantFactsSchema,
    NgoFund2023ApplicantFactsSchema: eligibility.NgoFund2023ApplicantFactsSchema,
  }

  it('lists every exported schema of the package', () => {
    const exported = Object.keys(eligibility).filter((name) => name.endsWith('Schema'))
    // RuleSetIdSchema is an enum (no object); every other exported schema is an input schema.
    expect(exported.filter((name) => name !== 'RuleSetIdSchema').sort()).toEqual(
      Object.keys(inputSchemas).sort(),
    )
  })

  it.each(Object.entries(inputSchemas))('%s has no non-strict object', (_name, schema) => {
    // The trace.v1 verdict inside ExplainInputSchema is core's strict TraceSchema: no exception needed.
    expect(findNonStrictObjects(schema)).toEqual([])
  })
})

const POISON = ['__proto__', 'constructor', 'prototype'] as const
const poisoned = (key: string, base: object = {}) =>
  JSON.parse(
    `{${[...Object.entries(base).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`), `"${key}":{"polluted":true}`].join(',')}}`,
  )

/** What `run` throws (`undefined` when it returns). */
const thrownBy = (run: () => unknown): unknown => {
  try {
    run()
  } catch (e) {
    return e
  }
  return undefined
}

const expectValidationError = (run: () => unknown) => {
  expect(thrownBy(run)).toBeInstanceOf(ValidationError)
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
}

describe('__proto__, constructor and prototype keys never pollute', () => {
  it.each(POISON)('%s in facts, options, calls, budget lines, income and explain input', (key) => {
    expectValidationError(() =>
      checkEligibility('ngo-fund-2023/applicant', poisoned(key, { ngoMark: true }), { asOf: '2023-04-06' }),
    )
    // A record (income by year): zod refuses the key, or drops `__proto__` — the result is unaffected.
    const income = safeCheckEligibility(
      'ngo-fund-2023/applicant',
      { income: poisoned(key) },
      { asOf: '2023-04-06' },
    )
    if (income.success) {
      const read = income.data.reasons.find((r) => r.ruleId === 'N5')?.facts.income as object
      expect(Object.keys(read)).toEqual([])
      expect(Object.getPrototypeOf(read)).not.toHaveProperty('polluted')
    } else expect(income.error).toBeInstanceOf(ValidationError)
    expectValidationError(() =>
      checkEligibility('ngo-fund-2023/applicant', {}, poisoned(key, { asOf: '2023-04-06' })),
    )
    expectValidationError(() =>
      checkEligibility('community-measure/project', {}, { asOf: '2024-03-20', call: poisoned(key, vilnius) }),
    )
    expectValidationError(() => parseFacts('community-measure/applicant', poisoned(key)))
    expectValidationError(() => parseEligibilityOptions(poisoned(key, { asOf: '2023-04-06' })))
    expectValidationError(() =>
      checkEligibility(
        'community-measure/applicant',
        {},
        { asOf: '2024-03-20', call: poisoned(key, vilnius) },
      ),
    )
    expectValidationError(() =>
      checkEligibility('community-measure/project', poisoned(key, { envelope: 'x' }), {
        asOf: '2024-03-20',
        call: vilnius,
      }),
    )
    expectValidationError(() =>
      createEligibilityChecker('ngo-fund-2023/applicant', poisoned(key, { asOf: '2023-04-06' })),
    )
    expectValidationError(() =>
      createEligibilityChecker('ngo-fund-2023/applicant', { asOf: '2023-04-06' }).check(poisoned(key)),
    )
    expectValidationError(() => checkBudget(call, [poisoned(key, { category: 'events', amount: '1.00' })]))
    expectValidationError(() => checkBudget(poisoned(key, call), []))
    const verdict = checkEligibility('ngo-fund-2023/applicant', { ngoMark: true }, { asOf: '2023-04-06' })
    // explain reads a stored trace.v1 verdict with core's strict TraceSchema: an extra key is refused.
    expect(explain(JSON.parse(JSON.stringify(verdict)), 'lt')).toBe(explain(verdict, 'lt'))
    expectValidationError(() => explain(poisoned(key, JSON.parse(JSON.stringify(verdict))), 'lt'))
    const safe = safeCheckEligibility('ngo-fund-2023/applicant', poisoned(key), { asOf: '2023-04-06' })
    expect(safe.success).toBe(false)
    expect(safeCheckBudget(call, [poisoned(key)]).success).toBe(false)
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
  })
})

describe('bounded validation', () => {
  const badLines = Array.from({ length: 130_000 }, () => ({ category: 7, amount: 'x' }))

  const expectBounded = (run: () => unknown) => {
    const error = thrownBy(run)
    expect(error).toBeInstanceOf(ValidationError)
    const { issues, issueCount } = error as ValidationError
    expect(issues.length).toBeGreaterThan(0)
    expect(issues.length).toBeLessThanOrEqual(100)
    expect(issueCount).toBeGreaterThanOrEqual(issues.length)
  }

  it('130,000 bad budget lines give a ValidationError with at most 100 issues, for every entry point', () => {
    expectBounded(() => checkBudget(call, badLines as never))
    expectBounded(() =>
      checkEligibility(
        'community-measure/project',
        { budgetLines: badLines as never },
        { asOf: '2018-06-01', call },
      ),
    )
    expectBounded(() => parseFacts('community-measure/project', { budgetLines: badLines }))
    const safe = safeCheckBudget(call, badLines)
    expect(!safe.success && safe.error.issues.length <= 100).toBe(true)
  })

  it('130,000 bad elements of every other array input are bounded too', () => {
    const many = Array.from({ length: 130_000 }, () => 'x'.repeat(300))
    expectBounded(() =>
      parseFacts('community-measure/applicant', { reportsFiledForYears: many, operatesIn: many }),
    )
    expectBounded(() => parseFacts('community-measure/project', { activityAreas: many }))
    expectBounded(() =>
      checkEligibility(
        'community-measure/project',
        {},
        {
          asOf: '2024-03-20',
          call: { ...vilnius, activities: { areas: many }, costs: { caps: many as never } },
        },
      ),
    )
    const income = Object.fromEntries(Array.from({ length: 130_000 }, (_, i) => [String(i), 'x']))
    expectBounded(() => parseFacts('ngo-fund-2023/applicant', { income }))
  })
})
