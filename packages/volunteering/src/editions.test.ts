import { test as fcTest } from '@fast-check/vitest'
import { isTalkaError, Temporal } from '@talka/core'
import { describe, expect, test } from 'vitest'
import { editionById, lawEdition, volunteeringEditions } from './editions.js'
import { volunteeringParameters } from './parameters.js'
import { resolveAgreementTerms, resolveEdition } from './resolve-edition.js'
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

/*
 * The transitional rule, as worded in the only source found (a news paraphrase of the amending law,
 * etaplius.lt / ve.lt): „iki jo įsigaliojimo sudarytos savanoriškos veiklos sutartys galiotų be
 * pakeitimų iki jų galiojimo pabaigos, bet ne ilgiau kaip iki 2027 metų“. Each test below names the
 * words it checks.
 */
describe('the transitional rule, from its wording', () => {
  test('without an agreement the statutory edition applies', () => {
    expect(resolveEdition({ asOf: '2024-06-30' }).edition?.id).toBe('original')
    expect(resolveEdition({ asOf: '2024-07-01' }).edition?.id).toBe('new')
    expect(resolveAgreementTerms({ asOf: '2024-07-01' }).edition?.id).toBe('new')
  })

  test('„iki jo įsigaliojimo sudarytos“: concluded on 2024-06-30 is covered, on 2024-07-01 is not', () => {
    expect(
      resolveAgreementTerms({ asOf: '2024-08-01', agreementConcludedOn: '2024-06-30' }).edition?.id,
    ).toBe('original')
    expect(
      resolveAgreementTerms({ asOf: '2024-08-01', agreementConcludedOn: '2024-07-01' }).edition?.id,
    ).toBe('new')
  })

  test('„sutartys galiotų be pakeitimų“: the agreement keeps its terms (the original edition’s) while it runs', () => {
    const r = resolveAgreementTerms({ asOf: '2025-03-01', agreementConcludedOn: '2024-06-30' })
    expect(r.edition?.id).toBe('original')
    expect(r.transitional).toBe(true)
    expect(r.reasons.map((x) => x.messageKey)).toEqual(['edition.transitional', 'edition.original-terms'])
    expect(r.reasons[0]?.ref.status).toBe('secondary-source')
  })

  test('the source keeps the agreements, not the statute: other questions follow the new edition', () => {
    const r = resolveEdition({ asOf: '2024-07-01', agreementConcludedOn: '2023-09-01' })
    expect(r.edition?.id).toBe('new')
    expect(r.transitional).toBe(false)
    expect(r.reasons.map((x) => x.messageKey)).toEqual(['edition.old-agreement', 'edition.new'])
  })

  test('„iki jų galiojimo pabaigos“: after its own last day an agreement no longer carries the original terms', () => {
    const r = resolveAgreementTerms({
      asOf: '2024-09-01',
      agreementConcludedOn: '2024-05-01',
      agreementEndsOn: '2024-08-31',
    })
    expect(r.edition?.id).toBe('new')
    expect(r.reasons[0]?.messageKey).toBe('edition.agreement-ended')
    expect(
      resolveAgreementTerms({
        asOf: '2024-08-31',
        agreementConcludedOn: '2024-05-01',
        agreementEndsOn: '2024-08-31',
      }).edition?.id,
    ).toBe('original')
  })

  test('„ne ilgiau kaip iki 2027 metų“: 2026-12-31 is certainly inside', () => {
    expect(
      resolveAgreementTerms({ asOf: '2026-12-31', agreementConcludedOn: '2024-01-01' }).edition?.id,
    ).toBe('original')
  })

  test('„ne ilgiau kaip iki 2027 metų“: during 2027 the last day is unknown, so the answer is unknown', () => {
    for (const asOf of ['2027-01-01', '2027-06-30', '2027-12-31']) {
      const r = resolveAgreementTerms({ asOf, agreementConcludedOn: '2024-01-01' })
      expect(r.edition).toBeNull()
      expect(r.truth.outcome).toBe('unknown')
      expect(r.missingFacts).toEqual(['parameter:volunteering.transition.original-terms-until'])
    }
  })

  test('„ne ilgiau kaip iki 2027 metų“: from 2028 the transition is certainly over', () => {
    const r = resolveAgreementTerms({ asOf: '2028-01-01', agreementConcludedOn: '2024-01-01' })
    expect(r.edition?.id).toBe('new')
    expect(r.transitional).toBe(false)
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
    'the statute follows the day; an agreement keeps the original terms only if concluded before 2024-07-01, and not after 2026',
    (asOf, concludedOn) => {
      expect(resolveEdition({ asOf, agreementConcludedOn: concludedOn }).edition).toBe(lawEdition(asOf))
      const r = resolveAgreementTerms({ asOf, agreementConcludedOn: concludedOn })
      if (r.edition?.id === 'original') {
        expect(asOf <= '2024-06-30' || (concludedOn < '2024-07-01' && asOf <= '2026-12-31')).toBe(true)
      }
      if (r.edition === null) expect(asOf.startsWith('2027')).toBe(true)
      if (r.edition) expect(editionById(r.edition.id)).toBe(r.edition)
    },
  )
})
