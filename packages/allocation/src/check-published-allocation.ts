import {
  AmountSchema,
  formatAmount,
  formatFixed,
  type Lang,
  type Parsed,
  parseScaledDecimal,
  pow10,
  renderMessage,
  type SafeParseResult,
  type ScaledDecimal,
  toSafeParse,
  type ValidationError,
} from '@talka/core'
import { z } from 'zod'
import { normalize, refineAllocation, type Weight, WeightSchema } from './allocate-input.js'
import type { AllocationError } from './errors.js'
import { largestRemainder, toBigKernel } from './largest-remainder.js'
import { allocationMessages } from './messages.js'
import { typedParser } from './typed-parser.js'

/**
 * The methods a published table is compared with: largest remainder (sums to the total), round
 * half up and floor (each quota rounded on its own; the sum may miss the total).
 *
 * @example
 * ```ts
 * import type { ComparisonMethod } from '@talka/allocation'
 * const m: ComparisonMethod = 'round-half-up'
 * ```
 */
export type ComparisonMethod = 'largest-remainder' | 'round-half-up' | 'floor'

/**
 * One row of a published allocation table: who, its weight, the amount published.
 *
 * @example
 * ```ts
 * import type { PublishedRow } from '@talka/allocation'
 * const row: PublishedRow = { id: 'Skuodo seniūnija', weight: 2666, amount: '1653' }
 * ```
 */
export interface PublishedRow {
  readonly id: string
  readonly weight: Weight
  readonly amount: string
}

/**
 * Input of {@link checkPublishedAllocation}. `unit` defaults to the finest unit the published amounts
 * use (`'0.01'` if any has cents, else `'1'`); `fixed` and `minimum` describe the rule the table
 * claims to follow, if known.
 *
 * @example
 * ```ts
 * import type { CheckPublishedAllocationInput } from '@talka/allocation'
 * const input: CheckPublishedAllocationInput = { total: '11538', rows: [{ id: 'Skuodo m.', weight: 5728, amount: '3745' }] }
 * ```
 */
export interface CheckPublishedAllocationInput {
  readonly total: string
  readonly unit?: string | undefined
  readonly fixed?: string | undefined
  readonly minimum?: string | undefined
  readonly rows: readonly PublishedRow[]
}

/**
 * Zod schema of {@link CheckPublishedAllocationInput}.
 *
 * @example
 * ```ts
 * import { CheckPublishedAllocationInputSchema } from '@talka/allocation'
 * CheckPublishedAllocationInputSchema.safeParse({ total: '10', rows: [] }).success // false
 * ```
 */
export const CheckPublishedAllocationInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      total: AmountSchema(),
      unit: AmountSchema({ positive: true }).optional(),
      fixed: AmountSchema().optional(),
      minimum: AmountSchema().optional(),
      rows: z
        .array(
          z.strictObject({
            id: z.string().min(1),
            weight: WeightSchema,
            amount: AmountSchema().meta({
              description: 'The published amount as a decimal string',
            }),
          }),
        )
        .min(1),
    })
    .superRefine((input, ctx) =>
      refineAllocation(
        { ...input, unit: input.unit ?? inferUnit(input.rows), recipients: input.rows },
        ctx,
        'rows',
      ),
    ))()

const checkParser = /* @__PURE__ */ typedParser<CheckPublishedAllocationInput>(
  CheckPublishedAllocationInputSchema,
)

/** The finest unit the published amounts use: '0.01' if any has cents, '0.1' for tenths, else '1'. */
function inferUnit(rows: readonly { readonly amount: string }[]): string {
  let scale = 0
  for (const row of rows) {
    const dot = row.amount.indexOf('.')
    if (dot >= 0) {
      const decimals = row.amount.replace(/0+$/, '').length - dot - 1
      if (decimals > scale) scale = decimals
    }
  }
  return formatFixed(1n, scale)
}

/**
 * Validates a published-check input once; the result, passed to {@link checkPublishedAllocation}, is
 * not validated again. Throws core's `ValidationError`.
 *
 * @example
 * ```ts
 * import { parseCheckPublishedAllocationInput } from '@talka/allocation'
 * parseCheckPublishedAllocationInput({ total: '10', rows: [{ id: 'a', weight: 1, amount: '10' }] }).total // '10'
 * ```
 */
