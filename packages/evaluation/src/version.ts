import { version } from '../package.json'

/**
 * The version of `@talka/evaluation` in use, as recorded in the ranking trace's `producer` field.
 *
 * @example
 * ```ts
 * import { EVALUATION_VERSION } from '@talka/evaluation'
 * console.log(EVALUATION_VERSION) // e.g. '0.1.0'
 * ```
 */
export const EVALUATION_VERSION: string = version
