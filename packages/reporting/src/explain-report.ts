import {
  createDecision,
  type Decision,
  IsoDateSchema,
  type Lang,
  LangSchema,
  MAX_ISSUES,
  type ReasonInput,
} from '@talka/core'
import { z } from 'zod'
import { version } from '../package.json'
import { reportingMessages } from './catalog.js'
import { getPath } from './csv/layout.js'
import { ReportingError } from './errors.js'
import {
  assertSchemaName,
  type ReportOf,
  type ReportSchemaName,
  ReportSchemaNameSchema,
} from './report-schemas.js'
import type { ReportRule } from './rules/rule.js'
import { rulesBySchema } from './rules/rules-by-schema.js'
import { SHAPE_RULES, shapeRuleId } from './rules/shape.js'
import { toReportIssues } from './schema-issues.js'
import { ensureReport } from './validate-report.js'

/**
 * The outcome of {@link explainReport}: `invalid` when there is an error, `valid-with-warnings` when
 * there are only warnings, otherwise `valid`.
 *
 * @example
 * ```ts
 * import type { ReportVerdict } from '@talka/reporting'
 * const verdict: ReportVerdict = 'valid-with-warnings'
 * ```
 */
export type ReportVerdict = 'valid' | 'valid-with-warnings' | 'invalid'

/**
 * Options of {@link explainReport}: the date the check is made as of (recorded in the decision; no
 * report rule depends on it) and the language of the messages.
 *
 * @example
 * ```ts
 * import type { ExplainReportOptions } from '@talka/reporting'
 * const options: ExplainReportOptions = { asOf: '2025-01-31', lang: 'en' }
 * ```
 */
export interface ExplainReportOptions {
  readonly asOf: string
  readonly lang?: Lang | undefined
}

/**
 * Zod schema of the input of {@link explainReport}, for the HTTP API.
 *
 * @example
 * ```ts
 * import { ExplainReportInputSchema } from '@talka/reporting'
 * ExplainReportInputSchema.parse({ schema: 'funded-project.v1', data: {}, asOf: '2025-01-31' })
 * ```
 */
export const ExplainReportInputSchema = z
  .strictObject({
    schema: ReportSchemaNameSchema,
    data: z.unknown().meta({ description: 'The report document (JSON)' }),
    asOf: IsoDateSchema,
    lang: LangSchema.optional(),
  })
  .meta({
    id: 'reporting.ExplainReportInput',
    description: 'A report document to check and explain (trace.v1)',
  })

const OptionsSchema = z.strictObject({ asOf: IsoDateSchema, lang: LangSchema.optional() })

/**
 * The validation of a report as a trace.v1 decision (`createDecision` from `@talka/core`), the format
 * every Talka package explains itself in: one reason per finding (result `fail` for an error,
 * `warning` for a warning, with the JSON path and the value it read) and one `pass` reason per
 * rule that found nothing, each with its legal or documentary reference and a message in `lang`.
 * When the document does not have the schema's shape, the reasons are the shape problems and the
 * cross-field rules are not run.
 *
 * @example
 * ```ts
 * import { explainReport, fixtures } from '@talka/reporting'
 * const { schema, data } = fixtures.councilPlanReportKlaipedaDistrict2024
 * const decision = explainReport(schema, data, { asOf: '2025-01-31', lang: 'lt' })
 * decision.outcome // 'valid-with-warnings'
 * decision.reasons.filter((r) => r.result === 'warning').map((r) => r.facts.path) // ['rows.4.eventDates.0', 'rows.5.eventDates.0']
 * ```
 */
export function explainReport<N extends ReportSchemaName>(
  name: N,
  data: unknown,
  options: ExplainReportOptions,
): Decision<ReportVerdict> {
  const schemaName = assertSchemaName(name) as N
  const parsedOptions = OptionsSchema.safeParse(options)
  if (!parsedOptions.success) {
    throw new ReportingError(
      'INVALID_OPTIONS',
      'Invalid options: asOf must be an ISO date, lang "lt" or "en"',
      {
        issues: parsedOptions.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      },
    )
  }
  const { asOf, lang = 'lt' } = parsedOptions.data
  const shape = SHAPE_RULES[schemaName]
  const reasons: ReasonInput[] = []
  const parsed = ensureReport(schemaName, data)
  let errors = 0
  let warnings = 0
  // Bounded: at most MAX_ISSUES failing reasons (all counted in the outcome).
  let listed = 0
  if (!parsed.success) {
    const { issues, total } = toReportIssues(parsed.error.issues, data, lang)
    errors = total
    for (const issue of issues) {
      reasons.push({
        ruleId: shapeRuleId(schemaName),
        result: 'fail',
        facts: { path: issue.path.join('.') },
        ref: shape.refs[0],
        messageKey: issue.code,
        params: issue.params,
      })
    }
  } else {
    reasons.push({
      ruleId: shapeRuleId(schemaName),
      result: 'pass',
      facts: {},
      ref: shape.refs[0],
      messageKey: 'schema.pass',
      params: { schema: schemaName },
    })
    const document = parsed.data
    for (const rule of rulesBySchema[schemaName] as readonly ReportRule<ReportOf<N>>[]) {
      const findings = rule.check(document)
      const ruleId = `reporting.${rule.schema}.${rule.id}`
      if (findings.length === 0) {
        reasons.push({ ruleId, result: 'pass', facts: {}, ref: rule.refs[0], messageKey: `${rule.id}.pass` })
      }
      for (const finding of findings) {
        if (finding.severity === 'error') errors += 1
        else warnings += 1
        if (listed >= MAX_ISSUES) continue
        listed += 1
        const value = getPath(document, finding.path)
        reasons.push({
          ruleId,
          result: finding.severity === 'error' ? 'fail' : 'warning',
          facts: { path: finding.path.join('.'), ...(value === undefined ? {} : { value }) },
          ref: rule.refs[0],
          messageKey: finding.code,
          params: finding.params,
        })
      }
    }
  }
  return createDecision<ReportVerdict>({
    decision: `reporting:${schemaName}`,
    outcome: errors > 0 ? 'invalid' : warnings > 0 ? 'valid-with-warnings' : 'valid',
    asOf,
    lang,
    reasons,
    producer: { package: '@talka/reporting', version },
    catalog: reportingMessages,
  })
}
