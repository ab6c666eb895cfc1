/**
 * Resident figures of Lithuania's 60 municipalities, as found in published sources, each with its
 * kind, as-of date and source. Import from `@talka/allocation/data/residents`.
 *
 * What this data is NOT: the ministry's rule (description of measure 1.1.4, 2021, and later years)
 * allocates by residents who **declared** their place of residence, per Registrų centras as of
 * 1 January of the budget year. No such per-municipality table was found; the only complete set here
 * is Statistics Lithuania's **statistical** resident population on 2020-01-01 (via a third-party
 * copy). `allocateByResidents` says which figures it used and warns about the difference; pass your
 * own official figures when you have them.
 *
 * Copied exactly from `municipalities-residents.csv` (Talka shared data, retrieved 2026-11-28); see
 * the `note` of each dataset for its caveats.
 *
 * @packageDocumentation
 */

/**
 * What a resident figure counts: `declared` = residents who declared their place of residence
 * (Registrų centras; what the ministry's rule asks for); `statistical` = Statistics Lithuania's
 * resident population at the start of the year (or a census count); `other` = anything else (e.g. a
 * Wikipedia infobox without a stated day).
 *
 * @example
 * ```ts
 * import type { ResidentsKind } from '@talka/allocation/data/residents'
 * const kind: ResidentsKind = 'statistical'
 * ```
 */
export type ResidentsKind = 'declared' | 'statistical' | 'other'

/**
 * One published resident figure of one municipality.
 *
 * @example
 * ```ts
 * import { municipalityResidents } from '@talka/allocation/data/residents'
 * const jonava = municipalityResidents.find((r) => r.municipality === 'Jonavos rajono savivaldybė' && r.year === 2020)
 * jonava?.residents // 41163
 * ```
 */
export interface ResidentsFigure {
  /** Official name of the municipality (savivaldybė), as in the source list. */
  readonly municipality: string
  readonly year: number
  /** ISO date the figure refers to, or only the year (`'2022'`) when the source gives no day. */
  readonly asOf: string
  readonly residents: number
  readonly kind: ResidentsKind
  /** Id of the {@link ResidentsDataset} the figure belongs to. */
  readonly dataset: string
  /** URL of the source the figure was copied from. */
  readonly source: string
}

/**
 * A coherent set of figures: one source, one kind, one as-of date.
 *
 * @example
 * ```ts
 * import { residentsDatasets } from '@talka/allocation/data/residents'
 * residentsDatasets.find((d) => d.id === 'osp-2020-01-01')?.municipalities // 60
 * ```
 */
export interface ResidentsDataset {
  readonly id: string
  readonly kind: ResidentsKind
  readonly asOf: string
  readonly source: string
  /** How many municipalities it covers (60 = all). */
  readonly municipalities: number
  readonly title: { readonly lt: string; readonly en: string }
  readonly note: string
}

const COVID19LT = 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv'
const CITYPOPULATION = 'https://www.citypopulation.de/php/lithuania-admin.php'
const WAFARIN = 'http://wafarin.com/article/5771456/ширвинтское-районное-самоуправление/'

/**
 * The datasets of {@link municipalityResidents}, with their provenance and caveats.
 *
 * @example
 * ```ts
 * import { residentsDatasets } from '@talka/allocation/data/residents'
 * residentsDatasets.filter((d) => d.kind === 'declared').length // 0: no declared-residents table was found
 * ```
 */
