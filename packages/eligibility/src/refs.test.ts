import { type LegalRef, LegalRefSchema } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { eligibilityCatalog } from './catalog.js'
import { eligibilityParameters } from './parameters.js'
import { eligibilityRefs } from './refs.js'
import { getRuleSet, ruleSets, versionOn } from './rule-sets.js'

/** Every reference the package cites: refs.ts, every rule and source of every version, parameters. */
const allRefs: [string, LegalRef][] = [
  ...Object.entries(eligibilityRefs),
  ...ruleSets.flatMap((set) =>
    set.versions.flatMap((v) => [
      ...v.sources.map((ref, i) => [`${set.id} ${v.version} source ${i}`, ref] as [string, LegalRef]),
      ...v.rules.map((rule) => [`${set.id} ${v.version} ${rule.id}`, rule.ref] as [string, LegalRef]),
    ]),
  ),
  ...eligibilityParameters.flatMap((p) =>
    p.timeline.entries.map((e, i) => [`${p.id} value ${i}`, e.ref] as [string, LegalRef]),
  ),
]

// Research notes are not for a reader: no stored copies, searches or sessions.
const RESEARCH = /stored cop|saugom\w* kopij|search|paieš|session|sesij|not found in|nerast/i

describe('legal references (LegalRef v2)', () => {
  it.each(allRefs)(
    '%s has kind, date (or says why not) and status, and is a valid LegalRef',
    (_name, ref) => {
      expect(LegalRefSchema.safeParse(ref).success).toBe(true)
      expect(ref.kind).toBeDefined()
      expect(ref.status).toBeDefined()
      expect(ref.issuer).toBeDefined()
      if (ref.date === undefined) {
        // Only where the research could not establish it, and the notes say so.
        expect(ref.status).not.toBe('verified')
        expect(ref.notes?.en).toMatch(/date of the order has not been established/)
      }
      expect((ref as { note?: unknown }).note).toBeUndefined()
    },
  )

  it.each(allRefs)('%s has plain-language notes, with no research jargon', (_name, ref) => {
    for (const text of [ref.act, ref.title ?? '', ref.notes?.lt ?? '', ref.notes?.en ?? '']) {
      expect(text).not.toMatch(RESEARCH)
    }
  })

  it('the 2023–2025 plan A1-596 is dated 2022-09-09 and verified', () => {
    expect(eligibilityRefs.PLAN_2023_2025.date).toBe('2022-09-09')
    expect(eligibilityRefs.PLAN_2023_2025.status).toBe('verified')
  })

  it('measures by year: 2017–2019 plan 2.3, 2020 1.1.5, 2021 1.1.4, 2022 standard 1.1.5, 2023–2025 2.1.1.1', () => {
    const measure = (asOf: string) =>
      versionOn(getRuleSet('community-measure/project'), asOf).rules.find((r) => r.id === 'P1')?.ref.act
    expect(measure('2018-06-01')).toContain('2.3 priemonė')
    expect(measure('2020-06-01')).toContain('1.1.5 priemonės')
    expect(measure('2021-06-01')).toContain('1.1.4 priemonės')
    expect(measure('2022-06-01')).toContain('1.1.5 priemonė')
    expect(measure('2022-06-01')).not.toContain('1.1.6')
    expect(measure('2024-06-01')).toContain('2.1.1.1 priemonė')
  })

  it('the Law on Community Organisations is never cited for the 2017–2019 version', () => {
    const v = versionOn(getRuleSet('community-measure/applicant'), '2018-06-01')
    const refs = [...v.sources, ...v.rules.map((r) => r.ref)]
    expect(refs.filter((r) => r.number === 'XIII-1774')).toEqual([])
  })

  it('point 19.6 of the 2022 pilot description belongs to the 2022 version only', () => {
    for (const set of ruleSets) {
      for (const v of set.versions) {
        const cites196 = [...v.sources, ...v.rules.map((r) => r.ref)].some(
          (r) => r.number === 'A1-290' && r.point === '19.6',
        )
        expect(cites196, `${set.id} ${v.version}`).toBe(
          set.id === 'community-measure/applicant' && v.version === '2022',
        )
      }
    }
  })

  it('the rule catalog cites no municipal act', () => {
    for (const entry of eligibilityCatalog) {
      for (const ref of (entry as { refs?: readonly LegalRef[] }).refs ?? []) {
        expect(['law', 'ministers-order', 'model-description']).toContain(ref.kind)
      }
    }
  })
})
