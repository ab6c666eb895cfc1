import { type SafeParseResult, toSafeParse } from '@talka/core'
import { type AllocateInput, type AllocationMethod, normalizeAllocateInput } from './allocate-input.js'
import { type AllocationCertificate, buildCertificate } from './certificate.js'
import { formatUnits, formatUnitsNumber } from './decimal-units.js'
import type { AllocationError } from './errors.js'
import { largestRemainder } from './largest-remainder.js'

/**
 * One recipient's share, in input order.
 *
 * @example
 * ```ts
 * import type { AllocationShare } from '@talka/allocation'
 * const share: AllocationShare = { id: 'Darbėnų', amount: '2783', extraUnit: false, minimumApplied: false }
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
}

/**
 * The result of {@link allocate}. `certificate` is computed the first time it is read (it costs a
 * sort and a hash; the shares alone do not), then kept; the result serialises to JSON with it.
 *
 * @example
 * ```ts
 * import { allocate } from '@talka/allocation'
 * const r = allocate({ total: '10', unit: '1', recipients: [{ id: 'a', weight: 6 }, { id: 'b', weight: 6 }, { id: 'c', weight: 2 }] })
 * r.shares.map((s) => s.amount) // ['4', '4', '2']
 * r.certificate.sum.equal // true
 * ```
 */
export interface AllocationResult {
  /** The total as a decimal string with the unit's decimals. */
  readonly total: string
  readonly unit: string
  readonly method: AllocationMethod
  readonly shares: readonly AllocationShare[]
  readonly certificate: AllocationCertificate
}

/**
 * Splits `total` among `recipients` in proportion to their weights by the largest-remainder
 * (Hamilton) method, in whole `unit`s, after an optional equal `fixed` part each and respecting an
 * optional `minimum`. Quotas are exact bigint fractions; the amounts always sum to `total`. Leftover
 * units go to the largest remainders; equal remainders go to the larger weight, then to the id first
 * in code-point order, never by position (or, with `ties: 'error'`, the call fails with
 * `UNRESOLVED_TIE`). Throws {@link AllocationError} for impossible inputs.
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
 * result.shares[0] // { id: 'Darbėnų', amount: '2783', extraUnit: false, minimumApplied: false }
 * result.certificate.inputsHash.value // SHA-256 of the canonical inputs
 * ```
 */
export function allocate(input: AllocateInput): AllocationResult {
  const normalized = normalizeAllocateInput(input)
  const kernel = largestRemainder(normalized)
  const { unit, ids } = normalized
  const n = ids.length
  const shares = new Array<AllocationShare>(n)
  const { extraUnit, minimumApplied } = kernel
  if (kernel.mode === 'number') {
    const units = kernel.units
    for (let i = 0; i < n; i++) {
      shares[i] = {
        id: ids[i]!,
        amount: formatUnitsNumber(units[i]!, unit),
        extraUnit: extraUnit[i] === 1,
        minimumApplied: minimumApplied[i] === 1,
      }
    }
  } else {
    const units = kernel.units
    for (let i = 0; i < n; i++) {
      shares[i] = {
        id: ids[i]!,
        amount: formatUnits(units[i]!, unit),
        extraUnit: extraUnit[i] === 1,
        minimumApplied: minimumApplied[i] === 1,
      }
    }
  }
  let certificate: AllocationCertificate | undefined
  const result = {
    total: formatUnits(normalized.totalUnits, unit),
    unit: unit.text,
    method: normalized.method,
    shares,
  }
  return Object.defineProperty(result, 'certificate', {
    enumerable: true,
    configurable: false,
    get: () => {
      certificate ??= buildCertificate(normalized, kernel)
      return certificate
    },
  }) as typeof result & { readonly certificate: AllocationCertificate }
}

/**
 * Like {@link allocate}, returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeAllocate } from '@talka/allocation'
 * const r = safeAllocate({ total: '100', unit: '1', recipients: [{ id: 'a', weight: 0 }] })
 * if (!r.success) r.error.code // 'ALL_WEIGHTS_ZERO'
 * ```
 */
export const safeAllocate: (input: AllocateInput) => SafeParseResult<AllocationResult, AllocationError> =
  toSafeParse(allocate)
