import type { CoreErrorCode } from './errors.js'
import type { Localized, MessageCatalog } from './messages.js'

/**
 * Lithuanian and English texts for every {@link CoreErrorCode}, keyed `core.error.<CODE>`, so an API
 * or a form can show a typed error to a person in their language.
 *
 * @example
 * ```ts
 * import { coreMessages, renderMessage } from '@talka/core'
 * renderMessage(coreMessages, 'core.error.INVALID_DATE', {}, 'en') // 'Invalid date: give a calendar date as YYYY-MM-DD.'
 * ```
 */
export const coreMessages = {
  'core.error.INVALID_MONEY': {
    lt: 'Netinkama pinigų suma: nurodykite dešimtainę eilutę su ne daugiau kaip dviem skaitmenimis po taško (pvz., „1234.56“).',
    en: 'Invalid amount of money: give a decimal string with at most 2 decimals, e.g. "1234.56".',
  },
  'core.error.AMOUNT_OUT_OF_RANGE': {
    lt: 'Suma per didelė: ji viršija didžiausią tiksliai apskaičiuojamą sumą (90 071 992 547 409,91 Eur).',
    en: 'The amount is too large: it exceeds the largest amount computed exactly (EUR 90,071,992,547,409.91).',
  },
  'core.error.INVALID_DATE': {
    lt: 'Netinkama data: nurodykite kalendorinę datą formatu MMMM-MM-DD.',
    en: 'Invalid date: give a calendar date as YYYY-MM-DD.',
  },
  'core.error.INVALID_LEGAL_REF': {
    lt: 'Netinkama teisės akto nuoroda: reikia akto pavadinimo ir oficialaus teksto adreso (URL).',
    en: 'Invalid legal reference: the act and the URL of its official text are required.',
  },
  'core.error.TIMELINE_NO_VALUE': {
    lt: 'Nurodytą dieną negalioja jokia šio parametro reikšmė.',
    en: 'No value of this parameter is in force on the given date.',
  },
  'core.error.TIMELINE_OVERLAP': {
    lt: 'Parametro reikšmių galiojimo laikotarpiai persidengia.',
    en: "The parameter values' periods of validity overlap.",
  },
  'core.error.TIMELINE_GAP': {
    lt: 'Tarp parametro reikšmių galiojimo laikotarpių yra tarpas.',
    en: "There is a gap between the parameter values' periods of validity.",
  },
  'core.error.TIMELINE_INVALID': {
    lt: 'Netinkamas laiko intervalas: pabaiga ankstesnė už pradžią arba nėra teisės akto nuorodos.',
    en: 'Invalid interval: it ends before it starts, or it has no legal reference.',
  },
  'core.error.UNKNOWN_PARAMETER': { lt: 'Tokio parametro nėra.', en: 'No such parameter.' },
  'core.error.DUPLICATE_PARAMETER': {
    lt: 'Parametras su tokiu identifikatoriumi jau apibrėžtas.',
    en: 'A parameter with this id is already defined.',
  },
  'core.error.UNKNOWN_MESSAGE': {
    lt: 'Pranešimo šablono nėra arba trūksta jo reikšmės.',
    en: 'The message template does not exist or a value for it is missing.',
  },
  'core.error.INVALID_JSON_VALUE': {
    lt: 'Reikšmės negalima užrašyti kanoniniu JSON: skaičiai turi būti sveikieji, o sumos – tekstas.',
    en: 'The value cannot be written as canonical JSON: numbers must be whole, amounts text.',
  },
  'core.error.VALIDATION_FAILED': {
    lt: 'Pateikti duomenys neatitinka schemos.',
    en: 'The input does not match the schema.',
  },
} as const satisfies Record<`core.error.${CoreErrorCode}`, Localized> satisfies MessageCatalog
