import { fc, test } from '@fast-check/vitest'
import { isParsed, ValidationError } from '@talka/core'
import { findNonStrictObjects } from '@talka/core/testing'
import { describe, expect, it } from 'vitest'
import { callArb } from '../test/arbitraries.js'
import { madeUpCall } from '../test/support.js'
import * as api from './index.js'
import { type CallInput, CallSchema, callParser, calls, parseCall, safeParseCall } from './index.js'

const prienai = calls['prienai-district-2021-repeat']

/** The issues of a call that must fail, as `path: message` lines. */
function issuesOf(input: unknown): string[] {
  const result = safeParseCall(input)
  if (result.success) throw new Error('expected the call to fail')
  expect(result.error).toBeInstanceOf(ValidationError)
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

const madeUp = madeUpCall

describe('CallSchema', () => {
  it('every object of every exported schema is strict', () => {
    const schemas = Object.entries(api).filter(([name]) => name.endsWith('Schema'))
    expect(schemas.length).toBeGreaterThan(15)
    for (const [name, schema] of schemas) expect(findNonStrictObjects(schema), name).toEqual([])
  })

  it('every catalog call parses, marked as parsed', () => {
    for (const [id, call] of Object.entries(calls)) {
      const result = safeParseCall(call)
      expect(result.success, `${id}: ${result.success ? '' : result.error.message}`).toBe(true)
      if (result.success) expect(isParsed(result.data)).toBe(true)
      expect(call.id).toBe(id)
    }
  })

  it('a misspelt key fails with its path, at any depth', () => {
    expect(issuesOf({ ...prienai, yaer: 2021 })).toEqual([
      expect.stringMatching(/^: Unrecognized key: "yaer"/),
    ])
    expect(issuesOf({ ...prienai, amounts: { ...prienai.amounts, maxPerProjet: '10.00' } })).toEqual([
      expect.stringMatching(/^amounts: Unrecognized key: "maxPerProjet"/),
    ])
    expect(
      issuesOf(madeUp({ evaluation: { passmark: { score: 60 } } })).some((i) =>
        i.startsWith('evaluation: Unrecognized'),
      ),
    ).toBe(true)
    expect(
      issuesOf({ ...prienai, applicants: { ...prienai.applicants, ref: { point: '42', pont: '4' } } }),
    ).not.toEqual([])
  })

  it('requires the identity and the reference of the call', () => {
    const paths = issuesOf({}).map((i) => i.split(':')[0])
    expect(paths).toEqual(['id', 'name', 'municipality', 'year', 'model', 'ref'])
  })

  it('__proto__, constructor and prototype keys are unknown keys, never copied', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const root = JSON.parse(`{"${key}": {"polluted": true}, "id": "x"}`) as Record<string, unknown>
      const input = { ...(madeUp() as object) }
      Object.defineProperty(input, key, { value: root[key], enumerable: true })
      expect(safeParseCall(input).success, key).toBe(false)
      const nested = JSON.parse(
        JSON.stringify(madeUp({ budget: { kind: 'total', amount: '10.00' } })).replace(
          '"kind":"total"',
          `"kind":"total","${key}":{"polluted":true}`,
        ),
      )
      expect(issuesOf(nested), key).toEqual([expect.stringContaining(`Unrecognized key: "${key}"`)])
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('130,000 bad array elements give a bounded ValidationError, not a RangeError', () => {
    const many = Array.from({ length: 130_000 }, () => ({ id: 'X' }))
    for (const input of [
      madeUp({ evaluation: { criteria: many } }),
      madeUp({ budget: { kind: 'envelopes', envelopes: many } }),
      madeUp({ costs: { caps: many } }),
      madeUp({ activities: { areas: many } }),
      madeUp({ evaluation: { tiesAtBudgetLine: { keys: many } } }),
    ]) {
      const result = safeParseCall(input)
      expect(result.success).toBe(false)
      if (!result.success) expect(result.error.issues.length).toBeLessThanOrEqual(100)
    }
  })

  it('checks minimum ≤ maximum, envelope amounts and unique envelope ids, with paths', () => {
    expect(issuesOf(madeUp({ amounts: { minPerProject: '2000.00', maxPerProject: '1000.00' } }))).toEqual([
      'amounts.maxPerProject: maxPerProject is below minPerProject',
    ])
    const envelope = {
      id: 'a',
      name: { lt: 'A seniūnija', en: 'A eldership' },
      amount: '1000.00',
      minPerProject: '200.00',
      maxPerProject: '2000.00',
    }
    expect(issuesOf(madeUp({ budget: { kind: 'envelopes', envelopes: [envelope, envelope] } }))).toEqual([
      "budget.envelopes.0.maxPerProject: maxPerProject is above the envelope's amount",
      "budget.envelopes.1.maxPerProject: maxPerProject is above the envelope's amount",
      'budget.envelopes.1.id: Duplicate envelope id',
    ])
    expect(
      issuesOf(
        madeUp({
          budget: { kind: 'envelopes', envelopes: [{ ...envelope, maxPerProject: '500.00' }] },
          amounts: { maxPerProject: '500.00', overMaximum: 'cap' },
        }),
      ),
    ).toEqual(['amounts.maxPerProject: With envelopes, maxPerProject is set per envelope'])
    expect(
      issuesOf(madeUp({ budget: { kind: 'total', amount: '100.00' }, amounts: { minPerProject: '200.00' } })),
    ).toEqual(['amounts.minPerProject: minPerProject is above the budget'])
  })

  it('checks criteria: unique ids, ranges, per-criterion minimum, pass mark within the weighted range, tie keys', () => {
    const c = (id: string, extra: Record<string, unknown> = {}) => ({
      id,
      title: { lt: id, en: id },
      min: 0,
      max: 5,
      weight: '1',
      ...extra,
    })
    expect(
      issuesOf(
        madeUp({
          evaluation: {
            criteria: [
              c('a'),
              c('a', { min: 5, max: 5 }),
              c('b', { minimumScore: 6 }),
              c('d', { weight: '2' }),
            ],
            passMark: { score: 25.5 },
            tiesAtBudgetLine: {
              keys: [{ lot: { seed: 's' } }, 'criterion:zzz', 'submittedAt', 'submittedAt'],
            },
          },
        }),
      ),
    ).toEqual([
      'evaluation.criteria.1.max: max must be above min',
      "evaluation.criteria.2.minimumScore: minimumScore is outside the criterion's range",
      'evaluation.criteria.1.id: Duplicate criterion id',
      'evaluation.passMark.score: The pass mark is outside the range of the weighted total of the criteria',
      'evaluation.tiesAtBudgetLine.keys.0: A lot must be the last tie-break key',
      'evaluation.tiesAtBudgetLine.keys.1: Unknown criterion id in the tie-break key',
      'evaluation.tiesAtBudgetLine.keys.3: Duplicate tie-break key',
    ])
    // 5 + 5 + 5 + 2·5 = 25 is the highest weighted total: 25 passes, 25.01 does not.
    const criteria = [c('a'), c('b'), c('e'), c('d', { weight: '2' })]
    expect(safeParseCall(madeUp({ evaluation: { criteria, passMark: { score: '25' } } })).success).toBe(true)
    expect(safeParseCall(madeUp({ evaluation: { criteria, passMark: { score: '25.01' } } })).success).toBe(
      false,
    )
  })

  it('checks scores, shares, dates, divergence and reserve', () => {
    expect(
      issuesOf(
        madeUp({
          dates: { submissionFrom: '2025-07-10', submissionUntil: '2025-07-09' },
          costs: {
            caps: [
              { category: 'a', maxShare: '0.6' },
              { category: 'a', maxShare: '0.4' },
            ],
          },
          evaluation: {
            divergence: {
              maxDifference: '101',
              unit: 'percent-of-maximum',
              resolve: 'average-all',
              initialEvaluators: 2,
            },
            reserve: { list: false, proposedAmount: true },
          },
        }),
      ),
    ).toEqual([
      'dates.submissionUntil: submissionUntil is before submissionFrom',
      'costs.caps.1.category: Duplicate cap category',
      'costs.caps: The shares of all caps must add up to less than 1',
      'evaluation.divergence.maxDifference: A percentage is at most 100',
      'evaluation.reserve.proposedAmount: A proposed amount needs a reserve list',
    ])
    expect(issuesOf(madeUp({ evaluation: { passMark: { score: 1.234 } } }))[0]).toMatch(
      /^evaluation.passMark.score/,
    )
    expect(issuesOf(madeUp({ budget: { kind: 'total', amount: '1e3' } }))[0]).toMatch(/^budget.amount/)
  })

  it('parse throws a ValidationError; ensure does not validate a parsed call twice', () => {
    expect(() => parseCall({ ...prienai, year: 1999 })).toThrow(ValidationError)
    const parsed = parseCall(prienai)
    expect(callParser.ensure(parsed)).toBe(parsed)
    expect(CallSchema.parse(prienai)).toEqual(prienai)
  })
})

describe('properties', () => {
  test.prop([callArb()])(
    'every made-up call parses and round-trips through JSON unchanged',
    (input: CallInput) => {
      const json = JSON.stringify(input)
      const parsed = parseCall(JSON.parse(json))
      expect(JSON.parse(JSON.stringify(parsed))).toEqual(JSON.parse(json))
    },
  )

  test.prop([callArb(), fc.constantFrom('yaer', 'budjet', 'amount', 'extra')])(
    'an unknown key anywhere is refused at its path (a policy reference, a union, at the reference)',
    (input, key) => {
      const call = JSON.parse(JSON.stringify(input)) as Record<string, unknown>
      const objects: [string, Record<string, unknown>][] = []
      const walk = (v: unknown, path: string) => {
        if (v && typeof v === 'object') {
          if (!Array.isArray(v)) objects.push([path, v as Record<string, unknown>])
          for (const [k, child] of Object.entries(v)) walk(child, path ? `${path}.${k}` : k)
        }
      }
      walk(call, '')
      const [path, target] = objects[key.length % objects.length]!
      if (Object.hasOwn(target, key)) return
      target[key] = 1
      const result = safeParseCall(call)
      expect(result.success).toBe(false)
      if (!result.success) {
        const found = result.error.issues.some(
          (i) =>
            (i.path.join('.') === path && i.message.includes(`"${key}"`)) ||
            (i.path.join('.') === path && i.code === 'invalid_union'),
        )
        expect(found, JSON.stringify(result.error.issues)).toBe(true)
      }
    },
  )

  it('catalog calls round-trip through JSON unchanged', () => {
    for (const call of Object.values(calls)) expect(parseCall(JSON.parse(JSON.stringify(call)))).toEqual(call)
  })
})
