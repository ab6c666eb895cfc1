import { defineParameter, type ParameterDefinition } from '@talka/core'
import {
  REF_A1_330_POINT_4_2011,
  REF_A1_330_POINT_4_A1_548,
  REF_NEW_AGE,
  REF_NEW_ART_1,
  REF_NEW_ART_2_1,
  REF_NEW_ART_2_5,
  REF_NEW_TRANSITIONAL,
  REF_NEW_WRITTEN_AGREEMENT,
  REF_ORIGINAL_ART_1,
  REF_ORIGINAL_ART_5_1,
  REF_ORIGINAL_ART_5_2,
  REF_ORIGINAL_WRITTEN_AGREEMENT,
  refA1330,
  refGovDescription,
} from './sources.js'

const PACKAGE = '@talka/volunteering'
const ORIGINAL_FROM = '2011-08-01'
const ORIGINAL_TO = '2024-06-30'
const NEW_FROM = '2024-07-01'

/**
 * Identifier of an edition of Law No. XI-1500: `'original'` (in force 2011-08-01 … 2024-06-30) or
 * `'new'` (the edition in force from 2024-07-01).
 *
 * @example
 * ```ts
 * import type { EditionId } from '@talka/volunteering'
 * const id: EditionId = 'new'
 * ```
 */
export type EditionId = 'original' | 'new'

/**
 * How an age limit is worded in the edition: `'older-than'` ("vyresni kaip"), `'younger-than'`
 * ("jaunesni kaip"), or `'unverified'` when the wording could not be read.
 *
 * @example
 * ```ts
 * import type { AgeLimit } from '@talka/volunteering'
 * const min: AgeLimit = { years: 14, wording: 'older-than' }
 * ```
 */
export interface AgeLimit {
  readonly years: number
  readonly wording: 'older-than' | 'younger-than' | 'unverified'
}

/**
 * The end of the transitional period for agreements concluded before 2024-07-01. Only the year is
 * known (from a news report of the adoption); the exact date is not (`date: null`).
 *
 * @example
 * ```ts
 * import type { TransitionCap } from '@talka/volunteering'
 * const cap: TransitionCap = { date: null, year: 2027, lastCertainDay: '2026-12-31', firstDayCertainlyPast: '2028-01-01' }
 * ```
 */
export interface TransitionCap {
  /** The last day the original terms may apply, or `null` when it could not be found. */
  readonly date: string | null
  readonly year: number
  /** The last day on which the original terms certainly still apply to a running agreement. */
  readonly lastCertainDay: string
  /** The first day on which the original terms certainly no longer apply. */
  readonly firstDayCertainlyPast: string
}

/**
 * Which version of point 4 of the A1-330 description (documents, own car) is in force: the 2011
 * wording (not read) or the wording set by order A1-548.
 *
 * @example
 * ```ts
 * import type { ProofWording } from '@talka/volunteering'
 * const w: ProofWording = 'a1-548'
 * ```
 */
export type ProofWording = 'unverified-2011' | 'a1-548'

/**
 * Content the law requires in a written agreement, as far as it was read; `complete`
 * says whether the list is known to be complete.
 *
 * @example
 * ```ts
 * import type { RequiredContents } from '@talka/volunteering'
 * const c: RequiredContents = { items: ['reimbursement-terms'], complete: false }
 * ```
 */
export interface RequiredContents {
  readonly items: readonly 'reimbursement-terms'[]
  readonly complete: boolean
}

/**
 * Ids of the package's parameters. A decision that needs a value that could not be found
 * lists it in `missingFacts` as `parameter:<id>`.
 *
 * @example
 * ```ts
 * import { PARAMETER_IDS, resolveAgreementTerms } from '@talka/volunteering'
 * resolveAgreementTerms({ asOf: '2027-03-01', agreementConcludedOn: '2024-06-15' }).missingFacts
 * // [`parameter:${PARAMETER_IDS.transitionCap}`]
 * ```
 */
