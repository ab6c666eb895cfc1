// Real published decisions, copied from docs/research/published-decisions/*.json (numbers exactly as
// published; decimal comma and thousands space normalised, "105,5" → "105.5"). Each call holds only what
// is known, and every value that is not published is marked ASSUMPTION below.
import type { CallInput } from '@talka/calls'
import type { PublishedRankingTableInput } from '../src/index.js'

/** Švenčionys district 2024, pilot model: funded and reserve lists, approved by the NVO council. */
export const SVENCIONYS_2024_URL =
  'https://svencionys.lt/2024/03/27/skelbiame-svencioniu-rajono-savivaldybes-finansuojamas-paraiskas/'
/** The page that publishes the budget (EUR 14,984) and the applications received. */
export const SVENCIONYS_2024_BUDGET_URL =
  'https://svencionys.lt/2024/03/01/informacija-apie-2024-m-2-1-1-1-priemones-stiprinti-bendruomenine-veikla-savivaldybese-gautas-paraiskas/'

/** The name, municipality, year and model of the Švenčionys 2024 pilot call, shared by the test fixtures that cite it. */
export const svencionys2024Pilot = {
  name: {
    lt: 'Švenčionių rajono savivaldybės 2024 m. kvietimas pagal 2.1.1.1 priemonę (bandomasis modelis)',
    en: 'Švenčionys district 2024 call under measure 2.1.1.1 (pilot model)',
  },
  municipality: { name: 'Švenčionių rajono savivaldybė' },
  year: 2024,
  model: 'pilot',
} as const satisfies Partial<CallInput>

export const svencionys2024Call: CallInput = {
  id: 'svencionys-district-2024',
  ...svencionys2024Pilot,
  // The description itself is not in the stored pages: the call is cited by the page that announces it.
  ref: {
    act: 'Informacija apie 2024 m. 2.1.1.1 priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ gautas paraiškas',
    url: SVENCIONYS_2024_BUDGET_URL,
    kind: 'news-item',
    status: 'secondary-source',
  },
  // Published: „Projektų įgyvendinimui skirta – 14 984 Eur“.
  budget: { kind: 'total', amount: '14984.00' },
  // Published: the reserve list is headed „REZERVINIŲ PROJEKTŲ SĄRAŠAS (Aprašo 40 p.)“ with an amount per row.
  // Not published (left out, so not checked): minimum and maximum per project, pass mark, tie rule.
  evaluation: { reserve: { list: true, proposedAmount: true, ref: { point: '40' } } },
}

export const svencionys2024Table: PublishedRankingTableInput = {
  callId: 'svencionys-district-2024',
  title: 'Švenčionių rajono savivaldybės finansuojamų paraiškų sąrašas ir rezervinių projektų sąrašas, 2024',
  date: '2024-03-27',
  legalBasis: {
    act: 'Nevyriausybinių organizacijų tarybos posėdžio protokolas 2024-03-25 Nr. (3-1E) O-55',
    url: SVENCIONYS_2024_URL,
    kind: 'minutes',
    status: 'verified',
  },
  funded: [
    {
      no: 1,
      applicationNo: 'BO-2024-172',
      organisation: 'Strūnos kaimo bendruomenė TVARŪNA',
      project: 'Kūrybinės kibirkštys: kultūros ir bendruomeniškumo įkvėpimas',
      average: '113.5',
      requested: '3000.00',
      granted: '3000.00',
    },
    {
      no: 2,
      applicationNo: 'BO-2024-177',
      organisation: 'Trūdų bendruomenė',
      project: 'Muzikos ir liaudies šokio vakaronė „Prinoko vasariniai obuoliai“',
      average: '105.5',
      requested: '3000.00',
      granted: '3000.00',
    },
    {
      no: 3,
      applicationNo: 'BO-2024-29',
      organisation: 'Ziboliškės kaimo bendruomenė',
      project: 'Įamžintas kaimas',
      average: '105.5',
      requested: '2648.90',
      granted: '2648.90',
    },
    {
      no: 4,
      applicationNo: 'BO-2024-117',
      organisation: 'Pavoverės kaimo bendruomenė „Žadintuvas“',
      project: 'Kurkime ir veikime Kartu',
      average: '100.5',
      requested: '3000.00',
      granted: '2998.95',
    },
    {
      no: 5,
      applicationNo: 'BO-2024-55',
      organisation: 'Bendruomenė „Miško uostas“',
      project: 'Turiningo, telkiančio ir ugdančio laisvalaikio organizavimas Švenčionėlių šeimų bendruomenei',
      average: '100.0',
      requested: '3000.00',
      granted: '3000.00',
    },
  ],
  // As published: VISO 14 647,15 (the rows add up to 14 647,85).
  total: '14647.15',
  reserve: [
    {
      no: 1,
      applicationNo: 'BO-2024-137',
      organisation: 'Svirkų kaimo bendruomenės „Svirkų centras“',
      project: 'Suskambėkime kartu: Bendruomenės veiklos scenoje ir užkulisiuose',
      average: '89.0',
      requested: '3000.26',
      proposed: '3000.00',
    },
    {
      no: 2,
      applicationNo: 'BO-2024-206',
      organisation: 'Zadvarninkų kaimo bendruomenės „Uždvaris“',
      project: 'Bendrystės džiaugsmas',
      average: '86.0',
      requested: '3000.00',
      proposed: '3000.00',
    },
    {
      no: 3,
      applicationNo: 'BO-2024-133',
      organisation: 'Vidutinės kaimo bendruomenė VIKA',
      project: 'Sporto, meno ir kultūros paletė Viducinėj',
      average: '84.5',
      requested: '2980.00',
      proposed: '1780.00',
    },
  ],
  // The page publishes no not-funded list: `notFunded` is left out.
}

