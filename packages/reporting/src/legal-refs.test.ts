import { type LegalRef, LegalRefSchema } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { reportingCatalog } from './catalog.js'
import { reportingRefs } from './legal-refs.js'

/** Every reference the package cites: the named sources and every reference of every catalog rule. */
const allRefs: [string, LegalRef][] = [
  ...Object.entries(reportingRefs),
  ...reportingCatalog.flatMap((entry) =>
    entry.kind === 'rule'
      ? entry.refs.map((ref, i): [string, LegalRef] => [`${entry.id} refs[${i}]`, ref])
      : [],
  ),
]

// Research notes are not for a reader: no stored copies, searches or sessions.
const RESEARCH =
  /stored cop|saugom\w* kopij|search|paieš|session|sesij|not found in|nerast|domain spec|seed \d/i

/** Why a reference is incomplete; empty when it has kind, date (or says why not) and status. */
function refProblems(ref: LegalRef): string[] {
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

describe('reporting legal references (LegalRef v2)', () => {
  it('covers every rule of the catalog', () => {
    expect(allRefs.length).toBeGreaterThanOrEqual(20)
    const named = new Set(Object.values(reportingRefs))
    for (const [where, ref] of allRefs) expect(named.has(ref as never), where).toBe(true)
  })

  it.each(allRefs)('%s has kind, issuer, date (or says why not) and status', (_name, ref) => {
    expect(refProblems(ref)).toEqual([])
  })

  it('the check fails on a reference without kind, date or status', () => {
    const good = reportingRefs.NGO_FUND_2023
    expect(refProblems(good)).toEqual([])
    const { kind: _k, ...noKind } = good
    const { date: _d, ...noDate } = good
    const { status: _s, ...noStatus } = good
    expect(refProblems(noKind)).toContain('no kind')
    expect(refProblems(noDate)).toContain('no date')
    expect(refProblems(noStatus)).toContain('no status')
    const { notes: _n, ...undatedSilent } = reportingRefs.NVO_VAIKAMS_PROJECT_PAGE
    expect(refProblems(undatedSilent)).toContain('no date')
    expect(refProblems({ ...reportingRefs.NVO_VAIKAMS_PROJECT_PAGE, status: 'verified' })).toContain(
      'no date but verified',
    )
  })

  it.each(allRefs)('%s has plain-language notes in both languages, with no research jargon', (_name, ref) => {
    expect(ref.notes?.lt, 'notes.lt').toBeTruthy()
    expect(ref.notes?.en, 'notes.en').toBeTruthy()
    for (const text of [ref.act, ref.title ?? '', ref.notes?.lt ?? '', ref.notes?.en ?? ''])
      expect(text).not.toMatch(RESEARCH)
  })

  it('statuses are what was read: the return of unspent funds rests on no provision that was read', () => {
    expect(Object.fromEntries(Object.entries(reportingRefs).map(([k, r]) => [k, r.status]))).toEqual({
      BO_LAW_COUNCIL: 'secondary-source',
      KLAIPEDA_DISTRICT_BO_COUNCIL: 'secondary-source',
      VILNIUS_2019_PROJECT_REPORTS: 'secondary-source',
      UNSPENT_RETURN: 'unverified',
      VILNIUS_2024_CALL: 'secondary-source',
      NGO_FUND_2023: 'secondary-source',
      NVO_VAIKAMS_PROJECT_PAGE: 'secondary-source',
    })
  })
})
