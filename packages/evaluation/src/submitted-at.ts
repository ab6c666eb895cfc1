// Submission times: ISO local date-times (`2024-03-20T10:15:00`, seconds and fractions optional) or dates.
// Canonicalised to a fixed-width string so that string order is time order. Internal.

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * The canonical fixed-width form `YYYY-MM-DDTHH:MM:SS.nnnnnnnnn` of an ISO local date-time or date, or
 * `null` when the text is not a valid one (month 13, 30 February, hour 24 and the like are refused).
 */
export function canonicalSubmittedAt(text: string): string | null {
  const m = LOCAL_DATE_TIME.exec(text)
  if (!m || !validParts(m)) return null
  const time = `${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}.${(m[7] ?? '').padEnd(9, '0')}`
  return `${m[1]}-${m[2]}-${m[3]}T${time}`
}

/** Whether the text is a valid ISO local date-time or date (no string is built). */
export function isSubmittedAt(text: string): boolean {
  const m = LOCAL_DATE_TIME.exec(text)
  return m !== null && validParts(m)
}

function validParts(m: RegExpExecArray): boolean {
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  const hour = Number(m[4] ?? '0')
  const minute = Number(m[5] ?? '0')
  const second = Number(m[6] ?? '0')
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false
  return hour <= 23 && minute <= 59 && second <= 59
}
