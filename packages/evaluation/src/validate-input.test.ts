import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import {
  ApplicationSchema,
  CallSchema,
  RankApplicationsInputSchema,
  rankApplications,
  safeParseRankApplicationsInput,
} from './index.js'
import { prepareInput } from './prepare-input.js'
import { rankInputArb } from './testing.js'
import { inputIssues } from './validate-input.js'

/** Replaces the value at a random path of a JSON-like value with a random JSON value. */
function mutate(value: unknown, path: readonly number[], replacement: unknown): unknown {
  if (path.length === 0) return replacement
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement
    const i = path[0]! % value.length
    const copy = [...value]
    copy[i] = mutate(value[i], path.slice(1), replacement)
    return copy
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value)
    if (keys.length === 0) return replacement
    const key = keys[path[0]! % keys.length]!
    return { ...value, [key]: mutate((value as Record<string, unknown>)[key], path.slice(1), replacement) }
  }
  return replacement
}

const replacement = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    '',
    '-1',
    '1.234',
    '12.5',
    'x',
    0,
    -1,
    2.5,
    1e21,
    Number.NaN,
    [],
    {},
    'criterion:c0',
    '2024-13-01',
  ),
  fc.integer({ min: -5, max: 40 }),
  fc.string({ maxLength: 4 }),
)

describe('validation', () => {
  it('exports schemas that accept what the ranking accepts', () => {
    expect(
      CallSchema.safeParse({ budget: '1.00', criteria: [{ id: 'q', max: 1 }], lastProject: 'reserve' })
        .success,
    ).toBe(true)
    expect(ApplicationSchema.safeParse({ id: 'A', requested: '1.00', evaluations: [] }).success).toBe(true)
  })

  it('reports a score out of range through the zod schema with the same path and code', () => {
    const input = {
      call: { budget: '1.00', criteria: [{ id: 'q', max: 10 }], lastProject: 'reserve' },
      applications: [{ id: 'A', requested: '1.00', evaluations: [{ evaluator: 'E1', scores: { q: 11 } }] }],
    }
    const zod = RankApplicationsInputSchema.safeParse(input)
    expect(zod.success).toBe(false)
    if (!zod.success) {
      expect(zod.error.issues[0]?.path).toEqual(['applications', 0, 'evaluations', 0, 'scores', 'q'])
      expect(zod.error.issues[0]).toMatchObject({ params: { code: 'score_out_of_range' } })
    }
  })

  it('finds a repeated application id wherever it comes, sorted or not', () => {
    const app = (id: string) => ({ id, requested: '1.00', evaluations: [] })
    const call = { budget: '1.00', criteria: [{ id: 'q', max: 1 }], lastProject: 'reserve' as const }
    const paths = (ids: string[]) => {
      const r = safeParseRankApplicationsInput({ call, applications: ids.map(app) })
      return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.code])
    }
    expect(paths(['A', 'B', 'C'])).toEqual([])
    expect(paths(['A', 'A'])).toEqual([['applications.1.id', 'duplicate_application']])
    expect(paths(['A', 'B', 'A'])).toEqual([['applications.2.id', 'duplicate_application']])
    expect(paths(['B', 'A', 'C', 'B'])).toEqual([['applications.3.id', 'duplicate_application']])
    expect(paths(['C', 'B', 'A'])).toEqual([])
  })

  it('validates and ranks the same when Object.prototype has an enumerable property', () => {
    const input = {
      call: { budget: '5.00', criteria: [{ id: 'q', max: 10 }], lastProject: 'reserve' as const },
      applications: [
        { id: 'A', requested: '3.00', evaluations: [{ evaluator: 'E1', scores: { q: 7 } }] },
        { id: 'B', requested: '3.00', evaluations: [{ evaluator: 'E1', scores: { q: 9 } }] },
      ],
    }
    const unknownKey = {
      ...input,
      applications: [
        { id: 'A', requested: '3.00', evaluations: [{ evaluator: 'E1', scores: { q: 7, x: 1 } }] },
      ],
    }
    const clean = rankApplications(input)
    const proto = Object.prototype as Record<string, unknown>
    proto.polluted = 1
    try {
      const polluted = rankApplications(input)
      const refused = safeParseRankApplicationsInput(unknownKey)
      delete proto.polluted
      expect(polluted.rows).toEqual(clean.rows)
      expect(refused.success).toBe(false)
    } finally {
      delete proto.polluted
    }
  })

  describe('properties', () => {
    test.prop([rankInputArb({ maxApplications: 4 })])(
      'valid generated inputs pass both validators',
      (input) => {
        expect(RankApplicationsInputSchema.safeParse(input).success).toBe(true)
        expect(safeParseRankApplicationsInput(input).success).toBe(true)
      },
    )

    // Values that also make cross-field problems: repeated ids and evaluators, unknown criteria, scores out
    // of range, tie-break keys.
    const crossFieldReplacement = fc.oneof(
      replacement,
      fc.constantFrom('APP-000', 'APP-001', 'E1', 'E2', 'c0', 'c1', 'criterion:c9', 'submittedAt', 100, 0.5),
    )

    test.prop([
      rankInputArb({ maxApplications: 4 }),
      fc.array(fc.nat(20), { minLength: 1, maxLength: 7 }),
      crossFieldReplacement,
    ])(
      'the one-pass preparation gives up exactly when the reporting validator finds a problem',
      (input, path, value) => {
        const mutated = mutate(JSON.parse(JSON.stringify(input)), path, value)
        expect(prepareInput(mutated) !== null).toBe(inputIssues(mutated).length === 0)
        expect(prepareInput(input)).not.toBeNull()
      },
    )

    test.prop([
      rankInputArb({ maxApplications: 3 }),
      fc.array(fc.nat(20), { minLength: 1, maxLength: 7 }),
      replacement,
    ])(
      'the fast validator and RankApplicationsInputSchema agree on every mutated input',
      (input, path, value) => {
        const mutated = mutate(JSON.parse(JSON.stringify(input)), path, value)
        const zod = RankApplicationsInputSchema.safeParse(mutated)
        const fast = safeParseRankApplicationsInput(mutated)
        expect(fast.success).toBe(zod.success)
        if (!fast.success && !zod.success) {
          // The same place, up to how deep each one points into a union (`tieBreak.0` vs `tieBreak.0.seed`).
          const fastPath = fast.error.issues[0]!.path.join('.')
          const zodPaths = zod.error.issues.map((i) => i.path.join('.'))
          expect(
            zodPaths.some(
              (p) => p === fastPath || p.startsWith(`${fastPath}.`) || fastPath.startsWith(`${p}.`),
            ),
          ).toBe(true)
        }
      },
    )
  })
})
