import { type LegalRef, type ParameterDefinition, ParameterStore } from '@talka/core'

/** One looked-up value of a parameter. */
export interface LookupRow {
  readonly asOf: string
  readonly value: unknown
  readonly ref: LegalRef
}

/**
 * Looks a parameter up in a `ParameterStore` on the first day of each span of its timeline: the
 * worked example of every parameter page (the build runs it; the test runs it too).
 *
 * @example
 * ```ts
 * lookUpOnStartDates(allocationParameters, 'allocation.community-measure.total')
 * // [{ asOf: '2021-01-01', value: '2000000.00', ref: { act: '…', url: '…' } }, …]
 * ```
 */
export function lookUpOnStartDates(parameters: Iterable<ParameterDefinition>, id: string): LookupRow[] {
  const store = new ParameterStore(parameters)
  return store.get(id).timeline.entries.map((entry) => {
    const asOf = entry.from.toString()
    const { value, ref } = store.at(id, asOf)
    return { asOf, value, ref }
  })
}
