import { LegalRefSchema, LocalizedSchema } from '@talka/core'
import { z } from 'zod'
import { CALL_POLICIES } from './policies.js'

// Result schemas of the calls package (strict at every level): what `callCatalog` lists and what
// `missingPolicies` returns, for the HTTP API's OpenAPI document and for tests on real values.

/**
 * Zod schema (strict) of a `CallDescriptor`: one entry of `callCatalog`.
 *
 * @example
 * ```ts
 * import { CallDescriptorSchema, callCatalog } from '@talka/calls'
 * callCatalog.every((entry) => CallDescriptorSchema.safeParse(entry).success) // true
 * ```
 */
export const CallDescriptorSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: z.string(),
      name: LocalizedSchema,
      municipality: z.string().meta({ description: 'The municipality’s name' }),
      eldership: z.string().optional().meta({ description: 'The eldership, for a call of one eldership' }),
      year: z.number().int(),
      model: z.enum(['standard', 'pilot']),
      ref: LegalRefSchema,
    })
    .meta({
      id: 'CallDescriptor',
      description: 'A catalog call: id, name, municipality, year, model and reference',
    }))()

/**
 * Zod schema (strict) of a `MissingPolicy`: a policy that matters to a result and that the call does
 * not state (`missingPolicies`).
 *
 * @example
 * ```ts
 * import { MissingPolicySchema } from '@talka/calls'
 * MissingPolicySchema.shape.usedBy
 * ```
 */
export const MissingPolicySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      policy: z.enum(CALL_POLICIES),
      path: z.string().meta({ description: 'Path of the missing field in the call document' }),
      usedBy: z.array(z.enum(['eligibility', 'evaluation'])),
      label: LocalizedSchema,
    })
    .meta({
      id: 'MissingPolicy',
      description: 'A policy that matters to a result and that the call does not state',
    }))()
