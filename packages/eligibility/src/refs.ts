import { defaultRefs } from '@talka/calls'
import type { LegalRef } from '@talka/core'

/*
 * Legal references of the eligibility rules, with the LegalRef v2 fields (kind, issuer, date, number,
 * title, status; tarId where known). `status` says how the reference was checked, as
 * docs/research/legal-sources.json records it: `verified` only where the official text (e-TAR,
 * e-seimas) was read; `secondary-source` where a ministry or municipal page was read instead;
 * `unverified` where part of the citation (a point, a measure number) comes from the domain
 * specification. `notes` tell a reader, in plain words, what the citation rests on.
 * Only the ministry's acts and the law are here: a municipality's act is cited only in a verdict on
 * that municipality's own call (the call brings it; see @talka/calls). See
 * docs/decisions/0025-eligibility-legal-sources.md and 0086-eligibility-reads-the-call.md.
 */

const SADM = 'Lietuvos Respublikos socialinės apsaugos ir darbo ministras'
const SEIMAS = 'Lietuvos Respublikos Seimas'

/** Law on the Development of Community Organisations, art. 2(1): definition of a community organisation. */
export const BOPI_ART_2_1: LegalRef = {
  act: 'Lietuvos Respublikos bendruomeninių organizacijų plėtros įstatymas',
  actId: 'XIII-1774',
  article: '2',
  part: '1',
  kind: 'law',
  issuer: SEIMAS,
  date: '2018-12-13',
  number: 'XIII-1774',
  title: 'Lietuvos Respublikos bendruomeninių organizacijų plėtros įstatymas',
  url: 'https://www.e-tar.lt/portal/lt/legalAct/3e57edc0047711e9a5eaf2cd290f1944',
  effectiveFrom: '2019-03-01',
  status: 'verified',
  quote:
    '1. Bendruomeninė organizacija – asociacija, kurios steigėjai ir nariai yra gyvenamosios vietovės bendruomenės (jos dalies arba kelių gyvenamųjų vietovių) gyventojai (jų atstovai) ir kurios paskirtis – per iniciatyvas įgyvendinti viešuosius interesus, susijusius su gyvenimu kaimynystėje.',
  notes: {
    lt: 'Įstatymas galioja nuo 2019 m. kovo 1 d., todėl jis necituojamas 2017–2019 m. veiksmų plano kvietimams. Įsigaliojimo datą nurodo antriniai šaltiniai.',
    en: 'The law is in force from 1 March 2019, so it is not cited for calls under the 2017–2019 action plan. The date of entry into force is given by secondary sources.',
  },
}

/** SADM 2017–2019 action plan (order A1-99), measure 2.3 „Remti bendruomeninę veiklą savivaldybėse“. */
export const PLAN_2017_2019: LegalRef = {
  act: 'Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2017–2019 metų veiksmų planas (SADM ministro 2017-02-28 įsakymas Nr. A1-99), 2.3 priemonė „Remti bendruomeninę veiklą savivaldybėse“',
  actId: 'A1-99',
  kind: 'ministers-order',
  issuer: SADM,
  date: '2017-02-28',
  number: 'A1-99',
  url: 'http://www.3sektorius.lt/labdara-parama/konkursai/2018-03-21-vyresnio-amziaus-zmonems-atstovaujanciu-nevyriausybiniu-organizaciju-veiklos-remimo-2018-metais-projektu-atrankos-konkursas',
  effectiveFrom: '2017-02-28',
  status: 'secondary-source',
  notes: {
    lt: 'Įsakymo numeris ir data nurodyti ministerijos skelbime (nuoroda); 2.3 priemonės įgyvendinimo aprašo tekstas (pareiškėjai, išlaidos) neperskaitytas.',
    en: "The order's number and date are given in the ministry's announcement (link); the text of the description of measure 2.3 (applicants, costs) was not read.",
  },
}

/** SADM order A1-86 (2020-02-04): description of measure 1.1.5 of the 2020 action plan. */
export const DESCRIPTION_2020: LegalRef = {
  act: 'NVO ir bendruomeninės veiklos stiprinimo 2020 metų veiksmų plano įgyvendinimo 1.1.5 priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo aprašas (SADM ministro 2020-02-04 įsakymas Nr. A1-86)',
  actId: 'A1-86',
  kind: 'model-description',
  issuer: SADM,
  date: '2020-02-04',
  number: 'A1-86',
  url: 'https://e-seimas.lrs.lt/rs/legalact/TAD/4015c853738711eaa38ed97835ec4df6/',
  effectiveFrom: '2020-02-04',
  status: 'secondary-source',
  notes: {
    lt: 'Įsakymą (datą, numerį ir pavadinimą) nurodo Klaipėdos miesto savivaldybės administracijos direktoriaus 2020-03-31 įsakymas Nr. AD1-429 (nuoroda); paties aprašo tekstas neperskaitytas.',
    en: "The order (date, number and title) is named in the Klaipėda city administration director's order of 2020-03-31 No. AD1-429 (link); the description's own text was not read.",
  },
}

