import type { Call } from '@talka/calls'
import type { LegalRef } from '@talka/core'
import { and3, booleanFact, FAIL, not3, or3, PASS, type Truth, truthOf, unknownFrom } from '@talka/core'
import { cite, citeReportsRule } from '../cite.js'
import type { CommunityApplicantFacts } from '../facts.js'
import { constantEvaluation, type EligibilityRule, outcome } from '../rule.js'

type Rule = EligibilityRule<CommunityApplicantFacts>

const callOf = (call: Call | undefined): Call => {
  if (!call) throw new Error('@talka/eligibility: community-measure rules need a call')
  return call
}

const citeApplicants = (call: Call) => cite(call, 'applicants')

/** The name of the call's applicants policy in `missingFacts` when the call does not state it. */
export const CALL_APPLICANTS = 'call.applicants'

/**
 * A1: the applicant is of a kind the call admits (`applicants.admitted` of the call): community
 * organisations; community organisations, then NGOs and religious communities; NGOs and religious
 * communities only (a repeat call that excludes community organisations); traditional religious
 * communities only; or all of them. Where the call does not say who may apply, the result is unknown.
 */
function a1(ref: LegalRef): Rule {
  return {
    id: 'A1',
    title: { lt: 'Pareiškėjo teisinė forma', en: 'Kind of applicant' },
    description: {
      lt: 'Pareiškėjas yra toks, kokiam kvietimas leidžia teikti paraišką: bendruomeninė organizacija; kai kvietimas leidžia, – ir nevyriausybinė organizacija ar religinė bendruomenė; pakartotiniame konkurse, į kurį bendruomeninės organizacijos nebekviečiamos, – tik nevyriausybinė organizacija ar religinė bendruomenė; kai kvietimas skirtas tradicinėms religinėms bendruomenėms, – tik tokia bendruomenė.',
      en: 'The applicant is of a kind the call admits: a community organisation; where the call admits them, also an NGO or a religious community; in a repeat call that no longer admits community organisations, only an NGO or a religious community; in a call for traditional religious communities, only such a community.',
    },
    facts: ['communityOrganisation', 'ngoMark', 'religiousCommunity', 'traditionalReligiousCommunity'],
    ref,
    cite: citeApplicants,
    messageKeys: [
      'eligibility.community.a1.pass.community',
      'eligibility.community.a1.pass.other',
      'eligibility.community.a1.pass.traditional',
      'eligibility.community.a1.fail',
      'eligibility.community.a1.fail.other',
      'eligibility.community.a1.fail.excluded',
      'eligibility.community.a1.fail.notNgo',
      'eligibility.community.a1.fail.traditional',
      'eligibility.community.a1.unknown',
      'eligibility.community.a1.unknown.other',
      'eligibility.community.a1.unknown.repeat',
      'eligibility.community.a1.unknown.traditional',
      'eligibility.community.a1.unknown.policy',
    ],
    evaluate(facts, context) {
      const admitted = callOf(context.call).applicants?.admitted
      if (admitted === undefined) {
        return {
          result: 'unknown',
          messageKey: 'eligibility.community.a1.unknown.policy',
          missing: [CALL_APPLICANTS],
        }
      }
      const community = booleanFact('communityOrganisation', facts.communityOrganisation)
      if (admitted === 'community-organisations') {
        const key =
          community.outcome === 'pass'
            ? 'eligibility.community.a1.pass.community'
            : community.outcome === 'fail'
              ? 'eligibility.community.a1.fail'
              : 'eligibility.community.a1.unknown'
        return outcome(community, key)
      }
      if (admitted === 'traditional-religious-communities') {
        const truth = booleanFact('traditionalReligiousCommunity', facts.traditionalReligiousCommunity)
        return outcome(truth, `eligibility.community.a1.${truth.outcome}.traditional`)
      }
      const other = or3(
        booleanFact('ngoMark', facts.ngoMark),
        booleanFact('religiousCommunity', facts.religiousCommunity),
      )
      if (admitted === 'ngos-and-religious-communities') {
        const truth = and3(not3(community), other)
        const key =
          truth.outcome === 'pass'
            ? 'eligibility.community.a1.pass.other'
            : community.outcome === 'pass'
              ? 'eligibility.community.a1.fail.excluded'
              : truth.outcome === 'fail'
                ? 'eligibility.community.a1.fail.notNgo'
                : 'eligibility.community.a1.unknown.repeat'
        return outcome(truth, key)
      }
      const truth = or3(community, other)
      const key =
        community.outcome === 'pass'
          ? 'eligibility.community.a1.pass.community'
          : truth.outcome === 'pass'
            ? 'eligibility.community.a1.pass.other'
            : truth.outcome === 'fail'
              ? 'eligibility.community.a1.fail.other'
              : 'eligibility.community.a1.unknown.other'
      return outcome(truth, key)
    },
  }
}

