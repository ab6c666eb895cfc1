import type { LegalRef } from '@talka/core'

/*
 * Legal references of the eligibility rules. Each URL was read in a stored copy (e-TAR, e-seimas,
 * ministry and municipal pages). Where the text of a point could not be read (stored copies hold only
 * the beginning of long acts), `note` says what is verified and what is taken from the Talka domain
 * specification. See docs/decisions/0025-eligibility-legal-sources.md.
 */

const SOCMIN_COMMUNITY =
  'https://socmin.lrv.lt/lt/veiklos-sritys/nevyriausybiniu-organizaciju-politika/bendruomenine-veikla'

/** Law on the Development of Community Organisations, art. 2(1): definition of a community organisation. */
export const BOPI_ART_2_1: LegalRef = {
  act: 'Lietuvos Respublikos bendruomeninių organizacijų plėtros įstatymas',
  actId: 'XIII-1774',
  article: '2',
  part: '1',
  url: 'https://www.e-tar.lt/rs/legalact/3e57edc0047711e9a5eaf2cd290f1944/',
  effectiveFrom: '2019-03-01',
}

/** SADM 2017–2019 action plan (order A1-99), measure 2.3 „Remti bendruomeninę veiklą savivaldybėse“. */
export const PLAN_2017_2019: LegalRef = {
  act: 'Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2017–2019 metų veiksmų planas (SADM ministro 2017-02-28 įsakymas Nr. A1-99), 2.3 priemonė „Remti bendruomeninę veiklą savivaldybėse“',
  actId: 'A1-99',
  url: 'http://www.3sektorius.lt/labdara-parama/konkursai/2018-03-21-vyresnio-amziaus-zmonems-atstovaujanciu-nevyriausybiniu-organizaciju-veiklos-remimo-2018-metais-projektu-atrankos-konkursas',
  effectiveFrom: '2017-02-28',
  note: 'The order number and date are verified in the SADM announcement at this URL; the text of the measure 2.3 implementation description (applicants, cost rules) was not read in a stored copy.',
}

/** SADM order A1-86 (2020-02-04): description of measure 1.1.5 of the 2020 action plan. */
export const DESCRIPTION_2020: LegalRef = {
  act: 'NVO ir bendruomeninės veiklos stiprinimo 2020 metų veiksmų plano įgyvendinimo 1.1.5 priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo aprašas (SADM ministro 2020-02-04 įsakymas Nr. A1-86)',
  actId: 'A1-86',
  url: 'https://e-seimas.lrs.lt/rs/legalact/TAD/4015c853738711eaa38ed97835ec4df6/',
  effectiveFrom: '2020-02-04',
  note: 'Cited through Klaipėdos m. sav. administracijos direktoriaus 2020-03-31 įsakymas Nr. AD1-429, which names the SADM order; the SADM description itself was not read.',
}

/** SADM order A1-246 (2021-03-24): description of measure 1.1.4 of the 2021 action plan. */
export const DESCRIPTION_2021: LegalRef = {
  act: 'NVO ir bendruomeninės veiklos stiprinimo 2021 metų veiksmų plano įgyvendinimo 1.1.4 priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo aprašas (SADM ministro 2021-03-24 įsakymas Nr. A1-246)',
  actId: 'A1-246',
  url: SOCMIN_COMMUNITY,
  effectiveFrom: '2021-03-24',
}

/** Same, point 4 (applicants: community organisations). */
export const DESCRIPTION_2021_P4: LegalRef = {
  ...DESCRIPTION_2021,
  point: '4',
  note: 'Point 4 as given in the Talka domain specification; the ministry page confirms the act, the stored copy does not contain the text of the point.',
}

/** SADM 2022 action plan (order A1-130, 2022-02-25), measure 1.1.6. */
export const PLAN_2022: LegalRef = {
  act: 'Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų planas (SADM ministro 2022-02-25 įsakymas Nr. A1-130), 1.1.6 priemonė „Stiprinti bendruomeninę veiklą savivaldybėse“',
  actId: 'A1-130',
  url: 'https://e-tar.lt/rs/actualedition/9be12560964b11ecaf3aba0cb308998c/HEVFKTjPDW',
  effectiveFrom: '2022-02-25',
}

