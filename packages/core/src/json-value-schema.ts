import { z } from 'zod'
import type { JsonValue } from './canonical-json.js'

/**
 * Zod schema of any JSON value (string, number, boolean, null, array, object), registered as
 * `JsonValue` so that OpenAPI and JSON Schema writers can refer to it recursively (zod's own
 * `z.json()` makes zod-to-openapi recurse without end). For values whose shape is open by design,
 * such as a parameter's value in a catalog.
 *
 * @example
 * ```ts
 * import { JsonValueSchema } from '@talka/core'
 * JsonValueSchema.safeParse({ amount: '10.00', years: [2021, null] }).success // true
 * JsonValueSchema.safeParse({ when: new Date() }).success // false
 * ```
 */
export const JsonValueSchema: z.ZodType<JsonValue> = /* @__PURE__ */ (() =>
  z.lazy(() => NonNullJsonSchema).nullable())()

// The registered component excludes null and every use adds it (`nullable`): OpenAPI writers render
// a nullable reference as `oneOf [ref, null]`, which would match a null twice if the component also
// accepted null.
const NonNullJsonSchema: z.ZodType<JsonValue> = /* @__PURE__ */ (() =>
  z
    .lazy(() =>
      z.union([
        z.string(),
        z.number(),
        z.boolean(),
        z.array(JsonValueSchema),
        z.record(z.string(), JsonValueSchema),
      ]),
    )
    .meta({ id: 'JsonValue', description: 'Any JSON value (and null wherever one is allowed)' }))()
