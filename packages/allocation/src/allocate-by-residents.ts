import {
  AmountSchema,
  createDecision,
  type Decision,
  IsoDateSchema,
  inputParser,
  isTalkaError,
  type Lang,
  type LegalRef,
  ParameterStore,
  type ParseContext,
  type Parsed,
  type ReasonInput,
  renderMessage,
  type SafeParseResult,
  Temporal,
  toSafeParse,
  type ValidationError,
} from '@talka/core'
import { z } from 'zod'
import type { TieMode, Weight } from './allocate-input.js'
import { trustedAllocateInput, WeightSchema } from './allocate-input.js'
import { ministryByResidentsRule } from './catalog.js'
import { allocateWithCertificate, type CertifiedAllocation } from './certificate.js'
import {
  lithuanianMunicipalities,
  municipalityResidents,
  type ResidentsDataset,
  type ResidentsKind,
  residentsDatasets,
} from './data/residents.js'
import { AllocationError } from './errors.js'
import { allocationReasons } from './explain.js'
import { allocationMessages } from './messages.js'
import {
  type AllocationBasis,
  type AllocationOrder,
  allocationParameters,
  communityMeasureAllocationBasis,
  communityMeasureAllocationOrder,
  communityMeasureResidentsBasis,
  communityMeasureTotal,
  communityMeasureUnit,
  type ResidentsBasis,
} from './parameters.js'
import { PRODUCER } from './version.js'

/**
 * Resident figures a caller supplies instead of the embedded data: what kind they are, the day they
 * refer to, where they come from, and one figure per municipality.
 *
 * @example
 * ```ts
 * import type { ResidentsFiguresInput } from '@talka/allocation'
 * const official: ResidentsFiguresInput = {
 *   kind: 'declared', asOf: '2021-01-01', source: 'Registrų centras, 2021-01-05 išrašas',
 *   figures: [{ municipality: 'Jonavos rajono savivaldybė', residents: 40000 }], // your official figures
 * }
 * ```
 */
export interface ResidentsFiguresInput {
  readonly kind: ResidentsKind
  readonly asOf?: string | undefined
  readonly source?: string | undefined
  readonly figures: readonly { readonly municipality: string; readonly residents: Weight }[]
}

/**
 * Input of {@link allocateByResidents}: the budget year (`year`) or a date in it (`asOf`); optionally
 * the total (default: the measure's budget parameter for that year), the caller's own resident
 * figures (default: the embedded data), the municipalities taking part (default: all 60, or all in
 * the caller's figures), the tie mode and the language of the explanation.
 *
 * @example
 * ```ts
 * import type { AllocateByResidentsInput } from '@talka/allocation'
 * const input: AllocateByResidentsInput = { year: 2021 }
 * ```
 */
export interface AllocateByResidentsInput {
  readonly year?: number | undefined
  readonly asOf?: string | undefined
  readonly total?: string | undefined
  readonly residents?: ResidentsFiguresInput | undefined
  readonly municipalities?: readonly string[] | undefined
  readonly ties?: TieMode | undefined
  readonly lang?: Lang | undefined
}

/**
 * Options of {@link allocateByResidents} that are not data: a parameter store to use instead of
 * `allocationParameters` (e.g. with a year's budget added).
 *
 * @example
 * ```ts
 * import { ParameterStore } from '@talka/core'
 * import { allocationParameters, type AllocateByResidentsOptions } from '@talka/allocation'
 * const options: AllocateByResidentsOptions = { parameters: new ParameterStore(allocationParameters) }
 * ```
 */
export interface AllocateByResidentsOptions {
  readonly parameters?: ParameterStore | undefined
}

/**
 * Zod schema of {@link AllocateByResidentsInput}: exactly one of `year` and `asOf`.
 *
 * @example
 * ```ts
 * import { AllocateByResidentsInputSchema } from '@talka/allocation'
 * AllocateByResidentsInputSchema.safeParse({ year: 2021, asOf: '2021-05-01' }).success // false
 * ```
 */
