import type { Lang } from '@talka/core'

/** The site's locales: Lithuanian at the root, English under `/en/`. */
export const LOCALES: readonly { readonly lang: Lang; readonly prefix: string }[] = [
  { lang: 'lt', prefix: '' },
  { lang: 'en', prefix: 'en/' },
]

/** The other language (shown in a collapsed block next to the page's own). */
export function otherLang(lang: Lang): Lang {
  return lang === 'lt' ? 'en' : 'lt'
}

const strings = {
  id: { lt: 'Identifikatorius', en: 'Id' },
  package: { lt: 'Paketas', en: 'Package' },
  ruleSet: { lt: 'Taisyklių rinkinys', en: 'Rule set' },
  unit: { lt: 'Matavimo vienetas', en: 'Unit' },
  whatItDecides: { lt: 'Ką nusprendžia', en: 'What it decides' },
  whatItMeans: { lt: 'Ką reiškia', en: 'What it means' },
  inOtherLang: { lt: 'English', en: 'Lietuviškai' },
  legalBasis: { lt: 'Teisinis pagrindas', en: 'Legal basis' },
  validity: { lt: 'Galiojimas', en: 'In force' },
  timeline: { lt: 'Reikšmių laiko juosta', en: 'Value timeline' },
  from: { lt: 'Nuo', en: 'From' },
  to: { lt: 'Iki', en: 'To' },
  value: { lt: 'Reikšmė', en: 'Value' },
  openEnded: { lt: 'galioja toliau', en: 'open-ended' },
  notStated: { lt: 'nenurodyta', en: 'not stated' },
  facts: { lt: 'Tikrinami faktai', en: 'Facts it reads' },
  noFacts: { lt: 'Taisyklė faktų neskaito.', en: 'The rule reads no facts.' },
  messages: { lt: 'Pranešimai', en: 'Messages' },
  key: { lt: 'Raktas', en: 'Key' },
  workedExample: {
    lt: 'Pavyzdys, apskaičiuotas kuriant svetainę',
    en: 'Worked example, computed when the site was built',
  },
  workedExampleIntro: {
    lt: 'Šis kodas buvo įvykdytas kuriant šį puslapį; žemiau – tai, ką jis iš tikrųjų grąžino.',
    en: 'This code was run when this page was built; below is what it really returned.',
  },
  output: { lt: 'Rezultatas', en: 'Output' },
  thisRule: { lt: 'Šios taisyklės rezultatas', en: 'This rule’s result' },
  outcome: { lt: 'Sprendimas', en: 'Outcome' },
  missingFacts: { lt: 'Trūkstami faktai', en: 'Missing facts' },
  fullOutput: { lt: 'Visas rezultatas (JSON)', en: 'Full output (JSON)' },
  noExample: {
    lt: 'Šiai taisyklei vykdomo pavyzdžio dar nėra.',
    en: 'There is no executed example for this rule yet.',
  },
  truncated: {
    lt: '… ir dar {n} eilučių: paleiskite pavyzdį, kad pamatytumėte visą rezultatą.',
    en: '… and {n} more lines: run the example to see the whole output.',
  },
  lookupIntro: {
    lt: 'Parametro reikšmė kiekvienos laiko juostos atkarpos pradžios dieną, paimta iš `ParameterStore`:',
    en: 'The parameter’s value on the first day of each span of its timeline, looked up in `ParameterStore`:',
  },
  asOf: { lt: 'Data', en: 'As of' },
  source: { lt: 'Šaltinis', en: 'Source' },
  rules: { lt: 'Taisyklės', en: 'Rules' },
  parameters: { lt: 'Parametrai', en: 'Parameters' },
  ruleReference: { lt: 'Taisyklių žinynas', en: 'Rule reference' },
  ruleReferenceIntro: {
    lt: 'Kiekviena taisyklė ir parametras, kuriuos skelbia paketai, su teisiniu pagrindu, galiojimo laiku ir kuriant svetainę įvykdytu pavyzdžiu. Puslapiai sugeneruoti iš pačių paketų katalogų, todėl jie negali atsilikti nuo kodo.',
    en: 'Every rule and parameter the packages publish, with its legal basis, the dates it is in force and an example run when the site was built. The pages are generated from the packages’ own catalogs, so they cannot drift from the code.',
  },
  noCatalogYet: {
    lt: 'Šis paketas dar neeksportuoja taisyklių katalogo.',
    en: 'This package does not export a rule catalog yet.',
  },
  packagesWithoutCatalog: {
    lt: 'Taisyklių katalogo (dar) neeksportuoja:',
    en: 'Packages that do not export a rule catalog (yet):',
  },
  apiReference: { lt: 'API žinynas', en: 'API reference' },
  version: { lt: 'Versija', en: 'Version' },
  otherRuleSet: { lt: 'Kitos taisyklės', en: 'Other rules' },
  catalogProblems: { lt: 'Katalogo trūkumai', en: 'Catalog problems' },
  statusVerified: { lt: 'Patikrinta oficialiame tekste', en: 'Verified' },
  statusSecondary: { lt: 'Antrinis šaltinis', en: 'Secondary source' },
  statusUnverified: { lt: 'Nepatikrinta', en: 'Unverified' },
  kindNotStated: { lt: 'akto rūšis nenurodyta', en: 'kind of act not stated' },
  dateNotStated: { lt: 'data nenurodyta', en: 'date not stated' },
  number: { lt: 'Nr.', en: 'No.' },
  tarId: { lt: 'TAR identifikatorius', en: 'TAR id' },
  consolidatedAsOf: { lt: 'skaityta suvestinė redakcija, galiojanti nuo', en: 'consolidated text as of' },
  notes: { lt: 'Pastabos', en: 'Notes' },
  inForceToday: { lt: 'Reikšmė, galiojanti šiandien', en: 'Value in force today' },
  inForceOn: { lt: 'Galioja {date} dieną', en: 'In force on {date}' },
  noValueToday: {
    lt: '{date} dieną reikšmė nenustatyta.',
    en: 'No value is set for {date}.',
  },
  lastValue: {
    lt: 'Paskutinė nustatyta reikšmė galiojo iki {date}.',
    en: 'The last value set ran until {date}.',
  },
  firstValue: { lt: 'Pirmoji reikšmė galioja nuo {date}.', en: 'The first value applies from {date}.' },
  gap: { lt: 'Tarpas: {from}–{to} — reikšmė nenustatyta', en: 'Gap: {from}–{to} — no value set' },
  gapsIntro: {
    lt: 'Laiko juostoje yra laikotarpių, kuriems reikšmė nenustatyta:',
    en: 'The timeline has periods with no value set:',
  },
  valueNotSet: { lt: 'nenustatyta', en: 'not set' },
  yes: { lt: 'taip', en: 'yes' },
  no: { lt: 'ne', en: 'no' },
  parametersOfRule: { lt: 'Susiję parametrai', en: 'Related parameters' },
  parametersOfRuleIntro: {
    lt: 'Parametrai, kurių reikšmes ši taisyklė naudoja, su šiandien galiojančia reikšme:',
    en: 'The parameters whose values this rule uses, with the value in force today:',
  },
  rulesOfParameter: { lt: 'Taisyklės, kurios naudoja šį parametrą', en: 'Rules that use this parameter' },
  calls: { lt: 'Kvietimai', en: 'Calls' },
  callsIntro: {
    lt: 'Tikri savivaldybių kvietimai pagal priemonę „Stiprinti bendruomeninę veiklą savivaldybėse“, aprašyti kaip vienas dokumentas. Kiekviena sąlyga pateikta su nuoroda į teisės aktą: kvietimo aprašą, o kai kvietimas sąlygos nenustato, – ministerijos tvarkos aprašą, veiksmų planą ar įstatymą.',
    en: 'Real municipal calls under the measure “Stiprinti bendruomeninę veiklą savivaldybėse” as one document each. Every condition comes with its legal reference: the call’s own description or, where the call is silent, the ministry’s model description, action plan or the law.',
  },
} as const

