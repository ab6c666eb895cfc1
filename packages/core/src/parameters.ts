import type { DateInput } from './dates.js'
import { CoreError } from './errors.js'
import type { Localized } from './messages.js'
import { Timeline, type TimelineEntry, type TimelineEntryInput } from './timeline.js'

/**
 * A named, effective-dated parameter of a rule (a yearly budget, a maximum per project, an age
 * limit), in the spirit of OpenFisca's parameter tree: each value dated and sourced.
 *
 * @example
 * ```ts
 * import { defineParameter, type ParameterDefinition } from '@talka/core'
 * const p: ParameterDefinition<string> = defineParameter({
 *   id: 'allocation.community-measure.total', package: '@talka/allocation', unit: 'EUR',
 *   title: { lt: 'Priemonės biudžetas', en: 'Budget of the measure' },
 *   values: [{ from: '2021-01-01', to: '2021-12-31', value: '2000000.00', ref: { act: 'A1-246', url: 'https://e-tar.lt/' } }],
 * })
 * ```
 */
export interface ParameterDefinition<T = unknown> {
  /** Dotted id, stable across versions: `<package>.<programme>.<name>`. */
  readonly id: string
  /** The npm package that owns the parameter. */
  readonly package: string
  readonly title: Localized
  readonly description?: Localized | undefined
  /** Unit of the values, e.g. `EUR`, `residents`, `days`, `hours`, `percent`, `years`. */
  readonly unit?: string | undefined
  /**
   * Readable labels of the code words a value uses (a string value, or the strings of an array value),
   * e.g. `{ 'declared-residents': { lt: 'Deklaravę gyvenamąją vietą gyventojai', en: '…' } }`, so a page
   * or a table shows the label instead of the code. Optional; see {@link ParameterValueLabels}.
   */
  readonly valueLabels?: ParameterValueLabels | undefined
  readonly timeline: Timeline<T>
}

/**
 * Readable labels, in Lithuanian and English, of the code words a parameter's values use.
 *
 * @example
 * ```ts
 * import type { ParameterValueLabels } from '@talka/core'
 * const labels: ParameterValueLabels = { original: { lt: 'Pradinė redakcija', en: 'Original edition' } }
 * ```
 */
export type ParameterValueLabels = Readonly<Record<string, Localized>>

/**
 * Input of {@link defineParameter}: the definition with its values as dated entries.
 *
 * @example
 * ```ts
 * import type { ParameterInput } from '@talka/core'
 * type BudgetInput = ParameterInput<string>
 * ```
 */
export interface ParameterInput<T> extends Omit<ParameterDefinition<T>, 'timeline'> {
  readonly values: readonly TimelineEntryInput<T>[]
  /** Declare that the values must cover their whole span without gaps. */
  readonly continuous?: boolean
}

/**
 * Defines a parameter; validates its timeline (no overlaps; no gaps if `continuous`).
 *
 * @example
 * ```ts
 * import { defineParameter } from '@talka/core'
 * const minAge = defineParameter({
 *   id: 'volunteering.min-age', package: '@talka/volunteering', unit: 'years',
 *   title: { lt: 'Amžiaus riba', en: 'Age limit' },
 *   values: [{ from: '2011-08-01', value: 14, ref: { act: 'XI-1500', article: '3', url: 'https://e-seimas.lrs.lt/' } }],
 * })
 * minAge.timeline.valueAt('2020-01-01') // 14
 * ```
 */
export function defineParameter<T>(input: ParameterInput<T>): ParameterDefinition<T> {
  const { values, continuous, ...rest } = input
  return { ...rest, timeline: Timeline.of(values, { continuous: continuous ?? false }) }
}

/**
 * A parameter's value on a date, with where it comes from.
 *
 * @example
 * ```ts
 * import type { ParameterValue } from '@talka/core'
 * declare const v: ParameterValue<string>
 * v.ref.url
 * ```
 */
export interface ParameterValue<T> extends TimelineEntry<T> {
  readonly id: string
}

/**
 * A read-only catalog of parameters by id. Packages export their definitions as data; apps
 * combine them into one store (no registration on import, so the packages stay side-effect free).
 *
 * @example
 * ```ts
 * import { ParameterStore, defineParameter } from '@talka/core'
 * const store = new ParameterStore([
 *   defineParameter({ id: 'x.budget', package: '@talka/x', title: { lt: 'Biudžetas', en: 'Budget' },
 *     values: [{ from: '2021-01-01', value: '10.00', ref: { act: 'A', url: 'https://e-tar.lt/' } }] }),
 * ])
 * store.at<string>('x.budget', '2022-01-01').value // '10.00'
 * ```
 */
export class ParameterStore {
  readonly #byId = new Map<string, ParameterDefinition>()

  constructor(definitions: Iterable<ParameterDefinition> = []) {
    for (const definition of definitions) this.#add(definition)
  }

  #add(definition: ParameterDefinition): void {
    if (this.#byId.has(definition.id)) {
      throw new CoreError('DUPLICATE_PARAMETER', `Parameter "${definition.id}" is defined twice`, {
        id: definition.id,
      })
    }
    this.#byId.set(definition.id, definition)
  }

  /**
   * A new store with the given definitions added (ids must be new).
   *
   * @example
   * ```ts
   * import { ParameterStore } from '@talka/core'
   * declare const more: import('@talka/core').ParameterDefinition[]
   * const store = new ParameterStore().with(more)
   * ```
   */
  with(definitions: Iterable<ParameterDefinition>): ParameterStore {
    return new ParameterStore([...this.#byId.values(), ...definitions])
  }

  /**
   * The definition of `id`; throws {@link CoreError} `UNKNOWN_PARAMETER`.
   *
   * @example
   * ```ts
   * import { ParameterStore } from '@talka/core'
   * new ParameterStore().has('nope') // false
   * ```
   */
  get<T = unknown>(id: string): ParameterDefinition<T> {
    const definition = this.#byId.get(id)
    if (!definition) throw new CoreError('UNKNOWN_PARAMETER', `No parameter "${id}"`, { id })
    return definition as ParameterDefinition<T>
  }

  /** Whether `id` is defined. @example `store.has('allocation.community-measure.total')` */
  has(id: string): boolean {
    return this.#byId.has(id)
  }

  /**
   * The value of `id` in force on `asOf`, with its legal reference; throws `UNKNOWN_PARAMETER` or
   * `TIMELINE_NO_VALUE`.
   *
   * @example
   * ```ts
   * declare const store: import('@talka/core').ParameterStore
   * const { value, ref } = store.at<string>('allocation.community-measure.total', '2021-06-01')
   * ```
   */
  at<T = unknown>(id: string, asOf: DateInput): ParameterValue<T> {
    return { id, ...this.get<T>(id).timeline.at(asOf) }
  }

  /** All definitions, sorted by id. @example `store.list().map((p) => p.id)` */
  list(): ParameterDefinition[] {
    return [...this.#byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }
}