export const AllocateByResidentsInputSchema = /* @__PURE__ */ (() =>
  z
    // Strict: a misspelt option ("totl") must not silently fall back to the default budget.
    .strictObject({
      year: z.number().int().min(2000).max(2100).optional(),
      asOf: IsoDateSchema.optional(),
      total: AmountSchema()
        .optional()
        .meta({ description: 'Amount to allocate (EUR); default: the budget parameter of the year' }),
      residents: z
        .strictObject({
          kind: z.enum(['declared', 'statistical', 'other']),
          asOf: IsoDateSchema.optional(),
          source: z.string().min(1).optional(),
          figures: z
            .array(z.strictObject({ municipality: z.string().min(1), residents: WeightSchema }))
            .min(1),
        })
        .optional()
        .meta({ description: 'Your own resident figures instead of the embedded data' }),
      municipalities: z.array(z.string().min(1)).min(1).optional(),
      ties: z.enum(['resolve', 'error']).optional(),
      lang: z.enum(['lt', 'en']).optional(),
    })
    .refine((input) => (input.year === undefined) !== (input.asOf === undefined), {
      message: 'Give exactly one of year and asOf',
      path: ['year'],
    }))()

/**
 * A warning about the figures an allocation used, with its message in both languages.
 *
 * @example
 * ```ts
 * import type { AllocationWarning } from '@talka/allocation'
 * declare const w: AllocationWarning
 * if (w.code === 'STATISTICAL_RESIDENTS') console.warn(w.message.en)
 * ```
 */
export interface AllocationWarning {
  readonly code: 'STATISTICAL_RESIDENTS' | 'OTHER_RESIDENTS' | 'RESIDENTS_AS_OF_MISMATCH'
  readonly key: string
  readonly params: Readonly<Record<string, string>>
  readonly message: { readonly lt: string; readonly en: string }
}

/**
 * Which resident figures an allocation used: their kind, as-of date and source, whether embedded or
 * the caller's, and the embedded dataset's id and title.
 *
 * @example
 * ```ts
 * import type { ResidentsDataUsed } from '@talka/allocation'
 * declare const d: ResidentsDataUsed
 * `${d.kind} figures as of ${d.asOf ?? '?'} (${d.source ?? 'no source given'})`
 * ```
 */
export interface ResidentsDataUsed {
  readonly kind: ResidentsKind
  readonly asOf: string | null
  readonly source: string | null
  readonly provided: 'embedded' | 'caller'
  readonly dataset: string | null
  readonly title: { readonly lt: string; readonly en: string } | null
}

/**
 * The result of {@link allocateByResidents}: the parameters used with their legal references, the
 * figures used and the warnings about them, the shares, the underlying allocation (with its
 * certificate) and a trace.v1 explanation.
 *
 * @example
 * ```ts
 * import { allocateByResidents } from '@talka/allocation'
 * const r = allocateByResidents({ year: 2021 })
 * r.data.kind // 'statistical'
 * r.warnings.map((w) => w.code) // ['STATISTICAL_RESIDENTS', 'RESIDENTS_AS_OF_MISMATCH']
 * ```
 */
export interface ResidentsAllocation {
  readonly year: number
  readonly asOf: string
  /** The day the rule's residents figure refers to: 1 January of the budget year. */
  readonly referenceDate: string
  readonly total: {
    readonly value: string
    readonly source: 'parameter' | 'caller'
    readonly ref: LegalRef | null
  }
  readonly unit: { readonly value: string; readonly ref: LegalRef }
  readonly basis: { readonly value: ResidentsBasis; readonly ref: LegalRef }
  readonly allocationOrder: { readonly value: AllocationOrder; readonly ref: LegalRef } | null
  readonly data: ResidentsDataUsed
  readonly warnings: readonly AllocationWarning[]
  readonly shares: readonly {
    readonly municipality: string
    readonly residents: string
    readonly amount: string
  }[]
  /** The underlying allocation with its certificate. */
  readonly allocation: CertifiedAllocation
  readonly explanation: Decision<'allocated'>
}

let defaultStore: ParameterStore | undefined

/** The package's parameters as a store, built once. @internal */
export function defaultParameterStore(): ParameterStore {
  defaultStore ??= new ParameterStore(allocationParameters)
  return defaultStore
}

/**
 * Throws `WRONG_BASIS` when the year's funds are allocated by another basis than `expected`; a
 * year with no known basis passes (the other parameters then decide). @internal
 */
export function requireBasis(
  store: ParameterStore,
  date: string,
  year: number,
  expected: AllocationBasis,
): void {
  if (!store.has(communityMeasureAllocationBasis.id)) return
  const entry = store.get<AllocationBasis>(communityMeasureAllocationBasis.id).timeline.find(date)
  if (entry === undefined || entry.value === expected) return
  const key =
    entry.value === 'income-tax-payers'
      ? 'allocation.basis.taxpayers-year'
      : 'allocation.basis.residents-year'
  throw localizedError('WRONG_BASIS', key, { year }, { basis: entry.value, ref: entry.ref })
}

