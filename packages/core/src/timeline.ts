import { Temporal } from 'temporal-polyfill'
import { type DateInput, parsePlainDate } from './dates.js'
import { CoreError } from './errors.js'
import type { LegalRef } from './legal-ref.js'

/**
 * One dated value as written: in force `from` a date, until `to` (inclusive, the last day it
 * applies) or open-ended, with the legal reference that set it. The `ref` is required: a value
 * without a source cannot be written.
 *
 * @example
 * ```ts
 * import type { TimelineEntryInput } from '@talka/core'
 * const budget2021: TimelineEntryInput<string> = {
 *   from: '2021-01-01', to: '2021-12-31', value: '2000000.00',
 *   ref: { act: 'SADM įsakymas Nr. A1-246', url: 'https://e-tar.lt/' },
 * }
 * ```
 */
export interface TimelineEntryInput<T> {
  readonly from: DateInput
  readonly to?: DateInput | undefined
  readonly value: T
  readonly ref: LegalRef
}

/**
 * A parsed timeline entry, with `PlainDate` bounds.
 *
 * @example
 * ```ts
 * import { Timeline } from '@talka/core'
 * const t = Timeline.of([{ from: '2024-07-01', value: 60, ref: { act: 'XI-1500', url: 'https://e-seimas.lrs.lt/' } }])
 * t.at('2025-01-01').from.toString() // '2024-07-01'
 * ```
 */
export interface TimelineEntry<T> {
  readonly from: Temporal.PlainDate
  readonly to: Temporal.PlainDate | undefined
  readonly value: T
  readonly ref: LegalRef
}

/**
 * Options of {@link Timeline.of}.
 *
 * @example
 * ```ts
 * import type { TimelineOptions } from '@talka/core'
 * const options: TimelineOptions = { continuous: true }
 * ```
 */
export interface TimelineOptions {
  /** When true, consecutive entries must touch: no day between one's `to` and the next's `from`. */
  readonly continuous?: boolean
}

/**
 * A pair of entries whose intervals share at least one day.
 *
 * @example
 * ```ts
 * import { findOverlaps } from '@talka/core'
 * const ref = { act: 'A', url: 'https://e-tar.lt/' }
 * findOverlaps([{ from: '2024-01-01', to: '2024-12-31', value: 1, ref }, { from: '2024-06-01', value: 2, ref }])
 * // [{ first: 0, second: 1 }]
 * ```
 */
export interface TimelineOverlap {
  readonly first: number
  readonly second: number
}

const cmp = Temporal.PlainDate.compare

function parseEntry<T>(entry: TimelineEntryInput<T>, index: number): TimelineEntry<T> {
  const from = parsePlainDate(entry.from)
  const to = entry.to === undefined ? undefined : parsePlainDate(entry.to)
  if (to && cmp(to, from) < 0) {
    throw new CoreError('TIMELINE_INVALID', `Entry ${index} ends (${to}) before it starts (${from})`, {
      index,
      from: from.toString(),
      to: to.toString(),
    })
  }
  if (!entry.ref || typeof entry.ref.url !== 'string') {
    throw new CoreError('TIMELINE_INVALID', `Entry ${index} has no legal reference`, { index })
  }
  return { from, to, value: entry.value, ref: entry.ref }
}

function intersects(a: TimelineEntry<unknown>, b: TimelineEntry<unknown>): boolean {
  // Closed intervals [from, to]; an absent `to` is open-ended.
  const aEndsBeforeB = a.to !== undefined && cmp(a.to, b.from) < 0
  const bEndsBeforeA = b.to !== undefined && cmp(b.to, a.from) < 0
  return !aEndsBeforeB && !bEndsBeforeA
}

/**
 * Every pair of entries (by input index, `first < second`) whose intervals share a day. Exact:
 * compares every pair, so it is meant for validation, not for hot paths.
 *
 * @example
 * ```ts
 * import { findOverlaps } from '@talka/core'
 * const ref = { act: 'A', url: 'https://e-tar.lt/' }
 * findOverlaps([{ from: '2021-01-01', to: '2021-12-31', value: 1, ref }, { from: '2022-01-01', value: 2, ref }]) // []
 * ```
 */
export function findOverlaps<T>(entries: readonly TimelineEntryInput<T>[]): TimelineOverlap[] {
  const parsed = entries.map(parseEntry)
  const overlaps: TimelineOverlap[] = []
  for (let i = 0; i < parsed.length; i++) {
    for (let j = i + 1; j < parsed.length; j++) {
      if (intersects(parsed[i]!, parsed[j]!)) overlaps.push({ first: i, second: j })
    }
  }
  return overlaps
}

