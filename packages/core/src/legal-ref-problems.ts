// Test helpers (exported from `@talka/core/testing`): the LegalRef v2 completeness check that the packages'
// legal-reference tests share, so the rule "kind, issuer, status, and a date or a note saying why not" is
// written once.
import { type LegalRef, LegalRefSchema } from '@talka/core'

/**
 * Words of research notes that must not reach a reader of a reference (stored copies, searches, sessions,
 * seeds, the domain specification), in Lithuanian and English.
 *
 * @example
 * ```ts
 * import { RESEARCH_JARGON } from '@talka/core/testing'
 * RESEARCH_JARGON.test('was not found in a stored copy of the act') // true
 * ```
 */
export const RESEARCH_JARGON =
  /stored cop|saugom\w* kopij|search|paieš|session|sesij|not found in|nerast|domain spec|seed \d/i

/**
 * Why a reference is incomplete as a LegalRef v2: `[]` when it is a valid `LegalRef` with kind, status and
 * issuer, no old research `note`, and a date — or, without a date, notes saying in both languages that
 * the date has not been established ("has not been established" / "nenustatyta") and no `verified` status.
 *
 * @example
 * ```ts
 * import { legalRefProblems } from '@talka/core/testing'
 * legalRefProblems({ act: 'Aprašas', url: 'https://e-tar.lt/' }) // ['no kind', 'no status', 'no issuer', 'no date']
 * ```
 */
export function legalRefProblems(ref: LegalRef): string[] {
  const problems: string[] = []
  if (!LegalRefSchema.safeParse(ref).success) problems.push('not a valid LegalRef')
  if (ref.kind === undefined) problems.push('no kind')
  if (ref.status === undefined) problems.push('no status')
  if (ref.issuer === undefined) problems.push('no issuer')
  if ((ref as { note?: unknown }).note !== undefined) problems.push('a research note instead of notes')
  if (ref.date === undefined) {
    if (ref.status === 'verified') problems.push('no date but verified')
    if (!/has not been established/.test(ref.notes?.en ?? '') || !/nenustatyta/.test(ref.notes?.lt ?? ''))
      problems.push('no date')
  }
  return problems
}

/**
 * The fields (`kind`, `date`, `status`) whose removal from a complete reference a check does NOT report
 * as `no <field>`, so a test can show that its check can fail. `[]` means the check catches all three.
 *
 * @example
 * ```ts
 * import { legalRefCheckBlindSpots, legalRefProblems } from '@talka/core/testing'
 * declare const complete: import('@talka/core').LegalRef
 * legalRefCheckBlindSpots(legalRefProblems, complete) // []
 * legalRefCheckBlindSpots(() => [], complete) // ['kind', 'date', 'status']
 * ```
 */
export function legalRefCheckBlindSpots(check: (ref: LegalRef) => string[], complete: LegalRef): string[] {
  const blind: string[] = []
  if (check(complete).length > 0) blind.push('(the complete reference fails)')
  for (const field of ['kind', 'date', 'status'] as const) {
    const without = Object.fromEntries(Object.entries(complete).filter(([key]) => key !== field)) as LegalRef
    if (!check(without).includes(`no ${field}`)) blind.push(field)
  }
  return blind
}
