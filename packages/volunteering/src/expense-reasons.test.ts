// The reasons a reimbursable-expense decision gives, not only its outcome: the mutation run
// (`pnpm mutation volunteering`, bench/README.md) showed that a wrong message key, a wrong missing
// fact or a lost claim id went unnoticed while the outcome stayed right.
import { describe, expect, it } from 'vitest'
import { EXPENSE_RULES, type ExpenseClaim, reimbursableExpenses } from './reimbursable-expenses.js'

const ORIGINAL = '2024-06-30'
const NEW = '2024-07-01'
const UNREAD_WORDING = '2014-11-12'
const terms = { agreementSetsReimbursement: true }

function one(claim: ExpenseClaim, activity: Record<string, unknown>, asOf: string) {
  return reimbursableExpenses({ claims: [claim], activity }, { asOf, lang: 'en' }).claims[0]!
}
const reasonsOf = (c: ReturnType<typeof one>, ruleId: string) =>
  c.decision.reasons.filter((r) => r.ruleId === ruleId)
const reasonOf = (c: ReturnType<typeof one>, ruleId: string) => reasonsOf(c, ruleId)[0]!
const keyOf = (c: ReturnType<typeof one>, ruleId: string) => [
  reasonOf(c, ruleId).result,
  reasonOf(c, ruleId).message.key,
]

describe('agreement terms (A1-330 p. 3)', () => {
  const travel: ExpenseClaim = { kind: 'travel', amount: '1.00', documents: true }
  it('states pass, fail or unknown with its own message', () => {
    expect(keyOf(one(travel, { agreementSetsReimbursement: true }, ORIGINAL), EXPENSE_RULES.terms)).toEqual([
      'pass',
      'expenses.terms.pass',
    ])
    expect(keyOf(one(travel, { agreementSetsReimbursement: false }, ORIGINAL), EXPENSE_RULES.terms)).toEqual([
      'fail',
      'expenses.terms.fail',
    ])
    const unknown = one(travel, {}, ORIGINAL)
    expect(keyOf(unknown, EXPENSE_RULES.terms)).toEqual(['unknown', 'expenses.terms.unknown'])
    expect(reasonOf(unknown, EXPENSE_RULES.terms).facts).toEqual({ agreementSetsReimbursement: null })
  })
})

describe('accommodation (A1-330 p. 3.2): three-valued', () => {
  const claim: ExpenseClaim = { kind: 'accommodation', amount: '35.00', documents: true }
  it('is unknown with only the missing fact listed, whichever one is missing', () => {
    const a = one(claim, { ...terms, outsideHomeLocality: false }, ORIGINAL)
    expect(a.outcome).toBe('unknown')
    expect(a.decision.missingFacts).toEqual(['activity.longerThanOneDay'])
    expect(keyOf(a, EXPENSE_RULES.kind)).toEqual(['unknown', 'expenses.kind.accommodation.unknown'])
    const b = one(claim, { ...terms, longerThanOneDay: false }, ORIGINAL)
    expect(b.decision.missingFacts).toEqual(['activity.outsideHomeLocality'])
    const both = one(claim, terms, ORIGINAL)
    expect(both.decision.missingFacts).toEqual(['activity.longerThanOneDay', 'activity.outsideHomeLocality'])
  })

  it('passes on either ground alone and fails only when both are false', () => {
    expect(
      one(claim, { ...terms, longerThanOneDay: true, outsideHomeLocality: false }, ORIGINAL).outcome,
    ).toBe('yes')
    expect(
      one(claim, { ...terms, longerThanOneDay: false, outsideHomeLocality: true }, ORIGINAL).outcome,
    ).toBe('yes')
    const no = one(claim, { ...terms, longerThanOneDay: false, outsideHomeLocality: false }, ORIGINAL)
    expect(keyOf(no, EXPENSE_RULES.kind)).toEqual(['fail', 'expenses.kind.accommodation.fail'])
  })
})

