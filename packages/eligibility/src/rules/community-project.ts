import type { Call, Envelope } from '@talka/calls'
import type { LegalRef } from '@talka/core'
import { and3, booleanFact, FAIL, PASS, parseCents, type Truth, unknownFrom } from '@talka/core'
import { evaluateBudget } from '../budget.js'
import { cite } from '../cite.js'
import type { CommunityProjectFacts } from '../facts.js'
import { constantEvaluation, type EligibilityRule, outcome, type RuleEvaluation } from '../rule.js'
import { belowMinimum, canonical } from './amount.js'

type Rule = EligibilityRule<CommunityProjectFacts>

const callOf = (call: Call | undefined): Call => {
  if (!call) throw new Error('@talka/eligibility: community-measure rules need a call')
  return call
}

/** The name of the call's over-maximum policy in `missingFacts` when the call does not state it. */
export const CALL_OVER_MAXIMUM = 'call.amounts.overMaximum'

/** The envelope the facts name, if the call has envelopes and one with that id. */
const envelopeOf = (call: Call, id: string | undefined): Envelope | undefined =>
  id === undefined || call.budget?.kind !== 'envelopes'
    ? undefined
    : call.budget.envelopes.find((e) => e.id === id)

/**
 * P1: the requested amount lies between the minimum and the maximum per project: the call's, or in a
 * call with eldership envelopes the envelope's (the facts name it). A request above the maximum follows
 * the call's `amounts.overMaximum`: `cap` passes (the amount will be capped at the maximum, as
 * published decisions do), `reject` fails, and a call that is silent leaves the result unknown.
 */
function p1(ref: LegalRef): Rule {
  return {
    id: 'P1',
    title: { lt: 'Prašoma suma', en: 'Requested amount' },
    description: {
      lt: 'Prašoma suma ne mažesnė už kvietime (ar seniūnijos lėšų daliai) nustatytą mažiausią vienam projektui skiriamą sumą; didesnė už didžiausią sumą prašoma suma sumažinama iki didžiausios arba paraiška atmetama – kaip nustato kvietimas.',
      en: "The requested amount is not below the minimum per project set by the call (or for the eldership's envelope); a request above the maximum is capped at the maximum or rejected, as the call provides.",
    },
    facts: ['requestedAmount', 'envelope'],
    ref,
    cite: (call) => cite(call, 'amounts'),
    messageKeys: [
      'eligibility.amount.pass',
      'eligibility.amount.pass.capped',
      'eligibility.amount.fail.belowMin',
      'eligibility.amount.fail.aboveMax',
      'eligibility.amount.fail.unknownEnvelope',
      'eligibility.amount.unknown',
      'eligibility.amount.unknown.envelope',
      'eligibility.amount.unknown.overMaximum',
      'eligibility.amount.noLimits',
    ],
    evaluate(facts, context): RuleEvaluation {
      const call = callOf(context.call)
      let min: string | undefined
      let max: string | undefined
      let ref: LegalRef | undefined
      if (call.budget?.kind === 'envelopes') {
        if (facts.envelope === undefined) {
          return {
            result: 'unknown',
            messageKey: 'eligibility.amount.unknown.envelope',
            missing: ['envelope'],
            ref: cite(call, 'budget'),
          }
        }
        const envelope = envelopeOf(call, facts.envelope)
        if (!envelope) {
          return {
            result: 'fail',
            messageKey: 'eligibility.amount.fail.unknownEnvelope',
            params: { envelope: facts.envelope },
            ref: cite(call, 'budget'),
          }
        }
        min = envelope.minPerProject
        max = envelope.maxPerProject
        ref = cite(call, 'amounts', { envelope: envelope.id })
      } else {
        min = call.amounts?.minPerProject
        max = call.amounts?.maxPerProject
      }
      if (min === undefined && max === undefined) {
        return ref
          ? { result: 'pass', messageKey: 'eligibility.amount.noLimits', ref }
          : constantEvaluation('pass', 'eligibility.amount.noLimits')
      }
      const amount = facts.requestedAmount
      if (amount === undefined) {
        return {
          result: 'unknown',
          messageKey: 'eligibility.amount.unknown',
          missing: ['requestedAmount'],
          ref,
        }
      }
      const cents = parseCents(amount)
      const below = belowMinimum(amount, cents, min)
      if (below) return { ...below, ref }
      if (max !== undefined && cents > parseCents(max)) {
        const params = { amount: canonical(amount), max: canonical(max) }
        const policyRef = cite(call, 'overMaximum')
        switch (call.amounts?.overMaximum) {
          case 'cap':
            return { result: 'pass', messageKey: 'eligibility.amount.pass.capped', params, ref: policyRef }
          case 'reject':
            return { result: 'fail', messageKey: 'eligibility.amount.fail.aboveMax', params, ref: policyRef }
          default:
            return {
              result: 'unknown',
              messageKey: 'eligibility.amount.unknown.overMaximum',
              params,
              missing: [CALL_OVER_MAXIMUM],
              ref: policyRef,
            }
        }
      }
      return {
        result: 'pass',
        messageKey: 'eligibility.amount.pass',
        params: { amount: canonical(amount) },
        ref,
      }
    },
  }
}

