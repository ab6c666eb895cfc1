import { type MessageParams, messagePlaceholders, renderMessage } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { pilot2022Input } from '../examples/pilot-2022.js'
import {
  type EvaluationMessageKey,
  evaluationMessages,
  rankApplications,
  summaryToCsv,
  summaryToHtml,
} from './index.js'

// Codes of the package's data (decisions, policies, outcomes, units) that must never show in a Lithuanian text.
const ENGLISH_CODES =
  /\b(applied|ineligible|eligible|undetermined|funded|reserve|not-funded|needs-another-evaluator|tie-unresolved|formal-check-pending|average-all|average-of-closest-two|offer-remainder-if-at-least-minimum|skip-ahead|strict|points|percent-of-maximum|submittedAt|unresolved|pass|fail|unknown|EUR)\b/

function sampleParams(template: string, plural: number): MessageParams {
  const params: Record<string, string | number> = {}
  for (const { name, style } of messagePlaceholders(template)) {
    params[name] =
      style === 'amount' ? '2600.00' : style === 'number' ? '54.0' : style === 'plural' ? plural : 'X'
  }
  return params
}

const keys = Object.keys(evaluationMessages) as EvaluationMessageKey[]

describe('Lithuanian messages read like an official letter', () => {
  it.each(keys)('%s: Lithuanian number forms, no English codes', (key) => {
    for (const plural of [61, 4, 1, 10]) {
      const text = renderMessage(
        evaluationMessages,
        key,
        sampleParams(evaluationMessages[key].lt, plural),
        'lt',
      )
      expect(text).not.toMatch(/\d\.\d/)
      expect(text).not.toMatch(ENGLISH_CODES)
      expect(text).not.toMatch(/\(-ų\)|\(s\)/)
      // English renders too, with every placeholder filled.
      const en = renderMessage(
        evaluationMessages,
        key,
        sampleParams(evaluationMessages[key].en, plural),
        'en',
      )
      expect(en).not.toMatch(/[{}]/)
    }
  })

  it('formats amounts, scores and counts the Lithuanian way', () => {
    const lt = (key: EvaluationMessageKey, params: MessageParams) =>
      renderMessage(evaluationMessages, key, params, 'lt')
    expect(lt('evaluation.cutOff.funded', { amount: '2946.00', requested: '3000' })).toBe(
      'Projektas finansuojamas: skiriama 2 946,00 Eur (prašyta 3 000,00 Eur).',
    )
    expect(lt('evaluation.passMark.notReached', { passMark: '60', average: '54.0' })).toContain(
      '(60); balų vidurkis 54,0.',
    )
    expect(lt('evaluation.passMark.summary', { passMark: '60.5', count: 61 })).toBe(
      'Minimalus balų vidurkis 60,5; jo nepasiekė 61 projektas.',
    )
    expect(lt('evaluation.passMark.summary', { passMark: '60', count: 4 })).toContain('4 projektai')
    expect(lt('evaluation.passMark.summary', { passMark: '60', count: 12 })).toContain('12 projektų')
    expect(
      lt('evaluation.divergence.needsAnother', { difference: '25.5', threshold: '20', unit: ' %' }),
    ).toContain('skiriasi 25,5 balo, daugiau nei leidžiama (20 %)')
  })
})

// A legal point ("Aprašo 19.6 p.", quoted from an eligibility reason) is a number of a provision, not a decimal.
const withoutPoints = (text: string) => text.replace(/\d+(?:\.\d+)+ p\./g, '')

describe('the summary shows Lithuanian numbers', () => {
  const result = rankApplications(pilot2022Input)

  it('in the HTML table: decimal comma and grouped thousands', () => {
    const html = summaryToHtml(result, { lang: 'lt' })
    const cells = [...html.matchAll(/<(?:td|dd)[^>]*>([^<]*)<\/(?:td|dd)>/g)].map((m) => m[1]!)
    for (const cell of cells) expect(withoutPoints(cell)).not.toMatch(/\d\.\d/)
    expect(html).toContain('1 442,05')
    expect(html).toContain('62,5')
  })

  it('in the CSV: decimal comma, no grouping (spreadsheets read the cell as a number)', () => {
    const lines = summaryToCsv(result, { lang: 'lt' }).split('\r\n')
    expect(withoutPoints(lines.join('\n'))).not.toMatch(/\d\.\d/)
    expect(lines.find((l) => l.includes('TAU-2022-11'))).toContain(';62,5;Finansuojamas;1442,05;')
  })
})
