/**
 * The allocation calculator's logic (no Vue): reading the recipients table, running `allocate` or
 * `checkPublishedAllocation` of @talka/allocation, and the rows, files and messages the page shows.
 */
import {
  type AllocationCertificate,
  certificateOf,
  explainAllocation,
  type PublishedAllocationCheck,
  presentAllocationError,
  safeAllocate,
  safeCheckPublishedAllocation,
} from '@talka/allocation'
import { canonicalJson, sha256Hex } from '@talka/core'
import { type LegalBasisLine, legalBasisLines, officerAmount } from '../components/tools/officer-format.js'
import { type CsvTable, nonNegativeDecimal, nonNegativeInteger, parseCsv, tableCsv } from './csv.js'
import type { Lang, Localized } from './i18n.js'
import { choiceField, stringField } from './url-state.js'

/** What the calculator does: split a total, or check a published table. */
export type AllocationMode = 'allocate' | 'check'

/** The calculator's state, as kept in the address. Column `-1` means "found automatically". */
export interface AllocationState {
  readonly mode: AllocationMode
  readonly csv: string
  readonly total: string
  readonly unit: string
  readonly fixed: string
  readonly minimum: string
  readonly idColumn: number
  readonly weightColumn: number
  readonly amountColumn: number
  /** The date of the decision the annex belongs to (`YYYY-MM-DD`; empty: today). */
  readonly decisionDate: string
  /** The officer's own act the allocation is made under (printed first under the legal basis). */
  readonly decisionAct: string
  /** Who signs the annex: position and name, as typed. */
  readonly signatory: string
}

/** The units offered for rounding. */
export const UNITS = ['0.01', '1', '10', '100'] as const

/**
 * The example: Kretinga district 2022, EUR 25,957 to 9 elderships, EUR 750 each first and the rest
 * by residents on 2022-01-01, in whole euros (the municipality's published split; see the
 * @talka/allocation README).
 */
export const ALLOCATION_EXAMPLE: AllocationState = {
  mode: 'allocate',
  csv: [
    'Seniūnija;Gyventojų skaičius 2022-01-01',
    'Darbėnų seniūnija;4216',
    'Imbarės seniūnija;1842',
    'Kartenos seniūnija;1547',
    'Kretingos miesto seniūnija;17698',
    'Kretingos seniūnija;5282',
    'Kūlupėnų seniūnija;1484',
    'Salantų seniūnija;1349',
    'Vydmantų seniūnija;2425',
    'Žalgirio seniūnija;3980',
  ].join('\n'),
  total: '25957',
  unit: '1',
  fixed: '750',
  minimum: '0',
  idColumn: -1,
  weightColumn: -1,
  amountColumn: -1,
  decisionDate: '',
  decisionAct: '',
  signatory: '',
}

/** A state read back from an address: anything missing or malformed falls back to the example. */
export function allocationStateFrom(value: unknown): AllocationState {
  const e = ALLOCATION_EXAMPLE
  const column = (key: string) => {
    const n = Number(stringField(value, key, '-1'))
    return Number.isInteger(n) && n >= -1 && n < 1000 ? n : -1
  }
  return {
    mode: choiceField(value, 'mode', ['allocate', 'check'], e.mode),
    csv: stringField(value, 'csv', e.csv),
    total: stringField(value, 'total', e.total),
    unit: stringField(value, 'unit', e.unit),
    fixed: stringField(value, 'fixed', e.fixed),
    minimum: stringField(value, 'minimum', e.minimum),
    idColumn: column('idColumn'),
    weightColumn: column('weightColumn'),
    amountColumn: column('amountColumn'),
    decisionDate: stringField(value, 'decisionDate', e.decisionDate),
    decisionAct: stringField(value, 'decisionAct', e.decisionAct),
    signatory: stringField(value, 'signatory', e.signatory),
  }
}

