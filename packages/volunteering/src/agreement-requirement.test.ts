import { test as fcTest } from '@fast-check/vitest'
import { describe, expect, test } from 'vitest'
import { expectWellFormed, testEveryDecisionWellFormed } from '../test/helpers.js'
import {
  AGREEMENT_RULES,
  AgreementRequirementInputSchema,
  agreementRequirement,
  requiredContents,
} from './agreement-requirement.js'
import { agreementRequirementInputArb, volunteeringOptionsArb } from './testing.js'

const written = (d: ReturnType<typeof agreementRequirement>) =>
  d.reasons.find((r) => r.ruleId === AGREEMENT_RULES.written)!

describe('original edition', () => {
  const asOf = '2024-06-30'
  test('yes: expenses are reimbursed; the contents include the reimbursement terms', () => {
    const d = agreementRequirement({ expensesReimbursed: true, partyRequestsWritten: false }, { asOf })
    expect(d.outcome).toBe('yes')
    expect(written(d).message.key).toBe('agreement.written.expenses')
    expect(requiredContents(d)).toEqual({ items: ['reimbursement-terms'], complete: false })
    const contents = d.reasons.filter((r) => r.ruleId === AGREEMENT_RULES.contents)
    expect(contents.map((r) => r.result)).toEqual(['required', 'unknown'])
    expect(contents[0]?.ref).toMatchObject({ actId: 'A1-330', point: '3' })
    expectWellFormed(d)
  })
  test('yes: a party asks for a written agreement', () => {
    const d = agreementRequirement({ expensesReimbursed: false, partyRequestsWritten: true }, { asOf })
    expect(d.outcome).toBe('yes')
    expect(requiredContents(d)).toEqual({ items: [], complete: false })
  })
  test('yes even when the other fact is unknown', () => {
    expect(agreementRequirement({ partyRequestsWritten: true }, { asOf }).outcome).toBe('yes')
  })
  test('no: no reimbursement and no request → an oral agreement suffices', () => {
    const d = agreementRequirement(
      { expensesReimbursed: false, partyRequestsWritten: false },
      { asOf, lang: 'en' },
    )
    expect(d.outcome).toBe('no')
    expect(written(d).message.text).toBe(
      'No expenses are reimbursed and neither party asks for a written agreement, so an oral agreement suffices.',
    )
    expect(d.reasons.some((r) => r.ruleId === AGREEMENT_RULES.contents)).toBe(false)
  })
  test('unknown: whether a party asks is not given', () => {
    const d = agreementRequirement({ expensesReimbursed: false }, { asOf })
    expect(d.outcome).toBe('unknown')
    expect(d.missingFacts).toEqual(['partyRequestsWritten'])
  })
  test('the reference cites the act and says the article is unverified', () => {
    const ref = written(agreementRequirement({ expensesReimbursed: true }, { asOf })).ref
    expect(ref.article).toBeUndefined()
    expect(ref.status).toBe('secondary-source')
    expect(ref.note).toMatch(/Article not cited/)
  })
})

describe('new edition', () => {
  test('unknown: the provision could not be read', () => {
    const d = agreementRequirement(
      { expensesReimbursed: true, partyRequestsWritten: false },
      { asOf: '2024-07-01' },
    )
    expect(d.outcome).toBe('unknown')
    expect(d.missingFacts).toEqual(['parameter:volunteering.agreement.written-grounds'])
    expectWellFormed(d)
  })
  test('an agreement concluded before 2024-07-01 is still judged by the original edition', () => {
    const d = agreementRequirement(
      { expensesReimbursed: true },
      { asOf: '2025-02-01', agreementConcludedOn: '2024-03-01', agreementEndsOn: '2025-12-31' },
    )
    expect(d.outcome).toBe('yes')
    expect(d.ruleSet?.id).toBe('volunteering/xi-1500/original')
  })
})

test('schema', () => {
  expect(AgreementRequirementInputSchema.safeParse({ expensesReimbursed: 'yes' }).success).toBe(false)
})

describe('properties', () => {
  testEveryDecisionWellFormed(agreementRequirementInputArb(), agreementRequirement)

  fcTest.prop([agreementRequirementInputArb(), volunteeringOptionsArb()])(
    'under the original edition the answer is the strong-Kleene OR of the two grounds',
    (facts, options) => {
      const d = agreementRequirement(facts, options)
      if (d.ruleSet?.id !== 'volunteering/xi-1500/original') return
      const values = [facts.expensesReimbursed, facts.partyRequestsWritten]
      const expected = values.includes(true) ? 'yes' : values.includes(undefined) ? 'unknown' : 'no'
      expect(d.outcome).toBe(expected)
    },
  )
})
