import {
  IssueList,
  type Lang,
  LangSchema,
  markParsed,
  type Parsed,
  renderMessage,
  type SafeParseResult,
} from '@talka/core'
import { z } from 'zod'
import { ReportingError } from './errors.js'
import type { ReportIssue } from './report-issue.js'
import {
  assertSchemaName,
  type ReportOf,
  type ReportSchemaName,
  ReportSchemaNameSchema,
  schemas,
} from './report-schemas.js'
import type { ReportRule, RuleFinding } from './rules/rule.js'
import { rulesBySchema } from './rules/rules-by-schema.js'
import { toReportIssues } from './schema-issues.js'

/**
 * Options of {@link validateReport}: the language of the messages (Lithuanian by default).
 *
 * @example
 * ```ts
 * import type { ValidateReportOptions } from '@talka/reporting'
 * const options: ValidateReportOptions = { lang: 'en' }
 * ```
 */
export interface ValidateReportOptions {
  readonly lang?: Lang | undefined
}

/**
 * The result of {@link validateReport}: `valid` is true when there is no error (warnings do not
 * reject a report); `data` is the parsed document when it matches the schema.
 *
 * @example
 * ```ts
 * import { validateReport, type ReportValidationResult } from '@talka/reporting'
 * const result: ReportValidationResult<'funded-project.v1'> = validateReport('funded-project.v1', {})
 * result.valid // false
 * ```
 */
export interface ReportValidationResult<N extends ReportSchemaName = ReportSchemaName> {
  readonly valid: boolean
  readonly data?: ReportOf<N>
  /** At most `MAX_ISSUES` (100) errors. */
  readonly errors: readonly ReportIssue[]
  /** At most `MAX_ISSUES` (100) warnings. */
  readonly warnings: readonly ReportIssue[]
  /** How many errors there were in all. */
  readonly errorCount: number
  /** How many warnings there were in all. */
  readonly warningCount: number
}

/**
 * Zod schema of the input of {@link validateReport}, for the HTTP API.
 *
 * @example
 * ```ts
 * import { ValidateReportInputSchema } from '@talka/reporting'
 * ValidateReportInputSchema.parse({ schema: 'funded-project.v1', data: {}, lang: 'en' })
 * ```
 */
export const ValidateReportInputSchema = z
  .strictObject({
    schema: ReportSchemaNameSchema,
    data: z.unknown().meta({ description: 'The report document (JSON)' }),
    lang: LangSchema.optional(),
  })
  .meta({
    id: 'reporting.ValidateReportInput',
    description: 'A report document to validate against a schema',
  })

const OptionsSchema = z.strictObject({ lang: LangSchema.optional() })

/** Reads and checks the options object; throws `INVALID_OPTIONS`. */
export function readLang(options: unknown): Lang {
  const parsed = OptionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    throw new ReportingError('INVALID_OPTIONS', 'Invalid options: lang must be "lt" or "en"', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    })
  }
  return parsed.data.lang ?? 'lt'
}

// Which schema each parsed document was parsed as (a WeakMap, so JSON cannot forge it and a document
// parsed as one schema is not trusted as another).
const parsedAs = new WeakMap<object, ReportSchemaName>()

/**
 * The schema check of a document, done once: a document that `parseReport` returned for the same
 * schema is trusted as it is; anything else goes through the zod schema.
 */
export function ensureReport<N extends ReportSchemaName>(
  name: N,
  data: unknown,
): { success: true; data: ReportOf<N> } | { success: false; error: z.ZodError } {
  if (typeof data === 'object' && data !== null && parsedAs.get(data) === name) {
    return { success: true, data: data as ReportOf<N> }
  }
  const parsed = schemas[name].safeParse(data)
  return parsed.success ? { success: true, data: parsed.data as ReportOf<N> } : parsed
}

/** Every finding of the cross-field rules of a schema on a schema-valid document, with its rule. */
export function* findRules<N extends ReportSchemaName>(
  name: N,
  document: ReportOf<N>,
): Generator<{ rule: ReportRule<ReportOf<N>>; finding: RuleFinding }> {
  for (const rule of rulesBySchema[name] as readonly ReportRule<ReportOf<N>>[]) {
    for (const finding of rule.check(document)) yield { rule, finding }
  }
}

/**
 * Runs the cross-field rules of a schema on a schema-valid document: at most `MAX_ISSUES` errors and
 * warnings rendered, all counted.
 */
