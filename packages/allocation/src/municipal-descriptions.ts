import type { LegalRef } from '@talka/core'

/**
 * A rule that a municipality's own description sets for splitting its share among elderships: a
 * fixed part per eldership or a minimum per eldership, with the value in EUR and the municipal act
 * that sets it. Cite it only for that municipality's allocation (pass `ref` to `explainAllocation`'s
 * `refs`); the package's rules never cite one municipality's act by default.
 *
 * `stated` says whether the value was read in the cited act's own words (`true`), or whether only the
 * act's number and title were read (in a municipal news item) and the value is the one that
 * reproduces the published table (`false`); `ref.status` says what was read.
 *
 * @example
 * ```ts
 * import type { MunicipalAllocationRule } from '@talka/allocation'
 * declare const rule: MunicipalAllocationRule
 * `${rule.municipality} ${rule.year}: ${rule.ruleId} ${rule.value} EUR (${rule.ref.number}, ${rule.ref.status})`
 * ```
 */
export interface MunicipalAllocationRule {
  readonly municipality: string
  readonly year: number
  readonly ruleId: 'allocation.fixed-part' | 'allocation.minimum-part'
  /** EUR per eldership, as a decimal string. */
  readonly value: string
  readonly stated: boolean
  readonly ref: LegalRef
}

const KRETINGA_NEWS_2022 =
  'https://kretinga.lt/naujienos/priemonei-stiprinti-bendruomenine-veikla-savivaldybese-skirta-beveik-26-tukst-eur'
const SKUODAS_NEWS_2022 =
  'https://skuodas.lt/paskirstytos-lesos-priemonei-stiprinti-bendruomenine-veikla-savivaldybese/'

/** Jonava 2021: director's order 13B-548, which applies points 50.1–50.2 of description 13B-541. */
const JONAVA_13B_548: LegalRef = {
  act:
    'Jonavos rajono savivaldybės administracijos direktoriaus 2021 m. balandžio 21 d. įsakymas Nr. 13B-548 ' +
    '„Dėl Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2021 metų veiksmų plano 1.1.4 ' +
    'priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo 2021 metais“',
  actId: '13B-548',
  point: '1',
  url: 'https://e-seimas.lrs.lt/rs/legalact/TAD/dd7637c4a2d811ebb458f88c56e2040c/',
  kind: 'directors-order',
  issuer: 'Jonavos rajono savivaldybės administracijos direktorius',
  date: '2021-04-21',
  number: '13B-548',
  title:
    'Dėl Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2021 metų veiksmų plano 1.1.4 ' +
    'priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo 2021 metais',
  status: 'verified',
  quote:
    'vienai seniūnijai skiriant 2000 Eur, o likusią dalį – pagal jose 2021-01-01 gyvenamąją vietą ' +
    'deklaravusių gyventojų skaičių',
  notes: {
    lt:
      'Įsakymo tekstas perskaitytas Teisės aktų registre (e. seimas). Jis taiko savivaldybės aprašo ' +
      '(administracijos direktoriaus 2021 m. balandžio 20 d. įsakymas Nr. 13B-541) 50.1–50.2 papunkčius.',
    en:
      'The order’s text was read in the Register of Legal Acts (e-seimas). It applies points 50.1–50.2 of the ' +
      'municipal description (director’s order 2021-04-20 No. 13B-541).',
  },
}

/** Kretinga 2022: the municipal description approved by director's order A1-485 (2022-05-03). */
const KRETINGA_A1_485: LegalRef = {
  act:
    'Kretingos rajono savivaldybės administracijos direktoriaus 2022 m. gegužės 3 d. įsakymas Nr. A1-485 ' +
    '„Dėl Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo Kretingos rajono savivaldybėje ' +
    'aprašo tvirtinimo“',
  actId: 'A1-485',
  url: KRETINGA_NEWS_2022,
  kind: 'directors-order',
  issuer: 'Kretingos rajono savivaldybės administracijos direktorius',
  date: '2022-05-03',
  number: 'A1-485',
  title:
    'Dėl Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo Kretingos rajono savivaldybėje aprašo tvirtinimo',
  status: 'secondary-source',
  notes: {
    lt:
      'Aprašo numeris, data ir pavadinimas – iš Kretingos rajono savivaldybės naujienos; ta pati naujiena ' +
      'skelbia, kad direktoriaus 2022 m. gegužės 11 d. įsakymu Nr. A1-513 25 957 Eur paskirstyta seniūnijoms ' +
      'pagal 2022 m. sausio 1 d. gyventojų skaičių. Aprašo tekstas neperskaitytas: 750 Eur fiksuota dalis ' +
      'seniūnijai yra dydis, kuriuo tiksliai atkuriama paskelbta lentelė.',
    en:
      'Number, date and title of the description from the Kretinga district news item; the same item says ' +
      'that director’s order 2022-05-11 No. A1-513 split EUR 25,957 among elderships by residents on ' +
      '2022-01-01. The description’s text was not read: EUR 750 per eldership is the value that reproduces ' +
      'the published table exactly.',
  },
}

