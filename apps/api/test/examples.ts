import { calls } from '@talka/calls'
import { declaredResidentsExample } from '../src/routes/allocation-examples.js'
/**
 * A valid request for a POST endpoint: the concrete path (path parameters filled in), the body and
 * its content type. The property test starts from these to make near-valid malformed requests,
 * and fails if a POST route of the OpenAPI document has no example here.
 *
 * @example
 * ```ts
 * import type { PostExample } from './examples.js'
 * const e: PostExample = { path: '/v1/allocations', contentType: 'application/json', body: { year: 2021 } }
 * ```
 */
export interface PostExample {
  readonly path: string
  readonly contentType: string
  readonly body: unknown
}

const json = (path: string, body: unknown): PostExample => ({ path, contentType: 'application/json', body })

/** An application scored by evaluators E1 and E2 as [relevance, budget]. */
function scored(
  id: string,
  requested: string,
  [relevance1, budget1]: readonly [number, number],
  [relevance2, budget2]: readonly [number, number],
  about: { readonly applicant?: string; readonly title?: string } = {},
) {
  return {
    id,
    ...about,
    requested,
    evaluations: [
      { evaluator: 'E1', scores: { relevance: relevance1, budget: budget1 } },
      { evaluator: 'E2', scores: { relevance: relevance2, budget: budget2 } },
    ],
  }
}

/**
 * A municipality's call of the community measure (Vilnius 2024, from @talka/calls' catalog), for the
 * `community-measure/*` rule sets.
 *
 * @example
 * ```ts
 * import { vilnius2024Call } from './examples.js'
 * vilnius2024Call.id // 'vilnius-2024'
 * ```
 */
export const vilnius2024Call = calls['vilnius-2024']

/**
 * A small call with four applications: A and B above the pass mark fit the budget (B gets the
 * remainder, EUR 2,000, which is at least the minimum), C passes but nothing is left (reserve), D is
 * below the pass mark of 60 (not funded).
 *
 * @example
 * ```ts
 * import { rankingInput } from './examples.js'
 * rankingInput.call.budget // '5000.00'
 * ```
 */
export const rankingInput = {
  call: {
    id: 'pavyzdziu-rajonas-2024',
    name: { lt: 'Pavyzdžių rajono 2024 m. kvietimas', en: 'Pavyzdžiai district 2024 call' },
    municipality: { name: 'Pavyzdžių rajono savivaldybė' },
    year: 2024,
    model: 'pilot',
    ref: {
      act: 'Pavyzdžių rajono savivaldybės mero potvarkis „Dėl kvietimo teikti paraiškas aprašo patvirtinimo“',
      url: 'https://www.e-tar.lt/',
    },
    budget: { kind: 'total', amount: '5000.00' },
    amounts: { minPerProject: '1000.00', maxPerProject: '3000.00', overMaximum: 'cap' },
    evaluation: {
      criteria: [
        { id: 'relevance', title: { lt: 'Aktualumas', en: 'Relevance' }, min: 0, max: 60, weight: '1' },
        { id: 'budget', title: { lt: 'Biudžeto pagrįstumas', en: 'Budget' }, min: 0, max: 40, weight: '1' },
      ],
      passMark: { score: '60' },
      fundingOrder: { order: 'strict' },
      tiesAtBudgetLine: 'report',
      lastProject: { policy: 'offer-remainder-if-at-least-minimum' },
      reserve: { list: true, proposedAmount: false },
    },
  },
  applications: [
    scored('BO-P-2024-001', '3000.00', [55, 35], [53, 35], {
      applicant: 'Kaimo bendruomenė „Rytas“',
      title: 'Kaimynų talka',
    }),
    scored('BO-P-2024-002', '2500.00', [50, 30], [50, 32]),
    scored('BO-P-2024-003', '2000.00', [40, 30], [41, 30]),
    scored('BO-P-2024-004', '2000.00', [30, 20], [32, 20]),
  ],
} as const

/**
 * A minimal valid `funded-project.v1` report (one project funded for two years).
 *
 * @example
 * ```ts
 * import { fundedProject } from './examples.js'
 * fundedProject.amounts.length // 2
 * ```
 */
export const fundedProject = {
  title: 'Bendruomenės šventė',
  organisation: { name: 'Kaimo bendruomenė „Rytas“' },
  funder: 'Savivaldybė',
  amounts: [
    { year: 2023, amount: '1000.00' },
    { year: 2024, amount: '500.00' },
  ],
  periods: [{ from: '2023-05', to: '2024-09', kind: 'original' }],
  goals: ['Suburti kaimo žmones'],
  activities: [],
  results: [],
  events: [],
  links: [],
} as const

const fundedProjectRow = 'Bendruomenės šventė;Kaimo bendruomenė „Rytas“;;Savivaldybė'

/**
 * The same report as a CSV table with Lithuanian headers, as a spreadsheet exports it.
 *
 * @example
 * ```ts
 * import { fundedProjectCsv } from './examples.js'
 * fundedProjectCsv.split('\n').length
 * ```
 */
