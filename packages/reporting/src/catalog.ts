import type { CatalogEntry, MessageCatalog, ParameterDefinition, RuleDescriptor } from '@talka/core'
import { CSV_MESSAGES } from './csv/csv-messages.js'
import { REPORT_SCHEMA_NAMES } from './report-schemas.js'
import type { ReportRule } from './rules/rule.js'
import { rulesBySchema } from './rules/rules-by-schema.js'
import { SHAPE_RULES, shapeRuleId } from './rules/shape.js'
import { SCHEMA_MESSAGES } from './schema-messages.js'

const allRules: readonly ReportRule<never>[] = REPORT_SCHEMA_NAMES.flatMap(
  (name) => rulesBySchema[name] as readonly ReportRule<never>[],
)

/**
 * The shape check of each schema and every cross-field rule, as catalog entries (API `GET /v1/rules`, the docs'
 * rule pages): id `reporting.<schema>.<rule>`, the schema as `ruleSet`, titles and descriptions in
 * Lithuanian and English, the fields read, the legal or documentary sources and the messages.
 *
 * @example
 * ```ts
 * import { checkCatalog } from '@talka/core'
 * import { reportingCatalog } from '@talka/reporting'
 * checkCatalog(reportingCatalog) // []
 * reportingCatalog.map((e) => e.id).includes('reporting.council-plan-report.v1.row-numbers') // true
 * reportingCatalog[0]?.id // 'reporting.council-plan-report.v1.shape'
 * ```
 */
export const reportingCatalog: readonly CatalogEntry[] = [
  ...REPORT_SCHEMA_NAMES.map(
    (name): RuleDescriptor => ({
      kind: 'rule',
      id: shapeRuleId(name),
      package: '@talka/reporting',
      ruleSet: name,
      title: SHAPE_RULES[name].title,
      description: {
        lt: `Dokumentas atitinka schemą ${name} (ta pati kaip paskelbta JSON Schema 2020-12): laukai, tipai, sumos kaip dešimtainės eilutės, ISO datos, tekstas nepakeistas.`,
        en: `The document matches the schema ${name} (the same as the published JSON Schema 2020-12): fields, types, amounts as decimal strings, ISO dates, text unchanged.`,
      },
      facts: ['(the whole document)'],
      refs: SHAPE_RULES[name].refs,
      messages: SCHEMA_MESSAGES,
    }),
  ),
  ...allRules.map(
    (rule): RuleDescriptor => ({
      kind: 'rule',
      id: `reporting.${rule.schema}.${rule.id}`,
      package: '@talka/reporting',
      ruleSet: rule.schema,
      title: rule.title,
      description: rule.description,
      facts: [...rule.facts],
      refs: rule.refs,
      messages: rule.messages,
    }),
  ),
]

/**
 * The effective-dated parameters of this package: none. Report schemas have no dated values; a
 * call's administration cap travels in the report (`project.administrationCap`).
 *
 * @example
 * ```ts
 * import { reportingParameters } from '@talka/reporting'
 * reportingParameters.length // 0
 * ```
 */
export const reportingParameters: readonly ParameterDefinition[] = []

/**
 * Every message this package renders, by code, in Lithuanian and English: schema problems
 * (`schema.*`), CSV problems (`csv.*`) and the findings of the cross-field rules.
 *
 * @example
 * ```ts
 * import { renderMessage } from '@talka/core'
 * import { reportingMessages } from '@talka/reporting'
 * renderMessage(reportingMessages, 'csv.missing-column', { column: 'Eil. Nr.' }, 'en') // 'Column "Eil. Nr." is missing.'
 * ```
 */
export const reportingMessages: MessageCatalog = Object.assign(
  {},
  SCHEMA_MESSAGES,
  CSV_MESSAGES,
  ...allRules.map((rule) => rule.messages),
)
