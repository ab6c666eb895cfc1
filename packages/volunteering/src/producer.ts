import { version } from '../package.json'

/**
 * The producer recorded in every decision of this package (`@talka/volunteering` and its version).
 *
 * @example
 * ```ts
 * import { VOLUNTEERING_PRODUCER } from '@talka/volunteering'
 * VOLUNTEERING_PRODUCER.package // '@talka/volunteering'
 * ```
 */
export const VOLUNTEERING_PRODUCER: { readonly package: string; readonly version: string } = {
  package: '@talka/volunteering',
  version,
}
