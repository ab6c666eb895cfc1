/**
 * The volunteering check's logic (no Vue): a person, an agreement and expense claims → the four
 * answers of @talka/volunteering (may the person volunteer, must the agreement be written, what kind
 * of activity it is, which expenses are reimbursable) under the edition of the law that applies.
 */
import { type Decision, formatLegalRef, isTalkaError, type LegalRef, ValidationError } from '@talka/core'
import {
  agreementRequirement,
  canVolunteer,
  classifyActivity,
  type ExpenseKind,
  ExpenseKindSchema,
  lawEdition,
  reimbursableExpenses,
  type VolunteeringOptions,
} from '@talka/volunteering'
import { nonNegativeDecimal } from './csv.js'
import type { Lang } from './i18n.js'
import { VOLUNTEERING_OUTCOMES, VOLUNTEERING_QUESTIONS } from './texts.js'
import { choiceField, stringField } from './url-state.js'

/** A yes / no / not known answer. */
export type Tri = '' | 'yes' | 'no'

/** One expense claim as typed. */
export interface ClaimInput {
  readonly kind: ExpenseKind
  readonly amount: string
  readonly documents: Tri
  /** Own car only: distance, consumption per 100 km, fuel price per litre. */
  readonly km: string
  readonly consumption: string
  readonly price: string
}

/** The check's state. */
export interface VolunteeringState {
  readonly asOf: string
  readonly birthDate: string
  readonly citizenship: string
  readonly lawfullyPresent: Tri
  readonly legalRepresentativeObjects: Tri
  readonly agreementFrom: string
  readonly agreementTo: string
  readonly concludedOn: string
  readonly hours: string
  readonly coordinated: Tri
  readonly partyRequestsWritten: Tri
  readonly agreementSetsReimbursement: Tri
  readonly hoursPerDay: string
  readonly longerThanOneDay: Tri
  readonly outsideHomeLocality: Tri
  readonly claims: readonly ClaimInput[]
}

/** The kinds of expense offered: every kind @talka/volunteering knows, in its order. */
export const EXPENSE_KINDS: readonly ExpenseKind[] = ExpenseKindSchema.options

export { EXPENSE_LABELS } from './texts.js'

/** An empty claim. */
export const EMPTY_CLAIM: ClaimInput = {
  kind: 'travel',
  amount: '',
  documents: 'yes',
  km: '',
  consumption: '',
  price: '',
}

/**
 * The example: a 15-year-old Lithuanian citizen whose parent does not object, a coordinated
 * 61-day agreement of 120 hours concluded on 2024-08-01, bus tickets and a lunch with receipts,
 * checked on 2024-10-01 (the new edition of the law).
 */
export const VOLUNTEERING_EXAMPLE: VolunteeringState = {
  asOf: '2024-10-01',
  birthDate: '2009-03-15',
  citizenship: 'LT',
  lawfullyPresent: '',
  legalRepresentativeObjects: 'no',
  agreementFrom: '2024-08-01',
  agreementTo: '2024-09-30',
  concludedOn: '2024-08-01',
  hours: '120',
  coordinated: 'yes',
  partyRequestsWritten: 'no',
  agreementSetsReimbursement: 'yes',
  hoursPerDay: '5',
  longerThanOneDay: 'no',
  outsideHomeLocality: 'no',
  claims: [
    { ...EMPTY_CLAIM, kind: 'travel', amount: '12.40' },
    { ...EMPTY_CLAIM, kind: 'meals', amount: '9.00' },
  ],
}

const TRI: readonly Tri[] = ['', 'yes', 'no']

