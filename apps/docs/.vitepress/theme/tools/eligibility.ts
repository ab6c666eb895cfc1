/**
 * The eligibility questionnaire's logic (no Vue): the questions of each rule set of
 * @talka/eligibility, the answers turned into facts, and the verdict with every failed and unknown
 * rule, its legal reference, the questions still needed and the text for a letter (`explain`).
 */

import { type Call, type CallId, calls, safeParseCall } from '@talka/calls'
import { formatLegalRef, type LegalRef, type TraceReason } from '@talka/core'
import {
  type EligibilityOutcome,
  explain,
  RULE_SET_IDS,
  type RuleSetId,
  ruleSets,
  safeCheckEligibility,
} from '@talka/eligibility'
import { nonNegativeDecimal } from './csv.js'
import type { Lang, Localized } from './i18n.js'
import { choiceField, ownCallField, stringField } from './url-state.js'

/** The ids of the municipal calls the tool offers for the community measure. */
export const CALL_IDS: readonly CallId[] = Object.keys(calls) as CallId[]

export type { CallId }

/** The officer's own call (made in the call builder or loaded from a call.json file). */
export const OWN_CALL = 'own'

/** Where the community measure's call comes from: a catalog call or the officer's own. */
export type CallChoice = CallId | typeof OWN_CALL

/** The questionnaire's state: the rule set, the call (community measure), the date and the answers. */
export interface EligibilityState {
  readonly ruleSet: RuleSetId
  readonly call: CallChoice
  /** The officer's call as JSON (a call.v1 document), when `call` is `'own'`; kept in the link too. */
  readonly ownCall?: unknown
  readonly asOf: string
  /** Answers as typed: `'yes'`/`'no'`/`''` for yes-no questions, text otherwise; `income.<year>` per year. */
  readonly answers: Readonly<Record<string, string>>
}

/** The example: the NGO Fund 2023 applicant of the @talka/eligibility README (income too low, one fact unknown). */
export const ELIGIBILITY_EXAMPLE: EligibilityState = {
  ruleSet: 'ngo-fund-2023/applicant',
  call: 'vilnius-2024',
  asOf: '2023-04-06',
  answers: {
    ngoMark: 'yes',
    fundedInParallelCompetition: 'no',
    reportsFiledForYears: '2021',
    reportsFiledOnTime: 'yes',
    publishesProjectsOnWebsite: 'yes',
    'income.2021': '850.00',
    foundedOn: '2016-02-10',
    inLiquidation: 'no',
  },
}

/** A state read back from an address; anything malformed falls back to the example. */
export function eligibilityStateFrom(value: unknown): EligibilityState {
  const e = ELIGIBILITY_EXAMPLE
  const rawAnswers =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>).answers : undefined
  const answers: Record<string, string> = {}
  if (typeof rawAnswers === 'object' && rawAnswers !== null) {
    for (const [key, answer] of Object.entries(rawAnswers)) {
      if (typeof answer === 'string' && /^[\w.]{1,60}$/.test(key)) answers[key] = answer
    }
  }
  return {
    ruleSet: choiceField(value, 'ruleSet', RULE_SET_IDS, e.ruleSet),
    call: choiceField<CallChoice>(value, 'call', [...CALL_IDS, OWN_CALL], e.call),
    ...ownCallField(value),
    asOf: stringField(value, 'asOf', e.asOf),
    answers: rawAnswers === undefined ? e.answers : answers,
  }
}

/** The call a state checks against: the catalog call, or the officer's own when it is a valid call. */
export function callOf(state: Pick<EligibilityState, 'call' | 'ownCall'>): Call | undefined {
  if (state.call !== OWN_CALL) return calls[state.call]
  const parsed = safeParseCall(state.ownCall)
  return parsed.success ? parsed.data : undefined
}

/** Whether a rule set needs the municipality's call. */
export function usesCall(ruleSet: RuleSetId): boolean {
  return ruleSets.find((s) => s.id === ruleSet)?.usesCall ?? false
}

