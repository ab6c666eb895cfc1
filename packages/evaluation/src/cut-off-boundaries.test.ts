// Boundaries of the cut-off, the pass mark, divergence and the rank order that the mutation run
// (`pnpm mutation scoring-funding`, bench/README.md) found untested: each example sits exactly on an
// edge (a remainder equal to the minimum, a tie that fits to the cent, 20 evaluations, a lot after a
// criterion) and computes its result inside the test, so per-test coverage credits it.
import { describe, expect, it } from 'vitest'
import { baseCall, evs, one } from '../test/applications.js'
import { type LegacyCall as Call, toCall } from '../test/legacy-call.js'
import { type Application, drawLot, rankApplications } from './index.js'

type Row = ReturnType<typeof rankApplications>['rows'][number]

const rank = (call: Partial<Call>, applications: Application[]) =>
  rankApplications({ call: toCall({ ...baseCall, ...call }), applications })

const decisions = (result: ReturnType<typeof rank>) =>
  Object.fromEntries(result.rows.map((r) => [r.id, [r.decision, r.amount]]))

const row = (result: ReturnType<typeof rank>, id: string): Row => result.rows.find((r) => r.id === id)!
const keys = (r: Row) => r.reasons.map((x) => x.message.key)

describe('the last project and the remainder', () => {
  it('funds the last project from a remainder exactly equal to the minimum per project', () => {
    const result = rank({ budget: '4000.00' }, [one('A', '3000.00', 90), one('B', '3000.00', 80)])
    expect(decisions(result)).toEqual({ A: ['funded', '3000.00'], B: ['funded', '1000.00'] })
    expect(keys(row(result, 'B'))[0]).toBe('evaluation.lastProject.remainder')
    expect(result.summary.totals.remaining).toBe('0.00')
  })

  it('puts it on the reserve list one cent below the minimum, with the remainder as its amount', () => {
    const result = rank({ budget: '3999.99' }, [one('A', '3000.00', 90), one('B', '3000.00', 80)])
    expect(decisions(result)).toEqual({ A: ['funded', '3000.00'], B: ['reserve', null] })
    const b = row(result, 'B')
    expect(b.reasons[0]?.message.key).toBe('evaluation.reserve.remainderBelowMinimum')
    expect(b.reasons[0]?.message.params).toMatchObject({ remainder: '999.99', minimum: '1000.00' })
  })

  it('gives the plain reserve reason when nothing is left', () => {
    const result = rank({ budget: '3000.00' }, [one('A', '3000.00', 90), one('B', '3000.00', 80)])
    expect(decisions(result)).toEqual({ A: ['funded', '3000.00'], B: ['reserve', null] })
    expect(keys(row(result, 'B'))[0]).toBe('evaluation.reserve.budgetExhausted')
  })

  it("gives the plain reserve reason under lastProject 'reserve' even when a remainder is left", () => {
    const result = rank({ budget: '4500.00', lastProject: 'reserve' }, [
      one('A', '3000.00', 90),
      one('B', '3000.00', 80),
    ])
    expect(decisions(result)).toEqual({ A: ['funded', '3000.00'], B: ['reserve', null] })
    expect(keys(row(result, 'B'))[0]).toBe('evaluation.reserve.budgetExhausted')
    expect(result.summary.totals.remaining).toBe('1500.00')
  })

  it("funds any remainder, even one cent, under 'fund-partially'", () => {
    const result = rank({ budget: '3000.01', lastProject: 'fund-partially' }, [
      one('A', '3000.00', 90),
      one('B', '3000.00', 80),
      one('C', '500.00', 70),
    ])
    expect(decisions(result)).toEqual({
      A: ['funded', '3000.00'],
      B: ['funded', '0.01'],
      C: ['reserve', null],
    })
    expect(keys(row(result, 'B'))[0]).toBe('evaluation.lastProject.partial')
    // Strict order: the remainder went to B, so C is not funded although nothing would be left anyway.
    expect(keys(row(result, 'C'))[0]).toBe('evaluation.reserve.budgetExhausted')
  })

  it('stops after the remainder: the next project is not funded from a budget already spent', () => {
    const result = rank({ budget: '5000.00' }, [
      one('A', '3000.00', 90),
      one('B', '3000.00', 80),
      one('C', '1000.00', 70),
    ])
    expect(decisions(result)).toEqual({
      A: ['funded', '3000.00'],
      B: ['funded', '2000.00'],
      C: ['reserve', null],
    })
  })
})

