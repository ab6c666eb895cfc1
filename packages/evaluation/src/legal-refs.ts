import type { LegalRef } from '@talka/core'

/*
 * Every reference carries the LegalRef v2 fields (kind, issuer, date, number, title, status; tarId where
 * known). `status` says how it was checked, as docs/research/legal-sources.json records it: `verified` only
 * where the official text (e-TAR, e-seimas) was read; `secondary-source` where a ministry, municipal or
 * community page was read instead; `unverified` where the provision itself was not read. A reference
 * without a date says in its notes that the date has not been established (see legal-refs.test.ts).
 * Municipal decisions here show practice; no rule cites them by default (the defaults come from
 * `@talka/calls`' `defaultRefs`).
 */

const SADM = 'Lietuvos Respublikos socialinės apsaugos ir darbo ministras'

const PILOT_2022_TITLE =
  'Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų plano 1.1.6 priemonės ' +
  '„Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo, įgyvendinant bandomąjį modelį, aprašas'

const PILOT_2022_URL = 'https://e-tar.lt/rs/actualedition/6bdbb8e0bcbf11ec8d9390588bf2de65/NhfZsCLAVO'

/**
 * The legal and published sources the evaluation rules cite, each with the LegalRef v2 fields: what kind of
 * act it is, who issued it and when, its number and title, and how it was checked (`status`, with notes in
 * Lithuanian and English). Rule reasons use these unless the call passes its own references in
 * `call.legalRefs`.
 *
 * @example
 * ```ts
 * import { evaluationSources } from '@talka/evaluation'
 * evaluationSources.pilot2022PassMark.point // '28'
 * evaluationSources.sadmModelRules.status // 'verified'
 * ```
 */
