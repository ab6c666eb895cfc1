import {
  TalkaDecimal as Decimal,
  isTalkaError,
  renderDecision,
  TraceV1Schema,
  ValidationError,
} from '@talka/core'
import { describe, expect, it } from 'vitest'
import { pilot2022Input, publishedFundedAmounts } from '../examples/pilot-2022.js'
import { baseCall, one } from '../test/applications.js'
import { type LegacyCall as Call, toCall } from '../test/legacy-call.js'
import type { Application, RankApplicationsInput } from './index.js'
import {
  evaluationMessages,
  rankApplications as rankCall,
  safeParseRankApplicationsInput as safeParseCall,
} from './index.js'
import { formalCheckFixture } from './testing.js'

// These examples were written for the 0.1 call shape; `toCall` states each as a call.v1 document.
type LegacyInput = Omit<RankApplicationsInput, 'call'> & { call: Call }
const rankApplications = (input: LegacyInput) => rankCall({ ...input, call: toCall(input.call) })
const safeParseRankApplicationsInput = (input: LegacyInput) =>
  safeParseCall({ ...input, call: toCall(input.call) })

const rank = (call: Partial<Call>, applications: Application[]) =>
  rankApplications({ call: { ...baseCall, ...call }, applications })

const decisions = (input: ReturnType<typeof rankApplications>) =>
  Object.fromEntries(input.rows.map((r) => [r.id, [r.decision, r.amount]]))

