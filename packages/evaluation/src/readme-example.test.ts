// The README's custom-call example, run as a test so that the README cannot rot.
import { readFileSync } from 'node:fs'
import { parseCall } from '@talka/calls'
import { describe, expect, it } from 'vitest'
import { promoteFromReserve, rankApplications, summaryToCsv } from './index.js'

describe('README: a custom call', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const text = readFileSync(new URL('../test/readme-call.json', import.meta.url), 'utf8')

  it('the README shows the same JSON as test/readme-call.json', () => {
    const block = /## A custom call[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(JSON.parse(block ?? 'null')).toEqual(JSON.parse(text))
  })

  it('ranks, splits the tie at the line, proposes reserve amounts and promotes from the reserve list', () => {
    const call = parseCall(JSON.parse(text))
    const scores = (relevance: number, activities: number, budget: number) => [
      { evaluator: 'E1', scores: { relevance, activities, budget } },
    ]
    const result = rankApplications({
      call,
      applications: [
        { id: 'PAV-2025-01', requested: '3000.00', evaluations: scores(5, 5, 5) },
        { id: 'PAV-2025-02', requested: '2500.00', eligibleAmount: '2400.00', evaluations: scores(5, 4, 4) },
        { id: 'PAV-2025-03', requested: '2000.00', evaluations: scores(4, 4, 4) },
        { id: 'PAV-2025-04', requested: '1200.00', evaluations: scores(4, 4, 4) },
        { id: 'PAV-2025-05', requested: '1800.00', evaluations: scores(4, 4, 3) },
        { id: 'PAV-2025-06', requested: '900.00', evaluations: scores(2, 5, 5) },
      ],
    })
    expect(result.rows.map((r) => [r.id, r.decision, r.amount ?? r.proposedAmount])).toEqual([
      ['PAV-2025-01', 'funded', '3000.00'],
      ['PAV-2025-02', 'funded', '2400.00'],
      ['PAV-2025-03', 'funded', '800.00'],
      ['PAV-2025-04', 'funded', '800.00'],
      ['PAV-2025-05', 'reserve', '1800.00'],
      ['PAV-2025-06', 'not-funded', null],
    ])
    expect(result.rows[2]?.reasons[0]?.ref.point).toBe('31')
    expect(result.trace.outcome).toBe('complete')
    const next = promoteFromReserve(result, { declined: ['PAV-2025-03'] })
    expect(next.promoted.map((p) => [p.id, p.amount])).toEqual([['PAV-2025-05', '800.00']])
    expect(next.promoted[0]?.reasons[0]?.ref.point).toBe('33')
    expect(summaryToCsv(result, { lang: 'lt' })).toContain('Balų vidurkis')
    expect(readme).toContain("['PAV-2025-03', 'funded', '800.00'],       03 and 04 tie at the line")
  })
})
