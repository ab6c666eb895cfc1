import { test as fcTest } from '@fast-check/vitest'
import { isTalkaError, renderDecision, Temporal } from '@talka/core'
import { describe, expect, test } from 'vitest'
import { expectWellFormed, testEveryDecisionWellFormed } from '../test/helpers.js'
import {
  CanVolunteerInputSchema,
  canVolunteer,
  safeParseCanVolunteerInput,
  VOLUNTEER_RULES,
} from './can-volunteer.js'
import { volunteeringMessages } from './messages.js'
import { canVolunteerInputArb, volunteeringOptionsArb } from './testing.js'

const reason = (d: ReturnType<typeof canVolunteer>, ruleId: string) =>
  d.reasons.find((r) => r.ruleId === ruleId)

describe('canVolunteer — the issue example', () => {
  test('a 14-year-old Lithuanian whose representative does not object may volunteer on 2025-01-10', () => {
    const d = canVolunteer(
      { birthDate: '2010-05-01', citizenship: 'LT', legalRepresentativeObjects: false },
      { asOf: '2025-01-10' },
    )
    expect(d.outcome).toBe('yes')
    expect(d.ruleSet?.id).toBe('volunteering/xi-1500/new')
    expect(d.lang).toBe('lt')
    expect(d.missingFacts).toEqual([])
    expectWellFormed(d)
  })
})

describe('age rule (volunteering.volunteer.age)', () => {
  const person = { birthDate: '2010-05-01', citizenship: 'LT', legalRepresentativeObjects: false } as const

  test('original edition: the day before the 14th birthday → no', () => {
    const d = canVolunteer({ ...person, birthDate: '2010-05-01' }, { asOf: '2024-04-30' })
    expect(d.outcome).toBe('no')
    expect(reason(d, VOLUNTEER_RULES.age)?.message.key).toBe('volunteer.age.fail')
  })

  test('original edition: on the 14th birthday → no ("older than 14" starts the next day)', () => {
    const d = canVolunteer(person, { asOf: '2024-05-01', lang: 'en' })
    expect(d.outcome).toBe('no')
    expect(reason(d, VOLUNTEER_RULES.age)?.message.text).toBe(
      'The person turns 14 on 2024-05-01, but is "older than 14" only from the next day (2024-05-02).',
    )
    expect(reason(d, VOLUNTEER_RULES.age)?.ref.article).toBe('5')
    expect(reason(d, VOLUNTEER_RULES.age)?.ref.part).toBe('1')
  })

  test('original edition: the day after the 14th birthday → yes', () => {
    expect(canVolunteer({ ...person, birthDate: '2010-04-29' }, { asOf: '2024-04-30' }).outcome).toBe('yes')
    expect(canVolunteer({ ...person, birthDate: '2010-06-29' }, { asOf: '2024-06-30' }).outcome).toBe('yes')
  })

  test('new edition: before the birthday no, on it unknown (wording not read), after it yes', () => {
    expect(canVolunteer({ ...person, birthDate: '2010-08-01' }, { asOf: '2024-07-31' }).outcome).toBe('no')
    const on = canVolunteer({ ...person, birthDate: '2010-08-01' }, { asOf: '2024-08-01' })
    expect(on.outcome).toBe('unknown')
    expect(on.missingFacts).toEqual(['parameter:volunteering.volunteer.min-age'])
    expect(canVolunteer({ ...person, birthDate: '2010-08-01' }, { asOf: '2024-08-02' }).outcome).toBe('yes')
    expectWellFormed(on)
  })

  test('29 February: 14 years complete on 28 February in a common year; older than 14 from 1 March', () => {
    const leap = { ...person, birthDate: '2012-02-29' }
    expect(canVolunteer(leap, { asOf: '2026-02-27' }).outcome).toBe('no')
    expect(canVolunteer(leap, { asOf: '2026-02-28' }).outcome).toBe('unknown')
    expect(canVolunteer(leap, { asOf: '2026-03-01' }).outcome).toBe('yes')
  })

  test('unknown birth date → unknown', () => {
    const d = canVolunteer({ citizenship: 'LT', legalRepresentativeObjects: false }, { asOf: '2020-01-01' })
    expect(d.outcome).toBe('unknown')
    expect(d.missingFacts).toEqual(['birthDate'])
    expect(reason(d, VOLUNTEER_RULES.age)?.result).toBe('unknown')
  })
})

