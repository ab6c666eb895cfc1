/**
 * A request body of `POST /v1/allocations` that the OpenAPI document shows; the tests send the same
 * body, so the documented example is known to work.
 */

/**
 * Your own declared-residents figures for two municipalities (2021 rule set).
 *
 * @example
 * ```ts
 * import { declaredResidentsExample } from './allocation-examples.js'
 * declaredResidentsExample.residents.kind // 'declared'
 * ```
 */
export const declaredResidentsExample = {
  year: 2021,
  total: '100000',
  residents: {
    kind: 'declared',
    asOf: '2021-01-01',
    source: 'Registrų centras',
    figures: [
      { municipality: 'Jonavos rajono savivaldybė', residents: 41234 },
      { municipality: 'Lazdijų rajono savivaldybė', residents: 18401 },
    ],
  },
} as const
