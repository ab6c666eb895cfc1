import type { LegalRef } from '@talka/core'

/**
 * The legal references this package cites, in one place (internal module). Each carries the v2
 * fields (kind, issuer, date, number, title, status, tarId where known) and says in `notes` (lt/en)
 * what it supports and what was read. `status` is what was read: `verified` = the official text,
 * `secondary-source` = a page quoting or naming the act, `unverified` = neither.
 *
 * Defaults of rules cite the ministry; a municipality's own description is cited only for that
 * municipality's allocation (see `municipal-descriptions.ts`).
 */

/**
 * A reference with other notes. A function (called with a pure annotation) rather than an object
 * spread at module level: bundlers keep a spread's source alive, so a page that only allocates would
 * carry every reference's text.
 */
export function withNotes(ref: LegalRef, notes: { lt: string; en: string }): LegalRef {
  return { ...ref, notes }
}

const SADM_MINISTER = 'Lietuvos Respublikos socialinės apsaugos ir darbo ministras'
const SOCMIN_COMMUNITY_PAGE =
  'https://socmin.lrv.lt/lt/veiklos-sritys/nevyriausybiniu-organizaciju-politika/bendruomenine-veikla'
const JONAVA_13B_548_URL = 'https://e-seimas.lrs.lt/rs/legalact/TAD/dd7637c4a2d811ebb458f88c56e2040c/'
const JONAVA_13B_313_URL = 'https://e-seimas.lrs.lt/rs/legalact/TAD/9e050632beb911ed924fd817f8fa798e/'
const PLUNGE_2024_URL =
  'https://www.plunge.lt/skelbimai/patvirtintas-finansuojamu-plunges-rajono-savivaldybes-pareiskeju-projektu-sarasas-igyvendinant-nevyriausybiniu-organizaciju-veiklos-stiprinimo-2023-2025-metu-veiksmu-plano-2-1-1-1-priemone/'

/** SADM order A1-246 (2021-03-24): description of measure 1.1.4, budget and the residents rule. */
export const A1_246: LegalRef = {
  act:
    'Socialinės apsaugos ir darbo ministro 2021 m. kovo 24 d. įsakymas Nr. A1-246 „Dėl Nevyriausybinių ' +
    'organizacijų ir bendruomeninės veiklos stiprinimo 2021 metų veiksmų plano įgyvendinimo 1.1.4 priemonės ' +
    '„Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo aprašo patvirtinimo“',
  actId: 'A1-246',
  url: SOCMIN_COMMUNITY_PAGE,
  kind: 'ministers-order',
  issuer: SADM_MINISTER,
  date: '2021-03-24',
  number: 'A1-246',
  title:
    'Dėl Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2021 metų veiksmų plano įgyvendinimo ' +
    '1.1.4 priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo aprašo patvirtinimo',
  status: 'secondary-source',
  quote:
    'Socialinės apsaugos ir darbo ministro įsakymu lėšos Priemonei įgyvendinti skiriamos savivaldybių ' +
    'administracijoms pagal jose praėjusiais kalendoriniais metais gyvenamąją vietą deklaravusių gyventojų ' +
    'skaičių, remiantis valstybės įmonės Registrų centro einamųjų metų sausio 1 d. pateiktais duomenimis.',
  notes: {
    lt:
      'Cituojama pagal Socialinės apsaugos ir darbo ministerijos puslapį „Bendruomeninė veikla“: 2021 m. ' +
      'biudžetas 2 000 tūkst. Eur, lėšos skiriamos savivaldybių administracijoms pagal deklaravusių gyventojų ' +
      'skaičių. Aprašo punkto numeris ir e. TAR adresas nežinomi.',
    en:
      'Quoted from the ministry page "Bendruomeninė veikla": 2021 budget EUR 2,000 thousand; funds go to ' +
      'municipal administrations by declared residents. The point number and the e-TAR address are not known.',
  },
}

/** SADM order A1-269 (2021-03-30): the 2021 allocation to municipalities, named by Jonava 13B-548. */
export const A1_269: LegalRef = {
  act:
    'Socialinės apsaugos ir darbo ministro 2021 m. kovo 30 d. įsakymas Nr. A1-269 „Dėl 2021 metų lėšų ' +
    'paskirstymo savivaldybėms bendruomeninei veiklai stiprinti patvirtinimo“',
  actId: 'A1-269',
  url: JONAVA_13B_548_URL,
  kind: 'ministers-order',
  issuer: SADM_MINISTER,
  date: '2021-03-30',
  number: 'A1-269',
  title: 'Dėl 2021 metų lėšų paskirstymo savivaldybėms bendruomeninei veiklai stiprinti patvirtinimo',
  status: 'secondary-source',
  notes: {
    lt:
      'Data, numeris ir pavadinimas – iš Jonavos rajono savivaldybės administracijos direktoriaus 2021 m. ' +
      'balandžio 21 d. įsakymo Nr. 13B-548 preambulės (Jonavai skirta 29 056,00 Eur); nuoroda – į šį įsakymą. ' +
      'Sumos sveikais eurais, kaip rodo paskelbtos sumos (29 056,00; 12 902,00).',
    en:
      'Date, number and title from the preamble of Jonava district administration director’s order ' +
      '2021-04-21 No. 13B-548 (EUR 29,056.00 to Jonava); the link is to that order. Whole euros, as the ' +
      'published amounts show (29,056.00; 12,902.00).',
  },
}

