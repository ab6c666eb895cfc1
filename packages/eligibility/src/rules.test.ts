import { type Call, calls } from '@talka/calls'
import { envelopeOf } from '@talka/calls/testing'
import type { RuleResult } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { pilot2022 } from '../test/support.js'
import { checkEligibility } from './check.js'
import { type RuleSetId, ruleSets } from './rule-sets.js'

// Calls used by the table. The fallback call follows Šakiai 2024 (NGOs and religious communities
// only if no community organisation of the territory applied, or in a re-announced competition).
const vilnius: Call = calls['vilnius-2024']
const zarasai: Call = calls['pilot-2023-zarasai']
const zarasaiReject: Call = { ...zarasai, amounts: { ...zarasai.amounts, overMaximum: 'reject' } }
const zarasaiCap: Call = { ...zarasai, amounts: { ...zarasai.amounts, overMaximum: 'cap' } }
const akademija: Call = calls['kaunas-district-2018-akademija']
const sakiaiFallback: Call = {
  id: 'sakiai-district-2024',
  name: { lt: 'Šakių rajono savivaldybės 2024 m. kvietimas', en: 'Šakiai district 2024 call' },
  municipality: { name: 'Šakių rajono savivaldybė', code: '84' },
  year: 2024,
  model: 'standard',
  applicants: { admitted: 'community-organisations-then-ngos', ref: { point: '45' } },
  ref: {
    act: '2.1.1.1 priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo Šakių rajono savivaldybėje aprašas (Šakių r. sav. administracijos direktoriaus 2023-03-03 įsakymas Nr. AT-211)',
    kind: 'directors-order',
    number: 'AT-211',
    date: '2023-03-03',
    url: 'https://www.sakiai.lt/puslapiai/bendruomenines-veiklos-remimas',
    status: 'secondary-source',
  },
}
const repeatCall: Call = calls['prienai-district-2021-repeat']
const traditional: Call = {
  ...sakiaiFallback,
  id: 'traditional-2024',
  applicants: { admitted: 'traditional-religious-communities' },
}
const silentApplicants: Call = { ...sakiaiFallback, id: 'silent-2024', applicants: undefined }
const withCosts: Call = {
  ...zarasai,
  activities: { areas: ['cohesion', 'public-spaces'] },
  costs: {
    ineligibleCategories: ['alcohol'],
    caps: [{ category: 'long-term-tangible-assets', maxShare: '0.2' }],
  },
}
const envelopes: Call = {
  ...zarasai,
  id: 'envelopes-2023',
  amounts: { overMaximum: 'reject' },
  budget: {
    kind: 'envelopes',
    envelopes: [
      envelopeOf(
        'dotnuva',
        { lt: 'Dotnuvos seniūnija', en: 'Dotnuva eldership' },
        ['2925.00', '200.00', '2000.00'],
        { activityAreas: ['cohesion'], ref: { point: '8.1' } },
      ),
      envelopeOf('gudziunai', { lt: 'Gudžiūnų seniūnija', en: 'Gudžiūnai eldership' }, [
        '1660.00',
        '300.00',
        '1660.00',
      ]),
    ],
  },
}
const withPeriod: Call = {
  ...zarasai,
  costs: { activityPeriod: { from: '2023-05-01', until: '2023-11-30' }, ref: { point: '14' } },
}

interface Case {
  readonly set: RuleSetId
  readonly rule: string
  readonly result: RuleResult
  readonly name: string
  readonly facts: Record<string, unknown>
  readonly call?: Call
  readonly asOf?: string
  readonly messageKey?: string
}

const asOfOf = (c: Case) =>
  c.asOf ??
  (c.call ? `${c.call.year}-06-01` : c.set === 'ngo-fund-2022/applicant' ? '2022-07-01' : '2023-04-06')

// A rule that reads one yes/no fact: it passes on `true`, fails on `false` and is unknown without the fact.
const booleanCases = (
  set: RuleSetId,
  rule: string,
  fact: string,
  [pass, fail, unknown]: readonly [string, string, string],
): Case[] => [
  { set, rule, result: 'pass', name: pass, facts: { [fact]: true } },
  { set, rule, result: 'fail', name: fail, facts: { [fact]: false } },
  { set, rule, result: 'unknown', name: unknown, facts: {} },
]

