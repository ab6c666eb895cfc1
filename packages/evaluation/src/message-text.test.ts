import { fc, test } from '@fast-check/vitest'
import { renderMessage } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { toCall } from '../test/legacy-call.js'
import { evaluationMessages, rankApplications } from './index.js'
import { rankInputArb } from './testing.js'

const input = {
  call: toCall({
    budget: '4000.00',
    minPerProject: '1000.00',
    maxPerProject: '3000.00',
    criteria: [{ id: 'q', max: 10 }],
    lastProject: 'offer-remainder-if-at-least-minimum' as const,
  }),
  applications: [
    { id: 'A', requested: '3500.00', evaluations: [{ evaluator: 'E1', scores: { q: 9 } }] },
    { id: 'B', requested: '2000.00', evaluations: [{ evaluator: 'E1', scores: { q: 8 } }] },
  ],
}

describe('row message texts (rendered when read)', () => {
  it('reads as a plain enumerable string property, in the order key, params, text', () => {
    const message = rankApplications(input).rows[0]!.reasons[0]!.message
    expect(Object.keys(message)).toEqual(['key', 'params', 'text'])
    expect(message.text).toBe(
      'Projektas finansuojamas: skiriama didžiausia vienam projektui galima suma 3 000,00 Eur (prašyta 3 500,00 Eur).',
    )
    expect({ ...message }).toEqual({ key: message.key, params: message.params, text: message.text })
    expect(JSON.parse(JSON.stringify(message))).toEqual({ ...message })
    expect(structuredClone(message)).toEqual({ ...message })
  })

  it('can be assigned like a data property', () => {
    const message = rankApplications(input).rows[1]!.reasons[0]!.message
    message.text = 'replaced'
    expect(message.text).toBe('replaced')
    expect(JSON.parse(JSON.stringify(message)).text).toBe('replaced')
  })

  describe('properties', () => {
    test.prop([rankInputArb(), fc.constantFrom('lt' as const, 'en' as const)])(
      "every row message's text is core's rendering of its key and params",
      (generated, lang) => {
        for (const row of rankApplications({ ...generated, lang }).rows) {
          for (const reason of row.reasons) {
            const { key, params, text } = reason.message
            if (!Object.hasOwn(evaluationMessages, key)) continue
            expect(text).toBe(renderMessage(evaluationMessages, key, params, lang))
          }
        }
      },
    )
  })
})
