import type { LegalRef } from '@talka/core'
import { booleanFact, FAIL, not3, or3, PASS, type Truth, truthOf, unknownFrom } from '@talka/core'
import type { CommunityMeasureCall } from '../call.js'
import type { CommunityApplicantFacts } from '../facts.js'
import { PILOT_2022_P19_6, SAKIAI_2024_P45, VILNIUS_2024_CALL } from '../refs.js'
import { constantEvaluation, type EligibilityRule, outcome } from '../rule.js'

type Rule = EligibilityRule<CommunityApplicantFacts>

const callOf = (call: CommunityMeasureCall | undefined): CommunityMeasureCall => {
  if (!call) throw new Error('@talka/eligibility: community-measure rules need a call')
  return call
}

/** A1: the applicant is a community organisation (or, where the call admits them, an NGO or a religious community). */
function a1(ref: LegalRef): Rule {
  return {
    id: 'A1',
    title: { lt: 'Bendruomeninė organizacija', en: 'Community organisation' },
    description: {
      lt: 'Pareiškėjas yra bendruomeninė organizacija, kaip ji apibrėžta Vietos savivaldos ir Bendruomeninių organizacijų plėtros įstatymuose; kai kvietimas leidžia, paraišką gali teikti ir nevyriausybinė organizacija (su NVO žyma) ar religinė bendruomenė.',
      en: 'The applicant is a community organisation as defined in the Local Self-Government Law and the Law on the Development of Community Organisations; where the call admits them, an NGO (with the NGO mark) or a religious community may also apply.',
    },
    facts: ['communityOrganisation', 'ngoMark', 'religiousCommunity'],
    ref,
    messageKeys: [
      'eligibility.community.a1.pass.community',
      'eligibility.community.a1.pass.other',
      'eligibility.community.a1.fail',
      'eligibility.community.a1.fail.other',
      'eligibility.community.a1.unknown',
      'eligibility.community.a1.unknown.other',
    ],
    evaluate(facts, context) {
      const call = callOf(context.call)
      const community = booleanFact('communityOrganisation', facts.communityOrganisation)
      if (call.applicants === 'community-organisations') {
        const key =
          community.outcome === 'pass'
            ? 'eligibility.community.a1.pass.community'
            : community.outcome === 'fail'
              ? 'eligibility.community.a1.fail'
              : 'eligibility.community.a1.unknown'
        return outcome(community, key)
      }
      const truth = or3(
        community,
        booleanFact('ngoMark', facts.ngoMark),
        booleanFact('religiousCommunity', facts.religiousCommunity),
      )
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

const a2: Rule = {
  id: 'A2',
  title: { lt: 'NVO žyma Juridinių asmenų registre', en: 'NGO mark in the Register of Legal Entities' },
  description: {
    lt: 'Kai kvietimas to reikalauja, pareiškėjas Juridinių asmenų registre turi žymą, kad juridinis asmuo yra nevyriausybinė organizacija.',
    en: 'Where the call requires it, the applicant holds the mark in the Register of Legal Entities that the legal person is a non-governmental organisation.',
  },
  facts: ['ngoMark'],
  ref: VILNIUS_2024_CALL,
  citesCall: true,
  messageKeys: [
    'eligibility.community.a2.pass',
    'eligibility.community.a2.fail',
    'eligibility.community.a2.unknown',
    'eligibility.community.a2.notRequired',
  ],
  evaluate(facts, context) {
    if (!callOf(context.call).requireNgoMark)
      return constantEvaluation('pass', 'eligibility.community.a2.notRequired')
    const truth = booleanFact('ngoMark', facts.ngoMark)
    return outcome(truth, `eligibility.community.a2.${truth.outcome}`)
  },
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
    citesCall: true,
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

const a4: Rule = {
  id: 'A4',
  title: { lt: 'Kiti pareiškėjai tik nesant bendruomeninių organizacijų', en: 'Fallback applicants' },
  description: {
    lt: 'Kai kvietimas tai numato, nevyriausybinės organizacijos ir religinės bendruomenės gali teikti paraiškas tik tuo atveju, jei tos teritorijos bendruomeninės organizacijos paraiškų neteikia, arba pakartotinai paskelbtame konkurse.',
    en: 'Where the call provides so, NGOs and religious communities may apply only if no community organisation of the territory applies, or in a re-announced competition.',
  },
  facts: ['communityOrganisation', 'otherCommunityOrganisationApplied', 'repeatCall'],
  ref: SAKIAI_2024_P45,
  citesCall: true,
  messageKeys: [
    'eligibility.community.a4.notApplicable',
    'eligibility.community.a4.pass.community',
    'eligibility.community.a4.pass.noCommunityApplied',
    'eligibility.community.a4.pass.repeatCall',
    'eligibility.community.a4.fail',
    'eligibility.community.a4.unknown',
  ],
  evaluate(facts, context) {
    if (callOf(context.call).applicants !== 'fallback') {
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
 * The rules of `community-measure/applicant` with the references of one version: A1 cites the
 * version's definition of a community organisation; A3 the version's description of the measure.
 */
export function communityApplicantRules(refs: { readonly a1: LegalRef; readonly a3: LegalRef }): Rule[] {
  return [a1(refs.a1), a2, a3(refs.a3), a4, a5(PILOT_2022_P19_6)]
}