/** SADM order A1-246 (2021-03-24): description of measure 1.1.4 of the 2021 action plan. */
export const DESCRIPTION_2021: LegalRef = {
  act: 'NVO ir bendruomeninės veiklos stiprinimo 2021 metų veiksmų plano įgyvendinimo 1.1.4 priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo aprašas (SADM ministro 2021-03-24 įsakymas Nr. A1-246)',
  actId: 'A1-246',
  kind: 'model-description',
  issuer: SADM,
  date: '2021-03-24',
  number: 'A1-246',
  url: 'https://socmin.lrv.lt/lt/veiklos-sritys/nevyriausybiniu-organizaciju-politika/bendruomenine-veikla',
  effectiveFrom: '2021-03-24',
  status: 'secondary-source',
  notes: {
    lt: 'Įsakymo data, numeris ir pavadinimas nurodyti ministerijos puslapyje (nuoroda); aprašo tekstas neperskaitytas.',
    en: "The order's date, number and title are given on the ministry's page (link); the description's text was not read.",
  },
}

/** Same, point 4 (applicants: community organisations). */
export const DESCRIPTION_2021_P4: LegalRef = {
  ...DESCRIPTION_2021,
  point: '4',
  status: 'unverified',
  notes: {
    lt: 'Aprašas patikrintas ministerijos puslapyje, bet 4 punkto tekstas neperskaitytas: jo turinys (paraiškas teikia bendruomeninės organizacijos) – iš Talka srities aprašo.',
    en: "The description is confirmed on the ministry's page, but the text of point 4 was not read: its content (community organisations apply) comes from Talka's domain specification.",
  },
}

/** SADM 2022 action plan (order A1-130, 2022-02-25), measure 1.1.5 (standard model). */
export const PLAN_2022: LegalRef = defaultRefs.plan2022

/** 2022 pilot-model description (SADM A1-290, new wording A1-332), point 19.6. */
export const PILOT_2022_P19_6: LegalRef = {
  act: 'NVO ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų plano 1.1.6 priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo, įgyvendinant bandomąjį modelį, aprašas (SADM ministro 2022-04-15 įsakymas Nr. A1-290, nauja redakcija – Nr. A1-332)',
  actId: 'A1-290',
  point: '19.6',
  kind: 'model-description',
  issuer: SADM,
  date: '2022-04-15',
  number: 'A1-290',
  title:
    'Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų plano 1.1.6 priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo, įgyvendinant bandomąjį modelį, aprašas',
  url: 'https://www.e-tar.lt/portal/lt/legalAct/6bdbb8e0bcbf11ec8d9390588bf2de65',
  status: 'secondary-source',
  notes: {
    lt: 'Aprašą įvardija 2022 m. bandomojo modelio kvietimas; 19.6 punktą (ataskaitos Registrų centrui už N−1 arba N−2 metus) cituoja savivaldybių sprendimai. Taikoma tik 2022 m. bandomojo modelio kvietimams.',
    en: 'The description is named in the 2022 pilot-model call; point 19.6 (reports filed with the Centre of Registers for year N−1 or N−2) is cited by municipal decisions. It applies to 2022 pilot-model calls only.',
  },
}

/** SADM 2023–2025 action plan (order A1-596, 2022-09-09), measure 2.1.1.1. */
export const PLAN_2023_2025: LegalRef = {
  act: 'Nevyriausybinių organizacijų veiklos stiprinimo 2023–2025 metų veiksmų planas (SADM ministro 2022-09-09 įsakymas Nr. A1-596), 2.1.1.1 priemonė „Stiprinti bendruomeninę veiklą savivaldybėse“',
  actId: 'A1-596',
  kind: 'ministers-order',
  issuer: SADM,
  date: '2022-09-09',
  number: 'A1-596',
  title: 'Dėl Nevyriausybinių organizacijų veiklos stiprinimo 2023–2025 metų veiksmų plano patvirtinimo',
  url: 'https://www.e-tar.lt/portal/lt/legalAct/7c431ec0efeb11ed9978886e85107ab2',
  effectiveFrom: '2022-09-09',
  status: 'verified',
  notes: {
    lt: 'Data, numeris ir pavadinimas patikrinti keičiančiųjų įsakymų (2023-05-11 Nr. A1-302 ir 2023-12-04 Nr. A1-789) oficialiame tekste; nuoroda – į įsakymą A1-302.',
    en: 'Date, number and title checked in the official text of the amending orders (2023-05-11 No. A1-302 and 2023-12-04 No. A1-789); the link is to order A1-302.',
  },
}

const NGO_2023_ANNOUNCEMENT =
  'http://www.3sektorius.lt/finansavimas/konkursai/2023-03-13-nvo-fondo-2023-metu-nvo-institucinio-stiprinimo-projektu-atrankos-konkursas'

