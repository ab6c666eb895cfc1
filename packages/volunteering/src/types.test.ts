// Type-level tests: `pnpm --filter @talka/volunteering typecheck` (tsc over src) fails if a
// `@ts-expect-error` line compiles, i.e. if a wrong call type-checks. The calls sit in a function
// that never runs; the `expectTypeOf` assertions are checked by the same tsc pass.
import type { Decision } from '@talka/core'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type CanVolunteerInput,
  canHost,
  canVolunteer,
  classifyActivity,
  type EditionId,
  type ExpenseKind,
  editionById,
  parseCanVolunteerInput,
  parseVolunteeringOptions,
  type ReimbursableExpensesResult,
  reimbursableExpenses,
  safeParseReimbursableExpensesInput,
  type VolunteeringOptions,
} from './index.js'

const asOf = '2025-03-01'

export function wrongCallsDoNotCompile(): void {
  // A law edition (the volunteering "rule set") that does not exist.
  // @ts-expect-error 'draft' is not an EditionId
  editionById('draft')
  const anyString: string = 'new'
  // @ts-expect-error a plain string is not an EditionId
  editionById(anyString)
  // @ts-expect-error an unknown expense kind
  reimbursableExpenses({ claims: [{ kind: 'fuel', amount: '3.00' }] }, { asOf })

  // Facts of the wrong shape.
  // @ts-expect-error the person must be an object
  canVolunteer(42, { asOf })
  // @ts-expect-error birthDate is an ISO date string, not a number
  canVolunteer({ birthDate: 20100501 }, { asOf })
  // @ts-expect-error lawfullyPresent is a boolean
  canVolunteer({ lawfullyPresent: 'yes' }, { asOf })
  // @ts-expect-error age is not a fact: the birth date is
  canVolunteer({ age: 17 }, { asOf })
  // @ts-expect-error amounts are decimal strings, never numbers
  reimbursableExpenses({ claims: [{ kind: 'travel', amount: 3 }] }, { asOf })
  // @ts-expect-error claims is an array
  reimbursableExpenses({ claims: { kind: 'travel', amount: '3.00' } }, { asOf })
  // @ts-expect-error the car's kilometres are a decimal string
  reimbursableExpenses({ claims: [{ kind: 'own-car', amount: '3.00', car: { km: 100 } }] }, { asOf })
  // @ts-expect-error the host's legal form is a known code
  canHost({ legalForm: 'plc' }, { asOf })
  // @ts-expect-error the activity needs an object
  classifyActivity('sports', { asOf })

  // Options: unknown keys, wrong values, missing asOf, null.
  // @ts-expect-error options are required
  canVolunteer({ birthDate: '2010-05-01' })
  // @ts-expect-error options cannot be null
  canVolunteer({ birthDate: '2010-05-01' }, null)
  // @ts-expect-error asOf is required
  canVolunteer({ birthDate: '2010-05-01' }, { lang: 'lt' })
  // @ts-expect-error unknown option key
  canVolunteer({ birthDate: '2010-05-01' }, { asOf, language: 'lt' })
  // @ts-expect-error lang is lt or en
  reimbursableExpenses({ claims: [] }, { asOf, lang: 'de' })
  // @ts-expect-error asOf is a date, not a number
  reimbursableExpenses({ claims: [] }, { asOf: 20250301 })
}

describe('types', () => {
  it('accepts the right calls and infers the results', () => {
    expectTypeOf(editionById).parameter(0).toEqualTypeOf<EditionId>()
    expectTypeOf<EditionId>().toEqualTypeOf<'original' | 'new'>()
    expectTypeOf<ExpenseKind>().toEqualTypeOf<
      'travel' | 'own-car' | 'accommodation' | 'meals' | 'per-diem' | 'communication' | 'other'
    >()
    expectTypeOf(canVolunteer({ birthDate: '2010-05-01' }, { asOf })).toEqualTypeOf<
      Decision<'yes' | 'no' | 'unknown'>
    >()
    const person = parseCanVolunteerInput({ birthDate: '2010-05-01' })
    expectTypeOf(canVolunteer(person, parseVolunteeringOptions({ asOf }))).toEqualTypeOf<
      Decision<'yes' | 'no' | 'unknown'>
    >()
    expectTypeOf(
      reimbursableExpenses({ claims: [{ kind: 'travel', amount: '3.00' }] }, { asOf, lang: 'en' }),
    ).toEqualTypeOf<ReimbursableExpensesResult>()
    const parsed = safeParseReimbursableExpensesInput({ claims: [] })
    if (parsed.success) {
      expectTypeOf(reimbursableExpenses(parsed.data, { asOf })).toEqualTypeOf<ReimbursableExpensesResult>()
    }
    expectTypeOf<{ birthDate: string }>().toExtend<CanVolunteerInput>()
    expectTypeOf<{ asOf: string; lang: 'lt' }>().toExtend<VolunteeringOptions>()
    expectTypeOf<{ asOf: string; lang: 'de' }>().not.toExtend<VolunteeringOptions>()
  })
})