export const parseCheckPublishedAllocationInput = /* @__PURE__ */ (() => checkParser.parse)()

/**
 * Like {@link parseCheckPublishedAllocationInput}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseCheckPublishedAllocationInput } from '@talka/allocation'
 * safeParseCheckPublishedAllocationInput({ total: '10', rows: [] }).success // false
 * ```
 */
export const safeParseCheckPublishedAllocationInput = /* @__PURE__ */ (() => checkParser.safeParse)()

/**
 * A row where a method's amount differs from the published one (`difference = published − computed`).
 *
 * @example
 * ```ts
 * import type { RowDifference } from '@talka/allocation'
 * const d: RowDifference = { id: 'Skuodo seniūnija', published: '1653', computed: '1743', difference: '-90' }
 * ```
 */
export interface RowDifference {
  readonly id: string
  readonly published: string
  readonly computed: string
  readonly difference: string
}

/**
 * How one method compares with the published table.
 *
 * @example
 * ```ts
 * import type { MethodComparison } from '@talka/allocation'
 * declare const m: MethodComparison
 * `${m.method}: ${m.matchingRows} rows match, Σ|Δ| = ${m.totalAbsoluteDifference}`
 * ```
 */
export interface MethodComparison {
  readonly method: ComparisonMethod
  /** The method's amounts, in row order. */
  readonly amounts: readonly string[]
  /** Sum of the method's amounts (largest remainder always equals the total). */
  readonly sum: string
  readonly matchingRows: number
  readonly differingRows: readonly RowDifference[]
  readonly totalAbsoluteDifference: string
  readonly maxAbsoluteDifference: string
}

/**
 * A finding of the check, with its message in both languages.
 *
 * @example
 * ```ts
 * import type { CheckFinding } from '@talka/allocation'
 * declare const f: CheckFinding
 * f.code === 'SUM_MISMATCH' && console.log(f.message.en)
 * ```
 */
export interface CheckFinding {
  readonly code: 'SUM_OK' | 'SUM_MISMATCH' | 'ROWS_MATCH' | 'ROWS_DIFFER' | 'REPRODUCED' | 'NOT_REPRODUCED'
  readonly key: string
  readonly params: Readonly<Record<string, string | number>>
  readonly message: { readonly lt: string; readonly en: string }
}

/**
 * The report of {@link checkPublishedAllocation}.
 *
 * @example
 * ```ts
 * import type { PublishedAllocationCheck } from '@talka/allocation'
 * declare const r: PublishedAllocationCheck
 * r.sumMatches || console.log(`published ${r.publishedSum} ≠ ${r.total}`)
 * ```
 */
export interface PublishedAllocationCheck {
  readonly total: string
  readonly unit: { readonly value: string; readonly inferred: boolean }
  readonly publishedSum: string
  readonly sumMatches: boolean
  /** `publishedSum − total`. */
  readonly sumDifference: string
  /** Rows whose published amount differs from the largest-remainder result, and by how much. */
  readonly differences: readonly RowDifference[]
  /** Largest remainder, round half up and floor, in that order. */
  readonly methods: readonly MethodComparison[]
  /** The method(s) that explain the table best: most matching rows, then least total and largest difference. */
  readonly closest: {
    readonly methods: readonly ComparisonMethod[]
    readonly exact: boolean
    readonly matchingRows: number
    readonly totalAbsoluteDifference: string
    readonly maxAbsoluteDifference: string
  }
  readonly findings: readonly CheckFinding[]
}

function finding(
  code: CheckFinding['code'],
  key: string,
  params: Record<string, string | number>,
  localized?: (lang: Lang) => Record<string, string>,
): CheckFinding {
  return {
    code,
    key,
    params,
    message: {
      lt: renderMessage(allocationMessages, key, { ...params, ...localized?.('lt') }, 'lt'),
      en: renderMessage(allocationMessages, key, { ...params, ...localized?.('en') }, 'en'),
    },
  }
}

