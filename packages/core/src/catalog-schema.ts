import { z } from 'zod'
import { JsonValueSchema } from './json-value-schema.js'
import { LegalRefSchema } from './legal-ref.js'

// The schema of what every package's catalog holds (`RuleDescriptor | ParameterDescriptor`), strict
// at every level, for the HTTP API's OpenAPI document and for tests that parse each catalog.

const LocalizedSchema = /* @__PURE__ */ (() => z.strictObject({ lt: z.string(), en: z.string() }))()

/**
 * Zod schema (strict) of a `RuleDescriptor` of a catalog.
 *
 * @example
 * ```ts
 * import { RuleDescriptorSchema } from '@talka/core'
 * RuleDescriptorSchema.shape.kind.value // 'rule'
 * ```
 */
export const RuleDescriptorSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      kind: z.literal('rule'),
      id: z.string().meta({ description: 'Globally unique: `<package>.<rule set or area>.<rule id>`' }),
      package: z.string(),
      ruleSet: z.string().optional(),
      title: LocalizedSchema,
      description: LocalizedSchema,
      facts: z.array(z.string()).meta({ description: 'The facts the rule reads' }),
      refs: z.array(LegalRefSchema).min(1),
      messages: z
        .record(z.string(), LocalizedSchema)
        .meta({ description: 'The messages the rule can produce, by key, in both languages' }),
      validFrom: z.string().optional(),
      validTo: z.string().optional(),
    })
    .meta({ id: 'RuleDescriptor', description: 'A rule of a package catalog' }))()

/**
 * Zod schema (strict) of a `ParameterDescriptor` of a catalog: a parameter with its timeline.
 *
 * @example
 * ```ts
 * import { ParameterDescriptorSchema } from '@talka/core'
 * ParameterDescriptorSchema.shape.values
 * ```
 */
export const ParameterDescriptorSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      kind: z.literal('parameter'),
      id: z.string(),
      package: z.string(),
      title: LocalizedSchema,
      description: LocalizedSchema.optional(),
      unit: z.string().optional(),
      valueLabels: z
        .record(z.string(), LocalizedSchema)
        .optional()
        .meta({ description: 'Readable lt/en labels of the coded values (e.g. "declared-residents")' }),
      values: z.array(
        z.strictObject({
          from: z.string().meta({ description: 'First day the value applies (ISO)' }),
          to: z.string().nullable().meta({ description: 'Last day it applies, or null while in force' }),
          // An amount string, a number, an object…: each parameter has its own value type.
          value: JsonValueSchema,
          ref: LegalRefSchema,
        }),
      ),
    })
    .meta({
      id: 'ParameterDescriptor',
      description: 'A parameter of a package catalog, with its dated values',
    }))()

/**
 * Zod schema (strict) of a `CatalogEntry`: a rule or a parameter, told apart by `kind`.
 *
 * @example
 * ```ts
 * import { CatalogEntrySchema } from '@talka/core'
 * declare const catalog: readonly unknown[]
 * catalog.every((entry) => CatalogEntrySchema.safeParse(entry).success)
 * ```
 */
export const CatalogEntrySchema = /* @__PURE__ */ (() =>
  z
    .discriminatedUnion('kind', [RuleDescriptorSchema, ParameterDescriptorSchema])
    .meta({ id: 'CatalogEntry', description: 'A rule or a parameter of a package catalog' }))()
