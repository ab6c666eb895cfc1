import type { Localized } from '@talka/core'

/** Messages of CSV-level problems, by code. */
export const CSV_MESSAGES = {
  'csv.not-text': { lt: 'CSV turinys turi būti tekstas.', en: 'The CSV content must be text.' },
  'csv.encoding': {
    lt: 'Failo nepavyko perskaityti kaip teksto (UTF-8, UTF-16 ar Windows-1257); išsaugokite jį kaip „CSV UTF-8“.',
    en: 'The file could not be read as text (UTF-8, UTF-16 or Windows-1257); save it as "CSV UTF-8".',
  },
  'csv.unsupported-charset': {
    lt: 'Koduotė „{charset}“ nepalaikoma; siųskite failą UTF-8, UTF-16 ar Windows-1257 koduote.',
    en: 'The charset "{charset}" is not supported; send the file as UTF-8, UTF-16 or Windows-1257.',
  },
  'csv.empty': { lt: 'Faile nėra antraštės eilutės.', en: 'The file has no header row.' },
  'csv.syntax': {
    lt: 'CSV sintaksės klaida (pvz., neuždarytos kabutės): {detail}.',
    en: 'CSV syntax error (e.g. unclosed quotes): {detail}.',
  },
  'csv.no-data': { lt: 'Faile nėra duomenų eilučių.', en: 'The file has no data rows.' },
  'csv.unknown-column': { lt: 'Nežinomas stulpelis „{column}“.', en: 'Unknown column "{column}".' },
  'csv.duplicate-column': { lt: 'Stulpelis „{column}“ kartojasi.', en: 'Column "{column}" appears twice.' },
  'csv.missing-column': { lt: 'Trūksta stulpelio „{column}“.', en: 'Column "{column}" is missing.' },
  'csv.extra-cell': {
    lt: 'Langelis be stulpelio antraštės ({position}-asis eilutėje).',
    en: 'A cell with no column header (no. {position} in the row).',
  },
  'csv.invalid-count': {
    lt: '„{value}“ nėra neneigiamas sveikasis skaičius.',
    en: '"{value}" is not a non-negative whole number.',
  },
  'csv.invalid-row-number': {
    lt: '„{value}“ nėra eilės numeris (pvz., 7 arba 7.).',
    en: '"{value}" is not a row number (e.g. 7 or 7.).',
  },
  'csv.invalid-year': {
    lt: '„{value}“ nėra metai (pvz., 2024).',
    en: '"{value}" is not a year (e.g. 2024).',
  },
  'csv.invalid-amount': {
    lt: '„{value}“ nėra suma (pvz., 1234,56 arba 1 234,56).',
    en: '"{value}" is not an amount (e.g. 1234.56 or 1 234,56).',
  },
  'csv.invalid-decimal': {
    lt: '„{value}“ nėra skaičius (pvz., 12,5).',
    en: '"{value}" is not a number (e.g. 12.5).',
  },
  'csv.invalid-date': {
    lt: '„{value}“ nėra data, rašoma {format}.',
    en: '"{value}" is not a date written {format}.',
  },
  'csv.invalid-option': {
    lt: '„{value}“ nėra galima reikšmė; galimos: {options}.',
    en: '"{value}" is not an allowed value; allowed: {options}.',
  },
  'csv.unknown-record-type': {
    lt: '„{value}“ nėra įrašo tipas; galimi: {options}.',
    en: '"{value}" is not a record type; allowed: {options}.',
  },
  'csv.missing-record-type': {
    lt: 'Nenurodytas įrašo tipas; galimi: {options}.',
    en: 'The record type is missing; allowed: {options}.',
  },
  'csv.not-applicable': {
    lt: 'Šis stulpelis netaikomas įrašo tipui „{type}“, langelis turi būti tuščias.',
    en: 'This column does not apply to record type "{type}"; the cell must be empty.',
  },
  'csv.inconsistent-value': {
    lt: 'Ataskaitos lauko reikšmė skiriasi nuo nurodytos {firstRow} eilutėje („{first}“).',
    en: 'This report-level value differs from the one in row {firstRow} ("{first}").',
  },
} as const satisfies Record<string, Localized>

/** A key of {@link CSV_MESSAGES}. */
export type CsvMessageKey = keyof typeof CSV_MESSAGES
