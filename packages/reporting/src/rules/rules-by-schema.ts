import type { ReportOf, ReportSchemaName } from '../report-schemas.js'
import { councilPlanReportRules } from './council-plan-report-rules.js'
import { fundedProjectRules } from './funded-project-rules.js'
import { projectActivityReportRules } from './project-activity-report-rules.js'
import type { ReportRule } from './rule.js'

/** The cross-field rules of each schema. */
export const rulesBySchema: { readonly [N in ReportSchemaName]: readonly ReportRule<ReportOf<N>>[] } = {
  'council-plan-report.v1': councilPlanReportRules,
  'project-activity-report.v1': projectActivityReportRules,
  'funded-project.v1': fundedProjectRules,
}
