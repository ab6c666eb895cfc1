import type { MessageParams } from '@talka/core'

/**
 * One problem found in a report: where (a JSON path of keys and array indices), a stable `code`, the
 * message in the requested language, and whether it is an error (the report is rejected) or a
 * warning (it is accepted with a remark). Findings of cross-field rules also name their `ruleId` (an
 * id of `reportingCatalog`).
 *
 * @example
 * ```ts
 * import type { ReportIssue } from '@talka/reporting'
 * const issue: ReportIssue = {
 *   path: ['rows', 4, 'eventDates', 0], code: 'event-date-outside-report-year', severity: 'warning',
 *   message: 'Data 2023 nepatenka į ataskaitos metus 2024.', params: { date: '2023', year: 2024 },
 *   ruleId: 'reporting.council-plan-report.v1.event-dates-in-report-year',
 * }
 * ```
 */
export interface ReportIssue {
  readonly path: readonly (string | number)[]
  readonly code: string
  readonly message: string
  readonly severity: 'error' | 'warning'
  readonly params: MessageParams
  readonly ruleId?: string
}
