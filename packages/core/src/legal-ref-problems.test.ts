import { describe, expect, it } from 'vitest'
import type { LegalRef } from './legal-ref.js'
import { legalRefCheckBlindSpots, legalRefProblems, RESEARCH_JARGON } from './testing.js'

const complete: LegalRef = {
  act: 'Aprašas',
  url: 'https://e-tar.lt/',
  kind: 'ministers-order',
  issuer: 'SADM',
  date: '2021-03-24',
  status: 'verified',
  notes: { lt: 'Pastaba.', en: 'A note.' },
}

describe('legalRefProblems', () => {
  it('accepts a complete reference and names each missing piece', () => {
    expect(legalRefProblems(complete)).toEqual([])
    expect(legalRefProblems({ act: 'Aprašas', url: 'https://e-tar.lt/' })).toEqual([
      'no kind',
      'no status',
      'no issuer',
      'no date',
    ])
    const { date: _d, ...undated } = complete
    expect(legalRefProblems(undated)).toEqual(['no date but verified', 'no date'])
    const explained = {
      ...undated,
      status: 'secondary-source' as const,
      notes: { lt: 'Data nenustatyta.', en: 'The date has not been established.' },
    }
    expect(legalRefProblems(explained)).toEqual([])
    expect(legalRefProblems({ ...complete, note: 'x' } as LegalRef)).toEqual([
      'a research note instead of notes',
    ])
  })

  it('finds research jargon', () => {
    expect(RESEARCH_JARGON.test('was not found in a stored copy of the act')).toBe(true)
    expect(RESEARCH_JARGON.test('Savivaldybės tarybos sprendimas')).toBe(false)
  })
})

describe('legalRefCheckBlindSpots', () => {
  it('is empty for a check that catches every missing field, and names what a weak check misses', () => {
    expect(legalRefCheckBlindSpots(legalRefProblems, complete)).toEqual([])
    expect(legalRefCheckBlindSpots(() => [], complete)).toEqual(['kind', 'date', 'status'])
    expect(legalRefCheckBlindSpots(() => ['no kind'], complete)).toEqual([
      '(the complete reference fails)',
      'date',
      'status',
    ])
  })
})