export const fundedProjectCsv = [
  'Įrašo tipas;Projekto Nr.;Projekto pavadinimas;Organizacija;Organizacijos kodas;Finansuotojas;Programa;Sprendimo rūšis;Sprendimą priėmė;Sprendimo Nr.;Sprendimo data;Sprendimo pavadinimas;Bendra suma;Narių organizacijų skaičius;Metai;Suma;Nuo;Iki;Laikotarpio rūšis;Tekstas;Būsena;Data;Data iki;Vieta;Dalyviai;Vietoje;Nuotoliu;Nuoroda',
  `suma;;${fundedProjectRow};;;;;;;;;2023;1000.00;;;;;;;;;;;;`,
  `suma;;${fundedProjectRow};;;;;;;;;2024;500.00;;;;;;;;;;;;`,
  `laikotarpis;;${fundedProjectRow};;;;;;;;;;;2023-05;2024-09;pradinis;;;;;;;;;`,
  `tikslas;;${fundedProjectRow};;;;;;;;;;;;;;Suburti kaimo žmones;;;;;;;;`,
  '',
].join('\n')

/**
 * A residents table of two municipalities as a caller would send it (`municipality;residents`).
 *
 * @example
 * ```ts
 * import { residentsCsv } from './examples.js'
 * residentsCsv.startsWith('municipality;residents') // true
 * ```
 */
export const residentsCsv =
  'municipality;residents\nJonavos rajono savivaldybė;41234\nLazdijų rajono savivaldybė;18401\n'

/**
 * A split of 10 by weights 6, 6 and 2 (`POST /v1/allocations` without a year).
 *
 * @example
 * ```ts
 * import { weightsRequest } from './examples.js'
 * weightsRequest.recipients.length // 3
 * ```
 */
export const weightsRequest = {
  total: '10',
  unit: '1',
  recipients: [
    { id: 'a', weight: 6 },
    { id: 'b', weight: 6 },
    { id: 'c', weight: 2 },
  ],
}

/**
 * Valid example requests by OpenAPI path of each POST route (one or more per route).
 *
 * @example
 * ```ts
 * import { postExamples } from './examples.js'
 * postExamples['/v1/allocations']?.[0]?.body
 * ```
 */
export const postExamples: Readonly<Record<string, readonly PostExample[]>> = {
  '/v1/calls/validate': [json('/v1/calls/validate', calls['prienai-district-2021-repeat'])],
  '/v1/allocations': [
    json('/v1/allocations', { year: 2021 }),
    json('/v1/allocations', { ...declaredResidentsExample, total: '1000' }),
    json('/v1/allocations', weightsRequest),
    { path: '/v1/allocations?year=2021&total=1000', contentType: 'text/csv', body: residentsCsv },
  ],
  '/v1/eligibility/community-measure/applicant': [
    json('/v1/eligibility/community-measure/applicant', {
      asOf: '2024-03-01',
      call: vilnius2024Call,
      facts: { communityOrganisation: true, ngoMark: true, operatesIn: 'Vilniaus miesto savivaldybė' },
    }),
  ],
  '/v1/eligibility/community-measure/project': [
    json('/v1/eligibility/community-measure/project', {
      asOf: '2024-03-01',
      call: vilnius2024Call,
      facts: { requestedAmount: '5000.00' },
    }),
  ],
  '/v1/eligibility/ngo-fund-2022/applicant': [
    json('/v1/eligibility/ngo-fund-2022/applicant', { asOf: '2022-07-01', facts: { ngoMark: true } }),
  ],
  '/v1/eligibility/ngo-fund-2023/applicant': [
    json('/v1/eligibility/ngo-fund-2023/applicant', {
      asOf: '2023-04-06',
      facts: { ngoMark: true, inLiquidation: false, reliableTaxpayer: true },
    }),
  ],
  '/v1/eligibility/{ruleSet}': [
    json('/v1/eligibility/ngo-fund-2023%2Fapplicant', { asOf: '2023-04-06', facts: { ngoMark: false } }),
  ],
  '/v1/evaluations/ranking': [json('/v1/evaluations/ranking', rankingInput)],
  '/v1/volunteering/can-volunteer': [
    json('/v1/volunteering/can-volunteer', {
      asOf: '2025-01-10',
      facts: { birthDate: '2010-05-01', citizenship: 'LT', legalRepresentativeObjects: false },
    }),
  ],
  '/v1/volunteering/can-host': [
    json('/v1/volunteering/can-host', {
      asOf: '2025-01-10',
      role: 'host',
      facts: { legalForm: 'association', nonProfit: true, registeredIn: 'LT' },
    }),
  ],
  '/v1/volunteering/agreement': [
    json('/v1/volunteering/agreement', { asOf: '2025-01-10', facts: { expensesReimbursed: true } }),
  ],
  '/v1/volunteering/classify': [
    json('/v1/volunteering/classify', {
      asOf: '2024-08-01',
      facts: { agreementFrom: '2024-08-01', agreementTo: '2024-09-30', hours: 120, coordinated: true },
    }),
  ],
  '/v1/volunteering/expenses': [
    json('/v1/volunteering/expenses', {
      asOf: '2023-05-01',
      facts: { claims: [{ kind: 'travel', amount: '12.40', documents: true }] },
    }),
  ],
  '/v1/reports/{schema}/validate': [
    json('/v1/reports/funded-project.v1/validate', fundedProject),
    { path: '/v1/reports/funded-project.v1/validate', contentType: 'text/csv', body: fundedProjectCsv },
  ],
}
