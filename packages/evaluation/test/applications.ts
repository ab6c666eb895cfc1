// Test helper: applications scored on the one criterion `q` of the made-up test calls. Not published.
import type { Application } from '../src/index.js'
import type { LegacyCall } from './legacy-call.js'

/** The made-up one-criterion call the ranking tests start from (EUR 10 000, 1 000–3 000 per project, pass mark 50). */
export const baseCall: LegacyCall = {
  budget: '10000.00',
  minPerProject: '1000.00',
  maxPerProject: '3000.00',
  passMark: '50',
  criteria: [{ id: 'q', max: 100 }],
  lastProject: 'offer-remainder-if-at-least-minimum',
}

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
