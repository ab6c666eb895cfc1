import { type Lang, LangSchema, type Parsed, renderMessage } from '@talka/core'
import { CsvError, type CsvSeparator, decodeCsvBytes } from '@talka/core/csv'
import { z } from 'zod'
import { ReportingError } from '../errors.js'
import { runThrough, safeParseRowsSteps } from '../parse-rows.js'
import {
  assertSchemaName,
  type ReportOf,
  type ReportSchemaName,
  ReportSchemaNameSchema,
  schemas,
} from '../report-schemas.js'
import {
  findingCount,
  renderFinding,
  type SchemaFinding,
  toReportIssues,
  visitFindings,
} from '../schema-issues.js'
import { ensureReport, findRules, type ReportValidationResult } from '../validate-report.js'
import { type CsvDelimiter, CsvIssues, cellKey, writeReportTable } from './csv-engine.js'
import type { CsvIssue } from './csv-issue.js'
import { csvLayouts } from './layouts.js'
import { type ReadResult, readCsvSteps } from './read-csv.js'

const DelimiterSchema = z
  .enum([';', ',', '\t'])
  .meta({ description: 'Cell delimiter: ";" (Lithuanian Excel), "," or tab' })

/**
 * Options for reading a CSV report: the language of the messages (default `lt`), the delimiter
 * (default: detected from the header row among `;`, `,` and tab) and, for bytes, the charset the
 * sender declared (see `decodeCsvBytes` of `@talka/core/csv`).
 *
 * @example
 * ```ts
 * import type { ReportCsvOptions } from '@talka/reporting'
 * const options: ReportCsvOptions = { lang: 'en', delimiter: ';', charset: 'windows-1257' }
 * ```
 */
export interface ReportCsvOptions {
  readonly lang?: Lang | undefined
  readonly delimiter?: CsvDelimiter | undefined
  readonly charset?: string | undefined
}

/**
 * Options for writing a CSV report: the language of the header row and of code-list labels
 * (default `lt`), the delimiter (`;` by default, what Lithuanian Excel opens directly, or `,`) and whether to
 * start with a UTF-8 byte-order mark (default `false`; set it for files that Excel opens by
 * double-click, so that it reads ą, č, ę … as UTF-8).
 *
 * @example
 * ```ts
 * import type { ReportToCsvOptions } from '@talka/reporting'
 * const forExcel: ReportToCsvOptions = { headers: 'lt', delimiter: ';', bom: true }
 * ```
 */
export interface ReportToCsvOptions {
  readonly headers?: Lang | undefined
  readonly delimiter?: CsvSeparator | undefined
  readonly bom?: boolean | undefined
}

/**
 * The result of {@link parseReportCsv}: the document when the file is a well-formed report of the
 * schema, otherwise every problem, each at its spreadsheet row and column header as written.
 *
 * @example
 * ```ts
 * import { parseReportCsv, type ParseReportCsvResult } from '@talka/reporting'
 * const result: ParseReportCsvResult<'council-plan-report.v1'> = parseReportCsv('council-plan-report.v1', '')
 * result.errors[0]?.code // 'csv.empty'
 * ```
 */
export interface ParseReportCsvResult<N extends ReportSchemaName = ReportSchemaName> {
  readonly data?: ReportOf<N>
  /** At most `MAX_ISSUES` (100) errors, in file order. */
  readonly errors: readonly CsvIssue[]
  /** How many errors there were in all. */
  readonly errorCount: number
}

/**
 * The result of {@link validateReportCsv}: like `validateReport`, with every issue located in the
 * file.
 *
 * @example
 * ```ts
 * import { validateReportCsv, type ReportCsvValidationResult } from '@talka/reporting'
 * const r: ReportCsvValidationResult<'funded-project.v1'> = validateReportCsv('funded-project.v1', '')
 * r.valid // false
 * ```
 */
export interface ReportCsvValidationResult<N extends ReportSchemaName = ReportSchemaName>
  extends Omit<ReportValidationResult<N>, 'errors' | 'warnings'> {
  /** At most `MAX_ISSUES` (100) errors, each located in the file. */
  readonly errors: readonly CsvIssue[]
  /** At most `MAX_ISSUES` (100) warnings, each located in the file. */
  readonly warnings: readonly CsvIssue[]
}

