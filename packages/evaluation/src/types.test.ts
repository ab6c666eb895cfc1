// Type-level tests: `pnpm --filter @talka/evaluation typecheck` (tsc over src) fails if a
// `@ts-expect-error` line compiles, i.e. if a wrong call type-checks. The calls sit in a function
// that never runs; the `expectTypeOf` assertions are checked by the same tsc pass.
import { type Call, type CallInput, calls } from '@talka/calls'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type Application,
  type EvaluationDecision,
  type parseRankApplicationsInput,
  type RankApplicationsInput,
  type RankingResult,
  rankApplications,
  summaryToCsv,
  toPublishedTables,
} from './index.js'

const call: Call = calls['vilnius-2024']
const result = {} as RankingResult
const application: Application = { id: 'A', requested: '100.00', evaluations: [] }

export function wrongCallsDoNotCompile(): void {
  // A call (the evaluation "rule set") that does not exist, or a policy that is not one.
  // @ts-expect-error 'vilnius-2099' is not a CallId
  rankApplications({ call: calls['vilnius-2099'], applications: [] })
  const wrongPolicy = { ...call, evaluation: { ...call.evaluation, lastProject: { policy: 'x' as const } } }
  // @ts-expect-error the last-project policy is one of three
  rankApplications({ call: wrongPolicy, applications: [] })
  // @ts-expect-error the call's model is 'standard' or 'pilot'
  rankApplications({ call: { ...call, model: 'custom' }, applications: [] })

  // Input of the wrong shape.
  // @ts-expect-error the input must be an object
  rankApplications([])
  // @ts-expect-error applications are required
  rankApplications({ call })
  // @ts-expect-error the requested amount is a decimal string
  rankApplications({ call, applications: [{ id: 'A', requested: 100, evaluations: [] }] })
  const listScores = [{ ...application, evaluations: [{ evaluator: 'E1', scores: [8] }] }]
  // @ts-expect-error an evaluation's scores are numbers or decimal strings by criterion
  rankApplications({ call, applications: listScores })
  // @ts-expect-error an evaluation needs its evaluator
  rankApplications({ call, applications: [{ ...application, evaluations: [{ scores: { q: 8 } }] }] })
  // @ts-expect-error an unknown key of an application
  rankApplications({ call, applications: [{ ...application, priority: 1 }] })

  // Options: unknown keys, wrong values.
  // @ts-expect-error lang is lt or en
  rankApplications({ call, applications: [], lang: 'de' })
  // @ts-expect-error an unknown input key
  rankApplications({ call, applications: [], seed: 'x' })
  // @ts-expect-error the CSV options know no separator
  summaryToCsv(result, { lang: 'lt', separator: ',' })
  // @ts-expect-error published tables need the call
  toPublishedTables(result, { lang: 'lt' })
  // @ts-expect-error published tables' lang is lt or en
  toPublishedTables(result, { lang: 'fr', call })
}

describe('types', () => {
  it('accepts the right calls and infers the results', () => {
    expectTypeOf(() =>
      rankApplications({ call, applications: [application] }),
    ).returns.toEqualTypeOf<RankingResult>()
    const parsed = {} as ReturnType<typeof parseRankApplicationsInput>
    expectTypeOf(() => rankApplications(parsed)).returns.toEqualTypeOf<RankingResult>()
    expectTypeOf<RankingResult['rows'][number]['decision']>().toEqualTypeOf<EvaluationDecision>()
    expectTypeOf<Call>().toExtend<RankApplicationsInput['call']>()
    expectTypeOf<CallInput>().toExtend<RankApplicationsInput['call']>()
    expectTypeOf<{
      call: Call
      applications: { id: string; requested: number }[]
    }>().not.toExtend<RankApplicationsInput>()
  })
})