export function runRules<N extends ReportSchemaName>(
  name: N,
  document: ReportOf<N>,
  lang: Lang,
): { errors: ReportIssue[]; warnings: ReportIssue[]; errorCount: number; warningCount: number } {
  const errors = new IssueList()
  const warnings = new IssueList()
  for (const { rule, finding } of findRules(name, document)) {
    const list = finding.severity === 'error' ? errors : warnings
    if (list.isFull) {
      list.count(1)
      continue
    }
    const issue: ReportIssue = {
      path: finding.path,
      code: finding.code,
      message: renderMessage(rule.messages, finding.code, finding.params, lang),
      severity: finding.severity,
      params: finding.params,
      ruleId: `reporting.${rule.schema}.${rule.id}`,
    }
    list.add(issue)
  }
  return {
    errors: errors.issues as ReportIssue[],
    warnings: warnings.issues as ReportIssue[],
    errorCount: errors.total,
    warningCount: warnings.total,
  }
}

/**
 * Validates a report document against a versioned schema: first its shape (the zod schema, the same
 * as the published JSON Schema), then the schema's cross-field rules. Errors reject the report;
 * warnings (e.g. a 2023 event in a 2024 report) do not. Every issue has a JSON `path`, a stable
 * `code` and a message in Lithuanian (default) or English. Cross-field rules run only on a document
 * of the right shape. Throws `ReportingError` `UNKNOWN_SCHEMA` for an unknown name and
 * `INVALID_OPTIONS` for bad options; bad data never throws.
 *
 * @example
 * ```ts
 * import { fixtures, validateReport } from '@talka/reporting'
 * const result = validateReport('council-plan-report.v1', fixtures.councilPlanReportKlaipedaDistrict2024.data, { lang: 'lt' })
 * result.valid // true
 * result.warnings.map((w) => w.path.join('.')) // ['rows.4.eventDates.0', 'rows.5.eventDates.0']
 * result.warnings[0]?.message // 'Data 2023 nepatenka į ataskaitos metus 2024.'
 * ```
 */
export function validateReport<N extends ReportSchemaName>(
  name: N,
  data: unknown,
  options: ValidateReportOptions = {},
): ReportValidationResult<N> {
  const schemaName = assertSchemaName(name) as N
  const lang = readLang(options)
  const parsed = ensureReport(schemaName, data)
  if (!parsed.success) {
    const { issues, total } = toReportIssues(parsed.error.issues, data, lang)
    return { valid: false, errors: issues, warnings: [], errorCount: total, warningCount: 0 }
  }
  const document = parsed.data
  const found = runRules(schemaName, document, lang)
  return { valid: found.errorCount === 0, data: document, ...found }
}

/**
 * Returns the document when it is valid (shape and cross-field rules; warnings allowed), otherwise
 * throws `ReportingError` `INVALID_REPORT` whose `details.errors` lists at most 100 errors and
 * `details.errorCount` their total. Parse once: the result is a `Parsed` document, which
 * `validateReport`, `reportToCsv` and `explainReport` given the same schema name trust without
 * checking its shape again.
 *
 * @example
 * ```ts
 * import { fixtures, parseReport } from '@talka/reporting'
 * const project = parseReport('funded-project.v1', fixtures.fundedProjectLkbs2023.data)
 * project.totalAmount // '20000.00'
 * ```
 */
export function parseReport<N extends ReportSchemaName>(
  name: N,
  data: unknown,
  options: ValidateReportOptions = {},
): Parsed<ReportOf<N>> {
  const result = validateReport(name, data, options)
  if (result.valid && result.data !== undefined) {
    parsedAs.set(result.data, name)
    return markParsed(result.data)
  }
  const first = result.errors[0]
  throw new ReportingError(
    'INVALID_REPORT',
    `Invalid ${name} report: ${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'unknown problem'}`,
    {
      schema: name,
      errors: result.errors.map(({ path, code, message }) => ({ path: [...path], code, message })),
      errorCount: result.errorCount,
    },
  )
}

/**
 * Like {@link parseReport}, returning `{ success, data | error }` instead of throwing on an invalid
 * report.
 *
 * @example
 * ```ts
 * import { safeParseReport } from '@talka/reporting'
 * const r = safeParseReport('funded-project.v1', { title: '' })
 * if (!r.success) r.error.code // 'INVALID_REPORT'
 * ```
 */
export function safeParseReport<N extends ReportSchemaName>(
  name: N,
  data: unknown,
  options: ValidateReportOptions = {},
): SafeParseResult<Parsed<ReportOf<N>>, ReportingError> {
  assertSchemaName(name)
  readLang(options)
  try {
    return { success: true, data: parseReport(name, data, options) }
  } catch (error) {
    if (error instanceof ReportingError) return { success: false, error }
    throw error
  }
}
