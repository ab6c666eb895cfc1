import { checkCatalog, checkMessageCatalog, LegalRefSchema } from '@talka/core'
import { catalogSchemaMismatches } from '@talka/core/testing'
import { describe, expect, test } from 'vitest'
import { reportingCatalog, reportingMessages, reportingParameters } from './index.js'

describe('reportingCatalog', () => {
  test('is exactly what core’s strict CatalogEntrySchema describes, entry by entry (as JSON)', () => {
    expect(catalogSchemaMismatches(reportingCatalog)).toEqual([])
  })

  test('is complete: every rule has lt/en texts, messages and a legal reference with a URL', () => {
    expect(checkCatalog(reportingCatalog)).toEqual([])
    expect(checkMessageCatalog(reportingMessages)).toEqual([])
    expect(reportingParameters).toEqual([])
  })

  test('covers the rules of every schema', () => {
    expect(reportingCatalog.map((e) => e.id)).toEqual([
      'reporting.council-plan-report.v1.shape',
      'reporting.project-activity-report.v1.shape',
      'reporting.funded-project.v1.shape',
      'reporting.council-plan-report.v1.row-numbers',
      'reporting.council-plan-report.v1.report-year-in-plan-period',
      'reporting.council-plan-report.v1.event-dates-in-report-year',
      'reporting.council-plan-report.v1.indicator-values-quoted',
      'reporting.project-activity-report.v1.activity-dates-in-project-period',
      'reporting.project-activity-report.v1.actual-within-granted',
      'reporting.project-activity-report.v1.unspent-equals-granted-minus-actual',
      'reporting.project-activity-report.v1.line-sums-equal-totals',
      'reporting.project-activity-report.v1.administration-within-cap',
      'reporting.funded-project.v1.participants-total',
      'reporting.funded-project.v1.event-dates-order',
      'reporting.funded-project.v1.periods-do-not-overlap',
      'reporting.funded-project.v1.yearly-amounts-sum-to-total',
    ])
  })

  test('every reference is a valid LegalRef and every Lithuanian text has Lithuanian letters where expected', () => {
    for (const entry of reportingCatalog) {
      if (entry.kind !== 'rule') continue
      for (const ref of entry.refs) expect(LegalRefSchema.safeParse(ref).success).toBe(true)
      expect(entry.title.lt).not.toBe(entry.title.en)
    }
  })
})
