import { z } from 'zod'
import { ReportingError } from './errors.js'
import { type CouncilPlanReport, CouncilPlanReportSchema } from './schemas/council-plan-report.js'
import { type FundedProject, FundedProjectSchema } from './schemas/funded-project.js'
import { type ProjectActivityReport, ProjectActivityReportSchema } from './schemas/project-activity-report.js'

/**
 * The report schemas by versioned name; each is the single source of its JSON Schema, its CSV
 * layout and the documents' TypeScript types.
 *
 * @example
 * ```ts
 * import { schemas } from '@talka/reporting'
 * schemas['funded-project.v1'].safeParse({}).success // false
 * ```
 */
export const schemas = {
  'council-plan-report.v1': CouncilPlanReportSchema,
  'project-activity-report.v1': ProjectActivityReportSchema,
  'funded-project.v1': FundedProjectSchema,
} as const

/**
 * A versioned report schema name.
 *
 * @example
 * ```ts
 * import type { ReportSchemaName } from '@talka/reporting'
 * const name: ReportSchemaName = 'council-plan-report.v1'
 * ```
 */
export type ReportSchemaName = keyof typeof schemas

/**
 * Every schema name, in a stable order.
 *
 * @example
 * ```ts
 * import { REPORT_SCHEMA_NAMES } from '@talka/reporting'
 * REPORT_SCHEMA_NAMES.length // 3
 * ```
 */
export const REPORT_SCHEMA_NAMES: readonly ReportSchemaName[] = [
  'council-plan-report.v1',
  'project-activity-report.v1',
  'funded-project.v1',
]

/**
 * Zod schema of a schema name, for API inputs.
 *
 * @example
 * ```ts
 * import { ReportSchemaNameSchema } from '@talka/reporting'
 * ReportSchemaNameSchema.safeParse('funded-project.v1').success // true
 * ```
 */
export const ReportSchemaNameSchema = z
  .enum(['council-plan-report.v1', 'project-activity-report.v1', 'funded-project.v1'])
  .meta({ description: 'Name and version of a Talka report schema' })

/**
 * The document type of each schema name.
 *
 * @example
 * ```ts
 * import type { ReportOf } from '@talka/reporting'
 * type Council = ReportOf<'council-plan-report.v1'> // CouncilPlanReport
 * ```
 */
export type ReportOf<N extends ReportSchemaName> = {
  'council-plan-report.v1': CouncilPlanReport
  'project-activity-report.v1': ProjectActivityReport
  'funded-project.v1': FundedProject
}[N]

/**
 * Whether `name` is a known schema name.
 *
 * @example
 * ```ts
 * import { isReportSchemaName } from '@talka/reporting'
 * isReportSchemaName('council-plan-report.v2') // false
 * ```
 */
export function isReportSchemaName(name: unknown): name is ReportSchemaName {
  return typeof name === 'string' && Object.hasOwn(schemas, name)
}

/** Checks a schema name; throws {@link ReportingError} `UNKNOWN_SCHEMA`. */
export function assertSchemaName(name: unknown): ReportSchemaName {
  if (isReportSchemaName(name)) return name
  throw new ReportingError('UNKNOWN_SCHEMA', `Unknown report schema ${JSON.stringify(name)}`, {
    schema: typeof name === 'string' ? name : typeof name,
    known: [...REPORT_SCHEMA_NAMES],
  })
}