/** The state as it is written to the address (columns as strings, so every field is text). */
export function allocationStateToJson(state: AllocationState): Record<string, string> {
  return {
    mode: state.mode,
    csv: state.csv,
    total: state.total,
    unit: state.unit,
    fixed: state.fixed,
    minimum: state.minimum,
    idColumn: String(state.idColumn),
    weightColumn: String(state.weightColumn),
    amountColumn: String(state.amountColumn),
    decisionDate: state.decisionDate,
    decisionAct: state.decisionAct,
    signatory: state.signatory,
  }
}

/** The columns used: recipient, weight and (optional) published amount, as indexes. */
export interface AllocationColumns {
  readonly id: number
  readonly weight: number
  readonly amount: number
}

const ID_HEADER = /seni[uū]nij|eldership|gav[eė]j|recipient|savivaldyb|municipal|pavadinim|name|bendruomen/i
const WEIGHT_HEADER = /gyventoj|resident|svor|weight|nari|member|skai[cč]ius|count/i
const AMOUNT_HEADER = /suma|amount|eur|skirta|paskirst|l[eė][sš]/i

const distinct = (values: readonly string[]) => new Set(values).size === values.length
const column = (table: CsvTable, index: number) => table.rows.map((row) => row[index] ?? '')

/**
 * Finds the columns of a table: the recipient is the first column whose header names one and whose
 * values are all different (so a constant "municipality" column is passed over for "eldership"), else
 * the first such text column; the weight, a column of (mostly) whole numbers named like one
 * (residents, members, weight), else the first such column whose values are not all equal; the
 * published amount, a numeric column named like one (amount, suma, EUR), if any.
 */
export function detectColumns(table: CsvTable): AllocationColumns {
  const indexes = table.headers.map((_, i) => i)
  const values = indexes.map((i) => column(table, i))
  // A column counts as numeric when most of its cells are numbers, so one mistyped cell is reported
  // at its row instead of hiding the whole column.
  const mostly = (i: number, ok: (v: string) => boolean) =>
    values[i]!.length > 0 && values[i]!.filter(ok).length * 2 > values[i]!.length
  const isInteger = (i: number) => mostly(i, (v) => nonNegativeInteger(v) !== undefined)
  const isNumber = (i: number) => mostly(i, (v) => nonNegativeDecimal(v) !== undefined)
  const allEqual = (i: number) => new Set(values[i]).size <= 1
  const textual = indexes.filter((i) => !isNumber(i) && distinct(values[i]!))
  const id = textual.find((i) => ID_HEADER.test(table.headers[i]!)) ?? textual[0] ?? 0
  const integers = indexes.filter((i) => i !== id && isInteger(i) && !allEqual(i))
  const weight =
    integers.find((i) => WEIGHT_HEADER.test(table.headers[i]!) && !AMOUNT_HEADER.test(table.headers[i]!)) ??
    integers.find((i) => !AMOUNT_HEADER.test(table.headers[i]!)) ??
    integers[0] ??
    -1
  const amount =
    indexes.find((i) => i !== id && i !== weight && isNumber(i) && AMOUNT_HEADER.test(table.headers[i]!)) ??
    -1
  return { id, weight, amount }
}

/** A problem in one row of the table. */
export interface RowProblem {
  /** Spreadsheet row number (the header is row 1). */
  readonly row: number
  readonly message: Localized
}

/** Recipients read from the table. */
export interface ReadRecipients {
  readonly table: CsvTable
  readonly columns: AllocationColumns
  readonly recipients: readonly { readonly id: string; readonly weight: string }[]
  /** Published amount per recipient (`null` where the cell is empty or there is no such column). */
  readonly amounts: readonly (string | null)[]
  readonly problems: readonly RowProblem[]
}

