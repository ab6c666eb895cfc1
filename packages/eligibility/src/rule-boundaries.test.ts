// Boundaries of the rule sets that the mutation run (`pnpm mutation eligibility-rules`,
// bench/README.md) found untested: a call with only a maximum or only a minimum, the N3 exemption and
// N5 income years exactly at N−2 and N−1, activities on a single day, and the parameters a failing
// budget or area rule states. Each asserts the reason's key and parameters, not only its result.
import { type Call, calls } from '@talka/calls'
import { describe, expect, it } from 'vitest'
import { checkEligibility } from './check.js'

const zarasai: Call = calls['pilot-2023-zarasai']
const asOf = `${zarasai.year}-06-01`

const reason = (verdict: ReturnType<typeof checkEligibility>, rule: string) =>
  verdict.reasons.find((r) => r.ruleId === rule)!

const project = (call: Call, facts: Record<string, unknown>, rule: string) =>
  reason(checkEligibility('community-measure/project', facts as never, { asOf, call }), rule)

const ngo = (facts: Record<string, unknown>, rule: string) =>
  reason(checkEligibility('ngo-fund-2023/applicant', facts as never, { asOf: '2023-04-06' }), rule)

describe('P1 amount: a call with only one limit', () => {
  const onlyMax: Call = { ...zarasai, amounts: { maxPerProject: '3000.00', overMaximum: 'reject' } }
  const onlyMin: Call = { ...zarasai, amounts: { minPerProject: '1000.00' } }
  const none: Call = { ...zarasai, amounts: { overMaximum: 'reject' } }

  it('refuses an amount above a maximum given without a minimum, and passes one at it', () => {
    const above = project(onlyMax, { requestedAmount: '3000.01' }, 'P1')
    expect([above.result, above.message.key]).toEqual(['fail', 'eligibility.amount.fail.aboveMax'])
    expect(above.message.params).toEqual({ amount: '3000.01', max: '3000.00' })
    const at = project(onlyMax, { requestedAmount: '3000' }, 'P1')
    expect([at.result, at.message.key]).toEqual(['pass', 'eligibility.amount.pass'])
    expect(at.message.params).toEqual({ amount: '3000.00' })
    const low = project(onlyMax, { requestedAmount: '0.01' }, 'P1')
    expect(low.result).toBe('pass')
  })

  it('refuses an amount below a minimum given without a maximum, and passes any amount above it', () => {
    const below = project(onlyMin, { requestedAmount: '999.99' }, 'P1')
    expect([below.result, below.message.key]).toEqual(['fail', 'eligibility.amount.fail.belowMin'])
    expect(below.message.params).toEqual({ amount: '999.99', min: '1000.00' })
    const big = project(onlyMin, { requestedAmount: '1000000.5' }, 'P1')
    expect([big.result, big.message.key]).toEqual(['pass', 'eligibility.amount.pass'])
    expect(big.message.params).toEqual({ amount: '1000000.50' })
  })

  it('passes without asking for the amount when the call states no limits', () => {
    const free = project(none, {}, 'P1')
    expect([free.result, free.message.key]).toEqual(['pass', 'eligibility.amount.noLimits'])
    // With limits, a missing amount is unknown and named.
    const unknown = project(onlyMax, {}, 'P1')
    expect(unknown.result).toBe('unknown')
  })
})

describe('N3 reports of year N−2 (2021 in the 2023 competition)', () => {
  it('asks an NGO founded in N−2 for its N−2 reports', () => {
    const r = ngo({ foundedOn: '2021-12-31', reportsFiledForYears: [], reportsFiledOnTime: true }, 'N3')
    expect([r.result, r.message.key]).toEqual(['fail', 'eligibility.ngo.n3.fail.missing'])
  })

  it('exempts one founded in N−1', () => {
    const r = ngo({ foundedOn: '2022-01-01', reportsFiledForYears: [] }, 'N3')
    expect([r.result, r.message.key]).toEqual(['pass', 'eligibility.ngo.n3.pass.notRequired'])
    expect(r.message.params).toMatchObject({ year: 2021, foundedYear: 2022 })
  })

  it('passes one that filed for N−2 on time, and not one that filed late', () => {
    const filed = ngo(
      { foundedOn: '2010-01-01', reportsFiledForYears: [2021], reportsFiledOnTime: true },
      'N3',
    )
    expect([filed.result, filed.message.key]).toEqual(['pass', 'eligibility.ngo.n3.pass.filed'])
    const late = ngo(
      { foundedOn: '2010-01-01', reportsFiledForYears: [2021], reportsFiledOnTime: false },
      'N3',
    )
    expect([late.result, late.message.key]).toEqual(['fail', 'eligibility.ngo.n3.fail.late'])
  })
})