/** A date inside the first version of a rule set (or of the call's year) to start from. */
export function defaultAsOf(ruleSet: RuleSetId, call: CallChoice, ownCall?: unknown): string {
  if (ruleSet === 'ngo-fund-2023/applicant') return '2023-04-06'
  if (ruleSet === 'ngo-fund-2022/applicant') return '2022-07-01'
  const known: Partial<Record<CallId, string>> = { 'vilnius-2024': '2024-03-20' }
  if (call === OWN_CALL) {
    const own = callOf({ call, ownCall })
    return own?.dates?.asOf ?? `${own?.year ?? new Date().getFullYear()}-06-01`
  }
  return known[call] ?? `${calls[call].year}-06-01`
}

/** The kind of answer a question takes. */
export type QuestionKind = 'yes-no' | 'website' | 'years' | 'income' | 'date' | 'amount' | 'list' | 'budget'

/** One question: the fact it answers, how it is answered, its text and an optional hint. */
export interface Question {
  readonly fact: string
  readonly kind: QuestionKind
  readonly label: Localized
  readonly hint?: Localized
  /** For `income`: the years asked for. */
  readonly years?: readonly number[]
}

const TEXTS: Record<string, { kind: QuestionKind; label: Localized; hint?: Localized }> = {
  communityOrganisation: {
    kind: 'yes-no',
    label: {
      lt: 'Ar pareiškėjas yra bendruomeninė organizacija (pagal Bendruomeninių organizacijų plėtros įstatymą)?',
      en: 'Is the applicant a community organisation (under the Law on the Development of Community Organisations)?',
    },
  },
  ngoMark: {
    kind: 'yes-no',
    label: {
      lt: 'Ar Juridinių asmenų registre įregistruota žyma, kad pareiškėjas yra nevyriausybinė organizacija?',
      en: 'Does the Register of Legal Entities hold the mark that the applicant is a non-governmental organisation?',
    },
  },
  religiousCommunity: {
    kind: 'yes-no',
    label: {
      lt: 'Ar pareiškėjas yra (tradicinė) religinė bendruomenė ar bendrija?',
      en: 'Is the applicant a (traditional) religious community or association?',
    },
  },
  operatesIn: {
    kind: 'list',
    label: { lt: 'Kur pareiškėjas veikia?', en: 'Where does the applicant operate?' },
    hint: {
      lt: 'Savivaldybė ir seniūnijos, atskirtos kabliataškiais, pvz.: Vilniaus miesto savivaldybė',
      en: 'Municipality and elderships, separated by semicolons, e.g. Vilniaus miesto savivaldybė',
    },
  },
  otherCommunityOrganisationApplied: {
    kind: 'yes-no',
    label: {
      lt: 'Ar šiame kvietime paraišką pateikė tos pačios teritorijos bendruomeninė organizacija?',
      en: 'Did a community organisation of the same territory apply in this call?',
    },
  },
  repeatCall: {
    kind: 'yes-no',
    label: { lt: 'Ar konkursas skelbiamas pakartotinai?', en: 'Is the competition re-announced?' },
  },
  reportsFiledForYears: {
    kind: 'years',
    label: {
      lt: 'Už kuriuos metus Registrų centrui pateiktos veiklos ataskaita ir metinių finansinių ataskaitų rinkinys?',
      en: 'For which years were the activity report and annual financial statements filed with the Centre of Registers?',
    },
    hint: {
      lt: 'Metai, atskirti kableliais, pvz.: 2021, 2022',
      en: 'Years separated by commas, e.g. 2021, 2022',
    },
  },
  reportsFiledOnTime: {
    kind: 'yes-no',
    label: {
      lt: 'Ar ataskaitos pateiktos laiku, kaip reikalauja teisės aktai?',
      en: 'Were the reports filed on time, as the law requires?',
    },
  },
  publishesProjectsOnWebsite: {
    kind: 'website',
    label: {
      lt: 'Ar pareiškėjas savo interneto svetainėje skelbia vykdomus projektus?',
      en: 'Does the applicant publish its projects on its website?',
    },
  },
  income: {
    kind: 'income',
    label: {
      lt: 'Pareiškėjo pajamos pagal metinių finansinių ataskaitų rinkinį, Eur',
      en: 'The applicant’s income per its annual financial statements, EUR',
    },
    hint: { lt: 'Palikite tuščią, jei nežinoma.', en: 'Leave empty if not known.' },
  },
  foundedOn: {
    kind: 'date',
    label: { lt: 'Pareiškėjo įregistravimo data', en: 'Date the applicant was registered' },
  },
  inLiquidation: {
    kind: 'yes-no',
    label: { lt: 'Ar pareiškėjas likviduojamas?', en: 'Is the applicant being liquidated?' },
  },
  reliableTaxpayer: {
    kind: 'yes-no',
    label: {
      lt: 'Ar pareiškėjas atitinka minimalius patikimo mokesčių mokėtojo kriterijus (Mokesčių administravimo įstatymas)?',
      en: 'Does the applicant meet the minimal criteria of a reliable taxpayer (Law on Tax Administration)?',
    },
  },
  fundedInParallelCompetition: {
    kind: 'yes-no',
    label: {
      lt: 'Ar pareiškėjui skirtas finansavimas lygiagrečiame nacionalinių NVO ar skėtinių asociacijų institucinio stiprinimo konkurse?',
      en: 'Was the applicant granted funding in the parallel institutional-strengthening competition for national NGOs or umbrella associations?',
    },
  },
  requestedAmount: {
    kind: 'amount',
    label: { lt: 'Prašoma suma, Eur', en: 'Amount requested, EUR' },
  },
  publicInterestActivities: {
    kind: 'yes-no',
    label: {
      lt: 'Ar veiklos tenkina gyvenamųjų vietovių bendruomenių gyventojų viešuosius interesus ir poreikius?',
      en: 'Do the activities meet the public interests and needs of the residents of the residential-area communities?',
    },
  },
  activityAreas: {
    kind: 'list',
    label: { lt: 'Projekto veiklos sritys', en: 'Activity areas of the project' },
    hint: {
      lt: 'Kvietime nurodyti kodai, atskirti kabliataškiais',
      en: 'Codes listed by the call, separated by semicolons',
    },
  },
  activitiesFrom: {
    kind: 'date',
    label: { lt: 'Projekto veiklų pradžia', en: 'First day of the project activities' },
  },
  activitiesTo: {
    kind: 'date',
    label: { lt: 'Projekto veiklų pabaiga', en: 'Last day of the project activities' },
  },
  budgetLines: {
    kind: 'budget',
    label: { lt: 'Projekto biudžetas', en: 'Project budget' },
    hint: {
      lt: 'Po vieną eilutę: išlaidų kategorija; suma. Pvz.: events; 800,00',
      en: 'One line each: cost category; amount. E.g.: events; 800.00',
    },
  },
}

