/**
 * fast-check arbitraries for the inputs of `@talka/volunteering`, so integrators can property-test
 * their systems with the generators the package's own tests use. Import from
 * `@talka/volunteering/testing`; needs `fast-check`.
 *
 * @packageDocumentation
 */
import { Temporal } from '@talka/core'
import { isoDateArb, moneyStringArb } from '@talka/core/testing'
import fc from 'fast-check'
import type { AgreementRequirementInput } from './agreement-requirement.js'
import type { CanHostInput } from './can-host.js'
import type { CanVolunteerInput } from './can-volunteer.js'
import type { ClassifyActivityInput } from './classify-activity.js'
import { ExpenseKindSchema } from './expense-kind.js'
import { LegalFormSchema } from './legal-form.js'
import type { VolunteeringOptions } from './options.js'
import type { ExpenseClaim, ReimbursableExpensesInput } from './reimbursable-expenses.js'

/**
 * ISO dates on which some edition of Law No. XI-1500 is in force (defaults 2011-08-01 … 2035-12-31).
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { lawEdition } from '@talka/volunteering'
 * import { asOfArb } from '@talka/volunteering/testing'
 * fc.assert(fc.property(asOfArb(), (d) => ['original', 'new'].includes(lawEdition(d).id)))
 * ```
 */
export function asOfArb(options: { min?: string; max?: string } = {}): fc.Arbitrary<string> {
  return isoDateArb({ min: options.min ?? '2011-08-01', max: options.max ?? '2035-12-31' })
}

/**
 * Birth dates between 1930 and 2035, 29 February included.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { birthDateArb } from '@talka/volunteering/testing'
 * fc.sample(birthDateArb(), 3)
 * ```
 */
export function birthDateArb(options: { min?: string; max?: string } = {}): fc.Arbitrary<string> {
  return isoDateArb({ min: options.min ?? '1930-01-01', max: options.max ?? '2035-12-31' })
}

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined, freq: 4 })

/** Drops `undefined` values so the record fits `exactOptionalPropertyTypes`. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

/**
 * Persons for `canVolunteer`, with each fact sometimes missing.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { canVolunteer } from '@talka/volunteering'
 * import { asOfArb, canVolunteerInputArb } from '@talka/volunteering/testing'
 * fc.assert(fc.property(canVolunteerInputArb(), asOfArb(), (p, asOf) => ['yes', 'no', 'unknown'].includes(canVolunteer(p, { asOf }).outcome)))
 * ```
 */
export function canVolunteerInputArb(): fc.Arbitrary<CanVolunteerInput> {
  return fc
    .record({
      birthDate: maybe(birthDateArb({ min: '1990-01-01' })),
      citizenship: maybe(fc.constantFrom('LT', 'LV', 'UA', 'DE', 'stateless')),
      lawfullyPresent: maybe(fc.boolean()),
      legalRepresentativeObjects: maybe(fc.boolean()),
    })
    .map(compact)
}

/**
 * Organisations for `canHost`, with each fact sometimes missing.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { canHostInputArb } from '@talka/volunteering/testing'
 * fc.sample(canHostInputArb(), 2)
 * ```
 */
export function canHostInputArb(): fc.Arbitrary<CanHostInput> {
  return fc
    .record({
      legalForm: maybe(fc.constantFrom(...LegalFormSchema.options)),
      nonProfit: maybe(fc.boolean()),
      registeredIn: maybe(fc.constantFrom('LT', 'LV', 'PL', 'DE')),
      operatesInLithuania: maybe(fc.boolean()),
      ngo: maybe(fc.boolean()),
      profitDistributable: maybe(fc.boolean()),
    })
    .map(compact)
}

/**
 * Facts for `agreementRequirement`, each sometimes missing.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { agreementRequirementInputArb } from '@talka/volunteering/testing'
 * fc.sample(agreementRequirementInputArb(), 2)
 * ```
 */
