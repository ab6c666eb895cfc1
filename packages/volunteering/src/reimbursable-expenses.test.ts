import { test as fcTest } from '@fast-check/vitest'
import { Money } from '@talka/core'
import { describe, expect, test } from 'vitest'
import { expectWellFormed } from '../test/helpers.js'
import {
  EXPENSE_RULES,
  type ExpenseClaim,
  ownCarFuelAmount,
  ReimbursableExpensesInputSchema,
  reimbursableExpenses,
  safeParseReimbursableExpensesInput,
} from './reimbursable-expenses.js'
import { reimbursableExpensesInputArb, volunteeringOptionsArb } from './testing.js'

const ORIGINAL = '2024-06-30'
const NEW = '2024-07-01'
const terms = { agreementSetsReimbursement: true }

function one(claim: ExpenseClaim, activity: Record<string, unknown>, asOf: string, lang: 'lt' | 'en' = 'lt') {
  const r = reimbursableExpenses({ claims: [claim], activity }, { asOf, lang })
  return { ...r.claims[0]!, result: r }
}
const ruleReason = (c: ReturnType<typeof one>, ruleId: string) =>
  c.decision.reasons.find((r) => r.ruleId === ruleId)

describe('original edition: reimbursement terms in the agreement (A1-330 p. 3)', () => {
  test('pass', () => {
    expect(one({ kind: 'travel', amount: '12.40', documents: true }, terms, ORIGINAL).outcome).toBe('yes')
  })
  test('fail: the agreement sets no terms', () => {
    const c = one(
      { kind: 'travel', amount: '12.40', documents: true },
      { agreementSetsReimbursement: false },
      ORIGINAL,
    )
    expect(c.outcome).toBe('no')
    expect(c.eligible).toBe('0.00')
  })
  test('unknown: not given', () => {
    const c = one({ kind: 'travel', amount: '12.40', documents: true }, {}, ORIGINAL)
    expect(c.outcome).toBe('unknown')
    expect(c.decision.missingFacts).toEqual(['activity.agreementSetsReimbursement'])
  })
})

describe('original edition: kind of expense (A1-330 p. 3.1–3.3)', () => {
  test('travel (3.1) pass', () => {
    const c = one({ kind: 'travel', amount: '12.40', documents: true }, terms, ORIGINAL)
    expect(ruleReason(c, EXPENSE_RULES.kind)?.ref.point).toBe('3.1')
    expect(c.eligible).toBe('12.40')
    expectWellFormed(c.decision)
  })
  test('accommodation (3.2): pass when longer than a day or away from home; fail when neither; unknown otherwise', () => {
    const claim: ExpenseClaim = { kind: 'accommodation', amount: '35.00', documents: true }
    expect(
      one(claim, { ...terms, longerThanOneDay: false, outsideHomeLocality: true }, ORIGINAL).outcome,
    ).toBe('yes')
    expect(one(claim, { ...terms, longerThanOneDay: true }, ORIGINAL).outcome).toBe('yes')
    expect(
      one(claim, { ...terms, longerThanOneDay: false, outsideHomeLocality: false }, ORIGINAL).outcome,
    ).toBe('no')
    const u = one(claim, { ...terms, longerThanOneDay: false }, ORIGINAL)
    expect(u.outcome).toBe('unknown')
    expect(u.decision.missingFacts).toEqual(['activity.outsideHomeLocality'])
  })
  test('meals (3.3): 4 hours pass, 3.5 hours fail, hours missing unknown', () => {
    const claim: ExpenseClaim = { kind: 'meals', amount: '9.00', documents: true }
    expect(one(claim, { ...terms, hoursPerDay: 4 }, ORIGINAL).outcome).toBe('yes')
    const fail = one(claim, { ...terms, hoursPerDay: 3.5 }, ORIGINAL, 'en')
    expect(fail.outcome).toBe('no')
    expect(ruleReason(fail, EXPENSE_RULES.kind)?.message.text).toBe(
      'Meals are not reimbursed because the activity lasts 3.5 hours (fewer than 4).',
    )
    expect(one(claim, terms, ORIGINAL).decision.missingFacts).toEqual(['activity.hoursPerDay'])
  })
  test('per diems and advances: no under the Minister’s order', () => {
    expect(one({ kind: 'per-diem', amount: '10.00', documents: true }, terms, ORIGINAL).outcome).toBe('no')
    expect(
      one({ kind: 'travel', amount: '10.00', documents: true, advance: true }, terms, ORIGINAL).outcome,
    ).toBe('no')
  })
  test('other kinds: unknown, the subpoints after 3.3 were not read', () => {
    const c = one({ kind: 'communication', amount: '5.00', documents: true }, terms, ORIGINAL)
    expect(c.outcome).toBe('unknown')
    expect(c.decision.missingFacts).toEqual(['parameter:volunteering.expenses.original-grounds'])
  })
})