/** The year N a rule set version counts reports and income from. */
function yearOf(state: EligibilityState): number {
  const set = ruleSets.find((s) => s.id === state.ruleSet)
  const version = set?.versions.find((v) => v.validFrom <= state.asOf && state.asOf <= v.validTo)
  if (set?.usesCall) return callOf(state)?.year ?? Number(state.asOf.slice(0, 4))
  return version?.year ?? (Number(state.asOf.slice(0, 4)) || new Date().getFullYear())
}

/** The questions of the state's rule set, in the order of its facts. */
export function questionsFor(state: EligibilityState): Question[] {
  const set = ruleSets.find((s) => s.id === state.ruleSet)
  const year = yearOf(state)
  const areas = callOf(state)?.activities?.areas
  return (set?.facts ?? []).map((fact) => {
    const text = TEXTS[fact] ?? { kind: 'yes-no' as const, label: { lt: fact, en: fact } }
    const question: Question = { fact, ...text }
    if (fact === 'income') return { ...question, years: [year - 2, year - 1] }
    if (fact === 'activityAreas' && areas) {
      const codes = areas.join('; ')
      return {
        ...question,
        hint: { lt: `Šio kvietimo sritys: ${codes}`, en: `The areas of this call: ${codes}` },
      }
    }
    return question
  })
}

/** A problem with one answer (it is then treated as not known). */
export interface AnswerProblem {
  readonly fact: string
  readonly message: Localized
}

const splitList = (text: string) =>
  text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)