export function agreementRequirementInputArb(): fc.Arbitrary<AgreementRequirementInput> {
  return fc
    .record({ expensesReimbursed: maybe(fc.boolean()), partyRequestsWritten: maybe(fc.boolean()) })
    .map(compact)
}

/**
 * Activities for `classifyActivity`: an agreement from 2011 to 2034 of 1 to 800 days (sometimes
 * open-ended), hours and coordination sometimes missing.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { classifyActivityInputArb } from '@talka/volunteering/testing'
 * fc.sample(classifyActivityInputArb(), 2)
 * ```
 */
export function classifyActivityInputArb(): fc.Arbitrary<ClassifyActivityInput> {
  return fc
    .record({
      from: isoDateArb({ min: '2011-08-01', max: '2034-12-31' }),
      length: maybe(fc.integer({ min: 0, max: 800 })),
      hours: maybe(fc.integer({ min: 0, max: 400 })),
      coordinated: maybe(fc.boolean()),
    })
    .map(({ from, length, hours, coordinated }) => {
      const to =
        length === undefined ? undefined : Temporal.PlainDate.from(from).add({ days: length }).toString()
      return compact({ agreementFrom: from, agreementTo: to, hours, coordinated })
    })
}

/**
 * Expense claims of every kind with amounts up to 100 000.00 as decimal strings, sometimes with
 * documents, advance or fixed-rate flags and own-car details.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { expenseClaimArb } from '@talka/volunteering/testing'
 * fc.sample(expenseClaimArb(), 2)
 * ```
 */
export function expenseClaimArb(): fc.Arbitrary<ExpenseClaim> {
  const quantity = fc
    .tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 999 }))
    .map(([whole, frac]) => `${whole}.${String(frac).padStart(3, '0')}`)
  return fc
    .record({
      kind: fc.constantFrom(...ExpenseKindSchema.options),
      amount: moneyStringArb({ min: 0n, max: 10_000_000n }),
      date: maybe(asOfArb({ max: '2028-12-31' })),
      documents: maybe(fc.boolean()),
      advance: maybe(fc.boolean()),
      fixedRate: maybe(fc.boolean()),
      euStructuralFundsFixedRate: maybe(fc.boolean()),
      car: maybe(fc.record({ km: quantity, consumptionPer100Km: quantity, fuelPricePerLitre: quantity })),
    })
    .map((claim) => compact(claim) as ExpenseClaim)
}

/**
 * Inputs for `reimbursableExpenses`: 1 to 8 claims and an activity with facts sometimes missing.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { reimbursableExpensesInputArb } from '@talka/volunteering/testing'
 * fc.sample(reimbursableExpensesInputArb(), 1)
 * ```
 */
export function reimbursableExpensesInputArb(): fc.Arbitrary<ReimbursableExpensesInput> {
  return fc
    .record({
      claims: fc.array(expenseClaimArb(), { minLength: 1, maxLength: 8 }),
      activity: fc
        .record({
          agreementSetsReimbursement: maybe(fc.boolean()),
          hoursPerDay: maybe(fc.integer({ min: 0, max: 24 })),
          longerThanOneDay: maybe(fc.boolean()),
          outsideHomeLocality: maybe(fc.boolean()),
        })
        .map(compact),
    })
    .map((input) => input as ReimbursableExpensesInput)
}

/**
 * Options of the checks: an `asOf` from 2011-08-01, a language, and sometimes an agreement's
 * conclusion and end dates (to exercise the transitional rule).
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { volunteeringOptionsArb } from '@talka/volunteering/testing'
 * fc.sample(volunteeringOptionsArb(), 2)
 * ```
 */
export function volunteeringOptionsArb(): fc.Arbitrary<VolunteeringOptions> {
  return fc
    .record({
      asOf: asOfArb(),
      lang: fc.constantFrom('lt' as const, 'en' as const),
      agreementConcludedOn: maybe(isoDateArb({ min: '2011-08-01', max: '2030-12-31' })),
      agreementEndsOn: maybe(isoDateArb({ min: '2011-08-01', max: '2030-12-31' })),
    })
    .map(compact)
}