describe('worked example: 2022 pilot call shaped after Tauragė district (order 5T-422)', () => {
  const result = rankCall(pilot2022Input)

  it('funds the published eleven amounts down the list, the last one from the remainder', () => {
    const funded = result.rows.filter((r) => r.decision === 'funded')
    expect(funded.map((r) => r.amount)).toEqual([...publishedFundedAmounts])
    expect(result.summary.totals.funded).toBe('27372.00')
    expect(result.summary.totals.remaining).toBe('0.00')
    const last = funded.at(-1)!
    expect(last.requested).toBe('2900.00')
    expect(last.reasons[0]?.ruleId).toBe('evaluation.last-project')
    // The call's own reference (pilot calls of 2022 ran under the ministry's description A1-290), not
    // another municipality's decision.
    expect(last.reasons[0]?.ref).toMatchObject({ actId: 'A1-290', kind: 'model-description' })
    expect(last.reasons[0]?.message.text).toContain('1 442,05 Eur')
  })

  it('puts the next projects above the pass mark on the reserve list, in rank order', () => {
    const reserve = result.rows.filter((r) => r.decision === 'reserve')
    expect(reserve.map((r) => [r.id, r.averageDisplay])).toEqual([
      ['TAU-2022-12', '61.0'],
      ['TAU-2022-13', '60.0'],
    ])
    expect(reserve[0]?.reasons[0]?.message.key).toBe('evaluation.reserve.budgetExhausted')
  })

  it('does not fund the project below the pass mark, citing point 28 of the 2022 pilot description', () => {
    const row = result.rows.find((r) => r.id === 'TAU-2022-14')!
    expect(row.decision).toBe('not-funded')
    expect(row.averageDisplay).toBe('55.5')
    const reason = row.reasons[0]!
    expect(reason.ruleId).toBe('evaluation.pass-mark')
    expect(reason.ref).toMatchObject({ actId: 'A1-290', point: '28' })
    expect(reason.ref.url).toMatch(/^https:\/\/(www\.)?e-tar\.lt\//)
    expect(reason.message.text).toBe(
      'Projektas nesurinko Konkurso apraše nustatyto minimalaus balų skaičiaus (60); balų vidurkis 55,5.',
    )
  })

  it('attaches the eligibility reasons to a failed formal check', () => {
    const row = result.rows.find((r) => r.id === 'TAU-2022-15')!
    expect(row).toMatchObject({ decision: 'not-funded', rank: null, average: null })
    expect(row.reasons.map((r) => r.ruleId)).toEqual([
      'evaluation.formal-check',
      'eligibility.pilot-2022/applicant.19.6',
    ])
    expect(row.reasons[1]?.message.text).toContain('Aprašo 19.6 p.')
  })

  it('produces a complete trace.v1 decision that re-renders in English', () => {
    expect(TraceV1Schema.safeParse(result.trace).success).toBe(true)
    expect(result.trace).toMatchObject({ outcome: 'complete', asOf: '2022-08-12', missingFacts: [] })
    const en = renderDecision(result.trace, evaluationMessages, 'en')
    expect(en.reasons[0]?.message.text).toBe(
      'EUR 27,372.00 of EUR 27,372.00 allocated to 11 projects; EUR 0.00 left.',
    )
  })

  it('is plain data: the summary (built on first read) survives JSON and structured cloning', () => {
    expect(Object.keys(result)).toEqual(['rows', 'trace', 'summary', 'funding'])
    const json = JSON.parse(JSON.stringify(result))
    expect(json.summary.totals.funded).toBe('27372.00')
    expect(json).toEqual(result)
    expect(structuredClone(result)).toEqual(json)
  })
})

describe('scoring', () => {
  it('weights criteria where weights are given and keeps averages exact', () => {
    const result = rankApplications({
      call: {
        ...baseCall,
        passMark: undefined,
        criteria: [
          { id: 'a', max: 10, weight: '1.5' },
          { id: 'b', max: 10 },
        ],
      },
      applications: [
        {
          id: 'X',
          requested: '100.00',
          evaluations: [
            { evaluator: 'E1', scores: { a: 7, b: 5 } },
            { evaluator: 'E2', scores: { a: 8, b: 4.5 } },
            { evaluator: 'E3', scores: { a: 6, b: '5.25' } },
          ],
        },
      ],
    })
    const row = result.rows[0]!
    expect(row.totals.map((t) => t.total)).toEqual(['15.5', '16.5', '14.25'])
    // (15.5 + 16.5 + 14.25) / 3 = 46.25 / 3 = 15.41666…
    expect(row.averageFraction).toEqual({ numerator: '185', denominator: '12' })
    expect(row.average).toBe(new Decimal(185).div(12).toDecimalPlaces(12, Decimal.ROUND_HALF_UP).toString())
    expect(row.averageDisplay).toBe('15.4')
  })

  it('ranks by the exact average, not the one-decimal display', () => {
    const call: Call = { ...baseCall, passMark: undefined, criteria: [{ id: 'q', max: 100 }] }
    const ev = (s: number[]) => s.map((v, i) => ({ evaluator: `E${i + 1}`, scores: { q: v } }))
    const result = rankApplications({
      call,
      applications: [
        { id: 'low', requested: '1.00', evaluations: ev([10, 10, 11]) }, // 10.333…
        { id: 'high', requested: '1.00', evaluations: ev([10, 11, 10.05]) }, // 10.35
      ],
    })
    expect(result.rows.map((r) => [r.id, r.averageDisplay])).toEqual([
      ['high', '10.4'],
      ['low', '10.3'],
    ])
  })

  it('reports scores outside the range, unknown and missing criteria with JSON paths', () => {
    const r = safeParseRankApplicationsInput({
      call: {
        ...baseCall,
        passMark: undefined,
        criteria: [
          { id: 'q', max: 30 },
          { id: 'r', max: 5 },
        ],
      },
      applications: [
        { id: 'A', requested: '10.00', evaluations: [{ evaluator: 'E1', scores: { q: 31, x: 1 } }] },
      ],
    })
    expect(r.success).toBe(false)
    if (r.success) return
    expect(r.error).toBeInstanceOf(ValidationError)
    expect(r.error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['applications.0.evaluations.0.scores.q', 'score_out_of_range'],
      ['applications.0.evaluations.0.scores.x', 'unknown_criterion'],
      ['applications.0.evaluations.0.scores.r', 'missing_score'],
    ])
  })

  it.each([
    [{ call: baseCall, applications: [one('A', '10.00', 1), one('A', '20.00', 2)] }, 'applications.1.id'],
    [{ call: { ...baseCall, maxPerProject: '500.00' }, applications: [] }, 'call.amounts.maxPerProject'],
    [{ call: { ...baseCall, passMark: '500' }, applications: [] }, 'call.evaluation.passMark.score'],
    [
      { call: { ...baseCall, tieBreak: ['criterion:nope', 'submittedAt'] }, applications: [] },
      'call.evaluation.tiesAtBudgetLine.keys.0',
    ],
    [
      { call: { ...baseCall, tieBreak: [{ policy: 'lot', seed: 'x' }, 'submittedAt'] }, applications: [] },
      'call.evaluation.tiesAtBudgetLine.keys.0',
    ],
    [{ call: { ...baseCall, budget: '12.345' }, applications: [] }, 'call.budget.amount'],
    [{ call: baseCall, applications: [one('A', '10.00', 12.345)] }, 'applications.0.evaluations.0.scores.q'],
    [{ call: baseCall, applications: [one('A', '0.00', 1)] }, 'applications.0.requested'],
    [
      { call: baseCall, applications: [one('A', '1.00', 1, { submittedAt: '2024-02-30T10:00' })] },
      'applications.0.submittedAt',
    ],
  ] as [LegacyInput, string][])('rejects invalid input at %#: %s', (input, path) => {
    let error: unknown
    try {
      rankApplications(input)
    } catch (e) {
      error = e
    }
    expect(isTalkaError(error, 'VALIDATION_FAILED')).toBe(true)
    expect((error as ValidationError).issues.map((i) => i.path.join('.'))).toContain(path)
  })

  it('never crashes with a TypeError on garbage', () => {
    for (const garbage of [null, 1, 'x', [], { call: null }, { call: baseCall, applications: [null, 3] }]) {
      expect(() => rankCall(garbage as never)).toThrowError(ValidationError)
    }
  })

  it('uses bigint arithmetic when totals could exceed safe integers, with the same results', () => {
    const huge: Call = {
      ...baseCall,
      passMark: '1000000',
      criteria: [
        { id: 'a', max: 1_000_000, weight: '999.123456' },
        { id: 'b', max: 1_000_000, weight: '0.000001' },
      ],
    }
    const result = rankApplications({
      call: huge,
      applications: [
        {
          id: 'A',
          requested: '10.00',
          evaluations: [
            { evaluator: 'E1', scores: { a: 999_999.99, b: 1 } },
            { evaluator: 'E2', scores: { a: 1, b: 0 } },
          ],
        },
        { id: 'B', requested: '10.00', evaluations: [{ evaluator: 'E1', scores: { a: 2000, b: 0.01 } }] },
      ],
    })
    const expected = new Decimal('999.123456').times('999999.99').plus('0.000001').plus('999.123456').div(2)
    const a = result.rows.find((r) => r.id === 'A')!
    expect(new Decimal(a.averageFraction!.numerator).div(a.averageFraction!.denominator).eq(expected)).toBe(
      true,
    )
    expect(result.rows.map((r) => r.id)).toEqual(['A', 'B'])
    expect(result.rows.map((r) => r.passed)).toEqual([true, true])
  })
})

