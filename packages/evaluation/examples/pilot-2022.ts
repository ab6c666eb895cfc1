// The worked example: the shape of a real 2022 pilot-model decision (Tauragė district, director's order
// 2022-08-12 No. 5T-422): budget EUR 27,372.00, at most EUR 3,000 per project, eleven funded projects with
// the published amounts, the last one funded from the remainder (EUR 1,442.05). The published list gives no
// scores, requested amounts of the last project, reserve list or registration numbers, so those — and the
// applicants' names — are illustrative. The EUR 1,000 minimum is the pilot calls' (2023 notice; the 2022
// figure is not verified), and the pass mark value (60 of 100) is illustrative: point 28 of the 2022 pilot
// description sets a minimum, but its number was not read.
import { defaultRefs } from '@talka/calls'
import { createDecision } from '@talka/core'
import type { Application, RankApplicationsInput } from '../src/index.js'

const criterion = (id: string, max: number, lt: string, en: string) =>
  ({ id, title: { lt, en }, min: 0, max, weight: '1' }) as const

const CRITERIA = [
  criterion('relevance', 30, 'Problema, tikslai, uždaviniai, rezultatai', 'Problem, aims, results'),
  criterion('activities', 25, 'Veiklos ir jų tęstinumas', 'Activities and continuity'),
  criterion('community', 20, 'Bendruomenės narių įtraukimas', 'Involvement of members'),
  criterion('budget', 15, 'Biudžeto pagrįstumas', 'Justified budget'),
  criterion('reach', 10, 'Naudos gavėjų skaičius', 'Number of beneficiaries'),
] as const

/** Splits a total into the five criteria in proportion to their maxima (every part within its range). */
function scores(total: number): Record<string, number> {
  const parts = CRITERIA.map((c) => Math.floor((total * c.max) / 100))
  let rest = total - parts.reduce((a, b) => a + b, 0)
  for (let i = 0; rest > 0; i = (i + 1) % parts.length) {
    if (parts[i]! < CRITERIA[i]!.max) {
      parts[i]!++
      rest--
    }
  }
  return Object.fromEntries(CRITERIA.map((c, i) => [c.id, parts[i]!]))
}

function app(
  n: number,
  applicant: string,
  title: string,
  requested: string,
  totals: readonly [number, number],
  extra: Partial<Application> = {},
): Application {
  return {
    id: `TAU-2022-${String(n).padStart(2, '0')}`,
    applicant,
    title,
    requested,
    submittedAt: `2022-06-${String(10 + (n % 15)).padStart(2, '0')}T09:${String(n).padStart(2, '0')}:00`,
    evaluations: [
      {
        evaluator: 'E1',
        scores: scores(totals[0]),
        justification: { relevance: 'Problema suformuluota aiškiai.' },
      },
      { evaluator: 'E2', scores: scores(totals[1]) },
    ],
    ...extra,
  }
}

/** The amounts of the eleven funded projects as published (order 5T-422), in list order. */
export const publishedFundedAmounts = [
  '3000.00',
  '2995.45',
  '2644.50',
  '2700.00',
  '2430.00',
  '2340.00',
  '2700.00',
  '2400.00',
  '2400.00',
  '2320.00',
  '1442.05',
] as const

const formalFailure = createDecision({
  decision: 'eligibility:pilot-2022/applicant',
  outcome: 'ineligible' as const,
  asOf: '2022-07-01',
  lang: 'lt',
  catalog: {
    'pilot.reports.fail': {
      lt: 'Pareiškėjas nėra pateikęs ataskaitų VĮ Registrų centras nei už 2021, nei už 2020 metus (Aprašo 19.6 p.)',
      en: 'The applicant filed its reports with the Centre of Registers for neither 2021 nor 2020 (description point 19.6)',
    },
  },
  producer: { package: '@talka/eligibility', version: '0.1.0' },
  reasons: [
    {
      ruleId: 'eligibility.pilot-2022/applicant.19.6',
      result: 'fail',
      facts: { reportsFiled: { 2020: false, 2021: false } },
      ref: {
        act: 'Bandomojo modelio 2022 m. aprašas (SADM 2022-04-15 įsakymas Nr. A1-290)',
        actId: 'A1-290',
        point: '19.6',
        url: 'https://e-tar.lt/rs/actualedition/6bdbb8e0bcbf11ec8d9390588bf2de65/NhfZsCLAVO',
        note: 'Wording of the Kaišiadorys 2022 decision as quoted in the domain specification; not read in a stored copy.',
      },
      messageKey: 'pilot.reports.fail',
    },
  ],
})

