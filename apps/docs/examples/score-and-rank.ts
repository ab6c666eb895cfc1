/**
 * Scoring and ranking a call: averages of the evaluators' totals, the pass mark, funding down the
 * list, the last project from the remainder, the reserve list and the summary as CSV. Shown in
 * docs/guides/score-and-rank.md. Scores and names are illustrative.
 */
// #region rank
import type { CallInput } from '@talka/calls'
import { rankApplications, summaryToCsv } from '@talka/evaluation'

// The call as a call.v1 document of @talka/calls: each policy with the point of the call's description
// that states it (an illustrative call; the points are made up).
const criterion = (id: string, lt: string, en: string, max: number) => ({
  id,
  title: { lt, en },
  min: 0,
  max,
  weight: '1',
})
const call: CallInput = {
  id: 'pavyzdys-2024',
  name: { lt: 'Bendruomeninės veiklos stiprinimas 2024 m.', en: 'Strengthening community activity 2024' },
  municipality: { name: 'Pavyzdžių rajono savivaldybė' },
  year: 2024,
  model: 'standard',
  ref: { act: 'Konkurso nuostatai (pavyzdys)', url: 'https://www.e-tar.lt/' },
  budget: { kind: 'total', amount: '7500.00', ref: { point: '8' } },
  amounts: { minPerProject: '1000.00', maxPerProject: '3000.00', overMaximum: 'cap', ref: { point: '9' } },
  evaluation: {
    criteria: [
      criterion('relevance', 'Aktualumas', 'Relevance', 40),
      criterion('activities', 'Veiklos', 'Activities', 30),
      criterion('budget', 'Biudžetas', 'Budget', 30),
    ],
    passMark: { score: 60, ref: { point: '28' } },
    lastProject: { policy: 'offer-remainder-if-at-least-minimum', ref: { point: '33' } },
  },
}

const evaluations = (e1: [number, number, number], e2: [number, number, number]) =>
  [e1, e2].map(([relevance, activities, budget], i) => ({
    evaluator: `E${i + 1}`,
    scores: { relevance, activities, budget },
  }))

export const result = rankApplications({
  call,
  applications: [
    {
      id: 'BO-P-2024-201',
      applicant: 'Bendruomenė „Ąžuolas“',
      title: 'Kiemų šventė',
      requested: '3000.00',
      evaluations: evaluations([36, 27, 26], [35, 28, 25]),
    },
    {
      id: 'BO-P-2024-202',
      applicant: 'Bendruomenė „Liepa“',
      title: 'Senjorų klubas',
      requested: '3000.00',
      evaluations: evaluations([33, 25, 24], [34, 26, 25]),
    },
    {
      id: 'BO-P-2024-203',
      applicant: 'Bendruomenė „Beržas“',
      title: 'Talka prie ežero',
      requested: '2500.00',
      evaluations: evaluations([30, 24, 22], [31, 23, 22]),
    },
    {
      id: 'BO-P-2024-204',
      applicant: 'Bendruomenė „Klevas“',
      title: 'Vaikų vasara',
      requested: '2000.00',
      evaluations: evaluations([26, 20, 19], [25, 20, 19]),
    },
    {
      id: 'BO-P-2024-205',
      applicant: 'Bendruomenė „Uosis“',
      title: 'Kaimo istorija',
      requested: '2000.00',
      evaluations: evaluations([20, 15, 14], [22, 16, 15]),
    },
  ],
  asOf: '2024-04-26',
  lang: 'lt',
})

export const csv = summaryToCsv(result, { lang: 'lt' })
// #endregion rank

export const output = csv