/**
 * Values that change with time, each valid over a closed interval of days and carrying its legal
 * reference. `at(date)` returns the entry in force on a date. Construction rejects overlapping
 * intervals (`TIMELINE_OVERLAP`) and, when declared continuous, gaps (`TIMELINE_GAP`).
 *
 * @example
 * ```ts
 * import { Timeline } from '@talka/core'
 * const ref = { act: 'SADM įsakymas', url: 'https://e-tar.lt/' }
 * const budget = Timeline.of([
 *   { from: '2021-01-01', to: '2021-12-31', value: '2000000.00', ref },
 *   { from: '2025-01-01', to: '2025-12-31', value: '2180000.00', ref },
 * ])
 * budget.valueAt('2021-06-01') // '2000000.00'
 * ```
 */
export class Timeline<T> {
  /** Entries sorted by their start date. */
  readonly entries: readonly TimelineEntry<T>[]

  private constructor(entries: readonly TimelineEntry<T>[]) {
    this.entries = entries
  }

  /**
   * Builds and validates a timeline from dated entries in any order.
   *
   * @example
   * ```ts
   * import { Timeline } from '@talka/core'
   * const ref = { act: 'A', url: 'https://e-tar.lt/' }
   * Timeline.of([{ from: '2011-08-01', to: '2024-06-30', value: 'original', ref }, { from: '2024-07-01', value: 'new', ref }], { continuous: true })
   * ```
   */
  static of<T>(entries: readonly TimelineEntryInput<T>[], options: TimelineOptions = {}): Timeline<T> {
    if (entries.length === 0) throw new CoreError('TIMELINE_INVALID', 'A timeline needs at least one entry')
    const sorted = entries.map(parseEntry).sort((a, b) => cmp(a.from, b.from))
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!
      const next = sorted[i]!
      if (intersects(prev, next)) {
        throw new CoreError('TIMELINE_OVERLAP', `Entries starting ${prev.from} and ${next.from} overlap`, {
          first: prev.from.toString(),
          second: next.from.toString(),
        })
      }
      if (options.continuous && prev.to && !prev.to.add({ days: 1 }).equals(next.from)) {
        throw new CoreError('TIMELINE_GAP', `Gap between ${prev.to} and ${next.from}`, {
          after: prev.to.toString(),
          before: next.from.toString(),
        })
      }
    }
    return new Timeline(sorted)
  }

  /**
   * The entry in force on `date`, or `undefined` when none is.
   *
   * @example
   * ```ts
   * import { Timeline } from '@talka/core'
   * const t = Timeline.of([{ from: '2024-07-01', value: 1, ref: { act: 'A', url: 'https://e-tar.lt/' } }])
   * t.find('2020-01-01') // undefined
   * ```
   */
  find(date: DateInput): TimelineEntry<T> | undefined {
    const day = parsePlainDate(date)
    // Entries are sorted and disjoint: the candidate is the last one starting on or before the day.
    let lo = 0
    let hi = this.entries.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (cmp(this.entries[mid]!.from, day) <= 0) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    const entry = found >= 0 ? this.entries[found] : undefined
    if (!entry || (entry.to && cmp(entry.to, day) < 0)) return undefined
    return entry
  }

  /**
   * The entry in force on `date`; throws {@link CoreError} `TIMELINE_NO_VALUE` outside every
   * interval.
   *
   * @example
   * ```ts
   * import { Timeline } from '@talka/core'
   * const t = Timeline.of([{ from: '2024-07-01', value: 1, ref: { act: 'A', url: 'https://e-tar.lt/' } }])
   * t.at('2024-07-01').value // 1
   * ```
   */
  at(date: DateInput): TimelineEntry<T> {
    const entry = this.find(date)
    if (!entry) {
      const day = parsePlainDate(date)
      throw new CoreError('TIMELINE_NO_VALUE', `No value in force on ${day}`, {
        date: day.toString(),
        intervals: this.entries.map((e) => ({ from: e.from.toString(), to: e.to?.toString() ?? null })),
      })
    }
    return entry
  }

  /**
   * The value in force on `date`; throws `TIMELINE_NO_VALUE` outside every interval.
   *
   * @example
   * ```ts
   * import { Timeline } from '@talka/core'
   * const t = Timeline.of([{ from: '2024-07-01', value: 60, ref: { act: 'A', url: 'https://e-tar.lt/' } }])
   * t.valueAt('2024-08-01') // 60
   * ```
   */
  valueAt(date: DateInput): T {
    return this.at(date).value
  }
}
