import type { LegalRef } from '@talka/core'

/*
 * The references a reason cites where a call is silent: the ministry's acts behind the measure
 * "Stiprinti bendruomeninę veiklą savivaldybėse" (its model descriptions and action plans) and the law.
 * Never a municipality's act: a municipality's act is cited only for that municipality's own call.
 * Dates, numbers and statuses follow docs/research/legal-sources.json where it records the act, and
 * otherwise the way @talka/eligibility (src/refs.ts) and @talka/evaluation (src/legal-refs.ts) cite it.
 */

const SADM = 'Lietuvos Respublikos socialinės apsaugos ir darbo ministras'

/**
 * The ministry's and the law's references that {@link citationFor} falls back to, each with the LegalRef v2
 * fields (kind, issuer, date, number, title, status). None is a municipal act.
 *
 * @example
 * ```ts
 * import { defaultRefs } from '@talka/calls'
 * defaultRefs.pilot2022Description.number // 'A1-290'
 * defaultRefs.communityOrganisationsLaw.kind // 'law'
 * ```
 */
export const defaultRefs = {
  /** The 2022 pilot-model description (SADM 2022-04-15 No. A1-290, new wording A1-332). */
  pilot2022Description: {
    act:
      'Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų plano 1.1.6 priemonės ' +
      '„Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo, įgyvendinant bandomąjį modelį, aprašas ' +
      '(SADM ministro 2022-04-15 įsakymas Nr. A1-290)',
    actId: 'A1-290',
    kind: 'model-description',
    issuer: SADM,
    date: '2022-04-15',
    number: 'A1-290',
    title:
      'Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų plano 1.1.6 priemonės ' +
      '„Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo, įgyvendinant bandomąjį modelį, aprašas',
    url: 'https://www.e-tar.lt/portal/lt/legalAct/6bdbb8e0bcbf11ec8d9390588bf2de65',
    status: 'secondary-source',
    notes: {
      lt: 'Aprašas nurodytas 2022 m. kvietime (lkbs.net); įsakymo data ir numeris – iš projekto dokumentų. Savivaldybių sprendimai cituoja jo 19.6, 28, 34 ir 40 punktus.',
      en: 'The description is named in the 2022 call (lkbs.net); the order’s date and number come from project documents. Municipal decisions cite its points 19.6, 28, 34 and 40.',
    },
  },
  /** The 2021 standard-model description (SADM 2021-03-24 No. A1-246), measure 1.1.4. */
  standard2021Description: {
    act:
      'NVO ir bendruomeninės veiklos stiprinimo 2021 metų veiksmų plano įgyvendinimo 1.1.4 priemonės „Stiprinti ' +
      'bendruomeninę veiklą savivaldybėse“ įgyvendinimo aprašas (SADM ministro 2021-03-24 įsakymas Nr. A1-246)',
    actId: 'A1-246',
    kind: 'model-description',
    issuer: SADM,
    date: '2021-03-24',
    number: 'A1-246',
    url: 'https://socmin.lrv.lt/lt/veiklos-sritys/nevyriausybiniu-organizaciju-politika/bendruomenine-veikla',
    status: 'secondary-source',
    notes: {
      lt: 'Data ir numeris patikrinti ministerijos puslapyje; aprašo tekstas neperskaitytas.',
      en: 'Date and number checked on the ministry’s page; the text of the description was not read.',
    },
  },
  /** The 2020 standard-model description (SADM 2020-02-04 No. A1-86), measure 1.1.5. */
  standard2020Description: {
    act:
      'NVO ir bendruomeninės veiklos stiprinimo 2020 metų veiksmų plano įgyvendinimo 1.1.5 priemonės „Stiprinti ' +
      'bendruomeninę veiklą savivaldybėse“ įgyvendinimo aprašas (SADM ministro 2020-02-04 įsakymas Nr. A1-86)',
    actId: 'A1-86',
    kind: 'model-description',
    issuer: SADM,
    date: '2020-02-04',
    number: 'A1-86',
    url: 'https://e-seimas.lrs.lt/rs/legalact/TAD/4015c853738711eaa38ed97835ec4df6/',
    status: 'secondary-source',
    notes: {
      lt: 'Nurodytas Klaipėdos m. savivaldybės administracijos direktoriaus 2020-03-31 įsakyme Nr. AD1-429; paties aprašo tekstas neperskaitytas.',
      en: 'Named in the Klaipėda city administration director’s order of 2020-03-31 No. AD1-429; the description itself was not read.',
    },
  },
  /** The 2022 action plan (SADM 2022-02-25 No. A1-130), measure 1.1.5 (standard model in 2022; the pilot is 1.1.6). */
  plan2022: {
    act:
      'Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų planas (SADM ministro ' +
      '2022-02-25 įsakymas Nr. A1-130), 1.1.5 priemonė „Stiprinti bendruomeninę veiklą savivaldybėse“ (standartinis modelis)',
    actId: 'A1-130',
    kind: 'ministers-order',
    issuer: SADM,
    date: '2022-02-25',
    number: 'A1-130',
    title:
      'Dėl Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų plano patvirtinimo',
    tarId: '2022-03784',
    url: 'https://e-tar.lt/rs/actualedition/9be12560964b11ecaf3aba0cb308998c/HEVFKTjPDW',
    effectiveFrom: '2022-02-25',
    status: 'unverified',
    notes: {
      lt: 'Įsakymo data, numeris, pavadinimas ir TAR identifikacinis kodas patikrinti e-TAR; priemonės numeris (1.1.5 – standartinis modelis, 1.1.6 – bandomasis) plano priede nepatikrintas.',
      en: "The order's date, number, title and TAR identification code were checked on e-TAR; the measure number (1.1.5 for the standard model, 1.1.6 for the pilot) was not checked in the plan's annex.",
    },
  },
  /** The 2023–2025 action plan (SADM 2022-09-09 No. A1-596), measure 2.1.1.1. */
  plan2023to2025: {
    act:
      'Nevyriausybinių organizacijų veiklos stiprinimo 2023–2025 metų veiksmų planas (SADM ministro 2022-09-09 ' +
      'įsakymas Nr. A1-596), 2.1.1.1 priemonė „Stiprinti bendruomeninę veiklą savivaldybėse“',
    actId: 'A1-596',
    kind: 'ministers-order',
    issuer: SADM,
    date: '2022-09-09',
    number: 'A1-596',
    title: 'Dėl Nevyriausybinių organizacijų veiklos stiprinimo 2023–2025 metų veiksmų plano patvirtinimo',
    url: 'https://www.e-tar.lt/portal/lt/legalAct/7c431ec0efeb11ed9978886e85107ab2',
    status: 'verified',
    notes: {
      lt: 'Data, numeris ir pavadinimas patikrinti keičiančiųjų įsakymų A1-302 ir A1-789 tekste e-TAR; URL – įsakymo A1-302.',
      en: 'Date, number and title checked in the e-TAR text of the amending orders A1-302 and A1-789; the URL is that of A1-302.',
    },
  },
  /** The 2017–2019 action plan (SADM 2017-02-28 No. A1-99), measure 2.3 „Remti bendruomeninę veiklą savivaldybėse“. */
  plan2017to2019: {
    act:
      'Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2017–2019 metų veiksmų planas (SADM ' +
      'ministro 2017-02-28 įsakymas Nr. A1-99), 2.3 priemonė „Remti bendruomeninę veiklą savivaldybėse“',
    actId: 'A1-99',
    kind: 'ministers-order',
    issuer: SADM,
    date: '2017-02-28',
    number: 'A1-99',
    url: 'http://www.3sektorius.lt/labdara-parama/konkursai/2018-03-21-vyresnio-amziaus-zmonems-atstovaujanciu-nevyriausybiniu-organizaciju-veiklos-remimo-2018-metais-projektu-atrankos-konkursas',
    status: 'secondary-source',
    notes: {
      lt: 'Numeris ir data patikrinti ministerijos skelbime; priemonės įgyvendinimo aprašo tekstas neperskaitytas.',
      en: 'Number and date checked in the ministry’s announcement; the text of the measure’s description was not read.',
    },
  },
  /** Law on the Development of Community Organisations (2018-12-13 No. XIII-1774), as a whole. */
  communityOrganisationsLaw: {
    act: 'Lietuvos Respublikos bendruomeninių organizacijų plėtros įstatymas',
    actId: 'XIII-1774',
    kind: 'law',
    issuer: 'Lietuvos Respublikos Seimas',
    date: '2018-12-13',
    number: 'XIII-1774',
    title: 'Lietuvos Respublikos bendruomeninių organizacijų plėtros įstatymas',
    url: 'https://www.e-tar.lt/portal/lt/legalAct/3e57edc0047711e9a5eaf2cd290f1944',
    status: 'verified',
  },
  /** The same law, art. 2(1): the definition of a community organisation. */
  communityOrganisationDefinition: {
    act: 'Lietuvos Respublikos bendruomeninių organizacijų plėtros įstatymas',
    actId: 'XIII-1774',
    article: '2',
    part: '1',
    kind: 'law',
    issuer: 'Lietuvos Respublikos Seimas',
    date: '2018-12-13',
    number: 'XIII-1774',
    title: 'Lietuvos Respublikos bendruomeninių organizacijų plėtros įstatymas',
    url: 'https://www.e-tar.lt/portal/lt/legalAct/3e57edc0047711e9a5eaf2cd290f1944',
    status: 'verified',
    quote:
      '1. Bendruomeninė organizacija – asociacija, kurios steigėjai ir nariai yra gyvenamosios vietovės bendruomenės ' +
      '(jos dalies arba kelių gyvenamųjų vietovių) gyventojai (jų atstovai) ir kurios paskirtis – per iniciatyvas ' +
      'įgyvendinti viešuosius interesus, susijusius su gyvenimu kaimynystėje.',
  },
} as const satisfies Record<string, LegalRef>

/**
 * The ministry's act behind a call of this model and year, or `undefined` where the repository cites none
 * (then the law is the fallback).
 *
 * @example
 * ```ts
 * import { ministryRefFor } from '@talka/calls'
 * ministryRefFor('pilot', 2022)?.number // 'A1-290'
 * ministryRefFor('standard', 2024)?.number // 'A1-596'
 * ```
 */
export function ministryRefFor(model: 'standard' | 'pilot', year: number): LegalRef | undefined {
  if (year >= 2017 && year <= 2019) return defaultRefs.plan2017to2019
  if (year === 2020 && model === 'standard') return defaultRefs.standard2020Description
  if (year === 2021 && model === 'standard') return defaultRefs.standard2021Description
  if (year === 2022) return model === 'pilot' ? defaultRefs.pilot2022Description : defaultRefs.plan2022
  if (year >= 2023 && year <= 2025) return defaultRefs.plan2023to2025
  return undefined
}
