import {
  AmountSchema,
  type Decision,
  type Lang,
  type LegalRef,
  type ParameterStore,
  type Parsed,
  type ReasonInput,
  type SafeParseResult,
  toSafeParse,
  type ValidationError,
} from '@talka/core'
import { z } from 'zod'
import {
  allocateToMunicipalities,
  defaultParameterStore,
  localizedError,
  lookup,
  ministryExplanation,
  totalAndUnit,
} from './allocate-by-residents.js'
import { type TieMode, type Weight, WeightSchema } from './allocate-input.js'
import { ministryByTaxpayersRule } from './catalog.js'
import type { CertifiedAllocation } from './certificate.js'
import { AllocationError } from './errors.js'
import { allocationReasons } from './explain.js'
import { type AllocationBasis, communityMeasureAllocationBasis } from './parameters.js'
import { typedParser } from './typed-parser.js'

/**
 * Income tax payer figures the caller supplies (the package has none): where they come from, which
 * tax years they cover, and one figure per municipality, as the ministry's order uses it.
 *
 * @example
 * ```ts
 * import type { TaxpayersFiguresInput } from '@talka/allocation'
 * const figures: TaxpayersFiguresInput = {
 *   source: 'VMI, 2014–2016 m. duomenys', taxYears: [2014, 2015, 2016],
 *   figures: [{ municipality: 'Jonavos rajono savivaldybė', taxpayers: 20000 }], // your official figures
 * }
 * ```
 */
export interface TaxpayersFiguresInput {
  readonly source: string
  readonly taxYears?: readonly number[] | undefined
  readonly figures: readonly { readonly municipality: string; readonly taxpayers: Weight }[]
}

/**
 * Input of {@link allocateByTaxpayers}: the budget year (2017–2019), the total (default: the budget
 * parameter of the year, none known so far), the caller's taxpayer figures, optionally the
 * municipalities taking part (default: all in the figures), the tie mode and the language.
 *
 * @example
 * ```ts
 * import type { AllocateByTaxpayersInput } from '@talka/allocation'
 * const input: AllocateByTaxpayersInput = {
 *   year: 2018, total: '1000000',
 *   taxpayers: { source: 'VMI', figures: [{ municipality: 'A', taxpayers: 3 }, { municipality: 'B', taxpayers: 1 }] },
 * }
 * ```
 */
export interface AllocateByTaxpayersInput {
  readonly year: number
  readonly total?: string | undefined
  readonly taxpayers?: TaxpayersFiguresInput | undefined
  readonly municipalities?: readonly string[] | undefined
  readonly ties?: TieMode | undefined
  readonly lang?: Lang | undefined
}

/**
 * Zod schema of {@link AllocateByTaxpayersInput} (strict). `taxpayers` is optional in the shape so
 * that a call without figures gets the typed `TAXPAYERS_MISSING` error, not a shape issue.
 *
 * @example
 * ```ts
 * import { AllocateByTaxpayersInputSchema } from '@talka/allocation'
 * AllocateByTaxpayersInputSchema.safeParse({ year: 2018, totl: '1' }).success // false
 * ```
 */
export const AllocateByTaxpayersInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    year: z.number().int().min(2000).max(2100),
    total: AmountSchema()
      .optional()
      .meta({ description: 'Amount to allocate (EUR); default: the budget parameter of the year' }),
    taxpayers: z
      .strictObject({
        source: z.string().min(1),
        taxYears: z.array(z.number().int().min(1990).max(2100)).min(1).max(3).optional(),
        figures: z.array(z.strictObject({ municipality: z.string().min(1), taxpayers: WeightSchema })).min(1),
      })
      .optional()
      .meta({
        description: 'Number of personal income tax payers per municipality (VMI), supplied by the caller',
      }),
    municipalities: z.array(z.string().min(1)).min(1).optional(),
    ties: z.enum(['resolve', 'error']).optional(),
    lang: z.enum(['lt', 'en']).optional(),
  }))()

/**
 * The result of {@link allocateByTaxpayers}: the parameters used with their references, the
 * caller's figures described, the shares, the allocation with its certificate and a trace.v1
 * explanation.
 *
 * @example
 * ```ts
 * import type { TaxpayersAllocation } from '@talka/allocation'
 * declare const r: TaxpayersAllocation
 * r.shares.map((s) => `${s.municipality}: ${s.amount}`)
 * ```
 */
export interface TaxpayersAllocation {
  readonly year: number
  readonly asOf: string
  readonly total: {
    readonly value: string
    readonly source: 'parameter' | 'caller'
    readonly ref: LegalRef | null
  }
  readonly unit: { readonly value: string; readonly ref: LegalRef }
  readonly basis: { readonly value: AllocationBasis; readonly ref: LegalRef }
  readonly data: { readonly source: string; readonly taxYears: readonly number[] | null }
  readonly shares: readonly {
    readonly municipality: string
    readonly taxpayers: string
    readonly amount: string
  }[]
  readonly allocation: CertifiedAllocation
  readonly explanation: Decision<'allocated'>
}

/**
 * Options of {@link allocateByTaxpayers}: a parameter store instead of `allocationParameters`
 * (e.g. with a year's budget added).
 *
 * @example
 * ```ts
 * import type { AllocateByTaxpayersOptions } from '@talka/allocation'
 * const options: AllocateByTaxpayersOptions = {}
 * ```
 */
export interface AllocateByTaxpayersOptions {
  readonly parameters?: ParameterStore | undefined
}

