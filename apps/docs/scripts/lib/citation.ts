import { callFieldLabels } from '@talka/calls'
import { formatLegalRef, type Lang, type LegalRef } from '@talka/core'
import { t } from './i18n.js'
import { mdCell, mdLink, mdText } from './markdown.js'

/** A reference's checking status; a reference that does not say is shown as unverified. */
export type RefStatus = NonNullable<LegalRef['status']>

const BADGE: Readonly<
  Record<RefStatus, { type: 'tip' | 'warning' | 'danger'; key: Parameters<typeof t>[0] }>
> = {
  verified: { type: 'tip', key: 'statusVerified' },
  'secondary-source': { type: 'warning', key: 'statusSecondary' },
  unverified: { type: 'danger', key: 'statusUnverified' },
}

/** The status a page shows for a reference: its own, or `unverified` when it has none. */
export function statusOf(ref: LegalRef): RefStatus {
  return ref.status ?? 'unverified'
}

/**
 * The status badge of a reference: VitePress's global `<Badge>` with a class naming the status
 * (`talka-status-verified`, …) so tests and styles can find it. The text is one of our own labels,
 * so it needs no escaping inside the attribute.
 */
export function statusBadge(ref: LegalRef, lang: Lang): string {
  const status = statusOf(ref)
  const { type, key } = BADGE[status]
  return `<Badge type="${type}" text="${t(key, lang)}" class="talka-status talka-status-${status}" />`
}

/** The label of a reference's kind (from `@talka/calls`' field labels), or `undefined`. */
export function kindLabel(ref: LegalRef, lang: Lang): string | undefined {
  if (!ref.kind) return undefined
  const values: Readonly<Record<string, { lt: string; en: string }>> | undefined =
    callFieldLabels['LegalRef.kind'].values
  return values?.[ref.kind]?.[lang] ?? ref.kind
}

/**
 * The line under a citation: kind (and issuer), date, number, TAR id and the consolidated text
 * read. A missing kind or date is said, so a reader sees what the reference still lacks.
 */
export function refDetails(ref: LegalRef, lang: Lang): string {
  const kind = kindLabel(ref, lang)
  const parts = [
    kind ? `${kind}${ref.issuer ? ` (${ref.issuer})` : ''}` : t('kindNotStated', lang),
    ref.date ?? t('dateNotStated', lang),
  ]
  if (ref.number) parts.push(`${t('number', lang)} ${ref.number}`)
  if (ref.tarId) parts.push(`${t('tarId', lang)} ${ref.tarId}`)
  if (ref.consolidatedAsOf) parts.push(`${t('consolidatedAsOf', lang)} ${ref.consolidatedAsOf}`)
  if (ref.effectiveFrom) parts.push(`${t('from', lang).toLowerCase()} ${ref.effectiveFrom}`)
  return mdText(parts.join(' · '))
}

/** The quoted words of a reference in the page's quotation marks. */
function quoted(text: string, lang: Lang): string {
  return lang === 'lt' ? `„${text}“` : `“${text}”`
}

/**
 * One citation as a Markdown list item: the status badge and the linked citation, then its kind,
 * date, number and TAR id, the quote when there is one and the notes in the page's language (the
 * older free-text `note` when it has no notes).
 */
export function citationItem(ref: LegalRef, lang: Lang, prefix = ''): string {
  const lines = [
    `- ${statusBadge(ref, lang)} ${prefix}<span class="talka-ref">${mdLink(formatLegalRef(ref, lang), ref.url)}</span>  `,
    `  <span class="talka-ref-details">${refDetails(ref, lang)}</span>`,
  ]
  if (ref.quote) lines.push('', `  > ${mdText(quoted(ref.quote.replace(/\s*\n\s*/g, ' '), lang))}`)
  const notes = ref.notes?.[lang] ?? ref.note
  if (notes) lines.push('', `  ${t('notes', lang)}: ${mdText(notes.replace(/\s*\n\s*/g, ' '))}`)
  return lines.join('\n')
}

/** A list of citations (one item each, separated so each stays its own paragraph). */
export function citationList(refs: readonly LegalRef[], lang: Lang): string {
  return refs.map((ref) => citationItem(ref, lang)).join('\n\n')
}

/** A short citation for a table cell: the badge and the linked citation. */
export function citationCell(ref: LegalRef, lang: Lang): string {
  return `${statusBadge(ref, lang)} ${mdLink(formatLegalRef(ref, lang), ref.url)}`
}

/** {@link citationCell} with the reference's quote after it, for tables where the quote matters. */
export function citationCellWithQuote(ref: LegalRef, lang: Lang): string {
  return ref.quote
    ? `${citationCell(ref, lang)}<br>${mdCell(quoted(ref.quote, lang))}`
    : citationCell(ref, lang)
}