/** An {@link AllocationError} whose message is the catalog's text (en) with both texts in details. @internal */
export function localizedError(
  code: 'WRONG_BASIS' | 'TAXPAYERS_MISSING',
  key: string,
  params: Record<string, string | number>,
  details: Record<string, unknown> = {},
): AllocationError {
  const message = {
    lt: renderMessage(allocationMessages, key, params, 'lt'),
    en: renderMessage(allocationMessages, key, params, 'en'),
  }
  return new AllocationError(code, message.en, { ...params, ...details, key, message })
}

/** A parameter's value and reference in force on `date`, or `PARAMETER_MISSING`. @internal */
export function lookup<T>(store: ParameterStore, id: string, date: string): { value: T; ref: LegalRef } {
  try {
    const { value, ref } = store.at<T>(id, date)
    return { value, ref }
  } catch (error) {
    if (isTalkaError(error)) {
      throw new AllocationError('PARAMETER_MISSING', `No value of ${id} in force on ${date}`, {
        parameter: id,
        date,
      })
    }
    throw error
  }
}

/**
 * The year's unit and the total to allocate: the caller's `total`, or else the budget parameter of the
 * year (`PARAMETER_MISSING` when there is none). @internal
 */
export function totalAndUnit(
  store: ParameterStore,
  asOf: string,
  callerTotal: string | undefined,
): {
  unit: { value: string; ref: LegalRef }
  total:
    | { value: string; source: 'caller'; ref: null }
    | { value: string; source: 'parameter'; ref: LegalRef }
} {
  const unit = lookup<string>(store, communityMeasureUnit.id, asOf)
  const total =
    callerTotal !== undefined
      ? { value: callerTotal, source: 'caller' as const, ref: null }
      : { ...lookup<string>(store, communityMeasureTotal.id, asOf), source: 'parameter' as const }
  return { unit, total }
}

/**
 * Allocates a ministry total to municipalities by their weights, with the certificate. No second
 * parse: the caller's values were validated by the entry's schema and the budget and unit are the
 * package's parameters; only what the combination can break is checked (a caller's total not in whole
 * units, all figures zero, duplicate names), by the schema's own rules. @internal
 */
export function allocateToMunicipalities(
  total: string,
  unit: string,
  ties: TieMode | undefined,
  recipients: readonly { id: string; weight: Weight }[],
): CertifiedAllocation {
  return allocateWithCertificate(
    trustedAllocateInput({
      total,
      unit,
      ...(ties === undefined ? {} : { ties }),
      recipients: [...recipients],
    }),
  )
}

/** The trace.v1 decision of a ministry allocation under the year's community-measure rule set. @internal */
export function ministryExplanation(
  decision: string,
  args: { asOf: string; lang: Lang; year: number; validFrom: string; reasons: readonly ReasonInput[] },
): Decision<'allocated'> {
  return createDecision({
    decision,
    outcome: 'allocated',
    asOf: args.asOf,
    lang: args.lang,
    reasons: args.reasons,
    producer: PRODUCER,
    catalog: allocationMessages,
    ruleSet: { id: 'allocation.community-measure', version: String(args.year), validFrom: args.validFrom },
  })
}

function warning(
  code: AllocationWarning['code'],
  key: string,
  params: Record<string, string>,
): AllocationWarning {
  return {
    code,
    key,
    params,
    message: {
      lt: renderMessage(allocationMessages, key, params, 'lt'),
      en: renderMessage(allocationMessages, key, params, 'en'),
    },
  }
}

const KIND_PREFERENCE: Record<ResidentsKind, number> = { declared: 0, statistical: 1, other: 2 }

/** The embedded dataset that covers every requested municipality and is closest to the date. */
function chooseDataset(requested: readonly string[], referenceDate: string): ResidentsDataset {
  const covering = residentsDatasets.filter((dataset) => {
    const names = new Set(
      municipalityResidents.filter((r) => r.dataset === dataset.id).map((r) => r.municipality),
    )
    return requested.every((m) => names.has(m))
  })
  if (covering.length === 0) {
    const known = new Set(municipalityResidents.map((r) => r.municipality))
    const unknown = requested.filter((m) => !known.has(m))
    throw new AllocationError(
      'RESIDENTS_MISSING',
      unknown.length > 0
        ? `No resident figures for: ${unknown.join(', ')}`
        : 'No embedded dataset covers all the requested municipalities; pass your own figures',
      { municipalities: unknown.length > 0 ? unknown : [...requested] },
    )
  }
  const day = (asOf: string) => (asOf.length === 4 ? `${asOf}-01-01` : asOf)
  const score = (d: ResidentsDataset): [number, string, number] => {
    const date = day(d.asOf)
    // exact day first, then the latest before the reference date, then the earliest after it
    const bucket = d.asOf === referenceDate ? 0 : date <= referenceDate ? 1 : 2
    return [bucket, bucket === 2 ? date : invert(date), KIND_PREFERENCE[d.kind]]
  }
  return [...covering].sort((a, b) => {
    const [ba, da, ka] = score(a)
    const [bb, db, kb] = score(b)
    return ba - bb || (da < db ? -1 : da > db ? 1 : 0) || ka - kb
  })[0]!
}