/**
 * Allocates a 2017–2019 budget of the predecessor measure to municipalities by the number of
 * personal income tax payers (order A1-293; VMI data for three tax years), largest remainder in the
 * year's unit. The package has no taxpayer figures: the caller supplies them, and a call without them
 * throws {@link AllocationError} `TAXPAYERS_MISSING` (lt/en text in `details.message`). A year whose
 * funds go by declared residents throws `WRONG_BASIS`; a year with no known basis, or no budget and
 * no `total`, throws `PARAMETER_MISSING`.
 *
 * @example
 * ```ts
 * import { allocateByTaxpayers } from '@talka/allocation'
 * const r = allocateByTaxpayers({
 *   year: 2018, total: '100.00',
 *   taxpayers: { source: 'VMI', figures: [{ municipality: 'A', taxpayers: 2 }, { municipality: 'B', taxpayers: 1 }] },
 * })
 * r.shares.map((s) => s.amount) // ['66.67', '33.33']
 * ```
 */
export function allocateByTaxpayers(
  input: AllocateByTaxpayersInput | Parsed<AllocateByTaxpayersInput>,
  options: AllocateByTaxpayersOptions = {},
): TaxpayersAllocation {
  const data = byTaxpayersParser.ensure(input) as AllocateByTaxpayersInput
  const year = data.year
  const asOf = `${String(year).padStart(4, '0')}-01-01`
  const store = options.parameters ?? defaultParameterStore()

  const basis = lookup<AllocationBasis>(store, communityMeasureAllocationBasis.id, asOf)
  if (basis.value !== 'income-tax-payers') {
    throw localizedError('WRONG_BASIS', 'allocation.basis.residents-year', { year }, { basis: basis.value })
  }
  const taxpayers = data.taxpayers
  if (taxpayers === undefined) {
    throw localizedError('TAXPAYERS_MISSING', 'allocation.taxpayers.missing', { year }, { ref: basis.ref })
  }
  const { unit, total } = totalAndUnit(store, asOf, data.total)

  const byName = new Map(taxpayers.figures.map((f) => [f.municipality, f.taxpayers] as const))
  const requested = data.municipalities ?? taxpayers.figures.map((f) => f.municipality)
  const missing = requested.filter((m) => !byName.has(m))
  if (missing.length > 0) {
    throw new AllocationError('TAXPAYERS_MISSING', `No taxpayer figures for: ${missing.join(', ')}`, {
      municipalities: missing,
    })
  }

  const allocation = allocateToMunicipalities(
    total.value,
    unit.value,
    data.ties,
    requested.map((municipality) => ({ id: municipality, weight: byName.get(municipality)! })),
  )
  const shares = allocation.shares.map((share) => ({
    municipality: share.id,
    taxpayers: String(byName.get(share.id)!),
    amount: share.amount,
  }))

  const source = taxpayers.source
  const taxYears = taxpayers.taxYears ? [...taxpayers.taxYears] : null
  const lang = data.lang ?? 'lt'
  // The trace.v1 explanation (messages, the certificate it cites) is built on first read.
  let explanation: Decision<'allocated'> | undefined
  const explain = (): Decision<'allocated'> => {
    const reasons: ReasonInput[] = [
      {
        ruleId: ministryByTaxpayersRule.id,
        result: 'applied',
        facts: {
          year,
          total: allocation.total,
          municipalities: requested.length,
          taxpayersSource: source,
          taxYears: taxYears ? [...taxYears] : null,
        },
        ref: basis.ref,
        messageKey: 'allocation.taxpayers.applied',
        params: { year, total: allocation.total, count: requested.length, source },
      },
      ...allocationReasons(allocation),
    ]
    return ministryExplanation('allocation:ministry/by-income-tax-payers', {
      asOf,
      lang,
      year,
      validFrom: asOf,
      reasons,
    })
  }

  return {
    year,
    asOf,
    total,
    unit,
    basis,
    data: { source, taxYears: taxYears ? [...taxYears] : null },
    shares,
    allocation,
    get explanation(): Decision<'allocated'> {
      explanation ??= explain()
      return explanation
    },
  }
}

/**
 * Like {@link allocateByTaxpayers}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeAllocateByTaxpayers } from '@talka/allocation'
 * const r = safeAllocateByTaxpayers({ year: 2018, total: '1000' })
 * if (!r.success) r.error.code // 'TAXPAYERS_MISSING'
 * ```
 */
export const safeAllocateByTaxpayers: (
  input: AllocateByTaxpayersInput | Parsed<AllocateByTaxpayersInput>,
  options?: AllocateByTaxpayersOptions,
) => SafeParseResult<TaxpayersAllocation, AllocationError | ValidationError> =
  /* @__PURE__ */ toSafeParse(allocateByTaxpayers)

const byTaxpayersParser = /* @__PURE__ */ typedParser<AllocateByTaxpayersInput>(
  AllocateByTaxpayersInputSchema,
)

/**
 * Validates an {@link AllocateByTaxpayersInput} once; the result is not validated again by
 * {@link allocateByTaxpayers}. Throws core's `ValidationError`.
 *
 * @example
 * ```ts
 * import { parseAllocateByTaxpayersInput } from '@talka/allocation'
 * parseAllocateByTaxpayersInput({ year: 2018 }).year // 2018
 * ```
 */
export const parseAllocateByTaxpayersInput = /* @__PURE__ */ (() => byTaxpayersParser.parse)()

/**
 * Like {@link parseAllocateByTaxpayersInput}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseAllocateByTaxpayersInput } from '@talka/allocation'
 * safeParseAllocateByTaxpayersInput({ year: 2018, totl: '1' }).success // false
 * ```
 */
export const safeParseAllocateByTaxpayersInput = /* @__PURE__ */ (() => byTaxpayersParser.safeParse)()
