import { test as fcTest } from '@fast-check/vitest'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { expectWellFormed } from '../test/helpers.js'
import { CanHostInputSchema, canHost, HOST_RULES, safeParseCanHostInput } from './can-host.js'
import { canHostInputArb, volunteeringOptionsArb } from './testing.js'

const association = { legalForm: 'association', nonProfit: true, registeredIn: 'LT' } as const
const last = (d: ReturnType<typeof canHost>) => d.reasons[d.reasons.length - 1]!

describe('original edition: volunteer organiser (art. 6(1))', () => {
  const asOf = '2024-06-30'
  test('pass: an association registered in Lithuania', () => {
    const d = canHost(association, { asOf })
    expect(d.outcome).toBe('yes')
    expect(last(d).ruleId).toBe(HOST_RULES.host)
    expect(last(d).ref).toMatchObject({ article: '6', part: '1' })
    expectWellFormed(d)
  })
  test('pass: every listed form, also without the nonProfit fact', () => {
    for (const legalForm of [
      'charity-foundation',
      'budgetary-institution',
      'public-institution',
      'religious-community',
      'international-organisation-branch',
      'political-party',
      'trade-union',
    ] as const) {
      expect(canHost({ legalForm, registeredIn: 'LT' }, { asOf }).outcome).toBe('yes')
    }
  })
  test('pass: another non-profit legal person whose profit may not be distributed', () => {
    expect(
      canHost(
        { legalForm: 'other-non-profit', nonProfit: true, profitDistributable: false, registeredIn: 'LT' },
        { asOf },
      ).outcome,
    ).toBe('yes')
  })
  test('fail: a company', () => {
    const d = canHost({ legalForm: 'company', nonProfit: false, registeredIn: 'LT' }, { asOf })
    expect(d.outcome).toBe('no')
  })
  test('fail: registered abroad', () => {
    const d = canHost({ ...association, registeredIn: 'LV' }, { asOf, lang: 'en' })
    expect(d.outcome).toBe('no')
    expect(last(d).message.text).toBe(
      'A volunteer organiser must be registered in Lithuania (country of registration given: LV).',
    )
  })
  test('fail: profit may be distributed', () => {
    expect(
      canHost(
        { legalForm: 'other-non-profit', nonProfit: true, profitDistributable: true, registeredIn: 'LT' },
        { asOf },
      ).outcome,
    ).toBe('no')
  })
  test('unknown: legal form and registration missing', () => {
    const d = canHost({ nonProfit: true }, { asOf })
    expect(d.outcome).toBe('unknown')
    expect(d.missingFacts).toEqual(['legalForm', 'registeredIn'])
  })
  test('coordinating: no such role in the original edition → no', () => {
    const d = canHost({ ...association, ngo: true }, { asOf, role: 'coordinating', lang: 'en' })
    expect(d.outcome).toBe('no')
    expect(last(d).message.key).toBe('host.coordinating.original')
    expectWellFormed(d)
  })
})

describe('new edition: host organisation (art. 2(3))', () => {
  const asOf = '2024-07-01'
  test('pass: a non-profit legal person operating in Lithuania', () => {
    const d = canHost(association, { asOf })
    expect(d.outcome).toBe('yes')
    expect(last(d).ref).toMatchObject({ article: '2', part: '3' })
    expectWellFormed(d)
  })
  test('pass: a branch of an international organisation registered abroad but operating in Lithuania', () => {
    expect(
      canHost(
        { legalForm: 'international-organisation-branch', registeredIn: 'DE', operatesInLithuania: true },
        { asOf },
      ).outcome,
    ).toBe('yes')
  })
  test('fail: a company', () => {
    expect(canHost({ legalForm: 'company', registeredIn: 'LT' }, { asOf }).outcome).toBe('no')
  })
  test('fail: does not operate in Lithuania', () => {
    expect(
      canHost({ ...association, registeredIn: 'PL', operatesInLithuania: false }, { asOf }).outcome,
    ).toBe('no')
  })
  test('unknown: registered abroad, operation in Lithuania not given', () => {
    const d = canHost({ ...association, registeredIn: 'PL' }, { asOf })
    expect(d.outcome).toBe('unknown')
    expect(d.missingFacts).toEqual(['operatesInLithuania'])
  })
})

describe('new edition: coordinating organisation (art. 2(2))', () => {
  const asOf = '2025-01-10'
  test('pass: an NGO operating in Lithuania', () => {
    const d = canHost({ ...association, ngo: true }, { asOf, role: 'coordinating' })
    expect(d.outcome).toBe('yes')
    expect(last(d).ref).toMatchObject({ article: '2', part: '2' })
  })
  test('fail: not an NGO (e.g. a budgetary institution)', () => {
    expect(
      canHost(
        { legalForm: 'budgetary-institution', registeredIn: 'LT', ngo: false },
        { asOf, role: 'coordinating' },
      ).outcome,
    ).toBe('no')
  })
  test('unknown: NGO status not given', () => {
    const d = canHost(association, { asOf, role: 'coordinating' })
    expect(d.outcome).toBe('unknown')
    expect(d.missingFacts).toEqual(['ngo'])
  })
})

describe('input', () => {
  test('schema rejects unknown forms and lower-case countries', () => {
    expect(safeParseCanHostInput({ legalForm: 'club' }).success).toBe(false)
    expect(CanHostInputSchema.safeParse({ registeredIn: 'lt' }).success).toBe(false)
  })
  test('role is validated', () => {
    expect(() => canHost(association, { asOf: '2025-01-01', role: 'sponsor' as never })).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    )
  })
})

describe('properties', () => {
  fcTest.prop([
    canHostInputArb(),
    volunteeringOptionsArb(),
    fc.constantFrom('host' as const, 'coordinating' as const),
  ])('every decision is well formed and cites an article of the edition it used', (org, options, role) => {
    expectWellFormed(canHost(org, { ...options, role }))
  })

  fcTest.prop([canHostInputArb(), volunteeringOptionsArb()])(
    'a company can never host, in either edition',
    (org, options) => {
      const d = canHost({ ...org, legalForm: 'company' }, options)
      expect(d.outcome).not.toBe('yes')
    },
  )
})
