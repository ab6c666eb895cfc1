import { fc, test } from '@fast-check/vitest'
import { type Call, calls } from '@talka/calls'
import { decimal, Money } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { checkBudget, evaluateBudget, safeCheckBudget } from './budget.js'
import { budgetLinesArb, callArb } from './testing.js'

const akademija: Call = calls['kaunas-district-2018-akademija']
const call = (costs: Call['costs']): Call => ({
  ...calls['pilot-2023-zarasai'],
  ...(costs ? { costs } : {}),
})

describe('checkBudget', () => {
  it('cuts long-term tangible assets to 20 % of the grant (standard model 2017–2019)', () => {
    const v = checkBudget(akademija, [
      { category: 'events', amount: '800.00' },
      { category: 'long-term-tangible-assets', amount: '400.00' },
    ])
    expect(v.result).toBe('fail')
    expect(v.eligibleTotal).toBe('1000.00')
    expect(v.overCapTotal).toBe('200.00')
    expect(v.lines.map((l) => [l.status, l.eligibleAmount])).toEqual([
      ['eligible', '800.00'],
      ['over-cap', '200.00'],
    ])
    // 200.00 is exactly 20 % of the 1,000.00 granted.
    expect(v.categories.find((c) => c.category === 'long-term-tangible-assets')?.cap).toBe('200.00')
  })

  it('passes assets of exactly 20 % of the grant', () => {
    const v = checkBudget(akademija, [
      { category: 'events', amount: '1200' },
      { category: 'long-term-tangible-assets', amount: '300' },
    ])
    expect(v.result).toBe('pass')
    expect(v.eligibleTotal).toBe('1500.00')
  })

  it('rounds a share cap down to whole cents', () => {
    const v = checkBudget(akademija, [
      { category: 'events', amount: '800.03' },
      { category: 'long-term-tangible-assets', amount: '999' },
    ])
    // 0.2 × G = x with G = 800.03 + x  →  x = 200.0075, rounded down to 200.00.
    expect(v.categories.find((c) => c.category === 'long-term-tangible-assets')?.eligible).toBe('200.00')
    expect(v.eligibleTotal).toBe('1000.03')
  })

  it('marks ineligible categories and a whitelist', () => {
    const v = checkBudget(
      call({ eligibleCategories: ['events', 'catering'], ineligibleCategories: ['catering'] }),
      [
        { category: 'events', amount: '100' },
        { category: 'catering', amount: '50' },
        { category: 'travel', amount: '25.50' },
      ],
    )
    expect(v.lines.map((l) => l.status)).toEqual(['eligible', 'ineligible', 'ineligible'])
    expect(v.ineligibleTotal).toBe('75.50')
    expect(v.eligibleTotal).toBe('100.00')
  })

  it('applies absolute caps and splits a cut category over its lines in order', () => {
    const v = checkBudget(
      call({ caps: [{ category: 'administration', maxAmount: '150.00', maxShare: '0.1' }] }),
      [
        { category: 'events', amount: '3000' },
        { category: 'administration', amount: '100' },
        { category: 'administration', amount: '100' },
      ],
    )
    expect(v.categories.find((c) => c.category === 'administration')).toMatchObject({
      eligible: '150.00',
      cap: '150.00',
    })
    expect(v.lines.slice(1).map((l) => [l.status, l.eligibleAmount])).toEqual([
      ['over-cap', '100.00'],
      ['over-cap', '50.00'],
    ])
  })

  it('finds the binding caps when several share caps interact', () => {
    const v = checkBudget(
      call({
        caps: [
          { category: 'long-term-tangible-assets', maxShare: '0.2' },
          { category: 'administration', maxShare: '0.1' },
        ],
      }),
      [
        { category: 'events', amount: '700' },
        { category: 'long-term-tangible-assets', amount: '1000' },
        { category: 'administration', amount: '1000' },
      ],
    )
    // G = 700 / (1 − 0.3) = 1000: assets 200, administration 100.
    expect(v.eligibleTotal).toBe('1000.00')
    expect(v.categories.map((c) => c.eligible)).toEqual(['700.00', '200.00', '100.00'])
  })

  it('with no cost rules every line is eligible; an empty budget passes', () => {
    expect(checkBudget(call(undefined), [{ category: 'anything', amount: '12.5' }]).eligibleTotal).toBe(
      '12.50',
    )
    expect(checkBudget(call(undefined), []).result).toBe('pass')
  })

  it('validates input with paths', () => {
    const r = safeCheckBudget(akademija, [{ category: '', amount: '-5' }])
    expect(r.success).toBe(false)
    if (!r.success) {
      expect(
        (r.error.details.issues as { path: (string | number)[] }[]).map((i) => i.path.join('.')),
      ).toEqual(['budgetLines.0.category', 'budgetLines.0.amount'])
    }
    expect(
      safeCheckBudget(
        {
          costs: {
            caps: [
              { category: 'a', maxShare: '0.6' },
              { category: 'b', maxShare: '0.4' },
            ],
          },
        },
        [],
      ).success,
    ).toBe(false)
  })
})

