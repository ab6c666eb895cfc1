import { type LegalRef, LegalRefSchema } from '@talka/core'
import { legalRefCheckBlindSpots } from '@talka/core/testing'
import { describe, expect, test } from 'vitest'
import { agreement2023Examples } from '../examples/agreement-2023.js'
import { volunteeringCatalog } from './catalog.js'
import * as sources from './sources.js'

/*
 * LegalRef v2 for every volunteering reference (issue 18): kind, date and status are required. Two acts
 * were identified but their date of adoption could not be found (docs/decisions/0045): the law amending
 * No. XI-1500 (its transitional provision) and the Government's description of expenses. They are the
 * only references allowed without a date, and they must say so and must not claim to be verified.
 */
const DATE_NOT_FOUND = new Set([sources.REF_NEW_TRANSITIONAL.act, sources.GOV_DESCRIPTION_ACT])

function allRefs(): LegalRef[] {
  const refs: LegalRef[] = []
  for (const entry of volunteeringCatalog) {
    if (entry.kind === 'rule') refs.push(...entry.refs)
    else refs.push(...entry.values.map((v) => v.ref))
  }
  for (const value of Object.values(sources)) {
    if (typeof value === 'object' && value !== null && 'act' in value) refs.push(value as LegalRef)
  }
  for (const point of ['3', '3.1', '3.2', '3.3'] as const) refs.push(sources.refA1330(point))
  for (const point of ['7', '11-16', '17-25'] as const) refs.push(sources.refGovDescription(point))
  return refs
}

/** The reasons for failing a reference, empty when it is complete. */
function refProblems(ref: LegalRef): string[] {
  const problems: string[] = []
  if (!LegalRefSchema.safeParse(ref).success) problems.push('not a valid LegalRef')
  if (ref.kind === undefined) problems.push('no kind')
  if (ref.status === undefined) problems.push('no status')
  if (ref.date === undefined) {
    if (!DATE_NOT_FOUND.has(ref.act)) problems.push('no date')
    else {
      if (ref.status === 'verified') problems.push('no date but verified')
      if (!/not found/.test(ref.notes?.en ?? '') || !/nenustatyt/.test(ref.notes?.lt ?? ''))
        problems.push('no date and the notes do not say it was not found')
    }
  }
  return problems
}

describe('every volunteering reference is a LegalRef v2', () => {
  const refs = allRefs()

  test('there are references to check, in the catalog and in sources', () => {
    expect(refs.length).toBeGreaterThan(40)
  })

  test('each has kind, date and status (or is a listed act whose date was not found, and says so)', () => {
    const bad = refs.flatMap((ref) =>
      refProblems(ref).map((p) => `${ref.act} ${ref.article ?? ''}${ref.point ?? ''}: ${p}`),
    )
    expect(bad).toEqual([])
  })

  test('the check fails on a reference without kind, date or status', () => {
    const good = sources.REF_ORIGINAL_ART_1
    expect(refProblems(good)).toEqual([])
    expect(legalRefCheckBlindSpots(refProblems, good)).toEqual([])
    const { notes: _n, ...silent } = sources.REF_NEW_TRANSITIONAL
    expect(refProblems(silent)).toContain('no date and the notes do not say it was not found')
  })

  test('statuses are as the research found them', () => {
    expect(sources.REF_ORIGINAL_ART_1.status).toBe('verified')
    expect(sources.refA1330('3.1').status).toBe('verified')
    expect(sources.REF_A1_330_POINT_4_A1_548).toMatchObject({
      status: 'verified',
      date: '2014-11-12',
      number: 'A1-548',
    })
    expect(sources.REF_A1_330_POINT_4_2011.status).toBe('unverified')
    expect(sources.REF_ORIGINAL_ART_5_1.status).toBe('secondary-source')
    expect(sources.REF_NEW_ART_2_1).toMatchObject({
      status: 'secondary-source',
      consolidatedAsOf: '2024-07-01',
    })
    expect(sources.REF_NEW_TRANSITIONAL).toMatchObject({ status: 'secondary-source', kind: 'law' })
    expect(sources.REF_NEW_TRANSITIONAL.number).toBeUndefined()
    expect(sources.REF_NEW_WRITTEN_AGREEMENT.status).toBe('unverified')
    expect(sources.refGovDescription('17-25')).toMatchObject({
      kind: 'government-resolution',
      status: 'secondary-source',
    })
  })

  test('every reference a README decision cites has a status', () => {
    const text = agreement2023Examples()
    expect(text).not.toMatch(/\[no status\]/)
  })
})
