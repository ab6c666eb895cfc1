import {
  AmountSchema,
  createDecision,
  type Decision,
  IsoDateSchema,
  isTalkaError,
  type Lang,
  type LegalRef,
  ParameterStore,
  type Parsed,
  type ReasonInput,
  renderMessage,
  type SafeParseResult,
  Temporal,
  toSafeParse,
  type ValidationError,
} from '@talka/core'
import { z } from 'zod'
import { allocateNormalized } from './allocate.js'
import type { NormalizedInput, TieMode, Weight } from './allocate-input.js'
import { normalize, trustedAllocateInput, WeightSchema } from './allocate-input.js'
import { ministryByResidentsRule } from './catalog.js'
import { type CertifiedAllocation, withLazyCertificate } from './certificate.js'
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
import { typedParser } from './typed-parser.js'
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
 * Allocates a ministry total to municipalities by their weights; the certificate is built when first
 * read. No second parse: the caller's values were validated by the entry's schema and the budget and
 * unit are the package's parameters; only what the combination can break is checked (a caller's total
 * not in whole units, all figures zero, duplicate names), by the schema's own rules. @internal
 */
export function allocateToMunicipalities(
  total: string,
  unit: string,
  ties: TieMode | undefined,
  recipients: readonly { id: string; weight: Weight }[],
): CertifiedAllocation {
  return withLazyCertificate(allocateNormalized(normalizeMunicipalities(total, unit, ties, recipients)))
}