/** Reverses the order of ISO date strings (so that a later date sorts first). */
function invert(date: string): string {
  return date.replace(/\d/g, (d) => String(9 - Number(d)))
}

/**
 * Allocates the ministry's yearly funds of the measure "Stiprinti bendruomeninę veiklą
 * savivaldybėse" to municipal administrations by residents (largest remainder, the year's unit),
 * using the year's parameters (budget, residents basis, unit) with their legal references.
 *
 * The rule asks for **declared** residents (Registrų centras, 1 January of the budget year). The
 * embedded data has only **statistical** population figures (complete for 2020-01-01): the result
 * says which figures it used (`data`) and warns (`warnings`) when they are not what the rule asks
 * for. Pass `residents` with official figures to get the real allocation. Throws
 * {@link AllocationError} (`PARAMETER_MISSING` when the year has no budget and no `total` is given,
 * `RESIDENTS_MISSING`, `INVALID_INPUT`, and the codes of `allocate`).
 *
 * @example
 * ```ts
 * import { allocateByResidents } from '@talka/allocation'
 * const r = allocateByResidents({ year: 2021, lang: 'en' })
 * r.total // { value: '2000000.00', source: 'parameter', ref: { actId: 'A1-246', … } }
 * r.shares.find((s) => s.municipality === 'Jonavos rajono savivaldybė')?.amount // '29462' (statistical 2020 figures)
 * ```
 */