/** A state read back from an address; anything malformed falls back to the example. */
export function volunteeringStateFrom(value: unknown): VolunteeringState {
  const e = VOLUNTEERING_EXAMPLE
  const s = (key: keyof VolunteeringState) => stringField(value, key, e[key] as string)
  const tri = (key: keyof VolunteeringState) => choiceField(value, key, TRI, e[key] as Tri)
  const raw =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>).claims : undefined
  const claims = Array.isArray(raw)
    ? raw.slice(0, 50).map((c) => ({
        kind: choiceField(c, 'kind', EXPENSE_KINDS, 'travel'),
        amount: stringField(c, 'amount', ''),
        documents: choiceField(c, 'documents', TRI, ''),
        km: stringField(c, 'km', ''),
        consumption: stringField(c, 'consumption', ''),
        price: stringField(c, 'price', ''),
      }))
    : e.claims
  return {
    asOf: s('asOf'),
    birthDate: s('birthDate'),
    citizenship: s('citizenship'),
    lawfullyPresent: tri('lawfullyPresent'),
    legalRepresentativeObjects: tri('legalRepresentativeObjects'),
    agreementFrom: s('agreementFrom'),
    agreementTo: s('agreementTo'),
    concludedOn: s('concludedOn'),
    hours: s('hours'),
    coordinated: tri('coordinated'),
    partyRequestsWritten: tri('partyRequestsWritten'),
    agreementSetsReimbursement: tri('agreementSetsReimbursement'),
    hoursPerDay: s('hoursPerDay'),
    longerThanOneDay: tri('longerThanOneDay'),
    outsideHomeLocality: tri('outsideHomeLocality'),
    claims,
  }
}

/** One reason of an answer, ready to show. */
export interface ReasonLine {
  readonly ruleId: string
  readonly result: string
  readonly text: string
  readonly ref: LegalRef
  readonly refText: string
}

/** One of the four answers. */
export interface Answer {
  readonly key: 'volunteer' | 'agreement' | 'activity' | 'expenses'
  readonly question: string
  /** The outcome as the package gives it (`yes`, `no`, `unknown`, a class, `partial` …). */
  readonly outcome: string
  readonly outcomeText: string
  readonly edition: string | null
  readonly reasons: readonly ReasonLine[]
  readonly missing: readonly string[]
  readonly detail?: string
  readonly errors: readonly string[]
}

/** The four answers and the edition in force. */
export interface VolunteeringView {
  readonly edition: { readonly title: string; readonly ref: LegalRef; readonly refText: string } | null
  readonly answers: readonly Answer[]
  readonly errors: readonly string[]
}

export { RESULT_LABELS } from './texts.js'

const bool = (t: Tri) => (t === '' ? undefined : t === 'yes')
const defined = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>

function lines(decision: Decision, lang: Lang): ReasonLine[] {
  return decision.reasons.map((r) => ({
    ruleId: r.ruleId,
    result: r.result,
    text: r.message.text,
    ref: r.ref,
    refText: formatLegalRef(r.ref, lang),
  }))
}

function problemText(error: unknown, lang: Lang): string[] {
  if (error instanceof ValidationError) return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
  if (isTalkaError(error)) return [`${error.code}: ${error.message}`]
  return [lang === 'lt' ? 'Netikėta klaida.' : 'Unexpected error.']
}

function answer(
  key: Answer['key'],
  lang: Lang,
  run: () => { decision: Decision; outcome: string; detail?: string },
): Answer {
  const question = VOLUNTEERING_QUESTIONS[key][lang]
  try {
    const { decision, outcome, detail } = run()
    return {
      key,
      question,
      outcome,
      outcomeText: VOLUNTEERING_OUTCOMES[outcome]?.[lang] ?? outcome,
      edition: decision.ruleSet?.id ?? null,
      reasons: lines(decision, lang),
      missing: decision.missingFacts,
      ...(detail !== undefined ? { detail } : {}),
      errors: [],
    }
  } catch (error) {
    return {
      key,
      question,
      outcome: 'error',
      outcomeText: lang === 'lt' ? 'Trūksta duomenų arba jie netinkami' : 'Missing or invalid data',
      edition: null,
      reasons: [],
      missing: [],
      errors: problemText(error, lang),
    }
  }
}

