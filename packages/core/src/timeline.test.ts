import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { Temporal } from './dates.js'
import type { LegalRef } from './legal-ref.js'
import { plainDateArb, timelineEntriesArb } from './testing.js'
import { findOverlaps, Timeline, type TimelineEntryInput } from './timeline.js'

const ref: LegalRef = { act: 'Savanoriškos veiklos įstatymas', url: 'https://e-seimas.lrs.lt/' }

describe('Timeline', () => {
  const editions = Timeline.of(
    [
      { from: '2024-07-01', value: 'new', ref },
      { from: '2011-08-01', to: '2024-06-30', value: 'original', ref },
    ],
    { continuous: true },
  )

  it('looks values up by date, bounds inclusive', () => {
    expect(editions.valueAt('2011-08-01')).toBe('original')
    expect(editions.valueAt('2024-06-30')).toBe('original')
    expect(editions.valueAt('2024-07-01')).toBe('new')
    expect(editions.valueAt('2099-01-01')).toBe('new')
    expect(editions.at('2024-07-01').ref).toBe(ref)
  })

  it('throws TIMELINE_NO_VALUE before the first entry', () => {
    expect(() => editions.at('2011-07-31')).toThrowError(
      expect.objectContaining({ code: 'TIMELINE_NO_VALUE' }),
    )
    expect(editions.find('2011-07-31')).toBeUndefined()
  })

  it('rejects overlaps, gaps when continuous, and reversed intervals', () => {
    expect(() =>
      Timeline.of([
        { from: '2021-01-01', to: '2021-12-31', value: 1, ref },
        { from: '2021-12-31', value: 2, ref },
      ]),
    ).toThrowError(expect.objectContaining({ code: 'TIMELINE_OVERLAP' }))
    expect(() =>
      Timeline.of(
        [
          { from: '2021-01-01', to: '2021-12-30', value: 1, ref },
          { from: '2022-01-01', value: 2, ref },
        ],
        { continuous: true },
      ),
    ).toThrowError(expect.objectContaining({ code: 'TIMELINE_GAP' }))
    expect(() => Timeline.of([{ from: '2021-01-02', to: '2021-01-01', value: 1, ref }])).toThrowError(
      expect.objectContaining({ code: 'TIMELINE_INVALID' }),
    )
    expect(() => Timeline.of([])).toThrowError(expect.objectContaining({ code: 'TIMELINE_INVALID' }))
  })

  it('allows gaps when not continuous', () => {
    const t = Timeline.of([
      { from: '2021-01-01', to: '2021-12-31', value: 1, ref },
      { from: '2025-01-01', to: '2025-12-31', value: 2, ref },
    ])
    expect(t.find('2023-06-01')).toBeUndefined()
    expect(t.valueAt('2025-03-01')).toBe(2)
  })
})

const inInterval = (day: Temporal.PlainDate, e: TimelineEntryInput<unknown>) =>
  Temporal.PlainDate.compare(Temporal.PlainDate.from(e.from), day) <= 0 &&
  (e.to === undefined || Temporal.PlainDate.compare(day, Temporal.PlainDate.from(e.to)) <= 0)

describe('properties', () => {
  test.prop([timelineEntriesArb(fc.integer()), plainDateArb({ min: '2011-01-01', max: '2040-12-31' })])(
    'at(date) returns the entry whose interval contains the date, and throws outside all',
    (entries, day) => {
      const timeline = Timeline.of(entries)
      const containing = entries.filter((e) => inInterval(day, e))
      expect(containing.length).toBeLessThanOrEqual(1)
      if (containing[0]) expect(timeline.valueAt(day)).toBe(containing[0].value)
      else expect(() => timeline.at(day)).toThrowError(expect.objectContaining({ code: 'TIMELINE_NO_VALUE' }))
    },
  )

  const intervalArb = fc
    .record({
      start: fc.integer({ min: 0, max: 60 }),
      length: fc.integer({ min: 0, max: 20 }),
      open: fc.boolean(),
    })
    .map(({ start, length, open }) => {
      const from = Temporal.PlainDate.from('2024-01-01').add({ days: start })
      return open
        ? { from: from.toString(), value: 0, ref }
        : { from: from.toString(), to: from.add({ days: length }).toString(), value: 0, ref }
    })

  test.prop([fc.array(intervalArb, { minLength: 1, maxLength: 6 })])(
    'overlap detection is exact: a pair is reported iff some day lies in both',
    (entries) => {
      const reported = new Set(findOverlaps(entries).map((o) => `${o.first}-${o.second}`))
      // Brute force over every day of the window (open ends reach past it).
      const days = Array.from({ length: 100 }, (_, i) =>
        Temporal.PlainDate.from('2024-01-01').add({ days: i }),
      )
      for (let i = 0; i < entries.length; i++) {
        for (let j = i + 1; j < entries.length; j++) {
          const shared = days.some((d) => inInterval(d, entries[i]!) && inInterval(d, entries[j]!))
          expect(reported.has(`${i}-${j}`)).toBe(shared)
        }
      }
      const valid = reported.size === 0
      expect(() => Timeline.of(entries)).toSatisfy((build: () => unknown) => {
        try {
          build()
          return valid
        } catch (error) {
          return !valid && (error as { code?: string }).code === 'TIMELINE_OVERLAP'
        }
      })
    },
  )
})
