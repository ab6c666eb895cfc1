import { version } from '../package.json'

/**
 * The version of `@talka/core` in use, as recorded in decisions' `producer` field.
 *
 * @example
 * ```ts
 * import { CORE_VERSION } from '@talka/core'
 * console.log(CORE_VERSION) // e.g. '0.1.0'
 * ```
 */
export const CORE_VERSION: string = version