// N1 (the NGO mark) reads the same in both NGO Fund competitions.
const ngoMarkCases = (set: RuleSetId): Case[] =>
  booleanCases(set, 'N1', 'ngoMark', ['NGO mark', 'no NGO mark', 'mark unknown'])

const cases: Case[] = [
  // community-measure/applicant
  {
    set: 'community-measure/applicant',
    rule: 'A1',
    result: 'fail',
    name: 'a community organisation in a repeat call that excludes them (Prienai 2021, point 42)',
    call: repeatCall,
    facts: { communityOrganisation: true, ngoMark: true },
    messageKey: 'eligibility.community.a1.fail.excluded',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A1',
    result: 'pass',
    name: 'an NGO in a repeat call that excludes community organisations',
    call: repeatCall,
    facts: { communityOrganisation: false, ngoMark: true },
    messageKey: 'eligibility.community.a1.pass.other',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A1',
    result: 'fail',
    name: 'neither an NGO nor a religious community in a repeat call',
    call: repeatCall,
    facts: { communityOrganisation: false, ngoMark: false, religiousCommunity: false },
    messageKey: 'eligibility.community.a1.fail.notNgo',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A1',
    result: 'unknown',
    name: 'an NGO whose community status is unknown in a repeat call',
    call: repeatCall,
    facts: { ngoMark: true },
    messageKey: 'eligibility.community.a1.unknown.repeat',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A1',
    result: 'pass',
    name: 'a traditional religious community where only they may apply',
    call: traditional,
    facts: { traditionalReligiousCommunity: true },
    messageKey: 'eligibility.community.a1.pass.traditional',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A1',
    result: 'fail',
    name: 'a community organisation where only traditional religious communities may apply',
    call: traditional,
    facts: { communityOrganisation: true, traditionalReligiousCommunity: false },
    messageKey: 'eligibility.community.a1.fail.traditional',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A1',
    result: 'unknown',
    name: 'traditional religious community unknown',
    call: traditional,
    facts: {},
    messageKey: 'eligibility.community.a1.unknown.traditional',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A1',
    result: 'unknown',
    name: 'the call does not say who may apply',
    call: silentApplicants,
    facts: { communityOrganisation: true },
    messageKey: 'eligibility.community.a1.unknown.policy',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A1',
    result: 'pass',
    name: 'a community organisation',
    call: vilnius,
    facts: { communityOrganisation: true },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A1',
    result: 'fail',
    name: 'not a community organisation (real rejection)',
    call: vilnius,
    facts: { communityOrganisation: false },
    messageKey: 'eligibility.community.a1.fail',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A1',
    result: 'unknown',
    name: 'no facts',
    call: vilnius,
    facts: {},
  },
  {
    set: 'community-measure/applicant',
    rule: 'A1',
    result: 'pass',
    name: 'an NGO where the call is open',
    call: akademija,
    facts: { communityOrganisation: false, ngoMark: true },
    messageKey: 'eligibility.community.a1.pass.other',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A1',
    result: 'pass',
    name: 'a religious community where the call admits NGOs and religious communities after community organisations',
    call: sakiaiFallback,
    facts: { communityOrganisation: false, ngoMark: false, religiousCommunity: true },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A1',
    result: 'fail',
    name: 'neither kind where the call is open',
    call: akademija,
    facts: { communityOrganisation: false, ngoMark: false, religiousCommunity: false },
    messageKey: 'eligibility.community.a1.fail.other',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A1',
    result: 'unknown',
    name: 'not a community organisation, other kinds unknown, open call',
    call: akademija,
    facts: { communityOrganisation: false },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A2',
    result: 'pass',
    name: 'NGO mark where required',
    call: vilnius,
    facts: { ngoMark: true },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A2',
    result: 'fail',
    name: 'no NGO mark where required',
    call: vilnius,
    facts: { ngoMark: false },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A2',
    result: 'unknown',
    name: 'mark unknown where required',
    call: vilnius,
    facts: {},
  },
  {
    set: 'community-measure/applicant',
    rule: 'A2',
    result: 'pass',
    name: 'mark not required by the call',
    call: zarasai,
    facts: { ngoMark: false },
    messageKey: 'eligibility.community.a2.notRequired',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A3',
    result: 'pass',
    name: 'operates in the municipality',
    call: vilnius,
    facts: { operatesIn: 'Vilniaus miesto savivaldybė' },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A3',
    result: 'pass',
    name: 'name matched without case and extra spaces',
    call: vilnius,
    facts: { operatesIn: ' vilniaus  MIESTO savivaldybė' },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A3',
    result: 'pass',
    name: 'municipality code',
    call: sakiaiFallback,
    facts: { operatesIn: ['84'] },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A3',
    result: 'pass',
    name: 'operates in the eldership of the call',
    call: akademija,
    facts: { operatesIn: ['Kauno rajono savivaldybė', 'Akademijos seniūnija'] },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A3',
    result: 'fail',
    name: 'another municipality',
    call: vilnius,
    facts: { operatesIn: 'Kauno rajono savivaldybė' },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A3',
    result: 'fail',
    name: 'the municipality but not the eldership of the call',
    call: akademija,
    facts: { operatesIn: ['Kauno rajono savivaldybė', 'Alšėnų seniūnija'] },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A3',
    result: 'unknown',
    name: 'territory unknown',
    call: vilnius,
    facts: {},
  },
  {
    set: 'community-measure/applicant',
    rule: 'A4',
    result: 'pass',
    name: 'no community organisation applied',
    call: sakiaiFallback,
    facts: { communityOrganisation: false, otherCommunityOrganisationApplied: false },
    messageKey: 'eligibility.community.a4.pass.noCommunityApplied',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A4',
    result: 'pass',
    name: 're-announced competition',
    call: sakiaiFallback,
    facts: { communityOrganisation: false, otherCommunityOrganisationApplied: true, repeatCall: true },
    messageKey: 'eligibility.community.a4.pass.repeatCall',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A4',
    result: 'pass',
    name: 'the applicant is a community organisation',
    call: sakiaiFallback,
    facts: { communityOrganisation: true, otherCommunityOrganisationApplied: true },
    messageKey: 'eligibility.community.a4.pass.community',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A4',
    result: 'fail',
    name: 'an NGO while a community organisation applied, first competition',
    call: sakiaiFallback,
    facts: { communityOrganisation: false, otherCommunityOrganisationApplied: true, repeatCall: false },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A4',
    result: 'unknown',
    name: 'other applicants unknown',
    call: sakiaiFallback,
    facts: { communityOrganisation: false },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A4',
    result: 'pass',
    name: 'not a fallback call',
    call: vilnius,
    facts: { communityOrganisation: false },
    messageKey: 'eligibility.community.a4.notApplicable',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A5',
    result: 'pass',
    name: 'reports for N−1',
    call: pilot2022,
    facts: { reportsFiledForYears: [2021] },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A5',
    result: 'pass',
    name: 'reports for N−2 only',
    call: pilot2022,
    facts: { reportsFiledForYears: [2018, 2020] },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A5',
    result: 'fail',
    name: 'no reports for 2021 and 2020 (real rejection, point 19.6)',
    call: pilot2022,
    facts: { reportsFiledForYears: [2019] },
    messageKey: 'eligibility.community.a5.fail',
  },
  {
    set: 'community-measure/applicant',
    rule: 'A5',
    result: 'fail',
    name: 'no reports at all',
    call: pilot2022,
    facts: { reportsFiledForYears: [] },
  },
  {
    set: 'community-measure/applicant',
    rule: 'A5',
    result: 'unknown',
    name: 'reports unknown',
    call: pilot2022,
    facts: {},
  },
  {
    set: 'community-measure/applicant',
    rule: 'A5',
    result: 'pass',
    name: 'standard model',
    call: vilnius,
    facts: { reportsFiledForYears: [] },
    messageKey: 'eligibility.community.a5.notApplicable',
  },
  // community-measure/project
  {
    set: 'community-measure/project',
    rule: 'P1',
    result: 'pass',
    name: 'between minimum and maximum',
    call: zarasai,
    facts: { requestedAmount: '2000' },
  },
  {
    set: 'community-measure/project',
    rule: 'P1',
    result: 'pass',
    name: 'exactly the minimum',
    call: zarasai,
    facts: { requestedAmount: '1000.00' },
  },
  {
    set: 'community-measure/project',
    rule: 'P1',
    result: 'pass',
    name: 'exactly the maximum',
    call: zarasai,
    facts: { requestedAmount: '3000' },
  },
  {
    set: 'community-measure/project',
    rule: 'P1',
    result: 'fail',
    name: 'one cent below the minimum',
    call: zarasai,
    facts: { requestedAmount: '999.99' },
    messageKey: 'eligibility.amount.fail.belowMin',
  },
  {
    set: 'community-measure/project',
    rule: 'P1',
    result: 'fail',
    name: 'one cent above the maximum, the call rejects',
    call: zarasaiReject,
    facts: { requestedAmount: '3000.01' },
    messageKey: 'eligibility.amount.fail.aboveMax',
  },
  {
    set: 'community-measure/project',
    rule: 'P1',
    result: 'pass',
    name: 'above the maximum, the call caps (5 250,63 → 3 000,00)',
    call: zarasaiCap,
    facts: { requestedAmount: '5250.63' },
    messageKey: 'eligibility.amount.pass.capped',
  },
  {
    set: 'community-measure/project',
    rule: 'P1',
    result: 'unknown',
    name: 'above the maximum, the call is silent on over-maximum requests',
    call: zarasai,
    facts: { requestedAmount: '3000.01' },
    messageKey: 'eligibility.amount.unknown.overMaximum',
  },
  {
    set: 'community-measure/project',
    rule: 'P1',
    result: 'pass',
    name: "within the envelope's limits",
    call: envelopes,
    facts: { requestedAmount: '1660.00', envelope: 'gudziunai' },
    messageKey: 'eligibility.amount.pass',
  },
  {
    set: 'community-measure/project',
    rule: 'P1',
    result: 'fail',
    name: "above the envelope's maximum, the call rejects",
    call: envelopes,
    facts: { requestedAmount: '2000.01', envelope: 'dotnuva' },
    messageKey: 'eligibility.amount.fail.aboveMax',
  },
  {
    set: 'community-measure/project',
    rule: 'P1',
    result: 'fail',
    name: "below the envelope's minimum",
    call: envelopes,
    facts: { requestedAmount: '299.99', envelope: 'gudziunai' },
    messageKey: 'eligibility.amount.fail.belowMin',
  },
  {
    set: 'community-measure/project',
    rule: 'P1',
    result: 'unknown',
    name: 'envelope not named',
    call: envelopes,
    facts: { requestedAmount: '1000.00' },
    messageKey: 'eligibility.amount.unknown.envelope',
  },
  {
    set: 'community-measure/project',
    rule: 'P1',
    result: 'fail',
    name: 'an envelope the call does not have',
    call: envelopes,
    facts: { requestedAmount: '1000.00', envelope: 'kedainiai' },
    messageKey: 'eligibility.amount.fail.unknownEnvelope',
  },
  {
    set: 'community-measure/project',
    rule: 'P2',
    result: 'fail',
    name: "an area the envelope's assembly did not choose",
    call: envelopes,
    facts: { publicInterestActivities: true, activityAreas: ['public-spaces'], envelope: 'dotnuva' },
    messageKey: 'eligibility.community.p2.fail.areas',
  },
  {
    set: 'community-measure/project',
    rule: 'P3',
    result: 'pass',
    name: "within the call's activity period",
    call: withPeriod,
    facts: { activitiesFrom: '2023-05-01', activitiesTo: '2023-11-30' },
    messageKey: 'eligibility.community.p3.pass.period',
  },
  {
    set: 'community-measure/project',
    rule: 'P3',
    result: 'fail',
    name: "after the call's activity period, though in the budget year",
    call: withPeriod,
    facts: { activitiesFrom: '2023-05-01', activitiesTo: '2023-12-01' },
    messageKey: 'eligibility.community.p3.fail.period',
  },
  {
    set: 'community-measure/project',
    rule: 'P3',
    result: 'unknown',
    name: "end unknown, the call's activity period",
    call: withPeriod,
    facts: { activitiesFrom: '2023-05-01' },
    messageKey: 'eligibility.community.p3.unknown.period',
  },
  {
    set: 'community-measure/project',
    rule: 'P1',
    result: 'unknown',
    name: "above a one-eldership call's maximum, the call silent on over-maximum requests",
    call: akademija,
    facts: { requestedAmount: '1950.01' },
  },
  {
    set: 'community-measure/project',
    rule: 'P1',
    result: 'unknown',
    name: 'amount unknown',
    call: zarasai,
    facts: {},
  },
  {
    set: 'community-measure/project',
    rule: 'P1',
    result: 'pass',
    name: 'the call sets no limits',
    call: sakiaiFallback,
    facts: {},
    messageKey: 'eligibility.amount.noLimits',
  },
  {
    set: 'community-measure/project',
    rule: 'P2',
    result: 'pass',
    name: 'public-interest activities',
    call: zarasai,
    facts: { publicInterestActivities: true },
  },
  {
    set: 'community-measure/project',
    rule: 'P2',
    result: 'pass',
    name: 'public interest and areas of the call',
    call: withCosts,
    facts: { publicInterestActivities: true, activityAreas: ['cohesion'] },
  },
  {
    set: 'community-measure/project',
    rule: 'P2',
    result: 'fail',
    name: 'not in the public interest',
    call: zarasai,
    facts: { publicInterestActivities: false },
    messageKey: 'eligibility.community.p2.fail.publicInterest',
  },
  {
    set: 'community-measure/project',
    rule: 'P2',
    result: 'fail',
    name: 'an area the call does not fund',
    call: withCosts,
    facts: { publicInterestActivities: true, activityAreas: ['cohesion', 'advocacy'] },
    messageKey: 'eligibility.community.p2.fail.areas',
  },
  {
    set: 'community-measure/project',
    rule: 'P2',
    result: 'fail',
    name: 'no area given',
    call: withCosts,
    facts: { activityAreas: [] },
    messageKey: 'eligibility.community.p2.fail.noAreas',
  },
  {
    set: 'community-measure/project',
    rule: 'P2',
    result: 'unknown',
    name: 'areas unknown',
    call: withCosts,
    facts: { publicInterestActivities: true },
  },
  {
    set: 'community-measure/project',
    rule: 'P2',
    result: 'unknown',
    name: 'nothing known',
    call: zarasai,
    facts: {},
  },
  {
    set: 'community-measure/project',
    rule: 'P3',
    result: 'pass',
    name: 'within the budget year',
    call: zarasai,
    facts: { activitiesFrom: '2023-01-01', activitiesTo: '2023-12-31' },
  },
  {
    set: 'community-measure/project',
    rule: 'P3',
    result: 'fail',
    name: 'starts the year before',
    call: zarasai,
    facts: { activitiesFrom: '2022-12-31' },
    messageKey: 'eligibility.community.p3.fail.outside',
  },
  {
    set: 'community-measure/project',
    rule: 'P3',
    result: 'fail',
    name: 'ends the year after',
    call: zarasai,
    facts: { activitiesFrom: '2023-05-01', activitiesTo: '2024-01-01' },
  },
  {
    set: 'community-measure/project',
    rule: 'P3',
    result: 'fail',
    name: 'ends before it starts',
    call: zarasai,
    facts: { activitiesFrom: '2023-05-01', activitiesTo: '2023-04-30' },
    messageKey: 'eligibility.community.p3.fail.order',
  },
  {
    set: 'community-measure/project',
    rule: 'P3',
    result: 'unknown',
    name: 'end unknown',
    call: zarasai,
    facts: { activitiesFrom: '2023-05-01' },
  },
  {
    set: 'community-measure/project',
    rule: 'P4',
    result: 'pass',
    name: 'eligible costs within caps',
    call: withCosts,
    facts: {
      budgetLines: [
        { category: 'events', amount: '800' },
        { category: 'long-term-tangible-assets', amount: '200' },
      ],
    },
  },
  {
    set: 'community-measure/project',
    rule: 'P4',
    result: 'fail',
    name: 'an ineligible category',
    call: withCosts,
    facts: { budgetLines: [{ category: 'alcohol', amount: '10' }] },
    messageKey: 'eligibility.community.p4.fail.ineligible',
  },
  {
    set: 'community-measure/project',
    rule: 'P4',
    result: 'fail',
    name: 'assets above 20 % of the grant',
    call: withCosts,
    facts: {
      budgetLines: [
        { category: 'events', amount: '800' },
        { category: 'long-term-tangible-assets', amount: '200.01' },
      ],
    },
    messageKey: 'eligibility.community.p4.fail.overCap',
  },
  {
    set: 'community-measure/project',
    rule: 'P4',
    result: 'fail',
    name: 'both',
    call: withCosts,
    facts: {
      budgetLines: [
        { category: 'alcohol', amount: '1' },
        { category: 'long-term-tangible-assets', amount: '5' },
      ],
    },
    messageKey: 'eligibility.community.p4.fail.both',
  },
  {
    set: 'community-measure/project',
    rule: 'P4',
    result: 'unknown',
    name: 'no budget',
    call: withCosts,
    facts: {},
  },
  // ngo-fund-2023/applicant
  ...ngoMarkCases('ngo-fund-2023/applicant'),
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N2',
    result: 'pass',
    name: 'not funded in parallel',
    facts: { fundedInParallelCompetition: false },
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N2',
    result: 'fail',
    name: 'funded in parallel',
    facts: { fundedInParallelCompetition: true },
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N2',
    result: 'unknown',
    name: 'parallel funding unknown',
    facts: {},
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N3',
    result: 'pass',
    name: '2021 reports filed on time',
    facts: { reportsFiledForYears: [2021, 2022], reportsFiledOnTime: true },
    messageKey: 'eligibility.ngo.n3.pass.filed',
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N3',
    result: 'pass',
    name: 'founded in 2022: nothing to file for 2021',
    facts: { foundedOn: '2022-05-01', reportsFiledForYears: [] },
    messageKey: 'eligibility.ngo.n3.pass.notRequired',
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N3',
    result: 'fail',
    name: 'no 2021 reports',
    facts: { foundedOn: '2010-01-01', reportsFiledForYears: [2020, 2022] },
    messageKey: 'eligibility.ngo.n3.fail.missing',
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N3',
    result: 'fail',
    name: 'filed late',
    facts: { foundedOn: '2010-01-01', reportsFiledForYears: [2021], reportsFiledOnTime: false },
    messageKey: 'eligibility.ngo.n3.fail.late',
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N3',
    result: 'unknown',
    name: 'no 2021 reports, founding date unknown',
    facts: { reportsFiledForYears: [2020] },
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N4',
    result: 'pass',
    name: 'publishes its projects',
    facts: { publishesProjectsOnWebsite: true },
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N4',
    result: 'pass',
    name: 'has no website',
    facts: { publishesProjectsOnWebsite: 'no-website' },
    messageKey: 'eligibility.ngo.n4.pass.noWebsite',
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N4',
    result: 'fail',
    name: 'does not publish',
    facts: { publishesProjectsOnWebsite: false },
  },
  { set: 'ngo-fund-2023/applicant', rule: 'N4', result: 'unknown', name: 'publication unknown', facts: {} },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N5',
    result: 'pass',
    name: 'exactly EUR 1,000 in 2021',
    facts: { foundedOn: '2015-03-01', income: { '2021': '1000' } },
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N5',
    result: 'pass',
    name: 'founded in 2022 with EUR 1,000 in 2022',
    facts: { foundedOn: '2022-02-01', income: { '2021': '0', '2022': '1000.00' } },
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N5',
    result: 'fail',
    name: 'EUR 999.99 in 2021',
    facts: { foundedOn: '2015-03-01', income: { '2021': '999.99', '2022': '50000' } },
    messageKey: 'eligibility.ngo.n5.fail.low',
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N5',
    result: 'fail',
    name: 'founded in 2023',
    facts: { foundedOn: '2023-01-10', income: { '2022': '5000' } },
    messageKey: 'eligibility.ngo.n5.fail.tooNew',
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N5',
    result: 'fail',
    name: 'below the threshold in both years, founding date unknown',
    facts: { income: { '2021': '10', '2022': '20' } },
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N5',
    result: 'unknown',
    name: 'income for 2021 not given',
    facts: { foundedOn: '2015-03-01', income: { '2022': '5000' } },
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N6',
    result: 'pass',
    name: 'not in liquidation, reliable taxpayer',
    facts: { inLiquidation: false, reliableTaxpayer: true },
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N6',
    result: 'fail',
    name: 'in liquidation',
    facts: { inLiquidation: true },
    messageKey: 'eligibility.ngo.n6.fail.liquidation',
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N6',
    result: 'fail',
    name: 'not a reliable taxpayer',
    facts: { inLiquidation: false, reliableTaxpayer: false },
    messageKey: 'eligibility.ngo.n6.fail.taxpayer',
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N6',
    result: 'fail',
    name: 'both',
    facts: { inLiquidation: true, reliableTaxpayer: false },
    messageKey: 'eligibility.ngo.n6.fail.both',
  },
  {
    set: 'ngo-fund-2023/applicant',
    rule: 'N6',
    result: 'unknown',
    name: 'taxpayer status unknown',
    facts: { inLiquidation: false },
  },
  // ngo-fund-2022/applicant
  ...ngoMarkCases('ngo-fund-2022/applicant'),
  {
    set: 'ngo-fund-2022/applicant',
    rule: 'N2',
    result: 'pass',
    name: 'not funded under A1-226/A1-227',
    facts: { fundedInParallelCompetition: false },
  },
  {
    set: 'ngo-fund-2022/applicant',
    rule: 'N2',
    result: 'fail',
    name: 'funded under A1-226/A1-227',
    facts: { fundedInParallelCompetition: true },
  },
  {
    set: 'ngo-fund-2022/applicant',
    rule: 'N2',
    result: 'unknown',
    name: 'parallel funding unknown',
    facts: {},
  },
  ...booleanCases('ngo-fund-2022/applicant', 'N3', 'reportsFiledOnTime', [
    'reports filed',
    'reports not filed',
    'reports unknown',
  ]),
  ...booleanCases('ngo-fund-2022/applicant', 'N4', 'publishesProjectsOnWebsite', [
    'publishes its projects',
    'does not publish',
    'publication unknown',
  ]),
  {
    set: 'ngo-fund-2022/applicant',
    rule: 'N6',
    result: 'pass',
    name: 'not in liquidation, reliable taxpayer',
    facts: { inLiquidation: false, reliableTaxpayer: true },
  },
  {
    set: 'ngo-fund-2022/applicant',
    rule: 'N6',
    result: 'fail',
    name: 'in liquidation',
    facts: { inLiquidation: true, reliableTaxpayer: true },
  },
  { set: 'ngo-fund-2022/applicant', rule: 'N6', result: 'unknown', name: 'nothing known', facts: {} },
  {
    set: 'ngo-fund-2022/applicant',
    rule: 'P1',
    result: 'pass',
    name: 'EUR 3,000',
    facts: { requestedAmount: '3000' },
  },
  {
    set: 'ngo-fund-2022/applicant',
    rule: 'P1',
    result: 'pass',
    name: 'EUR 25,000',
    facts: { requestedAmount: '25000.00' },
  },
  {
    set: 'ngo-fund-2022/applicant',
    rule: 'P1',
    result: 'fail',
    name: 'EUR 2,999.99',
    facts: { requestedAmount: '2999.99' },
  },
  {
    set: 'ngo-fund-2022/applicant',
    rule: 'P1',
    result: 'fail',
    name: 'EUR 25,000.01',
    facts: { requestedAmount: '25000.01' },
  },
  { set: 'ngo-fund-2022/applicant', rule: 'P1', result: 'unknown', name: 'amount unknown', facts: {} },
]

