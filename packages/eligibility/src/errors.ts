import { TalkaError } from '@talka/core'

/**
 * Stable machine-readable codes of the errors that `@talka/eligibility` throws besides
 * `VALIDATION_FAILED` (core's `ValidationError`, for invalid facts, options or calls). They never
 * change within a major version.
 *
 * - `UNKNOWN_RULE_SET`: no rule set has the given id (`details.ruleSet`, `details.known`).
 * - `NO_RULE_SET_VERSION`: the rule set exists, but none of its versions is valid on `asOf`
 *   (`details.asOf`, `details.versions`).
 *
 * @example
 * ```ts
 * import type { EligibilityErrorCode } from '@talka/eligibility'
 * const code: EligibilityErrorCode = 'NO_RULE_SET_VERSION'
 * ```
 */
export type EligibilityErrorCode = 'UNKNOWN_RULE_SET' | 'NO_RULE_SET_VERSION'

/**
 * The typed error of `@talka/eligibility`: `code` is one of {@link EligibilityErrorCode} and
 * `details` is plain JSON for an API problem document.
 *
 * @example
 * ```ts
 * import { checkEligibility, EligibilityError } from '@talka/eligibility'
 * try {
 *   checkEligibility('ngo-fund-2023/applicant', {}, { asOf: '2019-01-01' })
 * } catch (e) {
 *   if (e instanceof EligibilityError) console.log(e.code) // 'NO_RULE_SET_VERSION'
 * }
 * ```
 */
export class EligibilityError extends TalkaError<EligibilityErrorCode> {}