/** A key of the generated pages' UI strings. */
export type StringKey = keyof typeof strings

/**
 * A text with its `{name}` placeholders filled from `params`; a placeholder without a value stays
 * as it is.
 *
 * @example
 * fillPlaceholders('In force on {date}', { date: '2025-01-01' }) // → 'In force on 2025-01-01'
 */
export function fillPlaceholders(text: string, params: Readonly<Record<string, string>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole)
}

/** A UI string of the generated pages in `lang`, with `{name}` placeholders filled from `params`. */
export function t(key: StringKey, lang: Lang, params: Readonly<Record<string, string>> = {}): string {
  return fillPlaceholders(strings[key][lang], params)
}

// The other UI text tables of the site's generators, kept here so that every lt/en text the
// generators print is in one file (one place to read and translate).

/** UI texts of the generated call pages (`rules/calls/`); `{name}` placeholders filled by {@link fillPlaceholders}. */
export const CALL_PAGE_TEXT = {
  municipality: { lt: 'Savivaldybė', en: 'Municipality' },
  parts: { lt: 'Kvietimo sąlygos', en: 'Parts of the call' },
  part: { lt: 'Sąlyga', en: 'Part' },
  value: { lt: 'Kvietime nustatyta', en: 'What the call states' },
  citation: { lt: 'Teisinis pagrindas', en: 'Legal basis' },
  source: { lt: 'Kieno aktas', en: 'Source' },
  notStated: { lt: 'kvietime nenustatyta', en: 'not stated in the call' },
  sourceCall: { lt: 'kvietimo aprašas', en: 'the call’s own description' },
  sourceMinistry: {
    lt: 'ministerijos aprašas ar veiksmų planas (kvietimas šios sąlygos nenustato)',
    en: 'the ministry’s model description or action plan (the call is silent)',
  },
  sourceLaw: {
    lt: 'įstatymas (nei kvietimas, nei ministerijos aktas šios sąlygos nenustato)',
    en: 'the law (neither the call nor a ministry act states it)',
  },
  missing: { lt: 'Ko kvietimas nenustato', en: 'What the call leaves out' },
  missingIntro: {
    lt: 'Šių sąlygų kvietimas nenustato; Talka jų neprisigalvoja, o rezultatas, kuris nuo jų priklauso, tai nurodo:',
    en: 'The call does not state these; Talka does not invent them, and a result that depends on one says so:',
  },
  nothingMissing: {
    lt: 'Kvietimas nustato visas sąlygas, reikalingas tinkamumui ir paraiškų eilei.',
    en: 'The call states every condition eligibility and ranking need.',
  },
  usedBy: { lt: 'Reikalinga', en: 'Needed for' },
  usedByEligibility: { lt: 'tinkamumo vertinimui', en: 'eligibility' },
  usedByEvaluation: { lt: 'paraiškų eilei ir finansavimui', en: 'ranking and funding' },
  json: { lt: 'Kvietimo dokumentas JSON formatu', en: 'The call as JSON' },
  jsonIntro: {
    lt: 'Tą patį dokumentą galima perduoti `checkEligibility` ir `rankApplications` funkcijoms arba HTTP API:',
    en: 'Pass the same document to `checkEligibility` and `rankApplications`, or to the HTTP API:',
  },
  notes: { lt: 'Pastabos', en: 'Notes' },
  envelope: { lt: 'Seniūnija', en: 'Eldership' },
  criterion: { lt: 'Kriterijus', en: 'Criterion' },
  range: { lt: 'Balai', en: 'Score range' },
  weight: { lt: 'Svoris', en: 'Weight' },
  minimumScore: { lt: 'Mažiausias būtinas balas', en: 'Minimum score' },
  lot: { lt: 'burtai (sėkla {seed})', en: 'lot (seed {seed})' },
  criterionKey: { lt: 'didesnis kriterijaus „{title}“ balas', en: 'higher score on “{title}”' },
  percent: { lt: '{n} %', en: '{n}%' },
  from: { lt: 'nuo', en: 'from' },
  until: { lt: 'iki', en: 'until' },
  dash: { lt: '–', en: '–' },
} as const