/** The facts the answers give; an empty or unreadable answer leaves its fact unknown. */
export function factsFrom(
  questions: readonly Question[],
  answers: Readonly<Record<string, string>>,
): { facts: Record<string, unknown>; problems: AnswerProblem[] } {
  const facts: Record<string, unknown> = {}
  const problems: AnswerProblem[] = []
  for (const q of questions) {
    const answer = (answers[q.fact] ?? '').trim()
    switch (q.kind) {
      case 'yes-no':
        if (answer === 'yes' || answer === 'no') facts[q.fact] = answer === 'yes'
        break
      case 'website':
        if (answer === 'yes' || answer === 'no') facts[q.fact] = answer === 'yes'
        else if (answer === 'no-website') facts[q.fact] = 'no-website'
        break
      case 'years': {
        if (answer === '') break
        const years = answer.split(/[,;\s]+/).filter(Boolean)
        if (years.every((y) => /^(19|20|21)\d{2}$/.test(y))) facts[q.fact] = years.map(Number)
        else
          problems.push({
            fact: q.fact,
            message: { lt: 'Įrašykite metus, pvz.: 2021, 2022', en: 'Enter years, e.g. 2021, 2022' },
          })
        break
      }
      case 'income': {
        const income: Record<string, string> = {}
        for (const year of q.years ?? []) {
          const raw = (answers[`income.${year}`] ?? '').trim()
          if (raw === '') continue
          const amount = nonNegativeDecimal(raw)
          if (amount !== undefined && /^\d+(\.\d{1,2})?$/.test(amount)) income[String(year)] = amount
          else problems.push({ fact: `income.${year}`, message: NOT_AMOUNT })
        }
        if (Object.keys(income).length > 0) facts[q.fact] = income
        break
      }
      case 'date':
        if (answer === '') break
        if (/^\d{4}-\d{2}-\d{2}$/.test(answer)) facts[q.fact] = answer
        else
          problems.push({
            fact: q.fact,
            message: { lt: 'Data turi būti MMMM-MM-DD.', en: 'The date must be YYYY-MM-DD.' },
          })
        break
      case 'amount': {
        if (answer === '') break
        const amount = nonNegativeDecimal(answer)
        if (amount !== undefined && /^\d+(\.\d{1,2})?$/.test(amount)) facts[q.fact] = amount
        else problems.push({ fact: q.fact, message: NOT_AMOUNT })
        break
      }
      case 'list': {
        const items = splitList(answer)
        if (items.length === 1) facts[q.fact] = q.fact === 'operatesIn' ? items[0] : items
        else if (items.length > 1) facts[q.fact] = items
        break
      }
      case 'budget': {
        const lines = answer
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
        if (lines.length === 0) break
        const parsed = lines.map((line) => {
          const [category = '', amount = ''] = line.split(/;|\t/).map((s) => s.trim())
          const value = nonNegativeDecimal(amount)
          return category !== '' && value !== undefined && /^\d+(\.\d{1,2})?$/.test(value)
            ? { category, amount: value }
            : null
        })
        if (parsed.every((p) => p !== null)) facts[q.fact] = parsed
        else
          problems.push({
            fact: q.fact,
            message: {
              lt: 'Kiekvienoje eilutėje turi būti kategorija ir suma, atskirtos „;“.',
              en: 'Each line needs a category and an amount separated by “;”.',
            },
          })
        break
      }
    }
  }
  return { facts, problems }
}

const NOT_AMOUNT: Localized = {
  lt: 'Suma turi būti skaičius su ne daugiau kaip 2 skaitmenimis po kablelio.',
  en: 'The amount must be a number with at most 2 decimals.',
}

/** One rule in the verdict, ready to show. */
export interface RuleLine {
  readonly ruleId: string
  readonly result: string
  readonly text: string
  readonly ref: LegalRef
  readonly refText: string
}

/** The verdict as the page shows it. */
export type EligibilityView =
  | {
      readonly ok: true
      readonly outcome: EligibilityOutcome
      readonly ruleSetTitle: string
      readonly version: string
      readonly failed: readonly RuleLine[]
      readonly unknown: readonly RuleLine[]
      readonly passed: readonly RuleLine[]
      /** The questions whose answers would decide the unknown rules (facts not asked here by name). */
      readonly needed: readonly { readonly fact: string; readonly label: string }[]
      readonly letter: string
      readonly problems: readonly AnswerProblem[]
    }
  | { readonly ok: false; readonly errors: readonly string[] }

