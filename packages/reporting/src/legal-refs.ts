import type { LegalRef } from '@talka/core'

/*
 * The sources the report rules cite, with the LegalRef v2 fields (kind, issuer, date, number, title,
 * status; notes in Lithuanian and English). `status` says how each was checked, as
 * docs/research/legal-sources.json records it: `verified` only where the official text (e-TAR, e-seimas)
 * was read; `secondary-source` where a municipal, ministry or organisation page was read instead;
 * `unverified` where the provision a rule rests on was not read at all. A reference without a date says
 * in its notes that the date has not been established (see legal-refs.test.ts). Most report checks are
 * arithmetic on the published forms, not provisions of an act; their notes say so.
 */

const SEIMAS = 'Lietuvos Respublikos Seimas'
const SADM = 'Lietuvos Respublikos socialinės apsaugos ir darbo ministras'
const BO_LAW_TITLE = 'Lietuvos Respublikos bendruomeninių organizacijų plėtros įstatymas'

/** Law on the Development of Community Organisations, art. 8: the municipal council of community organisations. */
export const BO_LAW_COUNCIL: LegalRef = {
  act: `${BO_LAW_TITLE} (2018 m. gruodžio 13 d. Nr. XIII-1774)`,
  actId: 'XIII-1774',
  article: '8',
  kind: 'law',
  issuer: SEIMAS,
  date: '2018-12-13',
  number: 'XIII-1774',
  title: BO_LAW_TITLE,
  url: 'https://www.e-tar.lt/rs/legalact/3e57edc0047711e9a5eaf2cd290f1944/',
  effectiveFrom: '2019-03-01',
  status: 'secondary-source',
  quote: 'Savivaldybės bendruomeninių organizacijų tarybos kadencijos trukmė yra 3 metai.',
  notes: {
    lt:
      'Įstatymo pavadinimas, data ir numeris sutikrinti e-TAR tekste. 8 straipsnio numerį nurodo Plungės r. ' +
      'savivaldybės tarybos 2019-07-25 sprendimas Nr. T1-180, o citatą apie 3 metų kadenciją – Šakių r. ' +
      'bendruomenių puslapis; paties straipsnio tekstas e-TAR nesutikrintas. Įstatymas ataskaitos formos ' +
      'nenustato.',
    en:
      'The law’s title, date and number were checked in the e-TAR text. The article number 8 is given by the ' +
      'Plungė district council decision of 2019-07-25 No. T1-180, and the quote on the 3-year term by a Šakiai ' +
      'district communities’ page; the article’s own text has not been checked on e-TAR. The law sets no form ' +
      'for the plan report.',
  },
}

/** The Klaipėda district council's page: its functions, among them publishing its activity report. */
export const KLAIPEDA_DISTRICT_BO_COUNCIL: LegalRef = {
  act: 'Klaipėdos rajono savivaldybės Bendruomeninių organizacijų taryba: nuostatai ir funkcijos',
  kind: 'council-decision',
  issuer: 'Klaipėdos rajono savivaldybės taryba',
  url: 'https://klaipedos-r.lt/komisijos-tarybos/bendruomeniniu-organizaciju-taryba/',
  status: 'secondary-source',
  notes: {
    lt:
      'Savivaldybės puslapyje aprašytos tarybos funkcijos: 5 funkcija – skelbti veiklos ataskaitą savivaldybės ' +
      'svetainėje. Tarybos nuostatus patvirtinusio sprendimo data nenustatyta (puslapis jos nenurodo). Ataskaitos ' +
      'forma (Eil. Nr., Priemonės pavadinimas, Rodiklio pavadinimas, Atsakingi vykdytojai, Įvykdymas; plano ' +
      'laikotarpis ir ataskaitos metai antraštėje) paimta iš paskelbtos 2024 m. ataskaitos apie 2023–2025 m. ' +
      'planą; numeracijos, laikotarpio ir datų patikros išplaukia iš šios formos, ne iš teisės akto.',
    en:
      'The municipality’s page lists the council’s functions: function 5 is to publish its activity report on ' +
      'the municipality’s website. The date of the decision approving the council’s statute has not been ' +
      'established (the page does not give it). The report form (Eil. Nr., Priemonės pavadinimas, Rodiklio ' +
      'pavadinimas, Atsakingi vykdytojai, Įvykdymas; plan period and report year in the title) is taken from ' +
      'the published 2024 report on the 2023–2025 plan; the numbering, period and date checks follow from that ' +
      'form, not from a legal provision.',
  },
}

