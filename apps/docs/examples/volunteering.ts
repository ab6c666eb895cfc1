/**
 * Volunteering: an organisation asks the four questions on 2024-06-30 (the original edition of the
 * Law on Voluntary Activities) and on 2024-07-01 (the new edition), then checks expense claims.
 * Shown in docs/guides/volunteering.md.
 */
// #region four-questions
import {
  agreementRequirement,
  canHost,
  canVolunteer,
  classifyActivity,
  lawEdition,
  reimbursableExpenses,
} from '@talka/volunteering'

function fourQuestions(asOf: string) {
  const options = { asOf, lang: 'en' } as const
  return {
    edition: lawEdition(asOf).id,
    canVolunteer: canVolunteer(
      { birthDate: '2009-09-15', citizenship: 'LT', legalRepresentativeObjects: false },
      options,
    ).outcome,
    canHost: canHost({ legalForm: 'association', nonProfit: true, registeredIn: 'LT' }, options).outcome,
    writtenAgreement: agreementRequirement({ expensesReimbursed: true, partyRequestsWritten: false }, options)
      .outcome,
    activity: classifyActivity(
      { agreementFrom: asOf, agreementTo: '2024-09-30', hours: 120, coordinated: true },
      options,
    ).class,
  }
}

export const before = fourQuestions('2024-06-30')
export const after = fourQuestions('2024-07-01')
// #endregion four-questions

// #region expenses
export const claims = reimbursableExpenses(
  {
    activity: { agreementSetsReimbursement: true, hoursPerDay: 5 },
    claims: [
      { id: 'bus tickets', kind: 'travel', amount: '12.40', documents: true },
      { id: 'lunch', kind: 'meals', amount: '8.90', documents: true },
      { id: 'taxi', kind: 'travel', amount: '15.00', documents: false },
    ],
  },
  { asOf: '2024-06-01', lang: 'en' },
)
// claims.eligibleTotal is an exact decimal string; each claim has its own decision and reasons
// #endregion expenses

export const output = {
  '2024-06-30': before,
  '2024-07-01': after,
  expenses: {
    outcome: claims.decision.outcome,
    claimedTotal: claims.claimedTotal,
    eligibleTotal: claims.eligibleTotal,
    claims: claims.claims.map((c) => `${c.id}: ${c.outcome} ${c.eligible} of ${c.claimed}`),
  },
}