/** SADM order A1-130 (2022-02-25): the 2022 action plan (measure 1.1.5). */
export const A1_130: LegalRef = {
  act:
    'Socialinės apsaugos ir darbo ministro 2022 m. vasario 25 d. įsakymas Nr. A1-130 „Dėl Nevyriausybinių ' +
    'organizacijų ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų plano patvirtinimo“',
  actId: 'A1-130',
  url: 'https://www.e-tar.lt/rs/legalact/9be12560964b11ecaf3aba0cb308998c/',
  kind: 'ministers-order',
  issuer: SADM_MINISTER,
  date: '2022-02-25',
  number: 'A1-130',
  title:
    'Dėl Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų plano patvirtinimo',
  tarId: '2022-03784',
  consolidatedAsOf: '2022-10-18',
  status: 'verified',
  notes: {
    lt:
      'Veiksmų planas su 1.1.5 priemone „Stiprinti bendruomeninę veiklą savivaldybėse“ (e. TAR suvestinė ' +
      'redakcija nuo 2022-10-18). Pats planas lėšų skirstymo pagal gyventojus taisyklės nenustato: 2022 m. ' +
      'priemonės aprašo ir paskirstymo įsakymo tekstai nepatikrinti.',
    en:
      'Action plan with measure 1.1.5 (e-TAR consolidated text from 2022-10-18). The plan itself does not ' +
      'state the residents rule: the texts of the 2022 description of the measure and of the allocation order ' +
      'have not been checked.',
  },
}

/** SADM order A1-95 (2023-02-10): the 2023 allocation, named by Jonava 13B-313. */
export const A1_95: LegalRef = {
  act:
    'Socialinės apsaugos ir darbo ministro 2023 m. vasario 10 d. įsakymas Nr. A1-95 „Dėl 2023 metų lėšų ' +
    'paskirstymo savivaldybėms bendruomeninei veiklai stiprinti patvirtinimo“',
  actId: 'A1-95',
  url: JONAVA_13B_313_URL,
  kind: 'ministers-order',
  issuer: SADM_MINISTER,
  date: '2023-02-10',
  number: 'A1-95',
  title: 'Dėl 2023 metų lėšų paskirstymo savivaldybėms bendruomeninei veiklai stiprinti patvirtinimo',
  status: 'secondary-source',
  notes: {
    lt:
      'NVO veiklos stiprinimo 2023–2025 m. veiksmų plano 2.1.1.1 priemonė. Įsakymas nurodytas Jonavos rajono ' +
      'savivaldybės administracijos direktoriaus 2023 m. kovo 9 d. įsakymo Nr. 13B-313 preambulėje; nuoroda – ' +
      'į šį įsakymą.',
    en:
      'Measure 2.1.1.1 of the 2023–2025 NGO action plan. The order is named in the preamble of Jonava district ' +
      'administration director’s order 2023-03-09 No. 13B-313; the link is to that order.',
  },
}

/** SADM order A1-55 (2024-01-22): the 2024 allocation, named by Plungė. */
export const A1_55: LegalRef = {
  act:
    'Socialinės apsaugos ir darbo ministro 2024 m. sausio 22 d. įsakymas Nr. A1-55 „Dėl 2024 metų lėšų ' +
    'paskirstymo savivaldybėms bendruomeninei veiklai stiprinti patvirtinimo“',
  actId: 'A1-55',
  url: PLUNGE_2024_URL,
  kind: 'ministers-order',
  issuer: SADM_MINISTER,
  date: '2024-01-22',
  number: 'A1-55',
  title: 'Dėl 2024 metų lėšų paskirstymo savivaldybėms bendruomeninei veiklai stiprinti patvirtinimo',
  status: 'secondary-source',
  notes: {
    lt:
      'Pavadinimas ir data – iš Plungės rajono savivaldybės 2024-05-31 skelbimo („skirta valstybės biudžeto ' +
      'lėšų – 22 864,00 eurai“). Sumos sveikais eurais, kaip rodo paskelbtos sumos (22 864,00; 17 419,00).',
    en:
      'Title and date from the Plungė district announcement of 2024-05-31 ("22 864,00 eurai"). Whole euros, as ' +
      'the published amounts show (22,864.00; 17,419.00).',
  },
}

/**
 * SADM order A1-293 (2017-06-09): the 2017–2019 allocation by the number of personal income tax
 * payers (VMI data for three tax years). Date and number only: neither the order nor an act citing
 * it could be read.
 */
export const A1_293: LegalRef = {
  act: 'Socialinės apsaugos ir darbo ministro 2017 m. birželio 9 d. įsakymas Nr. A1-293',
  actId: 'A1-293',
  url: 'https://www.e-tar.lt/',
  kind: 'ministers-order',
  issuer: SADM_MINISTER,
  date: '2017-06-09',
  number: 'A1-293',
  status: 'unverified',
  notes: {
    lt:
      'Nei įsakymo, nei jį cituojančio akto perskaityti nepavyko; pavadinimas ir e. TAR adresas nežinomi. ' +
      'Skirstymas pagal gyventojų pajamų mokesčio mokėtojų skaičių (Valstybinės mokesčių inspekcijos trejų ' +
      'mokestinių metų duomenys) nepatikrintas oficialiame tekste, todėl šiuos skaičius pateikia naudotojas.',
    en:
      'Neither the order nor an act citing it could be read; title and e-TAR address unknown. The basis ' +
      '(number of personal income tax payers, VMI data for three tax years) is not checked against the ' +
      'official text, so the caller supplies those figures.',
  },
}
