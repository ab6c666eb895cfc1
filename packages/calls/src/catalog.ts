import type { LegalRef, Localized } from '@talka/core'
import type { Call } from './call-schema.js'
import { defaultRefs } from './default-refs.js'
import { CallsError } from './errors.js'

/*
 * Real calls as data. Each states only what a stored copy of the call, its description or its decision
 * shows; every other parameter is left out (missingPolicies names it). Sources: @talka/eligibility
 * (src/call.ts, src/refs.ts), @talka/evaluation (src/legal-refs.ts, examples/pilot-2022.ts) and the pages
 * read for this package (Prienai district 2021, Kėdainiai district 2020). See
 * docs/decisions/0085-call-document.md.
 */

const LONG_TERM_TANGIBLE_ASSETS = 'long-term-tangible-assets'

const VILNIUS_2024_NOTICE: LegalRef = {
  act: 'Vilniaus miesto savivaldybės administracijos kvietimas teikti paraiškas pagal NVO veiklos stiprinimo 2023–2025 metų veiksmų plano 2.1.1.1 priemonę „Stiprinti bendruomeninę veiklą savivaldybėse“ (2024 m.)',
  kind: 'call-notice',
  issuer: 'Vilniaus miesto savivaldybės administracija',
  url: 'https://vilnius.lt/lt/bendruomenes/kvietimas-teikti-paraiskas-pagal-nevyriausybiniu-organizaciju-ir-bendruomenines-veiklos-stiprinimo-2023-2025-metu-veiksmu-plano-2-1-1-1-priemone-stiprinti-bendruomenine-veikla-savivaldybese/',
  status: 'secondary-source',
  notes: {
    lt: 'Kaip cituoja @talka/eligibility: pareiškėjai – bendruomeninės organizacijos su NVO žyma, projekto suma nuo 3 000 iki 15 000 Eur.',
    en: 'As @talka/eligibility cites it: applicants are community organisations with the NGO mark, EUR 3,000–15,000 per project.',
  },
}

const KAUNAS_DISTRICT_2018_DESCRIPTION: LegalRef = {
  act: 'Kauno rajono savivaldybės kvietimas teikti paraiškas pagal 2017–2019 metų veiksmų plano 2.3 priemonę „Remti bendruomeninę veiklą savivaldybėse“ (2018 m.; aprašas patvirtintas Kauno r. sav. tarybos 2017-06-29 sprendimu Nr. TS-257, pakeistas 2018-06-28 sprendimu Nr. TS-182)',
  actId: 'TS-257',
  kind: 'council-decision',
  issuer: 'Kauno rajono savivaldybės taryba',
  date: '2017-06-29',
  number: 'TS-257',
  url: 'https://krs.lt/savivaldybe/seniunaitijos/kvietimas-teikti-paraiskas/',
  status: 'secondary-source',
  notes: {
    lt: 'Aprašas perskaitytas tik per savivaldybės kvietimo puslapį (mažiausia suma 500 Eur, didžiausia – seniūnijos lėšos).',
    en: "The description was read only through the municipality's call page (minimum EUR 500, maximum the eldership's envelope).",
  },
}

const ASSETS_CAP_2017_2019: LegalRef = {
  ...defaultRefs.plan2017to2019,
  status: 'unverified',
  notes: {
    lt: 'Riba „ilgalaikis materialusis turtas – ne daugiau kaip 20 % projektui skirtų lėšų“ paimta iš Talka užduoties; ją nustatantis punktas saugomose kopijose nerastas.',
    en: 'The cap “long-term tangible assets at most 20 % of the grant” comes from the Talka issue; the point that sets it was not found in a stored copy.',
  },
}

