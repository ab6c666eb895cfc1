import type { LegalRef } from '@talka/core'

/**
 * The legal references this package cites, in one place. Internal module; each reference says in
 * `note` what it supports and what could not be verified in a stored copy of the act.
 */

const SOCMIN_COMMUNITY_PAGE =
  'https://socmin.lrv.lt/lt/veiklos-sritys/nevyriausybiniu-organizaciju-politika/bendruomenine-veikla'
const JONAVA_13B_548 = 'https://e-seimas.lrs.lt/rs/legalact/TAD/dd7637c4a2d811ebb458f88c56e2040c/'
const JONAVA_13B_313 = 'https://e-seimas.lrs.lt/rs/legalact/TAD/9e050632beb911ed924fd817f8fa798e/'
const PLUNGE_2024 =
  'https://www.plunge.lt/skelbimai/patvirtintas-finansuojamu-plunges-rajono-savivaldybes-pareiskeju-projektu-sarasas-igyvendinant-nevyriausybiniu-organizaciju-veiklos-stiprinimo-2023-2025-metu-veiksmu-plano-2-1-1-1-priemone/'

/** SADM order A1-246 (2021-03-24): description of measure 1.1.4, budget and the residents rule. */
export const A1_246: LegalRef = {
  act:
    'Socialinės apsaugos ir darbo ministro 2021 m. kovo 24 d. įsakymas Nr. A1-246 „Dėl Nevyriausybinių ' +
    'organizacijų ir bendruomeninės veiklos stiprinimo 2021 metų veiksmų plano įgyvendinimo 1.1.4 priemonės ' +
    '„Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo aprašo patvirtinimo“',
  actId: 'A1-246',
  url: SOCMIN_COMMUNITY_PAGE,
  note:
    'Quoted from the SADM "Bendruomeninė veikla" page: 2021 budget 2 000 thousand EUR; funds allocated to ' +
    'municipal administrations by the number of residents who declared their place of residence there in the ' +
    'previous calendar year, per Registrų centras data of 1 January of the current year. The point number of ' +
    'the description and the e-TAR address of the act were not available in a stored copy (unverified).',
}

/** SADM order A1-269 (2021-03-30): the 2021 allocation to municipalities, cited via Jonava. */
export const A1_269: LegalRef = {
  act:
    'Socialinės apsaugos ir darbo ministro 2021 m. kovo 30 d. įsakymas Nr. A1-269 „Dėl 2021 metų lėšų ' +
    'paskirstymo savivaldybėms bendruomeninei veiklai stiprinti patvirtinimo“',
  actId: 'A1-269',
  url: JONAVA_13B_548,
  note:
    'The order and its annex were not found; cited through Jonavos r. sav. administracijos direktoriaus ' +
    '2021-04-21 įsakymas Nr. 13B-548, which applies it (29 056,00 Eur to Jonava). Whole-euro amounts are an ' +
    'inference from the published figures (29 056,00; Lazdijai 12 902,00).',
}

/** SADM order A1-130 (2022-02-25): the 2022 action plan (measure 1.1.5). */
export const A1_130: LegalRef = {
  act:
    'Socialinės apsaugos ir darbo ministro 2022 m. vasario 25 d. įsakymas Nr. A1-130 „Dėl Nevyriausybinių ' +
    'organizacijų ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų plano patvirtinimo“',
  actId: 'A1-130',
  url: 'https://www.e-tar.lt/rs/legalact/9be12560964b11ecaf3aba0cb308998c/',
  note:
    'Action plan with measure 1.1.5 "Stiprinti bendruomeninę veiklą savivaldybėse". The 2022 description of the ' +
    'measure and the 2022 allocation order were not found; that the residents rule kept the 2021 wording is ' +
    'reported by the domain specification, not verified in a stored copy.',
}

/** SADM order A1-95 (2023-02-10): the 2023 allocation, cited via Jonava 13B-313. */
export const A1_95: LegalRef = {
  act:
    'Socialinės apsaugos ir darbo ministro 2023 m. vasario 10 d. įsakymas Nr. A1-95 „Dėl 2023 metų lėšų ' +
    'paskirstymo savivaldybėms bendruomeninei veiklai stiprinti patvirtinimo“',
  actId: 'A1-95',
  url: JONAVA_13B_313,
  note:
    'Measure 2.1.1.1 of the NVO veiklos stiprinimo 2023–2025 m. veiksmų planas. The order and its annex were not ' +
    'found; cited through Jonavos r. sav. administracijos direktoriaus 2023-03-09 įsakymas Nr. 13B-313, which ' +
    'applies it. The residents rule of the 2023–2025 description is reported to keep the 2021 wording (unverified).',
}

/** SADM order A1-55 (2024-01-22): the 2024 allocation, cited via Plungė. */
export const A1_55: LegalRef = {
  act: 'Socialinės apsaugos ir darbo ministro 2024 m. sausio 22 d. įsakymas Nr. A1-55 (2024 m. lėšų paskirstymas)',
  actId: 'A1-55',
  url: PLUNGE_2024,
  note:
    'Cited through the Plungė district announcement of 2024-05-31 ("skirta valstybės biudžeto lėšų – 22 864,00 ' +
    'eurai"); the title of the order and its annex were not available. Whole-euro amounts are an inference ' +
    '(Plungė 22 864,00; Šakiai 17 419,00).',
}

/** 2025 budget of the measure as announced in the news. */
export const BUDGET_2025_NEWS: LegalRef = {
  act: 'SADM: 2025 m. savivaldybių bendruomeninių organizacijų stiprinimo projektams skirta 2 180 tūkst. Eur (naujiena)',
  url: 'https://rinkosaikste.lt/bendruomenems-stiprinti-daugiau-kaip-2-mln-euru-jie-bus-skirti-gyventoju-veikloms',
  note:
    'News item, not the SADM allocation order (not found); it does not say whether the amount includes the ' +
    'pilot model.',
}

/** Jonava 2021: 2000 EUR per eldership, the rest by declared residents (the fixed-part rule). */
export const JONAVA_FIXED_PART: LegalRef = {
  act:
    'Jonavos rajono savivaldybės administracijos direktoriaus 2021 m. balandžio 21 d. įsakymas Nr. 13B-548 ' +
    '„Dėl Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2021 metų veiksmų plano 1.1.4 ' +
    'priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo 2021 metais“',
  actId: '13B-548',
  point: '1',
  url: JONAVA_13B_548,
  note:
    '"vienai seniūnijai skiriant 2000 Eur, o likusią dalį – pagal jose 2021-01-01 gyvenamąją vietą deklaravusių ' +
    'gyventojų skaičių", applying points 50.1–50.2 of the municipal description (order 13B-541 of 2021-04-20).',
}

/** Skuodas 2022: the published table gives the smallest eldership 500 EUR (a minimum, inferred). */
export const SKUODAS_2022: LegalRef = {
  act: 'Skuodo rajono savivaldybės administracijos direktoriaus 2022 m. gegužės 13 d. įsakymas Nr. A1-434 „Dėl lėšų skyrimo“ (naujiena)',
  actId: 'A1-434',
  url: 'https://skuodas.lt/paskirstytos-lesos-priemonei-stiprinti-bendruomenine-veikla-savivaldybese/',
  note:
    'Barstyčių seniūnija got 500 Eur against a pro-rata 497.53: a minimum of 500 Eur per eldership is an ' +
    'inference; the news item does not state a minimum. The removal-and-resplit procedure follows the domain ' +
    'specification.',
}
