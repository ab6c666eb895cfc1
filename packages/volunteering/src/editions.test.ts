import { test as fcTest } from '@fast-check/vitest'
import { isTalkaError, Temporal } from '@talka/core'
import { describe, expect, test } from 'vitest'
import { editionById, lawEdition, volunteeringEditions } from './editions.js'
import { volunteeringParameters } from './parameters.js'
import { resolveEdition } from './resolve-edition.js'
import { asOfArb } from './testing.js'

describe('lawEdition', () => {
  test('the original edition is in force 2011-08-01 … 2024-06-30', () => {
    expect(lawEdition('2011-08-01').id).toBe('original')
    expect(lawEdition('2024-06-30').id).toBe('original')
  })

  test('the new edition is in force from 2024-07-01', () => {
    expect(lawEdition('2024-07-01').id).toBe('new')
    expect(lawEdition(Temporal.PlainDate.from('2030-01-01')).id).toBe('new')
  })

  test('no edition before 2011-08-01: a typed error', () => {
    expect(() => lawEdition('2011-07-31')).toThrow(/No edition/)
    try {
      lawEdition('2011-07-31')
    } catch (error) {
      expect(isTalkaError(error, 'NO_EDITION_IN_FORCE')).toBe(true)
    }
  })

  test('a malformed date is core INVALID_DATE, not a TypeError', () => {
    expect(() => lawEdition('2024-02-30')).toThrowError(expect.objectContaining({ code: 'INVALID_DATE' }))
  })

  test('each edition cites its first article', () => {
    for (const edition of volunteeringEditions) {
      expect(edition.ref.article).toBe('1')
      expect(edition.ref.act).toBe(edition.act)
      expect(edition.ref.url).toMatch(/^https:\/\/e-seimas\.lrs\.lt\//)
    }
  })

  test('the edition parameter is part of the exported store', () => {
    expect(volunteeringParameters.map((p) => p.id)).toContain('volunteering.edition-in-force')
  })
})

describe('resolveEdition (transitional rule)', () => {
  test('without an agreement the statutory edition applies', () => {
    expect(resolveEdition({ asOf: '2024-06-30' }).edition?.id).toBe('original')
    expect(resolveEdition({ asOf: '2024-07-01' }).edition?.id).toBe('new')
  })

  test('an agreement concluded before 2024-07-01 keeps the original terms while it runs (pass)', () => {
    const r = resolveEdition({ asOf: '2025-03-01', agreementConcludedOn: '2024-06-30' })
    expect(r.edition?.id).toBe('original')
    expect(r.transitional).toBe(true)
    expect(r.reasons.map((x) => x.messageKey)).toEqual(['edition.transitional', 'edition.original'])
  })

  test('the last day that is certainly inside the transition is 2026-12-31', () => {
    expect(resolveEdition({ asOf: '2026-12-31', agreementConcludedOn: '2024-01-01' }).edition?.id).toBe(
      'original',
    )
  })

  test('during 2027 the end date is unknown: unknown with the missing parameter', () => {
    for (const asOf of ['2027-01-01', '2027-06-30', '2027-12-31']) {
      const r = resolveEdition({ asOf, agreementConcludedOn: '2024-01-01' })
      expect(r.edition).toBeNull()
      expect(r.result).toBe('unknown')
      expect(r.missingFacts).toEqual(['parameter:volunteering.transition.original-terms-until'])
    }
  })

  test('from 2028 the transition is certainly over (fail of the exception: new edition)', () => {
    const r = resolveEdition({ asOf: '2028-01-01', agreementConcludedOn: '2024-01-01' })
    expect(r.edition?.id).toBe('new')
    expect(r.transitional).toBe(false)
  })

  test('an agreement that has ended no longer carries the original terms', () => {
    const r = resolveEdition({
      asOf: '2024-09-01',
      agreementConcludedOn: '2024-05-01',
      agreementEndsOn: '2024-08-31',
    })
    expect(r.edition?.id).toBe('new')
    expect(r.reasons[0]?.messageKey).toBe('edition.agreement-ended')
  })

  test('an agreement concluded on 2024-07-01 is under the new edition', () => {
    expect(resolveEdition({ asOf: '2024-08-01', agreementConcludedOn: '2024-07-01' }).edition?.id).toBe('new')
  })
})

describe('properties', () => {
  fcTest.prop([asOfArb()])('exactly one edition is in force on every day from 2011-08-01', (asOf) => {
    const containing = volunteeringEditions.filter(
      (e) => asOf >= e.validFrom && (e.validTo === null || asOf <= e.validTo),
    )
    expect(containing).toHaveLength(1)
    expect(lawEdition(asOf)).toBe(containing[0])
  })

  fcTest.prop([asOfArb(), asOfArb({ max: '2030-12-31' })])(
    'the transitional rule only ever chooses the original edition for a pre-2024-07-01 agreement before 2027',
    (asOf, concludedOn) => {
      const r = resolveEdition({ asOf, agreementConcludedOn: concludedOn })
      if (r.edition?.id === 'original') {
        expect(asOf <= '2024-06-30' || (concludedOn < '2024-07-01' && asOf <= '2026-12-31')).toBe(true)
      }
      if (r.edition === null) expect(asOf.startsWith('2027')).toBe(true)
      if (r.edition) expect(editionById(r.edition.id)).toBe(r.edition)
    },
  )
})