/** Reads recipients, weights and published amounts from the state's CSV and chosen columns. */
export function readRecipients(state: AllocationState): ReadRecipients {
  const table = parseCsv(state.csv)
  const found = detectColumns(table)
  const pick = (chosen: number, auto: number) =>
    chosen >= 0 && chosen < table.headers.length ? chosen : auto
  const columns: AllocationColumns = {
    id: pick(state.idColumn, found.id),
    weight: pick(state.weightColumn, found.weight),
    amount: pick(state.amountColumn, found.amount),
  }
  const problems: RowProblem[] = []
  const recipients: { id: string; weight: string }[] = []
  const amounts: (string | null)[] = []
  if (table.headers.length === 0) {
    problems.push({ row: 1, message: { lt: 'Lentelė tuščia.', en: 'The table is empty.' } })
  } else if (columns.weight < 0) {
    problems.push({
      row: 1,
      message: {
        lt: 'Nerastas svorių stulpelis (sveikieji skaičiai, pvz., gyventojų skaičius): pasirinkite jį.',
        en: 'No weight column found (whole numbers, e.g. residents): choose it.',
      },
    })
  }
  table.rows.forEach((row, i) => {
    const line = i + 2
    const id = row[columns.id] ?? ''
    const rawWeight = columns.weight >= 0 ? (row[columns.weight] ?? '') : ''
    const weight = nonNegativeInteger(rawWeight)
    if (id === '') {
      problems.push({
        row: line,
        message: { lt: 'Nėra gavėjo pavadinimo.', en: 'The recipient has no name.' },
      })
    }
    if (columns.weight >= 0 && weight === undefined) {
      problems.push({
        row: line,
        message: {
          lt: `Svoris „${rawWeight}“ nėra neneigiamas sveikasis skaičius.`,
          en: `The weight “${rawWeight}” is not a non-negative whole number.`,
        },
      })
    }
    const rawAmount = columns.amount >= 0 ? (row[columns.amount] ?? '') : ''
    const amount = rawAmount === '' ? null : (nonNegativeDecimal(rawAmount) ?? null)
    if (rawAmount !== '' && amount === null) {
      problems.push({
        row: line,
        message: {
          lt: `Suma „${rawAmount}“ nėra skaičius.`,
          en: `The amount “${rawAmount}” is not a number.`,
        },
      })
    }
    recipients.push({ id, weight: weight ?? '0' })
    amounts.push(amount)
  })
  return { table, columns, recipients, amounts, problems }
}

/** One row of the shares table. */
export interface ShareRow {
  readonly id: string
  readonly weight: string
  /** The exact quota as a reduced fraction (and its parts) and its 6-decimal reading. */
  readonly quota: {
    readonly fraction: string
    readonly decimal: string
    readonly numerator: string
    readonly denominator: string
  }
  readonly floor: string
  readonly remainder: { readonly fraction: string; readonly decimal: string }
  readonly remainderRank: number | null
  readonly extraUnit: boolean
  readonly minimumApplied: boolean
  readonly amount: string
}

/** The outcome of the calculator in allocate mode. */
export type AllocationOutcome =
  | {
      readonly ok: true
      readonly rows: readonly ShareRow[]
      readonly total: string
      readonly sum: string
      readonly sumEqual: boolean
      readonly leftoverUnits: number
      readonly certificate: AllocationCertificate
      /** SHA-256 of the certificate's canonical JSON (RFC 8785): what the printed annex cites. */
      readonly certificateHash: string
      readonly explanation: readonly string[]
      /** The legal references the allocation's reasons cite, as printed lines. */
      readonly legalBasis: readonly LegalBasisLine[]
    }
  | { readonly ok: false; readonly errors: readonly Localized[] }

const fraction = (f: { numerator: string; denominator: string; decimal: string }) => ({
  fraction: f.denominator === '1' ? f.numerator : `${f.numerator}/${f.denominator}`,
  decimal: f.decimal,
  numerator: f.numerator,
  denominator: f.denominator,
})

const orZero = (text: string) => (text.trim() === '' ? '0' : text)

