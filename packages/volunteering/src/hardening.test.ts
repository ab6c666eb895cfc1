import { isParsed, Temporal, ValidationError } from '@talka/core'
import { findNonStrictObjects } from '@talka/core/testing'
import { describe, expect, test, vi } from 'vitest'
import * as api from './index.js'

/*
 * Issue 16 for volunteering: strict input schemas, safe copies (no `__proto__` smuggling), bounded
 * validation, and parse once.
 */

const schemas = {
  CanVolunteerInputSchema: api.CanVolunteerInputSchema,
  CanHostInputSchema: api.CanHostInputSchema,
  AgreementRequirementInputSchema: api.AgreementRequirementInputSchema,
  ClassifyActivityInputSchema: api.ClassifyActivityInputSchema,
  ReimbursableExpensesInputSchema: api.ReimbursableExpensesInputSchema,
  VolunteeringOptionsSchema: api.VolunteeringOptionsSchema,
  CanHostOptionsSchema: api.CanHostOptionsSchema,
}

const valid = {
  canVolunteer: { birthDate: '2000-01-01', citizenship: 'LT' },
  canHost: { legalForm: 'association', nonProfit: true, registeredIn: 'LT' },
  agreementRequirement: { expensesReimbursed: true, partyRequestsWritten: false },
  classifyActivity: { agreementFrom: '2024-08-01', agreementTo: '2024-09-30', hours: 120, coordinated: true },
  reimbursableExpenses: {
    claims: [
      {
        kind: 'own-car',
        amount: '20.00',
        documents: true,
        car: { km: '100', consumptionPer100Km: '6', fuelPricePerLitre: '1.5' },
      },
    ],
    activity: { agreementSetsReimbursement: true },
  },
} as const

type Entry = keyof typeof valid
const entryFunctions: Record<Entry, (input: never, options: never) => unknown> = {
  canVolunteer: api.canVolunteer,
  canHost: api.canHost,
  agreementRequirement: api.agreementRequirement,
  classifyActivity: api.classifyActivity,
  reimbursableExpenses: api.reimbursableExpenses,
}
const run = (entry: Entry, input: unknown, options: unknown): unknown =>
  entryFunctions[entry](input as never, options as never)
const entries = Object.keys(valid) as Entry[]
const options = { asOf: '2024-06-30' }

function expectValidationError(fn: () => unknown): ValidationError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return error as ValidationError
  }
  throw new Error('expected a ValidationError')
}

describe('strict input schemas', () => {
  test.each(Object.entries(schemas))('%s has no non-strict object', (_, schema) => {
    expect(findNonStrictObjects(schema)).toEqual([])
  })

  test('a misspelt key is an error with its path', () => {
    const e = expectValidationError(() => api.canVolunteer({ birthdate: '2000-01-01' } as never, options))
    expect(e.issues[0]).toMatchObject({ path: [], code: 'unrecognized_keys' })
    const nested = expectValidationError(() =>
      api.reimbursableExpenses({ claims: [{ kind: 'travel', ammount: '1.00' }] } as never, options),
    )
    expect(nested.issues.some((i) => i.path.join('.') === 'claims.0')).toBe(true)
    const inOptions = expectValidationError(() =>
      api.canVolunteer({}, { asOf: '2024-06-30', langauge: 'en' } as never),
    )
    expect(inOptions.issues[0]?.code).toBe('unrecognized_keys')
  })
})

