import { DecimalStringSchema, LegalRefSchema, LocalizedSchema, TraceSchema } from '@talka/core'
import { z } from 'zod'
import { AllocationCertificateSchema } from './certificate.js'

// Result schemas: they describe exactly what the functions return (strict at every level), so the
// HTTP API documents its answers with them and a test parses real results with them.

const ResidentsKindSchema = /* @__PURE__ */ (() => z.enum(['declared', 'statistical', 'other']))()
// Amounts and quotas are core's exact decimal strings (one home for the number format).
const decimalString = DecimalStringSchema

/**
 * Zod schema (strict) of one share of an `allocate` result.
 *
 * @example
 * ```ts
 * import { AllocationShareSchema } from '@talka/allocation'
 * AllocationShareSchema.parse({ id: 'a', amount: '5', extraUnit: true, minimumApplied: false, capApplied: false })
 * ```
 */
export const AllocationShareSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string(),
    amount: decimalString.meta({ description: "Decimal string with the unit's number of decimals" }),
    extraUnit: z
      .boolean()
      .meta({ description: 'Includes one of the leftover units handed out by remainder' }),
    minimumApplied: z.boolean().meta({ description: 'Raised to the minimum' }),
    capApplied: z.boolean().meta({ description: "Held to the recipient's cap" }),
  }))()

/**
 * Zod schema (strict) of `AllocationResult`, the result of `allocate`.
 *
 * @example
 * ```ts
 * import { allocate, AllocationResultSchema } from '@talka/allocation'
 * AllocationResultSchema.parse(allocate({ total: '10', unit: '1', recipients: [{ id: 'a', weight: 1 }] }))
 * ```
 */
export const AllocationResultSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      total: decimalString,
      unit: decimalString,
      method: z.literal('largest-remainder'),
      shares: z.array(AllocationShareSchema),
    })
    .meta({ id: 'AllocationResult', description: 'Result of `allocate` (@talka/allocation)' }))()

/**
 * Zod schema (strict) of `CertifiedAllocation`: an `allocate` result with its certificate
 * (`allocateWithCertificate`, and the `allocation` of the ministry allocations).
 *
 * @example
 * ```ts
 * import { allocateWithCertificate, CertifiedAllocationSchema } from '@talka/allocation'
 * CertifiedAllocationSchema.parse(allocateWithCertificate({ total: '10', unit: '1', recipients: [{ id: 'a', weight: 1 }] }))
 * ```
 */
export const CertifiedAllocationSchema = /* @__PURE__ */ (() =>
  AllocationResultSchema.extend({ certificate: AllocationCertificateSchema }).meta({
    id: 'CertifiedAllocation',
    description: 'An `allocate` result with its allocation certificate (@talka/allocation)',
  }))()

/**
 * Zod schema (strict) of an `AllocationWarning` of `allocateByResidents`.
 *
 * @example
 * ```ts
 * import { AllocationWarningSchema } from '@talka/allocation'
 * AllocationWarningSchema.shape.code.options // ['STATISTICAL_RESIDENTS', 'OTHER_RESIDENTS', 'RESIDENTS_AS_OF_MISMATCH']
 * ```
 */
export const AllocationWarningSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    code: z.enum(['STATISTICAL_RESIDENTS', 'OTHER_RESIDENTS', 'RESIDENTS_AS_OF_MISMATCH']),
    key: z.string(),
    params: z.record(z.string(), z.string()),
    message: LocalizedSchema,
  }))()

/**
 * Zod schema (strict) of `ResidentsDataUsed`: which resident figures an allocation used.
 *
 * @example
 * ```ts
 * import { ResidentsDataUsedSchema } from '@talka/allocation'
 * ResidentsDataUsedSchema.shape.provided.options // ['embedded', 'caller']
 * ```
 */
export const ResidentsDataUsedSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: ResidentsKindSchema,
    asOf: z.string().nullable(),
    source: z.string().nullable(),
    provided: z.enum(['embedded', 'caller']),
    dataset: z.string().nullable(),
    title: LocalizedSchema.nullable(),
  }))()

const totalSchema = () =>
  z.strictObject({
    value: decimalString,
    source: z.enum(['parameter', 'caller']),
    ref: LegalRefSchema.nullable().meta({
      description: 'The act that sets the budget; null for a caller’s total',
    }),
  })
const unitSchema = () => z.strictObject({ value: decimalString, ref: LegalRefSchema })

/**
 * Zod schema (strict) of `ResidentsAllocation`, the result of `allocateByResidents`.
 *
 * @example
 * ```ts
 * import { allocateByResidents, ResidentsAllocationSchema } from '@talka/allocation'
 * ResidentsAllocationSchema.parse(allocateByResidents({ year: 2021 }))
 * ```
 */
export const ResidentsAllocationSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      year: z.number().int(),
      asOf: z.string(),
      referenceDate: z.string().meta({ description: 'The day the rule’s residents figure refers to' }),
      total: totalSchema(),
      unit: unitSchema(),
      basis: z.strictObject({
        value: z.strictObject({
          kind: ResidentsKindSchema,
          referenceDate: z.literal('january-1-of-budget-year'),
          register: z.string(),
        }),
        ref: LegalRefSchema,
      }),
      allocationOrder: z
        .strictObject({
          value: z.strictObject({ actId: z.string(), date: z.string() }),
          ref: LegalRefSchema,
        })
        .nullable(),
      data: ResidentsDataUsedSchema,
      warnings: z.array(AllocationWarningSchema),
      shares: z.array(
        z.strictObject({ municipality: z.string(), residents: z.string(), amount: decimalString }),
      ),
      allocation: CertifiedAllocationSchema,
      explanation: TraceSchema,
    })
    .meta({
      id: 'ResidentsAllocation',
      description: 'Result of `allocateByResidents` (@talka/allocation)',
    }))()

/**
 * Zod schema (strict) of `TaxpayersAllocation`, the result of `allocateByTaxpayers`.
 *
 * @example
 * ```ts
 * import { TaxpayersAllocationSchema } from '@talka/allocation'
 * TaxpayersAllocationSchema.shape.data
 * ```
 */
export const TaxpayersAllocationSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      year: z.number().int(),
      asOf: z.string(),
      total: totalSchema(),
      unit: unitSchema(),
      basis: z.strictObject({
        value: z.enum(['income-tax-payers', 'declared-residents']),
        ref: LegalRefSchema,
      }),
      data: z.strictObject({ source: z.string(), taxYears: z.array(z.number().int()).nullable() }),
      shares: z.array(
        z.strictObject({ municipality: z.string(), taxpayers: z.string(), amount: decimalString }),
      ),
      allocation: CertifiedAllocationSchema,
      explanation: TraceSchema,
    })
    .meta({
      id: 'TaxpayersAllocation',
      description: 'Result of `allocateByTaxpayers` (@talka/allocation)',
    }))()