const METHOD_NAMES: Record<ComparisonMethod, { readonly lt: string; readonly en: string }> = {
  'largest-remainder': { lt: 'didžiausių liekanų metodas', en: 'largest remainder' },
  'round-half-up': { lt: 'apvalinimas pusės aukštyn', en: 'round half up' },
  floor: { lt: 'apvalinimas žemyn', en: 'floor' },
}

/**
 * Checks a published allocation table (amount per recipient and their weights): whether it sums to
 * the total, which rows differ from the largest-remainder result and by how much, and which of
 * largest remainder, round half up and floor explains it best (all computed with exact quotas, with
 * the `fixed` and `minimum` rule if given). Throws {@link AllocationError} for impossible input.
 *
 * @example
 * ```ts
 * import { checkPublishedAllocation } from '@talka/allocation'
 * const report = checkPublishedAllocation({
 *   total: '11538',
 *   rows: [
 *     { id: 'Skuodo miesto', weight: 5728, amount: '3745' }, { id: 'Skuodo', weight: 2666, amount: '1653' },
 *     { id: 'Ylakių', weight: 2529, amount: '1653' }, { id: 'Mosėdžio', weight: 2101, amount: '1374' },
 *     { id: 'Aleksandrijos', weight: 1325, amount: '866' }, { id: 'Šačių', weight: 926, amount: '605' },
 *     { id: 'Notėnų', weight: 811, amount: '530' }, { id: 'Lenkimų', weight: 801, amount: '523' },
 *     { id: 'Barstyčių', weight: 761, amount: '500' },
 *   ],
 * })
 * report.publishedSum // '11449'
 * report.differences.map((d) => `${d.id} ${d.difference}`) // ['Skuodo -90', 'Lenkimų -1', 'Barstyčių 2']
 * ```
 */
