import { fc, test } from '@fast-check/vitest'
import { calls } from '@talka/calls'
import { renderDecision } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { pilot2022 } from '../test/support.js'
import { checkEligibility } from './check.js'
import { explain } from './explain.js'
import { eligibilityMessages } from './messages.js'
import { partialFactsArb } from './testing.js'

describe('explain', () => {
  it('writes one line per failed or unknown rule, with the point of the act, in Lithuanian', () => {
    const verdict = checkEligibility(
      'community-measure/applicant',
      { communityOrganisation: true, operatesIn: 'Kauno miesto savivaldybė', reportsFiledForYears: [2019] },
      {
        asOf: '2022-07-01',
        call: pilot2022,
      },
    )
    const text = explain(verdict, 'lt')
    const lines = text.split('\n')
    expect(lines[0]).toBe(
      'Pareiškėjo tinkamumas pagal priemonę „Stiprinti bendruomeninę veiklą savivaldybėse“ (2022-07-01 dienai): paraiška neatitinka tinkamumo reikalavimų.',
    )
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(
      /^– A5 \(neatitinka\): Pareiškėjas Registrų centrui nėra pateikęs ataskaitų nei už 2021, nei už 2020 metus\. \(.*A1-290.*19\.6 p\.\)$/,
    )
  })

  it('writes the same verdict in English, and lists the missing information', () => {
    const verdict = checkEligibility(
      'ngo-fund-2023/applicant',
      { ngoMark: false },
      { asOf: '2023-04-06', lang: 'lt' },
    )
    const text = explain(verdict, 'en')
    expect(text.split('\n')[0]).toBe(
      'Applicant eligibility, NGO Fund 2023 institutional-strengthening competition (as of 2023-04-06): the application does not meet the eligibility requirements.',
    )
    expect(text).toContain(`– N1 (not met): ${eligibilityMessages['eligibility.ngo.n1.fail'].en}`)
    expect(text).toContain('– N2 (information missing):')
    expect(text.split('\n').at(-1)).toMatch(
      /^Information needed: .*whether the applicant meets the criteria of a reliable taxpayer/,
    )
  })

  it('says so in one line when the application meets every requirement', () => {
    const verdict = checkEligibility(
      'community-measure/project',
      {
        requestedAmount: '2000',
        publicInterestActivities: true,
        activitiesFrom: '2023-05-01',
        activitiesTo: '2023-09-30',
        budgetLines: [],
      },
      {
        asOf: '2023-05-01',
        call: calls['pilot-2023-zarasai'],
      },
    )
    expect(explain(verdict, 'lt')).toBe(
      'Projekto tinkamumas pagal priemonę „Stiprinti bendruomeninę veiklą savivaldybėse“ (2023-05-01 dienai): paraiška atitinka visus tinkamumo reikalavimus (4 reikalavimai).',
    )
  })

  it('refuses something that is not a verdict', () => {
    expect(() => explain({ outcome: 'eligible' } as never, 'lt')).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    )
  })
})

describe('properties', () => {
  test.prop([partialFactsArb('ngo-fund-2023/applicant'), fc.constantFrom('lt' as const, 'en' as const)])(
    'one header, one line per failed or unknown rule, one line of missing information if any',
    (facts, lang) => {
      const verdict = checkEligibility('ngo-fund-2023/applicant', facts, { asOf: '2023-04-06', lang })
      const lines = explain(verdict, lang).split('\n')
      const notPassed = verdict.reasons.filter((r) => r.result !== 'pass').length
      expect(lines.length).toBe(1 + notPassed + (verdict.missingFacts.length > 0 ? 1 : 0))
      expect(lines.filter((l) => l.startsWith('– ')).length).toBe(notPassed)
      // Explaining in the other language equals explaining the verdict re-rendered in it.
      const other = lang === 'lt' ? 'en' : 'lt'
      expect(explain(verdict, other)).toBe(
        explain(renderDecision(verdict, eligibilityMessages, other), other),
      )
    },
  )
})
