import { version } from '../package.json'

/**
 * The version of `@talka/eligibility` in use, as recorded in every verdict's `producer` field.
 *
 * @example
 * ```ts
 * import { ELIGIBILITY_VERSION } from '@talka/eligibility'
 * console.log(ELIGIBILITY_VERSION) // e.g. '0.1.0'
 * ```
 */
export const ELIGIBILITY_VERSION: string = version