describe('ties at the funding line', () => {
  it('funds a tied group that fits to the cent, and funds further down with what is left', () => {
    const exact = rank({ budget: '4000.00', lastProject: 'reserve' }, [
      one('A', '2000.00', 70),
      one('B', '2000.00', 70),
    ])
    expect(decisions(exact)).toEqual({ A: ['funded', '2000.00'], B: ['funded', '2000.00'] })
    const after = rank({ budget: '7000.00', lastProject: 'reserve' }, [
      one('A', '2000.00', 70),
      one('B', '2000.00', 70),
      one('C', '3000.00', 60),
      one('D', '1000.00', 55),
    ])
    expect(decisions(after)).toEqual({
      A: ['funded', '2000.00'],
      B: ['funded', '2000.00'],
      C: ['funded', '3000.00'],
      D: ['reserve', null],
    })
    expect(after.summary.totals.remaining).toBe('0.00')
  })

  it('does not report a tie none of whose members can be funded in any order', () => {
    const result = rank({ budget: '2500.00', lastProject: 'reserve' }, [
      one('A', '3000.00', 70),
      one('B', '3000.00', 70),
    ])
    expect(decisions(result)).toEqual({ A: ['reserve', null], B: ['reserve', null] })
    expect(result.trace.missingFacts).not.toContain('call.evaluation.tiesAtBudgetLine')
    expect(result.funding.missingPolicies).toEqual([])
  })

  it('skip-ahead: past a tie none of whose members fits, a smaller project is funded and names the tie it skipped', () => {
    const result = rank(
      { budget: '2500.00', lastProject: 'reserve', fundingOrder: 'skip-ahead', minPerProject: '0.00' },
      [one('A', '3000.00', 70), one('B', '3000.00', 70), one('C', '2000.00', 60)],
    )
    expect(decisions(result)).toEqual({
      A: ['reserve', null],
      B: ['reserve', null],
      C: ['funded', '2000.00'],
    })
    const skip = row(result, 'C').reasons.find((r) => r.message.key === 'evaluation.cutOff.skippedAhead')
    expect(skip?.message.params).toEqual({ skipped: 'A' })
  })

  it('skip-ahead: past an unresolved tie, every project below depends on how the tie is broken', () => {
    const result = rank({ budget: '5000.00', lastProject: 'reserve', fundingOrder: 'skip-ahead' }, [
      one('A', '3000.00', 90),
      one('B', '2000.00', 70),
      one('C', '2000.00', 70),
      one('D', '1000.00', 60),
    ])
    expect(decisions(result)).toEqual({
      A: ['funded', '3000.00'],
      B: ['tie-unresolved', null],
      C: ['tie-unresolved', null],
      D: ['tie-unresolved', null],
    })
    const d = row(result, 'D')
    expect(d.reasons[0]?.message.key).toBe('evaluation.tie.dependsOn')
    expect(d.reasons[0]?.facts).toMatchObject({ dependsOn: ['B', 'C'] })
    expect(row(result, 'B').reasons[0]?.message.key).toBe('evaluation.tie.unresolved')
    // Strict order: D is simply not reached.
    const strict = rank({ budget: '5000.00', lastProject: 'reserve', fundingOrder: 'strict' }, [
      one('A', '3000.00', 90),
      one('B', '2000.00', 70),
      one('C', '2000.00', 70),
      one('D', '1000.00', 60),
    ])
    expect(decisions(strict).D).toEqual(['reserve', null])
  })

  it('skip-ahead records the first project a funded one skipped', () => {
    const apps = [one('P8', '8.00', 90), one('P5', '5.00', 80), one('P2', '2.00', 70)]
    const result = rank(
      {
        minPerProject: '0.00',
        passMark: '0',
        lastProject: 'reserve',
        fundingOrder: 'skip-ahead',
        budget: '10.00',
      },
      apps,
    )
    const p2 = row(result, 'P2')
    expect(
      p2.reasons.find((r) => r.message.key === 'evaluation.cutOff.skippedAhead')?.message.params,
    ).toEqual({
      skipped: 'P5',
    })
    expect(keys(row(result, 'P8'))).not.toContain('evaluation.cutOff.skippedAhead')
  })

  it('a lot after a criterion: the criterion orders one pair, the lot the pair still tied', () => {
    const seed = 'protokolas-2024-05-02-Nr-7'
    const two = (id: string, q: number, r: number): Application => ({
      id,
      requested: '1000.00',
      submittedAt: '2024-03-20T10:00:00',
      evaluations: [{ evaluator: 'E1', scores: { q, r } }],
    })
    const call: Partial<Call> = {
      budget: '2000.00',
      lastProject: 'reserve',
      criteria: [
        { id: 'q', max: 50 },
        { id: 'r', max: 50 },
      ],
      tieBreak: ['criterion:q', { policy: 'lot', seed }],
    }
    // All four total 60; Z wins on q, W loses on q, X and Y tie on q and are drawn.
    const apps = [two('W', 20, 40), two('X', 30, 30), two('Y', 30, 30), two('Z', 40, 20)]
    const result = rank(call, apps)
    const drawn = drawLot(seed, ['X', 'Y'])
    expect(result.rows.map((r) => r.id)).toEqual(['Z', ...drawn, 'W'])
    expect(result.rows.map((r) => r.decision)).toEqual(['funded', 'funded', 'reserve', 'reserve'])
    const ties = result.trace.reasons.find((r) => r.ruleId === 'evaluation.ties')!
    expect(ties.facts).toMatchObject({
      tieGroups: 1,
      lot: { seed, draws: [{ group: ['X', 'Y'], order: drawn }] },
    })
    // The same with the input reversed.
    expect(rank(call, [...apps].reverse()).rows.map((r) => r.id)).toEqual(['Z', ...drawn, 'W'])
  })

  it('a lot decides who is funded: the funded pair is the first two of the recorded draw', () => {
    const ids = ['A', 'B', 'C', 'D']
    // A seed whose draw does not start with the id order, so a missing draw cannot pass.
    const seed = ['s1', 's2', 's3', 's4', 's5', 's6'].find(
      (s) => drawLot(s, ids).slice(0, 2).join() !== 'A,B',
    )!
    const drawn = drawLot(seed, ids)
    const result = rank({ budget: '6000.00', lastProject: 'reserve', tieBreak: [{ policy: 'lot', seed }] }, [
      ...ids.map((id) => one(id, '3000.00', 70)),
      one('E', '3000.00', 60),
    ])
    expect(result.rows.map((r) => r.id)).toEqual([...drawn, 'E'])
    expect(result.rows.filter((r) => r.decision === 'funded').map((r) => r.id)).toEqual(drawn.slice(0, 2))
    expect(result.rows.map((r) => r.tieGroup)).toEqual([ids, ids, ids, ids, null])
    const ties = result.trace.reasons.find((r) => r.ruleId === 'evaluation.ties')!
    expect(ties.facts).toMatchObject({ tieGroups: 1, lot: { seed, draws: [{ group: ids, order: drawn }] } })
  })

  it('untied rows have no tie group and count no tie; a lot draws nothing for a group of one', () => {
    const result = rank({ tieBreak: [{ policy: 'lot', seed: 'x' }] }, [
      one('A', '100.00', 90),
      one('B', '100.00', 80),
      one('C', '100.00', 70),
    ])
    expect(result.rows.map((r) => r.tieGroup)).toEqual([null, null, null])
    const ties = result.trace.reasons.find((r) => r.ruleId === 'evaluation.ties')!
    expect(ties.facts).toMatchObject({ tieGroups: 0, lot: { draws: [] } })
  })
})

