import type { MessageCatalog } from '@talka/core'

/**
 * The texts of published ranking tables and of their audit, in Lithuanian and English: the findings of
 * {@link checkPublishedRanking}, and the headings, columns, reasons and signature block of
 * {@link toPublishedTables}. Rendered with core's `renderMessage` (amounts as "2 600,00 Eur", averages as
 * "105,5"). The Lithuanian headings are those municipalities publish ("REZERVINIŲ PROJEKTŲ SĄRAŠAS (Aprašo
 * 40 p.)", "NEFINANSUOJAMI PROJEKTAI", "VISO").
 *
 * @example
 * ```ts
 * import { renderMessage } from '@talka/core'
 * import { publishedRankingMessages } from '@talka/evaluation'
 * renderMessage(publishedRankingMessages, 'evaluation.published.heading.reservePoint', { point: '40' }, 'lt')
 * // 'REZERVINIŲ PROJEKTŲ SĄRAŠAS (Aprašo 40 p.)'
 * ```
 */
export const publishedRankingMessages = {
  // Findings of checkPublishedRanking.
  'evaluation.published.totalMismatch': {
    lt: 'Po finansuojamų projektų sąrašu nurodyta suma VISO {stated, amount} nesutampa su skiriamų sumų suma {sum, amount} (skirtumas {difference, amount}).',
    en: 'The total stated under the funded list, {stated, amount}, differs from the sum of the amounts granted, {sum, amount} (difference {difference, amount}).',
  },
  'evaluation.published.reserveTotalMismatch': {
    lt: 'Po rezervinių projektų sąrašu nurodyta suma VISO {stated, amount} nesutampa su siūlomų sumų suma {sum, amount} (skirtumas {difference, amount}).',
    en: 'The total stated under the reserve list, {stated, amount}, differs from the sum of the proposed amounts, {sum, amount} (difference {difference, amount}).',
  },
  'evaluation.published.overBudget': {
    lt: 'Skiriamų sumų suma {sum, amount} viršija konkursui skirtas lėšas ({budget, amount}).',
    en: 'The amounts granted, {sum, amount} in all, exceed the budget of the call ({budget, amount}).',
  },
  'evaluation.published.overEnvelope': {
    lt: 'Projektams, kurie varžosi dėl lėšų „{envelope}“, skiriamų sumų suma {sum, amount} viršija šioms lėšoms numatytą sumą ({budget, amount}).',
    en: 'The amounts granted in the envelope "{envelope}", {sum, amount} in all, exceed its budget ({budget, amount}).',
  },
  'evaluation.published.aboveMaximum': {
    lt: 'Projektui {application} skiriama suma {amount, amount} viršija didžiausią vienam projektui galimą sumą ({maximum, amount}).',
    en: 'The amount granted to project {application}, {amount, amount}, is above the maximum per project ({maximum, amount}).',
  },
  'evaluation.published.proposedAboveMaximum': {
    lt: 'Rezerviniam projektui {application} siūloma suma {amount, amount} viršija didžiausią vienam projektui galimą sumą ({maximum, amount}).',
    en: 'The amount proposed for reserve project {application}, {amount, amount}, is above the maximum per project ({maximum, amount}).',
  },
  'evaluation.published.belowPassMark': {
    lt: 'Finansuojamo projekto {application} balų vidurkis ({average, number}) mažesnis už Konkurso apraše nustatytą minimalų balų skaičių ({passMark, number}).',
    en: 'Funded project {application} has an average score of {average, number}, below the pass mark set by the call ({passMark, number}).',
  },
  'evaluation.published.reserveAboveFunded': {
    lt: 'Rezervinio projekto {reserve} balų vidurkis ({reserveAverage, number}) didesnis už finansuojamo projekto {funded} balų vidurkį ({fundedAverage, number}), nors lėšos skiriamos projektų eilės tvarka.',
    en: 'Reserve project {reserve} has a higher average score ({reserveAverage, number}) than funded project {funded} ({fundedAverage, number}), although money is granted in rank order.',
  },
  'evaluation.published.tieSplit': {
    lt: 'Projektų {funded} ir {other} balų vidurkiai vienodi ({average, number}), tačiau pirmasis finansuojamas, o antrasis įrašytas į rezervinių projektų sąrašą, nors Konkurso aprašas nenustato, kaip tokiu atveju nustatoma eilė.',
    en: 'Projects {funded} and {other} have the same average score ({average, number}), but the first is funded and the second is on the reserve list, although the call states no rule that orders them.',
  },
  'evaluation.published.unequalShares': {
    lt: 'Projektams {first} ir {second}, surinkusiems vienodą balų vidurkį ({average, number}), likutis turėjo būti padalytas lygiomis dalimis, tačiau skiriama {firstAmount, amount} ir {secondAmount, amount}.',
    en: 'Projects {first} and {second} have the same average score ({average, number}) and the remainder was to be shared equally, but they are granted {firstAmount, amount} and {secondAmount, amount}.',
  },
  'evaluation.published.aboveRequested': {
    lt: 'Projektui {application} skiriama suma {granted, amount} didesnė už prašomą sumą ({requested, amount}).',
    en: 'Project {application} is granted {granted, amount}, more than it requested ({requested, amount}).',
  },
  'evaluation.published.proposedAboveRequested': {
    lt: 'Rezerviniam projektui {application} siūloma suma {granted, amount} didesnė už prašomą sumą ({requested, amount}).',
    en: 'Reserve project {application} is proposed {granted, amount}, more than it requested ({requested, amount}).',
  },

  // Headings, columns and the rest of the printed table.
  'evaluation.published.heading.funded': {
    lt: 'FINANSUOJAMŲ PROJEKTŲ SĄRAŠAS',
    en: 'FUNDED PROJECTS',
  },
  'evaluation.published.heading.reserve': {
    lt: 'REZERVINIŲ PROJEKTŲ SĄRAŠAS',
    en: 'RESERVE LIST',
  },
  'evaluation.published.heading.reservePoint': {
    lt: 'REZERVINIŲ PROJEKTŲ SĄRAŠAS (Aprašo {point} p.)',
    en: 'RESERVE LIST (point {point} of the Description)',
  },
  'evaluation.published.heading.reserveRef': {
    lt: 'REZERVINIŲ PROJEKTŲ SĄRAŠAS ({ref})',
    en: 'RESERVE LIST ({ref})',
  },
  'evaluation.published.heading.notFunded': {
    lt: 'NEFINANSUOJAMI PROJEKTAI',
    en: 'PROJECTS NOT FUNDED',
  },
  'evaluation.published.column.no': { lt: 'Eil. Nr.', en: 'No.' },
  'evaluation.published.column.applicationNo': { lt: 'Paraiškos Nr.', en: 'Application No.' },
  'evaluation.published.column.organisation': { lt: 'Organizacija', en: 'Organisation' },
  'evaluation.published.column.project': { lt: 'Projekto pavadinimas', en: 'Project title' },
  'evaluation.published.column.average': { lt: 'Balų vidurkis', en: 'Average score' },
  'evaluation.published.column.requested': { lt: 'Prašoma suma, Eur', en: 'Requested, EUR' },
  'evaluation.published.column.granted': { lt: 'Skiriama suma, Eur', en: 'Granted, EUR' },
  'evaluation.published.column.proposed': { lt: 'Skiriama suma, Eur', en: 'Proposed, EUR' },
  'evaluation.published.column.reason': { lt: 'Priežastis', en: 'Reason' },
  'evaluation.published.column.section': { lt: 'Sąrašas', en: 'List' },
  'evaluation.published.total': { lt: 'VISO', en: 'TOTAL' },
  'evaluation.published.date': { lt: 'Data: {date}', en: 'Date: {date}' },
  'evaluation.published.legalBasis': { lt: 'Teisinis pagrindas: {ref}', en: 'Legal basis: {ref}' },
  'evaluation.published.none': { lt: 'Nėra.', en: 'None.' },
  'evaluation.published.signature.position': { lt: '(Pareigos)', en: '(Position)' },
  'evaluation.published.signature.signature': { lt: '(Parašas)', en: '(Signature)' },
  'evaluation.published.signature.name': { lt: '(Vardas, pavardė)', en: '(Name)' },
  'evaluation.published.reason.passMark': {
    lt: 'Projektas nesurinko Konkurso apraše nustatyto minimalaus balų skaičiaus',
    en: 'The project did not reach the minimum score set by the call description',
  },
  'evaluation.published.reason.passMarkPoint': {
    lt: 'Projektas nesurinko Konkurso apraše nustatyto minimalaus balų skaičiaus (Aprašo {point} p.)',
    en: 'The project did not reach the minimum score set by the call description (point {point} of the Description)',
  },
} as const satisfies MessageCatalog

/**
 * A key of {@link publishedRankingMessages}.
 *
 * @example
 * ```ts
 * import type { PublishedRankingMessageKey } from '@talka/evaluation'
 * const key: PublishedRankingMessageKey = 'evaluation.published.totalMismatch'
 * ```
 */
export type PublishedRankingMessageKey = keyof typeof publishedRankingMessages