describe('safe copies: __proto__, constructor and prototype keys', () => {
  const keys = ['__proto__', 'constructor', 'prototype']
  // JSON.parse makes `__proto__` an own key, as an HTTP body would.
  const withKey = (value: object, key: string, smuggled: object) =>
    JSON.parse(JSON.stringify(value).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(smuggled)},`))

  test.each(entries.flatMap((entry) => keys.map((key) => [entry, key] as const)))(
    '%s rejects a %s key in the input and in the options, and nothing is polluted',
    (entry, key) => {
      const smuggled = { birthDate: '2000-01-01', lang: 'en', polluted: true }
      expectValidationError(() => run(entry, withKey(valid[entry], key, smuggled), options))
      expectValidationError(() => run(entry, valid[entry], withKey(options, key, smuggled)))
      // With a PlainDate the options are copied (to ISO strings) before parsing: the copy keeps the key own.
      const withDate = withKey(options, key, smuggled)
      withDate.asOf = Temporal.PlainDate.from('2024-06-30')
      expectValidationError(() => run(entry, valid[entry], withDate))
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(({} as Record<string, unknown>).birthDate).toBeUndefined()
    },
  )

  test.each(keys)('nested objects of reimbursableExpenses reject a %s key', (key) => {
    const base = valid.reimbursableExpenses
    const claim = base.claims[0]
    for (const input of [
      { ...base, claims: [withKey(claim, key, { documents: true })] },
      { ...base, activity: withKey(base.activity, key, { hoursPerDay: 8 }) },
      { ...base, claims: [{ ...claim, car: withKey(claim.car, key, { km: '1' }) }] },
    ]) {
      expectValidationError(() => api.reimbursableExpenses(input as never, options))
    }
  })

  test('an inherited value (a prototype set in code) is not read as a fact', () => {
    const person = Object.create({ birthDate: '2000-01-01' }) as Record<string, unknown>
    person.citizenship = 'LT'
    const d = api.canVolunteer(person as never, options)
    expect(d.outcome).toBe('unknown')
    expect(d.missingFacts).toContain('birthDate')
    const inherited = Object.create({ lang: 'en' }) as Record<string, unknown>
    inherited.asOf = '2024-06-30'
    expect(api.canVolunteer(valid.canVolunteer, inherited as never).lang).toBe('lt')
  })
})

describe('bounded validation', () => {
  test('130,000 bad expense claims: a ValidationError with at most 100 issues and the total', () => {
    const claims = Array.from({ length: 130_000 }, () => ({ kind: 'travel', amount: 'x', extra: 1 }))
    const e = expectValidationError(() => api.reimbursableExpenses({ claims } as never, options))
    expect(e.issues.length).toBeLessThanOrEqual(100)
    expect(e.issueCount).toBeGreaterThanOrEqual(e.issues.length)
    expect(e.issues.some((i) => i.path.join('.') === 'claims')).toBe(true)
  })

  test('1,000 bad claims (within the length limit): at most 100 issues, all counted', () => {
    const claims = Array.from({ length: 1000 }, () => ({ kind: 'travel', amount: 'x' }))
    const e = expectValidationError(() => api.reimbursableExpenses({ claims } as never, options))
    expect(e.issues).toHaveLength(100)
    expect(e.issueCount).toBe(1000)
  })
})

describe('parse once', () => {
  test('a parsed input and parsed options are not validated again', () => {
    const input = api.parseReimbursableExpensesInput(valid.reimbursableExpenses)
    const parsedOptions = api.parseVolunteeringOptions(options)
    expect(isParsed(input) && isParsed(parsedOptions)).toBe(true)
    const spy = vi.spyOn(api.ReimbursableExpensesInputSchema, 'safeParse')
    const optionsSpy = vi.spyOn(api.VolunteeringOptionsSchema, 'safeParse')
    try {
      api.reimbursableExpenses(input, parsedOptions)
      expect(spy).not.toHaveBeenCalled()
      expect(optionsSpy).not.toHaveBeenCalled()
      // A JSON copy cannot forge the mark: it is validated.
      api.reimbursableExpenses(JSON.parse(JSON.stringify(input)), options)
      expect(spy).toHaveBeenCalledTimes(1)
      expect(optionsSpy).toHaveBeenCalledTimes(1)
    } finally {
      spy.mockRestore()
      optionsSpy.mockRestore()
    }
  })

  test.each([
    ['canVolunteer', api.parseCanVolunteerInput, api.safeParseCanVolunteerInput],
    ['canHost', api.parseCanHostInput, api.safeParseCanHostInput],
    ['agreementRequirement', api.parseAgreementRequirementInput, api.safeParseAgreementRequirementInput],
    ['classifyActivity', api.parseClassifyActivityInput, api.safeParseClassifyActivityInput],
    ['reimbursableExpenses', api.parseReimbursableExpensesInput, api.safeParseReimbursableExpensesInput],
  ] as const)('%s: parse and safeParse return parsed values the entry accepts', (entry, parse, safeParse) => {
    const parsed = parse(valid[entry])
    expect(isParsed(parsed)).toBe(true)
    const safe = safeParse(valid[entry])
    expect(safe.success && isParsed(safe.data)).toBe(true)
    expect(JSON.stringify(run(entry, parsed, options))).toBe(
      JSON.stringify(run(entry, valid[entry], options)),
    )
  })

  test('canHost options have their own parser', () => {
    expect(api.parseCanHostOptions({ asOf: '2024-07-01' }).role).toBe('host')
    expect(api.safeParseCanHostOptions({ asOf: '2024-07-01', role: 'owner' }).success).toBe(false)
  })
})
