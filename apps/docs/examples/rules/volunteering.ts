/**
 * Worked examples of the volunteering rule pages: the package's functions on one documented case
 * each, in the page's language.
 */

// #region can-volunteer
import type { Lang } from '@talka/core'
import {
  agreementRequirement,
  canHost,
  canVolunteer,
  classifyActivity,
  reimbursableExpenses,
} from '@talka/volunteering'

export function fifteenYearOld(lang: Lang) {
  return canVolunteer(
    { birthDate: '2010-05-01', citizenship: 'LT', legalRepresentativeObjects: false },
    { asOf: '2025-01-10', lang },
  )
}
// #endregion can-volunteer

// #region can-host
export function association(lang: Lang) {
  const organisation = { legalForm: 'association', nonProfit: true, registeredIn: 'LT' } as const
  return {
    host: canHost(organisation, { asOf: '2025-01-10', lang, role: 'host' }),
    coordinating: canHost(organisation, { asOf: '2025-01-10', lang, role: 'coordinating' }),
  }
}
// #endregion can-host

// #region agreement
export function reimbursedExpenses(lang: Lang) {
  const facts = { expensesReimbursed: true, partyRequestsWritten: false }
  return {
    '2024-06-30': agreementRequirement(facts, { asOf: '2024-06-30', lang }),
    '2024-07-01': agreementRequirement(facts, { asOf: '2024-07-01', lang }),
  }
}
// #endregion agreement

// #region classify
export function summerProgramme(lang: Lang) {
  return classifyActivity(
    { agreementFrom: '2024-08-01', agreementTo: '2024-09-30', hours: 120, coordinated: true },
    { asOf: '2024-09-30', lang },
  )
}
// #endregion classify

// #region expenses
export function expenseClaims(lang: Lang) {
  return reimbursableExpenses(
    {
      activity: { agreementSetsReimbursement: true, hoursPerDay: 5, longerThanOneDay: false },
      claims: [
        { id: 'bus', kind: 'travel', amount: '12.40', documents: true },
        { id: 'lunch', kind: 'meals', amount: '8.90', documents: true },
        { id: 'taxi', kind: 'travel', amount: '15.00', documents: false },
        {
          id: 'car',
          kind: 'own-car',
          amount: '6.05',
          documents: true,
          car: { km: '60', consumptionPer100Km: '6.5', fuelPricePerLitre: '1.55' },
        },
      ],
    },
    { asOf: '2024-06-01', lang },
  )
}
// #endregion expenses

/** The examples of this file, by the rules they cover. */
export const ruleExamples: readonly import('../rule-example.js').RuleExample[] = [
  {
    region: 'can-volunteer',
    covers: ['volunteering.edition', 'volunteering.volunteer.'],
    run: fifteenYearOld,
  },
  { region: 'can-host', covers: ['volunteering.host.'], run: association },
  { region: 'agreement', covers: ['volunteering.agreement.'], run: reimbursedExpenses },
  { region: 'classify', covers: ['volunteering.activity.'], run: summerProgramme },
  { region: 'expenses', covers: ['volunteering.expenses.'], run: expenseClaims },
]