export const residentsDatasets: readonly ResidentsDataset[] = [
  {
    id: 'osp-2020-01-01',
    kind: 'statistical',
    asOf: '2020-01-01',
    source: COVID19LT,
    municipalities: 60,
    title: {
      lt: 'Nuolatinių gyventojų skaičius 2020 m. sausio 1 d. (Lietuvos statistikos departamento duomenys, per covid19lt)',
      en: 'Resident population on 1 January 2020 (Statistics Lithuania, via covid19lt)',
    },
    note:
      'Third-party copy (covid19lt open-data repository, column "population") of Statistics Lithuania ' +
      'start-of-2020 figures; the 60 values sum to 2,794,329, the official national total on 2020-01-01 ' +
      '(pre-2021-census series). Not read from osp.stat.gov.lt directly. Statistical population, not declared residents.',
  },
  {
    id: 'census-2021-01-01',
    kind: 'statistical',
    asOf: '2021-01-01',
    source: CITYPOPULATION,
    municipalities: 18,
    title: {
      lt: '2021 m. visuotinio gyventojų surašymo duomenys (dalis savivaldybių)',
      en: '2021 Population and Housing Census counts (some municipalities)',
    },
    note:
      'Column "Population Census 2021-01-01" of citypopulation.de; only the rows visible in the stored copy ' +
      '(Alytus and Kaunas counties, Klaipėda county up to Palanga). Census counts differ from the start-of-year estimate.',
  },
  {
    id: 'osp-series-2021-01-01',
    kind: 'statistical',
    asOf: '2021-01-01',
    source: WAFARIN,
    municipalities: 1,
    title: { lt: 'Širvintų r. gyventojai 2021 m. (OSP eilutė)', en: 'Širvintos district, 2021 (OSP series)' },
    note: 'Wikipedia mirror table of the OSP series; start of year assumed (the page gives no day).',
  },
  {
    id: 'osp-series-2022-01-01',
    kind: 'statistical',
    asOf: '2022-01-01',
    source: WAFARIN,
    municipalities: 1,
    title: { lt: 'Širvintų r. gyventojai 2022 m. (OSP eilutė)', en: 'Širvintos district, 2022 (OSP series)' },
    note: 'Wikipedia mirror table of the OSP series; start of year assumed (the page gives no day).',
  },
  {
    id: 'osp-series-2023-01-01',
    kind: 'statistical',
    asOf: '2023-01-01',
    source: WAFARIN,
    municipalities: 1,
    title: { lt: 'Širvintų r. gyventojai 2023 m. (OSP eilutė)', en: 'Širvintos district, 2023 (OSP series)' },
    note: 'Wikipedia mirror table of the OSP series; start of year assumed (the page gives no day).',
  },
  ...[
    [
      'wikipedia-2022-jurbarkas',
      '2022',
      'https://wikiclassic.com/wiki/Jurbarkas_district_municipality',
      'Jurbarko r.',
      'Jurbarkas district',
      'en',
    ],
    [
      'wikipedia-2022-anyksciai',
      '2022',
      'https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Anyk%C5%A1%C4%8Diai_District',
      'Anykščių r.',
      'Anykščiai district',
      'en',
    ],
    [
      'wikipedia-2023-anyksciai',
      '2023',
      'https://wikiwand.com/ru/articles/%D0%90%D0%BD%D0%B8%D0%BA%D1%89%D1%8F%D0%B9%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD',
      'Anykščių r.',
      'Anykščiai district',
      'ru',
    ],
    [
      'wikipedia-2023-vilniaus-r',
      '2023',
      'https://wikiwand.com/en/articles/Vilnius_District_Municipality',
      'Vilniaus r.',
      'Vilnius district',
      'en',
    ],
  ].map(
    ([id, asOf, source, lt, en, wiki]): ResidentsDataset => ({
      id: id!,
      kind: 'other',
      asOf: asOf!,
      source: source!,
      municipalities: 1,
      title: { lt: `${lt} gyventojai (Vikipedija, ${asOf})`, en: `${en} population (Wikipedia, ${asOf})` },
      note: `Infobox population of a ${wiki}.wikipedia mirror; the exact day and the underlying source are not shown.`,
    }),
  ),
]

/**
 * Every resident figure found, exactly as published (85 rows: all 60 municipalities for 2020, 19 for
 * 2021, a few later ones), each with its kind, as-of date, dataset and source URL.
 *
 * @example
 * ```ts
 * import { municipalityResidents } from '@talka/allocation/data/residents'
 * municipalityResidents.filter((r) => r.dataset === 'osp-2020-01-01').reduce((s, r) => s + r.residents, 0) // 2794329
 * ```
 */
