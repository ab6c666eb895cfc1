import { test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { callArb } from '../test/arbitraries.js'
import { type Call, calls, citationFor, missingPolicies, parseCall } from './index.js'

describe('missingPolicies', () => {
  it('names what the Prienai 2021 repeat call does not state, and nothing it does', () => {
    expect(missingPolicies(calls['prienai-district-2021-repeat']).map((m) => m.path)).toEqual([
      'budget',
      'amounts.overMaximum',
      'evaluation.criteria',
      'evaluation.passMark',
      'evaluation.tiesAtBudgetLine',
      'evaluation.fundingOrder',
      'evaluation.lastProject',
      'evaluation.reserve',
    ])
  })

  it('asks for the unspent-money policy of envelopes, not for amounts set per envelope', () => {
    const call = parseCall({
      ...calls['vilnius-2024'],
      amounts: undefined,
      budget: {
        kind: 'envelopes',
        envelopes: [
          {
            id: 'a',
            name: { lt: 'A', en: 'A' },
            amount: '100.00',
            minPerProject: '10.00',
            maxPerProject: '100.00',
          },
        ],
      },
    })
    const paths = missingPolicies(call).map((m) => m.path)
    expect(paths).toContain('budget.unspent')
    expect(paths).not.toContain('amounts.maxPerProject')
  })

  it('gives each missing policy its lt/en label and the packages whose results depend on it', () => {
    const [first] = missingPolicies(calls['kedainiai-district-2024-pilot-additional'])
    expect(first).toEqual({
      policy: 'budget',
      path: 'budget',
      usedBy: ['evaluation'],
      label: { lt: 'Kvietimo lėšos', en: 'Budget of the call' },
    })
    expect(
      missingPolicies(calls['kedainiai-district-2024-pilot-additional']).map((m) => m.path),
    ).not.toContain('evaluation.reserve')
  })
})

describe('properties', () => {
  test.prop([callArb()])(
    'a missing policy is exactly one that citationFor reports as not stated',
    (input) => {
      const call: Call = parseCall(input)
      for (const m of missingPolicies(call)) {
        if (
          m.policy === 'amounts' &&
          call.amounts &&
          (call.amounts.minPerProject || call.amounts.maxPerProject)
        )
          continue
        expect(citationFor(call, m.policy).stated, m.path).toBe(false)
      }
    },
  )
})
