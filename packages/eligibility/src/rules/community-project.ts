import type { LegalRef } from '@talka/core'
import { and3, booleanFact, FAIL, PASS, type Truth, unknownFrom } from '@talka/core'
import { evaluateBudget } from '../budget.js'
import type { CommunityMeasureCall } from '../call.js'
import type { CommunityProjectFacts } from '../facts.js'
import { type EligibilityRule, outcome } from '../rule.js'
import { amountRule } from './amount.js'

type Rule = EligibilityRule<CommunityProjectFacts>

const callOf = (call: CommunityMeasureCall | undefined): CommunityMeasureCall => {
  if (!call) throw new Error('@talka/eligibility: community-measure rules need a call')
  return call
}

function p2(ref: LegalRef): Rule {
  return {
    id: 'P2',
    title: { lt: 'Tinkamos veiklos', en: 'Eligible activities' },
    description: {
      lt: 'Projekto veiklomis tenkinami viešieji gyvenamųjų vietovių bendruomenių narių (gyventojų) interesai ir poreikiai; kai kvietimas nurodo veiklų sritis (pvz., išplėstinės seniūnaičių sueigos pasirinktas), veiklos priskiriamos toms sritims.',
      en: 'The project activities satisfy the public interests and needs of the members (residents) of the residential-area communities; where the call lists activity areas (e.g. chosen by the extended elders’ assembly), the activities belong to them.',
    },
    facts: ['publicInterestActivities', 'activityAreas'],
    ref,
    messageKeys: [
      'eligibility.community.p2.pass',
      'eligibility.community.p2.fail.publicInterest',
      'eligibility.community.p2.fail.areas',
      'eligibility.community.p2.fail.noAreas',
      'eligibility.community.p2.unknown',
    ],
    evaluate(facts, context) {
      const call = callOf(context.call)
      const publicInterest = booleanFact('publicInterestActivities', facts.publicInterestActivities)
      const allowed = call.activityAreas
      const given = facts.activityAreas
      let areas: Truth = PASS
      if (allowed) {
        areas =
          given === undefined
            ? unknownFrom('activityAreas')
            : given.length > 0 && given.every((area) => allowed.includes(area))
              ? PASS
              : FAIL
      }
      const truth = and3(publicInterest, areas)
      if (truth.outcome === 'pass') return outcome(truth, 'eligibility.community.p2.pass')
      if (truth.outcome === 'unknown') return outcome(truth, 'eligibility.community.p2.unknown')
      if (publicInterest.outcome === 'fail')
        return outcome(truth, 'eligibility.community.p2.fail.publicInterest')
      const allowedText = (allowed ?? []).join(', ')
      return given && given.length > 0
        ? outcome(
            truth,
            'eligibility.community.p2.fail.areas',
            {
              areas: given.filter((area) => !allowed?.includes(area)).join(', '),
              allowed: allowedText,
            },
            call.ref,
          )
        : outcome(truth, 'eligibility.community.p2.fail.noAreas', { allowed: allowedText }, call.ref)
    },
  }
}

function p3(ref: LegalRef): Rule {
  return {
    id: 'P3',
    title: { lt: 'Veiklų laikotarpis', en: 'Period of the activities' },
    description: {
      lt: 'Projekto veiklos vykdomos kvietimo biudžetiniais metais.',
      en: 'The project activities take place within the budget year of the call.',
    },
    facts: ['activitiesFrom', 'activitiesTo'],
    ref,
    citesCall: true,
    messageKeys: [
      'eligibility.community.p3.pass',
      'eligibility.community.p3.fail.outside',
      'eligibility.community.p3.fail.order',
      'eligibility.community.p3.unknown',
    ],
    evaluate(facts, context) {
      const year = callOf(context.call).year
      const { activitiesFrom: from, activitiesTo: to } = facts
      const inYear = (fact: string, date: string | undefined): Truth =>
        date === undefined ? unknownFrom(fact) : Number(date.slice(0, 4)) === year ? PASS : FAIL
      const start = inYear('activitiesFrom', from)
      const end = inYear('activitiesTo', to)
      if (start.outcome === 'fail')
        return outcome(FAIL, 'eligibility.community.p3.fail.outside', { date: from as string, year })
      if (end.outcome === 'fail')
        return outcome(FAIL, 'eligibility.community.p3.fail.outside', { date: to as string, year })
      if (from !== undefined && to !== undefined && from > to) {
        return outcome(FAIL, 'eligibility.community.p3.fail.order', { from, to })
      }
      const truth = and3(start, end)
      return outcome(
        truth,
        truth.outcome === 'pass' ? 'eligibility.community.p3.pass' : 'eligibility.community.p3.unknown',
        {
          year,
        },
      )
    },
  }
}

