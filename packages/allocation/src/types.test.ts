// Type-level tests: `pnpm --filter @talka/allocation typecheck` (tsc over src) fails if a
// `@ts-expect-error` line compiles, i.e. if a wrong call type-checks. The calls sit in a function
// that never runs; the `expectTypeOf` assertions are checked by the same tsc pass.
import type { Decision, LegalRef } from '@talka/core'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type AllocateInput,
  type AllocationResult,
  type AllocationRuleId,
  allocate,
  allocateByResidents,
  allocateByTaxpayers,
  explainAllocation,
  parseAllocateInput,
  type ResidentsAllocation,
  safeAllocate,
  type TieMode,
} from './index.js'

const ref = {} as LegalRef
const result = {} as AllocationResult

export function wrongCallsDoNotCompile(): void {
  // A rule id (the allocation "rule set") or a method that does not exist.
  // @ts-expect-error 'allocation.d-hondt' is not an AllocationRuleId
  explainAllocation(result, { lang: 'lt', asOf: '2022-05-11', refs: { 'allocation.d-hondt': ref } })
  // @ts-expect-error the only method is 'largest-remainder'
  allocate({ total: '100.00', method: 'd-hondt', recipients: [] })
  // @ts-expect-error ties is 'resolve' or 'error'
  allocate({ total: '100.00', ties: 'random', recipients: [] })

  // Input of the wrong shape.
  // @ts-expect-error the input must be an object
  allocate(42)
  // @ts-expect-error total is a decimal string, never a float
  allocate({ total: 100.5, recipients: [] })
  // @ts-expect-error recipients are required
  allocate({ total: '100.00' })
  // @ts-expect-error a recipient needs an id
  allocate({ total: '100.00', recipients: [{ weight: 3 }] })
  // @ts-expect-error a weight is a number, bigint or decimal string, not a boolean
  allocate({ total: '100.00', recipients: [{ id: 'a', weight: true }] })
  // @ts-expect-error a cap is a decimal string
  allocate({ total: '100.00', recipients: [{ id: 'a', weight: 1, cap: 10 }] })
  // @ts-expect-error an unknown key of the input
  allocate({ total: '100.00', recipients: [], rounding: 'up' })
  // @ts-expect-error year is a number
  allocateByResidents({ year: '2021' })
  // @ts-expect-error a figure's municipality is required
  allocateByResidents({ year: 2021, residents: { kind: 'declared-residents', figures: [{ residents: 1 }] } })
  // @ts-expect-error taxpayers' allocation needs a year
  allocateByTaxpayers({ total: '100.00' })

  // Options: unknown keys, wrong values, missing required ones.
  // @ts-expect-error an unknown option key
  allocateByResidents({ year: 2021 }, { params: undefined })
  // @ts-expect-error lang is lt or en
  allocateByResidents({ year: 2021, lang: 'de' })
  // @ts-expect-error explain needs asOf
  explainAllocation(result, { lang: 'lt' })
  // @ts-expect-error explain's lang is lt or en
  explainAllocation(result, { lang: 'fr', asOf: '2022-05-11' })
  // @ts-expect-error an unknown explain option
  explainAllocation(result, { lang: 'lt', asOf: '2022-05-11', municipality: 'Jonava' })
}

describe('types', () => {
  it('accepts the right calls and infers the results', () => {
    expectTypeOf<AllocationRuleId>().toEqualTypeOf<
      'allocation.largest-remainder' | 'allocation.fixed-part' | 'allocation.minimum-part'
    >()
    expectTypeOf<TieMode>().toEqualTypeOf<'resolve' | 'error'>()
    const input: AllocateInput = { total: '100.00', recipients: [{ id: 'a', weight: '1.5' }] }
    expectTypeOf(() => allocate(input)).returns.toEqualTypeOf<AllocationResult>()
    expectTypeOf(() => allocate(parseAllocateInput(input))).returns.toEqualTypeOf<AllocationResult>()
    const safe = safeAllocate(input)
    if (safe.success) expectTypeOf(safe.data).toEqualTypeOf<AllocationResult>()
    expectTypeOf(() => allocateByResidents({ year: 2021 })).returns.toEqualTypeOf<ResidentsAllocation>()
    expectTypeOf(() => explainAllocation(result, { lang: 'en', asOf: '2022-05-11' })).returns.toEqualTypeOf<
      Decision<'allocated'>
    >()
    expectTypeOf<{
      total: string
      recipients: { id: string; weight: boolean }[]
    }>().not.toExtend<AllocateInput>()
  })
})