/**
 * Zod schema of the input of {@link parseReportCsv} and {@link validateReportCsv}, for the HTTP API.
 *
 * @example
 * ```ts
 * import { ParseReportCsvInputSchema } from '@talka/reporting'
 * ParseReportCsvInputSchema.parse({ schema: 'council-plan-report.v1', csv: 'Eil. Nr.;…', lang: 'lt' })
 * ```
 */
export const ParseReportCsvInputSchema = z
  .strictObject({
    schema: ReportSchemaNameSchema,
    csv: z.string().meta({ description: 'The CSV text (UTF-8, with or without BOM)' }),
    lang: LangSchema.optional(),
    delimiter: DelimiterSchema.optional(),
  })
  .meta({ id: 'reporting.ParseReportCsvInput', description: 'A CSV report to read' })

const SeparatorSchema = z
  .enum([';', ','])
  .meta({ description: 'Cell separator: ";" (Lithuanian Excel) or ","' })

/**
 * Zod schema of the input of {@link reportToCsv}, for the HTTP API.
 *
 * @example
 * ```ts
 * import { ReportToCsvInputSchema } from '@talka/reporting'
 * ReportToCsvInputSchema.parse({ schema: 'funded-project.v1', data: {}, headers: 'en', bom: true })
 * ```
 */
export const ReportToCsvInputSchema = z
  .strictObject({
    schema: ReportSchemaNameSchema,
    data: z.unknown().meta({ description: 'The report document (JSON)' }),
    headers: LangSchema.optional(),
    delimiter: SeparatorSchema.optional(),
    bom: z.boolean().optional(),
  })
  .meta({ id: 'reporting.ReportToCsvInput', description: 'A report document to write as CSV' })

const ReadOptionsSchema = z.strictObject({
  lang: LangSchema.optional(),
  delimiter: DelimiterSchema.optional(),
  charset: z.string().max(64).optional(),
})
const WriteOptionsSchema = z.strictObject({
  headers: LangSchema.optional(),
  delimiter: SeparatorSchema.optional(),
  bom: z.boolean().optional(),
})

function readOptions<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value ?? {})
  if (!parsed.success) {
    throw new ReportingError('INVALID_OPTIONS', `Invalid options: ${parsed.error.issues[0]?.message}`, {
      issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    })
  }
  return parsed.data
}

/** The text of a CSV input: strings as they are, bytes decoded (BOM, UTF-8, charset, Windows-1257). */
function textOf(input: unknown, charset: string | undefined, lang: Lang): string | CsvIssues | unknown {
  if (!(input instanceof Uint8Array)) return input
  try {
    return decodeCsvBytes(input, { charset }).text
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const issues = new CsvIssues(lang)
    const declared = error.details.declared
    issues.add(
      declared === undefined ? 'csv.encoding' : 'csv.unsupported-charset',
      declared === undefined ? {} : { charset: String(declared) },
      { row: 0, column: '' },
    )
    return issues
  }
}

interface ReadOutcome<N extends ReportSchemaName> {
  readonly lang: Lang
  readonly errors: CsvIssues
  readonly result?: ReadResult
  readonly data?: ReportOf<N>
}

/**
 * Reads a CSV report and checks it against its zod schema: the CSV reader, then zod on the rows the
 * schema's derived acceptor rejects (see `safeParseRows`), then every schema finding located. A
 * generator that pauses between chunks of rows, so that {@link validateReportCsvAsync} lets other work
 * run; the synchronous functions run it through.
 */