describe('original edition: proof (A1-330 p. 4 as amended by A1-548)', () => {
  test('pass with documents; pass with an EU structural-support fixed unit rate', () => {
    expect(one({ kind: 'travel', amount: '3.00', documents: true }, terms, ORIGINAL).outcome).toBe('yes')
    expect(
      one(
        { kind: 'travel', amount: '3.00', documents: false, euStructuralFundsFixedRate: true },
        terms,
        ORIGINAL,
      ).outcome,
    ).toBe('yes')
  })
  test('fail without documents', () => {
    const c = one({ kind: 'travel', amount: '3.00', documents: false }, terms, ORIGINAL)
    expect(c.outcome).toBe('no')
    expect(ruleReason(c, EXPENSE_RULES.proof)?.ref.actId).toBe('A1-548')
  })
  test('unknown when not given', () => {
    expect(one({ kind: 'travel', amount: '3.00' }, terms, ORIGINAL).decision.missingFacts).toEqual([
      'claims[0].documents',
    ])
  })
  test('before 2014-11-13 the wording of point 4 is not in a stored copy → unknown', () => {
    const c = one({ kind: 'travel', amount: '3.00', documents: true }, terms, '2014-11-12')
    expect(c.outcome).toBe('unknown')
    expect(c.decision.missingFacts).toEqual(['parameter:volunteering.expenses.proof-wording'])
    expect(one({ kind: 'travel', amount: '3.00', documents: true }, terms, '2014-11-13').outcome).toBe('yes')
  })
})

describe('original edition: own car (km × consumption/100 × price)', () => {
  const car = { km: '123.5', consumptionPer100Km: '6.5', fuelPricePerLitre: '1.599' }
  test('the formula: 123.5 × 6.5 / 100 × 1.599 = 12.8359725 → 12.84 (half-up)', () => {
    expect(ownCarFuelAmount(car).toString()).toBe('12.84')
  })
  test('pass: claimed below the formula is paid in full', () => {
    const c = one({ kind: 'own-car', amount: '10.00', documents: true, car }, terms, ORIGINAL)
    expect(c.eligible).toBe('10.00')
    expect(ruleReason(c, EXPENSE_RULES.ownCar)?.result).toBe('pass')
  })
  test('capped: claimed above the formula is paid up to the formula', () => {
    const c = one({ kind: 'own-car', amount: '20.00', documents: true, car }, terms, ORIGINAL, 'en')
    expect(c.outcome).toBe('yes')
    expect(c.eligible).toBe('12.84')
    expect(ruleReason(c, EXPENSE_RULES.ownCar)?.message.text).toBe(
      'Fuel: 123.5 km × 6.5 l/100 km × 1.599 EUR/l = EUR 12.84; claimed EUR 20.00, at most EUR 12.84 is reimbursed.',
    )
    const lt = one({ kind: 'own-car', amount: '20.00', documents: true, car }, terms, ORIGINAL)
    expect(ruleReason(lt, EXPENSE_RULES.ownCar)?.message.text).toBe(
      'Degalų išlaidos: 123,5 km × 6,5 l/100 km × 1,599 Eur/l = 12,84 Eur; prašoma 20,00 Eur, kompensuojama ne daugiau kaip 12,84 Eur.',
    )
  })
  test('unknown without the car details', () => {
    const c = one({ kind: 'own-car', amount: '20.00', documents: true }, terms, ORIGINAL)
    expect(c.outcome).toBe('unknown')
    expect(c.decision.missingFacts).toEqual(['claims[0].car'])
  })
})