export const PARAMETER_IDS = {
  edition: 'volunteering.edition-in-force',
  transitionCap: 'volunteering.transition.original-terms-until',
  minAge: 'volunteering.volunteer.min-age',
  minorAge: 'volunteering.volunteer.minor-age',
  statusRule: 'volunteering.volunteer.status-rule',
  longTermMinDays: 'volunteering.activity.long-term-min-days',
  serviceMinHours: 'volunteering.activity.voluntary-service-min-hours',
  mealsMinHours: 'volunteering.expenses.meals-min-hours',
  originalGrounds: 'volunteering.expenses.original-grounds',
  proofWording: 'volunteering.expenses.proof-wording',
  newGrounds: 'volunteering.expenses.new-grounds',
  advanceConditions: 'volunteering.expenses.advance-conditions',
  perDiemRates: 'volunteering.expenses.per-diem-rates',
  fixedRates: 'volunteering.expenses.fixed-rates',
  writtenAgreementGrounds: 'volunteering.agreement.written-grounds',
  requiredContents: 'volunteering.agreement.required-contents',
} as const

/** The edition in force on each day from 2011-08-01 (continuous). */
export const editionParameter: ParameterDefinition<EditionId> = /* @__PURE__ */ defineParameter<EditionId>({
  id: PARAMETER_IDS.edition,
  package: PACKAGE,
  title: { lt: 'Taikoma įstatymo redakcija', en: 'Edition of the law in force' },
  description: {
    lt: 'Savanoriškos veiklos įstatymo Nr. XI-1500 redakcija, galiojanti tą dieną.',
    en: 'The edition of the Law on Voluntary Activities No. XI-1500 in force on the day.',
  },
  continuous: true,
  valueLabels: {
    original: { lt: 'pradinė redakcija (2011 m.)', en: 'original edition (2011)' },
    new: { lt: 'nauja redakcija (nuo 2024-07-01)', en: 'new edition (from 2024-07-01)' },
  },
  values: [
    { from: ORIGINAL_FROM, to: ORIGINAL_TO, value: 'original', ref: REF_ORIGINAL_ART_1 },
    { from: NEW_FROM, value: 'new', ref: REF_NEW_ART_1 },
  ],
})

/** The end of the transitional period (exact date unknown). */
export const transitionCapParameter: ParameterDefinition<TransitionCap> =
  /* @__PURE__ */ defineParameter<TransitionCap>({
    id: PARAMETER_IDS.transitionCap,
    package: PACKAGE,
    title: {
      lt: 'Iki 2024-07-01 sudarytų sutarčių pradinės redakcijos sąlygų galiojimo riba',
      en: 'Last day the original terms apply to agreements concluded before 2024-07-01',
    },
    description: {
      lt: 'Žinomi tik metai (2027); tikslios dienos automatiškai nustatyti negalima, todėl 2027 m. atsakymas – „nežinoma“.',
      en: 'Only the year (2027) is known; the exact day cannot be determined, so during 2027 the answer is unknown.',
    },
    unit: 'date',
    values: [
      {
        from: NEW_FROM,
        value: { date: null, year: 2027, lastCertainDay: '2026-12-31', firstDayCertainlyPast: '2028-01-01' },
        ref: REF_NEW_TRANSITIONAL,
      },
    ],
  })

/** The minimum age of a volunteer and how the edition words it. */
export const minAgeParameter: ParameterDefinition<AgeLimit> = /* @__PURE__ */ defineParameter<AgeLimit>({
  id: PARAMETER_IDS.minAge,
  package: PACKAGE,
  title: { lt: 'Savanorio amžiaus riba', en: 'Minimum age of a volunteer' },
  unit: 'years',
  continuous: true,
  values: [
    {
      from: ORIGINAL_FROM,
      to: ORIGINAL_TO,
      value: { years: 14, wording: 'older-than' },
      ref: REF_ORIGINAL_ART_5_1,
    },
    { from: NEW_FROM, value: { years: 14, wording: 'unverified' }, ref: REF_NEW_AGE },
  ],
})

