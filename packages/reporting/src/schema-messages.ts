import type { Localized } from '@talka/core'

/**
 * Texts of the structural (schema-level) problems, in Lithuanian and English. The zod schemas carry
 * the English text as their error message; {@link toReportIssues} maps it back to the key and
 * renders it in the requested language.
 */
export const SCHEMA_MESSAGES = {
  'schema.text': { lt: 'Tekstas negali būti tuščias.', en: 'Text must not be empty.' },
  'schema.amount': {
    lt: 'Suma turi būti neneigiamas skaičius, rašomas su tašku ir ne daugiau kaip dviem skaitmenimis po jo.',
    en: 'An amount must be a non-negative decimal string with at most 2 decimals, e.g. "1234.56".',
  },
  'schema.amount-too-large': {
    lt: 'Suma per didelė: didžiausia leidžiama – {maximum, amount}.',
    en: 'The amount is too large: at most {maximum, amount}.',
  },
  'schema.date': {
    lt: 'Data turi būti tikra kalendoriaus diena, rašoma YYYY-MM-DD.',
    en: 'A date must be a real calendar day written YYYY-MM-DD.',
  },
  'schema.partial-date': {
    lt: 'Data turi būti rašoma YYYY, YYYY-MM arba YYYY-MM-DD ir būti tikra.',
    en: 'A date must be written YYYY, YYYY-MM or YYYY-MM-DD and be real.',
  },
  'schema.year': { lt: 'Metai turi būti tarp 1990 ir 2100.', en: 'A year must be between 1990 and 2100.' },
  'schema.count': {
    lt: 'Turi būti neneigiamas sveikasis skaičius.',
    en: 'Must be a non-negative whole number.',
  },
  'schema.row-number': {
    lt: 'Eilės numeris turi būti teigiamas sveikasis skaičius.',
    en: 'A row number must be a positive whole number.',
  },
  'schema.jar-code': {
    lt: 'Juridinio asmens kodas turi būti 9 skaitmenys.',
    en: 'A legal-entity code must be 9 digits.',
  },
  'schema.executor': {
    lt: 'Vykdytojo pavadinimas negali būti tuščias, turėti kablelio ar tarpų pradžioje ir pabaigoje.',
    en: 'An executor name must not be empty, contain a comma or start or end with spaces.',
  },
  'schema.url': {
    lt: 'Nuoroda turi prasidėti http:// arba https:// ir neturėti tarpų.',
    en: 'A link must start with http:// or https:// and contain no spaces.',
  },
  'schema.decimal': {
    lt: 'Turi būti neneigiamas skaičius, trupmeninė dalis rašoma po taško.',
    en: 'Must be a non-negative decimal string, e.g. "12.5".',
  },
  'schema.share': {
    lt: 'Dalis turi būti skaičius nuo 0 iki 1, rašomas su tašku (10 % yra nulis, taškas, vienas).',
    en: 'A share must be a decimal string from 0 to 1, e.g. "0.1" (10 %).',
  },
  'schema.required': { lt: 'Privalomas laukas nenurodytas.', en: 'A required field is missing.' },
  'schema.invalid-type': {
    lt: 'Netinkamas reikšmės tipas: tikėtasi – {expected}.',
    en: 'Wrong type of value: expected {expected}.',
  },
  'schema.not-an-integer': { lt: 'Turi būti sveikasis skaičius.', en: 'Must be a whole number.' },
  'schema.too-few-items': {
    lt: 'Per mažai įrašų: reikia bent {minimum, number}.',
    en: 'Too few entries: at least {minimum, number} needed.',
  },
  'schema.too-small': {
    lt: 'Reikšmė per maža: turi būti ne mažesnė nei {minimum, number}.',
    en: 'Too small: must be at least {minimum, number}.',
  },
  'schema.too-big': {
    lt: 'Reikšmė per didelė: turi būti ne didesnė nei {maximum, number}.',
    en: 'Too big: must be at most {maximum, number}.',
  },
  'schema.invalid-option': {
    lt: 'Netinkama reikšmė: galimos {options}.',
    en: 'Not one of the allowed values: {options}.',
  },
  'schema.unknown-field': { lt: 'Nežinomas laukas „{key}“.', en: 'Unknown field "{key}".' },
  'schema.invalid': { lt: 'Netinkama reikšmė.', en: 'Invalid value.' },
  'schema.pass': {
    lt: 'Dokumentas atitinka schemą {schema}.',
    en: 'The document matches the schema {schema}.',
  },
} as const satisfies Record<string, Localized>

/** A key of {@link SCHEMA_MESSAGES}. */
export type SchemaMessageKey = keyof typeof SCHEMA_MESSAGES

/** The zod `error` option for a schema-level message (its English text). */
export function schemaError(key: SchemaMessageKey): { error: string } {
  return { error: SCHEMA_MESSAGES[key].en }
}