/** The checked kernel form of a ministry allocation's input (see {@link allocateToMunicipalities}). */
function normalizeMunicipalities(
  total: string,
  unit: string,
  ties: TieMode | undefined,
  recipients: readonly { id: string; weight: Weight }[],
): NormalizedInput {
  return normalize(
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
  // Frozen: a warning is rendered once and shared by every result that carries it.
  return Object.freeze({
    code,
    key,
    params: Object.freeze(params),
    message: Object.freeze({
      lt: renderMessage(allocationMessages, key, params, 'lt'),
      en: renderMessage(allocationMessages, key, params, 'en'),
    }),
  })
}

const KIND_PREFERENCE: Record<ResidentsKind, number> = { declared: 0, statistical: 1, other: 2 }

/** The embedded dataset that covers every requested municipality and is closest to the date. */
function chooseDataset(requested: readonly string[], referenceDate: string): ResidentsDataset {
  const index = embeddedIndex()
  const covering = residentsDatasets.filter((dataset) => {
    const names = index.get(dataset.id)!
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

/** Adds an entry to a small cache, emptying it first when full (keys come from callers). */
function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_SIZE) cache.clear()
  cache.set(key, value)
  return value
}

const CACHE_SIZE = 64

/** The year's parameters of the measure, looked up once per store and date. */
interface YearRules {
  readonly basis: { readonly value: ResidentsBasis; readonly ref: LegalRef }
  readonly unit: { readonly value: string; readonly ref: LegalRef }
  readonly total: { readonly value: string; readonly ref: LegalRef } | undefined
  readonly allocationOrder: { readonly value: AllocationOrder; readonly ref: LegalRef } | null
}

// A store is immutable (`with` returns a new one), so what it answers for a date can be kept with it.
const rulesCache = /* @__PURE__ */ new WeakMap<ParameterStore, Map<string, YearRules>>()

function yearRules(store: ParameterStore, asOf: string, year: number): YearRules {
  let byDate = rulesCache.get(store)
  if (byDate === undefined) {
    byDate = new Map()
    rulesCache.set(store, byDate)
  }
  const cached = byDate.get(asOf)
  if (cached !== undefined) return cached
  requireBasis(store, asOf, year, 'declared-residents')
  const basis = lookup<ResidentsBasis>(store, communityMeasureResidentsBasis.id, asOf)
  const unit = lookup<string>(store, communityMeasureUnit.id, asOf)
  let total: YearRules['total']
  try {
    total = lookup<string>(store, communityMeasureTotal.id, asOf)
  } catch (error) {
    // No budget that year: fine when the caller gives the total (allocateByResidents asks again).
    if (!(error instanceof AllocationError) || error.code !== 'PARAMETER_MISSING') throw error
  }
  const orderEntry = store.has(communityMeasureAllocationOrder.id)
    ? store.get<AllocationOrder>(communityMeasureAllocationOrder.id).timeline.find(asOf)
    : undefined
  return remember(byDate, asOf, {
    basis,
    unit,
    total,
    allocationOrder: orderEntry ? { value: orderEntry.value, ref: orderEntry.ref } : null,
  })
}

/** The figures an allocation runs on, in the order of the shares. */
interface MunicipalityFigures {
  readonly ids: readonly string[]
  readonly weights: readonly Weight[]
  /** Each weight as a digit string, as the shares show it. */
  readonly residents: readonly string[]
  readonly used: ResidentsDataUsed
  /**
   * The checked kernel forms of static (embedded) figures by total, unit and ties, kept with them;
   * null for a caller's figures.
   */
  readonly kernelForms: Map<string, NormalizedInput> | null
}

function callerFigures(
  residents: ResidentsFiguresInput,
  requested: readonly string[] | undefined,
): MunicipalityFigures {
  const byName = new Map(residents.figures.map((f) => [f.municipality, f.residents] as const))
  if (requested) {
    const missing = requested.filter((m) => !byName.has(m))
    if (missing.length > 0) {
      throw new AllocationError('RESIDENTS_MISSING', `No resident figures for: ${missing.join(', ')}`, {
        municipalities: missing,
      })
    }
  }
  const ids = requested ?? residents.figures.map((f) => f.municipality)
  const weights = ids.map((municipality) => byName.get(municipality)!)
  return {
    ids,
    weights,
    residents: weights.map(String),
    used: {
      kind: residents.kind,
      asOf: residents.asOf ?? null,
      source: residents.source ?? null,
      provided: 'caller',
      dataset: null,
      title: null,
    },
    kernelForms: null,
  }
}

let datasetIndex: Map<string, Map<string, number>> | undefined

/** The embedded figures by dataset and municipality, indexed once. */
function embeddedIndex(): Map<string, Map<string, number>> {
  if (datasetIndex === undefined) {
    datasetIndex = new Map(residentsDatasets.map((d) => [d.id, new Map<string, number>()]))
    for (const r of municipalityResidents) datasetIndex.get(r.dataset)?.set(r.municipality, r.residents)
  }
  return datasetIndex
}

function embeddedFigures(requested: readonly string[], referenceDate: string): MunicipalityFigures {
  const dataset = chooseDataset(requested, referenceDate)
  const byName = embeddedIndex().get(dataset.id)!
  const weights = requested.map((municipality) => byName.get(municipality)!)
  return Object.freeze({
    ids: Object.freeze([...requested]),
    weights: Object.freeze(weights),
    residents: Object.freeze(weights.map(String)),
    used: Object.freeze({
      kind: dataset.kind,
      asOf: dataset.asOf,
      source: dataset.source,
      provided: 'embedded' as const,
      dataset: dataset.id,
      title: dataset.title,
    }),
    kernelForms: new Map<string, NormalizedInput>(),
  })
}

const defaultFigures = /* @__PURE__ */ new Map<string, MunicipalityFigures>()

/** The embedded figures of all 60 municipalities for a reference date, chosen and converted once. */
function defaultEmbeddedFigures(referenceDate: string): MunicipalityFigures {
  return (
    defaultFigures.get(referenceDate) ??
    remember(defaultFigures, referenceDate, embeddedFigures(lithuanianMunicipalities, referenceDate))
  )
}

const warningsCache = /* @__PURE__ */ new Map<string, readonly AllocationWarning[]>()

/** The warnings about the figures used (rendered once per combination: they depend on nothing else). */
function warningsFor(
  basisKind: ResidentsBasis['kind'],
  used: ResidentsDataUsed,
  referenceDate: string,
): readonly AllocationWarning[] {
  const key = `${basisKind}\n${used.kind}\n${used.asOf ?? ''}\n${used.asOf === null}\n${referenceDate}`
  const cached = warningsCache.get(key)
  if (cached !== undefined) return cached
  const warnings: AllocationWarning[] = []
  if (basisKind === 'declared' && used.kind !== 'declared') {
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
  return remember(warningsCache, key, Object.freeze(warnings))
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
  const rules = yearRules(store, asOf, year)
  const basis = { value: rules.basis.value, ref: rules.basis.ref }
  const unit = { value: rules.unit.value, ref: rules.unit.ref }
  const total =
    data.total !== undefined
      ? { value: data.total, source: 'caller' as const, ref: null }
      : rules.total !== undefined
        ? { value: rules.total.value, ref: rules.total.ref, source: 'parameter' as const }
        : // no budget that year: lookup throws PARAMETER_MISSING
          { ...lookup<string>(store, communityMeasureTotal.id, asOf), source: 'parameter' as const }

  const figures: MunicipalityFigures =
    data.residents !== undefined
      ? callerFigures(data.residents, data.municipalities)
      : data.municipalities !== undefined
        ? embeddedFigures(data.municipalities, referenceDate)
        : defaultEmbeddedFigures(referenceDate)
  const used = figures.used
  const warnings = warningsFor(basis.value.kind, used, referenceDate)

  // The embedded table is static: its checked kernel form is kept per dataset, total, unit and ties.
  let normalized: NormalizedInput
  const forms = figures.kernelForms
  if (forms !== null) {
    const key = `${total.value}\n${unit.value}\n${data.ties ?? ''}`
    normalized = forms.get(key) ?? remember(forms, key, normalizeFigures())
  } else normalized = normalizeFigures()
  function normalizeFigures(): NormalizedInput {
    return normalizeMunicipalities(
      total.value,
      unit.value,
      data.ties,
      figures.ids.map((id, i) => ({ id, weight: figures.weights[i]! })),
    )
  }
  const allocation = withLazyCertificate(allocateNormalized(normalized))
  const n = figures.ids.length
  const shares = new Array<ResidentsAllocation['shares'][number]>(n)
  for (let i = 0; i < n; i++) {
    shares[i] = {
      municipality: figures.ids[i]!,
      residents: figures.residents[i]!,
      amount: allocation.shares[i]!.amount,
    }
  }

  // The trace.v1 explanation costs more than the allocation (messages, the certificate it cites):
  // built on first read.
  let explanation: Decision<'allocated'> | undefined
  const lang = data.lang ?? 'lt'
  const explain = (): Decision<'allocated'> => {
    const ministryFacts = {
      year,
      total: allocation.total,
      municipalities: n,
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
        params: { year, total: allocation.total, count: n, asOf: used.asOf ?? '?' },
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
    return ministryExplanation('allocation:ministry/by-residents', {
      asOf,
      lang,
      year,
      validFrom: referenceDate,
      reasons,
    })
  }

  return {
    year,
    asOf,
    referenceDate,
    total,
    unit,
    basis,
    allocationOrder: rules.allocationOrder,
    data: used,
    warnings,
    shares,
    allocation,
    get explanation(): Decision<'allocated'> {
      explanation ??= explain()
      return explanation
    },
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

const byResidentsParser = /* @__PURE__ */ typedParser<AllocateByResidentsInput>(
  AllocateByResidentsInputSchema,
)

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
export const parseAllocateByResidentsInput = /* @__PURE__ */ (() => byResidentsParser.parse)()

/**
 * Like {@link parseAllocateByResidentsInput}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseAllocateByResidentsInput } from '@talka/allocation'
 * safeParseAllocateByResidentsInput({ year: 2021, totl: '1' }).success // false
 * ```
 */
export const safeParseAllocateByResidentsInput = /* @__PURE__ */ (() => byResidentsParser.safeParse)()
