import type { LegalRef } from '@talka/core'
import { legalRefCheckBlindSpots, legalRefProblems, RESEARCH_JARGON } from '@talka/core/testing'
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

describe('reporting legal references (LegalRef v2)', () => {
  it('covers every rule of the catalog', () => {
    expect(allRefs.length).toBeGreaterThanOrEqual(20)
    const named = new Set(Object.values(reportingRefs))
    for (const [where, ref] of allRefs) expect(named.has(ref as never), where).toBe(true)
  })

  it.each(allRefs)('%s has kind, issuer, date (or says why not) and status', (_name, ref) => {
    expect(legalRefProblems(ref)).toEqual([])
  })

  it('the check fails on a reference without kind, date or status', () => {
    const good = reportingRefs.NGO_FUND_2023
    expect(legalRefCheckBlindSpots(legalRefProblems, good)).toEqual([])
    const { notes: _n, ...undatedSilent } = reportingRefs.NVO_VAIKAMS_PROJECT_PAGE
    expect(legalRefProblems(undatedSilent)).toContain('no date')
    expect(legalRefProblems({ ...reportingRefs.NVO_VAIKAMS_PROJECT_PAGE, status: 'verified' })).toContain(
      'no date but verified',
    )
  })

  it.each(allRefs)('%s has plain-language notes in both languages, with no research jargon', (_name, ref) => {
    expect(ref.notes?.lt, 'notes.lt').toBeTruthy()
    expect(ref.notes?.en, 'notes.en').toBeTruthy()
    for (const text of [ref.act, ref.title ?? '', ref.notes?.lt ?? '', ref.notes?.en ?? ''])
      expect(text).not.toMatch(RESEARCH_JARGON)
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
