/**
 * Language and number formatting shared by the interactive tools. The tools follow the page's
 * locale (`lt-LT` at the root, `en-GB` under /en/).
 */

/** A language of the site. */
export type Lang = 'lt' | 'en'

/** A text in both languages. */
export interface Localized {
  readonly lt: string
  readonly en: string
}

/** The tool language of a VitePress page language (`lt-LT`, `en-GB`). */
export function langOf(siteLang: string | undefined): Lang {
  return siteLang?.toLowerCase().startsWith('en') ? 'en' : 'lt'
}

const THOUSANDS: Record<Lang, string> = { lt: '\u00a0', en: ',' }
const DECIMAL: Record<Lang, string> = { lt: ',', en: '.' }

/**
 * A decimal string (`'-1234.5'`) for reading: thousands grouped (a no-break space in Lithuanian, a
 * comma in English) and the language's decimal mark. Exact: the digits are never turned into a
 * float. Anything that is not a decimal string is returned as it is.
 */
export function formatDecimal(value: string, lang: Lang): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value)
  if (!match) return value
  const [, sign, whole, fraction] = match as unknown as [string, string, string, string | undefined]
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS[lang])
  return `${sign === '-' ? '−' : ''}${grouped}${fraction === undefined ? '' : DECIMAL[lang] + fraction}`
}

/** Texts the tools share. */
export const COMMON = {
  yes: { lt: 'Taip', en: 'Yes' },
  no: { lt: 'Ne', en: 'No' },
  unknown: { lt: 'Nežinoma', en: 'Not known' },
  notAnswered: { lt: 'Neatsakyta', en: 'Not answered' },
  loadExample: { lt: 'Įkelti pavyzdį', en: 'Load the example' },
  copyLink: { lt: 'Kopijuoti nuorodą į šį rezultatą', en: 'Copy a link to this result' },
  linkCopied: {
    lt: 'Nuoroda nukopijuota. Joje yra visi įvesti duomenys – dalinkitės ja atsargiai.',
    en: 'Link copied. It holds everything you entered – share it with care.',
  },
  copyFailed: {
    lt: 'Nepavyko nukopijuoti: pažymėkite tekstą ir nukopijuokite patys.',
    en: 'Could not copy: select the text and copy it yourself.',
  },
  file: { lt: 'Įkelti CSV arba Excel (.xlsx) failą', en: 'Upload a CSV or Excel (.xlsx) file' },
  pasteCsv: {
    lt: 'arba įklijuokite CSV (skirtukas „;“ arba „,“)',
    en: 'or paste CSV (“;” or “,” delimited)',
  },
  result: { lt: 'Rezultatas', en: 'Result' },
  privacy: {
    lt: 'Skaičiuojama jūsų naršyklėje: duomenys niekur nesiunčiami. Jie saugomi tik šio puslapio adrese (po #), kad rezultatu galėtumėte pasidalyti.',
    en: 'Computed in your browser: nothing is sent anywhere. The data are kept only in this page’s address (after #), so you can share the result.',
  },
  legalRef: { lt: 'Teisinis pagrindas', en: 'Legal basis' },
  reasons: { lt: 'Priežastys', en: 'Reasons' },
  errors: { lt: 'Klaidos', en: 'Errors' },
  row: { lt: 'eilutė', en: 'row' },
  download: { lt: 'Atsisiųsti', en: 'Download' },
} as const satisfies Record<string, Localized>

/** Texts of the tools that take a call made in the call builder or loaded from call.json. */
export const OWN_CALL_TEXT = {
  ownCallFile: { lt: 'Įkelti savo kvietimą (call.json)', en: 'Load your call (call.json)' },
  ownCallStored: {
    lt: 'Naudoti kvietimą iš kvietimo rengimo įrankio',
    en: 'Use the call from the call builder',
  },
  ownCallNone: {
    lt: 'Šioje naršyklėje kvietimo rengimo įrankyje kvietimas dar neišsaugotas.',
    en: 'No call has been kept from the call builder in this browser yet.',
  },
  ownCallNotJson: { lt: 'Failas nėra JSON dokumentas.', en: 'The file is not a JSON document.' },
} as const satisfies Record<string, Localized>

/** The text of `key` of a texts table in `lang`. */
export function tr<T extends Record<string, Localized>>(table: T, key: keyof T, lang: Lang): string {
  return table[key]![lang]
}