describe('divergence', () => {
  const call: Partial<Call> = {
    passMark: undefined,
    divergence: { maxDifference: '15', resolve: 'average-of-closest-two' },
  }
  const evs = (...totals: number[]) => totals.map((q, i) => ({ evaluator: `E${i + 1}`, scores: { q } }))

  it('sends an application to a further evaluator when two totals differ by more than the limit', () => {
    const result = rank(call, [
      one('A', '100.00', 0, { evaluations: evs(80, 64) }),
      one('B', '100.00', 0, { evaluations: evs(80, 65) }),
    ])
    expect(decisions(result)).toMatchObject({ A: ['needs-another-evaluator', null], B: ['funded', '100.00'] })
    const a = result.rows.find((r) => r.id === 'A')!
    expect(a.reasons[0]).toMatchObject({ ruleId: 'evaluation.divergence', result: 'needs-another-evaluator' })
    expect(a.rank).toBeNull()
    expect(result.trace.outcome).toBe('incomplete')
    expect(result.trace.missingFacts).toContain('applications.A.evaluations')
  })

  it('resolves with the average of the two closest totals once a third evaluation is in', () => {
    const result = rank(call, [one('A', '100.00', 0, { evaluations: evs(80, 60, 75) })])
    const a = result.rows[0]!
    expect(a.average).toBe('77.5')
    expect(a.usedEvaluators).toEqual(['E1', 'E3'])
    expect(a.reasons.some((r) => r.message.key === 'evaluation.divergence.resolvedClosestTwo')).toBe(true)
  })

  it('averages every tied closest pair (60, 70, 80 → 70) and offers average-all', () => {
    expect(rank(call, [one('A', '100.00', 0, { evaluations: evs(80, 60, 70) })]).rows[0]?.average).toBe('70')
    const all = rank({ ...call, divergence: { maxDifference: '15', resolve: 'average-all' } }, [
      one('A', '100.00', 0, { evaluations: evs(80, 60, 75) }),
    ])
    expect(all.rows[0]?.average).toBe('71.666666666667')
  })

  it('reads the limit as a percentage of the maximum total when asked', () => {
    const pct = {
      divergence: {
        maxDifference: '10',
        unit: 'percent-of-maximum' as const,
        resolve: 'average-all' as const,
      },
    }
    const result = rank({ ...pct, passMark: undefined, criteria: [{ id: 'q', max: 100, weight: '2' }] }, [
      one('A', '100.00', 0, { evaluations: evs(50, 60) }), // 100 vs 120: 20 points = 10 % of 200, not more
      one('B', '100.00', 0, { evaluations: evs(50, 60.5) }), // 21 points > 10 %
    ])
    expect(decisions(result)).toMatchObject({ A: ['funded', '100.00'], B: ['needs-another-evaluator', null] })
  })

  it('has no rule and no default when the call sets none', () => {
    const result = rank({ passMark: undefined }, [one('A', '100.00', 0, { evaluations: evs(100, 0) })])
    expect(result.rows[0]).toMatchObject({ decision: 'funded', average: '50' })
  })
})