/** Splits the total among the table's recipients (largest remainder) and explains it in `lang`. */
export function runAllocation(state: AllocationState, read: ReadRecipients, lang: Lang): AllocationOutcome {
  if (read.problems.length > 0) return { ok: false, errors: read.problems.map(rowMessage) }
  const total = nonNegativeDecimal(state.total)
  if (total === undefined) return { ok: false, errors: [TOTAL_MISSING] }
  const result = safeAllocate({
    total,
    unit: state.unit,
    fixed: nonNegativeDecimal(orZero(state.fixed)) ?? state.fixed,
    minimum: nonNegativeDecimal(orZero(state.minimum)) ?? state.minimum,
    recipients: read.recipients,
  })
  if (!result.success) return { ok: false, errors: [presentAllocationError(result.error)] }
  const certificate = certificateOf(result.data)
  const rows = certificate.recipients.map((r) => ({
    id: r.id,
    weight: r.weight,
    quota: fraction(r.quota),
    floor: r.floor,
    remainder: fraction(r.remainder),
    remainderRank: r.remainderRank,
    extraUnit: r.extraUnit,
    minimumApplied: r.minimumApplied,
    amount: r.amount,
  }))
  // Only the reasons' texts are shown, and they do not mention the date the decision records.
  const decision = explainAllocation(result.data, { lang, asOf: '2000-01-01' })
  return {
    ok: true,
    rows,
    total: certificate.sum.total,
    sum: certificate.sum.amounts,
    sumEqual: certificate.sum.equal,
    leftoverUnits: certificate.split.leftoverUnits,
    certificate,
    certificateHash: sha256Hex(canonicalJson(certificate)),
    explanation: decision.reasons.map((r) => r.message.text),
    legalBasis: legalBasisLines(decision.reasons, lang),
  }
}

const TOTAL_MISSING: Localized = {
  lt: 'Įrašykite visą skirstomą sumą (pvz., 25957).',
  en: 'Enter the total to split (e.g. 25957).',
}

function rowMessage(problem: RowProblem): Localized {
  return {
    lt: `${problem.row} eilutė: ${problem.message.lt}`,
    en: `Row ${problem.row}: ${problem.message.en}`,
  }
}

/** Column headers of the result CSV. */
const RESULT_HEADERS: Record<Lang, readonly string[]> = {
  lt: [
    'Gavėjas',
    'Svoris',
    'Kvota (tiksli trupmena)',
    'Kvota (6 skaitmenys po kablelio)',
    'Sveikoji dalis',
    'Liekana',
    'Liekanos vieta',
    'Papildomas vienetas',
    'Pakelta iki minimumo',
    'Suma',
  ],
  en: [
    'Recipient',
    'Weight',
    'Quota (exact fraction)',
    'Quota (6 decimals)',
    'Whole units',
    'Remainder',
    'Remainder rank',
    'Extra unit',
    'Raised to minimum',
    'Amount',
  ],
}

/** The shares as table rows (header first), for the CSV and `.xlsx` downloads. */
export function allocationResultRows(rows: readonly ShareRow[], lang: Lang): (readonly string[])[] {
  const yes = lang === 'lt' ? 'taip' : 'yes'
  const no = lang === 'lt' ? 'ne' : 'no'
  return [
    RESULT_HEADERS[lang],
    ...rows.map((r) => [
      r.id,
      r.weight,
      r.quota.fraction,
      r.quota.decimal,
      r.floor,
      r.remainder.decimal,
      r.remainderRank === null ? '' : String(r.remainderRank),
      r.extraUnit ? yes : no,
      r.minimumApplied ? yes : no,
      r.amount,
    ]),
  ]
}

/** The shares as CSV (`;`, CRLF, BOM so that spreadsheets read the diacritics). */
export function allocationResultCsv(rows: readonly ShareRow[], lang: Lang): string {
  return tableCsv(allocationResultRows(rows, lang))
}

