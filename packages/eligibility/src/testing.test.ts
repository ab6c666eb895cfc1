import { fc, test } from '@fast-check/vitest'
import { CallSchema } from '@talka/calls'
import { describe, expect } from 'vitest'
import { BudgetLineSchema } from './facts.js'
import { factsSchemaFor, RULE_SET_IDS } from './rule-sets.js'
import { budgetLinesArb, callArb, completeFactsArb, partialFactsArb } from './testing.js'

describe('properties', () => {
  for (const id of RULE_SET_IDS) {
    test.prop([completeFactsArb(id), partialFactsArb(id)])(
      `${id}: generated facts pass the schema`,
      (complete, partial) => {
        const schema = factsSchemaFor(id)
        expect(schema.safeParse(complete).success).toBe(true)
        expect(schema.safeParse(partial).success).toBe(true)
        expect(Object.keys(complete).sort()).toEqual(
          Object.keys((schema as unknown as { shape: object }).shape).sort(),
        )
      },
    )
  }

  test.prop([callArb(), budgetLinesArb()])('generated calls and budget lines are valid', (call, lines) => {
    expect(CallSchema.safeParse(call).success).toBe(true)
    for (const line of lines) expect(BudgetLineSchema.safeParse(line).success).toBe(true)
  })

  test.prop([fc.constant(null)])('partial facts are sometimes empty and sometimes complete', () => {
    const samples = fc.sample(partialFactsArb('ngo-fund-2023/applicant'), { numRuns: 300, seed: 7 })
    expect(samples.some((s) => Object.keys(s).length === 0)).toBe(true)
    expect(samples.some((s) => Object.keys(s).length === 9)).toBe(true)
  })
})
