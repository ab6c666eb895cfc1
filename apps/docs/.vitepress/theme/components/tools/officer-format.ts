/**
 * How the tools show amounts, quotas, legal bases and dates to a municipal officer. Stop-gap
 * helpers: each says which package it should move to (see the docs-desk report), so that the app
 * keeps no domain knowledge once the packages export them.
 */
import { formatAmount, formatLegalRef, fractionToFixed, type LegalRef } from '@talka/core'
import type { Lang } from '../../tools/i18n.js'

/**
 * An exact quota (a fraction of euros) as an officer reads it: rounded half-up to whole cents,
 * "≈ 2 298,12 Eur" (no "≈" when the quota is exact to the cent). The exact fraction stays in the
 * details view and the certificate.
 *
 * Should move to @talka/allocation (e.g. `formatQuota(fraction, lang)`).
 */
export function quotaAmount(quota: { numerator: string; denominator: string }, lang: Lang): string {
  const numerator = BigInt(quota.numerator)
  const denominator = BigInt(quota.denominator)
  const cents = fractionToFixed(numerator, denominator, 2)
  const exact = (numerator * 100n) % denominator === 0n
  return `${exact ? '' : '≈ '}${formatAmount(cents, lang)}`
}

/**
 * An amount string as an officer reads it ("2 600,00 Eur" / "EUR 2,600.00"); text that is not an
 * amount is shown as it is rather than throwing in the page.
 */
export function officerAmount(amount: string | null | undefined, lang: Lang): string {
  if (amount === null || amount === undefined || amount === '') return ''
  try {
    return formatAmount(amount, lang)
  } catch {
    return amount
  }
}

/** A legal reference of the packages as one line for a printed decision, with its address. */
export interface LegalBasisLine {
  readonly text: string
  readonly url: string
}

/**
 * The distinct legal references cited by a decision's reasons, in the order first cited, as
 * printed lines (the act's title and number, with its article or point). Research notes are
 * never printed.
 *
 * Should move to @talka/core (e.g. `legalBasisOf(decision, lang)` next to `formatLegalRef`).
 */
export function legalBasisLines(
  reasons: readonly { readonly ref?: LegalRef | null | undefined }[],
  lang: Lang,
): LegalBasisLine[] {
  const seen = new Set<string>()
  // Reasons share their reference objects: skip a seen object before formatting it again.
  const seenRefs = new Set<LegalRef>()
  const lines: LegalBasisLine[] = []
  for (const reason of reasons) {
    const ref = reason.ref
    if (!ref || seenRefs.has(ref)) continue
    seenRefs.add(ref)
    const text = formatLegalRef(ref, lang)
    if (seen.has(text)) continue
    seen.add(text)
    lines.push({ text, url: ref.url })
  }
  return lines
}

/** Today's date in the officer's time zone as `YYYY-MM-DD` (the default date of a printed decision). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** A `YYYY-MM-DD` date typed by the officer, or today when it is empty or malformed. */
export function decisionDateOf(text: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : todayIso()
}