const ZARASAI_2023_NOTICE: LegalRef = {
  act: 'Kvietimas teikti paraiškas pagal NVO veiklos stiprinimo 2023–2025 metų veiksmų plano 2.1.1.1 priemonę „Stiprinti bendruomeninę veiklą savivaldybėse“, įgyvendinant bandomąjį modelį (2023 m., Zarasų r.)',
  kind: 'call-notice',
  url: 'https://stadviliubendruomene.lt/naujienos/bendruomenines-organizacijos-kvieciamos-teikti-paraiskas-pagal-2-1-1-1-pilotine-priemone/',
  status: 'secondary-source',
  quote: 'Mažiausia projekto suma – 1000 Eur, didžiausia – 3000 Eur',
  notes: {
    lt: 'Zarasų bendruomenių asociacijos paskelbtas kvietimo tekstas; aprašo punktas, nustatantis sumas, neperskaitytas.',
    en: 'The call text as republished by the Zarasai association of communities; the point of the description that sets the amounts was not read.',
  },
}

const PRIENAI_2021_DESCRIPTION: LegalRef = {
  act: 'Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2021 metų veiksmų plano 1.1.4 priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo Prienų rajono savivaldybėje tvarkos aprašas (Prienų r. sav. administracijos direktoriaus 2021-04-30 įsakymas Nr. A3-328)',
  actId: 'A3-328',
  kind: 'directors-order',
  issuer: 'Prienų rajono savivaldybės administracijos direktorius',
  date: '2021-04-30',
  number: 'A3-328',
  url: 'https://www.prienai.lt/savivaldybe/nuorodos/nevyriausybines-organizacijos/nevyriausybiniu-organizaciju-ir-bendruomenines-veiklos-stiprinimo-2021-metu-veiksmu-plano-1-1-4-priemone-stiprinti-bendruomenine-veikla-savivaldybese/',
  status: 'secondary-source',
  notes: {
    lt: 'Perskaitytas savivaldybės kvietimo puslapis, kuris cituoja įsakymą ir aprašo 42 punktą; paties aprašo tekstas neperskaitytas.',
    en: "Read in the municipality's call page, which cites the order and point 42 of the description; the description's own text was not read.",
  },
}

const KEDAINIAI_2020_PAGE = 'https://www.kedainiai.lt/bendruomenines-veiklos-remimas-2020-m./240'

const kedainiai2020Ref = (protocol: string): LegalRef => ({
  act: 'Priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo Kėdainių rajono savivaldybėje tvarkos aprašas (2020 m.)',
  kind: 'call-notice',
  issuer: 'Kėdainių rajono savivaldybės administracija',
  url: KEDAINIAI_2020_PAGE,
  status: 'secondary-source',
  notes: {
    lt: `Savivaldybės puslapio lentelė: išplėstinės seniūnaičių sueigos ${protocol} protokolas Nr. 1 nustatė veiklas, didžiausią ir mažiausią sumą bei konkursui skirtas lėšas. Aprašo numeris ir data puslapyje nenurodyti.`,
    en: `Table on the municipality's page: the extended elders' assembly's protocol No. 1 of ${protocol} set the activities, the maximum and minimum per project and the money for the call. The page does not give the description's number or date.`,
  },
})

/**
 * Kėdainiai district's 2020 call of one eldership (each eldership ran its own competition): `names` is
 * the eldership's name in the Lithuanian genitive and in English, `protocol` the day of the elders'
 * assembly that set it.
 */
function kedainiai2020Eldership(
  slug: string,
  [genitive, english]: readonly [string, string],
  protocol: string,
  money: { readonly amount: string; readonly minPerProject: string; readonly maxPerProject: string },
): Call {
  return {
    id: `kedainiai-district-2020-${slug}`,
    name: {
      lt: `Kėdainių rajono savivaldybės 2020 m. konkursas: ${genitive} seniūnija`,
      en: `Kėdainiai district 2020 call: ${english} eldership`,
    },
    municipality: { name: 'Kėdainių rajono savivaldybė' },
    eldership: `${genitive} seniūnija`,
    year: 2020,
    model: 'standard',
    ref: kedainiai2020Ref(protocol),
    budget: { kind: 'total', amount: money.amount },
    amounts: { minPerProject: money.minPerProject, maxPerProject: money.maxPerProject },
    activities: {
      areas: ['cohesion', 'cultural-educational', 'sport-health', 'public-spaces'],
      ref: { point: '11.5' },
    },
  }
}

