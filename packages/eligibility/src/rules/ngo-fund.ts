import type { LegalRef } from '@talka/core'
import {
  and3,
  booleanFact,
  FAIL,
  formatCents,
  type MessageParams,
  or3,
  PASS,
  parseCents,
  type Truth,
  truthOf,
  unknownFrom,
} from '@talka/core'
import type { NgoFund2022ApplicantFacts, NgoFund2023ApplicantFacts } from '../facts.js'
import type { EligibilityMessageKey } from '../messages.js'
import { constantEvaluation, type EligibilityRule, outcome, type RuleEvaluation } from '../rule.js'
import { type AmountLimits, amountRule } from './amount.js'

type Rule23 = EligibilityRule<NgoFund2023ApplicantFacts>
type Rule22 = EligibilityRule<NgoFund2022ApplicantFacts>

function n1(ref: LegalRef): EligibilityRule<{ ngoMark?: boolean | undefined }> {
  return {
    id: 'N1',
    title: { lt: 'NVO žyma Juridinių asmenų registre', en: 'NGO mark in the Register of Legal Entities' },
    description: {
      lt: 'Pareiškėjas Juridinių asmenų registre yra įregistravęs žymą, kad juridinis asmuo yra nevyriausybinė organizacija.',
      en: 'The applicant has registered in the Register of Legal Entities the mark that the legal person is a non-governmental organisation.',
    },
    facts: ['ngoMark'],
    ref,
    messageKeys: ['eligibility.ngo.n1.pass', 'eligibility.ngo.n1.fail', 'eligibility.ngo.n1.unknown'],
    evaluate(facts) {
      const truth = booleanFact('ngoMark', facts.ngoMark)
      return outcome(truth, `eligibility.ngo.n1.${truth.outcome}`)
    },
  }
}

function n2(
  ref: LegalRef,
  description: { lt: string; en: string },
): EligibilityRule<{
  fundedInParallelCompetition?: boolean | undefined
}> {
  return {
    id: 'N2',
    title: { lt: 'Nėra dvigubo finansavimo', en: 'No double funding' },
    description,
    facts: ['fundedInParallelCompetition'],
    ref,
    messageKeys: ['eligibility.ngo.n2.pass', 'eligibility.ngo.n2.fail', 'eligibility.ngo.n2.unknown'],
    evaluate(facts) {
      const truth = booleanFact('fundedInParallelCompetition', facts.fundedInParallelCompetition, false)
      return outcome(truth, `eligibility.ngo.n2.${truth.outcome}`)
    },
  }
}

const foundedYear = (foundedOn: string | undefined) =>
  foundedOn === undefined ? undefined : Number(foundedOn.slice(0, 4))

function n3of2023(ref: LegalRef): Rule23 {
  return {
    id: 'N3',
    title: { lt: 'Laiku pateiktos N−2 metų ataskaitos', en: 'Reports for year N−2 filed on time' },
    description: {
      lt: 'Pareiškėjas teisės aktų nustatyta tvarka ir laiku pateikė N−2 metų (2023 m. konkurse – 2021 m.) veiklos ataskaitą ir metinių finansinių ataskaitų rinkinį; N−1 ar N metais įsteigtas pareiškėjas tų metų ataskaitų teikti neprivalėjo.',
      en: 'The applicant filed, on time and as the law requires, its activity report and annual financial statements for year N−2 (2021 in the 2023 competition); an applicant founded in N−1 or N had none to file for that year.',
    },
    facts: ['reportsFiledForYears', 'reportsFiledOnTime', 'foundedOn'],
    ref,
    messageKeys: [
      'eligibility.ngo.n3.pass.filed',
      'eligibility.ngo.n3.pass.notRequired',
      'eligibility.ngo.n3.fail.missing',
      'eligibility.ngo.n3.fail.late',
      'eligibility.ngo.n3.unknown',
    ],
    evaluate(facts, context) {
      const year = context.year - 2
      const founded = foundedYear(facts.foundedOn)
      const exempt: Truth = founded === undefined ? unknownFrom('foundedOn') : truthOf(founded > year)
      const years = facts.reportsFiledForYears
      const filed: Truth =
        years === undefined ? unknownFrom('reportsFiledForYears') : truthOf(years.includes(year))
      const onTime = booleanFact('reportsFiledOnTime', facts.reportsFiledOnTime)
      const truth = or3(exempt, and3(filed, onTime))
      if (truth.outcome === 'pass') {
        return exempt.outcome === 'pass'
          ? outcome(truth, 'eligibility.ngo.n3.pass.notRequired', { year, foundedYear: founded as number })
          : byYear.get(year, 'pass', 'eligibility.ngo.n3.pass.filed')
      }
      if (truth.outcome === 'unknown') return outcome(truth, 'eligibility.ngo.n3.unknown', { year })
      return byYear.get(
        year,
        'fail',
        filed.outcome === 'fail' ? 'eligibility.ngo.n3.fail.missing' : 'eligibility.ngo.n3.fail.late',
      )
    },
  }
}

