import { parseCall } from '@talka/calls'
import { findNonStrictObjects } from '@talka/core/testing'
import { describe, expect, it } from 'vitest'
import { toCall } from '../test/legacy-call.js'
import {
  ApplicationSchema,
  EvaluationSchema,
  FormalCheckSchema,
  parseRankApplicationsInput,
  promoteFromReserve,
  RankApplicationsInputSchema,
  rankApplications,
  ScoreValueSchema,
  safeParseRankApplicationsInput,
  summaryToCsv,
  summaryToHtml,
} from './index.js'
import { formalCheckFixture } from './testing.js'

const call = toCall({
  budget: '5000.00',
  minPerProject: '1000.00',
  maxPerProject: '3000.00',
  passMark: '60',
  criteria: [{ id: 'q', max: 100 }],
  lastProject: 'offer-remainder-if-at-least-minimum' as const,
})
const app = (id: string, score: number) => ({
  id,
  requested: '2000.00',
  evaluations: [{ evaluator: 'E1', scores: { q: score } }],
})
const valid = { call, applications: [app('A', 90), app('B', 40)] }

function errorOf(f: () => unknown): {
  code?: string
  issues?: { path: unknown[]; code: string }[]
  issueCount?: number
} {
  try {
    f()
  } catch (e) {
    return e as never
  }
  throw new Error('expected an error')
}

describe('every input object is strict', () => {
  it.each([
    ['RankApplicationsInputSchema', RankApplicationsInputSchema],
    ['ApplicationSchema', ApplicationSchema],
    ['EvaluationSchema', EvaluationSchema],
    ['FormalCheckSchema', FormalCheckSchema],
    ['ScoreValueSchema', ScoreValueSchema],
  ])('%s has no non-strict object', (_, schema) => {
    expect(findNonStrictObjects(schema)).toEqual([])
  })

  it('refuses a misspelt passmark with its path instead of funding every project above zero', () => {
    const { passMark: _, ...rest } = call.evaluation!
    const misspelt = {
      call: { ...call, evaluation: { ...rest, passmark: { score: 60 } } },
      applications: valid.applications,
    }
    const error = errorOf(() => rankApplications(misspelt as never))
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.issues?.[0]).toMatchObject({ path: ['call', 'evaluation'], code: 'unrecognized_keys' })
    expect(JSON.stringify(error.issues)).toContain('passmark')
  })

  it('refuses unknown keys at every level, with their paths', () => {
    const withExtra = {
      ...valid,
      applications: [{ ...app('A', 90), evaluations: [{ evaluator: 'E1', scores: { q: 1 }, note: 'x' }] }],
    }
    const result = safeParseRankApplicationsInput(withExtra)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(['applications', 0, 'evaluations', 0])
    const check = { ...formalCheckFixture('eligible'), extra: 1 }
    expect(
      safeParseRankApplicationsInput({ ...valid, applications: [{ ...app('A', 1), formalCheck: check }] })
        .success,
    ).toBe(false)
  })
})