const KEDAINIAI_2024_DECREE: LegalRef = {
  act: 'Kėdainių rajono savivaldybės mero 2024-04-26 potvarkis Nr. MP1-218 (papildomo konkurso finansavimas pagal 2023–2025 m. veiksmų plano 2.1.1.1 priemonę, bandomasis modelis)',
  actId: 'MP1-218',
  kind: 'mayors-decree',
  issuer: 'Kėdainių rajono savivaldybės meras',
  date: '2024-04-26',
  number: 'MP1-218',
  url: 'https://kedainiai.lt/veiklos-sritys/nevyriausybines-organizacijos/bendruomenines-veiklos-remimas/206',
  status: 'secondary-source',
  notes: {
    lt: 'Paskelbtas finansuojamų, rezervinių (su siūloma suma) ir nefinansuojamų projektų sąrašas; kvietimo aprašas neperskaitytas.',
    en: 'The published funded, reserve (with a proposed amount) and not-funded lists; the call description was not read.',
  },
}

const KEDAINIAI_2024_POINT_40: LegalRef = {
  act: 'Bandomojo modelio aprašas, 40 punktas, kaip jį cituoja Kėdainių rajono savivaldybės mero 2024-04-26 potvarkis Nr. MP1-218',
  kind: 'model-description',
  point: '40',
  url: KEDAINIAI_2024_DECREE.url,
  status: 'secondary-source',
  quote:
    'Projekto finansavimui neužteko Konkursui vykdyti skirtų valstybės biudžeto lėšų, vadovaujantis Aprašo 40 p., projektas įtraukiamas į rezervinį projektų sąrašą',
  notes: {
    lt: 'Aprašo numeris potvarkio ištraukoje nenurodytas; siūloma suma matyti rezervinio sąrašo stulpelyje „Siūloma skirti valstybės biudžeto lėšų suma, Eur“.',
    en: 'The excerpt of the decree does not give the description’s number; the proposed amount is the reserve list’s column “Siūloma skirti valstybės biudžeto lėšų suma, Eur”.',
  },
}