describe('proof of the expense', () => {
  it('original edition: documents, or the EU structural-funds fixed rate', () => {
    expect(
      keyOf(one({ kind: 'travel', amount: '3.00', documents: true }, terms, ORIGINAL), EXPENSE_RULES.proof),
    ).toEqual(['pass', 'expenses.proof.documents'])
    const eu = one({ kind: 'travel', amount: '3.00', euStructuralFundsFixedRate: true }, terms, ORIGINAL)
    expect(eu.outcome).toBe('yes')
    expect(keyOf(eu, EXPENSE_RULES.proof)).toEqual(['pass', 'expenses.proof.eu-fixed-rate'])
    const euNoDocs = one(
      { kind: 'travel', amount: '3.00', documents: false, euStructuralFundsFixedRate: true },
      terms,
      ORIGINAL,
    )
    expect(keyOf(euNoDocs, EXPENSE_RULES.proof)).toEqual(['pass', 'expenses.proof.eu-fixed-rate'])
    const none = one({ kind: 'travel', amount: '3.00', documents: false }, terms, ORIGINAL)
    expect(keyOf(none, EXPENSE_RULES.proof)).toEqual(['fail', 'expenses.proof.fail'])
  })

  it('new edition: a fixed rate is an unread parameter; documents pass; without them the grounds are unread', () => {
    const fixed = one({ kind: 'travel', amount: '3.00', documents: true, fixedRate: true }, {}, NEW)
    expect(keyOf(fixed, EXPENSE_RULES.proof)).toEqual(['unknown', 'expenses.proof.fixed-rate-unknown'])
    const eu = one(
      { kind: 'travel', amount: '3.00', documents: true, euStructuralFundsFixedRate: true },
      {},
      NEW,
    )
    expect(keyOf(eu, EXPENSE_RULES.proof)).toEqual(['unknown', 'expenses.proof.fixed-rate-unknown'])
    const docs = one({ kind: 'travel', amount: '3.00', documents: true }, {}, NEW)
    expect(keyOf(docs, EXPENSE_RULES.proof)).toEqual(['pass', 'expenses.proof.documents'])
    const noDocs = one({ kind: 'travel', amount: '3.00', documents: false }, {}, NEW)
    expect(keyOf(noDocs, EXPENSE_RULES.proof)).toEqual(['unknown', 'expenses.proof.new-unknown'])
    // documents: false is a known fact, not a missing one.
    expect(noDocs.decision.missingFacts).not.toContain('claims[0].documents')
    const absent = one({ kind: 'travel', amount: '3.00' }, {}, NEW)
    expect(absent.decision.missingFacts).toContain('claims[0].documents')
  })

  it('while the 2011 wording is unread, an own-car claim is unknown on the proof and on the car rule', () => {
    const car = { km: '100', consumptionPer100Km: '6', fuelPricePerLitre: '1.5' }
    const c = one({ kind: 'own-car', amount: '9.00', documents: true, car }, terms, UNREAD_WORDING)
    expect(c.outcome).toBe('unknown')
    expect(keyOf(c, EXPENSE_RULES.proof)).toEqual(['unknown', 'expenses.proof.wording-unknown'])
    expect(keyOf(c, EXPENSE_RULES.ownCar)).toEqual(['unknown', 'expenses.proof.wording-unknown'])
    expect(c.decision.missingFacts).toEqual(['parameter:volunteering.expenses.proof-wording'])
    const travel = one({ kind: 'travel', amount: '9.00', documents: true }, terms, UNREAD_WORDING)
    expect(reasonsOf(travel, EXPENSE_RULES.ownCar)).toEqual([])
  })
})

describe('the claim as recorded', () => {
  it('keeps the claim id, or null', () => {
    const r = reimbursableExpenses(
      {
        claims: [
          { id: 'c1', kind: 'travel', amount: '1.00', documents: true },
          { kind: 'travel', amount: '2.00', documents: true },
        ],
        activity: terms,
      },
      { asOf: ORIGINAL },
    )
    expect(r.claims.map((c) => c.id)).toEqual(['c1', null])
    expect(r.claims.map((c) => c.index)).toEqual([0, 1])
  })

  it("records the claim's facts with their defaults", () => {
    const c = one({ kind: 'travel', amount: '1.00' }, terms, ORIGINAL)
    expect(reasonOf(c, EXPENSE_RULES.proof).facts).toEqual({
      kind: 'travel',
      amount: '1.00',
      documents: null,
      advance: false,
      fixedRate: false,
      euStructuralFundsFixedRate: false,
    })
    const flagged = one(
      { kind: 'travel', amount: '1.00', documents: true, fixedRate: true, advance: false },
      terms,
      ORIGINAL,
    )
    expect(reasonOf(flagged, EXPENSE_RULES.proof).facts).toMatchObject({ documents: true, fixedRate: true })
  })
})
