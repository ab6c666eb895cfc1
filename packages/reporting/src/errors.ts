import { TalkaError } from '@talka/core'

/**
 * Stable machine-readable codes of the errors that `@talka/reporting` throws. They never change
 * within a major version, so integrators and the HTTP API may switch on them.
 *
 * - `UNKNOWN_SCHEMA`: the schema name is not one of {@link REPORT_SCHEMA_NAMES} (details: `schema`, `known`).
 * - `INVALID_REPORT`: a document does not match its schema (details: `errors`, each with `path`, `code`, `message`).
 * - `INVALID_OPTIONS`: an options object is not of the documented shape (details: `issues`).
 *
 * @example
 * ```ts
 * import { jsonSchemaFor, ReportingError } from '@talka/reporting'
 * try { jsonSchemaFor('annual-report.v9') } catch (e) { if (e instanceof ReportingError) e.code } // 'UNKNOWN_SCHEMA'
 * ```
 */
export type ReportingErrorCode = 'UNKNOWN_SCHEMA' | 'INVALID_REPORT' | 'INVALID_OPTIONS'

/**
 * The error `@talka/reporting` throws; `code` is one of {@link ReportingErrorCode} and `details` is
 * plain JSON for API problem documents.
 *
 * @example
 * ```ts
 * import { ReportingError } from '@talka/reporting'
 * const err = new ReportingError('UNKNOWN_SCHEMA', 'Unknown report schema "x"', { schema: 'x' })
 * err.toJSON().code // 'UNKNOWN_SCHEMA'
 * ```
 */
export class ReportingError extends TalkaError<ReportingErrorCode> {}