/** The call and applications of the worked example. */
export const pilot2022Input: RankApplicationsInput = {
  call: {
    id: 'taurage-district-2022-pilot-example',
    name: {
      lt: 'Bendruomeninės veiklos stiprinimas 2022 m. (bandomasis modelis), pavyzdys pagal Tauragės r. sprendimą',
      en: 'Strengthening community activity 2022 (pilot model), example after the Tauragė district decision',
    },
    municipality: { name: 'Tauragės rajono savivaldybė' },
    year: 2022,
    model: 'pilot',
    // Pilot-model calls of 2022 ran under the ministry's own description (as @talka/calls' catalog has it).
    ref: defaultRefs.pilot2022Description,
    budget: { kind: 'total', amount: '27372.00' },
    amounts: { minPerProject: '1000.00', maxPerProject: '3000.00', overMaximum: 'cap' },
    evaluation: {
      criteria: [...CRITERIA],
      passMark: { score: 60, ref: { point: '28' } },
      fundingOrder: { order: 'strict' },
      lastProject: { policy: 'offer-remainder-if-at-least-minimum' },
      reserve: { list: true, proposedAmount: false },
    },
  },
  applications: [
    app(1, 'Miesto bendruomenė „Ąžuolynas“', 'Prie upės', '3000.00', [93, 92]),
    app(2, 'Kaimo bendruomenė „Šilainė“', 'Sportas ir šventės kartu', '2995.45', [90, 89]),
    app(3, 'Kaimo bendruomenė „Žalgiris“', 'Kaimo istorijos takais', '2644.50', [87, 86]),
    app(4, 'Bendruomenė „Miestelio kraštas“', 'Miestelio mugė', '2700.00', [84, 83]),
    app(5, 'Miesto bendruomenė „Liepynė“', 'Bendrystės vakarai', '2430.00', [81, 80]),
    app(6, 'Kaimo bendruomenė „Pakalnė“', 'Laimingi kaimo vakarai', '2340.00', [78, 77]),
    app(7, 'Kaimo bendruomenė „Laukų kraštas“', 'Lauko scenos erdvė', '2700.00', [75, 74]),
    app(8, 'Kaimo bendruomenė „Rytas“', 'Kaimynų talka', '2400.00', [72, 71]),
    app(9, 'Bendruomenė „Smėlynė“', 'Grįžtame namo', '2400.00', [69, 68]),
    app(10, 'Senamiesčio kiemų bendruomenė', 'Kiemų žalinimas', '2320.00', [66, 65]),
    app(11, 'Bendruomenės centras „Beržynas“', 'Pažinkime gimtąjį kraštą', '2900.00', [63, 62]),
    app(12, 'Kaimo bendruomenė „Upelė“', 'Vasaros stovykla vaikams', '2500.00', [61, 61]),
    app(13, 'Bendruomenė „Pušynas“', 'Kiemų šventė', '1800.00', [60, 60]),
    app(14, 'Bendruomenės centras „Gandras“', 'Kartu stipresni', '2000.00', [57, 54]),
    app(15, 'Asociacija „Šviesa“', 'Vakarai parke', '3000.00', [0, 0], {
      evaluations: [],
      formalCheck: formalFailure,
    }),
  ],
  asOf: '2022-08-12',
}
