/**
 * Worked examples of the eligibility rule pages: each rule set run on one documented set of facts
 * (the real rejections of the domain specification where there is one), in the page's language.
 */

import { calls } from '@talka/calls'
// #region ngo-fund-2023
import type { Lang } from '@talka/core'
import { checkEligibility } from '@talka/eligibility'

export function ngoFund2023Applicant(lang: Lang) {
  return checkEligibility(
    'ngo-fund-2023/applicant',
    {
      ngoMark: true,
      fundedInParallelCompetition: false,
      reportsFiledForYears: [2021],
      reportsFiledOnTime: true,
      publishesProjectsOnWebsite: true,
      foundedOn: '2015-03-01',
      income: { '2021': '850.00' },
      inLiquidation: false,
      // reliableTaxpayer not known yet
    },
    { asOf: '2023-04-06', lang },
  )
}
// #endregion ngo-fund-2023

// #region ngo-fund-2022
export function ngoFund2022Applicant(lang: Lang) {
  return checkEligibility(
    'ngo-fund-2022/applicant',
    {
      ngoMark: true,
      fundedInParallelCompetition: false,
      reportsFiledOnTime: true,
      publishesProjectsOnWebsite: 'no-website',
      inLiquidation: false,
      reliableTaxpayer: true,
      requestedAmount: '30000.00',
    },
    { asOf: '2022-07-01', lang },
  )
}
// #endregion ngo-fund-2022

// #region community-applicant
export function communityApplicant(lang: Lang) {
  return checkEligibility(
    'community-measure/applicant',
    {
      communityOrganisation: false, // "Negalimas pareiškėjas. Neatitinka bendruomeninių organizacijų apibrėžimo…"
      ngoMark: true,
      operatesIn: 'Zarasų rajono savivaldybė',
      reportsFiledForYears: [],
    },
    { asOf: '2023-05-15', lang, call: calls['pilot-2023-zarasai'] },
  )
}
// #endregion community-applicant

// #region community-project
export function communityProject(lang: Lang) {
  return checkEligibility(
    'community-measure/project',
    {
      requestedAmount: '16000.00',
      publicInterestActivities: true,
      activitiesFrom: '2024-05-01',
      activitiesTo: '2024-11-30',
    },
    { asOf: '2024-03-20', lang, call: calls['vilnius-2024'] },
  )
}
// #endregion community-project

/** The examples of this file, by the rule sets they cover. */
export const ruleExamples: readonly import('../rule-example.js').RuleExample[] = [
  {
    region: 'ngo-fund-2023',
    covers: ['ngo-fund-2023/applicant', 'eligibility.ngo-fund-2023'],
    run: ngoFund2023Applicant,
  },
  {
    region: 'ngo-fund-2022',
    covers: ['ngo-fund-2022/applicant', 'eligibility.ngo-fund-2022'],
    run: ngoFund2022Applicant,
  },
  { region: 'community-applicant', covers: ['community-measure/applicant'], run: communityApplicant },
  { region: 'community-project', covers: ['community-measure/project'], run: communityProject },
]
