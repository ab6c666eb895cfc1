import type { LegalRef } from '@talka/core'

/** Law on the Development of Community Organisations: the municipal council of community organisations. */
export const BO_LAW_COUNCIL: LegalRef = {
  act: 'Lietuvos Respublikos bendruomeninių organizacijų plėtros įstatymas (2018 m. gruodžio 13 d. Nr. XIII-1774)',
  actId: 'XIII-1774',
  article: '8',
  url: 'https://www.e-tar.lt/rs/legalact/3e57edc0047711e9a5eaf2cd290f1944/',
  effectiveFrom: '2019-03-01',
  note:
    'Savivaldybės bendruomeninių organizacijų taryba (3 metų kadencija). The article number comes from Plungė council ' +
    'decision 2019-07-25 No. T1-180, which cites art. 8(1) for the council statute; the stored copy of the law ' +
    'was read only up to art. 2, so the part is unverified. The law sets no form for the plan report.',
}

/** The Klaipėda district council's page: its functions, among them publishing its activity report. */
export const KLAIPEDA_DISTRICT_BO_COUNCIL: LegalRef = {
  act: 'Klaipėdos rajono savivaldybės Bendruomeninių organizacijų taryba: nuostatai ir funkcijos',
  url: 'https://klaipedos-r.lt/komisijos-tarybos/bendruomeniniu-organizaciju-taryba/',
  note:
    'Function 5: the council publishes its activity report on the municipality website. The report form ' +
    '(Eil. Nr., Priemonės pavadinimas, Rodiklio pavadinimas, Atsakingi vykdytojai, Įvykdymas; plan period and ' +
    'report year in the title) is read from seed 003, the 2024 report on the 2023−2025 plan; the numbering, ' +
    'period and date checks follow from that form, not from a legal provision.',
}

/** Vilnius 2019: reports of projects under the measure, with the forms they consist of. */
export const VILNIUS_2019_PROJECT_REPORTS: LegalRef = {
  act:
    'Vilniaus miesto savivaldybės administracijos direktoriaus 2019 m. rugsėjo 16 d. įsakymas Nr. 30-2360/19 ' +
    '(2.3 priemonės „Remti bendruomeninę veiklą savivaldybėse“ finansuojamų projektų ataskaitų teikimas)',
  actId: '30-2360/19',
  url: 'https://vilnius.lt/lt/bendruomenes/del-2019-m-nevyriausybiniu-organizaciju-ir-bendruomenines-veiklos-stiprinimo-2017-2019-metu-veiksmu-plano-igyvendinimo-2-3-priemones-remti-bendruomenine-veikla-savivaldybese/',
  note:
    'Forms: Projekto veiklos ataskaita, 3BVS, 4BVS, 5BVS, 6BVS (6BVS records the approved activities and the funds ' +
    'for administration vs project implementation); deadlines from point 5.5 of the state-funds-use contract ' +
    '(Valstybės biudžeto lėšų naudojimo sutartis). The contract text itself is not among the stored copies.',
}

/** The return of unspent funds: stated by the domain specification, provision not found. */
export const UNSPENT_RETURN: LegalRef = {
  ...VILNIUS_2019_PROJECT_REPORTS,
  note:
    'Unspent = granted − actual and must be returned: the budget-execution forms (3BVS, 4BVS) report received vs ' +
    'used funds. The point of the state-funds-use contract or measure description that orders the return was not ' +
    'found in the stored copies (unverified).',
}

/** Vilnius 2024 call: the administration share is set per call (8,251 of 412,551 EUR). */
export const VILNIUS_2024_CALL: LegalRef = {
  act:
    'Vilniaus miesto savivaldybė: kvietimas teikti paraiškas pagal 2023–2025 metų veiksmų plano 2.1.1.1 priemonę ' +
    '„Stiprinti bendruomeninę veiklą savivaldybėse“ (2024 m.)',
  url: 'https://vilnius.lt/lt/bendruomenes/kvietimas-teikti-paraiskas-pagal-nevyriausybiniu-organizaciju-ir-bendruomenines-veiklos-stiprinimo-2023-2025-metu-veiksmu-plano-2-1-1-1-priemone-stiprinti-bendruomenine-veikla-savivaldybese/',
  note:
    'The call splits its money between projects (404,300 EUR) and administration (8,251 EUR); a cap on administration ' +
    'is a parameter of each call, so the report states it (project.administrationCap) and no default is assumed.',
}

/** NGO Fund 2023 competitions, under which seed 000 (NVOK06101) was funded. */
export const NGO_FUND_2023: LegalRef = {
  act:
    'Lietuvos Respublikos socialinės apsaugos ir darbo ministro 2023 m. kovo 10 d. įsakymas Nr. A1-149 ' +
    '(Nevyriausybinių organizacijų fondo 2023 m. konkursai)',
  actId: 'A1-149',
  url: 'https://e-tar.lt/rs/legalact/cc265d20bf1811ed97b2975f7dad7488',
  note:
    'Seed 000: project „LKBS institucinių gebėjimų stiprinimas 2023 m.“ (Nr. NVOK06101), funded by SADM chancellor ' +
    'decree 2023-06-22 No. A3-92, EUR 20,000. The record reports "Viso 31 dalyvis: 10 buvo vietoje, o 21 jungėsi ' +
    'nuotoliu"; the participants check is arithmetic on such records, not a provision of the act.',
}

/** Seed 004: the NVO vaikams konfederacija project page (periods with extension, amounts per year). */
export const NVO_VAIKAMS_PROJECT_PAGE: LegalRef = {
  act: 'NVO vaikams konfederacija: projektas „Nevyriausybinių organizacijų skėtinė veikla – tvarios visuomenės kūrimo link“',
  url: 'http://www.nvovaikamskonfederacija.lt/vykdomi-projektai/vykdomi-projektai-2/',
  note:
    'Seed 004: SADM funding 2016 m. liepos–gruodžio mėn. and, extended, 2017 m. vasario–gruodžio mėn., 15 563,00 EUR ' +
    'each year. Periods that do not overlap and yearly amounts that add up to the total are consistency checks of ' +
    'such records, not provisions of an act.',
}
