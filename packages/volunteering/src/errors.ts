import { TalkaError } from '@talka/core'

/**
 * Stable codes of the errors `@talka/volunteering` throws itself (input that fails a schema throws
 * core's `ValidationError`, code `VALIDATION_FAILED`).
 *
 * - `NO_EDITION_IN_FORCE`: the date is before 2011-08-01, when no edition of Law No. XI-1500 was in force.
 *
 * @example
 * ```ts
 * import type { VolunteeringErrorCode } from '@talka/volunteering'
 * const code: VolunteeringErrorCode = 'NO_EDITION_IN_FORCE'
 * ```
 */
export type VolunteeringErrorCode = 'NO_EDITION_IN_FORCE'

/**
 * The typed error of `@talka/volunteering`; `code` is one of {@link VolunteeringErrorCode} and
 * `details` is JSON.
 *
 * @example
 * ```ts
 * import { lawEdition, VolunteeringError } from '@talka/volunteering'
 * try {
 *   lawEdition('2011-07-31')
 * } catch (e) {
 *   if (e instanceof VolunteeringError) console.log(e.code) // 'NO_EDITION_IN_FORCE'
 * }
 * ```
 */
export class VolunteeringError extends TalkaError<VolunteeringErrorCode> {}
