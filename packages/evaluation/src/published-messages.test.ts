import { checkMessageCatalog, messagePlaceholders, renderMessage } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { publishedRankingMessages } from './index.js'

// Sample values by placeholder: amounts and averages as the data holds them, a legal point with a dot.
const SAMPLES: Readonly<Record<string, string>> = {
  application: 'BO-2024-172',
  reserve: 'BO-2024-137',
  funded: 'BO-2024-55',
  other: 'BO-2024-206',
  first: 'BO-2024-29',
  second: 'BO-2024-177',
  envelope: 'Dotnuvos seniūnija',
  date: '2024-03-27',
  point: '19.6',
  ref: 'Pavyzdžių rajono savivaldybės mero potvarkis Nr. M-1, 40 p.',
}
const NUMBERS = ['2946.00', '54.5', '14647.15']

function sampleParams(template: string): Record<string, string> {
  const params: Record<string, string> = {}
  messagePlaceholders(template).forEach((p, i) => {
    params[p.name] = p.style === 'plain' ? (SAMPLES[p.name] ?? 'x') : NUMBERS[i % NUMBERS.length]!
  })
  return params
}

// A legal point ("40 p.", "19.6 p.") may carry a dot between digits; nothing else may.
const LEGAL_POINT = /\d+(?:\.\d+)* p\./g
const ENGLISH = /\b(funded|reserve|not-funded|remainder|total|amount|EUR|undefined|null|NaN|[A-Z]+_[A-Z_]+)\b/

describe('publishedRankingMessages', () => {
  it('is complete: both languages, the same placeholders', () => {
    expect(checkMessageCatalog(publishedRankingMessages)).toEqual([])
  })

  it('every Lithuanian text reads like an official letter: number forms, no English codes', () => {
    for (const [key, entry] of Object.entries(publishedRankingMessages)) {
      const text = renderMessage(publishedRankingMessages, key, sampleParams(entry.lt), 'lt')
      expect(text.replace(LEGAL_POINT, ''), key).not.toMatch(/\d\.\d/)
      expect(text, key).not.toMatch(ENGLISH)
      expect(text, key).not.toMatch(/[{}]/)
    }
  })

  it('renders amounts and averages in Lithuanian number forms', () => {
    const lt = (key: keyof typeof publishedRankingMessages, params: Record<string, string>) =>
      renderMessage(publishedRankingMessages, key, params, 'lt')
    expect(
      lt('evaluation.published.belowPassMark', { application: 'A-1', average: '54.5', passMark: '60' }),
    ).toBe(
      'Finansuojamo projekto A-1 balų vidurkis (54,5) mažesnis už Konkurso apraše nustatytą minimalų balų skaičių (60).',
    )
    expect(lt('evaluation.published.heading.reservePoint', { point: '40' })).toBe(
      'REZERVINIŲ PROJEKTŲ SĄRAŠAS (Aprašo 40 p.)',
    )
  })

  it('the test above fails on a text with a raw amount or an English code', () => {
    const bad = { x: { lt: 'Skirta 2946.00 Eur (funded)', en: 'x' } }
    const text = renderMessage(bad, 'x', {}, 'lt')
    expect(text.replace(LEGAL_POINT, '')).toMatch(/\d\.\d/)
    expect(text).toMatch(ENGLISH)
  })
})
