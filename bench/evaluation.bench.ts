// By name: the bench config resolves the `@talka/source` condition, so this reads the package's sources.
import type { CallInput } from '@talka/calls'
import {
  type Application,
  parseRankApplicationsInput,
  rankApplications,
  safeParseRankApplicationsInput,
} from '@talka/evaluation'
import { bench, describe } from 'vitest'

// 3 evaluators × 5 criteria per application; scores drawn by a fixed linear congruential generator so that
// every run ranks the same data. Scores 0–max give many exact ties, as real calls do.
const criterion = (id: string, max: number) =>
  ({ id, title: { lt: id, en: id }, min: 0, max, weight: '1' }) as const
const CRITERIA = [
  criterion('relevance', 30),
  criterion('activities', 25),
  criterion('community', 20),
  criterion('budget', 15),
  criterion('reach', 10),
] as const

// A call.v1 document (@talka/calls) of a made-up municipality.
const callOf = (budget: string, evaluation: Record<string, unknown> = {}): CallInput => ({
  id: 'bench-2025',
  name: { lt: 'Kvietimas', en: 'Call' },
  municipality: { name: 'Pavyzdžių rajono savivaldybė' },
  year: 2025,
  model: 'standard',
  ref: { act: 'Pavyzdžių rajono savivaldybės aprašas', url: 'https://e-tar.lt/' },
  budget: { kind: 'total', amount: budget },
  amounts: { minPerProject: '1000.00', maxPerProject: '3000.00', overMaximum: 'cap' },
  evaluation: {
    criteria: [...CRITERIA],
    passMark: { score: 40 },
    tiesAtBudgetLine: 'report',
    fundingOrder: { order: 'strict' },
    lastProject: { policy: 'offer-remainder-if-at-least-minimum' },
    reserve: { list: true, proposedAmount: true },
    ...evaluation,
  },
})

function makeInput(count: number): { call: CallInput; applications: Application[] } {
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
  return { call: callOf(budget), applications }
}

/**
 * INEXACT BASELINE, not a correct implementation: the same ranking with plain JavaScript floats — averages
 * as doubles, a float sort, euros as doubles — and no validation, no tie handling, no reasons, no summary.
 */
function naiveFloatRanking(input: { call: CallInput; applications: Application[] }) {
  const call = input.call
  const budget = Number(call.budget?.kind === 'total' ? call.budget.amount : 0)
  const max = Number(call.amounts?.maxPerProject)
  const min = Number(call.amounts?.minPerProject)
  const pass = Number(call.evaluation?.passMark?.score)
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
      const budget = (input.call.budget as { amount: string }).amount
      const keyed = parseRankApplicationsInput({
        ...input,
        call: callOf(budget, { tiesAtBudgetLine: { keys: ['criterion:relevance', 'submittedAt'] } }),
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
        call: callOf(budget, {
          divergence: {
            maxDifference: '20',
            unit: 'points',
            resolve: 'average-of-closest-two',
            initialEvaluators: 2,
          },
        }),
      })
      bench(
        `rankApplications(parsed) with a divergence rule (closest two) — ${label}`,
        () => {
          rankApplications(divergent)
        },
        options,
      )
      const split = parseRankApplicationsInput({
        ...input,
        call: callOf(budget, { tiesAtBudgetLine: 'split-equally' }),
      })
      bench(
        `rankApplications(parsed) with ties split equally at the line — ${label}`,
        () => {
          rankApplications(split)
        },
        options,
      )
    }
  })
}