export const evaluationSources = {
  /** The 2022 pilot-model description (SADM order A1-290), as a whole. */
  pilot2022: {
    act: `${PILOT_2022_TITLE} (SADM ministro 2022-04-15 įsakymas Nr. A1-290, nauja redakcija nuo 2022-05-05 – Nr. A1-332)`,
    actId: 'A1-290',
    kind: 'model-description',
    issuer: SADM,
    date: '2022-04-15',
    number: 'A1-290',
    title: PILOT_2022_TITLE,
    url: PILOT_2022_URL,
    effectiveFrom: '2022-05-05',
    status: 'secondary-source',
    notes: {
      lt:
        'Aprašą įvardija 2022 m. kvietimas; įsakymo data ir numeris – iš savivaldybių sprendimų ir projekto ' +
        'dokumentų. Nuoroda – e-TAR suvestinė redakcija nuo 2022-05-05; vertinimo, finansuojamų projektų sąrašo ir ' +
        'likučio punktų tekstas su šia nuoroda nesutikrintas.',
      en:
        'The description is named in the 2022 call; the order’s date and number come from municipal decisions and ' +
        'project documents. The link is the e-TAR consolidated text from 2022-05-05; the points on scoring, the ' +
        'funded list and the remainder have not been checked against it.',
    },
  },
  /** Point 28 of the 2022 pilot description: the minimum score (pass mark). */
  pilot2022PassMark: {
    act: `${PILOT_2022_TITLE} (SADM ministro 2022-04-15 įsakymas Nr. A1-290)`,
    actId: 'A1-290',
    point: '28',
    kind: 'model-description',
    issuer: SADM,
    date: '2022-04-15',
    number: 'A1-290',
    title: PILOT_2022_TITLE,
    url: PILOT_2022_URL,
    status: 'secondary-source',
    quote: 'Nesurinko Konkurso apraše nustatyto minimalaus balų skaičiaus (Aprašo 28 p.)',
    notes: {
      lt:
        'Taip 28 punktą cituoja Panevėžio miesto savivaldybės 2022 m. sprendimas dėl finansuojamų projektų ' +
        '(paskelbtas 3sektorius.lt). Paties 28 punkto tekstas ir jame nustatytas balų skaičius nesutikrinti, todėl ' +
        'minimalų balą nurodo kvietimas.',
      en:
        'Point 28 is cited this way by the Panevėžys city 2022 decision on the funded projects (published on ' +
        '3sektorius.lt). The text of point 28 and the score it sets have not been checked, so the call states ' +
        'the pass mark.',
    },
  },
  /** Tauragė district 2022 funded list: down the list, the last project funded from the remainder. */
  taurage2022Decision: {
    act:
      'Tauragės rajono savivaldybės administracijos direktoriaus 2022-08-12 įsakymas Nr. 5T-422 (finansuojamų ' +
      'projektų sąrašas pagal 2022 m. 1.1.6 priemonę, bandomasis modelis)',
    actId: '5T-422',
    kind: 'directors-order',
    issuer: 'Tauragės rajono savivaldybės administracijos direktorius',
    date: '2022-08-12',
    number: '5T-422',
    title:
      'Dėl Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų plano 1.1.6 ' +
      'priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo, įgyvendinant bandomąjį modelį, lėšų ' +
      'paskirstymo',
    url: 'http://www.3sektorius.lt/finansavimas/bendruomeniu-pilotas/2022-08-12-skelbiame-taurages-rajono-savivaldybes-finansuojamas-paraiskas-',
    status: 'secondary-source',
    quote:
      '11. Pilaitės bendruomenės centras „Aktyvus bendruomenės laisvalaikis pažįstant Lietuvą“ 1442,05 Iš viso: 27372,00',
    notes: {
      lt:
        'Įsakymu patvirtintas sąrašas paskelbtas 3sektorius.lt: 11 projektų nuo 3 000,00 iki 1 442,05 Eur ' +
        'paskutiniam, iš viso 27 372,00 Eur. Jis rodo praktiką (paskutinis projektas finansuojamas iš likučio), ' +
        'bet pats taisyklės nenustato.',
      en:
        'The list approved by the order is published on 3sektorius.lt: 11 projects from EUR 3,000.00 down to ' +
        'EUR 1,442.05 for the last one, EUR 27,372.00 in all. It shows the practice (the last project is funded ' +
        'from the remainder); it does not set the rule.',
    },
  },
  /** Kėdainiai district 2024 mayor's decree: the summary columns and the reserve list (pilot description point 40). */
  kedainiai2024Decree: {
    act:
      'Kėdainių rajono savivaldybės mero 2024-04-26 potvarkis Nr. MP1-218 (papildomo konkurso finansavimas pagal ' +
      '2023–2025 m. veiksmų plano 2.1.1.1 priemonę, bandomasis modelis)',
    actId: 'MP1-218',
    kind: 'mayors-decree',
    issuer: 'Kėdainių rajono savivaldybės meras',
    date: '2024-04-26',
    number: 'MP1-218',
    url: 'https://kedainiai.lt/veiklos-sritys/nevyriausybines-organizacijos/bendruomenines-veiklos-remimas/206',
    status: 'secondary-source',
    quote:
      'Projekto finansavimui neužteko Konkursui vykdyti skirtų valstybės biudžeto lėšų, vadovaujantis Aprašo 40 p.',
    notes: {
      lt:
        'Savivaldybės puslapyje paskelbtas sąrašas su stulpeliais „Projekto reg. Nr. | Pareiškėjo pavadinimas | ' +
        'Projekto pavadinimas | Balų vidurkis | Skirta valstybės biudžeto lėšų suma, Eur“ ir rezervo priežastimi, ' +
        'cituojančia aprašo 40 punktą; paties aprašo tekstas nesutikrintas.',
      en:
        'The list published on the municipality’s page, with the columns “Projekto reg. Nr. | Pareiškėjo ' +
        'pavadinimas | Projekto pavadinimas | Balų vidurkis | Skirta valstybės biudžeto lėšų suma, Eur” and the ' +
        'reserve reason citing point 40 of the description; the description itself has not been checked.',
    },
  },
  /** SADM order A1-355 (2022-05-17) adding annex 5, the model competition rules, to the project rules A1-1259. */
  sadmModelRules: {
    act:
      'SADM ministro 2022-05-17 įsakymas Nr. A1-355, kuriuo Projektų administravimo taisyklės (2020-12-10 ' +
      'įsakymas Nr. A1-1259) papildytos 51 punktu ir 5 priedu (pavyzdiniai konkurso nuostatai)',
    actId: 'A1-355',
    kind: 'ministers-order',
    issuer: SADM,
    date: '2022-05-17',
    number: 'A1-355',
    title:
      'Dėl Lietuvos Respublikos socialinės apsaugos ir darbo ministro 2020 m. gruodžio 10 d. įsakymo Nr. A1-1259 ' +
      '„Dėl Projektų administravimo taisyklių patvirtinimo“ pakeitimo',
    url: 'https://e-tar.lt/rs/legalact/80fb5fe0d5d911ec8d9390588bf2de65/',
    status: 'verified',
    quote:
      '51. Konkurso nuostatai rengiami pagal taisyklių 5 priede pateiktus Pavyzdinius Lietuvos Respublikos ' +
      'socialinės apsaugos ir darbo ministerijos ir biudžetinių įstaigų, kurių savininko teises įgyvendina ' +
      'Socialinės apsaugos ir darbo ministerija, organizuojamo (-ų) projekto (-ų) atrankos konkurso nuostatus',
    notes: {
      lt:
        'Įsakymo tekstas perskaitytas e-TAR: jis papildo taisykles 51 punktu ir 5 priedu. Paties 5 priedo ' +
        '(papildomo vertintojo taisyklės ir jos ribos) tekstas nesutikrintas, todėl priedo punktas necituojamas.',
      en:
        'The order’s text was read on e-TAR: it adds point 51 and annex 5 to the rules. The text of annex 5 (the ' +
        'further-evaluator rule and its threshold) has not been checked, so no point of the annex is cited.',
    },
  },
  /** The 2023 pilot call notice (2023–2025 plan measure 2.1.1.1): minimum EUR 1000, maximum EUR 3000 per project. */
  pilot2023Call: {
    act:
      'Kvietimas teikti paraiškas pagal Nevyriausybinių organizacijų veiklos stiprinimo 2023–2025 metų veiksmų ' +
      'plano 2.1.1.1 priemonę „Stiprinti bendruomeninę veiklą savivaldybėse“, įgyvendinant bandomąjį modelį (2023 m.)',
    kind: 'call-notice',
    issuer:
      'Bandomajame modelyje dalyvaujančios savivaldybės kartu su Nevyriausybinių organizacijų informacijos ir ' +
      'paramos centru (kvietimą perspausdino Zarasų bendruomenių asociacija)',
    url: 'https://stadviliubendruomene.lt/naujienos/bendruomenines-organizacijos-kvieciamos-teikti-paraiskas-pagal-2-1-1-1-pilotine-priemone/',
    status: 'secondary-source',
    quote: 'Mažiausia projekto suma – 1000 Eur, didžiausia – 3000 Eur.',
    notes: {
      lt:
        'Kvietimo tekstas, perspausdintas bendruomenių asociacijos: 2023 m. priemonei skirta 1 169 449 Eur. ' +
        'Kvietimo data nenustatyta (perspausdintas tekstas nedatuotas); aprašo punktas, nustatantis sumas, ' +
        'nesutikrintas.',
      en:
        'The call text as republished by an association of communities: EUR 1,169,449 for the measure in 2023. ' +
        'The date of the call has not been established (the republished text is undated); the point of the ' +
        'description that sets the amounts has not been checked.',
    },
  },
} as const satisfies Record<string, LegalRef>
