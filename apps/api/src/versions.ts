import allocationPackage from '@talka/allocation/package.json' with { type: 'json' }
import callsPackage from '@talka/calls/package.json' with { type: 'json' }
import corePackage from '@talka/core/package.json' with { type: 'json' }
import eligibilityPackage from '@talka/eligibility/package.json' with { type: 'json' }
import evaluationPackage from '@talka/evaluation/package.json' with { type: 'json' }
import reportingPackage from '@talka/reporting/package.json' with { type: 'json' }
import volunteeringPackage from '@talka/volunteering/package.json' with { type: 'json' }
import apiPackage from '../package.json' with { type: 'json' }

/**
 * Names of the rule packages whose versions a response can report.
 *
 * @example
 * ```ts
 * import type { RulePackage } from './versions.js'
 * const name: RulePackage = '@talka/allocation'
 * ```
 */
export type RulePackage =
  | '@talka/core'
  | '@talka/allocation'
  | '@talka/eligibility'
  | '@talka/evaluation'
  | '@talka/volunteering'
  | '@talka/reporting'
  | '@talka/calls'

/**
 * The installed version of every rule package, read from their `package.json` files, so that a
 * saved response can be traced to the exact rules that produced it.
 *
 * @example
 * ```ts
 * import { PACKAGE_VERSIONS } from './versions.js'
 * PACKAGE_VERSIONS['@talka/allocation'] // '0.1.0'
 * ```
 */
export const PACKAGE_VERSIONS: Readonly<Record<RulePackage, string>> = {
  '@talka/core': corePackage.version,
  '@talka/allocation': allocationPackage.version,
  '@talka/eligibility': eligibilityPackage.version,
  '@talka/evaluation': evaluationPackage.version,
  '@talka/volunteering': volunteeringPackage.version,
  '@talka/reporting': reportingPackage.version,
  '@talka/calls': callsPackage.version,
}

/**
 * Every rule package, core first: what responses that are not produced by one package (health,
 * catalog, OpenAPI, errors before routing) report.
 *
 * @example
 * ```ts
 * import { ALL_PACKAGES } from './versions.js'
 * ALL_PACKAGES.length // 7
 * ```
 */
export const ALL_PACKAGES: readonly RulePackage[] = Object.keys(PACKAGE_VERSIONS) as RulePackage[]

/**
 * The version of the API app itself (`@talka/api`).
 *
 * @example
 * ```ts
 * import { API_VERSION } from './versions.js'
 * API_VERSION // '0.1.0'
 * ```
 */
export const API_VERSION: string = apiPackage.version

/**
 * The versions of the given packages (core always included), sorted by name, as a record.
 *
 * @example
 * ```ts
 * import { versionsOf } from './versions.js'
 * versionsOf(['@talka/allocation']) // { '@talka/allocation': '0.1.0', '@talka/core': '0.1.0' }
 * ```
 */
export function versionsOf(packages: readonly RulePackage[]): Record<string, string> {
  const names = [...new Set<RulePackage>(['@talka/core', ...packages])].sort()
  return Object.fromEntries(names.map((name) => [name, PACKAGE_VERSIONS[name]]))
}

/**
 * The value of the `Talka-Versions` response header for the given packages:
 * `@talka/allocation@0.1.0, @talka/core@0.1.0`.
 *
 * @example
 * ```ts
 * import { versionsHeader } from './versions.js'
 * versionsHeader(['@talka/allocation']) // '@talka/allocation@0.1.0, @talka/core@0.1.0'
 * ```
 */
export function versionsHeader(packages: readonly RulePackage[]): string {
  return Object.entries(versionsOf(packages))
    .map(([name, version]) => `${name}@${version}`)
    .join(', ')
}
