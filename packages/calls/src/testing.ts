/**
 * Test fixtures for packages that build calls in their tests. Import from `@talka/calls/testing`.
 *
 * @packageDocumentation
 */
import type { Localized } from '@talka/core'
import type { Envelope } from './call-types.js'

/**
 * One eldership envelope of a call's budget, from its id, name, and amounts `[amount, minPerProject,
 * maxPerProject]`; `extra` adds the optional fields (`activityAreas`, `ref`). Tests of several packages
 * build envelopes, so the literal is written once.
 *
 * @example
 * ```ts
 * import { envelopeOf } from '@talka/calls/testing'
 * const dotnuva = envelopeOf('dotnuva', { lt: 'Dotnuvos seniūnija', en: 'Dotnuva eldership' },
 *   ['2925.00', '200.00', '2000.00'], { ref: { point: '12.1' } })
 * ```
 */
export function envelopeOf(
  id: string,
  name: Localized,
  [amount, minPerProject, maxPerProject]: readonly [string, string, string],
  extra: Pick<Envelope, 'activityAreas' | 'ref'> = {},
): Envelope {
  return { id, name, amount, minPerProject, maxPerProject, ...extra }
}