describe('new edition (Government description)', () => {
  test('a documented claim that met an earlier ground is reimbursable', () => {
    const c = one({ kind: 'travel', amount: '12.40', documents: true }, {}, NEW)
    expect(c.outcome).toBe('yes')
    expect(ruleReason(c, EXPENSE_RULES.kind)?.ref.point).toBe('7')
    expectWellFormed(c.decision)
  })
  test('per diems: unknown, the amounts are missing', () => {
    const c = one({ kind: 'per-diem', amount: '10.00', documents: true }, {}, NEW)
    expect(c.outcome).toBe('unknown')
    expect(c.decision.missingFacts).toEqual(['parameter:volunteering.expenses.per-diem-rates'])
  })
  test('advances: allowed, but their conditions are missing → unknown', () => {
    const c = one({ kind: 'travel', amount: '10.00', documents: true, advance: true }, {}, NEW)
    expect(c.decision.missingFacts).toEqual(['parameter:volunteering.expenses.advance-conditions'])
  })
  test('fixed rates: unknown, the rates are missing', () => {
    const c = one({ kind: 'meals', amount: '6.00', fixedRate: true }, { hoursPerDay: 8 }, NEW)
    expect(c.decision.missingFacts).toEqual(['parameter:volunteering.expenses.fixed-rates'])
  })
  test('meals under 4 hours: no longer a known "no" — unknown under the wider grounds', () => {
    const c = one({ kind: 'meals', amount: '6.00', documents: true }, { hoursPerDay: 2 }, NEW)
    expect(c.outcome).toBe('unknown')
  })
  test('own car: unknown', () => {
    const c = one(
      {
        kind: 'own-car',
        amount: '6.00',
        documents: true,
        car: { km: '10', consumptionPer100Km: '6', fuelPricePerLitre: '1.6' },
      },
      {},
      NEW,
    )
    expect(c.decision.missingFacts).toEqual(['parameter:volunteering.expenses.new-grounds'])
  })
})

describe('totals', () => {
  test('eligible, claimed and unknown totals in exact money', () => {
    const r = reimbursableExpenses(
      {
        claims: [
          { kind: 'travel', amount: '0.10', documents: true },
          { kind: 'travel', amount: '0.20', documents: true },
          { kind: 'meals', amount: '9.99', documents: true },
          { kind: 'communication', amount: '1.01', documents: true },
        ],
        activity: { ...terms, hoursPerDay: 2 },
      },
      { asOf: ORIGINAL },
    )
    expect(r.eligibleTotal).toBe('0.30')
    expect(r.claimedTotal).toBe('11.30')
    expect(r.unknownTotal).toBe('1.01')
    expect(r.decision.outcome).toBe('unknown')
    expectWellFormed(r.decision)
  })
  test('summary outcomes yes / partial / no', () => {
    const ok = { kind: 'travel', amount: '1.00', documents: true } as const
    const bad = { kind: 'per-diem', amount: '1.00', documents: true } as const
    expect(reimbursableExpenses({ claims: [ok], activity: terms }, { asOf: ORIGINAL }).decision.outcome).toBe(
      'yes',
    )
    expect(
      reimbursableExpenses({ claims: [ok, bad], activity: terms }, { asOf: ORIGINAL }).decision.outcome,
    ).toBe('partial')
    expect(
      reimbursableExpenses({ claims: [bad], activity: terms }, { asOf: ORIGINAL }).decision.outcome,
    ).toBe('no')
  })
  test('amounts are decimal strings; floats and negatives are rejected', () => {
    expect(safeParseReimbursableExpensesInput({ claims: [{ kind: 'travel', amount: 12.4 }] }).success).toBe(
      false,
    )
    expect(
      ReimbursableExpensesInputSchema.safeParse({ claims: [{ kind: 'travel', amount: '-1.00' }] }).success,
    ).toBe(false)
    expect(ReimbursableExpensesInputSchema.safeParse({ claims: [] }).success).toBe(false)
  })
})

