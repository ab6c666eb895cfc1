import { version } from '../package.json'

/**
 * The version of `@talka/allocation` in use, as recorded in certificates and decisions.
 *
 * @example
 * ```ts
 * import { ALLOCATION_VERSION } from '@talka/allocation'
 * console.log(ALLOCATION_VERSION) // e.g. '0.1.0'
 * ```
 */
export const ALLOCATION_VERSION: string = version

/** The producer of trace.v1 decisions and certificates made by this package. */
export const PRODUCER = { package: '@talka/allocation', version } as const