/** The age under which the legal representative's non-objection is needed. */
export const minorAgeParameter: ParameterDefinition<AgeLimit> = /* @__PURE__ */ defineParameter<AgeLimit>({
  id: PARAMETER_IDS.minorAge,
  package: PACKAGE,
  title: {
    lt: 'Amžius, iki kurio reikia atstovo pagal įstatymą neprieštaravimo',
    en: "Age under which the legal representative's non-objection is needed",
  },
  unit: 'years',
  continuous: true,
  values: [
    {
      from: ORIGINAL_FROM,
      to: ORIGINAL_TO,
      value: { years: 18, wording: 'younger-than' },
      ref: REF_ORIGINAL_ART_5_2,
    },
    { from: NEW_FROM, value: { years: 18, wording: 'unverified' }, ref: REF_NEW_AGE },
  ],
})

/**
 * Who may volunteer by citizenship or presence: citizens of Lithuania and foreigners lawfully present
 * in Lithuania (original art. 5(1)); the new edition's provision could not be read (`null`).
 */
export const statusRuleParameter: ParameterDefinition<'citizen-or-lawfully-present' | null> =
  /* @__PURE__ */ defineParameter<'citizen-or-lawfully-present' | null>({
    id: PARAMETER_IDS.statusRule,
    package: PACKAGE,
    title: {
      lt: 'Pilietybės ar teisėto buvimo Lietuvoje reikalavimas savanoriui',
      en: 'Citizenship or lawful-presence requirement for volunteers',
    },
    continuous: true,
    valueLabels: {
      'citizen-or-lawfully-present': {
        lt: 'Lietuvos Respublikos piliečiai ir teisėtai Lietuvoje esantys užsieniečiai',
        en: 'citizens of Lithuania and foreigners lawfully present in Lithuania',
      },
    },
    values: [
      {
        from: ORIGINAL_FROM,
        to: ORIGINAL_TO,
        value: 'citizen-or-lawfully-present',
        ref: REF_ORIGINAL_ART_5_1,
      },
      { from: NEW_FROM, value: null, ref: REF_NEW_AGE },
    ],
  })

/** Minimum agreement period of long-term voluntary activity (new edition). */
export const longTermMinDaysParameter: ParameterDefinition<number> = /* @__PURE__ */ defineParameter<number>({
  id: PARAMETER_IDS.longTermMinDays,
  package: PACKAGE,
  title: {
    lt: 'Ilgalaikės savanoriškos veiklos sutarties trukmė',
    en: 'Agreement period of long-term activity',
  },
  unit: 'days',
  values: [{ from: NEW_FROM, value: 60, ref: REF_NEW_ART_2_1 }],
})

/** Minimum hours of voluntary service (new edition; value from reports on the adopted law). */
export const serviceMinHoursParameter: ParameterDefinition<number> = /* @__PURE__ */ defineParameter<number>({
  id: PARAMETER_IDS.serviceMinHours,
  package: PACKAGE,
  title: { lt: 'Savanoriškos tarnybos trukmė', en: 'Minimum hours of voluntary service' },
  description: {
    lt: 'Vertė iš pranešimų apie priimtą įstatymą (ve.lt); įstatymo 2 str. 5 d. teksto su šiuo skaičiumi perskaityti nepavyko.',
    en: 'Value from reports on the adopted law (ve.lt); the text of art. 2(5) with the number could not be read.',
  },
  unit: 'hours',
  values: [{ from: NEW_FROM, value: 100, ref: REF_NEW_ART_2_5 }],
})

/** Minimum activity hours for meal expenses (A1-330 point 3.3). */
export const mealsMinHoursParameter: ParameterDefinition<number> = /* @__PURE__ */ defineParameter<number>({
  id: PARAMETER_IDS.mealsMinHours,
  package: PACKAGE,
  title: {
    lt: 'Maitinimo išlaidų kompensavimo trukmės riba',
    en: 'Minimum activity hours for meal expenses',
  },
  unit: 'hours',
  values: [{ from: ORIGINAL_FROM, to: ORIGINAL_TO, value: 4, ref: refA1330('3.3') }],
})