/** Runs the four checks of @talka/volunteering on the state. */
export function runVolunteering(state: VolunteeringState, lang: Lang): VolunteeringView {
  const options: VolunteeringOptions = {
    asOf: state.asOf,
    lang,
    ...(state.concludedOn ? { agreementConcludedOn: state.concludedOn } : {}),
    ...(state.agreementTo ? { agreementEndsOn: state.agreementTo } : {}),
  }
  let edition: VolunteeringView['edition'] = null
  const errors: string[] = []
  try {
    const e = lawEdition(state.asOf)
    edition = { title: e.title[lang], ref: e.ref, refText: formatLegalRef(e.ref, lang) }
  } catch (error) {
    errors.push(...problemText(error, lang))
  }
  const claims = state.claims.filter((c) => c.amount.trim() !== '')
  const hours = state.hours.trim() === '' ? undefined : Number(state.hours.replace(',', '.'))
  const hoursPerDay =
    state.hoursPerDay.trim() === '' ? undefined : Number(state.hoursPerDay.replace(',', '.'))
  const answers = [
    answer('volunteer', lang, () => {
      const decision = canVolunteer(
        defined({
          birthDate: state.birthDate,
          citizenship:
            state.citizenship.trim() === ''
              ? undefined
              : state.citizenship.trim().toUpperCase() === 'STATELESS'
                ? 'stateless'
                : state.citizenship.trim().toUpperCase(),
          lawfullyPresent: bool(state.lawfullyPresent),
          legalRepresentativeObjects: bool(state.legalRepresentativeObjects),
        }),
        options,
      )
      return { decision, outcome: decision.outcome }
    }),
    answer('agreement', lang, () => {
      const decision = agreementRequirement(
        defined({
          expensesReimbursed: claims.length > 0,
          partyRequestsWritten: bool(state.partyRequestsWritten),
        }),
        options,
      )
      return { decision, outcome: decision.outcome }
    }),
    answer('activity', lang, () => {
      const r = classifyActivity(
        {
          agreementFrom: state.agreementFrom,
          ...defined({ agreementTo: state.agreementTo, hours, coordinated: bool(state.coordinated) }),
        },
        options,
      )
      const detail =
        r.agreementDays === null
          ? undefined
          : lang === 'lt'
            ? `Sutarties trukmė: ${r.agreementDays} d.`
            : `Agreement length: ${r.agreementDays} days`
      return { decision: r.decision, outcome: r.class, ...(detail ? { detail } : {}) }
    }),
    answer('expenses', lang, () => {
      if (claims.length === 0)
        throw new ValidationError([
          {
            path: ['claims'],
            code: 'too_small',
            message: lang === 'lt' ? 'Neįrašyta nė viena išlaidų suma.' : 'No expense amount entered.',
          },
        ])
      const r = reimbursableExpenses(
        {
          claims: claims.map((c) => ({
            kind: c.kind,
            amount: nonNegativeDecimal(c.amount) ?? c.amount,
            ...defined({ documents: bool(c.documents) }),
            ...(c.kind === 'own-car' && c.km && c.consumption && c.price
              ? {
                  car: {
                    km: nonNegativeDecimal(c.km) ?? c.km,
                    consumptionPer100Km: nonNegativeDecimal(c.consumption) ?? c.consumption,
                    fuelPricePerLitre: nonNegativeDecimal(c.price) ?? c.price,
                  },
                }
              : {}),
          })),
          activity: defined({
            agreementSetsReimbursement: bool(state.agreementSetsReimbursement),
            hoursPerDay,
            longerThanOneDay: bool(state.longerThanOneDay),
            outsideHomeLocality: bool(state.outsideHomeLocality),
          }),
        },
        options,
      )
      const detail =
        lang === 'lt'
          ? `Kompensuojama ${r.eligibleTotal} Eur iš ${r.claimedTotal} Eur (neaišku dėl ${r.unknownTotal} Eur).`
          : `Reimbursable: EUR ${r.eligibleTotal} of EUR ${r.claimedTotal} (undetermined: EUR ${r.unknownTotal}).`
      return { decision: r.decision, outcome: r.decision.outcome, detail }
    }),
  ]
  return { edition, answers, errors }
}

export { VOLUNTEERING_TEXT } from './texts.js'