export function allocateByResidents(
  input: AllocateByResidentsInput | Parsed<AllocateByResidentsInput>,
  options: AllocateByResidentsOptions = {},
): ResidentsAllocation {
  const data = byResidentsParser.ensure(input) as AllocateByResidentsInput
  const year = data.year ?? Temporal.PlainDate.from(data.asOf!).year
  const asOf = data.asOf ?? `${year}-01-01`
  const referenceDate = `${String(year).padStart(4, '0')}-01-01`
  const store = options.parameters ?? defaultParameterStore()
  requireBasis(store, asOf, year, 'declared-residents')

  const basis = lookup<ResidentsBasis>(store, communityMeasureResidentsBasis.id, asOf)
  const { unit, total } = totalAndUnit(store, asOf, data.total)
  const orderEntry = store.has(communityMeasureAllocationOrder.id)
    ? store.get<AllocationOrder>(communityMeasureAllocationOrder.id).timeline.find(asOf)
    : undefined

  let figures: { municipality: string; residents: Weight }[]
  let used: ResidentsDataUsed
  if (data.residents) {
    const requested = data.municipalities
    const byName = new Map(data.residents.figures.map((f) => [f.municipality, f.residents] as const))
    if (requested) {
      const missing = requested.filter((m) => !byName.has(m))
      if (missing.length > 0) {
        throw new AllocationError('RESIDENTS_MISSING', `No resident figures for: ${missing.join(', ')}`, {
          municipalities: missing,
        })
      }
    }
    figures = (requested ?? data.residents.figures.map((f) => f.municipality)).map((municipality) => ({
      municipality,
      residents: byName.get(municipality)!,
    }))
    used = {
      kind: data.residents.kind,
      asOf: data.residents.asOf ?? null,
      source: data.residents.source ?? null,
      provided: 'caller',
      dataset: null,
      title: null,
    }
  } else {
    const requested = data.municipalities ?? lithuanianMunicipalities
    const dataset = chooseDataset(requested, referenceDate)
    const byName = new Map(
      municipalityResidents
        .filter((r) => r.dataset === dataset.id)
        .map((r) => [r.municipality, r.residents] as const),
    )
    figures = requested.map((municipality) => ({ municipality, residents: byName.get(municipality)! }))
    used = {
      kind: dataset.kind,
      asOf: dataset.asOf,
      source: dataset.source,
      provided: 'embedded',
      dataset: dataset.id,
      title: dataset.title,
    }
  }

  const warnings: AllocationWarning[] = []
  if (basis.value.kind === 'declared' && used.kind !== 'declared') {
    warnings.push(
      warning(
        used.kind === 'statistical' ? 'STATISTICAL_RESIDENTS' : 'OTHER_RESIDENTS',
        used.kind === 'statistical'
          ? 'allocation.warning.statistical-residents'
          : 'allocation.warning.other-residents',
        { referenceDate, asOf: used.asOf ?? '?' },
      ),
    )
  }
  if (used.asOf !== null && used.asOf !== referenceDate) {
    warnings.push(
      warning('RESIDENTS_AS_OF_MISMATCH', 'allocation.warning.as-of-mismatch', {
        asOf: used.asOf,
        referenceDate,
      }),
    )
  }

  const allocation = allocateToMunicipalities(
    total.value,
    unit.value,
    data.ties,
    figures.map((f) => ({ id: f.municipality, weight: f.residents })),
  )
  const certificateRecipients = allocation.certificate.recipients
  const shares = allocation.shares.map((share, i) => ({
    municipality: share.id,
    residents: certificateRecipients[i]!.weight,
    amount: share.amount,
  }))

  const ministryFacts = {
    year,
    total: allocation.total,
    municipalities: figures.length,
    residentsKind: used.kind,
    residentsAsOf: used.asOf,
    residentsSource: used.source,
  }
  const reasons: ReasonInput[] = [
    {
      ruleId: ministryByResidentsRule.id,
      result: 'applied',
      facts: ministryFacts,
      ref: basis.ref,
      messageKey: 'allocation.ministry.applied',
      params: { year, total: allocation.total, count: figures.length, asOf: used.asOf ?? '?' },
    },
    ...warnings.map(
      (w): ReasonInput => ({
        ruleId: ministryByResidentsRule.id,
        result: 'warning',
        facts: { code: w.code, ...w.params },
        ref: basis.ref,
        messageKey: w.key,
        params: w.params,
      }),
    ),
    ...allocationReasons(allocation),
  ]
  const explanation = ministryExplanation('allocation:ministry/by-residents', {
    asOf,
    lang: data.lang ?? 'lt',
    year,
    validFrom: referenceDate,
    reasons,
  })

  return {
    year,
    asOf,
    referenceDate,
    total,
    unit,
    basis,
    allocationOrder: orderEntry ? { value: orderEntry.value, ref: orderEntry.ref } : null,
    data: used,
    warnings,
    shares,
    allocation,
    explanation,
  }
}

/**
 * Like {@link allocateByResidents}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeAllocateByResidents } from '@talka/allocation'
 * const r = safeAllocateByResidents({ year: 2023 })
 * if (!r.success) r.error.code // 'PARAMETER_MISSING' (no 2023 budget known: pass total)
 * ```
 */
export const safeAllocateByResidents: (
  input: AllocateByResidentsInput | Parsed<AllocateByResidentsInput>,
  options?: AllocateByResidentsOptions,
) => SafeParseResult<ResidentsAllocation, AllocationError | ValidationError> =
  /* @__PURE__ */ toSafeParse(allocateByResidents)

const byResidentsParser = /* @__PURE__ */ inputParser(AllocateByResidentsInputSchema)

/**
 * Validates an {@link AllocateByResidentsInput} once; the result, passed to
 * {@link allocateByResidents}, is not validated again. Throws core's `ValidationError`.
 *
 * @example
 * ```ts
 * import { allocateByResidents, parseAllocateByResidentsInput } from '@talka/allocation'
 * const parsed = parseAllocateByResidentsInput({ year: 2021 })
 * allocateByResidents(parsed).year // 2021
 * ```
 */
export function parseAllocateByResidentsInput(
  input: unknown,
  context?: ParseContext,
): Parsed<AllocateByResidentsInput> {
  return byResidentsParser.parse(input, context) as Parsed<AllocateByResidentsInput>
}

/**
 * Like {@link parseAllocateByResidentsInput}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseAllocateByResidentsInput } from '@talka/allocation'
 * safeParseAllocateByResidentsInput({ year: 2021, totl: '1' }).success // false
 * ```
 */
export function safeParseAllocateByResidentsInput(
  input: unknown,
  context?: ParseContext,
): SafeParseResult<Parsed<AllocateByResidentsInput>, ValidationError> {
  return byResidentsParser.safeParse(input, context) as SafeParseResult<
    Parsed<AllocateByResidentsInput>,
    ValidationError
  >
}