/**
 * Frozen evaluations whose only parameter is `{ year }`, kept for the last year asked (a rule set
 * version has one year N), so the common results of N3 are shared between verdicts.
 */
class EvaluationsByYear {
  #year = Number.NaN
  #byKey = new Map<EligibilityMessageKey, RuleEvaluation>()

  get(year: number, result: 'pass' | 'fail', messageKey: EligibilityMessageKey): RuleEvaluation {
    if (year !== this.#year) {
      this.#year = year
      this.#byKey = new Map()
    }
    let evaluation = this.#byKey.get(messageKey)
    if (!evaluation) {
      evaluation = Object.freeze({ result, messageKey, params: Object.freeze({ year }) })
      this.#byKey.set(messageKey, evaluation)
    }
    return evaluation
  }
}

const byYear = new EvaluationsByYear()

function n3of2022(ref: LegalRef): Rule22 {
  return {
    id: 'N3',
    title: { lt: 'Pateiktos ataskaitos', en: 'Reports filed' },
    description: {
      lt: 'Pareiškėjas teisės aktų nustatyta tvarka pateikęs finansinių ataskaitų rinkinius ir veiklos ataskaitas.',
      en: 'The applicant has filed its financial statements and activity reports as the law requires.',
    },
    facts: ['reportsFiledOnTime'],
    ref,
    messageKeys: [
      'eligibility.ngo.n3-2022.pass',
      'eligibility.ngo.n3-2022.fail',
      'eligibility.ngo.n3-2022.unknown',
    ],
    evaluate(facts) {
      const truth = booleanFact('reportsFiledOnTime', facts.reportsFiledOnTime)
      return outcome(truth, `eligibility.ngo.n3-2022.${truth.outcome}`)
    },
  }
}

function n4(
  ref: LegalRef,
): EligibilityRule<{ publishesProjectsOnWebsite?: boolean | 'no-website' | undefined }> {
  return {
    id: 'N4',
    title: { lt: 'Projektai skelbiami svetainėje', en: 'Projects published on the website' },
    description: {
      lt: 'Pareiškėjas savo interneto svetainėje (jeigu ją turi) viešai skelbia informaciją apie įgyvendinamus ar įgyvendintus projektus.',
      en: 'The applicant publishes information about its current and past projects on its website, if it has one.',
    },
    facts: ['publishesProjectsOnWebsite'],
    ref,
    messageKeys: [
      'eligibility.ngo.n4.pass',
      'eligibility.ngo.n4.pass.noWebsite',
      'eligibility.ngo.n4.fail',
      'eligibility.ngo.n4.unknown',
    ],
    evaluate(facts) {
      const value = facts.publishesProjectsOnWebsite
      if (value === 'no-website') return constantEvaluation('pass', 'eligibility.ngo.n4.pass.noWebsite')
      const truth = booleanFact('publishesProjectsOnWebsite', value)
      return outcome(truth, `eligibility.ngo.n4.${truth.outcome}`)
    },
  }
}

function n5(ref: LegalRef, threshold: string): Rule23 {
  const thresholdCents = parseCents(threshold)
  const thresholdText = formatThreshold(threshold)
  return {
    id: 'N5',
    title: { lt: 'Ne mažiau kaip 1 000 Eur pajamų', en: 'Income of at least EUR 1,000' },
    description: {
      lt: 'Pareiškėjo pajamos pagal metinių finansinių ataskaitų rinkinį N−2 metais (arba N−1 metais, jei jis įsteigtas N−1 metais) ne mažesnės kaip 1 000 Eur.',
      en: 'The applicant’s income per its annual financial statements for year N−2 (or N−1, if it was founded in N−1) is at least EUR 1,000.',
    },
    facts: ['income', 'foundedOn'],
    ref,
    messageKeys: [
      'eligibility.ngo.n5.pass',
      'eligibility.ngo.n5.fail.low',
      'eligibility.ngo.n5.fail.tooNew',
      'eligibility.ngo.n5.unknown',
    ],
    evaluate(facts, context) {
      const previous = context.year - 1
      const beforePrevious = context.year - 2
      const founded = foundedYear(facts.foundedOn)
      const income = facts.income
      // Founded by N−2: income of N−2 counts; founded in N−1: income of N−1; founded later: none.
      let truth: Truth
      if (founded !== undefined) {
        truth =
          founded <= beforePrevious
            ? atLeast(income, beforePrevious, thresholdCents)
            : founded === previous
              ? atLeast(income, previous, thresholdCents)
              : FAIL
      } else {
        truth = or3(
          and3(UNKNOWN_FOUNDED, atLeast(income, beforePrevious, thresholdCents)),
          and3(UNKNOWN_FOUNDED, atLeast(income, previous, thresholdCents)),
        )
      }
      const threshold = thresholdText
      if (truth.outcome === 'unknown') {
        return outcome(truth, 'eligibility.ngo.n5.unknown', { threshold, previous, beforePrevious })
      }
      if (founded !== undefined && founded > previous) {
        return outcome(truth, 'eligibility.ngo.n5.fail.tooNew', {
          threshold,
          foundedYear: founded,
          previous,
          beforePrevious,
        })
      }
      const year = founded === previous ? previous : beforePrevious
      const params: MessageParams = { threshold, year, income: income?.[String(year)] ?? '' }
      return {
        result: truth.outcome,
        messageKey: truth.outcome === 'pass' ? 'eligibility.ngo.n5.pass' : 'eligibility.ngo.n5.fail.low',
        params,
      }
    },
  }
}