/** Vilnius 2019: reports of projects under the measure, with the forms they consist of. */
export const VILNIUS_2019_PROJECT_REPORTS: LegalRef = {
  act:
    'Vilniaus miesto savivaldybės administracijos direktoriaus 2019 m. rugsėjo 16 d. įsakymas Nr. 30-2360/19 ' +
    '(2.3 priemonės „Remti bendruomeninę veiklą savivaldybėse“ finansuojamų projektų ataskaitų teikimas)',
  actId: '30-2360/19',
  kind: 'directors-order',
  issuer: 'Vilniaus miesto savivaldybės administracijos direktorius',
  date: '2019-09-16',
  number: '30-2360/19',
  url: 'https://vilnius.lt/lt/bendruomenes/del-2019-m-nevyriausybiniu-organizaciju-ir-bendruomenines-veiklos-stiprinimo-2017-2019-metu-veiksmu-plano-igyvendinimo-2-3-priemones-remti-bendruomenine-veikla-savivaldybese/',
  status: 'secondary-source',
  notes: {
    lt:
      'Savivaldybės puslapyje išvardytos ataskaitos formos: Projekto veiklos ataskaita, 3BVS, 4BVS, 5BVS, 6BVS ' +
      '(6BVS nurodo patvirtintas veiklas ir lėšas administravimui bei projekto įgyvendinimui); terminai – ' +
      'valstybės biudžeto lėšų naudojimo sutarties 5.5 punkte. Pačios sutarties tekstas nesutikrintas.',
    en:
      'The municipality’s page lists the report forms: Projekto veiklos ataskaita, 3BVS, 4BVS, 5BVS, 6BVS (6BVS ' +
      'records the approved activities and the funds for administration vs project implementation); the ' +
      'deadlines are in point 5.5 of the state-funds-use contract. The contract’s own text has not been checked.',
  },
}

/** The return of unspent funds: what the report forms show; the provision that orders the return was not read. */
export const UNSPENT_RETURN: LegalRef = {
  ...VILNIUS_2019_PROJECT_REPORTS,
  status: 'unverified',
  notes: {
    lt:
      'Nepanaudota suma = skirta − panaudota, ir ją reikia grąžinti: biudžeto vykdymo formos (3BVS, 4BVS) ' +
      'nurodo gautas ir panaudotas lėšas. Lėšų naudojimo sutarties ar priemonės aprašo punktas, kuris įpareigoja ' +
      'grąžinti nepanaudotas lėšas, nesutikrintas.',
    en:
      'Unspent = granted − actual and must be returned: the budget-execution forms (3BVS, 4BVS) report the ' +
      'funds received and used. The point of the state-funds-use contract or of the measure’s description that ' +
      'orders the return has not been checked.',
  },
}

/** Vilnius 2024 call: the administration share is set per call (8,251 of 412,551 EUR). */
export const VILNIUS_2024_CALL: LegalRef = {
  act:
    'Vilniaus miesto savivaldybė: kvietimas teikti paraiškas pagal 2023–2025 metų veiksmų plano 2.1.1.1 priemonę ' +
    '„Stiprinti bendruomeninę veiklą savivaldybėse“ (2024 m.)',
  kind: 'call-notice',
  issuer: 'Vilniaus miesto savivaldybės administracija',
  date: '2024-03-06',
  url: 'https://vilnius.lt/lt/bendruomenes/kvietimas-teikti-paraiskas-pagal-nevyriausybiniu-organizaciju-ir-bendruomenines-veiklos-stiprinimo-2023-2025-metu-veiksmu-plano-2-1-1-1-priemone-stiprinti-bendruomenine-veikla-savivaldybese/',
  status: 'secondary-source',
  quote:
    'Konkursui skirta Lietuvos Respublikos valstybės biudžeto lėšų suma 2024 m. – 412 551 Eur (iš jų – projektų ' +
    'finansavimui 404 300 Eur, Priemonės administravimui 8251 Eur).',
  notes: {
    lt:
      'Data – paraiškų priėmimo pradžia (priimamos nuo 2024 m. kovo 6 d. iki kovo 28 d.); kvietimo paskelbimo ' +
      'data puslapyje nenurodyta. Administravimo dalį nustato kiekvienas kvietimas, todėl ataskaita ją nurodo ' +
      '(project.administrationCap), o numatytoji riba netaikoma.',
    en:
      'The date is the first day applications were accepted (from 6 to 28 March 2024); the page does not give ' +
      'the day the call was published. Each call sets its administration share, so the report states it ' +
      '(project.administrationCap) and no default cap is assumed.',
  },
}

