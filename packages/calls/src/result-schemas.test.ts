import { findNonStrictObjects } from '@talka/core/testing'
import { describe, expect, it } from 'vitest'
import { callById, callCatalog } from './catalog.js'
import { missingPolicies } from './policies.js'
import { CallDescriptorSchema, MissingPolicySchema } from './result-schemas.js'

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('result schemas of the calls package', () => {
  it('are strict at every level', () => {
    expect(findNonStrictObjects(CallDescriptorSchema)).toEqual([])
    expect(findNonStrictObjects(MissingPolicySchema)).toEqual([])
  })

  it('describe every entry of callCatalog and every missing policy of every catalog call, exactly', () => {
    let missing = 0
    for (const entry of callCatalog) {
      expect(CallDescriptorSchema.parse(json(entry))).toEqual(json(entry))
      for (const policy of missingPolicies(callById(entry.id))) {
        missing += 1
        expect(MissingPolicySchema.parse(json(policy))).toEqual(json(policy))
      }
    }
    expect(missing).toBeGreaterThan(0)
    expect(CallDescriptorSchema.safeParse({ ...(json(callCatalog[0]) as object), extra: 1 }).success).toBe(
      false,
    )
  })
})
