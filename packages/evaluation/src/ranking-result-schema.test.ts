import { fc, test } from '@fast-check/vitest'
import { findNonStrictObjects } from '@talka/core/testing'
import { describe, expect, it } from 'vitest'
import { rankApplications } from './rank-applications.js'
import {
  EvaluationSummarySchema,
  RankingFundingSchema,
  RankingResultSchema,
} from './ranking-result-schema.js'
import { rankInputArb } from './testing.js'

/** A result as it crosses the API: plain JSON. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('RankingResultSchema describes exactly what rankApplications returns', () => {
  it('is strict at every level', () => {
    for (const schema of [RankingResultSchema, EvaluationSummarySchema, RankingFundingSchema]) {
      expect(findNonStrictObjects(schema)).toEqual([])
    }
  })

  test.prop([rankInputArb({ fundingOrder: 'any' })])(
    'parses the result of any ranking with one budget',
    (input) => {
      const result = json(rankApplications(input))
      expect(RankingResultSchema.parse(result)).toEqual(result)
    },
  )

  test.prop([rankInputArb({ envelopes: true, fundingOrder: 'any' })])(
    'parses the result of any ranking with eldership envelopes',
    (input) => {
      const ranked = json(rankApplications(input))
      expect(RankingResultSchema.parse(ranked)).toEqual(ranked)
    },
  )

  it('refuses a key nobody documents', () => {
    const result = fc.sample(rankInputArb(), { numRuns: 1, seed: 7 })[0]!
    const parsed = json(rankApplications(result)) as Record<string, unknown>
    expect(RankingResultSchema.safeParse({ ...parsed, extra: true }).success).toBe(false)
    const funding = parsed.funding as Record<string, unknown>
    expect(RankingResultSchema.safeParse({ ...parsed, funding: { ...funding, extra: true } }).success).toBe(
      false,
    )
  })
})