function a2(ref: LegalRef): Rule {
  return {
    id: 'A2',
    title: { lt: 'NVO žyma Juridinių asmenų registre', en: 'NGO mark in the Register of Legal Entities' },
    description: {
      lt: 'Kai kvietimas to reikalauja, pareiškėjas Juridinių asmenų registre turi žymą, kad juridinis asmuo yra nevyriausybinė organizacija.',
      en: 'Where the call requires it, the applicant holds the mark in the Register of Legal Entities that the legal person is a non-governmental organisation.',
    },
    facts: ['ngoMark'],
    ref,
    cite: citeApplicants,
    messageKeys: [
      'eligibility.community.a2.pass',
      'eligibility.community.a2.fail',
      'eligibility.community.a2.unknown',
      'eligibility.community.a2.notRequired',
    ],
    evaluate(facts, context) {
      if (!callOf(context.call).applicants?.requireNgoMark)
        return constantEvaluation('pass', 'eligibility.community.a2.notRequired')
      const truth = booleanFact('ngoMark', facts.ngoMark)
      return outcome(truth, `eligibility.community.a2.${truth.outcome}`)
    },
  }
}

const normalise = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('lt')

function a3(ref: LegalRef): Rule {
  return {
    id: 'A3',
    title: { lt: 'Veiklos teritorija', en: 'Territory' },
    description: {
      lt: 'Pareiškėjas veikia kvietimo savivaldybėje, o kai kvietimas skirtas seniūnijai, – toje seniūnijoje.',
      en: 'The applicant operates in the municipality of the call and, where the call is for an eldership, in that eldership.',
    },
    facts: ['operatesIn'],
    ref,
    cite: (call) => cite(call, 'call'),
    messageKeys: [
      'eligibility.community.a3.pass',
      'eligibility.community.a3.fail',
      'eligibility.community.a3.unknown',
    ],
    evaluate(facts, context) {
      const call = callOf(context.call)
      const territory = call.eldership
        ? `${call.eldership}, ${call.municipality.name}`
        : call.municipality.name
      const given = facts.operatesIn
      if (given === undefined) {
        return outcome(unknownFrom('operatesIn'), 'eligibility.community.a3.unknown', { territory })
      }
      const places = (typeof given === 'string' ? [given] : given).map(normalise)
      const wanted = call.eldership
        ? [normalise(call.eldership)]
        : [
            normalise(call.municipality.name),
            ...(call.municipality.code ? [normalise(call.municipality.code)] : []),
          ]
      const truth = truthOf(places.some((place) => wanted.includes(place)))
      return outcome(truth, `eligibility.community.a3.${truth.outcome === 'pass' ? 'pass' : 'fail'}`, {
        territory,
      })
    },
  }
}