function* readSteps<N extends ReportSchemaName>(
  name: N,
  input: unknown,
  opts: ReportCsvOptions,
): Generator<void, ReadOutcome<N>> {
  const schemaName = assertSchemaName(name) as N
  const { lang = 'lt', delimiter, charset } = readOptions(ReadOptionsSchema, opts)
  const text = textOf(input, charset, lang)
  if (text instanceof CsvIssues) return { lang, errors: text }
  const result = yield* readCsvSteps(csvLayouts[schemaName], text, lang, delimiter)
  const errors = result.issues
  if (!result.document) return { lang, result, errors }
  // With no CSV problem, no finding can be dropped for its cell, so only the findings that can be
  // rendered need describing; the others are counted.
  const describe = errors.total === 0 ? errors.limit : undefined
  const parsed = yield* safeParseRowsSteps(
    schemas[schemaName],
    result.document,
    describe === undefined ? {} : { describe },
  )
  if (parsed.success) {
    return errors.total === 0
      ? { lang, result, errors, data: parsed.data as ReportOf<N> }
      : { lang, result, errors }
  }
  // Linear: every schema finding is located once and checked against the set of cells that already
  // have a CSV error; only the kept ones are rendered. Past the limit, with no cell to check against,
  // findings are only counted.
  const document = result.document
  const visit = (finding: SchemaFinding) => {
    const at = result.locate(finding.path)
    if (at.missing && errors.missingColumns.has(at.column)) return
    if (at.column !== '' && errors.cells.has(cellKey(at.row, at.column))) return
    errors.push({ ...at, path: finding.path }, () => renderFinding(finding, lang), 'error', false)
  }
  let seen = 0
  for (const issue of parsed.issues) {
    if (++seen % ISSUES_PER_STEP === 0) yield
    if (errors.isFull && errors.cells.size === 0 && errors.missingColumns.size === 0) {
      errors.total += findingCount(issue)
    } else {
      visitFindings(issue, document, visit)
    }
  }
  errors.total += parsed.uncounted
  return { lang, result, errors }
}

const ISSUES_PER_STEP = 20_000

/** Runs a generator with a pause (a macrotask) at each of its yields. */
async function runPausing<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    await new Promise<void>((resolve) => setTimeout(resolve, 0))
  }
}

/**
 * Reads a report from CSV text: UTF-8 with or without BOM, `;` (Lithuanian Excel), `,` or tab
 * delimited (detected from the header row), headers in Lithuanian or English (any order, case and
 * spacing). Amounts may be written `1234.56`, `1234,56` or `1 234,56`; row numbers `7` or `7.`.
 * Each problem names the spreadsheet row (header = 1) and the column header exactly as written;
 * `data` is returned only when there is none. Cross-field rules are not run: see
 * {@link validateReportCsv}. Throws only `ReportingError` `UNKNOWN_SCHEMA` / `INVALID_OPTIONS`.
 *
 * @example
 * ```ts
 * import { parseReportCsv } from '@talka/reporting'
 * const csv = 'Eil. Nr.;Priemonės pavadinimas;…\r\n1;…\r\n…\r\nseptyni;…' // 7th data row
 * const { data, errors } = parseReportCsv('council-plan-report.v1', csv)
 * errors[0] // { row: 8, column: 'Eil. Nr.', code: 'csv.invalid-row-number', message: '„septyni“ nėra eilės numeris (pvz., 7 arba 7.).', … }
 * ```
 */
export function parseReportCsv<N extends ReportSchemaName>(
  name: N,
  csv: string | Uint8Array,
  options: ReportCsvOptions = {},
): ParseReportCsvResult<N> {
  const { errors, data } = runThrough(readSteps(name, csv, options))
  return data !== undefined
    ? { data, errors: [], errorCount: 0 }
    : { errors: errors.kept, errorCount: errors.total }
}

/**
 * Reads a CSV report and runs the schema's cross-field rules, locating every error and warning at
 * its spreadsheet row and column header (a rule's path is mapped back to the cell it came from).
 *
 * @example
 * ```ts
 * import { fixtures, reportToCsv, validateReportCsv } from '@talka/reporting'
 * const { schema, data } = fixtures.councilPlanReportKlaipedaDistrict2024
 * const result = validateReportCsv(schema, reportToCsv(schema, data))
 * result.warnings.map((w) => [w.row, w.column]) // [[6, 'Įvykių datos'], [7, 'Įvykių datos']]
 * ```
 */
export function validateReportCsv<N extends ReportSchemaName>(
  name: N,
  csv: string | Uint8Array,
  options: ReportCsvOptions = {},
): ReportCsvValidationResult<N> {
  return runThrough(validateSteps(name, csv, options))
}

