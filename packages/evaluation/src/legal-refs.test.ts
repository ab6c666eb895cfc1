import type { LegalRef } from '@talka/core'
import { legalRefCheckBlindSpots, legalRefProblems, RESEARCH_JARGON } from '@talka/core/testing'
import { describe, expect, it } from 'vitest'
import { evaluationParameters, evaluationRules } from './catalog.js'
import { evaluationSources } from './legal-refs.js'

/** Every reference the package can cite: its sources, every rule's references and every parameter value's. */
function allRefs(): [string, LegalRef][] {
  return [
    ...Object.entries(evaluationSources).map(([name, ref]): [string, LegalRef] => [name, ref]),
    ...evaluationRules.flatMap((rule) =>
      rule.refs.map((ref, i): [string, LegalRef] => [`${rule.id} refs[${i}]`, ref]),
    ),
    ...evaluationParameters.flatMap((p) =>
      p.timeline.entries.map((e): [string, LegalRef] => [`${p.id} from ${e.from.toString()}`, e.ref]),
    ),
  ]
}

describe('evaluation legal references (LegalRef v2)', () => {
  it('covers the sources, the rules and the parameters', () => {
    expect(allRefs().length).toBeGreaterThan(15)
  })

  it.each(allRefs())('%s has kind, issuer, date (or says why not) and status', (_name, ref) => {
    expect(legalRefProblems(ref)).toEqual([])
  })

  it('the check fails on a reference without kind, date or status', () => {
    const good = evaluationSources.sadmModelRules as LegalRef
    expect(legalRefCheckBlindSpots(legalRefProblems, good)).toEqual([])
    const { date: _d, ...noDate } = good
    expect(legalRefProblems(noDate)).toContain('no date but verified')
    const { notes: _n, ...undatedSilent } = evaluationSources.pilot2023Call as LegalRef
    expect(legalRefProblems(undatedSilent)).toContain('no date')
  })

  it.each(allRefs())(
    '%s has plain-language notes in both languages, with no research jargon',
    (_name, ref) => {
      expect(ref.notes?.lt, 'notes.lt').toBeTruthy()
      expect(ref.notes?.en, 'notes.en').toBeTruthy()
      for (const text of [ref.act, ref.title ?? '', ref.notes?.lt ?? '', ref.notes?.en ?? ''])
        expect(text).not.toMatch(RESEARCH_JARGON)
    },
  )

  it('statuses are what was read: only the e-TAR text of A1-355 is verified among the sources', () => {
    const statuses = Object.fromEntries(Object.entries(evaluationSources).map(([k, r]) => [k, r.status]))
    expect(statuses).toEqual({
      pilot2022: 'secondary-source',
      pilot2022PassMark: 'secondary-source',
      taurage2022Decision: 'secondary-source',
      kedainiai2024Decree: 'secondary-source',
      sadmModelRules: 'verified',
      pilot2023Call: 'secondary-source',
    })
    for (const ref of Object.values(evaluationSources))
      if (ref.status === 'verified')
        expect(ref.url).toMatch(/^https:\/\/(www\.)?(e-tar\.lt|e-seimas\.lrs\.lt)\//)
  })

  it('municipal decisions are never a rule’s default reference', () => {
    const municipal = new Set(['directors-order', 'mayors-decree', 'council-decision'])
    const cited = evaluationRules.flatMap((r) => r.refs.map((ref) => [r.id, ref.kind] as const))
    expect(cited.filter(([, kind]) => municipal.has(kind ?? ''))).toEqual([])
  })
})