describe('every rule of every rule set', () => {
  it.each(cases.map((c) => [`${c.set} ${c.rule} ${c.result}: ${c.name}`, c] as const))('%s', (_, c) => {
    const verdict = checkEligibility(c.set, c.facts, { asOf: asOfOf(c), ...(c.call ? { call: c.call } : {}) })
    const reason = verdict.reasons.find((r) => r.ruleId === c.rule)
    expect(reason?.result).toBe(c.result)
    if (c.messageKey) expect(reason?.message.key).toBe(c.messageKey)
    // A failing rule always makes the whole verdict ineligible.
    if (c.result === 'fail') expect(verdict.outcome).toBe('ineligible')
  })

  it('covers every rule id of every rule set with a pass, a fail and an unknown case', () => {
    const covered = new Set(cases.map((c) => `${c.set} ${c.rule} ${c.result}`))
    const missing: string[] = []
    for (const set of ruleSets) {
      const ids = new Set(set.versions.flatMap((v) => v.rules.map((r) => r.id)))
      for (const id of ids) {
        for (const result of ['pass', 'fail', 'unknown']) {
          if (!covered.has(`${set.id} ${id} ${result}`)) missing.push(`${set.id} ${id} ${result}`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('covers every message key a rule can produce', () => {
    const produced = new Set<string>()
    for (const c of cases) {
      const verdict = checkEligibility(c.set, c.facts, {
        asOf: asOfOf(c),
        ...(c.call ? { call: c.call } : {}),
      })
      for (const reason of verdict.reasons) produced.add(reason.message.key)
    }
    const declared = new Set(
      ruleSets.flatMap((s) => s.versions.flatMap((v) => v.rules.flatMap((r) => r.messageKeys))),
    )
    expect([...declared].filter((key) => !produced.has(key))).toEqual([])
  })
})
