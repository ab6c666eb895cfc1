import { fc, test } from '@fast-check/vitest'
import type { CallInput, TieKey } from '@talka/calls'
import { describe, expect, it } from 'vitest'
import { toCall } from '../test/legacy-call.js'
import { tieKeysOf, withTieKeys } from '../test/published-adapter.js'
import type { Application, RankApplicationsInput } from './index.js'
import { rankApplications } from './index.js'
import { rankInputArb } from './testing.js'

/** A non-negative decimal string or number as an integer times 10^scale. */
function scaled(value: string | number, scale: number): bigint {
  const [whole = '0', fraction = ''] = String(value).split('.')
  return BigInt(whole + fraction.padEnd(scale, '0'))
}

/** The exact average of an application's weighted totals, as a fraction (scores × 100, weights × 10^6). */
function exactAverage(input: RankApplicationsInput, app: Application): { num: bigint; den: bigint } {
  let sum = 0n
  for (const e of app.evaluations) {
    for (const c of (input.call as CallInput).evaluation!.criteria!)
      sum += scaled(c.weight, 6) * scaled(e.scores[c.id]!, 2)
  }
  return { num: sum, den: BigInt(app.evaluations.length) * 10n ** 8n }
}

// Weights from plain to large; with the largest, totals exceed what doubles hold exactly and the ranking
// computes with bigints.
const weightedInput = fc
  .tuple(
    rankInputArb({
      tieBreak: 'none',
      divergence: false,
      formalChecks: false,
      criterionMinimums: false,
      maxApplications: 30,
    }),
    fc.constantFrom('1', '0.5', '123456.789', '9876543.21', '98765432.123456'),
    fc.boolean(),
  )
  .map(([input, weight, shuffle]): RankApplicationsInput => {
    const applications = shuffle ? [...input.applications].reverse() : input.applications
    const call = input.call as CallInput
    // No pass mark: a drawn one may not fit the range of the reweighted criteria.
    const { passMark: _passMark, ...evaluation } = call.evaluation!
    return {
      ...input,
      call: {
        ...call,
        evaluation: { ...evaluation, criteria: evaluation.criteria!.map((c) => ({ ...c, weight })) },
      },
      applications,
    }
  })

