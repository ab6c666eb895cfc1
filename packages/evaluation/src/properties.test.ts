import { fc, test } from '@fast-check/vitest'
import type { CallInput } from '@talka/calls'
import { TalkaDecimal as Decimal, type DecimalValue, TraceV1Schema } from '@talka/core'
import { describe, expect } from 'vitest'
import type { RankApplicationsInput, RankingResult } from './index.js'
import { rankApplications, summaryToCsv } from './index.js'
import { splitEqually, splitProportionally } from './split-remainder.js'
import { type EvaluationArbOptions, rankInputArb } from './testing.js'

const cents = (amount: string) => BigInt(amount.replace('.', ''))
const budgetOf = (call: CallInput) => (call.budget?.kind === 'total' ? cents(call.budget.amount) : 0n)
const funded = (r: RankingResult) => r.rows.filter((row) => row.decision === 'funded')
const fundedTotal = (r: RankingResult) => funded(r).reduce((s, row) => s + cents(row.amount!), 0n)
const withBudget = (input: RankApplicationsInput, budgetCents: number): RankApplicationsInput => ({
  ...input,
  call: {
    ...(input.call as CallInput),
    budget: {
      kind: 'total',
      amount: `${Math.floor(budgetCents / 100)}.${String(budgetCents % 100).padStart(2, '0')}`,
    },
    // A budget below the minimum per project is not a valid call: keep the minimum at most the budget.
    amounts: { ...(input.call as CallInput).amounts, minPerProject: '0.00' },
  },
})

const shuffled = (options: EvaluationArbOptions) =>
  rankInputArb(options).chain((input) =>
    fc.tuple(
      fc.constant(input),
      fc.shuffledSubarray([...input.applications], {
        minLength: input.applications.length,
        maxLength: input.applications.length,
      }),
    ),
  )

const TIE_POLICIES = ['silent', 'report', 'split-equally', 'split-proportionally', 'keys'] as const

