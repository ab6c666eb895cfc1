import { version } from '../package.json'

/**
 * The version of `@talka/calls` in use (the call document itself is versioned by its schema id, call.v1).
 *
 * @example
 * ```ts
 * import { CALLS_VERSION } from '@talka/calls'
 * console.log(CALLS_VERSION) // e.g. '0.1.0'
 * ```
 */
export const CALLS_VERSION: string = version
