import { test as fcTest } from '@fast-check/vitest'
import { Temporal } from '@talka/core'
import { describe, expect, test } from 'vitest'
import { expectWellFormed } from '../test/helpers.js'
import {
  ACTIVITY_RULES,
  ClassifyActivityInputSchema,
  classifyActivity,
  safeParseClassifyActivityInput,
} from './classify-activity.js'
import { classifyActivityInputArb, volunteeringOptionsArb } from './testing.js'

const example = { agreementFrom: '2024-08-01', agreementTo: '2024-09-30', hours: 120, coordinated: true }

describe('new edition', () => {
  test('the issue example: 61 days, 120 hours, coordinated → voluntary service (and long-term)', () => {
    const r = classifyActivity(example, { asOf: '2024-10-01' })
    expect(r.class).toBe('voluntary-service')
    expect(r.decision.outcome).toBe('voluntary-service')
    expect(r.longTerm).toBe(true)
    expect(r.voluntaryService).toBe(true)
    expect(r.agreementDays).toBe(61)
    expectWellFormed(r.decision)
  })

  test('long-term rule: 60 days (both ends counted) → long-term; 59 → short-term', () => {
    const base = { agreementFrom: '2024-08-01', coordinated: false }
    const sixty = classifyActivity({ ...base, agreementTo: '2024-09-29' }, { asOf: '2024-08-01' })
    expect(sixty.agreementDays).toBe(60)
    expect(sixty.class).toBe('long-term')
    const fiftyNine = classifyActivity(
      { ...base, agreementTo: '2024-09-28' },
      { asOf: '2024-08-01', lang: 'en' },
    )
    expect(fiftyNine.class).toBe('short-term')
    expect(fiftyNine.decision.reasons.find((r) => r.ruleId === ACTIVITY_RULES.longTerm)?.message.text).toBe(
      'The agreement covers 59 days (fewer than 60 days), so the activity is short-term.',
    )
    const ref = sixty.decision.reasons.find((r) => r.ruleId === ACTIVITY_RULES.longTerm)?.ref
    expect(ref).toMatchObject({ article: '2', part: '1' })
  })

  test('long-term rule unknown: an open-ended agreement', () => {
    const r = classifyActivity({ agreementFrom: '2024-08-01', coordinated: false }, { asOf: '2024-08-01' })
    expect(r.class).toBe('unknown')
    expect(r.longTerm).toBeNull()
    expect(r.decision.missingFacts).toEqual(['agreementTo'])
  })

  test('voluntary-service rule: 100 hours pass, 99 fail, not coordinated fail, hours missing unknown', () => {
    const base = { agreementFrom: '2025-01-01', agreementTo: '2025-12-31' }
    expect(classifyActivity({ ...base, hours: 100, coordinated: true }, { asOf: '2025-06-01' }).class).toBe(
      'voluntary-service',
    )
    expect(classifyActivity({ ...base, hours: 99, coordinated: true }, { asOf: '2025-06-01' }).class).toBe(
      'long-term',
    )
    expect(classifyActivity({ ...base, hours: 500, coordinated: false }, { asOf: '2025-06-01' }).class).toBe(
      'long-term',
    )
    const unknown = classifyActivity({ ...base, coordinated: true }, { asOf: '2025-06-01' })
    expect(unknown.class).toBe('unknown')
    expect(unknown.longTerm).toBe(true)
    expect(unknown.decision.missingFacts).toEqual(['hours'])
  })

  test('the 100-hour reference says the figure comes from a secondary source', () => {
    const r = classifyActivity(example, { asOf: '2024-10-01' })
    const ref = r.decision.reasons.find((x) => x.ruleId === ACTIVITY_RULES.voluntaryService)?.ref
    expect(ref).toMatchObject({ article: '2', part: '5' })
    expect(ref?.status).toBe('secondary-source')
    expect(ref?.note).toMatch(/100 hours/)
  })
})

describe('original edition', () => {
  test('the classes do not exist → not-applicable, and the decision says so', () => {
    const r = classifyActivity(
      { ...example, agreementFrom: '2024-04-01', agreementTo: '2024-06-30' },
      { asOf: '2024-06-30', lang: 'en' },
    )
    expect(r.class).toBe('not-applicable')
    expect(r.decision.outcome).toBe('not-applicable')
    expect(r.decision.reasons[1]?.message.text).toMatch(/original edition has no long-term/)
    expectWellFormed(r.decision)
  })

  test('an agreement concluded before 2024-07-01 is classified by the statute in force (the new edition)', () => {
    const r = classifyActivity(
      { agreementFrom: '2024-06-15', agreementTo: '2024-12-31', hours: 300, coordinated: true },
      { asOf: '2025-03-01' },
    )
    expect(r.class).toBe('voluntary-service')
    expect(r.decision.reasons[0]?.message.key).toBe('edition.old-agreement')
    expect(r.decision.ruleSet?.id).toBe('volunteering/xi-1500/new')
  })

  test('an agreement that ended before 2024-07-01 is judged on its last day: not applicable', () => {
    const r = classifyActivity(
      { agreementFrom: '2023-06-15', agreementTo: '2024-06-30', hours: 300, coordinated: true },
      { asOf: '2025-03-01' },
    )
    expect(r.class).toBe('not-applicable')
  })

  test('a pre-2024-07-01 agreement running into 2027 is still classified (the statute is known)', () => {
    const r = classifyActivity(
      { agreementFrom: '2024-06-15', agreementTo: '2027-12-31', coordinated: false },
      { asOf: '2027-06-01' },
    )
    expect(r.class).toBe('long-term')
  })
})

test('schema: agreementTo before agreementFrom is rejected', () => {
  expect(
    safeParseClassifyActivityInput({ agreementFrom: '2024-08-01', agreementTo: '2024-07-31' }).success,
  ).toBe(false)
  expect(ClassifyActivityInputSchema.safeParse({ agreementFrom: '2024-08-01', hours: -1 }).success).toBe(
    false,
  )
})

describe('properties', () => {
  fcTest.prop([classifyActivityInputArb(), volunteeringOptionsArb()])(
    'every decision is well formed; outcome equals class',
    (activity, options) => {
      const r = classifyActivity(activity, options)
      expect(r.decision.outcome).toBe(r.class)
      expectWellFormed(r.decision)
    },
  )

  fcTest.prop([classifyActivityInputArb(), volunteeringOptionsArb()])(
    'long-term exactly when the agreement covers at least 60 days (new edition)',
    (activity, options) => {
      const r = classifyActivity(activity, options)
      if (r.decision.ruleSet?.id !== 'volunteering/xi-1500/new' || activity.agreementTo === undefined) return
      const days =
        Temporal.PlainDate.from(activity.agreementFrom).until(Temporal.PlainDate.from(activity.agreementTo))
          .days + 1
      expect(r.longTerm).toBe(days >= 60)
    },
  )
})
