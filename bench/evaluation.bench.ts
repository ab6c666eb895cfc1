// By name: the bench config resolves the `@talka/source` condition, so this reads the package's sources.
import {
  type Application,
  type Call,
  parseRankApplicationsInput,
  rankApplications,
  safeParseRankApplicationsInput,
} from '@talka/evaluation'
import { bench, describe } from 'vitest'

// 3 evaluators × 5 criteria per application; scores drawn by a fixed linear congruential generator so that
// every run ranks the same data. Scores 0–max give many exact ties, as real calls do.
const CRITERIA = [
  { id: 'relevance', max: 30 },
  { id: 'activities', max: 25 },
  { id: 'community', max: 20 },
  { id: 'budget', max: 15 },
  { id: 'reach', max: 10 },
] as const

function makeInput(count: number): { call: Call; applications: Application[] } {
  let state = 12345
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state % n
  }
  const applications: Application[] = new Array(count)
  for (let i = 0; i < count; i++) {
    const evaluations = [1, 2, 3].map((e) => ({
      evaluator: `E${e}`,
      scores: Object.fromEntries(CRITERIA.map((c) => [c.id, next(c.max + 1)])),
    }))
    const cents = 50_000 + next(300_001)
    applications[i] = {
      id: `BO-P-${String(i).padStart(6, '0')}`,
      requested: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
      submittedAt: `2024-03-${String(10 + next(20)).padStart(2, '0')}T${String(8 + next(10)).padStart(2, '0')}:${String(next(60)).padStart(2, '0')}:00`,
      evaluations,
    }
  }
  // A budget for about 40 % of the applications: the line falls inside the list.
  const budget = `${Math.floor(count * 0.4 * 2000)}.00`
  return {
    call: {
      budget,
      minPerProject: '1000.00',
      maxPerProject: '3000.00',
      passMark: '40',
      criteria: [...CRITERIA],
      lastProject: 'offer-remainder-if-at-least-minimum',
    },
    applications,
  }
}

/**
 * INEXACT BASELINE, not a correct implementation: the same ranking with plain JavaScript floats — averages
 * as doubles, a float sort, euros as doubles — and no validation, no tie handling, no reasons, no summary.
 */
function naiveFloatRanking(input: { call: Call; applications: Application[] }) {
  const budget = Number(input.call.budget)
  const max = Number(input.call.maxPerProject)
  const min = Number(input.call.minPerProject)
  const pass = Number(input.call.passMark)
  const scored = input.applications.map((a) => {
    let sum = 0
    for (const e of a.evaluations) for (const v of Object.values(e.scores)) sum += Number(v)
    return { id: a.id, average: sum / a.evaluations.length, amount: Math.min(Number(a.requested), max) }
  })
  scored.sort((x, y) => y.average - x.average)
  let remaining = budget
  let stopped = false
  return scored.map((s) => {
    if (s.average < pass) return { id: s.id, decision: 'not-funded', amount: 0 }
    if (stopped) return { id: s.id, decision: 'reserve', amount: 0 }
    if (s.amount <= remaining) {
      remaining -= s.amount
      return { id: s.id, decision: 'funded', amount: s.amount }
    }
    stopped = true
    if (remaining >= min) {
      const amount = remaining
      remaining = 0
      return { id: s.id, decision: 'funded', amount }
    }
    return { id: s.id, decision: 'reserve', amount: 0 }
  })
}

// Inputs as an HTTP API would hand them over: plain objects from JSON.parse.
const OPTIONS = {
  1000: { time: 1000, iterations: 50, warmupIterations: 5 },
  10000: { time: 1000, iterations: 20, warmupIterations: 3 },
  100000: { time: 0, iterations: 12, warmupIterations: 2 },
} as const

for (const count of [1_000, 10_000, 100_000] as const) {
  const input = JSON.parse(JSON.stringify(makeInput(count))) as ReturnType<typeof makeInput>
  const label = count.toLocaleString('en')
  const options = OPTIONS[count]
  const parsed = parseRankApplicationsInput(input)
  describe(`${label} applications × 3 evaluators × 5 criteria`, () => {
    bench(
      `rankApplications(parsed input: exact rank, cut, rows with reasons, trace) — ${label}`,
      () => {
        rankApplications(parsed)
      },
      options,
    )
    bench(
      `rankApplications (raw input: validate, exact rank, cut, rows with reasons, trace) — ${label}`,
      () => {
        rankApplications(input)
      },
      options,
    )
    bench(
      `rankApplications(parsed) and read result.summary (built on first read) — ${label}`,
      () => {
        rankApplications(parsed).summary.rows.length
      },
      options,
    )
    bench(
      `safeParseRankApplicationsInput (the validation pass alone: the zod schema) — ${label}`,
      () => {
        safeParseRankApplicationsInput(input)
      },
      options,
    )
    bench(
      `naive float ranking, INEXACT baseline — ${label}`,
      () => {
        naiveFloatRanking(input)
      },
      options,
    )
    if (count === 100_000) {
      const keyed = parseRankApplicationsInput({
        ...input,
        call: { ...input.call, tieBreak: ['criterion:relevance', 'submittedAt'] },
      })
      bench(
        `rankApplications(parsed) with tie-break keys (criterion, submission time) — ${label}`,
        () => {
          rankApplications(keyed)
        },
        options,
      )
      const divergent = parseRankApplicationsInput({
        ...input,
        call: { ...input.call, divergence: { maxDifference: '20', resolve: 'average-of-closest-two' } },
      })
      bench(
        `rankApplications(parsed) with a divergence rule (closest two) — ${label}`,
        () => {
          rankApplications(divergent)
        },
        options,
      )
    }
  })
}
