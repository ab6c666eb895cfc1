import { type CatalogEntry, describeParameter, type MessageCatalog, type RuleDescriptor } from '@talka/core'
import { AGREEMENT_RULES } from './agreement-requirement.js'
import { HOST_RULES } from './can-host.js'
import { VOLUNTEER_RULES } from './can-volunteer.js'
import { ACTIVITY_RULES } from './classify-activity.js'
import {
  activityMessages,
  ageMessages,
  agreementMessages,
  editionMessages,
  expenseMessages,
  hostMessages,
  minorMessages,
  statusMessages,
} from './messages.js'
import { volunteeringParameters } from './parameters.js'
import { EXPENSE_RULES } from './reimbursable-expenses.js'
import { EDITION_RULE_ID } from './resolve-edition.js'
import {
  REF_A1_330_POINT_4_2011,
  REF_A1_330_POINT_4_A1_548,
  REF_NEW_AGE,
  REF_NEW_ART_1,
  REF_NEW_ART_2_1,
  REF_NEW_ART_2_2,
  REF_NEW_ART_2_3,
  REF_NEW_ART_2_5,
  REF_NEW_TRANSITIONAL,
  REF_NEW_WRITTEN_AGREEMENT,
  REF_ORIGINAL_ART_1,
  REF_ORIGINAL_ART_2,
  REF_ORIGINAL_ART_5_1,
  REF_ORIGINAL_ART_5_2,
  REF_ORIGINAL_ART_6_1,
  REF_ORIGINAL_ART_11_2,
  REF_ORIGINAL_WRITTEN_AGREEMENT,
  REF_PER_DIEM_AND_ADVANCE_NEW,
  refA1330,
  refGovDescription,
} from './sources.js'

const PACKAGE = '@talka/volunteering'

/** A rule of this package, described from the first day of the law (2011-08-01) across both editions. */
function rule({ id, ...described }: Omit<RuleDescriptor, 'kind' | 'package' | 'validFrom'>): RuleDescriptor {
  return { kind: 'rule', id, package: PACKAGE, ...described, validFrom: '2011-08-01' }
}

function pick<C extends MessageCatalog>(catalog: C, prefixes: readonly string[]): MessageCatalog {
  return Object.fromEntries(
    Object.entries(catalog).filter(([key]) => prefixes.some((p) => key.startsWith(p))),
  )
}

/**
 * Every rule of `@talka/volunteering` as the catalog shows it: what it decides in both languages, the
 * facts it reads, its legal references in both editions and the messages it can produce. Reasons in
 * decisions carry these ids as `ruleId`.
 *
 * @example
 * ```ts
 * import { volunteeringRules } from '@talka/volunteering'
 * volunteeringRules.map((r) => r.id).includes('volunteering.volunteer.age') // true
 * ```
 */
