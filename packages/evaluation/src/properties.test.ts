import { fc, test } from '@fast-check/vitest'
import { TalkaDecimal as Decimal, type DecimalValue, TraceV1Schema } from '@talka/core'
import { describe, expect } from 'vitest'
import type { RankApplicationsInput, RankingResult } from './index.js'
import { rankApplications, summaryToCsv } from './index.js'
import { rankInputArb } from './testing.js'

const cents = (amount: string) => BigInt(amount.replace('.', ''))
const fundedIds = (r: RankingResult) =>
  new Set(r.rows.filter((row) => row.decision === 'funded').map((row) => row.id))
const withBudget = (input: RankApplicationsInput, budgetCents: number): RankApplicationsInput => ({
  ...input,
  call: {
    ...input.call,
    budget: `${Math.floor(budgetCents / 100)}.${String(budgetCents % 100).padStart(2, '0')}`,
  },
})

const shuffledInput = rankInputArb({ fundingOrder: 'any' }).chain((input) =>
  fc.tuple(
    fc.constant(input),
    fc.shuffledSubarray([...input.applications], {
      minLength: input.applications.length,
      maxLength: input.applications.length,
    }),
  ),
)

describe('properties', () => {
  test.prop([rankInputArb({ fundingOrder: 'any' })])(
    'funded total never exceeds the budget, exactly',
    (input) => {
      const result = rankApplications(input)
      expect(TraceV1Schema.safeParse(result.trace).success).toBe(true)
      const total = result.rows.reduce((s, r) => s + (r.amount === null ? 0n : cents(r.amount)), 0n)
      expect(total <= cents(input.call.budget)).toBe(true)
      expect(cents(result.summary.totals.funded)).toBe(total)
      expect(cents(result.summary.totals.remaining)).toBe(cents(input.call.budget) - total)
    },
  )

  test.prop([rankInputArb({ fundingOrder: 'any' })])(
    'no funded project below the pass mark, above the maximum or above its request',
    (input) => {
      const result = rankApplications(input)
      const byId = new Map(input.applications.map((a) => [a.id, a]))
      for (const row of result.rows.filter((r) => r.decision === 'funded')) {
        expect(row.passed).toBe(true)
        if (input.call.passMark !== undefined) {
          const f = row.averageFraction!
          expect(new Decimal(f.numerator).div(f.denominator).gte(input.call.passMark)).toBe(true)
        }
        const amount = cents(row.amount!)
        expect(amount > 0n).toBe(true)
        expect(amount <= cents(input.call.maxPerProject!)).toBe(true)
        expect(amount <= cents(byId.get(row.id)!.requested)).toBe(true)
        if (row.reasons[0]?.ruleId === 'evaluation.last-project') {
          expect(amount >= cents(input.call.minPerProject!)).toBe(true)
        }
      }
    },
  )

  test.prop([shuffledInput])(
    'the result does not depend on the order of the applications',
    ([input, shuffled]) => {
      const a = rankApplications(input)
      const b = rankApplications({ ...input, applications: shuffled })
      expect(b.rows).toEqual(a.rows)
      expect(b.summary).toEqual(a.summary)
      expect(b.trace).toEqual(a.trace)
    },
  )

  test.prop([
    rankInputArb({ fundingOrder: 'strict' }),
    fc.integer({ min: 0, max: 1200 }),
    fc.integer({ min: 0, max: 1200 }),
  ])(
    'strict fund-down-the-list is monotone in the budget: raising it never unfunds anyone',
    (input, x, y) => {
      // Two budgets between 0 and 120 % of the call's drawn budget.
      const base = Number(cents(input.call.budget)) + 100
      const low = rankApplications(withBudget(input, Math.floor((base * Math.min(x, y)) / 1000)))
      const high = rankApplications(withBudget(input, Math.floor((base * Math.max(x, y)) / 1000)))
      const fundedHigh = fundedIds(high)
      for (const id of fundedIds(low)) expect(fundedHigh.has(id)).toBe(true)
    },
  )

  test.prop([rankInputArb({ fundingOrder: 'any' })])(
    'ranks are a permutation of 1..k over the ranked rows',
    (input) => {
      const result = rankApplications(input)
      const ranks = result.rows.filter((r) => r.rank !== null).map((r) => r.rank)
      expect(ranks).toEqual(ranks.map((_, i) => i + 1))
      expect(result.rows.length).toBe(input.applications.length)
      expect(new Set(result.rows.map((r) => r.id)).size).toBe(input.applications.length)
    },
  )

  test.prop([rankInputArb({ fundingOrder: 'any' })])(
    'every row has a reason with a cited rule, and every non-funded row says why',
    (input) => {
      const result = rankApplications(input)
      for (const row of result.rows) {
        expect(row.reasons.length).toBeGreaterThan(0)
        for (const reason of row.reasons) {
          expect(reason.ref.url).toMatch(/^https?:\/\//)
          expect(reason.message.text.trim()).not.toBe('')
        }
        if (row.decision !== 'funded') {
          expect(row.reasons.some((r) => !r.message.key.startsWith('evaluation.cutOff.funded'))).toBe(true)
          expect(result.summary.rows.find((s) => s.registrationNumber === row.id)?.reason).not.toBe('')
        }
      }
    },
  )

  test.prop([rankInputArb({ fundingOrder: 'any' })])(
    'averages are exact (decimal.js agrees) and rows are in non-increasing order of them',
    (input) => {
      const result = rankApplications(input)
      let previous: DecimalValue | null = null
      for (const row of result.rows.filter((r) => r.rank !== null)) {
        const used = row.usedEvaluators ?? row.totals.map((t) => t.evaluator)
        const totals = row.totals.filter((t) => used.includes(t.evaluator)).map((t) => new Decimal(t.total))
        const expected = totals.reduce((s, t) => s.plus(t), new Decimal(0)).div(totals.length)
        const f = row.averageFraction!
        expect(new Decimal(f.numerator).div(f.denominator).eq(expected)).toBe(true)
        expect(row.averageDisplay).toBe(expected.toFixed(1, Decimal.ROUND_HALF_UP))
        if (previous) expect(expected.lte(previous)).toBe(true)
        previous = expected
      }
    },
  )

  test.prop([rankInputArb({ fundingOrder: 'any' })])(
    'reserve rows reached the pass mark and rank below every funded row',
    (input) => {
      const result = rankApplications(input)
      const ranked = result.rows.filter((r) => r.rank !== null)
      const lastFunded = Math.max(0, ...ranked.filter((r) => r.decision === 'funded').map((r) => r.rank!))
      for (const row of ranked) {
        if (row.decision === 'reserve') expect(row.passed).toBe(true)
        if (row.decision === 'not-funded') expect(row.passed).toBe(false)
        if (row.decision === 'reserve' && input.call.fundingOrder !== 'skip-ahead')
          expect(row.rank!).toBeGreaterThan(lastFunded)
      }
    },
  )

  test.prop([rankInputArb({ fundingOrder: 'any' })])(
    'the CSV summary has a line per application and ; as the delimiter',
    (input) => {
      const result = rankApplications(input)
      const lines = summaryToCsv(result, { lang: 'en' }).split('\r\n').filter(Boolean)
      expect(lines).toHaveLength(input.applications.length + 1)
      expect(lines[0]?.split(';').length).toBe(8 + result.summary.evaluators.length)
    },
  )
})
