import { z } from 'zod'
import { assertSchemaName, type ReportSchemaName, ReportSchemaNameSchema, schemas } from './report-schemas.js'

/**
 * A JSON Schema 2020-12 document as {@link jsonSchemaFor} returns it.
 *
 * @example
 * ```ts
 * import type { JsonSchemaDocument } from '@talka/reporting'
 * const id = (s: JsonSchemaDocument) => s.$id
 * ```
 */
export type JsonSchemaDocument = { readonly $schema: string; readonly $id: string } & Readonly<
  Record<string, unknown>
>

/**
 * The `$id` of a schema's JSON Schema: `https://talka.dev/schemas/<name>/<version>.json`. A breaking
 * change gets a new version (and a new name such as `council-plan-report.v2`).
 *
 * @example
 * ```ts
 * import { jsonSchemaId } from '@talka/reporting'
 * jsonSchemaId('council-plan-report.v1') // 'https://talka.dev/schemas/council-plan-report/v1.json'
 * ```
 */
export function jsonSchemaId(name: ReportSchemaName): string {
  const checked = assertSchemaName(name)
  const dot = checked.lastIndexOf('.')
  return `https://talka.dev/schemas/${checked.slice(0, dot)}/${checked.slice(dot + 1)}.json`
}

/**
 * The JSON Schema 2020-12 of a report schema, generated from its zod schema with
 * `z.toJSONSchema(schema, { target: 'draft-2020-12' })`, with its `$id`. The same documents are
 * published as `@talka/reporting/schemas/<name>.json`. JSON Schema cannot say the cross-field rules;
 * use {@link validateReport} for those. Throws `ReportingError` `UNKNOWN_SCHEMA` for an unknown name.
 *
 * @example
 * ```ts
 * import { jsonSchemaFor } from '@talka/reporting'
 * const schema = jsonSchemaFor('council-plan-report.v1')
 * schema.$id // 'https://talka.dev/schemas/council-plan-report/v1.json'
 * schema.$schema // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function jsonSchemaFor(name: ReportSchemaName): JsonSchemaDocument {
  const checked = assertSchemaName(name)
  const generated = z.toJSONSchema(schemas[checked], { target: 'draft-2020-12' }) as Record<string, unknown>
  const { $schema, ...rest } = generated
  return { $schema: String($schema), $id: jsonSchemaId(checked), ...rest }
}

/**
 * Zod schema of the input of {@link jsonSchemaFor}, for the HTTP API.
 *
 * @example
 * ```ts
 * import { JsonSchemaForInputSchema } from '@talka/reporting'
 * JsonSchemaForInputSchema.parse({ schema: 'funded-project.v1' })
 * ```
 */
export const JsonSchemaForInputSchema = z
  .strictObject({ schema: ReportSchemaNameSchema })
  .meta({ id: 'reporting.JsonSchemaForInput', description: 'Which report schema to return as JSON Schema' })
