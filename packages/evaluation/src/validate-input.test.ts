import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import {
  ApplicationSchema,
  CallSchema,
  RankApplicationsInputSchema,
  safeParseRankApplicationsInput,
} from './index.js'
import { rankInputArb } from './testing.js'

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

  describe('properties', () => {
    test.prop([rankInputArb({ maxApplications: 4 })])(
      'valid generated inputs pass both validators',
      (input) => {
        expect(RankApplicationsInputSchema.safeParse(input).success).toBe(true)
        expect(safeParseRankApplicationsInput(input).success).toBe(true)
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
