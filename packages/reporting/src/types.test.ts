// Type-level tests: `pnpm --filter @talka/reporting typecheck` (tsc over src) fails if a
// `@ts-expect-error` line compiles, i.e. if a wrong call type-checks. The calls sit in a function
// that never runs; the `expectTypeOf` assertions are checked by the same tsc pass. Report data itself
// comes from outside and is `unknown` to `validateReport` (validated at run time); a typed report
// (`reportToCsv`) must have its schema's shape.
import type { Decision, Parsed } from '@talka/core'
import { describe, expectTypeOf, it } from 'vitest'
import {
  explainReport,
  type FundedProject,
  parseReport,
  parseReportCsv,
  type ReportOf,
  type ReportSchemaName,
  type ReportValidationResult,
  type ReportVerdict,
  reportToCsv,
  validateReport,
  validateReportCsv,
} from './index.js'

const project = {} as FundedProject

export function wrongCallsDoNotCompile(): void {
  // A schema name (the reporting "rule set") that does not exist.
  // @ts-expect-error 'funded-project.v2' is not a ReportSchemaName
  validateReport('funded-project.v2', {})
  // @ts-expect-error a plain string is not a ReportSchemaName
  validateReport('funded-project.v1' as string, {})
  // @ts-expect-error unknown schema name
  explainReport('annual-report.v1', {}, { asOf: '2024-01-01' })
  // @ts-expect-error unknown schema name
  parseReportCsv('funded-project', 'a;b')
  // @ts-expect-error unknown schema name
  reportToCsv('council-plan.v1', project)

  // A typed report of the wrong shape.
  // @ts-expect-error a funded project is not a council plan report
  reportToCsv('council-plan-report.v1', project)
  // @ts-expect-error the report must be an object
  reportToCsv('funded-project.v1', 'title;funder')
  // @ts-expect-error a CSV is text or bytes
  validateReportCsv('funded-project.v1', [['title'], ['x']])

  // Options: unknown keys, wrong values, missing asOf.
  // @ts-expect-error lang is lt or en
  validateReport('funded-project.v1', {}, { lang: 'de' })
  // @ts-expect-error an unknown option key
  validateReport('funded-project.v1', {}, { strict: true })
  // @ts-expect-error explain needs asOf
  explainReport('funded-project.v1', {}, { lang: 'lt' })
  // @ts-expect-error the CSV delimiter is ';' or ','
  parseReportCsv('funded-project.v1', 'a', { delimiter: '|' })
  // @ts-expect-error an unknown CSV option
  reportToCsv('funded-project.v1', project, { encoding: 'utf-16' })
}

describe('types', () => {
  it('accepts the right calls and infers the results from the schema name', () => {
    expectTypeOf<ReportSchemaName>().toEqualTypeOf<
      'council-plan-report.v1' | 'project-activity-report.v1' | 'funded-project.v1'
    >()
    expectTypeOf(() => validateReport('funded-project.v1', {})).returns.toEqualTypeOf<
      ReportValidationResult<'funded-project.v1'>
    >()
    expectTypeOf(() => parseReport('funded-project.v1', {})).returns.toEqualTypeOf<Parsed<FundedProject>>()
    expectTypeOf<ReportOf<'funded-project.v1'>>().toEqualTypeOf<FundedProject>()
    expectTypeOf(() => reportToCsv('funded-project.v1', project)).returns.toEqualTypeOf<string>()
    expectTypeOf(() => explainReport('funded-project.v1', {}, { asOf: '2024-01-01' })).returns.toEqualTypeOf<
      Decision<ReportVerdict>
    >()
  })
})