describe('rank order', () => {
  it('orders equal scores by id whatever the input order', () => {
    const app = (id: string, q: number): Application => ({
      id,
      requested: '1.00',
      evaluations: [{ evaluator: 'E1', scores: { q } }],
    })
    const result = rankApplications({
      call: toCall({ budget: '100.00', criteria: [{ id: 'q', max: 10 }], lastProject: 'reserve' }),
      applications: [app('D', 5), app('B', 7), app('A', 5), app('C', 7), app('E', 9)],
    })
    expect(result.rows.map((r) => r.id)).toEqual(['E', 'B', 'C', 'A', 'D'])
  })

  it('stays exact when the scores are too large to pack into one number per application', () => {
    // Totals from 10^5 to 10^13 units, averages over 1, 2 or 3 evaluations, 300 applications: exact in
    // doubles, but the spread of the scores × 6 × 300 is beyond 2^53, so the ranking compares the fractions one
    // pair at a time. Many applications tie: a packed sort that lost its lowest bits would misorder their ids.
    const scores = ['999999.99', '0.01', '0.02']
    const applications: Application[] = Array.from({ length: 300 }, (_, i) => ({
      id: `A-${String((i * 7919) % 300).padStart(3, '0')}`,
      requested: '1.00',
      evaluations: Array.from({ length: 1 + (i % 3) }, (_, j) => ({
        evaluator: `E${j}`,
        scores: { q: scores[(i + j) % 3]! },
      })),
    }))
    const input: RankApplicationsInput = {
      call: toCall({
        budget: '0.01',
        criteria: [{ id: 'q', max: 1_000_000, weight: '100000' }],
        lastProject: 'reserve',
      }),
      applications,
    }
    const byId = new Map(applications.map((a) => [a.id, a]))
    const expected = [...applications]
      .sort((x, y) => {
        const a = exactAverage(input, x)
        const b = exactAverage(input, y)
        const d = b.num * a.den - a.num * b.den
        return d > 0n ? 1 : d < 0n ? -1 : x.id < y.id ? -1 : 1
      })
      .map((a) => a.id)
    const rows = rankApplications(input).rows
    expect(rows.map((r) => r.id)).toEqual(expected)
    expect(byId.size).toBe(300)
  })

  describe('properties', () => {
    test.prop([weightedInput])(
      'without a tie-break, ranked rows come by exact average, highest first, then by id',
      (input) => {
        const result = rankApplications(input)
        const byId = new Map(input.applications.map((a) => [a.id, a]))
        const ranked = result.rows.filter((r) => r.rank !== null)
        expect(ranked.length).toBe(input.applications.filter((a) => a.evaluations.length > 0).length)
        for (const row of ranked) {
          const { num, den } = exactAverage(input, byId.get(row.id)!)
          const f = row.averageFraction!
          expect(BigInt(f.numerator) * den).toBe(num * BigInt(f.denominator))
        }
        for (let k = 1; k < ranked.length; k++) {
          const a = exactAverage(input, byId.get(ranked[k - 1]!.id)!)
          const b = exactAverage(input, byId.get(ranked[k]!.id)!)
          const left = a.num * b.den
          const right = b.num * a.den
          expect(left >= right).toBe(true)
          if (left === right) expect(ranked[k - 1]!.id < ranked[k]!.id).toBe(true)
        }
      },
    )

    // Tie-break keys without a lot, varied submission times and fractional seconds, shuffled input: the
    // numeric passes must give the order a plain comparator of exact fractions gives.
    const keyedInput = fc
      .tuple(
        rankInputArb({
          tieBreak: 'always',
          divergence: false,
          formalChecks: false,
          criterionMinimums: false,
          maxApplications: 30,
        }),
        fc.array(
          fc.constantFrom(
            '2024-03-20T10:00:00',
            '2024-03-20T10:00:00.5',
            '2024-03-19',
            '2025-01-01T00:00:01',
          ),
          {
            minLength: 30,
            maxLength: 30,
          },
        ),
        fc.boolean(),
      )
      .map(([input, times, shuffle]): RankApplicationsInput => {
        const keys = tieKeysOf(input).filter((k): k is Exclude<TieKey, object> => typeof k === 'string')
        const applications = input.applications.map((a, i) => ({ ...a, submittedAt: times[i]! }))
        return {
          ...withTieKeys(input, keys.length ? keys : ['submittedAt']),
          applications: shuffle ? applications.reverse() : applications,
        }
      })

    test.prop([keyedInput])(
      'with tie-break keys, ranked rows come by exact average, then each key, then by id',
      (input) => {
        const result = rankApplications(input)
        const byId = new Map(input.applications.map((a) => [a.id, a]))
        const canonical = (t: string) => t + '0000-00-00T00:00:00.000000000'.slice(t.length)
        const compare = (x: Application, y: Application): number => {
          const a = exactAverage(input, x)
          const b = exactAverage(input, y)
          if (a.num * b.den !== b.num * a.den) return a.num * b.den > b.num * a.den ? -1 : 1
          const ties = (input.call as CallInput).evaluation!.tiesAtBudgetLine as { keys: TieKey[] }
          for (const key of ties.keys) {
            if (key === 'submittedAt') {
              const [p, q] = [canonical(x.submittedAt!), canonical(y.submittedAt!)]
              if (p !== q) return p < q ? -1 : 1
            } else if (typeof key === 'string') {
              const id = key.slice('criterion:'.length)
              const sx =
                x.evaluations.reduce((s, e) => s + scaled(e.scores[id]!, 2), 0n) *
                BigInt(y.evaluations.length)
              const sy =
                y.evaluations.reduce((s, e) => s + scaled(e.scores[id]!, 2), 0n) *
                BigInt(x.evaluations.length)
              if (sx !== sy) return sx > sy ? -1 : 1
            }
          }
          return x.id < y.id ? -1 : x.id > y.id ? 1 : 0
        }
        const ranked = result.rows.filter((r) => r.rank !== null).map((r) => r.id)
        const expected = [...ranked].sort((p, q) => compare(byId.get(p)!, byId.get(q)!))
        expect(ranked).toEqual(expected)
      },
    )
  })
})