describe('minor rule (volunteering.volunteer.minor)', () => {
  const minor = { birthDate: '2005-03-01', citizenship: 'LT' } as const
  test('pass: the representative does not object', () => {
    const d = canVolunteer({ ...minor, legalRepresentativeObjects: false }, { asOf: '2020-01-01' })
    expect(reason(d, VOLUNTEER_RULES.minor)?.result).toBe('pass')
    expect(d.outcome).toBe('yes')
  })
  test('fail: the representative objects', () => {
    const d = canVolunteer({ ...minor, legalRepresentativeObjects: true }, { asOf: '2020-01-01' })
    expect(reason(d, VOLUNTEER_RULES.minor)?.result).toBe('fail')
    expect(d.outcome).toBe('no')
    expect(reason(d, VOLUNTEER_RULES.minor)?.ref.part).toBe('2')
  })
  test('unknown: not given whether the representative objects', () => {
    const d = canVolunteer(minor, { asOf: '2020-01-01' })
    expect(d.outcome).toBe('unknown')
    expect(d.missingFacts).toEqual(['legalRepresentativeObjects'])
  })
  test('an adult needs no non-objection even if a representative objects', () => {
    const d = canVolunteer({ ...minor, legalRepresentativeObjects: true }, { asOf: '2023-03-02' })
    expect(reason(d, VOLUNTEER_RULES.minor)?.message.key).toBe('volunteer.minor.adult')
    expect(d.outcome).toBe('yes')
  })
  test('original edition: on the 18th birthday the person is still younger than 18', () => {
    const d = canVolunteer({ ...minor, legalRepresentativeObjects: true }, { asOf: '2023-03-01' })
    expect(d.outcome).toBe('no')
  })
  test('new edition: on the 18th birthday an objection makes the answer unknown', () => {
    const d = canVolunteer(
      { birthDate: '2007-03-01', citizenship: 'LT', legalRepresentativeObjects: true },
      { asOf: '2025-03-01' },
    )
    expect(d.outcome).toBe('unknown')
    expect(d.missingFacts).toEqual(['parameter:volunteering.volunteer.minor-age'])
  })
})

describe('status rule (volunteering.volunteer.status)', () => {
  const adult = { birthDate: '1990-01-01' }
  test('pass: a citizen of Lithuania', () => {
    expect(canVolunteer({ ...adult, citizenship: 'LT' }, { asOf: '2020-01-01' }).outcome).toBe('yes')
  })
  test('pass: a foreigner lawfully present', () => {
    const d = canVolunteer({ ...adult, citizenship: 'UA', lawfullyPresent: true }, { asOf: '2020-01-01' })
    expect(reason(d, VOLUNTEER_RULES.status)?.message.key).toBe('volunteer.status.lawful')
    expect(d.outcome).toBe('yes')
  })
  test('fail: a foreigner not lawfully present (original edition)', () => {
    expect(
      canVolunteer({ ...adult, citizenship: 'UA', lawfullyPresent: false }, { asOf: '2020-01-01' }).outcome,
    ).toBe('no')
  })
  test('unknown: presence of a foreigner not given', () => {
    const d = canVolunteer({ ...adult, citizenship: 'UA' }, { asOf: '2020-01-01' })
    expect(d.outcome).toBe('unknown')
    expect(d.missingFacts).toEqual(['lawfullyPresent'])
  })
  test('new edition: a foreigner not lawfully present is unknown (provision not read)', () => {
    const d = canVolunteer({ ...adult, citizenship: 'UA', lawfullyPresent: false }, { asOf: '2025-01-01' })
    expect(d.outcome).toBe('unknown')
    expect(d.missingFacts).toEqual(['parameter:volunteering.volunteer.status-rule'])
  })
})