describe('N5 income of N−2, or of N−1 for an NGO founded then', () => {
  it('reads N−2 income for an NGO founded exactly in N−2', () => {
    const r = ngo({ foundedOn: '2021-06-01', income: { '2021': '1000.00', '2022': '0' } }, 'N5')
    expect([r.result, r.message.key]).toEqual(['pass', 'eligibility.ngo.n5.pass'])
    expect(r.message.params).toMatchObject({ year: 2021, income: '1000.00' })
    const low = ngo({ foundedOn: '2021-06-01', income: { '2021': '999.99', '2022': '5000' } }, 'N5')
    expect([low.result, low.message.key]).toEqual(['fail', 'eligibility.ngo.n5.fail.low'])
  })

  it('reads N−1 income for an NGO founded in N−1, and cites that year', () => {
    const r = ngo({ foundedOn: '2022-01-01', income: { '2022': '1000' } }, 'N5')
    expect([r.result, r.message.key]).toEqual(['pass', 'eligibility.ngo.n5.pass'])
    expect(r.message.params).toMatchObject({ year: 2022, income: '1000' })
  })

  it('calls one founded in N too new, naming the years', () => {
    const r = ngo({ foundedOn: '2023-01-01', income: { '2022': '5000', '2021': '5000' } }, 'N5')
    expect([r.result, r.message.key]).toEqual(['fail', 'eligibility.ngo.n5.fail.tooNew'])
    expect(r.message.params).toMatchObject({ foundedYear: 2023, previous: 2022, beforePrevious: 2021 })
  })
})

describe('P3 activity period', () => {
  it('passes activities that start and end on the same day', () => {
    const r = project(zarasai, { activitiesFrom: '2023-07-01', activitiesTo: '2023-07-01' }, 'P3')
    expect([r.result, r.message.key]).toEqual(['pass', 'eligibility.community.p3.pass'])
  })

  it('refuses activities that end before they start, with both dates', () => {
    const r = project(zarasai, { activitiesFrom: '2023-07-02', activitiesTo: '2023-07-01' }, 'P3')
    expect([r.result, r.message.key]).toEqual(['fail', 'eligibility.community.p3.fail.order'])
    expect(r.message.params).toMatchObject({ from: '2023-07-02', to: '2023-07-01' })
  })

  it('names the end date when only the end lies outside the year', () => {
    const r = project(zarasai, { activitiesFrom: '2023-12-01', activitiesTo: '2024-01-15' }, 'P3')
    expect([r.result, r.message.key]).toEqual(['fail', 'eligibility.community.p3.fail.outside'])
    expect(r.message.params).toMatchObject({ date: '2024-01-15', year: 2023 })
    const start = project(zarasai, { activitiesFrom: '2022-12-31', activitiesTo: '2024-01-15' }, 'P3')
    expect(start.message.params).toMatchObject({ date: '2022-12-31' })
  })

  it('is unknown, naming the missing date, when only one is given', () => {
    const r = project(zarasai, { activitiesFrom: '2023-07-01' }, 'P3')
    expect([r.result, r.message.key]).toEqual(['unknown', 'eligibility.community.p3.unknown'])
  })
})

describe('P2 activity areas', () => {
  const withAreas: Call = { ...zarasai, activities: { areas: ['cohesion', 'public-spaces'] } }

  it('names exactly the areas the call does not allow', () => {
    const r = project(
      withAreas,
      { publicInterestActivities: true, activityAreas: ['cohesion', 'sport-health', 'cultural-educational'] },
      'P2',
    )
    expect([r.result, r.message.key]).toEqual(['fail', 'eligibility.community.p2.fail.areas'])
    expect(r.message.params).toMatchObject({
      areas: 'sport-health, cultural-educational',
      allowed: 'cohesion, public-spaces',
    })
  })

  it('passes when every area is allowed, and fails on an empty list', () => {
    const ok = project(withAreas, { publicInterestActivities: true, activityAreas: ['public-spaces'] }, 'P2')
    expect([ok.result, ok.message.key]).toEqual(['pass', 'eligibility.community.p2.pass'])
    const empty = project(withAreas, { publicInterestActivities: true, activityAreas: [] }, 'P2')
    expect([empty.result, empty.message.key]).toEqual(['fail', 'eligibility.community.p2.fail.noAreas'])
  })
})