/** One row of the published-table check. */
export interface CheckRow {
  readonly id: string
  readonly weight: string
  readonly published: string
  readonly computed: string
  /** `published − computed`, `'0'` when they agree. */
  readonly difference: string
}

/** The outcome of the calculator in check mode. */
export type CheckOutcome =
  | {
      readonly ok: true
      readonly report: PublishedAllocationCheck
      readonly rows: readonly CheckRow[]
      readonly findings: readonly string[]
    }
  | { readonly ok: false; readonly errors: readonly Localized[] }

/** Checks the table's published amounts against the total with `checkPublishedAllocation`. */
export function runCheck(state: AllocationState, read: ReadRecipients, lang: Lang): CheckOutcome {
  if (read.problems.length > 0) return { ok: false, errors: read.problems.map(rowMessage) }
  if (read.columns.amount < 0) {
    return {
      ok: false,
      errors: [
        {
          lt: 'Patikrai reikia paskelbtų sumų stulpelio (pvz., „Suma, Eur“): pasirinkite jį.',
          en: 'The check needs a column of published amounts (e.g. “Amount, EUR”): choose it.',
        },
      ],
    }
  }
  const missing = read.amounts.indexOf(null)
  if (missing >= 0) {
    return {
      ok: false,
      errors: [
        rowMessage({
          row: missing + 2,
          message: { lt: 'Nėra paskelbtos sumos.', en: 'No published amount.' },
        }),
      ],
    }
  }
  const total = nonNegativeDecimal(state.total)
  if (total === undefined) return { ok: false, errors: [TOTAL_MISSING] }
  const fixed = nonNegativeDecimal(orZero(state.fixed))
  const minimum = nonNegativeDecimal(orZero(state.minimum))
  const result = safeCheckPublishedAllocation({
    total,
    unit: state.unit,
    ...(fixed !== undefined && fixed !== '0' ? { fixed } : {}),
    ...(minimum !== undefined && minimum !== '0' ? { minimum } : {}),
    rows: read.recipients.map((r, i) => ({ id: r.id, weight: r.weight, amount: read.amounts[i] as string })),
  })
  if (!result.success) return { ok: false, errors: [presentAllocationError(result.error)] }
  const report = result.data
  const largest = report.methods.find((m) => m.method === 'largest-remainder')
  const byId = new Map(report.differences.map((d) => [d.id, d.difference]))
  const rows = read.recipients.map((r, i) => ({
    id: r.id,
    weight: r.weight,
    published: read.amounts[i] as string,
    computed: largest?.amounts[i] ?? '',
    difference: byId.get(r.id) ?? '0',
  }))
  return { ok: true, report, rows, findings: report.findings.map((f) => f.message[lang]) }
}

/** The published-table check as table rows (header first), for the CSV and `.xlsx` downloads. */
export function checkResultRows(rows: readonly CheckRow[], lang: Lang): string[][] {
  const headers =
    lang === 'lt'
      ? ['Gavėjas', 'Svoris', 'Paskelbta suma', 'Didžiausių liekanų metodu', 'Skirtumas']
      : ['Recipient', 'Weight', 'Published amount', 'Largest remainder', 'Difference']
  return [headers, ...rows.map((r) => [r.id, r.weight, r.published, r.computed, r.difference])]
}

/** The published-table check as CSV. */
export function checkResultCsv(rows: readonly CheckRow[], lang: Lang): string {
  return tableCsv(checkResultRows(rows, lang))
}

/** `sum ≠ total` or `sum = total`, both as amounts an officer reads ("25 957,00 Eur"). */
export function sumLine(sum: string, total: string, equal: boolean, lang: Lang): string {
  return `${officerAmount(sum, lang)} ${equal ? '=' : '≠'} ${officerAmount(total, lang)}`
}

/** The calculator's labels (kept with the other tools' tables in texts.ts). */
export { ALLOCATION_TEXT } from './texts.js'