describe('properties', () => {
  fcTest.prop([reimbursableExpensesInputArb(), volunteeringOptionsArb()])(
    'the eligible total never exceeds what was claimed, claim by claim and in total',
    (input, options) => {
      const r = reimbursableExpenses(input, options)
      for (const c of r.claims) {
        expect(Money.parse(c.eligible).compare(c.claimed)).toBeLessThanOrEqual(0)
        expect(Money.parse(c.eligible).isNegative()).toBe(false)
        if (c.outcome !== 'yes') expect(c.eligible).toBe('0.00')
      }
      expect(Money.parse(r.eligibleTotal).compare(r.claimedTotal)).toBeLessThanOrEqual(0)
      expect(Money.sum(r.claims.map((c) => c.eligible)).toString()).toBe(r.eligibleTotal)
      expect(Money.parse(r.eligibleTotal).plus(r.unknownTotal).compare(r.claimedTotal)).toBeLessThanOrEqual(0)
    },
  )

  fcTest.prop([reimbursableExpensesInputArb(), volunteeringOptionsArb()])(
    'every claim decision and the summary are well formed and cite the edition used',
    (input, options) => {
      const r = reimbursableExpenses(input, options)
      expectWellFormed(r.decision)
      for (const c of r.claims) expectWellFormed(c.decision)
    },
  )

  fcTest.prop([reimbursableExpensesInputArb()])(
    'own-car fuel equals km × consumption × price / 100 rounded half-up, computed in integer thousandths',
    (input) => {
      for (const claim of input.claims) {
        if (!claim.car) continue
        const milli = (s: string) => {
          const [w = '0', f = ''] = s.split('.')
          return BigInt(w) * 1000n + BigInt(f.padEnd(3, '0').slice(0, 3))
        }
        // km·cons·price in 10⁻⁹ units, divided by 100 → euros ×10⁻¹¹ → cents ×10⁻⁹
        const product =
          milli(claim.car.km) * milli(claim.car.consumptionPer100Km) * milli(claim.car.fuelPricePerLitre)
        const cents = (product + 500_000_000n) / 1_000_000_000n
        expect(ownCarFuelAmount(claim.car).toCents()).toBe(cents)
      }
    },
  )
})

/*
 * Expense rules in force on the date of the expense, for an agreement concluded in 2023. The sources:
 * A1-330 p. 3 (official text: „savanoriškos veiklos sutartyje nustatytomis sąlygomis ir tvarka gali
 * kompensuoti“), and the transitional rule (news paraphrase: „iki jo įsigaliojimo sudarytos savanoriškos
 * veiklos sutartys galiotų be pakeitimų iki jų galiojimo pabaigos, bet ne ilgiau kaip iki 2027 metų“).
 */