/**
 * {@link validateReportCsv} for a server or a page that must stay responsive: the same result, with a
 * pause (a macrotask) every few thousand rows, so that other requests are answered while an
 * 80,000-row file is validated.
 *
 * @example
 * ```ts
 * import { fixtures, reportToCsv, validateReportCsvAsync } from '@talka/reporting'
 * const { schema, data } = fixtures.councilPlanReportKlaipedaDistrict2024
 * const result = await validateReportCsvAsync(schema, reportToCsv(schema, data))
 * result.valid // true
 * ```
 */
export function validateReportCsvAsync<N extends ReportSchemaName>(
  name: N,
  csv: string | Uint8Array,
  options: ReportCsvOptions = {},
): Promise<ReportCsvValidationResult<N>> {
  // Bad options and an unknown schema throw here, as in the synchronous function, not in the promise.
  const steps = validateSteps(name, csv, options)
  const first = steps.next()
  if (first.done) return Promise.resolve(first.value)
  return runPausing(steps)
}

function* validateSteps<N extends ReportSchemaName>(
  name: N,
  csv: string | Uint8Array,
  options: ReportCsvOptions,
): Generator<void, ReportCsvValidationResult<N>> {
  const { lang, result, errors, data } = yield* readSteps(name, csv, options)
  if (data === undefined || result === undefined) {
    return { valid: false, errors: errors.kept, warnings: [], errorCount: errors.total, warningCount: 0 }
  }
  yield
  const ruleErrors = new CsvIssues(lang)
  const ruleWarnings = new CsvIssues(lang)
  for (const { rule, finding } of findRules(name, data)) {
    const sink = finding.severity === 'error' ? ruleErrors : ruleWarnings
    if (sink.isFull) {
      sink.total++
      continue
    }
    const at = result.locate(finding.path)
    sink.push(
      { ...at, path: finding.path },
      () => ({
        code: finding.code,
        message: renderMessage(rule.messages, finding.code, finding.params, lang),
        params: finding.params,
        ruleId: `reporting.${rule.schema}.${rule.id}`,
      }),
      finding.severity,
      false,
    )
  }
  return {
    valid: ruleErrors.total === 0,
    data,
    errors: ruleErrors.kept,
    warnings: ruleWarnings.kept,
    errorCount: ruleErrors.total,
    warningCount: ruleWarnings.total,
  }
}

/**
 * Writes a report as one flat CSV table (UTF-8, `\r\n` line ends, header row in Lithuanian by
 * default). Every table line is one row; report-level fields (year, organisation, totals …) are
 * repeated on every row; reports with several tables have a first column "Įrašo tipas" (record
 * type). Cells that a spreadsheet would run as formulas get a leading apostrophe. The output reads
 * back with {@link parseReportCsv} to the same document. Throws `ReportingError` `INVALID_REPORT`
 * when the document does not match the schema (cross-field errors do not prevent writing).
 *
 * @example
 * ```ts
 * import { fixtures, reportToCsv } from '@talka/reporting'
 * const { schema, data } = fixtures.councilPlanReportKlaipedaDistrict2024
 * reportToCsv(schema, data).split('\r\n')[0]
 * // 'Eil. Nr.;Priemonės pavadinimas;Rodiklio pavadinimas;Atsakingi vykdytojai;Įvykdymas;Įvykių datos;Savivaldybė;…'
 * ```
 */
export function reportToCsv<N extends ReportSchemaName>(
  name: N,
  data: ReportOf<N> | Parsed<ReportOf<N>>,
  options: ReportToCsvOptions = {},
): string {
  const schemaName = assertSchemaName(name) as N
  const { headers = 'lt', delimiter = ';', bom = false } = readOptions(WriteOptionsSchema, options)
  const parsed = ensureReport(schemaName, data)
  if (!parsed.success) {
    const { issues: errors, total } = toReportIssues(parsed.error.issues, data, 'en')
    throw new ReportingError(
      'INVALID_REPORT',
      `Invalid ${schemaName} report: ${errors[0]?.path.join('.')}: ${errors[0]?.message}`,
      {
        schema: schemaName,
        errors: errors.map(({ path, code, message }) => ({ path: [...path], code, message })),
        errorCount: total,
      },
    )
  }
  return writeReportTable(csvLayouts[schemaName], parsed.data as Record<string, unknown>, {
    lang: headers,
    separator: delimiter,
    bom,
  })
}
