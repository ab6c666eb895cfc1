// Type-level tests: `pnpm --filter @talka/eligibility typecheck` (tsc) fails if a `@ts-expect-error`
// line compiles, i.e. if a wrong call type-checks. The calls sit in functions that never run.
import { calls } from '@talka/calls'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type CheckEligibilityOptions,
  checkBudget,
  checkEligibility,
  createEligibilityChecker,
  type EligibilityVerdict,
  factsSchemaFor,
  getRuleSet,
  parseEligibilityOptions,
  parseFacts,
  safeCheckEligibility,
  safeParseFacts,
} from './index.js'

const asOf = '2023-04-06'

export function wrongCallsDoNotCompile(): void {
  // A rule-set id that does not exist.
  // @ts-expect-error 'ngo-fund-2024/applicant' is not a RuleSetId
  checkEligibility('ngo-fund-2024/applicant', 42, null)
  // @ts-expect-error unknown rule-set id
  checkEligibility('ngo-fund-2024/applicant', {}, { asOf })
  // @ts-expect-error unknown rule-set id
  safeCheckEligibility('ngo-fund-2021/applicant', {}, { asOf })
  // @ts-expect-error unknown rule-set id
  createEligibilityChecker('community-measure/other', { asOf })
  // @ts-expect-error unknown rule-set id
  parseFacts('ngo-fund-2024/applicant', {})
  // @ts-expect-error unknown rule-set id
  safeParseFacts('nope', {})
  // @ts-expect-error unknown rule-set id
  getRuleSet('ngo-fund-2024/applicant')
  // @ts-expect-error unknown rule-set id
  factsSchemaFor('x')
  const anyString: string = 'ngo-fund-2023/applicant'
  // @ts-expect-error a plain string is not a RuleSetId (narrow it with RuleSetIdSchema first)
  checkEligibility(anyString, {}, { asOf })

  // Facts of the wrong shape.
  // @ts-expect-error facts must be an object
  checkEligibility('ngo-fund-2023/applicant', 42, { asOf })
  // @ts-expect-error ngoMark is a boolean
  checkEligibility('ngo-fund-2023/applicant', { ngoMark: 'yes' }, { asOf })
  // @ts-expect-error requestedAmount is not a fact of ngo-fund-2023/applicant
  checkEligibility('ngo-fund-2023/applicant', { requestedAmount: '1000.00' }, { asOf })
  // @ts-expect-error income amounts are decimal strings
  checkEligibility('ngo-fund-2023/applicant', { income: { '2021': 1000 } }, { asOf })
  const checker = createEligibilityChecker('ngo-fund-2023/applicant', { asOf })
  // @ts-expect-error communityOrganisation is not a fact of the NGO Fund
  checker.check({ communityOrganisation: true })
  // @ts-expect-error budget lines need an amount string
  checkBudget(calls['vilnius-2024'], [{ category: 'events', amount: 12 }])

  // Options: unknown keys, wrong values, missing asOf, null.
  // @ts-expect-error options cannot be null
  checkEligibility('ngo-fund-2023/applicant', {}, null)
  // @ts-expect-error asOf is required
  checkEligibility('ngo-fund-2023/applicant', {}, { lang: 'lt' })
  // @ts-expect-error unknown option key
  checkEligibility('ngo-fund-2023/applicant', {}, { asOf, language: 'lt' })
  // @ts-expect-error lang is lt or en
  checkEligibility('ngo-fund-2023/applicant', {}, { asOf, lang: 'de' })
  // @ts-expect-error unknown option key
  createEligibilityChecker('ngo-fund-2023/applicant', { asOf, strict: true })
}

describe('types', () => {
  it('accepts the right calls and infers the verdict', () => {
    expectTypeOf(checkEligibility)
      .parameter(0)
      .toEqualTypeOf<
        | 'community-measure/applicant'
        | 'community-measure/project'
        | 'ngo-fund-2022/applicant'
        | 'ngo-fund-2023/applicant'
      >()
    expectTypeOf(
      checkEligibility('ngo-fund-2023/applicant', { ngoMark: true }, { asOf }),
    ).toEqualTypeOf<EligibilityVerdict>()
    const facts = parseFacts('ngo-fund-2023/applicant', { ngoMark: true })
    expectTypeOf(
      checkEligibility('ngo-fund-2023/applicant', facts, parseEligibilityOptions({ asOf })),
    ).toEqualTypeOf<EligibilityVerdict>()
    expectTypeOf<{ asOf: string; lang: 'en' }>().toExtend<CheckEligibilityOptions>()
  })
})