const catalog = {
  'vilnius-2024': {
    id: 'vilnius-2024',
    name: {
      lt: 'Vilniaus miesto savivaldybės 2024 m. kvietimas pagal 2.1.1.1 priemonę',
      en: 'Vilnius city 2024 call under measure 2.1.1.1',
    },
    municipality: { name: 'Vilniaus miesto savivaldybė' },
    year: 2024,
    model: 'standard',
    ref: VILNIUS_2024_NOTICE,
    amounts: { minPerProject: '3000.00', maxPerProject: '15000.00' },
    applicants: { admitted: 'community-organisations', requireNgoMark: true },
  },
  'kaunas-district-2018-akademija': {
    id: 'kaunas-district-2018-akademija',
    name: {
      lt: 'Kauno rajono savivaldybės 2018 m. kvietimas: Akademijos seniūnija',
      en: 'Kaunas district 2018 call: Akademija eldership',
    },
    municipality: { name: 'Kauno rajono savivaldybė' },
    eldership: 'Akademijos seniūnija',
    year: 2018,
    model: 'standard',
    ref: KAUNAS_DISTRICT_2018_DESCRIPTION,
    amounts: { minPerProject: '500.00', maxPerProject: '1950.00' },
    applicants: { admitted: 'open' },
    activities: { areas: ['cultural-educational'] },
    costs: { caps: [{ category: LONG_TERM_TANGIBLE_ASSETS, maxShare: '0.2', ref: ASSETS_CAP_2017_2019 }] },
  },
  'kaunas-district-2018-alsenai': {
    id: 'kaunas-district-2018-alsenai',
    name: {
      lt: 'Kauno rajono savivaldybės 2018 m. kvietimas: Alšėnų seniūnija',
      en: 'Kaunas district 2018 call: Alšėnai eldership',
    },
    municipality: { name: 'Kauno rajono savivaldybė' },
    eldership: 'Alšėnų seniūnija',
    year: 2018,
    model: 'standard',
    ref: KAUNAS_DISTRICT_2018_DESCRIPTION,
    amounts: { minPerProject: '500.00', maxPerProject: '2467.00' },
    applicants: { admitted: 'open' },
    activities: { areas: ['cultural-educational', 'public-spaces'] },
    costs: { caps: [{ category: LONG_TERM_TANGIBLE_ASSETS, maxShare: '0.2', ref: ASSETS_CAP_2017_2019 }] },
  },
  'pilot-2023-zarasai': {
    id: 'pilot-2023-zarasai',
    name: {
      lt: 'Zarasų rajono 2023 m. kvietimas pagal 2.1.1.1 priemonę (bandomasis modelis)',
      en: 'Zarasai district 2023 call under measure 2.1.1.1 (pilot model)',
    },
    municipality: { name: 'Zarasų rajono savivaldybė' },
    year: 2023,
    model: 'pilot',
    ref: ZARASAI_2023_NOTICE,
    amounts: { minPerProject: '1000.00', maxPerProject: '3000.00' },
    applicants: { admitted: 'community-organisations' },
  },
  'prienai-district-2021-repeat': {
    id: 'prienai-district-2021-repeat',
    name: {
      lt: 'Prienų rajono savivaldybės 2021 m. naujas konkursas pagal 1.1.4 priemonę (Aprašo 42 p.)',
      en: 'Prienai district 2021 repeat call under measure 1.1.4 (description point 42)',
    },
    municipality: { name: 'Prienų rajono savivaldybė' },
    year: 2021,
    model: 'standard',
    ref: PRIENAI_2021_DESCRIPTION,
    dates: { submissionFrom: '2021-06-18', submissionUntil: '2021-07-09' },
    amounts: { minPerProject: '750.00', maxPerProject: '1479.00' },
    applicants: {
      admitted: 'ngos-and-religious-communities',
      ref: { point: '42', quote: 'Bendruomeninės organizacijos šiame etape paraiškų teikti nebegali.' },
    },
    notes: {
      lt: 'Pirmenybė teikiama Išlaužo seniūnijoje veiklą vykdančioms NVO ar religinėms bendruomenėms ir bendrijoms. Paraiškos priimamos iki 2021 m. liepos 9 d. 17.00 val.',
      en: 'Priority goes to NGOs and religious communities active in the Išlaužas eldership. Applications are accepted until 9 July 2021, 17:00.',
    },
  },
  'kedainiai-district-2020-dotnuva': kedainiai2020Eldership(
    'dotnuva',
    ['Dotnuvos', 'Dotnuva'],
    '2020-03-27',
    {
      amount: '2925.00',
      minPerProject: '200.00',
      maxPerProject: '2000.00',
    },
  ),
  'kedainiai-district-2020-gudziunai': kedainiai2020Eldership(
    'gudziunai',
    ['Gudžiūnų', 'Gudžiūnai'],
    '2020-03-12',
    {
      amount: '1660.00',
      minPerProject: '300.00',
      maxPerProject: '1660.00',
    },
  ),
  'taurage-district-2022-pilot': {
    id: 'taurage-district-2022-pilot',
    name: {
      lt: 'Tauragės rajono 2022 m. kvietimas pagal 1.1.6 priemonę (bandomasis modelis)',
      en: 'Tauragė district 2022 call under measure 1.1.6 (pilot model)',
    },
    municipality: { name: 'Tauragės rajono savivaldybė' },
    year: 2022,
    model: 'pilot',
    ref: defaultRefs.pilot2022Description,
    applicants: { admitted: 'community-organisations' },
    notes: {
      lt: 'Bandomojo modelio kvietimai vykdomi pagal ministerijos aprašą. Finansuojamų projektų sąrašas patvirtintas Tauragės r. sav. administracijos direktoriaus 2022-08-12 įsakymu Nr. 5T-422: 11 projektų, iš viso 27 372,00 Eur, paskutiniam skirta 1 442,05 Eur.',
      en: "Pilot-model calls run under the ministry's description. The funded list was approved by the Tauragė district administration director's order of 2022-08-12 No. 5T-422: 11 projects, EUR 27,372.00 in total, the last one EUR 1,442.05.",
    },
  },
  'kedainiai-district-2024-pilot-additional': {
    id: 'kedainiai-district-2024-pilot-additional',
    name: {
      lt: 'Kėdainių rajono 2024 m. papildomas konkursas pagal 2.1.1.1 priemonę (bandomasis modelis)',
      en: 'Kėdainiai district 2024 additional call under measure 2.1.1.1 (pilot model)',
    },
    municipality: { name: 'Kėdainių rajono savivaldybė' },
    year: 2024,
    model: 'pilot',
    ref: KEDAINIAI_2024_DECREE,
    evaluation: { reserve: { list: true, proposedAmount: true, ref: KEDAINIAI_2024_POINT_40 } },
  },
} as const satisfies Record<string, Call>

