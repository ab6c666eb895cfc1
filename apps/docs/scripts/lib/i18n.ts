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

/** A UI string of the generated pages in `lang`, with `{name}` placeholders filled from `params`. */
export function t(key: StringKey, lang: Lang, params: Readonly<Record<string, string>> = {}): string {
  return strings[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole)
}