function p2(ref: LegalRef): Rule {
  return {
    id: 'P2',
    title: { lt: 'Tinkamos veiklos', en: 'Eligible activities' },
    description: {
      lt: 'Projekto veiklomis tenkinami viešieji gyvenamųjų vietovių bendruomenių narių (gyventojų) interesai ir poreikiai; kai kvietimas nurodo veiklų sritis (pvz., išplėstinės seniūnaičių sueigos pasirinktas), veiklos priskiriamos toms sritims.',
      en: 'The project activities satisfy the public interests and needs of the members (residents) of the residential-area communities; where the call lists activity areas (e.g. chosen by the extended elders’ assembly), the activities belong to them.',
    },
    facts: ['publicInterestActivities', 'activityAreas', 'envelope'],
    ref,
    cite: (call) => cite(call, 'activities'),
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
      const envelope = envelopeOf(call, facts.envelope)
      const allowed = envelope?.activityAreas ?? call.activities?.areas
      const ref = envelope?.activityAreas ? cite(call, 'activities', { envelope: envelope.id }) : undefined
      const given = facts.activityAreas
      let areas: Truth = PASS
      // In a call whose elderships chose their own areas, the areas depend on the envelope.
      const byEnvelope =
        facts.envelope === undefined &&
        call.budget?.kind === 'envelopes' &&
        call.budget.envelopes.some((e) => e.activityAreas !== undefined)
      if (byEnvelope) areas = unknownFrom('envelope')
      else if (allowed) {
        areas =
          given === undefined
            ? unknownFrom('activityAreas')
            : given.length > 0 && given.every((area) => allowed.includes(area))
              ? PASS
              : FAIL
      }
      const truth = and3(publicInterest, areas)
      if (truth.outcome === 'pass') return outcome(truth, 'eligibility.community.p2.pass', undefined, ref)
      if (truth.outcome === 'unknown')
        return outcome(truth, 'eligibility.community.p2.unknown', undefined, ref)
      if (publicInterest.outcome === 'fail')
        return outcome(truth, 'eligibility.community.p2.fail.publicInterest', undefined, ref)
      const allowedText = (allowed ?? []).join(', ')
      return given && given.length > 0
        ? outcome(
            truth,
            'eligibility.community.p2.fail.areas',
            {
              areas: given.filter((area) => !allowed?.includes(area)).join(', '),
              allowed: allowedText,
            },
            ref,
          )
        : outcome(truth, 'eligibility.community.p2.fail.noAreas', { allowed: allowedText }, ref)
    },
  }
}

function p3(ref: LegalRef): Rule {
  return {
    id: 'P3',
    title: { lt: 'Veiklų laikotarpis', en: 'Period of the activities' },
    description: {
      lt: 'Projekto veiklos vykdomos kvietime nustatytu veiklų laikotarpiu, o kai jis nenustatytas, – kvietimo biudžetiniais metais.',
      en: 'The project activities take place within the activity period the call sets or, where it sets none, within the budget year of the call.',
    },
    facts: ['activitiesFrom', 'activitiesTo'],
    ref,
    cite: (call) => (call.costs?.activityPeriod ? cite(call, 'costs') : cite(call, 'call')),
    messageKeys: [
      'eligibility.community.p3.pass',
      'eligibility.community.p3.pass.period',
      'eligibility.community.p3.fail.outside',
      'eligibility.community.p3.fail.period',
      'eligibility.community.p3.fail.order',
      'eligibility.community.p3.unknown',
      'eligibility.community.p3.unknown.period',
    ],
    evaluate(facts, context) {
      const call = callOf(context.call)
      const period = call.costs?.activityPeriod
      const year = call.year
      const { activitiesFrom: from, activitiesTo: to } = facts
      const within = (fact: string, date: string | undefined): Truth =>
        date === undefined
          ? unknownFrom(fact)
          : (period ? period.from <= date && date <= period.until : Number(date.slice(0, 4)) === year)
            ? PASS
            : FAIL
      const start = within('activitiesFrom', from)
      const end = within('activitiesTo', to)
      const outside = start.outcome === 'fail' ? from : end.outcome === 'fail' ? to : undefined
      if (outside !== undefined) {
        return period
          ? outcome(FAIL, 'eligibility.community.p3.fail.period', {
              date: outside,
              from: period.from,
              until: period.until,
            })
          : outcome(FAIL, 'eligibility.community.p3.fail.outside', { date: outside, year })
      }
      if (from !== undefined && to !== undefined && from > to) {
        return outcome(FAIL, 'eligibility.community.p3.fail.order', { from, to })
      }
      const truth = and3(start, end)
      if (period) {
        const params = { from: period.from, until: period.until }
        return outcome(
          truth,
          truth.outcome === 'pass'
            ? 'eligibility.community.p3.pass.period'
            : 'eligibility.community.p3.unknown.period',
          params,
        )
      }
      return outcome(
        truth,
        truth.outcome === 'pass' ? 'eligibility.community.p3.pass' : 'eligibility.community.p3.unknown',
        { year },
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
    cite: (call) => cite(call, 'costs'),
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
      const budget = evaluateBudget(call, facts.budgetLines)
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
 * The rules of `community-measure/project` with the references of one version (shown in the catalog):
 * P1 amount within the call's (or the envelope's) minimum and maximum, P2 activities, P3 period, P4
 * costs. In a verdict every rule cites the call (`cite`).
 */
export function communityProjectRules(refs: {
  readonly p1: LegalRef
  readonly p2: LegalRef
  readonly p3: LegalRef
  readonly p4: LegalRef
}): Rule[] {
  return [p1(refs.p1), p2(refs.p2), p3(refs.p3), p4(refs.p4)]
}