function p4(ref: LegalRef): Rule {
  return {
    id: 'P4',
    title: { lt: 'Tinkamos išlaidos', en: 'Eligible costs' },
    description: {
      lt: 'Projekto biudžeto išlaidos priklauso kvietime tinkamomis nurodytoms kategorijoms ir neviršija kvietime nustatytų ribų (pvz., ilgalaikio materialiojo turto dalies).',
      en: 'The project budget costs belong to the categories the call funds and stay within the caps set by the call (e.g. the share of long-term tangible assets).',
    },
    facts: ['budgetLines'],
    ref,
    citesCall: true,
    messageKeys: [
      'eligibility.community.p4.pass',
      'eligibility.community.p4.fail.ineligible',
      'eligibility.community.p4.fail.overCap',
      'eligibility.community.p4.fail.both',
      'eligibility.community.p4.unknown',
    ],
    evaluate(facts, context) {
      const call = callOf(context.call)
      if (facts.budgetLines === undefined) {
        return outcome(unknownFrom('budgetLines'), 'eligibility.community.p4.unknown')
      }
      const budget = evaluateBudget(call.costs, facts.budgetLines)
      const eligible = budget.eligibleTotal
      if (budget.result === 'pass')
        return { result: 'pass', messageKey: 'eligibility.community.p4.pass', params: { eligible } }
      const ineligible = budget.categories.filter((c) => c.status === 'ineligible').map((c) => c.category)
      const overCap = budget.categories.filter((c) => c.status === 'over-cap')
      const params = {
        ineligible: ineligible.join(', '),
        overCap: overCap.map((c) => `${c.category} ≤ ${c.cap ?? ''}`).join(', '),
        eligible,
        total: budget.requestedTotal,
      }
      const capRef = overCap.length === 1 && ineligible.length === 0 ? overCap[0]?.capRef : undefined
      const key =
        ineligible.length > 0 && overCap.length > 0
          ? 'eligibility.community.p4.fail.both'
          : ineligible.length > 0
            ? 'eligibility.community.p4.fail.ineligible'
            : 'eligibility.community.p4.fail.overCap'
      return { result: 'fail', messageKey: key, params, ref: capRef }
    },
  }
}

/**
 * The rules of `community-measure/project` with the references of one version: P1 amount within the
 * call's minimum and maximum, P2 activities, P3 period, P4 costs.
 */
export function communityProjectRules(refs: {
  readonly p1: LegalRef
  readonly p2: LegalRef
  readonly p3: LegalRef
  readonly p4: LegalRef
}): Rule[] {
  return [
    amountRule('P1', refs.p1, (context) => ({ min: context.call?.minAmount, max: context.call?.maxAmount }), {
      citesCall: true,
      title: { lt: 'Prašoma suma', en: 'Requested amount' },
      description: {
        lt: 'Prašoma suma ne mažesnė už kvietime nustatytą mažiausią ir ne didesnė už didžiausią vienam projektui skiriamą sumą.',
        en: "The requested amount is not below the call's minimum and not above its maximum per project.",
      },
    }),
    p2(refs.p2),
    p3(refs.p3),
    p4(refs.p4),
  ]
}