describe('properties', () => {
  test.prop([rankInputArb({ fundingOrder: 'any' })])(
    'budget respected: the funded total never exceeds the budget, exactly',
    (input) => {
      const result = rankApplications(input)
      expect(TraceV1Schema.safeParse(result.trace).success).toBe(true)
      const total = fundedTotal(result)
      const budget = budgetOf(input.call as CallInput)
      expect(total <= budget).toBe(true)
      expect(cents(result.summary.totals.funded)).toBe(total)
      expect(cents(result.summary.totals.remaining)).toBe(budget - total)
    },
  )

  test.prop([rankInputArb({ envelopes: true, fundingOrder: 'any' })])(
    'budget respected per envelope: each envelope funds at most its amount, the pooled pass at most the leftover',
    (input) => {
      const result = rankApplications(input)
      const call = input.call as CallInput
      if (call.budget?.kind !== 'envelopes') throw new Error('expected envelopes')
      let sum = 0n
      for (const pool of result.funding.pools) {
        expect(cents(pool.funded) <= cents(pool.budget)).toBe(true)
        sum += cents(pool.funded)
      }
      const pooled = result.funding.pooled
      if (pooled) {
        expect(cents(pooled.funded) <= cents(pooled.leftover)).toBe(true)
        sum += cents(pooled.funded)
      }
      expect(fundedTotal(result)).toBe(sum)
      const max = new Map(call.budget.envelopes.map((e) => [e.id, cents(e.maxPerProject)]))
      for (const row of funded(result)) expect(cents(row.amount!) <= max.get(row.envelope!)!).toBe(true)
    },
  )

  test.prop([rankInputArb({ fundingOrder: 'any' })])(
    'no funded project below the pass mark, above the maximum or above its eligible amount',
    (input) => {
      const result = rankApplications(input)
      const call = input.call as CallInput
      const byId = new Map(input.applications.map((a) => [a.id, a]))
      for (const row of funded(result)) {
        expect(row.passed).toBe(true)
        const pass = call.evaluation?.passMark?.score
        if (pass !== undefined) {
          const f = row.averageFraction!
          expect(new Decimal(f.numerator).div(f.denominator).gte(pass)).toBe(true)
        }
        const amount = cents(row.amount!)
        const application = byId.get(row.id)!
        expect(amount > 0n).toBe(true)
        expect(amount <= cents(call.amounts!.maxPerProject!)).toBe(true)
        expect(amount <= cents(application.eligibleAmount ?? application.requested)).toBe(true)
        if (row.reasons[0]?.message.key === 'evaluation.lastProject.remainder') {
          expect(amount >= cents(call.amounts!.minPerProject!)).toBe(true)
        }
      }
    },
  )

  for (const ties of TIE_POLICIES) {
    test.prop([shuffled({ fundingOrder: 'any', ties })])(
      `order independence (ties: ${ties}): shuffling the applications changes nothing`,
      ([input, order]) => {
        const a = rankApplications(input)
        const b = rankApplications({ ...input, applications: order })
        expect(b.rows).toEqual(a.rows)
        expect(b.summary).toEqual(a.summary)
        expect(b.trace).toEqual(a.trace)
        expect(b.funding).toEqual(a.funding)
      },
    )

    test.prop([
      rankInputArb({ fundingOrder: 'strict', ties }),
      fc.integer({ min: 0, max: 1200 }),
      fc.integer({ min: 0, max: 1200 }),
    ])(
      ties.startsWith('split')
        ? `budget monotonicity (strict, ${ties}): more budget never funds less money in total`
        : `budget monotonicity (strict, ${ties}): more budget never unfunds a project nor gives it less`,
      (input, x, y) => {
        const base = Number(budgetOf(input.call as CallInput)) + 100
        const low = rankApplications(
          withBudget(input, Math.max(1, Math.floor((base * Math.min(x, y)) / 1000))),
        )
        const high = rankApplications(
          withBudget(input, Math.max(1, Math.floor((base * Math.max(x, y)) / 1000))),
        )
        expect(fundedTotal(high) >= fundedTotal(low)).toBe(true)
        if (ties.startsWith('split')) return
        const highAmounts = new Map(funded(high).map((r) => [r.id, cents(r.amount!)]))
        for (const row of funded(low)) {
          expect(highAmounts.has(row.id)).toBe(true)
          expect(highAmounts.get(row.id)! >= cents(row.amount!)).toBe(true)
        }
      },
    )
  }

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
    'every row has a reason citing the call (or the ministry or the law), and every non-funded row says why',
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
    'averages are exact (decimal.js agrees) and ranked rows are in non-increasing order of them',
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
    'reserve rows reached the pass mark and rank below every funded row (strict order)',
    (input) => {
      const result = rankApplications(input)
      const ranked = result.rows.filter((r) => r.rank !== null)
      const lastFunded = Math.max(0, ...ranked.filter((r) => r.decision === 'funded').map((r) => r.rank!))
      for (const row of ranked) {
        if (row.decision === 'reserve') expect(row.passed).toBe(true)
        if (row.decision === 'reserve' && result.funding.fundingOrder !== 'skip-ahead')
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

describe('split-equally and split-proportionally (properties)', () => {
  const tie = fc
    .array(fc.integer({ min: 1, max: 500_000 }), { minLength: 2, maxLength: 8 })
    .chain((amounts) => {
      const sum = amounts.reduce((s, a) => s + a, 0)
      return fc.tuple(fc.constant(amounts), fc.integer({ min: 0, max: sum - 1 }))
    })

  test.prop([tie])(
    'split-equally never exceeds the remainder, never gives a project more than its amount, and gives equal amounts to those that asked for at least their share',
    ([amounts, remainder]) => {
      const { shares, leftover } = splitEqually(remainder, amounts)
      const given = shares.reduce((s, a) => s + a, 0)
      expect(given + leftover).toBe(remainder)
      expect(leftover >= 0).toBe(true)
      shares.forEach((share, i) => {
        expect(share <= amounts[i]!).toBe(true)
      })
      const capped = shares.filter((share, i) => share < amounts[i]!)
      expect(new Set(capped).size <= 1).toBe(true)
      // Those below their amount share one level, and every project that got its amount asked at most it.
      const level = capped[0]
      if (level !== undefined) {
        shares.forEach((share, i) => {
          if (share === amounts[i]) expect(amounts[i]! <= level).toBe(true)
        })
        expect(leftover < capped.length).toBe(true)
      } else expect(leftover).toBe(0)
    },
  )

  test.prop([tie])(
    'split-proportionally shares the remainder exactly, never more than an amount, within a cent of the exact share',
    ([amounts, remainder]) => {
      const shares = splitProportionally(remainder, amounts)
      const sum = amounts.reduce((s, a) => s + a, 0)
      expect(shares.reduce((s, a) => s + a, 0)).toBe(remainder)
      shares.forEach((share, i) => {
        expect(share <= amounts[i]!).toBe(true)
        const exact = (BigInt(remainder) * BigInt(amounts[i]!)) / BigInt(sum)
        expect(BigInt(share) - exact >= 0n && BigInt(share) - exact <= 1n).toBe(true)
      })
    },
  )
})
