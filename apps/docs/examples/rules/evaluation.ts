/**
 * Worked example of the evaluation rule pages: one call ranked from start to end (the shape of a
 * 2022 pilot decision: EUR 1,000–3,000 per project, the last project funded from the remainder, a
 * reserve list, a project below the pass mark, diverging evaluators and a failed formal check).
 * Scores and names are illustrative.
 */

import { calls } from '@talka/calls'
// #region ranking
import type { Lang } from '@talka/core'
import { checkEligibility } from '@talka/eligibility'
import { type Application, rankApplications } from '@talka/evaluation'

const scored = (id: string, requested: string, e1: number, e2: number, more: Partial<Application> = {}) => ({
  id,
  requested,
  submittedAt: `2023-05-${10 + Number(id.slice(2))}T10:00:00`,
  evaluations: [
    { evaluator: 'E1', scores: { quality: e1 } },
    { evaluator: 'E2', scores: { quality: e2 } },
  ],
  ...more,
})

export function rankCall(lang: Lang) {
  // The formal check of one applicant, by @talka/eligibility: not a community organisation.
  const formalCheck = checkEligibility(
    'community-measure/applicant',
    { communityOrganisation: false, ngoMark: true, operatesIn: 'Zarasų rajono savivaldybė' },
    { asOf: '2023-05-15', lang, call: calls['pilot-2023-zarasai'] },
  )
  return rankApplications({
    call: {
      id: 'pavyzdys-2023',
      name: {
        lt: 'Bendruomeninės veiklos stiprinimas (pavyzdys)',
        en: 'Strengthening community activity (example)',
      },
      municipality: { name: 'Zarasų rajono savivaldybė' },
      year: 2023,
      model: 'pilot',
      ref: { act: 'Kvietimo aprašas (pavyzdys)', url: 'https://www.e-tar.lt/' },
      budget: { kind: 'total', amount: '8500.00' },
      amounts: { minPerProject: '1000.00', maxPerProject: '3000.00', overMaximum: 'cap' },
      evaluation: {
        criteria: [{ id: 'quality', title: { lt: 'Kokybė', en: 'Quality' }, min: 0, max: 100, weight: '1' }],
        passMark: { score: 60 },
        divergence: {
          maxDifference: '15',
          unit: 'points',
          resolve: 'average-of-closest-two',
          initialEvaluators: 2,
        },
        tiesAtBudgetLine: { keys: ['submittedAt'] },
        lastProject: { policy: 'offer-remainder-if-at-least-minimum' },
      },
    },
    applications: [
      scored('P-01', '3000.00', 90, 86),
      scored('P-02', '3000.00', 82, 84),
      scored('P-03', '2800.00', 75, 71),
      scored('P-04', '2000.00', 74, 72), // the same average as P-03: a tie
      scored('P-05', '2500.00', 52, 55),
      scored('P-06', '2000.00', 95, 60), // the evaluators differ by 35 points
      scored('P-07', '1500.00', 88, 90, { formalCheck }),
    ],
    asOf: '2023-06-30',
    lang,
  })
}
// #endregion ranking

/** The example of this file: it covers every evaluation rule. */
export const ruleExamples: readonly import('../rule-example.js').RuleExample[] = [
  {
    region: 'ranking',
    covers: ['evaluation.'],
    run: (lang) => {
      const { rows, trace } = rankCall(lang)
      return {
        trace,
        rows: rows.map(({ id, average, rank, decision, amount, reasons }) => ({
          id,
          average,
          rank,
          decision,
          amount,
          reasons,
        })),
      }
    },
  },
]
