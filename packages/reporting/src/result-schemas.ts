import { z } from 'zod'
import { schemas } from './report-schemas.js'

// Result schemas: they describe exactly what validateReport and validateReportCsv return (strict at
// every level), so the HTTP API documents its answers with them and a test parses real results.

const issueShape = {
  path: z.array(z.union([z.string(), z.number()])).meta({ description: 'JSON path in the report' }),
  code: z.string(),
  message: z.string().meta({ description: 'In the requested language' }),
  severity: z.enum(['error', 'warning']),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  ruleId: z.string().optional().meta({ description: 'The cross-field rule (an id of `reportingCatalog`)' }),
}

/**
 * Zod schema (strict) of a `ReportIssue`: core's issue (path, code, message) with its severity, the
 * message parameters and, for a cross-field rule, its id.
 *
 * @example
 * ```ts
 * import { ReportIssueSchema } from '@talka/reporting'
 * ReportIssueSchema.shape.severity.options // ['error', 'warning']
 * ```
 */
export const ReportIssueSchema = /* @__PURE__ */ (() =>
  z.strictObject(issueShape).meta({ id: 'ReportIssue' }))()

/**
 * Zod schema (strict) of a `CsvIssue`: a {@link ReportIssueSchema} located in the file (`row`, header
 * = 1; `column` as written; `dataRow`, 1-based among data rows, where the issue is in one).
 *
 * @example
 * ```ts
 * import { CsvIssueSchema } from '@talka/reporting'
 * CsvIssueSchema.shape.row
 * ```
 */
export const CsvIssueSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      ...issueShape,
      row: z.number().int().nonnegative(),
      column: z.string(),
      dataRow: z.number().int().positive().optional(),
    })
    .meta({ id: 'CsvIssue' }))()

const ReportDocumentSchema = /* @__PURE__ */ (() =>
  z
    .union(Object.values(schemas) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]])
    .meta({ description: 'The parsed report (one of the report schemas), when it parsed' }))()

const counts = {
  errorCount: z
    .number()
    .int()
    .nonnegative()
    .meta({ description: 'How many errors in all (at most 100 listed)' }),
  warningCount: z
    .number()
    .int()
    .nonnegative()
    .meta({ description: 'How many warnings in all (at most 100 listed)' }),
}

/**
 * Zod schema (strict) of `ReportValidationResult`, the result of `validateReport`.
 *
 * @example
 * ```ts
 * import { fixtures, ReportValidationResultSchema, validateReport } from '@talka/reporting'
 * const { schema, data } = fixtures.fundedProjectLkbs2023
 * ReportValidationResultSchema.parse(validateReport(schema, data)).valid // true
 * ```
 */
export const ReportValidationResultSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      valid: z.boolean(),
      data: ReportDocumentSchema.optional(),
      errors: z.array(ReportIssueSchema),
      warnings: z.array(ReportIssueSchema),
      ...counts,
    })
    .meta({ id: 'ReportValidation', description: 'Result of `validateReport` (@talka/reporting)' }))()

/**
 * Zod schema (strict) of `ReportCsvValidationResult`, the result of `validateReportCsv`: every issue
 * located in the file.
 *
 * @example
 * ```ts
 * import { fixtures, ReportCsvValidationResultSchema, validateReportCsv } from '@talka/reporting'
 * const { schema, csv } = fixtures.fundedProjectLkbs2023
 * ReportCsvValidationResultSchema.parse(validateReportCsv(schema, csv)).valid // true
 * ```
 */
export const ReportCsvValidationResultSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      valid: z.boolean(),
      data: ReportDocumentSchema.optional(),
      errors: z.array(CsvIssueSchema),
      warnings: z.array(CsvIssueSchema),
      ...counts,
    })
    .meta({ id: 'ReportCsvValidation', description: 'Result of `validateReportCsv` (@talka/reporting)' }))()