/** Ignalina district 2024, second call, pilot model (published by the measure consultant NISC). */
export const IGNALINA_2024_URL =
  'http://www.3sektorius.lt/finansavimas/bendruomeniu-pilotas2023-2024/2024-04-16-skelbiame-ignalinos-rajono-savivaldybes-antrojo-kvietimo-finansuojamas-paraiskas'

/** The name, municipality, year and model of Ignalina's second 2024 pilot call, shared by the fixtures that cite it. */
export const ignalina2024SecondPilot = {
  name: {
    lt: 'Ignalinos rajono savivaldybės 2024 m. antrasis kvietimas pagal 2.1.1.1 priemonę (bandomasis modelis)',
    en: 'Ignalina district 2024 second call under measure 2.1.1.1 (pilot model)',
  },
  municipality: { name: 'Ignalinos rajono savivaldybė' },
  year: 2024,
  model: 'pilot',
} as const satisfies Partial<CallInput>

export const ignalina2024Call: CallInput = {
  id: 'ignalina-district-2024-second-call',
  ...ignalina2024SecondPilot,
  ref: {
    act: 'Skelbiame Ignalinos rajono savivaldybės antrojo kvietimo finansuojamas paraiškas (NISC, 2024-04-16)',
    url: IGNALINA_2024_URL,
    kind: 'news-item',
    status: 'secondary-source',
  },
  // ASSUMPTION: the budget is not published; 9 550,00 is inferred from VISO and „lėšų likučio užteko 1174,72“.
  budget: { kind: 'total', amount: '9550.00' },
  // ASSUMPTION: the 2024 maximum is not stored; EUR 3,000 is the 2023 pilot maximum (secondary source,
  // Zarasai 2023: „Mažiausia projekto suma – 1000 Eur, didžiausia – 3000 Eur“).
  amounts: { maxPerProject: '3000.00' },
  // Published: the reserve list cites „Aprašo 40 p.“ and gives a proposed amount. Pass mark: not published.
  evaluation: { reserve: { list: true, proposedAmount: true, ref: { point: '40' } } },
}

export const ignalina2024Table: PublishedRankingTableInput = {
  callId: 'ignalina-district-2024-second-call',
  title: 'Ignalinos rajono savivaldybės antrojo kvietimo finansuojamos paraiškos, 2024',
  date: '2024-04-16',
  legalBasis: {
    act: 'Nevyriausybinių organizacijų tarybos posėdžio protokolas 2024-04-11 Nr. KOM-22',
    url: IGNALINA_2024_URL,
    kind: 'minutes',
    status: 'secondary-source',
  },
  funded: [
    {
      no: 1,
      applicationNo: 'BO-P-2024-222',
      organisation: 'Daugėliškio krašto bendruomenė',
      project: 'Navatna žemaitiška kuokinė Aukštaitijoje',
      average: '117.0',
      requested: '1850.00',
      granted: '1850.00',
    },
    {
      no: 2,
      applicationNo: 'BO-P-2024-225',
      organisation: 'Viešoji įstaiga Mielagėnų Pal. J. Matulaičio parapiniai globos namai',
      project: 'Pramogaujantys senoliai',
      average: '111.0',
      requested: '1208.71',
      granted: '1208.71',
    },
    {
      no: 3,
      applicationNo: 'BO-P-2024-220',
      organisation: 'Ignalinos rajono vietos veiklos grupė',
      project: 'Mes kartu su Lietuvos kaimo bendruomenėmis!',
      average: '108.5',
      requested: '3046.57',
      granted: '3046.57',
    },
    {
      no: 4,
      applicationNo: 'BO-P-2024-226',
      organisation: 'Vidiškių kaimo bendruomenė',
      project: 'Kartu galime daugiau',
      average: '99.0',
      requested: '2270.00',
      granted: '2270.00',
    },
    {
      no: 5,
      applicationNo: 'BO-P-2024-219',
      organisation: 'Ignalinos rajono Linkmenų kaimo bendruomenė',
      project: 'Stiprūs kartu jau dvidešimt metų',
      average: '98.0',
      requested: '1271.60',
      // Printed „1271,60 (lėšų likučio užteko 1174,72)“: the remainder 1 174,72 is granted (VISO adds up with it).
      granted: '1174.72',
    },
  ],
  total: '9550.00',
  reserve: [
    {
      no: 1,
      applicationNo: 'BO-P-2024-224',
      organisation: 'Tverečiaus krašto bendruomenė',
      project: 'Prieigų į bendruomenės salę atnaujinimas',
      average: '96.5',
      requested: '2922.00',
      proposed: '2922.00',
    },
  ],
  notFunded: [
    {
      applicationNo: 'BO-P-2024-223',
      organisation: 'VšĮ "Ažvinčių meno centras"',
      project: 'Orakulas 2',
      average: '23.0',
      requested: '4130.00',
      reason:
        'Atlikus ekspertinį vertinimą, nustatyta, kad paraiška nesurinko minimalaus balų skaičiaus ir jos siūloma nefinansuoti.',
    },
  ],
}