/**
 * The grounds of A1-330 point 3 that were read (3.1 travel, 3.2 accommodation, 3.3 meals); the text
 * read ends inside 3.3, so the list is not known to be complete.
 */
export const originalGroundsParameter: ParameterDefinition<{
  readonly points: readonly string[]
  readonly complete: boolean
}> = /* @__PURE__ */ defineParameter({
  id: PARAMETER_IDS.originalGrounds,
  package: PACKAGE,
  title: {
    lt: 'Kompensuojamų išlaidų rūšys (A1-330 aprašo 3 p.)',
    en: 'Kinds of reimbursable expenses (point 3 of the A1-330 description)',
  },
  values: [
    {
      from: ORIGINAL_FROM,
      to: ORIGINAL_TO,
      value: { points: ['3.1', '3.2', '3.3'], complete: false },
      ref: refA1330('3'),
    },
  ],
})

/** Which wording of A1-330 point 4 (documents, own car) is in force. */
export const proofWordingParameter: ParameterDefinition<ProofWording> =
  /* @__PURE__ */ defineParameter<ProofWording>({
    id: PARAMETER_IDS.proofWording,
    package: PACKAGE,
    title: {
      lt: 'Aprašo (A1-330) 4 punkto redakcija: dokumentai ir nuosavas automobilis',
      en: 'Wording of point 4 of the A1-330 description: documents and own car',
    },
    continuous: true,
    valueLabels: {
      'unverified-2011': {
        lt: '2011 m. redakcija (tekstas nepatikrintas)',
        en: '2011 wording (text not checked)',
      },
      'a1-548': {
        lt: 'įsakymo Nr. A1-548 redakcija (nuo 2014-11-13)',
        en: 'wording of order No. A1-548 (from 2014-11-13)',
      },
    },
    values: [
      { from: ORIGINAL_FROM, to: '2014-11-12', value: 'unverified-2011', ref: REF_A1_330_POINT_4_2011 },
      { from: '2014-11-13', to: ORIGINAL_TO, value: 'a1-548', ref: REF_A1_330_POINT_4_A1_548 },
    ],
  })

const unknownFromNew = (id: string, title: { lt: string; en: string }, ref: typeof REF_NEW_ART_1) =>
  /* @__PURE__ */ defineParameter<null>({
    id,
    package: PACKAGE,
    title,
    description: {
      lt: 'Vertės automatiškai nustatyti negalima: sprendimai, kuriems jos reikia, atsako „nežinoma“.',
      en: 'The value cannot be determined automatically (null): decisions that need it answer "unknown".',
    },
    values: [{ from: NEW_FROM, value: null, ref }],
  })

/** Conditions of the Government description (points 4–10) beyond what the ministry published. */
export const newGroundsParameter: ParameterDefinition<null> = /* @__PURE__ */ unknownFromNew(
  PARAMETER_IDS.newGrounds,
  {
    lt: 'Išlaidų kompensavimo pagrindai ir sąlygos (Vyriausybės aprašo 4–10 p.)',
    en: 'Grounds and conditions of reimbursement (points 4–10 of the Government description)',
  },
  refGovDescription('7'),
)

/** Conditions of advance payment (Government description, points 11–16). */
export const advanceConditionsParameter: ParameterDefinition<null> = /* @__PURE__ */ unknownFromNew(
  PARAMETER_IDS.advanceConditions,
  { lt: 'Avansinio apmokėjimo sąlygos (11–16 p.)', en: 'Conditions of advance payment (points 11–16)' },
  refGovDescription('11-16'),
)