/** Skuodas 2022: the municipal description approved by director's order A1-378 (2022-04-27). */
const SKUODAS_A1_378: LegalRef = {
  act:
    'Skuodo rajono savivaldybės administracijos direktoriaus 2022 m. balandžio 27 d. įsakymas Nr. A1-378 ' +
    '„Dėl Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo Skuodo rajono savivaldybėje ' +
    'aprašo tvirtinimo“',
  actId: 'A1-378',
  url: SKUODAS_NEWS_2022,
  kind: 'directors-order',
  issuer: 'Skuodo rajono savivaldybės administracijos direktorius',
  date: '2022-04-27',
  number: 'A1-378',
  title:
    'Dėl Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo Skuodo rajono savivaldybėje aprašo tvirtinimo',
  status: 'secondary-source',
  notes: {
    lt:
      'Aprašo numeris, data ir pavadinimas – iš Skuodo rajono savivaldybės 2022-05-17 naujienos; ta pati ' +
      'naujiena skelbia, kad direktoriaus 2022 m. gegužės 13 d. įsakymu Nr. A1-434 11 538 Eur paskirstyta ' +
      'seniūnijoms pagal 2022 m. sausio 1 d. gyventojų skaičių. Aprašo tekstas neperskaitytas: 500 Eur ' +
      'mažiausia suma seniūnijai atitinka paskelbtą Barstyčių seniūnijos sumą.',
    en:
      'Number, date and title of the description from the Skuodas district news item of 2022-05-17; the same ' +
      'item says that director’s order 2022-05-13 No. A1-434 split EUR 11,538 among elderships by residents ' +
      'on 2022-01-01. The description’s text was not read: the EUR 500 minimum per eldership matches the ' +
      'published amount of Barstyčiai eldership.',
  },
}

/**
 * The municipal rules known so far, each cited to the municipality's own act: Jonava 2021 (fixed
 * EUR 2,000 per eldership, read in the act), Kretinga 2022 (fixed EUR 750, description A1-485) and
 * Skuodas 2022 (minimum EUR 500, description A1-378). For the last two only the act's number and
 * title were read (`ref.status: 'secondary-source'`, `stated: false`).
 *
 * @example
 * ```ts
 * import { allocate, explainAllocation, municipalAllocationRules } from '@talka/allocation'
 * const kretinga = municipalAllocationRules.find((r) => r.municipality === 'Kretingos rajono savivaldybė' && r.year === 2022)!
 * const result = allocate({ total: '25957', unit: '1', fixed: kretinga.value, recipients: [{ id: 'Darbėnų', weight: 4216 }, { id: 'Imbarės', weight: 1842 }] })
 * explainAllocation(result, { lang: 'lt', asOf: '2022-05-11', refs: { 'allocation.fixed-part': kretinga.ref } })
 * ```
 */
export const municipalAllocationRules: readonly MunicipalAllocationRule[] = [
  {
    municipality: 'Jonavos rajono savivaldybė',
    year: 2021,
    ruleId: 'allocation.fixed-part',
    value: '2000',
    stated: true,
    ref: JONAVA_13B_548,
  },
  {
    municipality: 'Kretingos rajono savivaldybė',
    year: 2022,
    ruleId: 'allocation.fixed-part',
    value: '750',
    stated: false,
    ref: KRETINGA_A1_485,
  },
  {
    municipality: 'Skuodo rajono savivaldybė',
    year: 2022,
    ruleId: 'allocation.minimum-part',
    value: '500',
    stated: false,
    ref: SKUODAS_A1_378,
  },
]