describe('cut-off and the last project', () => {
  it('caps a request above the maximum per project', () => {
    const result = rank({}, [one('A', '5000.00', 90)])
    expect(result.rows[0]).toMatchObject({ decision: 'funded', amount: '3000.00' })
    expect(result.rows[0]?.reasons[0]?.message.key).toBe('evaluation.cutOff.fundedCapped')
  })

  it('writes amounts in canonical form whatever form the request had', () => {
    const result = rank({}, [one('A', '2500', 90), one('B', '0.5', 80)])
    expect(result.rows.map((r) => [r.requested, r.amount])).toEqual([
      ['2500.00', '2500.00'],
      ['0.50', '0.50'],
    ])
  })

  it('puts the next project on the reserve list when the remainder is below the minimum', () => {
    const result = rank({ budget: '6500.00' }, [
      one('A', '3000.00', 90),
      one('B', '3000.00', 80),
      one('C', '3000.00', 70),
    ])
    expect(decisions(result)).toEqual({
      A: ['funded', '3000.00'],
      B: ['funded', '3000.00'],
      C: ['reserve', null],
    })
    const c = result.rows[2]!
    expect(c.reasons[0]?.message.key).toBe('evaluation.reserve.remainderBelowMinimum')
    expect(c.reasons[0]?.message.params).toMatchObject({ remainder: '500.00', minimum: '1000.00' })
  })

  it("with lastProject 'reserve' never funds a partial amount", () => {
    const result = rank({ budget: '8000.00', lastProject: 'reserve' }, [
      one('A', '3000.00', 90),
      one('B', '3000.00', 80),
      one('C', '3000.00', 70),
      one('D', '1000.00', 60),
    ])
    expect(decisions(result)).toEqual({
      A: ['funded', '3000.00'],
      B: ['funded', '3000.00'],
      C: ['reserve', null],
      D: ['reserve', null],
    })
  })

  it('skip-ahead breaks budget monotonicity: budget 10 vs 13 over requests 8, 5, 2', () => {
    const apps = [one('P8', '8.00', 90), one('P5', '5.00', 80), one('P2', '2.00', 70)]
    const call: Partial<Call> = {
      minPerProject: '0.00',
      passMark: '0',
      lastProject: 'reserve',
      fundingOrder: 'skip-ahead',
    }
    const at10 = decisions(rank({ ...call, budget: '10.00' }, apps))
    const at13 = decisions(rank({ ...call, budget: '13.00' }, apps))
    expect(at10).toEqual({ P8: ['funded', '8.00'], P5: ['reserve', null], P2: ['funded', '2.00'] })
    expect(at13).toEqual({ P8: ['funded', '8.00'], P5: ['funded', '5.00'], P2: ['reserve', null] })
    // The same inputs under the strict order are monotone.
    const strict10 = decisions(rank({ ...call, fundingOrder: 'strict', budget: '10.00' }, apps))
    expect(strict10).toEqual({ P8: ['funded', '8.00'], P5: ['reserve', null], P2: ['reserve', null] })
  })
})

