import { type Call, type CallInput, CallSchema } from '@talka/calls'
import {
  decimal,
  formatCents,
  type Issue,
  type LegalRef,
  type Parsed,
  parseCents,
  type SafeParseResult,
  safeParseWith,
  ValidationError,
} from '@talka/core'
import { z } from 'zod'
import { safeEnsureCall } from './call-input.js'
import { cite } from './cite.js'
import { type BudgetLine, BudgetLineSchema } from './facts.js'

/**
 * Zod schema of the input of {@link checkBudget}: the call (a call.v1 document of `@talka/calls`,
 * whose `costs` hold the cost rules) and the project's budget lines.
 *
 * @example
 * ```ts
 * import { CheckBudgetInputSchema } from '@talka/eligibility'
 * import { calls } from '@talka/calls'
 * CheckBudgetInputSchema.parse({ call: calls['vilnius-2024'], budgetLines: [] })
 * ```
 */
export const CheckBudgetInputSchema = z
  .strictObject({ call: CallSchema, budgetLines: z.array(BudgetLineSchema).max(1000) })
  .meta({ id: 'EligibilityCheckBudgetInput' })

const BudgetLinesSchema = z.array(BudgetLineSchema).max(1000)

/**
 * The verdict on one budget line or cost category: `eligible`; `ineligible` (the call does not fund
 * the category); `over-cap` (the category exceeds a cap of the call and is cut).
 *
 * @example
 * ```ts
 * import type { BudgetLineStatus } from '@talka/eligibility'
 * const status: BudgetLineStatus = 'over-cap'
 * ```
 */
export type BudgetLineStatus = 'eligible' | 'ineligible' | 'over-cap'

/**
 * One budget line with its verdict. For a category cut by a cap, the capped amount is given to the
 * category's lines in the order they are listed (`eligibleAmount`); every line of that category is
 * marked `over-cap`, because the law caps the category, not a particular line.
 *
 * @example
 * ```ts
 * import type { BudgetLineVerdict } from '@talka/eligibility'
 * declare const line: BudgetLineVerdict
 * `${line.category}: ${line.eligibleAmount} of ${line.amount} (${line.status})`
 * ```
 */
export interface BudgetLineVerdict {
  readonly index: number
  readonly category: string
  readonly amount: string
  readonly status: BudgetLineStatus
  readonly eligibleAmount: string
}

/**
 * A cost category with its requested and eligible amounts, its status and, if capped, the cap in
 * EUR as it applies to this budget (and the reference that sets it).
 *
 * @example
 * ```ts
 * import type { BudgetCategoryVerdict } from '@talka/eligibility'
 * declare const c: BudgetCategoryVerdict
 * c.cap // e.g. '200.00' for a 20 % cap on a EUR 1,000.00 grant
 * ```
 */
export interface BudgetCategoryVerdict {
  readonly category: string
  readonly requested: string
  readonly eligible: string
  readonly status: BudgetLineStatus
  readonly cap?: string
  readonly capRef?: LegalRef
}

/**
 * The result of {@link checkBudget}: `pass` when every line is eligible and within the caps, `fail`
 * otherwise; totals in exact money (decimal strings with two decimals).
 *
 * @example
 * ```ts
 * import type { BudgetVerdict } from '@talka/eligibility'
 * declare const v: BudgetVerdict
 * v.eligibleTotal // '1000.00'
 * ```
 */
export interface BudgetVerdict {
  readonly result: 'pass' | 'fail'
  readonly lines: readonly BudgetLineVerdict[]
  readonly categories: readonly BudgetCategoryVerdict[]
  readonly requestedTotal: string
  readonly eligibleTotal: string
  readonly ineligibleTotal: string
  readonly overCapTotal: string
}

// Sums of up to 1,000 lines may pass the kernel's safe-integer range, so budgets add in bigint.
const bigCents = (amount: string): bigint => BigInt(parseCents(amount))

interface Category {
  readonly name: string
  requested: bigint
  eligible: bigint
  status: BudgetLineStatus
  share?: ReturnType<typeof decimal>
  maxAmount?: bigint
  capRef?: LegalRef
  cap?: bigint
}

/**
 * Evaluates budget lines against the cost rules of a call that is already valid (no schema parsing):
 * the shared core of {@link checkBudget} and rule P4. A cap's reference is what the call cites for it.
 */