const sumCents = (amounts: string[]) => amounts.reduce((s, a) => s + Money.parse(a).toCents(), 0n)

describe('properties', () => {
  test.prop([callArb(), budgetLinesArb({ maxLength: 8 })])(
    'the eligible total is exact: lines add up, nothing exceeds its request',
    (c, lines) => {
      const v = evaluateBudget(c, lines)
      expect(sumCents(v.lines.map((l) => l.eligibleAmount))).toBe(Money.parse(v.eligibleTotal).toCents())
      expect(sumCents(lines.map((l) => l.amount))).toBe(Money.parse(v.requestedTotal).toCents())
      expect(
        Money.parse(v.eligibleTotal).plus(v.ineligibleTotal).plus(v.overCapTotal).equals(v.requestedTotal),
      ).toBe(true)
      for (const line of v.lines) {
        expect(Money.parse(line.eligibleAmount).compare(line.amount)).toBeLessThanOrEqual(0)
        if (line.status === 'ineligible') expect(line.eligibleAmount).toBe('0.00')
      }
      expect(v.result === 'pass').toBe(v.lines.every((l) => l.status === 'eligible'))
    },
  )

  test.prop([callArb(), budgetLinesArb({ maxLength: 8 })])(
    'every capped category stays within its share of the grant and its amount cap',
    (c, lines) => {
      const v = evaluateBudget(c, lines)
      for (const cap of c.costs?.caps ?? []) {
        const category = v.categories.find((x) => x.category === cap.category)
        if (!category || category.status === 'ineligible') continue
        if (cap.maxShare) {
          expect(
            decimal(category.eligible).lessThanOrEqualTo(decimal(cap.maxShare).times(v.eligibleTotal)),
          ).toBe(true)
        }
        if (cap.maxAmount)
          expect(Money.parse(category.eligible).compare(cap.maxAmount)).toBeLessThanOrEqual(0)
      }
    },
  )

  test.prop([
    callArb(),
    budgetLinesArb({ maxLength: 8 }).chain((l) =>
      fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length })),
    ),
  ])('the totals do not depend on the order of the lines', (c, [lines, shuffled]) => {
    const a = evaluateBudget(c, lines)
    const b = evaluateBudget(c, shuffled)
    expect([b.eligibleTotal, b.ineligibleTotal, b.overCapTotal, b.result]).toEqual([
      a.eligibleTotal,
      a.ineligibleTotal,
      a.overCapTotal,
      a.result,
    ])
  })

  test.prop([callArb(), budgetLinesArb({ maxLength: 8 })])(
    'a share cap is as large as it may be: one cent more would break it',
    (c, lines) => {
      const v = evaluateBudget(c, lines)
      for (const cap of c.costs?.caps ?? []) {
        const category = v.categories.find((x) => x.category === cap.category)
        if (!cap.maxShare || !category || category.status !== 'over-cap') continue
        if (cap.maxAmount && Money.parse(category.eligible).equals(cap.maxAmount)) continue
        // With one more cent for this category, the category would exceed its share of the new total.
        const more = Money.parse(category.eligible).plus('0.01')
        const total = Money.parse(v.eligibleTotal).plus('0.01')
        expect(decimal(more.toString()).greaterThan(decimal(cap.maxShare).times(total.toString()))).toBe(true)
      }
    },
  )
})
