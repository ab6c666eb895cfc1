/**
 * Exact whole cents of a validated money decimal string (`"1234.5"` → 123450n). Used on the hot path
 * instead of decimal.js; inputs are already validated by the facts schemas.
 */
export function centsOf(amount: string): bigint {
  const dot = amount.indexOf('.')
  if (dot < 0) return BigInt(amount) * 100n
  const whole = amount.slice(0, dot)
  const fraction = `${amount.slice(dot + 1)}00`.slice(0, 2)
  const negative = whole.startsWith('-')
  const cents = BigInt(whole) * 100n + (negative ? -1n : 1n) * BigInt(fraction)
  return negative && whole === '-0' ? -BigInt(fraction) : cents
}

/** Canonical decimal string with two decimals from whole cents (`123450n` → `"1234.50"`). */
export function formatCents(cents: bigint): string {
  const negative = cents < 0n
  const abs = negative ? -cents : cents
  const text = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`
  return negative ? `-${text}` : text
}
