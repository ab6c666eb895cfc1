import { ageOn, type DateInput, parsePlainDate, Temporal } from '@talka/core'

/*
 * Age limits worded as elapsed time. Core's `ageOn` gives the completed years on a day, counting the
 * anniversary as the day the years complete (29 February → 28 February in common years, Civil Code
 * art. 1.121). "Older than N years" (vyresni kaip N metų) holds once N years have fully elapsed, that
 * is from the day after the N-th anniversary; "younger than N years" (jaunesni kaip N metų) holds up to
 * and including the N-th anniversary. Both read the completed years at the start of the day:
 * `ageOn(birth, day − 1)`. See docs/decisions/0040-volunteering-age-boundary.md.
 */

/** Completed years at the start of `asOf` (0 for `asOf` on or before the birth date). */
export function yearsCompletedBefore(birthDate: DateInput, asOf: DateInput): number {
  const birth = parsePlainDate(birthDate)
  const previousDay = parsePlainDate(asOf).subtract({ days: 1 })
  if (Temporal.PlainDate.compare(previousDay, birth) < 0) return 0
  return ageOn(birth, previousDay)
}

/** Whether the person is older than `years` on `asOf` ("vyresni kaip N metų"). */
export function isOlderThan(birthDate: DateInput, years: number, asOf: DateInput): boolean {
  return yearsCompletedBefore(birthDate, asOf) >= years
}

/** Whether the person is younger than `years` on `asOf` ("jaunesni kaip N metų"). */
export function isYoungerThan(birthDate: DateInput, years: number, asOf: DateInput): boolean {
  return yearsCompletedBefore(birthDate, asOf) < years
}

/** The day the person completes `years` (the anniversary; 29 February → 28 February in common years). */
export function anniversary(birthDate: DateInput, years: number): Temporal.PlainDate {
  const birth = parsePlainDate(birthDate)
  return birth.with({ year: birth.year + years }, { overflow: 'constrain' })
}