describe('rank order', () => {
  it('orders by submission time when the criterion ties, whatever the input order, then by id', () => {
    const app = (id: string, submittedAt: string): Application => ({
      id,
      requested: '100.00',
      submittedAt,
      evaluations: [{ evaluator: 'E1', scores: { q: 70 } }],
    })
    const apps = [
      app('D', '2024-03-20T09:00:00'),
      app('C', '2024-03-19T09:00:00'),
      app('B', '2024-03-20T09:00:00'),
      app('A', '2024-03-21T09:00:00'),
    ]
    const call = { tieBreak: ['criterion:q', 'submittedAt'] }
    expect(rank(call, apps).rows.map((r) => r.id)).toEqual(['C', 'B', 'D', 'A'])
    expect(rank(call, [...apps].reverse()).rows.map((r) => r.id)).toEqual(['C', 'B', 'D', 'A'])
  })

  it('breaks a tie on the criterion average over different evaluation counts, then on a second criterion', () => {
    const app = (id: string, ...scores: [number, number, number][]): Application => ({
      id,
      requested: '100.00',
      evaluations: scores.map(([q, r, s], j) => ({ evaluator: `E${j + 1}`, scores: { q, r, s } })),
    })
    const criteria = [
      { id: 'q', max: 50 },
      { id: 'r', max: 50 },
      { id: 's', max: 50 },
    ]
    const call = { criteria, tieBreak: ['criterion:q', 'criterion:r'] }
    // Every total is 60. A: q averages 30 over 2 evaluations, B: 31 over 3, so B goes first on q
    // (id order would put A first).
    const byQ = rank(call, [
      app('A', [30, 30, 0], [30, 30, 0]),
      app('B', [31, 29, 0], [31, 29, 0], [31, 29, 0]),
    ])
    expect(byQ.rows.map((r) => r.id)).toEqual(['B', 'A'])
    // q ties at 30; r decides: D averages 28, C 25.
    const byR = rank(call, [
      app('C', [30, 25, 5], [30, 25, 5]),
      app('D', [30, 28, 2], [30, 28, 2], [30, 28, 2]),
    ])
    expect(byR.rows.map((r) => r.id)).toEqual(['D', 'C'])
  })
})