export function evaluateBudget(call: Call, budgetLines: readonly BudgetLine[]): BudgetVerdict {
  const costs = call.costs
  const ineligible = new Set(costs?.ineligibleCategories ?? [])
  const allowed = costs?.eligibleCategories ? new Set(costs.eligibleCategories) : undefined
  const capOf = new Map((costs?.caps ?? []).map((cap) => [cap.category, cap]))
  const categories = new Map<string, Category>()
  let requestedTotal = 0n
  for (const line of budgetLines) {
    const cents = bigCents(line.amount)
    requestedTotal += cents
    let category = categories.get(line.category)
    if (!category) {
      const isIneligible =
        ineligible.has(line.category) || (allowed !== undefined && !allowed.has(line.category))
      category = {
        name: line.category,
        requested: 0n,
        eligible: 0n,
        status: isIneligible ? 'ineligible' : 'eligible',
      }
      const cap = capOf.get(line.category)
      if (cap && !isIneligible) {
        if (cap.maxShare !== undefined) category.share = decimal(cap.maxShare)
        if (cap.maxAmount !== undefined) category.maxAmount = bigCents(cap.maxAmount)
        category.capRef = cite(call, 'costs', { category: cap.category })
      }
      categories.set(line.category, category)
    }
    category.requested += cents
  }

  // Absolute caps first; then shares of the grant, where the grant is the eligible total itself.
  let fixed = 0n
  const shared: Category[] = []
  for (const category of categories.values()) {
    if (category.status === 'ineligible') continue
    category.eligible =
      category.maxAmount !== undefined && category.requested > category.maxAmount
        ? category.maxAmount
        : category.requested
    if (category.share) shared.push(category)
    else fixed += category.eligible
  }
  if (shared.length > 0) capShares(fixed, shared)

  let eligibleTotal = 0n
  let ineligibleTotal = 0n
  for (const category of categories.values()) {
    if (category.status === 'ineligible') {
      ineligibleTotal += category.requested
      continue
    }
    eligibleTotal += category.eligible
    if (category.eligible < category.requested) category.status = 'over-cap'
  }
  for (const category of shared) {
    const byShare = floorCents(category.share!.times(eligibleTotal.toString()))
    category.cap =
      category.maxAmount !== undefined && category.maxAmount < byShare ? category.maxAmount : byShare
  }
  for (const category of categories.values()) {
    if (category.cap === undefined && category.maxAmount !== undefined) category.cap = category.maxAmount
  }

  const remaining = new Map<string, bigint>()
  const lines: BudgetLineVerdict[] = budgetLines.map((line, index) => {
    const category = categories.get(line.category) as Category
    const cents = bigCents(line.amount)
    let eligibleCents = 0n
    if (category.status !== 'ineligible') {
      const left = remaining.get(line.category) ?? category.eligible
      // bigint: Math.min does not apply.
      eligibleCents = cents
      if (left < cents) eligibleCents = left
      remaining.set(line.category, left - eligibleCents)
    }
    return {
      index,
      category: line.category,
      amount: formatCents(cents),
      status: category.status,
      eligibleAmount: formatCents(eligibleCents),
    }
  })

  const summaries: BudgetCategoryVerdict[] = [...categories.values()].map((c) => ({
    category: c.name,
    requested: formatCents(c.requested),
    eligible: formatCents(c.status === 'ineligible' ? 0n : c.eligible),
    status: c.status,
    ...(c.cap !== undefined ? { cap: formatCents(c.cap) } : {}),
    ...(c.capRef ? { capRef: c.capRef } : {}),
  }))
  const overCapTotal = requestedTotal - ineligibleTotal - eligibleTotal
  return {
    result:
      ineligibleTotal === 0n && overCapTotal === 0n && summaries.every((c) => c.status === 'eligible')
        ? 'pass'
        : 'fail',
    lines,
    categories: summaries,
    requestedTotal: formatCents(requestedTotal),
    eligibleTotal: formatCents(eligibleTotal),
    ineligibleTotal: formatCents(ineligibleTotal),
    overCapTotal: formatCents(overCapTotal),
  }
}

function floorCents(value: ReturnType<typeof decimal>): bigint {
  return BigInt(value.floor().toFixed(0))
}

/**
 * Caps categories at a share of the grant G, where G = fixed + Σ capped amounts: the largest amounts
 * x_c ≤ requested_c with x_c ≤ share_c × G. Categories whose cap binds are found by growing the
 * binding set (G only falls as it grows, so a binding category stays binding); then x_c = ⌊share_c × G⌋
 * in whole cents, lowered cent by cent if rounding the others down left x_c above its share.
 */