/** NGO Fund 2023 competitions, under which seed 000 (NVOK06101) was funded. */
export const NGO_FUND_2023: LegalRef = {
  act:
    'Lietuvos Respublikos socialinės apsaugos ir darbo ministro 2023 m. kovo 10 d. įsakymas Nr. A1-149 ' +
    '(Nevyriausybinių organizacijų fondo 2023 m. konkursai)',
  actId: 'A1-149',
  kind: 'ministers-order',
  issuer: SADM,
  date: '2023-03-10',
  number: 'A1-149',
  url: 'https://e-tar.lt/rs/legalact/cc265d20bf1811ed97b2975f7dad7488',
  status: 'secondary-source',
  notes: {
    lt:
      'Įsakymo data ir numeris – kaip juos nurodo ministerijos konkurso skelbimas. Projektas „LKBS institucinių ' +
      'gebėjimų stiprinimas 2023 m.“ (Nr. NVOK06101) finansuotas SADM kanclerio 2023-06-22 potvarkiu Nr. A3-92, ' +
      '20 000 Eur. Įraše nurodyta „Viso 31 dalyvis: 10 buvo vietoje, o 21 jungėsi nuotoliu“; dalyvių patikra – ' +
      'tokių įrašų aritmetika, ne akto nuostata.',
    en:
      'The order’s date and number as the ministry’s announcement of the competition gives them. The project ' +
      '“LKBS institucinių gebėjimų stiprinimas 2023 m.” (No. NVOK06101) was funded by SADM chancellor decree ' +
      '2023-06-22 No. A3-92, EUR 20,000. The record reports “Viso 31 dalyvis: 10 buvo vietoje, o 21 jungėsi ' +
      'nuotoliu”; the participants check is arithmetic on such records, not a provision of the act.',
  },
}

/** The NVO vaikams konfederacija project page (periods with extension, amounts per year). */
export const NVO_VAIKAMS_PROJECT_PAGE: LegalRef = {
  act: 'NVO vaikams konfederacija: projektas „Nevyriausybinių organizacijų skėtinė veikla – tvarios visuomenės kūrimo link“',
  kind: 'news-item',
  issuer: 'NVO vaikams konfederacija',
  url: 'http://www.nvovaikamskonfederacija.lt/vykdomi-projektai/vykdomi-projektai-2/',
  status: 'secondary-source',
  notes: {
    lt:
      'Organizacijos projekto puslapis: SADM finansavimas 2016 m. liepos–gruodžio mėn. ir, pratęsus, 2017 m. ' +
      'vasario–gruodžio mėn., po 15 563,00 Eur kasmet. Puslapio data nenustatyta. Laikotarpiai, kurie nepersidengia, ' +
      'ir metinės sumos, kurių suma lygi bendrajai, yra tokių įrašų nuoseklumo patikros, ne akto nuostatos.',
    en:
      'The organisation’s project page: SADM funding for July–December 2016 and, extended, February–December ' +
      '2017, EUR 15,563.00 each year. The date of the page has not been established. Periods that do not ' +
      'overlap and yearly amounts that add up to the total are consistency checks of such records, not ' +
      'provisions of an act.',
  },
}

/**
 * Every reference the report rules cite, by name (for the test that each has its kind, date and status).
 */
export const reportingRefs = {
  BO_LAW_COUNCIL,
  KLAIPEDA_DISTRICT_BO_COUNCIL,
  VILNIUS_2019_PROJECT_REPORTS,
  UNSPENT_RETURN,
  VILNIUS_2024_CALL,
  NGO_FUND_2023,
  NVO_VAIKAMS_PROJECT_PAGE,
} as const