describe('pass mark and divergence edges', () => {
  const passes = (passMark: string, ...totals: (number | string)[]) =>
    rank({ passMark, lastProject: 'reserve' }, [one('A', '1.00', 0, { evaluations: evs(...totals) })])
      .rows[0]!.passed

  it('applies the pass mark with 20 evaluations (the most a call allows)', () => {
    expect(passes('50', ...Array.from({ length: 20 }, () => 60))).toBe(true)
    expect(passes('50', ...Array.from({ length: 20 }, () => 50))).toBe(true)
    expect(passes('50', ...Array.from({ length: 19 }, () => 50), 49.99)).toBe(false)
  })

  it('passes an average exactly on the pass mark and refuses one a hundredth of a sum below (two evaluators)', () => {
    expect(passes('50', 50, 50)).toBe(true)
    expect(passes('50', 50, 49.99)).toBe(false)
    expect(passes('50.01', 50, 50.02)).toBe(true)
    expect(passes('50.01', 50, 50.01)).toBe(false)
  })

  it('passes a pass mark equal to the maximum only with full marks', () => {
    expect(passes('100', 100, 100)).toBe(true)
    expect(passes('100', 100, 99.99)).toBe(false)
  })

  it('resolves a divergence with the closest pair even when it comes first (60, 62, 80 → 61)', () => {
    const call: Partial<Call> = {
      passMark: undefined,
      divergence: { maxDifference: '15', resolve: 'average-of-closest-two' },
    }
    const a = rank(call, [one('A', '100.00', 0, { evaluations: evs(60, 80, 62) })]).rows[0]!
    expect(a.average).toBe('61')
    expect(a.usedEvaluators).toEqual(['E1', 'E3'])
  })

  it('asks for the initial evaluations a divergence rule needs, and says how many', () => {
    const call: Partial<Call> = {
      passMark: undefined,
      divergence: { maxDifference: '15', resolve: 'average-all', initialEvaluators: 3 },
    }
    const a = rank(call, [one('A', '100.00', 0, { evaluations: evs(60, 61) })]).rows[0]!
    expect(a.decision).toBe('needs-another-evaluator')
    expect(a.reasons[0]?.message.key).toBe('evaluation.evaluations.tooFew')
    expect(a.reasons[0]?.message.params).toEqual({ count: 2, required: 3 })
    const none = rank({ passMark: undefined }, [one('B', '100.00', 0, { evaluations: [] })]).rows[0]!
    expect(none.reasons[0]?.message.params).toEqual({ count: 0, required: 1 })
  })

  it('orders exactly in bigint mode: distinct scores scrambled, equal scores by id', () => {
    const huge: Partial<Call> = {
      passMark: undefined,
      criteria: [{ id: 'a', max: 1_000_000, weight: '999.123456' }],
    }
    const big = (id: string, a: number) => ({
      id,
      requested: '10.00',
      evaluations: [{ evaluator: 'E1', scores: { a } }],
    })
    const result = rank(huge, [
      big('M', 500_000),
      big('H', 999_999.99),
      big('L', 1),
      big('E2', 700_000),
      big('E1', 700_000),
    ])
    expect(result.rows.map((r) => r.id)).toEqual(['H', 'E1', 'E2', 'M', 'L'])
    expect(result.rows[1]?.tieGroup).toEqual(['E1', 'E2'])
  })
})
