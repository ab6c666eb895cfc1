import type { Issue, MessageParams } from '@talka/core'

/**
 * One problem found in a report: core's {@link Issue} (a JSON `path` of keys and array indices, a
 * stable `code`, the `message` in the requested language), plus whether it is an error (the report is
 * rejected) or a warning (accepted with a remark), the message parameters, and, for findings of
 * cross-field rules, their `ruleId` (an id of `reportingCatalog`). Every `ReportIssue` is an `Issue`.
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
export interface ReportIssue extends Issue {
  readonly severity: 'error' | 'warning'
  readonly params: MessageParams
  readonly ruleId?: string
}
