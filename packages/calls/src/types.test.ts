// Type-level tests: `pnpm --filter @talka/calls typecheck` (tsc over src) fails if a
// `@ts-expect-error` line compiles, i.e. if a wrong call type-checks. The calls sit in a function
// that never runs; the `expectTypeOf` assertions are checked by the same tsc pass.
import type { Parsed } from '@talka/core'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type Call,
  type CallCitation,
  type CallId,
  type CallInput,
  type CallPolicy,
  calls,
  citationFor,
  ministryRefFor,
  parseCall,
  safeParseCall,
} from './index.js'

const call: Call = calls['vilnius-2024']

export function wrongCallsDoNotCompile(): void {
  // A call id or a policy that does not exist.
  // @ts-expect-error 'vilnius-2099' is not a CallId
  calls['vilnius-2099']
  // @ts-expect-error a plain string is not a CallId
  const id: CallId = 'x' as string
  // @ts-expect-error 'budget-line' is not a CallPolicy
  citationFor(call, 'budget-line')
  // @ts-expect-error the model is 'standard' or 'pilot'
  ministryRefFor('custom', 2024)

  // A call document of the wrong shape.
  // @ts-expect-error the year is a number
  const wrongYear: CallInput = { ...call, year: '2024' }
  // @ts-expect-error the budget amount is a decimal string
  const wrongBudget: CallInput = { ...call, budget: { kind: 'total', amount: 5000 } }
  // @ts-expect-error a budget kind that does not exist
  const wrongKind: CallInput = { ...call, budget: { kind: 'lump', amount: '5000.00' } }
  // @ts-expect-error an unknown key of the call
  const extra: CallInput = { ...call, deadline: '2024-05-01' }

  // Options: unknown scope keys.
  // @ts-expect-error a citation scope knows no 'point'
  citationFor(call, 'budget', { point: '12' })
  void [id, wrongYear, wrongBudget, wrongKind, extra]
}

describe('types', () => {
  it('accepts the right calls and infers the results', () => {
    expectTypeOf(calls['vilnius-2024']).toEqualTypeOf<Call>()
    expectTypeOf(parseCall(call)).toEqualTypeOf<Parsed<Call>>()
    const safe = safeParseCall(call)
    if (safe.success) expectTypeOf(safe.data).toEqualTypeOf<Parsed<Call>>()
    expectTypeOf(citationFor(call, 'budget')).toEqualTypeOf<CallCitation>()
    expectTypeOf<'budget'>().toExtend<CallPolicy>()
    expectTypeOf<Call>().toExtend<CallInput>()
  })
})
