/**
 * Fixtures shared by the calls tests (one copy instead of one per test file).
 */

/**
 * A made-up 2025 call of the standard model with only the required fields, plus `extra` (which
 * replaces any of them).
 *
 * @example
 * ```ts
 * import { madeUpCall } from '../test/support.js'
 * madeUpCall({ model: 'pilot' })
 * ```
 */
export const madeUpCall = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'pavyzdziai-2025',
  name: { lt: 'Pavyzdžių kvietimas', en: 'Example call' },
  municipality: { name: 'Pavyzdžių rajono savivaldybė' },
  year: 2025,
  model: 'standard',
  ref: { act: 'Pavyzdžių r. sav. aprašas', url: 'https://e-tar.lt/portal/lt/legalAct/example' },
  ...extra,
})