/** NGO Fund 2023 competition rules (SADM A1-149, 2023-03-10). */
export const NGO_2023: LegalRef = {
  act: 'Nevyriausybinių organizacijų fondo 2023 metų nevyriausybinių organizacijų institucinio stiprinimo projektų atrankos konkurso organizavimo nuostatai (SADM ministro 2023-03-10 įsakymas Nr. A1-149)',
  actId: 'A1-149',
  kind: 'ministers-order',
  issuer: SADM,
  date: '2023-03-10',
  number: 'A1-149',
  url: 'https://e-tar.lt/rs/legalact/cc265d20bf1811ed97b2975f7dad7488',
  effectiveFrom: '2023-03-10',
  status: 'secondary-source',
  notes: {
    lt: `Reikalavimai pareiškėjams sutikrinti su ministerijos konkurso skelbimu (${NGO_2023_ANNOUNCEMENT}); nuostatų punktų numeriai neperskaityti.`,
    en: `The applicant requirements match the ministry's announcement of the competition (${NGO_2023_ANNOUNCEMENT}); the point numbers of the rules were not read.`,
  },
}

/** NGO Fund 2023: reliable taxpayer criteria (Tax Administration Law art. 40¹) and liquidation. */
export const NGO_2023_N6: LegalRef = {
  ...NGO_2023,
  notes: {
    lt: `${NGO_2023.notes?.lt} Minimalūs patikimo mokesčių mokėtojo kriterijai – Mokesčių administravimo įstatymo 40¹ straipsnio, kaip nurodo NVO fondo 2021 m. sąlygos.`,
    en: `${NGO_2023.notes?.en} The minimal criteria of a reliable taxpayer are those of the Law on Tax Administration, art. 40¹, as the NGO Fund 2021 conditions state.`,
  },
}

const NGO_2022_ANNOUNCEMENT =
  'http://www.3sektorius.lt/finansavimas/konkursai/2022-06-16-nvo-fondo-2022-metu-nvo-institucinio-stiprinimo-projektu-atrankos-konkursas'

/** NGO Fund 2022 competition rules (SADM A1-387), via the SADM announcement. */
export const NGO_2022: LegalRef = {
  act: 'Nevyriausybinių organizacijų fondo 2022 metų nevyriausybinių organizacijų institucinio stiprinimo projektų atrankos konkurso organizavimo nuostatai (SADM ministro 2022 m. įsakymas Nr. A1-387)',
  actId: 'A1-387',
  kind: 'ministers-order',
  issuer: SADM,
  number: 'A1-387',
  url: NGO_2022_ANNOUNCEMENT,
  status: 'secondary-source',
  notes: {
    lt: 'Įsakymo data nenustatyta (konkursas paskelbtas 2022-06-16). Nuoroda – ministerijos konkurso skelbimas, kuriame išvardyti 1–5 reikalavimai pareiškėjams; nuostatų punktų numeriai nepatikrinti. Nesupainioti su kitu to paties numerio įsakymu (2008-11-28 Nr. A1-387).',
    en: "The date of the order has not been established (the competition was announced on 2022-06-16). The link is the ministry's announcement, which lists the applicant requirements 1–5; the point numbers of the rules are not checked. Not to be confused with another order of the same number (2008-11-28 No. A1-387).",
  },
}

/** NGO Fund 2022: EUR 3,000–25,000 per project, total EUR 540,000, activities until 2022-12-31. */
export const NGO_2022_AMOUNTS: LegalRef = {
  ...NGO_2022,
  url: 'https://www.ukmerge.lt/naujienos/nevyriausybiu-organizaciju-fondas-paskelbe-nvo-institucinio-stiprinimo-projektu-atrankos-konkursa/',
  notes: {
    lt: 'Įsakymo data nenustatyta. Sumos (mažiausia 3 000 Eur, didžiausia 25 000 Eur vienam projektui) – iš Ukmergės rajono savivaldybės konkurso skelbimo (nuoroda); nuostatų punktų numeriai nepatikrinti.',
    en: "The date of the order has not been established. The amounts (minimum EUR 3,000, maximum EUR 25,000 per project) come from the Ukmergė district municipality's announcement of the competition (link); the point numbers of the rules are not checked.",
  },
}

/**
 * Every reference of the package's rules and parameters, by name (for the docs and for the test that
 * each has its kind, date and status).
 */
export const eligibilityRefs = {
  BOPI_ART_2_1,
  PLAN_2017_2019,
  DESCRIPTION_2020,
  DESCRIPTION_2021,
  DESCRIPTION_2021_P4,
  PLAN_2022,
  PILOT_2022_P19_6,
  PLAN_2023_2025,
  NGO_2023,
  NGO_2023_N6,
  NGO_2022,
  NGO_2022_AMOUNTS,
} as const
