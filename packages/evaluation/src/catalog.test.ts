import { checkCatalog, checkMessageCatalog, LegalRefSchema, ParameterStore } from '@talka/core'
import { describe, expect, it } from 'vitest'
import {
  evaluationCatalog,
  evaluationMessages,
  evaluationParameters,
  evaluationRules,
  evaluationSources,
} from './index.js'

describe('catalog', () => {
  it('is complete: every rule and parameter has lt/en texts, messages and a legal reference with a URL', () => {
    expect(checkCatalog(evaluationCatalog)).toEqual([])
    expect(checkMessageCatalog(evaluationMessages)).toEqual([])
  })

  it('covers the pass mark, criterion minimums, divergence, cut-off, amounts, envelopes, last project, reserve list and ties', () => {
    expect(evaluationRules.map((r) => r.id)).toEqual([
      'evaluation.scoring',
      'evaluation.divergence',
      'evaluation.formal-check',
      'evaluation.pass-mark',
      'evaluation.criterion-minimum',
      'evaluation.cut-off',
      'evaluation.over-maximum',
      'evaluation.eligible-amount',
      'evaluation.envelopes',
      'evaluation.last-project',
      'evaluation.reserve-list',
      'evaluation.ties',
    ])
  })

  it('uses every message in some rule, and only known ones', () => {
    const used = new Set(evaluationRules.flatMap((r) => Object.keys(r.messages)))
    expect([...used].sort()).toEqual(Object.keys(evaluationMessages).sort())
  })

  it('cites valid references, Lithuanian texts with diacritics', () => {
    for (const ref of Object.values(evaluationSources))
      expect(LegalRefSchema.safeParse(ref).success).toBe(true)
    expect(evaluationMessages['evaluation.passMark.notReached'].lt).toContain('minimalaus balų skaičiaus')
  })

  it('dates the pilot call amounts', () => {
    const store = new ParameterStore(evaluationParameters)
    expect(store.at<string>('evaluation.pilot.min-per-project', '2023-05-01').value).toBe('1000.00')
    expect(store.at<string>('evaluation.pilot.max-per-project', '2023-05-01').value).toBe('3000.00')
    expect(() => store.at('evaluation.pilot.max-per-project', '2022-05-01')).toThrowError(
      expect.objectContaining({ code: 'TIMELINE_NO_VALUE' }),
    )
  })
})