function atLeast(
  income: Readonly<Record<string, string>> | undefined,
  year: number,
  threshold: number,
): Truth {
  const amount = income?.[String(year)]
  return amount === undefined ? UNKNOWN_INCOME : parseCents(amount) >= threshold ? PASS : FAIL
}

const UNKNOWN_INCOME: Truth = unknownFrom('income')
const UNKNOWN_FOUNDED: Truth = unknownFrom('foundedOn')

const formatThreshold = (amount: string) => formatCents(parseCents(amount))

function n6(ref: LegalRef): EligibilityRule<{
  inLiquidation?: boolean | undefined
  reliableTaxpayer?: boolean | undefined
}> {
  return {
    id: 'N6',
    title: {
      lt: 'Nelikviduojamas, patikimas mokesčių mokėtojas',
      en: 'Not in liquidation, reliable taxpayer',
    },
    description: {
      lt: 'Pareiškėjas nėra likviduojamas (pagal viešus Juridinių asmenų registro duomenis) ir paskutinę formaliųjų kriterijų vertinimo dieną atitinka minimalius patikimo mokesčių mokėtojo kriterijus.',
      en: 'The applicant is not in liquidation (public data of the Register of Legal Entities) and on the last day of the formal assessment meets the minimal criteria of a reliable taxpayer.',
    },
    facts: ['inLiquidation', 'reliableTaxpayer'],
    ref,
    messageKeys: [
      'eligibility.ngo.n6.pass',
      'eligibility.ngo.n6.fail.liquidation',
      'eligibility.ngo.n6.fail.taxpayer',
      'eligibility.ngo.n6.fail.both',
      'eligibility.ngo.n6.unknown',
    ],
    evaluate(facts) {
      const notLiquidated = booleanFact('inLiquidation', facts.inLiquidation, false)
      const reliable = booleanFact('reliableTaxpayer', facts.reliableTaxpayer)
      const truth = and3(notLiquidated, reliable)
      if (truth.outcome !== 'fail') return outcome(truth, `eligibility.ngo.n6.${truth.outcome}`)
      const key =
        notLiquidated.outcome === 'fail' && reliable.outcome === 'fail'
          ? 'eligibility.ngo.n6.fail.both'
          : notLiquidated.outcome === 'fail'
            ? 'eligibility.ngo.n6.fail.liquidation'
            : 'eligibility.ngo.n6.fail.taxpayer'
      return outcome(truth, key)
    },
  }
}

/** The rules of `ngo-fund-2023/applicant` (N1–N6). */
export function ngoFund2023Rules(
  refs: { readonly all: LegalRef; readonly n6: LegalRef },
  minIncome: string,
): Rule23[] {
  return [
    n1(refs.all),
    n2(refs.all, {
      lt: 'Pareiškėjui neskirtas finansavimas Nacionalinių NVO ir NVO vienijančių asociacijų 2023–2024 metų institucinio stiprinimo konkursuose (nėra dvigubo finansavimo).',
      en: 'The applicant has not been granted funding in the 2023–2024 institutional-strengthening competitions for national NGOs and NGO umbrella associations (no double funding).',
    }),
    n3of2023(refs.all),
    n4(refs.all),
    n5(refs.all, minIncome),
    n6(refs.n6),
  ]
}

/** The rules of `ngo-fund-2022/applicant` (N1–N4, N6, and P1: EUR 3,000–25,000 per project). */
export function ngoFund2022Rules(
  refs: { readonly all: LegalRef; readonly amounts: LegalRef },
  limits: AmountLimits,
): Rule22[] {
  return [
    n1(refs.all),
    n2(refs.all, {
      lt: 'Pareiškėjui neskirtas finansavimas pagal SADM 2022-03-30 įsakymus Nr. A1-226 (nacionalinių NVO) ir Nr. A1-227 (NVO vienijančių asociacijų) institucinio stiprinimo konkursuose.',
      en: 'The applicant has not been granted funding under SADM orders of 2022-03-30 No. A1-226 (national NGOs) and No. A1-227 (NGO umbrella associations) institutional-strengthening competitions.',
    }),
    n3of2022(refs.all),
    n4(refs.all),
    n6(refs.all),
    amountRule('P1', refs.amounts, () => limits, {
      title: { lt: 'Prašoma suma', en: 'Requested amount' },
      description: {
        lt: 'Vienam projektui galima skirti ne mažiau kaip 3 000 Eur ir ne daugiau kaip 25 000 Eur.',
        en: 'A project may be granted at least EUR 3,000 and at most EUR 25,000.',
      },
    }),
  ]
}