/** 2022 pilot-model description (SADM A1-290, amended A1-332), point 19.6. */
export const PILOT_2022_P19_6: LegalRef = {
  act: 'NVO ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų plano 1.1.6 priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo, įgyvendinant bandomąjį modelį, aprašas (SADM ministro įsakymas Nr. A1-290, pakeistas Nr. A1-332)',
  actId: 'A1-290',
  point: '19.6',
  url: 'https://www.kaunas.lt/nevyriausybines-organizacijos/2022-metai/',
  note: 'The pilot-model description is verified through the 2022 calls that apply it (Kauno m. sav., lkbs.net); the order numbers, point 19.6 and its content (reports filed with Registrų centras for year N−1 or N−2) come from the Talka domain specification.',
}

/** 2022 pilot call text: eligible activities serve the public interests of the residents. */
export const PILOT_2022_CALL: LegalRef = {
  act: 'Kvietimas teikti paraiškas bendruomeninėms organizacijoms pagal NVO ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų plano 1.1.6 priemonę, įgyvendinant bandomąjį modelį',
  url: 'https://lkbs.net/kvietimas-teikti-paraiskas-bendruomeninems-organizacijoms/',
}

/** SADM 2023–2025 action plan, measure 2.1.1.1, as applied by the Vilnius 2024 call. */
export const PLAN_2023_2025: LegalRef = {
  act: 'Nevyriausybinių organizacijų veiklos stiprinimo 2023–2025 metų veiksmų planas (SADM ministro 2022 m. rugsėjo mėn. įsakymas Nr. A1-596), 2.1.1.1 priemonė „Stiprinti bendruomeninę veiklą savivaldybėse“',
  actId: 'A1-596',
  url: 'https://vilnius.lt/lt/bendruomenes/kvietimas-teikti-paraiskas-pagal-nevyriausybiniu-organizaciju-ir-bendruomenines-veiklos-stiprinimo-2023-2025-metu-veiksmu-plano-2-1-1-1-priemone-stiprinti-bendruomenine-veikla-savivaldybese/',
  note: 'The plan is cited by A1-149 as of 2022-09-02 and by A1-730 as of 2022-09-09; the day is therefore left out. URL: the Vilnius 2024 call, which applies the measure.',
}

/** 2023 pilot call (Zarasai): minimum EUR 1,000, maximum EUR 3,000; public-interest activities. */
export const PILOT_2023_CALL: LegalRef = {
  act: 'Kvietimas teikti paraiškas pagal NVO veiklos stiprinimo 2023–2025 metų veiksmų plano 2.1.1.1 priemonę „Stiprinti bendruomeninę veiklą savivaldybėse“, įgyvendinant bandomąjį modelį (2023 m., Zarasų r.)',
  url: 'https://stadviliubendruomene.lt/naujienos/bendruomenines-organizacijos-kvieciamos-teikti-paraiskas-pagal-2-1-1-1-pilotine-priemone/',
  note: 'Announcement of the Zarasų bendruomenių asociacija quoting the call: minimum EUR 1,000, maximum EUR 3,000, activities that satisfy the public interests and needs of the residents.',
}

/** Vilnius 2024 call: community organisations with the NGO mark, EUR 3,000–15,000. */
export const VILNIUS_2024_CALL: LegalRef = {
  act: 'Vilniaus miesto savivaldybės administracijos kvietimas teikti paraiškas pagal NVO veiklos stiprinimo 2023–2025 metų veiksmų plano 2.1.1.1 priemonę „Stiprinti bendruomeninę veiklą savivaldybėse“ (2024 m.)',
  url: PLAN_2023_2025.url,
}

/** Šakiai 2024 description (AT-211), point 45: fallback applicants and re-announced competitions. */
export const SAKIAI_2024_P45: LegalRef = {
  act: '2.1.1.1 priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo Šakių rajono savivaldybėje aprašas (Šakių r. sav. administracijos direktoriaus 2023-03-03 įsakymas Nr. AT-211)',
  actId: 'AT-211',
  point: '45',
  url: 'https://www.sakiai.lt/puslapiai/bendruomenines-veiklos-remimas',
  note: 'The 2024 call page states that NGOs or traditional religious communities may apply if the community organisations of the territory do not apply, or when a new competition is announced in the cases of point 45.',
}

/** Pagėgiai 2022 description (A1-418), point 42: fallback applicants and re-announced competitions. */
export const PAGEGIAI_2022_P42: LegalRef = {
  act: '1.1.6 priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo Pagėgių savivaldybėje aprašas (Pagėgių sav. administracijos direktoriaus 2022-05-03 įsakymas Nr. A1-418)',
  actId: 'A1-418',
  point: '42',
  url: 'https://www.pagegiai.lt/2022/09/30/kvietimas-teikti-paraiskas-pagal-nevyriausybiniu-organizaciju-ir-bendruomenines-veiklos-stiprinimo-2022-metu-veiksmu-plano-igyvendinimo-1-1-6-priemone-stiprinti-bendruomenine-veikla-savivaldy/',
  note: 'The 2022 call page states that NGOs or religious communities may apply if the community organisations of the territory do not apply, or when a new competition is announced in the cases of point 42.',
}

