import {
  formatCents,
  formatFixed,
  type Parsed,
  type SafeParseResult,
  toSafeParse,
  type ValidationError,
} from '@talka/core'
import {
  type AllocateInput,
  type AllocationMethod,
  ensureAllocateInput,
  type NormalizedInput,
  normalize,
  type Unit,
} from './allocate-input.js'
import { keepState } from './allocation-state.js'
import type { AllocationError } from './errors.js'
import { largestRemainder } from './largest-remainder.js'

/**
 * One recipient's share, in input order.
 *
 * @example
 * ```ts
 * import type { AllocationShare } from '@talka/allocation'
 * const share: AllocationShare = { id: 'Darbėnų', amount: '2783', extraUnit: false, minimumApplied: false, capApplied: false }
 * ```
 */
export interface AllocationShare {
  readonly id: string
  /** Decimal string with the unit's number of decimals (`'2783'` for unit 1, `'2783.00'` for 0.01). */
  readonly amount: string
  /** Whether the share includes one of the leftover units handed out by largest remainder. */
  readonly extraUnit: boolean
  /** Whether the share was raised to the minimum (and left the proportional split). */
  readonly minimumApplied: boolean
  /** Whether the share was held to the recipient's cap (and left the proportional split). */
  readonly capApplied: boolean
}

/**
 * The result of {@link allocate}: the shares only. The certificate (exact quotas, ranks, ties and the
 * SHA-256 of the inputs) costs a sort and a hash, so it is built when asked for, by `certificateOf`
 * from `@talka/allocation/certificate` (or the main entry); a page that only allocates never loads it.
 *
 * @example
 * ```ts
 * import { allocate } from '@talka/allocation'
 * const r = allocate({ total: '10', unit: '1', recipients: [{ id: 'a', weight: 6 }, { id: 'b', weight: 6 }, { id: 'c', weight: 2 }] })
 * r.shares.map((s) => s.amount) // ['4', '4', '2']
 * ```
 */
export interface AllocationResult {
  /** The total as a decimal string with the unit's decimals. */
  readonly total: string
  readonly unit: string
  readonly method: AllocationMethod
  readonly shares: readonly AllocationShare[]
}

/** `k` units as a decimal string with the unit's decimals (at most 2). @internal */
export function formatUnits(units: number | bigint, unit: Unit): string {
  if (typeof units === 'bigint') return formatFixed(units * unit.step, unit.scale)
  const value = units * unit.stepNumber
  return unit.scale === 2
    ? formatCents(value)
    : unit.scale === 0
      ? String(value)
      : formatFixed(value, unit.scale)
}

/**
 * Splits `total` among `recipients` in proportion to their weights by the largest-remainder
 * (Hamilton) method, in whole `unit`s, after an optional equal `fixed` part each, respecting an
 * optional `minimum` and each recipient's optional `cap` (what a cap keeps back goes to the others by
 * the same rule: water-filling). Quotas are exact fractions; the amounts always sum to `total`.
 * Leftover units go to the largest remainders; equal remainders go to the larger weight, then to the
 * id first in code-point order, never by position (or, with `ties: 'error'`, the call fails with
 * `UNRESOLVED_TIE`).
 *
 * Accepts a raw input (validated once with `AllocateInputSchema`, throwing core's `ValidationError`)
 * or the result of `parseAllocateInput` (not validated again).
 *
 * @example
 * ```ts
 * import { allocate } from '@talka/allocation'
 * const result = allocate({
 *   total: '25957', unit: '1', fixed: '750',
 *   recipients: [
 *     { id: 'Darbėnų', weight: 4216 }, { id: 'Imbarės', weight: 1842 }, { id: 'Kartenos', weight: 1547 },
 *     { id: 'Kretingos miesto', weight: 17698 }, { id: 'Kretingos', weight: 5282 }, { id: 'Kūlupėnų', weight: 1484 },
 *     { id: 'Salantų', weight: 1349 }, { id: 'Vydmantų', weight: 2425 }, { id: 'Žalgirio', weight: 3980 },
 *   ],
 * })
 * result.shares[0] // { id: 'Darbėnų', amount: '2783', extraUnit: false, minimumApplied: false, capApplied: false }
 * ```
 */
export function allocate(input: AllocateInput | Parsed<AllocateInput>): AllocationResult {
  return allocateNormalized(normalize(ensureAllocateInput(input)))
}

/**
 * {@link allocate} on an input already in kernel form: lets the package reuse the normalised form of
 * static data (the embedded residents table) instead of converting it on every call. @internal
 */
export function allocateNormalized(normalized: NormalizedInput): AllocationResult {
  const kernel = largestRemainder(normalized)
  const { unit, ids } = normalized
  const n = ids.length
  const shares = new Array<AllocationShare>(n)
  const { extraUnit, minimumApplied, capApplied, units } = kernel
  // Cents (the default unit) on safe integers: core's formatter directly, without the unit dispatch.
  const cents = kernel.mode === 'number' && unit.scale === 2 && unit.stepNumber === 1
  for (let i = 0; i < n; i++) {
    const u = units[i]!
    shares[i] = {
      id: ids[i]!,
      amount: cents ? formatCents(u as number) : formatUnits(u, unit),
      extraUnit: extraUnit[i] === 1,
      minimumApplied: minimumApplied[i] === 1,
      capApplied: capApplied[i] === 1,
    }
  }
  const result: AllocationResult = {
    total: formatUnits(normalized.totalUnits, unit),
    unit: unit.text,
    method: normalized.method,
    shares,
  }
  keepState(result, { input: normalized, kernel })
  return result
}

/**
 * Like {@link allocate}, returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeAllocate } from '@talka/allocation'
 * const r = safeAllocate({ total: '100', unit: '1', recipients: [{ id: 'a', weight: 0 }] })
 * if (!r.success) r.error.code // 'VALIDATION_FAILED' (issue code 'ALL_WEIGHTS_ZERO')
 * ```
 */
export const safeAllocate: (
  input: AllocateInput | Parsed<AllocateInput>,
) => SafeParseResult<AllocationResult, AllocationError | ValidationError> =
  /* @__PURE__ */ toSafeParse(allocate)