describe('__proto__, constructor and prototype keys', () => {
  const evilKeys = ['__proto__', 'constructor', 'prototype'] as const
  // JSON.parse makes `__proto__` an own key, as a request body would.
  const json = (text: string) => JSON.parse(text) as unknown

  it.each(evilKeys)(
    '%s in the input, the call, an application, an evaluation or its scores is a typed error',
    (key) => {
      const bodies = [
        `{"call":${JSON.stringify(call)},"applications":[],"${key}":{"polluted":true}}`,
        `{"call":${JSON.stringify({ ...call }).slice(0, -1)},"${key}":{"polluted":true}},"applications":[]}`,
        `{"call":${JSON.stringify(call)},"applications":[{"id":"A","requested":"1.00","evaluations":[],"${key}":{"polluted":true}}]}`,
      ]
      // In scores and justifications (records) an unknown key is an unknown criterion …
      if (key !== '__proto__') {
        bodies.push(
          `{"call":${JSON.stringify(call)},"applications":[{"id":"A","requested":"1.00","evaluations":[{"evaluator":"E","scores":{"q":1,"${key}":5}}]}]}`,
          `{"call":${JSON.stringify(call)},"applications":[{"id":"A","requested":"1.00","evaluations":[{"evaluator":"E","scores":{"q":1},"justification":{"${key}":"x"}}]}]}`,
        )
      }
      for (const body of bodies) {
        for (const entry of [rankApplications, parseRankApplicationsInput]) {
          const error = errorOf(() => entry(json(body) as never))
          expect(error.code).toBe('VALIDATION_FAILED')
        }
        expect(safeParseRankApplicationsInput(json(body)).success).toBe(false)
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    },
  )

  it('drops __proto__ in scores and justifications: the result is that of the input without it', () => {
    const body = (extra: string) =>
      json(
        `{"call":${JSON.stringify(call)},"applications":[{"id":"A","requested":"2000.00","evaluations":[{"evaluator":"E","scores":{"q":70${extra}},"justification":{"q":"ok"${extra}}}]}]}`,
      )
    const clean = JSON.stringify(rankApplications(body('') as never))
    expect(JSON.stringify(rankApplications(body(',"__proto__":{"q":1}') as never))).toBe(clean)
    expect(({} as Record<string, unknown>).q).toBeUndefined()
  })

  it('refuses a criterion with the id __proto__, which no score could name', () => {
    const criteria = [{ id: '__proto__', title: { lt: 'x', en: 'x' }, min: 0, max: 10, weight: '1' }]
    const bad = { ...valid, call: { ...call, evaluation: { ...call.evaluation, criteria } } }
    expect(errorOf(() => rankApplications(bad)).issues?.[0]?.path).toEqual([
      'call',
      'evaluation',
      'criteria',
      0,
      'id',
    ])
  })

  it('promoteFromReserve refuses such keys and ids that were not funded, with a typed error', () => {
    const result = rankApplications(valid)
    for (const key of evilKeys) {
      const options = json(`{"declined":["${key}"]}`) as never
      expect(errorOf(() => promoteFromReserve(result, options)).code).toBe('INVALID_OPTIONS')
      const returned = json(`{"returned":[{"id":"A","amount":"1.00","${key}":{"polluted":true}}]}`) as never
      expect(promoteFromReserve(result, returned).available).toBe('3001.00')
    }
    expect(errorOf(() => promoteFromReserve({} as never)).code).toBe('INVALID_RESULT')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('leaves the summary renderers unaffected by such keys in their options', () => {
    const result = rankApplications(valid)
    for (const key of evilKeys) {
      const options = json(`{"lang":"en","${key}":{"lang":"lt","bom":true}}`) as never
      expect(summaryToCsv(result, options)).toBe(summaryToCsv(result, { lang: 'en' }))
      expect(summaryToHtml(result, options)).toBe(summaryToHtml(result, { lang: 'en' }))
    }
    expect(({} as Record<string, unknown>).bom).toBeUndefined()
  })
})

describe('bounded validation', () => {
  it('answers 130,000 bad applications with a ValidationError of at most 100 issues and their count', () => {
    const applications = Array.from({ length: 130_000 }, () => ({ id: 7 }))
    for (const entry of [rankApplications, parseRankApplicationsInput]) {
      const error = errorOf(() => entry({ call, applications } as never))
      expect(error.code).toBe('VALIDATION_FAILED')
      expect(error.issues?.length).toBe(100)
      expect(error.issueCount).toBeGreaterThanOrEqual(130_000)
    }
  })

  it('bounds cross-field issues too: 130,000 scores out of range', () => {
    const applications = Array.from({ length: 130_000 }, (_, i) => app(`A${i}`, 101))
    const result = safeParseRankApplicationsInput({ call, applications })
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.error.issues.length).toBe(100)
      expect(result.error.issueCount).toBe(130_000)
      expect(result.error.issues[0]).toMatchObject({
        path: ['applications', 0, 'evaluations', 0, 'scores', 'q'],
        code: 'score_out_of_range',
      })
    }
  })
})

describe('parse once', () => {
  it('does not validate a call parsed by @talka/calls again, with the same result', () => {
    const parsed = parseCall(call)
    expect(JSON.stringify(rankApplications({ ...valid, call: parsed }))).toBe(
      JSON.stringify(rankApplications(valid)),
    )
    // A parsed call is trusted: it is passed through, not copied.
    expect(parseRankApplicationsInput({ ...valid, call: parsed }).call).toBe(parsed)
  })

  it('ranks a parsed input without validating it again, with the same result as the raw input', () => {
    const parsed = parseRankApplicationsInput(valid)
    expect(JSON.stringify(rankApplications(parsed))).toBe(JSON.stringify(rankApplications(valid)))
  })

  it('does not trust a JSON copy of a parsed input', () => {
    const copy = JSON.parse(JSON.stringify(parseRankApplicationsInput(valid)))
    copy.applications[0].evaluations[0].scores.q = 101
    expect(errorOf(() => rankApplications(copy)).code).toBe('VALIDATION_FAILED')
  })
})
