import { z } from 'zod'
import { CallSchema } from './call-schema.js'

/**
 * The `$id` of the call document's JSON Schema. A breaking change gets a new version (`…/v2.json`), never
 * a changed v1.
 *
 * @example
 * ```ts
 * import { CALL_SCHEMA_ID } from '@talka/calls'
 * CALL_SCHEMA_ID // 'https://talka.dev/schemas/call/v1.json'
 * ```
 */
export const CALL_SCHEMA_ID = 'https://talka.dev/schemas/call/v1.json'

/**
 * A JSON Schema 2020-12 document as {@link callJsonSchema} returns it.
 *
 * @example
 * ```ts
 * import type { CallJsonSchema } from '@talka/calls'
 * const id = (s: CallJsonSchema) => s.$id
 * ```
 */
export type CallJsonSchema = { readonly $schema: string; readonly $id: string } & Readonly<
  Record<string, unknown>
>

/**
 * The JSON Schema 2020-12 of a call document, generated from {@link CallSchema} with
 * `z.toJSONSchema(CallSchema, { target: 'draft-2020-12' })`, with `$id` {@link CALL_SCHEMA_ID}. The same
 * document is published as `@talka/calls/schemas/call.v1.json`. JSON Schema cannot state the cross-field
 * rules (minimum ≤ maximum, unique ids, the pass mark within the criteria's range): {@link parseCall}
 * checks those.
 *
 * @example
 * ```ts
 * import { callJsonSchema } from '@talka/calls'
 * const schema = callJsonSchema()
 * schema.$id // 'https://talka.dev/schemas/call/v1.json'
 * schema.$schema // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function callJsonSchema(): CallJsonSchema {
  const generated = z.toJSONSchema(CallSchema, { target: 'draft-2020-12' }) as Record<string, unknown>
  const { $schema, ...rest } = generated
  return { $schema: String($schema), $id: CALL_SCHEMA_ID, ...rest }
}
