// Submission times: ISO local date-times (`2024-03-20T10:15:00`, seconds and fractions optional) or dates.
// Canonicalised to a fixed-width string so that string order is time order. Internal.
//
// The accepted form is `^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$` with a real
// calendar date and a time up to 23:59:59. It is read by character codes, not with that regex: validation
// checks one submission time per application, and a regex match allocates its groups every time.

const ZERO = 48

/** The two- or four-digit number at `start`, or -1 when a character there is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0
  for (let i = start; i < start + count; i++) {
    const d = text.charCodeAt(i) - ZERO
    if (!(d >= 0 && d <= 9)) return -1
    value = value * 10 + d
  }
  return value
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Whether the text is a valid ISO local date-time or date (no string is built). */
export function isSubmittedAt(text: string): boolean {
  const length = text.length
  // YYYY-MM-DD, then THH:MM (16), :SS (19), .fraction of 1–9 digits (21–29).
  if (length !== 10 && length !== 16 && length !== 19 && (length < 21 || length > 29)) return false
  const year = digits(text, 0, 4)
  const month = digits(text, 5, 2)
  const day = digits(text, 8, 2)
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false // '-'
  if (length === 10) return true
  const hour = digits(text, 11, 2)
  const minute = digits(text, 14, 2)
  if (text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return false // 'T', ':'
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return false
  if (length === 16) return true
  const second = digits(text, 17, 2)
  if (text.charCodeAt(16) !== 58 || second < 0 || second > 59) return false // ':'
  if (length === 19) return true
  return text.charCodeAt(19) === 46 && digits(text, 20, length - 20) >= 0 // '.', then the fraction's digits
}

// Every valid text is a prefix of this shape; padding with the rest of it gives the fixed-width form.
const CANONICAL_TAIL = '0000-00-00T00:00:00.000000000'

/**
 * The canonical fixed-width form `YYYY-MM-DDTHH:MM:SS.nnnnnnnnn` of an ISO local date-time or date, or
 * `null` when the text is not a valid one (month 13, 30 February, hour 24 and the like are refused).
 */
export function canonicalSubmittedAt(text: string): string | null {
  return isSubmittedAt(text) ? text + CANONICAL_TAIL.slice(text.length) : null
}
