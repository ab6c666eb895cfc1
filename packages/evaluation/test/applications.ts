// Test helper: applications scored on the one criterion `q` of the made-up test calls. Not published.
import type { Application } from '../src/index.js'

/** An application with one evaluator's score for `q`, submitted at a fixed time; `extra` overrides fields. */
export const one = (
  id: string,
  requested: string,
  score: number,
  extra: Partial<Application> = {},
): Application => ({
  id,
  requested,
  submittedAt: '2024-03-20T10:00:00',
  evaluations: [{ evaluator: 'E1', scores: { q: score } }],
  ...extra,
})

/** One evaluation per total, by evaluators E1, E2, … */
export const evs = (...totals: (number | string)[]) =>
  totals.map((q, i) => ({ evaluator: `E${i + 1}`, scores: { q } }))