describe('editions and options', () => {
  test('an agreement concluded before 2024-07-01 keeps the agreement, not the old statute: the new age rule applies', () => {
    const d = canVolunteer(
      { birthDate: '2010-08-01', citizenship: 'LT', legalRepresentativeObjects: false },
      { asOf: '2024-08-01', agreementConcludedOn: '2024-06-01' },
    )
    expect(d.ruleSet?.id).toBe('volunteering/xi-1500/new')
    expect(d.reasons[0]?.message.key).toBe('edition.old-agreement')
    expect(d.outcome).toBe('unknown')
    expectWellFormed(d)
  })
  test('in 2027 a pre-2024-07-01 agreement does not make the statute unknown', () => {
    const d = canVolunteer(
      { birthDate: '1990-01-01', citizenship: 'LT' },
      { asOf: '2027-05-01', agreementConcludedOn: '2024-01-01' },
    )
    expect(d.outcome).toBe('yes')
    expect(d.ruleSet?.id).toBe('volunteering/xi-1500/new')
    expectWellFormed(d)
  })
  test('PlainDate options are accepted; English messages on request', () => {
    const d = canVolunteer(
      { birthDate: '1990-01-01', citizenship: 'LT' },
      { asOf: Temporal.PlainDate.from('2020-01-01'), lang: 'en' },
    )
    expect(d.asOf).toBe('2020-01-01')
    expect(d.reasons[0]?.message.text).toMatch(/^The original edition/)
  })
  test('a stored decision re-renders in the other language', () => {
    const d = canVolunteer({ birthDate: '1990-01-01', citizenship: 'LT' }, { asOf: '2020-01-01' })
    const en = renderDecision(d, volunteeringMessages, 'en')
    expect(en.reasons[3]?.message.text).toBe('The person is a citizen of the Republic of Lithuania.')
  })
  test('bad input is a ValidationError with a path, never a TypeError', () => {
    expect(safeParseCanVolunteerInput({ citizenship: 'Lithuania' }).success).toBe(false)
    try {
      canVolunteer({ birthDate: '2010-02-30' }, { asOf: '2020-01-01' })
      expect.unreachable()
    } catch (error) {
      expect(isTalkaError(error, 'VALIDATION_FAILED')).toBe(true)
    }
    expect(() => canVolunteer({}, { asOf: '2011-07-31' })).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    )
    expect(() => canVolunteer(null as never, { asOf: '2020-01-01' })).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    )
  })
  test('the input schema is exported for the HTTP API', () => {
    expect(CanVolunteerInputSchema.safeParse({ birthDate: '2010-05-01', citizenship: 'LT' }).success).toBe(
      true,
    )
  })
})

describe('properties', () => {
  testEveryDecisionWellFormed(canVolunteerInputArb(), canVolunteer)

  fcTest.prop([canVolunteerInputArb(), volunteeringOptionsArb()])(
    'the outcome is the strong-Kleene AND of the three rules',
    (person, options) => {
      const d = canVolunteer(person, options)
      const results = [VOLUNTEER_RULES.age, VOLUNTEER_RULES.minor, VOLUNTEER_RULES.status].map(
        (id) => d.reasons.find((r) => r.ruleId === id)?.result,
      )
      if (results.includes(undefined)) {
        expect(d.outcome).toBe('unknown') // edition undetermined
        return
      }
      const expected = results.includes('fail') ? 'no' : results.includes('unknown') ? 'unknown' : 'yes'
      expect(d.outcome).toBe(expected)
    },
  )
})
