// The cut-off's policy edges left by the targeted mutation run of 2026-12-08 (bench/README.md):
// `fund-partially` with nothing left, a remainder rule without a stated minimum (or a minimum of 0),
// and a call silent on the funding order.
import { describe, expect, it } from 'vitest'
import { baseCall } from '../test/applications.js'
import { type LegacyCall as Call, toCall } from '../test/legacy-call.js'
import { type Application, rankApplications } from './index.js'

const base: Call = { ...baseCall, budget: '4000.00' }
const one = (id: string, requested: string, q: number): Application => ({
  id,
  requested,
  evaluations: [{ evaluator: 'E1', scores: { q } }],
})
const three = [one('A', '3000.00', 90), one('B', '3000.00', 80), one('C', '500.00', 70)]
const decisions = (r: ReturnType<typeof rankApplications>) =>
  Object.fromEntries(r.rows.map((x) => [x.id, [x.decision, x.amount, x.reasons[0]?.message.key]]))

describe('cut-off policy edges', () => {
  it("'fund-partially' funds no project with a remainder of zero", () => {
    const r = rankApplications({
      call: toCall({ ...base, budget: '6000.00', lastProject: 'fund-partially' }),
      applications: three,
    })
    expect(decisions(r).C).toEqual(['reserve', null, 'evaluation.reserve.budgetExhausted'])
  })

  it('a remainder rule without a stated minimum leaves the last project on the reserve list, naming the gap', () => {
    const r = rankApplications({ call: toCall({ ...base, minPerProject: undefined }), applications: three })
    expect(decisions(r).B).toEqual(['reserve', null, 'evaluation.lastProject.minimumUnstated'])
    expect(r.funding.missingPolicies).toContain('amounts.minPerProject')
  })

  it('a stated minimum of 0 offers any remainder', () => {
    const r = rankApplications({ call: toCall({ ...base, minPerProject: '0.00' }), applications: three })
    expect(decisions(r).B).toEqual(['funded', '1000.00', 'evaluation.lastProject.remainder'])
  })

  it('a call silent on the funding order is read strictly and says a project below would have fitted', () => {
    const call = toCall({ ...base, budget: '5000.00', lastProject: 'reserve' }) as {
      evaluation: Record<string, unknown>
    }
    delete call.evaluation.fundingOrder
    const r = rankApplications({ call: call as never, applications: three })
    expect(decisions(r).C?.slice(0, 2)).toEqual(['reserve', null])
    expect(r.funding.missingPolicies).toContain('evaluation.fundingOrder')
    const fits = toCall({ ...base, budget: '6000.00', lastProject: 'reserve' }) as {
      evaluation: Record<string, unknown>
    }
    delete fits.evaluation.fundingOrder
    // Nothing left: no project below could have fitted, so the order does not matter.
    const none = rankApplications({ call: fits as never, applications: three })
    expect(none.funding.missingPolicies).not.toContain('evaluation.fundingOrder')
  })

  it('notes the silent funding order only when the order is silent, money is left and a project below fits', () => {
    const silent = (budget: string, apps: Application[]) => {
      const call = toCall({ ...base, budget, lastProject: 'reserve' }) as {
        evaluation: Record<string, unknown>
      }
      delete call.evaluation.fundingOrder
      return rankApplications({ call: call as never, applications: apps }).funding.missingPolicies
    }
    const stated = toCall({ ...base, budget: '5000.00', lastProject: 'reserve', fundingOrder: 'strict' })
    expect(rankApplications({ call: stated, applications: three }).funding.missingPolicies).not.toContain(
      'evaluation.fundingOrder',
    )
    const a = one('A', '3000.00', 90)
    const b = one('B', '3000.00', 80)
    // 2000 left after A; C asks exactly 2000 (fits), 2000.01 (does not).
    expect(silent('5000.00', [a, b, one('C', '2000.00', 70)])).toContain('evaluation.fundingOrder')
    expect(silent('5000.00', [a, b, one('C', '2000.01', 70)])).not.toContain('evaluation.fundingOrder')
    // Nothing left after A: B stops the list and C could not fit anyway.
    expect(silent('3000.00', [a, b, one('C', '0.01', 70)])).not.toContain('evaluation.fundingOrder')
  })
})
