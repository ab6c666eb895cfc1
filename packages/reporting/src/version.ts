import { version } from '../package.json'

/**
 * The version of `@talka/reporting` in use.
 *
 * @example
 * ```ts
 * import { REPORTING_VERSION } from '@talka/reporting'
 * console.log(REPORTING_VERSION) // e.g. '0.1.0'
 * ```
 */
export const REPORTING_VERSION: string = version