/** Per-diem amounts (Government description, points 17–25). */
export const perDiemRatesParameter: ParameterDefinition<null> = /* @__PURE__ */ unknownFromNew(
  PARAMETER_IDS.perDiemRates,
  { lt: 'Dienpinigių dydžiai (17–25 p.)', en: 'Per-diem amounts (points 17–25)' },
  refGovDescription('17-25'),
)

/** Fixed rates for meals and travel (Government description). */
export const fixedRatesParameter: ParameterDefinition<null> = /* @__PURE__ */ unknownFromNew(
  PARAMETER_IDS.fixedRates,
  { lt: 'Fiksuotieji maitinimo ir kelionės išlaidų įkainiai', en: 'Fixed rates for meals and travel' },
  refGovDescription('7'),
)

/** When a written agreement is required. */
export const writtenAgreementGroundsParameter: ParameterDefinition<readonly string[] | null> =
  /* @__PURE__ */ defineParameter<readonly string[] | null>({
    id: PARAMETER_IDS.writtenAgreementGrounds,
    package: PACKAGE,
    title: { lt: 'Kada sutartis sudaroma raštu', en: 'When the agreement must be written' },
    description: {
      lt: 'Pradinė redakcija: kai kompensuojamos išlaidos arba pageidauja viena iš šalių. Pagal naują redakciją automatiškai nustatyti negalima.',
      en: 'Original edition: when expenses are reimbursed or a party asks. Under the new edition it cannot be determined automatically (null).',
    },
    continuous: true,
    valueLabels: {
      'expenses-reimbursed': {
        lt: 'kompensuojamos su savanoriška veikla susijusios išlaidos',
        en: 'expenses related to the voluntary activity are reimbursed',
      },
      'party-requests': {
        lt: 'sudaryti sutartį raštu pageidauja viena iš šalių',
        en: 'one of the parties asks for a written agreement',
      },
    },
    values: [
      {
        from: ORIGINAL_FROM,
        to: ORIGINAL_TO,
        value: ['expenses-reimbursed', 'party-requests'],
        ref: REF_ORIGINAL_WRITTEN_AGREEMENT,
      },
      { from: NEW_FROM, value: null, ref: REF_NEW_WRITTEN_AGREEMENT },
    ],
  })

/** What a written agreement must contain, as far as it was read. */
export const requiredContentsParameter: ParameterDefinition<RequiredContents | null> =
  /* @__PURE__ */ defineParameter<RequiredContents | null>({
    id: PARAMETER_IDS.requiredContents,
    package: PACKAGE,
    title: { lt: 'Privalomas rašytinės sutarties turinys', en: 'Required contents of a written agreement' },
    continuous: true,
    values: [
      {
        from: ORIGINAL_FROM,
        to: ORIGINAL_TO,
        value: { items: ['reimbursement-terms'], complete: false },
        ref: refA1330('3'),
      },
      { from: NEW_FROM, value: null, ref: REF_NEW_WRITTEN_AGREEMENT },
    ],
  })

/**
 * Every effective-dated parameter of the package, each value with its legal reference. Values that
 * could not be found are `null` (or flagged in the reference's `note`),
 * and decisions that need them answer `unknown` naming the parameter in `missingFacts`.
 *
 * @example
 * ```ts
 * import { ParameterStore } from '@talka/core'
 * import { volunteeringParameters } from '@talka/volunteering'
 * const store = new ParameterStore(volunteeringParameters)
 * store.at<number>('volunteering.activity.long-term-min-days', '2025-01-10').value // 60
 * ```
 */
export const volunteeringParameters: readonly ParameterDefinition[] = [
  editionParameter,
  transitionCapParameter,
  minAgeParameter,
  minorAgeParameter,
  statusRuleParameter,
  longTermMinDaysParameter,
  serviceMinHoursParameter,
  mealsMinHoursParameter,
  originalGroundsParameter,
  proofWordingParameter,
  newGroundsParameter,
  advanceConditionsParameter,
  perDiemRatesParameter,
  fixedRatesParameter,
  writtenAgreementGroundsParameter,
  requiredContentsParameter,
] as readonly ParameterDefinition[]