function a4(ref: LegalRef): Rule {
  return {
    id: 'A4',
    title: { lt: 'Kiti pareiškėjai tik nesant bendruomeninių organizacijų', en: 'Fallback applicants' },
    description: {
      lt: 'Kai kvietimas tai numato, nevyriausybinės organizacijos ir religinės bendruomenės gali teikti paraiškas tik tuo atveju, jei tos teritorijos bendruomeninės organizacijos paraiškų neteikia, arba pakartotinai paskelbtame konkurse.',
      en: 'Where the call provides so, NGOs and religious communities may apply only if no community organisation of the territory applies, or in a re-announced competition.',
    },
    facts: ['communityOrganisation', 'otherCommunityOrganisationApplied', 'repeatCall'],
    ref,
    cite: citeApplicants,
    messageKeys: [
      'eligibility.community.a4.notApplicable',
      'eligibility.community.a4.pass.community',
      'eligibility.community.a4.pass.noCommunityApplied',
      'eligibility.community.a4.pass.repeatCall',
      'eligibility.community.a4.fail',
      'eligibility.community.a4.unknown',
    ],
    evaluate(facts, context) {
      if (callOf(context.call).applicants?.admitted !== 'community-organisations-then-ngos') {
        return constantEvaluation('pass', 'eligibility.community.a4.notApplicable')
      }
      const community = booleanFact('communityOrganisation', facts.communityOrganisation)
      const noneApplied = not3(
        booleanFact('otherCommunityOrganisationApplied', facts.otherCommunityOrganisationApplied),
      )
      const repeat = booleanFact('repeatCall', facts.repeatCall)
      const truth = or3(community, noneApplied, repeat)
      const key =
        community.outcome === 'pass'
          ? 'eligibility.community.a4.pass.community'
          : repeat.outcome === 'pass'
            ? 'eligibility.community.a4.pass.repeatCall'
            : noneApplied.outcome === 'pass'
              ? 'eligibility.community.a4.pass.noCommunityApplied'
              : truth.outcome === 'fail'
                ? 'eligibility.community.a4.fail'
                : 'eligibility.community.a4.unknown'
      return outcome(truth, key)
    },
  }
}

function a5(ref: LegalRef): Rule {
  return {
    id: 'A5',
    title: {
      lt: 'Ataskaitos Registrų centrui (bandomasis modelis)',
      en: 'Reports filed with the Centre of Registers (pilot)',
    },
    description: {
      lt: 'Bandomojo modelio kvietimuose pareiškėjas Registrų centrui yra pateikęs ataskaitas už N−1 arba N−2 metus (N – kvietimo metai).',
      en: 'In calls under the pilot model, the applicant has filed reports with the Centre of Registers for year N−1 or N−2 (N being the year of the call).',
    },
    facts: ['reportsFiledForYears'],
    ref,
    cite: citeReportsRule,
    messageKeys: [
      'eligibility.community.a5.notApplicable',
      'eligibility.community.a5.pass',
      'eligibility.community.a5.fail',
      'eligibility.community.a5.unknown',
    ],
    evaluate(facts, context) {
      const call = callOf(context.call)
      if (call.model !== 'pilot') return constantEvaluation('pass', 'eligibility.community.a5.notApplicable')
      const params = { previous: call.year - 1, beforePrevious: call.year - 2 }
      const years = facts.reportsFiledForYears
      const truth: Truth =
        years === undefined
          ? unknownFrom('reportsFiledForYears')
          : years.includes(call.year - 1) || years.includes(call.year - 2)
            ? PASS
            : FAIL
      return outcome(truth, `eligibility.community.a5.${truth.outcome}`, params)
    },
  }
}

/**
 * The rules of `community-measure/applicant` with the references of one version (shown in the
 * catalog): A1 the version's source on who may apply, A5 the version's source of the pilot rule on
 * reports, the others the ministry's act of the version. In a verdict every rule cites the call
 * (`cite`).
 */
export function communityApplicantRules(refs: {
  readonly a1: LegalRef
  readonly measure: LegalRef
  readonly reports: LegalRef
}): Rule[] {
  return [a1(refs.a1), a2(refs.measure), a3(refs.measure), a4(refs.measure), a5(refs.reports)]
}