/**
 * The id of a catalog call.
 *
 * @example
 * ```ts
 * import type { CallId } from '@talka/calls'
 * const id: CallId = 'prienai-district-2021-repeat'
 * ```
 */
export type CallId = keyof typeof catalog

/**
 * Real municipal calls as call.v1 documents, each with its citation and only the parameters a stored copy
 * shows (every other one is left out; {@link missingPolicies} names them):
 * - `vilnius-2024`: community organisations with the NGO mark, EUR 3,000–15,000;
 * - `kaunas-district-2018-akademija`, `kaunas-district-2018-alsenai`: standard model 2017–2019, one eldership
 *   each (maximum EUR 1,950 and 2,467, minimum EUR 500), open to NGOs and religious communities;
 * - `pilot-2023-zarasai`: pilot model 2023, EUR 1,000–3,000;
 * - `prienai-district-2021-repeat`: the repeat call of description point 42 (order 2021-04-30 No. A3-328)
 *   that excludes community organisations, EUR 750–1,479, applications 2021-06-18 to 2021-07-09;
 * - `kedainiai-district-2020-dotnuva`, `kedainiai-district-2020-gudziunai`: eldership amounts set by the
 *   extended elders' assemblies (EUR 200–2,000 of 2,925; EUR 300–1,660 of 1,660);
 * - `taurage-district-2022-pilot`: the 2022 pilot call behind the published list of order 5T-422;
 * - `kedainiai-district-2024-pilot-additional`: a reserve list with proposed amounts (description point 40).
 *
 * @example
 * ```ts
 * import { calls } from '@talka/calls'
 * calls['prienai-district-2021-repeat'].applicants?.admitted // 'ngos-and-religious-communities'
 * ```
 */
export const calls: { readonly [K in CallId]: Call } = catalog

/**
 * A catalog call's descriptor for the docs and the API's list: id, name, municipality, eldership, year,
 * model and the call's reference.
 *
 * @example
 * ```ts
 * import type { CallDescriptor } from '@talka/calls'
 * const title = (d: CallDescriptor) => `${d.name.en} (${d.year})`
 * ```
 */
export interface CallDescriptor {
  readonly id: CallId
  readonly name: Localized
  readonly municipality: string
  readonly eldership?: string
  readonly year: number
  readonly model: 'standard' | 'pilot'
  readonly ref: LegalRef
}

/**
 * Descriptors of every catalog call, in catalog order.
 *
 * @example
 * ```ts
 * import { callCatalog } from '@talka/calls'
 * callCatalog.map((d) => d.id).includes('vilnius-2024') // true
 * ```
 */
export const callCatalog: readonly CallDescriptor[] = (Object.keys(catalog) as CallId[]).map((id) => {
  const call: Call = catalog[id]
  return {
    id,
    name: call.name,
    municipality: call.municipality.name,
    ...(call.eldership === undefined ? {} : { eldership: call.eldership }),
    year: call.year,
    model: call.model,
    ref: call.ref,
  }
})

/**
 * The catalog call with this id; throws {@link CallsError} `UNKNOWN_CALL` for any other id (own keys only,
 * so `__proto__` or `constructor` is unknown too).
 *
 * @example
 * ```ts
 * import { callById } from '@talka/calls'
 * callById('vilnius-2024').year // 2024
 * ```
 */
export function callById(id: string): Call {
  if (!Object.hasOwn(catalog, id)) {
    throw new CallsError('UNKNOWN_CALL', `No catalog call "${id}"`, { id })
  }
  return catalog[id as CallId]
}