function capShares(fixed: bigint, shared: Category[]): void {
  const binding = new Set<Category>()
  let grant = decimal(0)
  for (;;) {
    let free = decimal(fixed.toString())
    let share = decimal(0)
    for (const c of shared) {
      if (binding.has(c)) share = share.plus(c.share!)
      else free = free.plus(c.eligible.toString())
    }
    grant = free.div(decimal(1).minus(share))
    const added = shared.filter(
      (c) => !binding.has(c) && decimal(c.eligible.toString()).greaterThan(c.share!.times(grant)),
    )
    if (added.length === 0) break
    for (const c of added) binding.add(c)
  }
  for (const c of binding) c.eligible = floorCents(c.share!.times(grant))
  for (let changed = true; changed; ) {
    changed = false
    const total = shared.reduce((sum, c) => sum + c.eligible, fixed)
    for (const c of binding) {
      if (c.eligible > 0n && decimal(c.eligible.toString()).greaterThan(c.share!.times(total.toString()))) {
        c.eligible -= 1n
        changed = true
      }
    }
  }
}

/** The call (validated unless already parsed) and the budget lines, every issue under its path. */
function parseBudgetInput(
  call: unknown,
  budgetLines: unknown,
): SafeParseResult<{ call: Call; budgetLines: BudgetLine[] }, ValidationError> {
  const issues: Issue[] = []
  let total = 0
  const parsedCall = safeEnsureCall(call)
  if (!parsedCall.success) {
    issues.push(...parsedCall.error.issues.map((i) => ({ ...i, path: ['call', ...i.path] })))
    total += parsedCall.error.issueCount
  }
  const lines = safeParseWith(BudgetLinesSchema, budgetLines)
  if (!lines.success) {
    issues.push(...lines.error.issues.map((i) => ({ ...i, path: ['budgetLines', ...i.path] })))
    total += lines.error.issueCount
  }
  if (!parsedCall.success || !lines.success) {
    return { success: false, error: new ValidationError(issues.slice(0, 100), undefined, total) }
  }
  return { success: true, data: { call: parsedCall.data, budgetLines: lines.data } }
}

/**
 * Checks a project budget against a call's cost rules: a verdict per line (eligible, ineligible, or
 * over a cap) and the eligible total in exact money. Caps given as a share of the grant (e.g. the
 * standard model 2017–2019: long-term tangible assets at most 20 % of the grant) are applied to the
 * resulting eligible total, so the capped category never exceeds its share of the money actually
 * granted; amounts are rounded down to whole cents. The call is a call.v1 document of `@talka/calls`
 * (JSON, or `Parsed<Call>` from `parseCall`, which is not validated again). Throws core's
 * `ValidationError` on bad input, with paths under `call` or `budgetLines`.
 *
 * @example
 * ```ts
 * import { checkBudget } from '@talka/eligibility'
 * import { calls } from '@talka/calls'
 * const v = checkBudget(calls['kaunas-district-2018-akademija'], [
 *   { category: 'events', amount: '800.00' },
 *   { category: 'long-term-tangible-assets', amount: '400.00' },
 * ])
 * v.eligibleTotal // '1000.00': the assets are cut to 200.00, 20 % of the 1,000.00 granted
 * v.lines[1]?.status // 'over-cap'
 * ```
 */
export function checkBudget(
  call: CallInput | Call | Parsed<Call>,
  budgetLines: readonly BudgetLine[],
): BudgetVerdict {
  const input = parseBudgetInput(call, budgetLines)
  if (!input.success) throw input.error
  return evaluateBudget(input.data.call, input.data.budgetLines)
}

/**
 * Like {@link checkBudget}, returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeCheckBudget } from '@talka/eligibility'
 * import { calls } from '@talka/calls'
 * safeCheckBudget(calls['vilnius-2024'], [{ category: 'x', amount: '1,5' }]).success // false
 * ```
 */
export function safeCheckBudget(
  call: unknown,
  budgetLines: unknown,
): SafeParseResult<BudgetVerdict, ValidationError> {
  const input = parseBudgetInput(call, budgetLines)
  return input.success
    ? { success: true, data: evaluateBudget(input.data.call, input.data.budgetLines) }
    : input
}