describe('ties', () => {
  it('reports a tie that straddles the budget line, with the tie group, when the call has no tie-break', () => {
    const result = rank({ budget: '5000.00', lastProject: 'reserve' }, [
      one('A', '3000.00', 90),
      one('B', '2000.00', 70),
      one('C', '2000.00', 70),
      one('D', '1000.00', 60),
    ])
    expect(decisions(result)).toEqual({
      A: ['funded', '3000.00'],
      B: ['tie-unresolved', null],
      C: ['tie-unresolved', null],
      D: ['reserve', null],
    })
    const b = result.rows.find((r) => r.id === 'B')!
    expect(b.tieGroup).toEqual(['B', 'C'])
    expect(b.reasons[0]?.message.params).toEqual({ group: 'C' })
    expect(result.trace.missingFacts).toContain('call.evaluation.tiesAtBudgetLine')
  })

  it('leaves ties alone when they do not straddle the line', () => {
    const result = rank({ budget: '10000.00' }, [one('A', '2000.00', 70), one('B', '2000.00', 70)])
    expect(decisions(result)).toEqual({ A: ['funded', '2000.00'], B: ['funded', '2000.00'] })
    expect(result.rows[0]?.tieGroup).toEqual(['A', 'B'])
  })

  it('keeps a tied member that can never be funded on the reserve list', () => {
    const result = rank({ budget: '2500.00', lastProject: 'reserve' }, [
      one('A', '1000.00', 70),
      one('B', '3000.00', 70),
    ])
    expect(decisions(result)).toEqual({ A: ['tie-unresolved', null], B: ['reserve', null] })
  })

  it('applies and records the tie-break: criterion, then submission time', () => {
    const apps: Application[] = [
      {
        id: 'A',
        requested: '3000.00',
        submittedAt: '2024-03-20T10:15:00',
        evaluations: [{ evaluator: 'E1', scores: { q: 40, r: 30 } }],
      },
      {
        id: 'B',
        requested: '3000.00',
        submittedAt: '2024-03-20T09:00:00',
        evaluations: [{ evaluator: 'E1', scores: { q: 40, r: 30 } }],
      },
      {
        id: 'C',
        requested: '3000.00',
        submittedAt: '2024-03-21T08:00:00',
        evaluations: [{ evaluator: 'E1', scores: { q: 45, r: 25 } }],
      },
    ]
    const result = rank(
      {
        budget: '6000.00',
        lastProject: 'reserve',
        criteria: [
          { id: 'q', max: 50 },
          { id: 'r', max: 50 },
        ],
        tieBreak: ['criterion:q', 'submittedAt'],
      },
      apps,
    )
    expect(result.rows.map((r) => [r.id, r.decision])).toEqual([
      ['C', 'funded'],
      ['B', 'funded'],
      ['A', 'reserve'],
    ])
    expect(result.rows[0]?.reasons.find((r) => r.ruleId === 'evaluation.ties')?.message.text).toContain(
      'kriterijaus „q“ balai',
    )
  })

  it('draws a lot with the recorded seed, reproducibly and whatever the input order', () => {
    const apps = ['A', 'B', 'C', 'D'].map((id) => one(id, '3000.00', 70))
    const call: Partial<Call> = {
      budget: '6000.00',
      lastProject: 'reserve',
      tieBreak: [{ policy: 'lot', seed: 'protokolas-2024-04-20-Nr-3' }],
    }
    const first = rank(call, apps)
    const second = rank(call, [...apps].reverse())
    expect(second.rows).toEqual(first.rows)
    expect(first.rows.filter((r) => r.decision === 'funded')).toHaveLength(2)
    expect(first.rows.filter((r) => r.decision === 'reserve')).toHaveLength(2)
    const ties = first.trace.reasons.find((r) => r.ruleId === 'evaluation.ties')!
    expect(ties.facts).toMatchObject({ lot: { seed: 'protokolas-2024-04-20-Nr-3' } })
  })
})

describe('formal check', () => {
  it("does not rank an application whose formal check is 'undetermined'", () => {
    const result = rank({}, [
      one('A', '1000.00', 90, { formalCheck: formalCheckFixture('undetermined') }),
      one('B', '1000.00', 80),
    ])
    expect(decisions(result)).toEqual({ B: ['funded', '1000.00'], A: ['formal-check-pending', null] })
    const a = result.rows.find((r) => r.id === 'A')!
    expect(a.reasons[0]?.message.text).toContain('annualReportsFiled')
    expect(result.trace.outcome).toBe('incomplete')
  })

  it('rejects a formal check that is not a trace.v1 verdict with its outcome', () => {
    const bad = { ...formalCheckFixture('eligible'), outcome: 'maybe' }
    const r = safeParseRankApplicationsInput({
      call: baseCall,
      applications: [one('A', '1.00', 1, { formalCheck: bad as never })],
    })
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues[0]?.path).toEqual(['applications', 0, 'formalCheck', 'outcome'])
  })
})

describe('languages', () => {
  it('renders reasons in English when asked', () => {
    const result = rankCall({ ...pilot2022Input, lang: 'en' })
    const row = result.rows.find((r) => r.id === 'TAU-2022-14')!
    expect(row.reasons[0]?.message.text).toBe(
      'The project did not reach the minimum score set in the call description (60); average score 55.5.',
    )
  })
})