/** Kaunas district 2018 call (description TS-257 as amended by TS-182): EUR 500 minimum, eldership maximums. */
export const KAUNAS_DISTRICT_2018_CALL: LegalRef = {
  act: 'Kauno rajono savivaldybės kvietimas teikti paraiškas pagal 2017–2019 metų veiksmų plano 2.3 priemonę „Remti bendruomeninę veiklą savivaldybėse“ (2018 m.; aprašas patvirtintas Kauno r. sav. tarybos 2017-06-29 sprendimu Nr. TS-257, pakeistas 2018-06-28 sprendimu Nr. TS-182)',
  actId: 'TS-257',
  url: 'https://krs.lt/savivaldybe/seniunaitijos/kvietimas-teikti-paraiskas/',
}

/** Standard model 2017–2019: long-term tangible assets at most 20 % of the grant (unverified point). */
export const ASSETS_CAP_2017_2019: LegalRef = {
  ...PLAN_2017_2019,
  note: 'The cap “long-term tangible assets at most 20 % of the funds granted to the project” is taken from the Talka issue for the standard model 2017–2019; neither the point of the SADM measure 2.3 description nor a municipal description stating it was found in a stored copy.',
}

const NGO_2023_ANNOUNCEMENT =
  'http://www.3sektorius.lt/finansavimas/konkursai/2023-03-13-nvo-fondo-2023-metu-nvo-institucinio-stiprinimo-projektu-atrankos-konkursas'

/** NGO Fund 2023 competition rules (SADM A1-149, 2023-03-10). */
export const NGO_2023: LegalRef = {
  act: 'Nevyriausybinių organizacijų fondo 2023 metų nevyriausybinių organizacijų institucinio stiprinimo projektų atrankos konkurso organizavimo nuostatai (SADM ministro 2023-03-10 įsakymas Nr. A1-149)',
  actId: 'A1-149',
  url: 'https://e-tar.lt/rs/legalact/cc265d20bf1811ed97b2975f7dad7488',
  effectiveFrom: '2023-03-10',
  note: `Applicant requirements verified in the SADM announcement of the competition (${NGO_2023_ANNOUNCEMENT}); the point numbers of the nuostatai were not read in a stored copy.`,
}

/** NGO Fund 2023: reliable taxpayer criteria (Tax Administration Law art. 40¹) and liquidation. */
export const NGO_2023_N6: LegalRef = {
  ...NGO_2023,
  note: `${NGO_2023.note} The minimal criteria of a reliable taxpayer are those of the Law on Tax Administration (Mokesčių administravimo įstatymas), art. 40¹, as the NGO Fund 2021 conditions state.`,
}

const NGO_2022_ANNOUNCEMENT =
  'http://www.3sektorius.lt/finansavimas/konkursai/2022-06-16-nvo-fondo-2022-metu-nvo-institucinio-stiprinimo-projektu-atrankos-konkursas'

/** NGO Fund 2022 competition rules (SADM A1-387), via the SADM announcement. */
export const NGO_2022: LegalRef = {
  act: 'Nevyriausybinių organizacijų fondo 2022 metų nevyriausybinių organizacijų institucinio stiprinimo projektų atrankos konkurso organizavimo nuostatai (SADM ministro 2022 m. įsakymas Nr. A1-387)',
  actId: 'A1-387',
  url: NGO_2022_ANNOUNCEMENT,
  note: 'The e-TAR address and the date of order A1-387 were not found in a stored copy; the URL is the SADM announcement (2022-06-16), which lists the applicant requirements 1–5. Point numbers of the nuostatai are unverified.',
}

/** NGO Fund 2022: EUR 3,000–25,000 per project, total EUR 540,000, activities until 2022-12-31. */
export const NGO_2022_AMOUNTS: LegalRef = {
  ...NGO_2022,
  url: 'https://www.ukmerge.lt/naujienos/nevyriausybiu-organizaciju-fondas-paskelbe-nvo-institucinio-stiprinimo-projektu-atrankos-konkursa/',
  note: 'Amounts (minimum EUR 3,000, maximum EUR 25,000 per project) verified in the municipal announcement of the competition at this URL; point numbers of the nuostatai are unverified.',
}