describe('rules in force on the date of the expense (agreement concluded 2023-09-01)', () => {
  const agreement = { agreementConcludedOn: '2023-09-01', agreementEndsOn: '2025-08-31' }
  const claim = (date: string): ExpenseClaim => ({ kind: 'travel', amount: '12.40', documents: true, date })
  const rules = (r: ReturnType<typeof reimbursableExpenses>, i = 0) =>
    r.claims[i]?.decision.reasons.find((x) => x.ruleId === EXPENSE_RULES.rulesInForce)

  test('an expense dated 2024-06-30 follows A1-330 (the original edition), even when judged later', () => {
    const r = reimbursableExpenses(
      { claims: [claim('2024-06-30')], activity: terms },
      { asOf: '2025-01-10', ...agreement },
    )
    expect(r.claims[0]?.outcome).toBe('yes')
    expect(r.claims[0]?.decision.ruleSet?.id).toBe('volunteering/xi-1500/original')
    expect(rules(r)?.message.key).toBe('expenses.rules.original')
    expect(rules(r)?.ref.number).toBe('A1-330')
    expect(r.decision.ruleSet?.id).toBe('volunteering/xi-1500/new')
  })

  test('„galiotų be pakeitimų“: an expense dated 2024-07-01 keeps the agreement’s A1-330 terms — said to be a reading', () => {
    const r = reimbursableExpenses(
      { claims: [claim('2024-07-01')], activity: terms },
      { asOf: '2024-07-01', ...agreement },
    )
    expect(r.claims[0]?.outcome).toBe('yes')
    expect(rules(r)?.message.key).toBe('expenses.rules.old-agreement')
    expect(rules(r)?.message.text).toMatch(/aiškinimas/)
    expect(rules(r)?.ref.status).toBe('secondary-source')
    const perDiem = reimbursableExpenses(
      {
        claims: [{ kind: 'per-diem', amount: '15.00', documents: true, date: '2024-07-01' }],
        activity: terms,
      },
      { asOf: '2024-07-01', ...agreement },
    )
    expect(perDiem.claims[0]?.outcome).toBe('no')
  })

  test('„iki jų galiojimo pabaigos“: after the agreement ends, the Government’s rules apply', () => {
    const r = reimbursableExpenses(
      {
        claims: [{ kind: 'per-diem', amount: '15.00', documents: true, date: '2025-09-01' }],
        activity: terms,
      },
      { asOf: '2025-09-01', ...agreement },
    )
    expect(r.claims[0]?.outcome).toBe('unknown')
    expect(r.claims[0]?.decision.missingFacts).toContain('parameter:volunteering.expenses.per-diem-rates')
  })

  test('„ne ilgiau kaip iki 2027 metų“: in 2027 an old agreement’s expense cannot be decided', () => {
    const r = reimbursableExpenses(
      { claims: [claim('2027-03-01')], activity: terms },
      { asOf: '2027-03-01', agreementConcludedOn: '2023-09-01' },
    )
    expect(r.claims[0]?.outcome).toBe('unknown')
    expect(r.claims[0]?.decision.missingFacts).toEqual([
      'parameter:volunteering.transition.original-terms-until',
    ])
  })

  test('without an agreement concluded before 2024-07-01, an expense from 2024-07-01 follows the Government’s rules', () => {
    const r = reimbursableExpenses({ claims: [claim('2024-07-01')], activity: terms }, { asOf: '2024-07-01' })
    expect(rules(r)?.message.key).toBe('expenses.rules.new')
  })

  test('two expenses of one claim set, either side of 2024-07-01, each follow their own day', () => {
    const r = reimbursableExpenses(
      {
        claims: [
          { kind: 'per-diem', amount: '15.00', documents: true, date: '2024-06-30' },
          { kind: 'per-diem', amount: '15.00', documents: true, date: '2024-07-02' },
        ],
        activity: terms,
      },
      { asOf: '2024-07-02' },
    )
    expect(r.claims.map((c) => c.outcome)).toEqual(['no', 'unknown'])
    expect(r.claims.map((c) => c.date)).toEqual(['2024-06-30', '2024-07-02'])
    for (const c of r.claims) expectWellFormed(c.decision)
  })

  test('an expense date before the law is rejected', () => {
    expect(safeParseReimbursableExpensesInput({ claims: [{ ...claim('2011-07-31') }] }).success).toBe(false)
  })
})

describe('properties: rules by the date of the expense', () => {
  fcTest.prop([reimbursableExpensesInputArb(), volunteeringOptionsArb()])(
    'a claim dated before 2024-07-01 is judged by A1-330; one dated later by A1-330 only under a running pre-2024-07-01 agreement',
    (input, options) => {
      const r = reimbursableExpenses(input, options)
      for (const c of r.claims) {
        const id = c.decision.ruleSet?.id
        if (c.date < '2024-07-01') expect(id).toBe('volunteering/xi-1500/original')
        else if (id === 'volunteering/xi-1500/original') {
          expect(
            options.agreementConcludedOn !== undefined && String(options.agreementConcludedOn) < '2024-07-01',
          ).toBe(true)
          expect(c.date <= '2026-12-31').toBe(true)
        }
        expectWellFormed(c.decision)
      }
    },
  )
})