function line(reason: TraceReason, lang: Lang): RuleLine {
  return {
    ruleId: reason.ruleId,
    result: reason.result,
    text: reason.message.text,
    ref: reason.ref,
    refText: formatLegalRef(reason.ref, lang),
  }
}

/** Checks the answers under the rule set with `checkEligibility` and prepares what the page shows. */
export function runEligibility(state: EligibilityState, lang: Lang): EligibilityView {
  const questions = questionsFor(state)
  const { facts, problems } = factsFrom(questions, state.answers)
  const set = ruleSets.find((s) => s.id === state.ruleSet)
  const call = set?.usesCall ? callOf(state) : undefined
  if (set?.usesCall && call === undefined) {
    return {
      ok: false,
      errors: [
        lang === 'lt'
          ? 'Jūsų kvietimas neįkeltas arba neatitinka call.v1 schemos: sudarykite jį kvietimo rengimo įrankyje arba įkelkite call.json failą.'
          : 'Your call is not loaded or does not match the call.v1 schema: make it in the call builder or load a call.json file.',
      ],
    }
  }
  const result = safeCheckEligibility(state.ruleSet, facts, {
    asOf: state.asOf,
    lang,
    ...(call !== undefined ? { call } : {}),
  })
  if (!result.success) {
    const error = result.error
    if (error.code === 'NO_RULE_SET_VERSION' && set) {
      const ranges = set.versions.map((v) => `${v.validFrom} – ${v.validTo}`).join(', ')
      return {
        ok: false,
        errors: [
          lang === 'lt'
            ? `${state.asOf} dieną šis taisyklių rinkinys negalioja. Galiojimo laikotarpiai: ${ranges}.`
            : `This rule set is not in force on ${state.asOf}. Periods in force: ${ranges}.`,
        ],
      }
    }
    const issues =
      'issues' in error ? (error.issues as readonly { path: readonly unknown[]; message: string }[]) : []
    return {
      ok: false,
      errors: issues.length
        ? issues.map((i) => `${i.path.join('.')}: ${i.message}`)
        : [`${error.code}: ${error.message}`],
    }
  }
  const verdict = result.data
  const labels = new Map(questions.map((q) => [q.fact, q.label[lang]]))
  const version = verdict.ruleSet ? `${verdict.ruleSet.validFrom} – ${verdict.ruleSet.validTo ?? ''}` : ''
  return {
    ok: true,
    outcome: verdict.outcome,
    ruleSetTitle: set?.title[lang] ?? state.ruleSet,
    version,
    failed: verdict.reasons.filter((r) => r.result === 'fail').map((r) => line(r, lang)),
    unknown: verdict.reasons.filter((r) => r.result === 'unknown').map((r) => line(r, lang)),
    passed: verdict.reasons.filter((r) => r.result === 'pass').map((r) => line(r, lang)),
    needed: verdict.missingFacts.map((fact) => ({ fact, label: labels.get(fact) ?? fact })),
    letter: explain(verdict, lang),
    problems,
  }
}

/** The rule sets offered, with their titles. */
export function ruleSetOptions(lang: Lang): { id: RuleSetId; title: string }[] {
  return ruleSets.map((s) => ({ id: s.id, title: s.title[lang] }))
}

/** The municipal calls offered, as "municipality (eldership) year". */
export function callOptions(lang: Lang = 'lt', ownCall?: unknown): { id: CallChoice; title: string }[] {
  const own = ownCall === undefined ? undefined : callOf({ call: OWN_CALL, ownCall })
  const ownOption =
    ownCall === undefined
      ? []
      : [
          {
            id: OWN_CALL,
            title: `${lang === 'lt' ? 'Jūsų kvietimas' : 'Your call'}${own ? `: ${own.name[lang]} (${own.year})` : ''}`,
          } as const,
        ]
  return [
    ...ownOption,
    ...CALL_IDS.map((id) => {
      const call = calls[id]
      return {
        id,
        title: `${call.municipality.name}${call.eldership ? `, ${call.eldership}` : ''} ${call.year}`,
      }
    }),
  ]
}

export { ELIGIBILITY_TEXT } from './texts.js'
