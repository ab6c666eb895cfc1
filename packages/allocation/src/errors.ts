import { TalkaError } from '@talka/core'

/**
 * Stable machine-readable codes of the errors that `@talka/allocation` throws. They never change
 * within a major version, so integrators and the HTTP API may switch on them.
 *
 * Input problems are found by the input schemas and thrown as core's `ValidationError`; each issue's
 * `code` is one of these codes for the rules beyond the shape (`allocationCodeOfIssue` names the
 * code of any issue). `allocate` itself throws {@link AllocationError} only for `UNRESOLVED_TIE`.
 *
 * - `INVALID_INPUT`: the input is not of the documented shape (details list every issue).
 * - `INVALID_AMOUNT`: `total`, `fixed`, `minimum` or a published amount is not a non-negative decimal string.
 * - `INVALID_UNIT`: `unit` is not a positive decimal string.
 * - `INVALID_WEIGHT`: a weight is negative, fractional, unsafe as a number, or not a digit string.
 * - `INVALID_ID`: a recipient id is not a non-empty string.
 * - `DUPLICATE_ID`: two recipients share an id.
 * - `NO_RECIPIENTS`: the recipient list is empty.
 * - `NOT_MULTIPLE_OF_UNIT`: `total`, `fixed` or `minimum` is not a whole number of units.
 * - `FIXED_EXCEEDS_TOTAL`: the fixed parts (fixed × recipients) exceed the total.
 * - `MINIMUM_EXCEEDS_TOTAL`: the minimums alone (minimum × recipients) exceed the total.
 * - `ALL_WEIGHTS_ZERO`: every weight is zero, so there is nothing to split by.
 * - `CAP_BELOW_MINIMUM`: a recipient's cap is below the minimum or the fixed part (min > max).
 * - `CAPS_BELOW_TOTAL`: the caps together cannot hold the total (zero weights stay at their floor).
 * - `UNRESOLVED_TIE`: `ties: 'error'` and equal remainders compete for the last units.
 * - `UNKNOWN_METHOD`: a method other than the ones this version implements.
 * - `PARAMETER_MISSING`: no parameter value (budget, rule) in force for the requested year.
 * - `RESIDENTS_MISSING`: no resident figure for a requested municipality.
 * - `TAXPAYERS_MISSING`: a year allocated by income tax payers (2017–2019) and no figures supplied
 *   (`details.message` has the lt/en text), or no figure for a requested municipality.
 * - `WRONG_BASIS`: the year's funds are allocated by another basis than the function's (residents
 *   vs. income tax payers); `details.basis` names it and `details.message` has the lt/en text.
 *
 * @example
 * ```ts
 * import { allocate, type AllocationErrorCode } from '@talka/allocation'
 * try { allocate({ total: '10', unit: '1', ties: 'error', recipients: [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }, { id: 'c', weight: 1 }] }) }
 * catch (e) { const code = (e as { code: AllocationErrorCode }).code } // 'UNRESOLVED_TIE'
 * ```
 */
export type AllocationErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_AMOUNT'
  | 'INVALID_UNIT'
  | 'INVALID_WEIGHT'
  | 'INVALID_ID'
  | 'DUPLICATE_ID'
  | 'NO_RECIPIENTS'
  | 'NOT_MULTIPLE_OF_UNIT'
  | 'FIXED_EXCEEDS_TOTAL'
  | 'MINIMUM_EXCEEDS_TOTAL'
  | 'ALL_WEIGHTS_ZERO'
  | 'CAP_BELOW_MINIMUM'
  | 'CAPS_BELOW_TOTAL'
  | 'UNRESOLVED_TIE'
  | 'UNKNOWN_METHOD'
  | 'PARAMETER_MISSING'
  | 'RESIDENTS_MISSING'
  | 'TAXPAYERS_MISSING'
  | 'WRONG_BASIS'

/**
 * All {@link AllocationErrorCode}s, for documentation and exhaustive tests.
 *
 * @example
 * ```ts
 * import { ALLOCATION_ERROR_CODES } from '@talka/allocation'
 * ALLOCATION_ERROR_CODES.includes('DUPLICATE_ID') // true
 * ```
 */
export const ALLOCATION_ERROR_CODES: readonly AllocationErrorCode[] = [
  'INVALID_INPUT',
  'INVALID_AMOUNT',
  'INVALID_UNIT',
  'INVALID_WEIGHT',
  'INVALID_ID',
  'DUPLICATE_ID',
  'NO_RECIPIENTS',
  'NOT_MULTIPLE_OF_UNIT',
  'FIXED_EXCEEDS_TOTAL',
  'MINIMUM_EXCEEDS_TOTAL',
  'ALL_WEIGHTS_ZERO',
  'CAP_BELOW_MINIMUM',
  'CAPS_BELOW_TOTAL',
  'UNRESOLVED_TIE',
  'UNKNOWN_METHOD',
  'PARAMETER_MISSING',
  'RESIDENTS_MISSING',
  'TAXPAYERS_MISSING',
  'WRONG_BASIS',
]

/**
 * The typed error of `@talka/allocation`: a {@link TalkaError} whose `code` is an
 * {@link AllocationErrorCode} and whose `details` are plain JSON (the offending field, values, ids).
 * Impossible inputs never surface as a `TypeError`.
 *
 * @example
 * ```ts
 * import { allocate, AllocationError } from '@talka/allocation'
 * try {
 *   allocate({ total: '10', unit: '1', ties: 'error', recipients: [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }, { id: 'c', weight: 1 }] })
 * } catch (e) {
 *   if (e instanceof AllocationError) console.log(e.code, e.details) // 'UNRESOLVED_TIE' { ids: ['a', 'b', 'c'], units: 1 }
 * }
 * ```
 */
export class AllocationError extends TalkaError<AllocationErrorCode> {}