/** UI texts of the generated HTTP API page (from `apps/api/openapi.json`). */
export const OPENAPI_TEXT = {
  title: { lt: 'HTTP API', en: 'HTTP API' },
  intro: {
    lt: 'Šis puslapis sugeneruotas iš `apps/api/openapi.json` – OpenAPI dokumento, kurį API sukuria iš tų pačių paketų zod schemų, kuriomis tikrina užklausas.',
    en: 'This page is generated from `apps/api/openapi.json`, the OpenAPI document the API builds from the same zod schemas of the packages it validates requests with.',
  },
  missing: {
    lt: 'OpenAPI dokumento (`apps/api/openapi.json`) dar nėra: puslapis atsiras, kai API jį paskelbs.',
    en: 'There is no OpenAPI document (`apps/api/openapi.json`) yet: this page fills in once the API publishes it.',
  },
  version: { lt: 'Versija', en: 'Version' },
  servers: { lt: 'Serveriai', en: 'Servers' },
  endpoints: { lt: 'Galiniai taškai', en: 'Endpoints' },
  method: { lt: 'Metodas', en: 'Method' },
  path: { lt: 'Kelias', en: 'Path' },
  summary: { lt: 'Santrauka', en: 'Summary' },
  parameters: { lt: 'Parametrai', en: 'Parameters' },
  name: { lt: 'Pavadinimas', en: 'Name' },
  in: { lt: 'Vieta', en: 'In' },
  required: { lt: 'Privalomas', en: 'Required' },
  type: { lt: 'Tipas', en: 'Type' },
  description: { lt: 'Aprašas', en: 'Description' },
  requestBody: { lt: 'Užklausos turinys', en: 'Request body' },
  responses: { lt: 'Atsakymai', en: 'Responses' },
  status: { lt: 'Būsena', en: 'Status' },
  contentType: { lt: 'Turinio tipas', en: 'Content type' },
  schemas: { lt: 'Schemos', en: 'Schemas' },
  yes: { lt: 'taip', en: 'yes' },
  no: { lt: 'ne', en: 'no' },
  other: { lt: 'Kita', en: 'Other' },
} as const

/** Texts of the site's navigation bar and sidebar. */
export const NAV_TEXT = {
  guides: { lt: 'Vadovai', en: 'Guides' },
  rules: { lt: 'Taisyklės', en: 'Rules' },
  ruleIndex: { lt: 'Visi paketai', en: 'All packages' },
  overview: { lt: 'Apžvalga', en: 'Overview' },
  parameters: { lt: 'Parametrai', en: 'Parameters' },
  api: { lt: 'API žinynas', en: 'API reference' },
  http: { lt: 'HTTP API', en: 'HTTP API' },
  decisions: { lt: 'Sprendimai', en: 'Decisions' },
  tools: { lt: 'Įrankiai', en: 'Tools' },
} as const
