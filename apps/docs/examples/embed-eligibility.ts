/**
 * Embedding eligibility checks: ask for what is missing, explain the verdict in a letter, then
 * decide once every fact is known. Shown in docs/guides/embed-eligibility-checks.md.
 */
// #region undetermined
import { checkEligibility, explain } from '@talka/eligibility'

// What your system knows so far. Every fact is optional: an absent fact is unknown, not false.
const known = {
  ngoMark: true,
  fundedInParallelCompetition: false,
  reportsFiledForYears: [2021],
  reportsFiledOnTime: true,
}
export const first = checkEligibility('ngo-fund-2023/applicant', known, { asOf: '2023-04-06', lang: 'lt' })

first.outcome // 'undetermined': no rule failed, some are still unknown
first.missingFacts // exactly the facts to ask for next
export const letter = explain(first, 'lt') // a text an officer can paste into a letter
// #endregion undetermined

// #region complete
export const second = checkEligibility(
  'ngo-fund-2023/applicant',
  {
    ...known,
    publishesProjectsOnWebsite: true,
    foundedOn: '2015-03-01',
    income: { '2021': '12500.00' },
    inLiquidation: false,
    reliableTaxpayer: true,
  },
  { asOf: '2023-04-06', lang: 'en' },
)
// second.outcome === 'eligible'; second.reasons holds one reason per rule, each with its legal reference
// #endregion complete

export const output = [
  `first.outcome: ${first.outcome}`,
  `first.missingFacts: ${first.missingFacts.join(', ')}`,
  '',
  "explain(first, 'lt'):",
  letter,
  '',
  `second.outcome: ${second.outcome}`,
  ...second.reasons.map((r) => `  ${r.ruleId} ${r.result} — ${r.ref.actId ?? r.ref.act}`),
].join('\n')