export const volunteeringRules: readonly RuleDescriptor[] = [
  rule({
    id: EDITION_RULE_ID,
    title: { lt: 'Taikoma įstatymo redakcija', en: 'Edition of the law that applies' },
    description: {
      lt: 'Įstatymo redakcija, galiojanti tą dieną. Iki 2024-07-01 sudarytos sutartys galioja nepakeistos iki jų pabaigos, bet ne ilgiau kaip iki 2027 m. (tiksli diena nežinoma): jų sąlygos, pavyzdžiui, forma ir išlaidų kompensavimas, lieka pagal pradinę redakciją, o kitiems klausimams taikoma nauja redakcija.',
      en: 'The edition in force on the day. Agreements concluded before 2024-07-01 stay valid unchanged until they end, but not beyond 2027 (exact day unknown): their terms, such as form and reimbursement, stay as under the original edition, while other questions follow the new edition.',
    },
    facts: ['asOf', 'agreementConcludedOn', 'agreementEndsOn'],
    refs: [REF_ORIGINAL_ART_1, REF_NEW_ART_1, REF_NEW_TRANSITIONAL],
    messages: editionMessages,
  }),
  rule({
    id: VOLUNTEER_RULES.age,
    title: { lt: 'Savanorio amžius', en: 'Age of the volunteer' },
    description: {
      lt: 'Savanoriu gali būti vyresnis kaip 14 metų asmuo: nuo kitos dienos po 14-ojo gimtadienio.',
      en: 'A volunteer must be older than 14: from the day after the 14th birthday.',
    },
    facts: ['birthDate'],
    refs: [REF_ORIGINAL_ART_5_1, REF_NEW_AGE],
    messages: ageMessages,
  }),
  rule({
    id: VOLUNTEER_RULES.minor,
    title: {
      lt: 'Nepilnamečio atstovo neprieštaravimas',
      en: 'Non-objection of a minor’s legal representative',
    },
    description: {
      lt: 'Jaunesnis kaip 18 metų asmuo gali savanoriauti, jei tam neprieštarauja jo atstovas pagal įstatymą.',
      en: 'A person younger than 18 may volunteer if the legal representative does not object.',
    },
    facts: ['birthDate', 'legalRepresentativeObjects'],
    refs: [REF_ORIGINAL_ART_5_2, REF_NEW_AGE],
    messages: minorMessages,
  }),
  rule({
    id: VOLUNTEER_RULES.status,
    title: {
      lt: 'Pilietybė ar teisėtas buvimas Lietuvoje',
      en: 'Citizenship or lawful presence in Lithuania',
    },
    description: {
      lt: 'Savanoriais gali būti Lietuvos Respublikos piliečiai ir Lietuvos Respublikoje teisėtai esantys užsieniečiai.',
      en: 'Volunteers may be citizens of Lithuania and foreigners lawfully present in Lithuania.',
    },
    facts: ['citizenship', 'lawfullyPresent'],
    refs: [REF_ORIGINAL_ART_5_1, REF_NEW_AGE],
    messages: statusMessages,
  }),
  rule({
    id: HOST_RULES.host,
    title: {
      lt: 'Savanoriškos veiklos organizatorius / priimančioji organizacija',
      en: 'Volunteer organiser / host organisation',
    },
    description: {
      lt: 'Pradinė redakcija: Lietuvoje įregistruoti ne pelno juridiniai asmenys iš 6 str. 1 d. sąrašo. Nauja redakcija: Lietuvoje veikiantis pelno nesiekiantis juridinis asmuo arba tarptautinės organizacijos filialas ar atstovybė.',
      en: 'Original edition: non-profit legal persons registered in Lithuania of a form listed in art. 6(1). New edition: a non-profit legal person, or a branch or representation of an international organisation, operating in Lithuania.',
    },
    facts: ['legalForm', 'nonProfit', 'registeredIn', 'operatesInLithuania', 'profitDistributable'],
    refs: [REF_ORIGINAL_ART_6_1, REF_NEW_ART_2_3],
    messages: pick(hostMessages, ['host.organiser.', 'host.host.', 'host.operates.']),
  }),
  rule({
    id: HOST_RULES.coordinating,
    title: { lt: 'Koordinuojančioji organizacija', en: 'Coordinating organisation' },
    description: {
      lt: 'Tik nauja redakcija: Lietuvoje veikianti nevyriausybinė organizacija. Pradinėje redakcijoje tokio vaidmens nėra.',
      en: 'New edition only: a non-governmental organisation operating in Lithuania. The original edition has no such role.',
    },
    facts: ['ngo', 'registeredIn', 'operatesInLithuania'],
    refs: [REF_ORIGINAL_ART_6_1, REF_NEW_ART_2_2],
    messages: pick(hostMessages, ['host.coordinating.', 'host.operates.']),
  }),
  rule({
    id: AGREEMENT_RULES.written,
    title: { lt: 'Rašytinė savanoriškos veiklos sutartis', en: 'Written voluntary-activity agreement' },
    description: {
      lt: 'Pradinė redakcija: sutartis sudaroma raštu, kai kompensuojamos išlaidos arba to pageidauja viena iš šalių. Kada sutartis turi būti rašytinė pagal naują redakciją, automatiškai nusprendžiama negali būti – atsakymas „nežinoma“.',
      en: 'Original edition: the agreement is written when expenses are reimbursed or a party asks. Under the new edition the rule cannot be decided automatically: the answer is unknown.',
    },
    facts: ['expensesReimbursed', 'partyRequestsWritten'],
    refs: [REF_ORIGINAL_WRITTEN_AGREEMENT, REF_NEW_WRITTEN_AGREEMENT],
    messages: pick(agreementMessages, ['agreement.written.']),
  }),
  rule({
    id: AGREEMENT_RULES.contents,
    title: { lt: 'Privalomas rašytinės sutarties turinys', en: 'Required contents of the written agreement' },
    description: {
      lt: 'Kai kompensuojamos išlaidos, sutartyje nustatomos kompensavimo sąlygos ir tvarka (A1-330 aprašo 3 p.); ar privaloma kitų sąlygų, automatiškai nusprendžiama negali būti.',
      en: 'When expenses are reimbursed the agreement sets the conditions and procedure (point 3 of the A1-330 description); whether other contents are required cannot be decided automatically.',
    },
    facts: ['expensesReimbursed'],
    refs: [refA1330('3'), REF_NEW_WRITTEN_AGREEMENT],
    messages: pick(agreementMessages, ['agreement.contents.']),
  }),
  rule({
    id: ACTIVITY_RULES.longTerm,
    title: {
      lt: 'Ilgalaikė ar trumpalaikė savanoriška veikla',
      en: 'Long-term or short-term voluntary activity',
    },
    description: {
      lt: 'Nauja redakcija: ilgalaikė – pagal ne trumpesniam kaip 60 dienų laikotarpiui sudarytą sutartį; kita – trumpalaikė. Pradinėje redakcijoje netaikoma.',
      en: 'New edition: long-term under an agreement concluded for at least 60 days; otherwise short-term. Not applicable under the original edition.',
    },
    facts: ['agreementFrom', 'agreementTo'],
    refs: [REF_ORIGINAL_ART_2, REF_NEW_ART_2_1],
    messages: pick(activityMessages, ['activity.not-applicable', 'activity.long-term.']),
  }),
  rule({
    id: ACTIVITY_RULES.voluntaryService,
    title: { lt: 'Savanoriška tarnyba', en: 'Voluntary service' },
    description: {
      lt: 'Nauja redakcija: koordinuojančiosios organizacijos koordinuojama veikla, trunkanti ne mažiau kaip 100 valandų (skaičius paimtas iš pranešimų apie priimtą įstatymą). Pradinėje redakcijoje netaikoma.',
      en: 'New edition: activity coordinated by a coordinating organisation lasting at least 100 hours (figure from reports on the adopted law). Not applicable under the original edition.',
    },
    facts: ['coordinated', 'hours'],
    refs: [REF_ORIGINAL_ART_2, REF_NEW_ART_2_5],
    messages: pick(activityMessages, ['activity.not-applicable', 'activity.service.']),
  }),
  rule({
    id: EXPENSE_RULES.rulesInForce,
    title: { lt: 'Išlaidų dieną galiojanti tvarka', en: 'Expense rules in force on the day of the expense' },
    description: {
      lt: 'Išlaidoms taikoma jų patyrimo dieną galiojusi tvarka: iki 2024-06-30 – ministro įsakymas Nr. A1-330 (su pakeitimu Nr. A1-548); nuo 2024-07-01 – Vyriausybės tvarka, o pagal iki 2024-07-01 sudarytą ir dar galiojančią sutartį – jos sąlygos, nustatytos pagal įsakymą Nr. A1-330 (pereinamosios nuostatos aiškinimas).',
      en: 'An expense follows the rules in force on the day it was incurred: until 2024-06-30 order A1-330 (as amended by A1-548); from 2024-07-01 the Government’s rules, and under an agreement concluded before 2024-07-01 and still running, its terms set under A1-330 (a reading of the transitional rule).',
    },
    facts: ['claims[].date', 'agreementConcludedOn', 'agreementEndsOn'],
    refs: [refA1330('3'), REF_NEW_TRANSITIONAL, refGovDescription('7')],
    messages: pick(expenseMessages, ['expenses.rules.']),
  }),
  rule({
    id: EXPENSE_RULES.terms,
    title: { lt: 'Kompensavimo sąlygos sutartyje', en: 'Reimbursement terms in the agreement' },
    description: {
      lt: 'Pradinė redakcija: išlaidos kompensuojamos savanoriškos veiklos sutartyje nustatytomis sąlygomis ir tvarka.',
      en: 'Original edition: expenses are reimbursed on the conditions and procedure set in the voluntary-activity agreement.',
    },
    facts: ['activity.agreementSetsReimbursement'],
    refs: [refA1330('3'), REF_ORIGINAL_ART_11_2],
    messages: pick(expenseMessages, ['expenses.terms.']),
  }),
  rule({
    id: EXPENSE_RULES.kind,
    title: { lt: 'Kompensuojamų išlaidų rūšis', en: 'Kind of reimbursable expense' },
    description: {
      lt: 'Pradinė redakcija: kelionės, nakvynės (ilgiau nei parą ir (ar) ne gyvenamojoje vietovėje), maitinimo (ne mažiau kaip 4 val.) išlaidos; be dienpinigių ir avansų. Nauja: platesnis pagrindų sąrašas, avansai, dienpinigiai (dydžiai nežinomi).',
      en: 'Original edition: travel, accommodation (longer than a day and/or away from home), meals (at least 4 hours); no per diems or advances. New: wider grounds, advances, per diems (amounts unknown).',
    },
    facts: [
      'claims[].kind',
      'claims[].advance',
      'activity.hoursPerDay',
      'activity.longerThanOneDay',
      'activity.outsideHomeLocality',
    ],
    refs: [
      refA1330('3.1'),
      refA1330('3.2'),
      refA1330('3.3'),
      REF_PER_DIEM_AND_ADVANCE_NEW,
      refGovDescription('7'),
      refGovDescription('11-16'),
      refGovDescription('17-25'),
    ],
    messages: pick(expenseMessages, ['expenses.kind.']),
  }),
  rule({
    id: EXPENSE_RULES.proof,
    title: { lt: 'Išlaidų įrodymas', en: 'Proof of the expense' },
    description: {
      lt: 'Išlaidos kompensuojamos pagal jas patvirtinančius dokumentus, išskyrus ES struktūrinės paramos fiksuotuosius įkainius (A1-548 redakcija); naujoje tvarkoje – fiksuotieji įkainiai, kurių dydžiai nežinomi.',
      en: 'Expenses are reimbursed against documents, except EU structural-support fixed unit rates (A1-548 wording); the new rules allow fixed rates whose amounts are unknown.',
    },
    facts: ['claims[].documents', 'claims[].fixedRate', 'claims[].euStructuralFundsFixedRate'],
    refs: [REF_A1_330_POINT_4_A1_548, REF_A1_330_POINT_4_2011, refGovDescription('7')],
    messages: pick(expenseMessages, ['expenses.proof.']),
  }),
  rule({
    id: EXPENSE_RULES.ownCar,
    title: { lt: 'Nuosavo automobilio degalų išlaidos', en: 'Fuel for the volunteer’s own vehicle' },
    description: {
      lt: 'Nuvažiuoti km × gamintojo degalų sąnaudos 100 km × degalų kaina pagal savanorio dokumentus (A1-548 redakcija).',
      en: 'Kilometres × the maker’s consumption per 100 km × fuel price on the volunteer’s receipts (A1-548 wording).',
    },
    facts: ['claims[].car', 'claims[].amount'],
    refs: [REF_A1_330_POINT_4_A1_548, refGovDescription('7')],
    messages: {
      ...pick(expenseMessages, ['expenses.car.']),
      ...pick(expenseMessages, ['expenses.proof.wording-unknown']),
    },
  }),
  rule({
    id: EXPENSE_RULES.claim,
    title: { lt: 'Išlaidų prašymo sprendimas', en: 'Decision on an expense claim' },
    description: {
      lt: 'Apibendrina vieno išlaidų prašymo taisykles: kompensuojama suma tiksliais pinigais.',
      en: 'Summarises the rules on one claim: the eligible amount in exact money.',
    },
    facts: ['claims[]'],
    refs: [refA1330('3'), refGovDescription('7')],
    messages: pick(expenseMessages, ['expenses.claim.']),
  }),
]

/**
 * The package's catalog for the API (`GET /v1/rules`) and the docs: every rule
 * ({@link volunteeringRules}) and every parameter ({@link volunteeringParameters}) with its dated
 * values and legal references. `checkCatalog(volunteeringCatalog)` is `[]`.
 *
 * @example
 * ```ts
 * import { checkCatalog } from '@talka/core'
 * import { volunteeringCatalog } from '@talka/volunteering'
 * checkCatalog(volunteeringCatalog) // []
 * ```
 */
export const volunteeringCatalog: readonly CatalogEntry[] = [
  ...volunteeringRules,
  ...volunteeringParameters.map(describeParameter),
]
