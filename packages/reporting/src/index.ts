export { reportingCatalog, reportingMessages, reportingParameters } from './catalog.js'
export { type CodeList, codeLists } from './code-lists.js'
export type { CsvDelimiter } from './csv/csv-engine.js'
export type { CsvIssue } from './csv/csv-issue.js'
export {
  ParseReportCsvInputSchema,
  type ParseReportCsvResult,
  parseReportCsv,
  type ReportCsvOptions,
  type ReportCsvValidationResult,
  ReportToCsvInputSchema,
  type ReportToCsvOptions,
  reportToCsv,
  validateReportCsv,
  validateReportCsvAsync,
} from './csv/report-csv.js'
export { ReportingError, type ReportingErrorCode } from './errors.js'
export {
  ExplainReportInputSchema,
  type ExplainReportOptions,
  explainReport,
  type ReportVerdict,
} from './explain-report.js'
export { fixtures, type ReportFixture } from './fixtures.js'
export {
  type JsonSchemaDocument,
  JsonSchemaForInputSchema,
  jsonSchemaFor,
  jsonSchemaId,
} from './json-schema.js'
export { PartialDateSchema, partialDateRange } from './primitives.js'
export type { ReportIssue } from './report-issue.js'
export {
  isReportSchemaName,
  REPORT_SCHEMA_NAMES,
  type ReportOf,
  type ReportSchemaName,
  ReportSchemaNameSchema,
  schemas,
} from './report-schemas.js'
export {
  CsvIssueSchema,
  ReportCsvValidationResultSchema,
  ReportIssueSchema,
  ReportValidationResultSchema,
} from './result-schemas.js'
export {
  type CouncilPlanReport,
  type CouncilPlanReportRow,
  CouncilPlanReportRowSchema,
  CouncilPlanReportSchema,
  IndicatorValueSchema,
} from './schemas/council-plan-report.js'
export {
  type FundedProject,
  FundedProjectEventSchema,
  FundedProjectSchema,
} from './schemas/funded-project.js'
export {
  type ProjectActivityReport,
  ProjectActivityReportSchema,
  ProjectActivitySchema,
  ProjectExpenseSchema,
} from './schemas/project-activity-report.js'
export {
  parseReport,
  type ReportValidationResult,
  safeParseReport,
  ValidateReportInputSchema,
  type ValidateReportOptions,
  validateReport,
} from './validate-report.js'
export { REPORTING_VERSION } from './version.js'