export function checkPublishedAllocation(
  input: CheckPublishedAllocationInput | Parsed<CheckPublishedAllocationInput>,
): PublishedAllocationCheck {
  const parsed = checkParser.ensure(input) as CheckPublishedAllocationInput
  const rows = parsed.rows
  const published = rows.map((row) => parseScaledDecimal(row.amount) as ScaledDecimal)
  const inferred = parsed.unit === undefined
  const unitText = parsed.unit ?? inferUnit(rows)
  const normalized = normalize({
    total: parsed.total,
    unit: unitText,
    fixed: parsed.fixed,
    minimum: parsed.minimum,
    recipients: rows,
  })
  const { unit, ids } = normalized
  const totalUnits = BigInt(normalized.totalUnits)
  const fixedUnits = BigInt(normalized.fixedUnits)
  // Everything at one scale: the finer of the unit's and the published amounts'.
  const scale = Math.max(unit.scale, ...published.map((p) => p.scale))
  const atScale = (units: bigint) => units * unit.step * pow10(scale - unit.scale)
  const publishedAt = published.map((p) => p.coefficient * pow10(scale - p.scale))
  const text = (value: bigint) => formatFixed(value, scale)
  const totalAt = atScale(totalUnits)

  const kernel = toBigKernel(largestRemainder({ ...normalized, ties: 'resolve' }))
  const W = kernel.weightSum
  const byMethod: Record<ComparisonMethod, readonly bigint[]> = {
    'largest-remainder': kernel.units,
    'round-half-up': kernel.units.map((u, i) =>
      kernel.minimumApplied[i]
        ? u
        : fixedUnits + kernel.floors[i]! + (2n * kernel.remainders[i]! >= W ? 1n : 0n),
    ),
    floor: kernel.units.map((u, i) => (kernel.minimumApplied[i] ? u : fixedUnits + kernel.floors[i]!)),
  }

  const scored = (['largest-remainder', 'round-half-up', 'floor'] as const).map((method) => {
    const computed = byMethod[method].map(atScale)
    const differingRows: RowDifference[] = []
    let totalAbs = 0n
    let maxAbs = 0n
    let sum = 0n
    computed.forEach((value, i) => {
      sum += value
      const delta = publishedAt[i]! - value
      const abs = delta < 0n ? -delta : delta
      totalAbs += abs
      if (abs > maxAbs) maxAbs = abs
      if (delta !== 0n) {
        differingRows.push({
          id: ids[i]!,
          published: text(publishedAt[i]!),
          computed: text(value),
          difference: text(delta),
        })
      }
    })
    const comparison: MethodComparison = {
      method,
      amounts: computed.map(text),
      sum: text(sum),
      matchingRows: ids.length - differingRows.length,
      differingRows,
      totalAbsoluteDifference: text(totalAbs),
      maxAbsoluteDifference: text(maxAbs),
    }
    return { comparison, totalAbs, maxAbs }
  })
  type Scored = (typeof scored)[number]
  const better = (a: Scored, b: Scored): number => {
    if (a.comparison.matchingRows !== b.comparison.matchingRows) {
      return b.comparison.matchingRows - a.comparison.matchingRows
    }
    if (a.totalAbs !== b.totalAbs) return a.totalAbs < b.totalAbs ? -1 : 1
    return a.maxAbs === b.maxAbs ? 0 : a.maxAbs < b.maxAbs ? -1 : 1
  }
  const bestScored = [...scored].sort(better)[0]!
  const best = bestScored.comparison
  const closestMethods = scored.filter((m) => better(m, bestScored) === 0).map((m) => m.comparison)
  const clean = scored.map((m) => m.comparison)

  const publishedSum = publishedAt.reduce((a, b) => a + b, 0n)
  const lr = clean[0]!
  const findings: CheckFinding[] = []
  findings.push(
    publishedSum === totalAt
      ? finding('SUM_OK', 'allocation.check.sum-ok', { total: text(totalAt) })
      : finding('SUM_MISMATCH', 'allocation.check.sum-mismatch', {
          published: text(publishedSum),
          total: text(totalAt),
          difference: text(publishedSum - totalAt),
        }),
  )
  findings.push(
    lr.differingRows.length === 0
      ? finding('ROWS_MATCH', 'allocation.check.rows-match', {})
      : finding(
          'ROWS_DIFFER',
          'allocation.check.rows-differ',
          {
            count: lr.differingRows.length,
            rows: lr.differingRows.map((d) => `${d.id} (${d.difference})`).join(', '),
          },
          (lang) => ({
            rows: lr.differingRows.map((d) => `${d.id} (${formatAmount(d.difference, lang)})`).join(', '),
          }),
        ),
  )
  const exact = best.differingRows.length === 0
  const methodNames = (lang: Lang) => ({
    methods: closestMethods.map((m) => METHOD_NAMES[m.method][lang]).join(', '),
  })
  findings.push(
    exact
      ? finding(
          'REPRODUCED',
          'allocation.check.reproduced',
          { methods: closestMethods.map((m) => m.method).join(', ') },
          methodNames,
        )
      : finding(
          'NOT_REPRODUCED',
          'allocation.check.not-reproduced',
          {
            methods: closestMethods.map((m) => m.method).join(', '),
            matching: best.matchingRows,
            count: ids.length,
            difference: best.totalAbsoluteDifference,
            maxDifference: best.maxAbsoluteDifference,
          },
          methodNames,
        ),
  )
  return {
    total: text(totalAt),
    unit: { value: unit.text, inferred },
    publishedSum: text(publishedSum),
    sumMatches: publishedSum === totalAt,
    sumDifference: text(publishedSum - totalAt),
    differences: lr.differingRows.map((d) => ({ ...d })),
    methods: clean,
    closest: {
      methods: closestMethods.map((m) => m.method),
      exact,
      matchingRows: best.matchingRows,
      totalAbsoluteDifference: best.totalAbsoluteDifference,
      maxAbsoluteDifference: best.maxAbsoluteDifference,
    },
    findings,
  }
}

/**
 * Like {@link checkPublishedAllocation}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeCheckPublishedAllocation } from '@talka/allocation'
 * safeCheckPublishedAllocation({ total: '10', rows: [{ id: 'a', weight: 1, amount: 'ten' }] }).success // false
 * ```
 */
export const safeCheckPublishedAllocation: (
  input: CheckPublishedAllocationInput | Parsed<CheckPublishedAllocationInput>,
) => SafeParseResult<PublishedAllocationCheck, AllocationError | ValidationError> =
  /* @__PURE__ */ toSafeParse(checkPublishedAllocation)