export const municipalityResidents: readonly ResidentsFigure[] = [
  {
    municipality: 'Akmenės rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 18764,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Alytaus miesto savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 49888,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Alytaus rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 25887,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Anykščių rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 23034,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Birštono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 4069,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Biržų rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 22718,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Druskininkų savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 19109,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Elektrėnų savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 23992,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Ignalinos rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 14433,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Jonavos rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 41163,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Joniškio rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 20726,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Jurbarko rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 24822,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Kaišiadorių rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 29526,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Kalvarijos savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 10190,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Kauno miesto savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 289380,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Kauno rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 96441,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Kazlų Rūdos savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 11337,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Kėdainių rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 45285,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Kelmės rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 25382,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Klaipėdos miesto savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 149157,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Klaipėdos rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 60139,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Kretingos rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 37427,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Kupiškio rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 16356,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Lazdijų rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 18331,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Marijampolės savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 53772,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Mažeikių rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 51067,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Molėtų rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 17153,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Neringos savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 3530,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Pagėgių savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 7288,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Pakruojo rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 18606,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Palangos miesto savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 16046,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Panevėžio miesto savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 85878,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Panevėžio rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 35324,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Pasvalio rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 22816,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Plungės rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 32987,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Prienų rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 25802,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Radviliškio rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 34995,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Raseinių rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 31225,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Rietavo savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 7258,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Rokiškio rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 28070,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Šakių rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 26698,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Šalčininkų rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 30520,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Šiaulių miesto savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 101514,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Šiaulių rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 41442,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Šilalės rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 21887,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Šilutės rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 37637,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Širvintų rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 15076,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Skuodo rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 16078,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Švenčionių rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 22932,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Tauragės rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 37805,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Telšių rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 39317,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Trakų rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 32546,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Ukmergės rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 33471,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Utenos rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 37179,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Varėnos rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 20840,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Vilkaviškio rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 34660,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Vilniaus miesto savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 562030,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Vilniaus rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 100158,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Visagino savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 18250,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Zarasų rajono savivaldybė',
    year: 2020,
    asOf: '2020-01-01',
    residents: 14916,
    kind: 'statistical',
    dataset: 'osp-2020-01-01',
    source: 'https://github.com/mpiktas/covid19lt/blob/master/raw_data/administrative_levels.csv',
  },
  {
    municipality: 'Alytaus miesto savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 52727,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Alytaus rajono savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 25581,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Druskininkų savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 20049,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Lazdijų rajono savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 18247,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Varėnos rajono savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 21137,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Birštono savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 4128,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Jonavos rajono savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 41595,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Kaišiadorių rajono savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 29835,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Kauno miesto savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 298753,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Kauno rajono savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 92400,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Kėdainių rajono savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 46382,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Prienų rajono savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 25286,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Raseinių rajono savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 31192,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Klaipėdos miesto savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 152008,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Klaipėdos rajono savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 56964,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Kretingos rajono savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 37639,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Neringos savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 3609,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Palangos miesto savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 16746,
    kind: 'statistical',
    dataset: 'census-2021-01-01',
    source: 'https://www.citypopulation.de/php/lithuania-admin.php',
  },
  {
    municipality: 'Širvintų rajono savivaldybė',
    year: 2021,
    asOf: '2021-01-01',
    residents: 15023,
    kind: 'statistical',
    dataset: 'osp-series-2021-01-01',
    source: 'http://wafarin.com/article/5771456/ширвинтское-районное-самоуправление/',
  },
  {
    municipality: 'Širvintų rajono savivaldybė',
    year: 2022,
    asOf: '2022-01-01',
    residents: 14889,
    kind: 'statistical',
    dataset: 'osp-series-2022-01-01',
    source: 'http://wafarin.com/article/5771456/ширвинтское-районное-самоуправление/',
  },
  {
    municipality: 'Širvintų rajono savivaldybė',
    year: 2023,
    asOf: '2023-01-01',
    residents: 14816,
    kind: 'statistical',
    dataset: 'osp-series-2023-01-01',
    source: 'http://wafarin.com/article/5771456/ширвинтское-районное-самоуправление/',
  },
  {
    municipality: 'Jurbarko rajono savivaldybė',
    year: 2022,
    asOf: '2022',
    residents: 24787,
    kind: 'other',
    dataset: 'wikipedia-2022-jurbarkas',
    source: 'https://wikiclassic.com/wiki/Jurbarkas_district_municipality',
  },
  {
    municipality: 'Anykščių rajono savivaldybė',
    year: 2022,
    asOf: '2022',
    residents: 22683,
    kind: 'other',
    dataset: 'wikipedia-2022-anyksciai',
    source: 'https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Anyk%C5%A1%C4%8Diai_District',
  },
  {
    municipality: 'Anykščių rajono savivaldybė',
    year: 2023,
    asOf: '2023',
    residents: 22651,
    kind: 'other',
    dataset: 'wikipedia-2023-anyksciai',
    source:
      'https://wikiwand.com/ru/articles/%D0%90%D0%BD%D0%B8%D0%BA%D1%89%D1%8F%D0%B9%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD',
  },
  {
    municipality: 'Vilniaus rajono savivaldybė',
    year: 2023,
    asOf: '2023',
    residents: 106197,
    kind: 'other',
    dataset: 'wikipedia-2023-vilniaus-r',
    source: 'https://wikiwand.com/en/articles/Vilnius_District_Municipality',
  },
]

/**
 * The official names of Lithuania's 60 municipalities (savivaldybės), in the order of the 2020 list.
 *
 * @example
 * ```ts
 * import { lithuanianMunicipalities } from '@talka/allocation/data/residents'
 * lithuanianMunicipalities.length // 60
 * ```
 */
export const lithuanianMunicipalities: readonly string[] = /* @__PURE__ */ (() =>
  municipalityResidents.filter((r) => r.dataset === 'osp-2020-01-01').map((r) => r.municipality))()
