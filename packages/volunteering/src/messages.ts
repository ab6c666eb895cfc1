import type { MessageCatalog } from '@talka/core'

/*
 * Messages by rule. Each rule's catalog is listed in its catalog entry (rules.ts); the union is the
 * package's message catalog used to render decisions.
 */

export const editionMessages = {
  'edition.original': {
    lt: 'Taikoma pradinė Savanoriškos veiklos įstatymo redakcija (galiojo 2011-08-01–2024-06-30).',
    en: 'The original edition of the Law on Voluntary Activities applies (in force 2011-08-01 to 2024-06-30).',
  },
  'edition.new': {
    lt: 'Taikoma nauja Savanoriškos veiklos įstatymo redakcija (galioja nuo 2024-07-01).',
    en: 'The new edition of the Law on Voluntary Activities applies (in force from 2024-07-01).',
  },
  'edition.transitional': {
    lt: 'Sutartis sudaryta {concludedOn}, iki naujos redakcijos įsigaliojimo, ir {asOf} dar galioja, todėl taikomos pradinės redakcijos sąlygos (pereinamoji nuostata).',
    en: 'The agreement was concluded on {concludedOn}, before the new edition took effect, and is still running on {asOf}, so the original edition’s terms apply (transitional provision).',
  },
  'edition.agreement-ended': {
    lt: 'Iki 2024-07-01 sudaryta sutartis baigėsi {endsOn}, todėl {asOf} taikoma nauja redakcija.',
    en: 'The agreement concluded before 2024-07-01 ended on {endsOn}, so the new edition applies on {asOf}.',
  },
  'edition.transition-over': {
    lt: 'Iki 2024-07-01 sudarytai sutarčiai pradinės redakcijos sąlygos taikomos ne ilgiau kaip iki 2027 m.; {asOf} taikoma nauja redakcija.',
    en: 'An agreement concluded before 2024-07-01 keeps the original terms no longer than into 2027; on {asOf} the new edition applies.',
  },
  'edition.transition-unknown': {
    lt: 'Iki 2024-07-01 sudarytos sutartys pradinės redakcijos sąlygomis galioja ne ilgiau kaip iki 2027 m. nustatytos datos; tiksli data saugomoje akto kopijoje nerasta, todėl {asOf} taikytina redakcija nežinoma (trūksta: {parameter}).',
    en: 'Agreements concluded before 2024-07-01 keep the original terms no longer than a date in 2027; the exact date was not found in a stored copy of the act, so the edition that applies on {asOf} is unknown (missing: {parameter}).',
  },
} as const satisfies MessageCatalog

export const ageMessages = {
  'volunteer.age.pass': {
    lt: '{asOf} asmuo yra vyresnis kaip {years} metų (gimė {birthDate}).',
    en: 'On {asOf} the person is older than {years} (born {birthDate}).',
  },
  'volunteer.age.fail': {
    lt: '{asOf} asmuo dar nėra vyresnis kaip {years} metų (gimė {birthDate}); vyresnis kaip {years} metų jis bus nuo {firstDay}.',
    en: 'On {asOf} the person is not yet older than {years} (born {birthDate}); the person is older than {years} from {firstDay}.',
  },
  'volunteer.age.birthday': {
    lt: '{asOf} asmeniui sueina {years} metų, tačiau „vyresnis kaip {years} metų“ jis bus tik nuo kitos dienos ({firstDay}).',
    en: 'The person turns {years} on {asOf}, but is "older than {years}" only from the next day ({firstDay}).',
  },
  'volunteer.age.birthday-unknown': {
    lt: '{asOf} asmeniui sueina {years} metų. Naujos redakcijos amžiaus nuostatos formuluotė saugomoje akto kopijoje nerasta, todėl ar šią dieną asmuo gali būti savanoriu, nežinoma (trūksta: {parameter}).',
    en: 'The person turns {years} on {asOf}. The wording of the new edition’s age provision was not found in a stored copy of the act, so whether the person may volunteer on this very day is unknown (missing: {parameter}).',
  },
  'volunteer.age.unknown': {
    lt: 'Nenurodyta gimimo data, todėl amžiaus nustatyti negalima.',
    en: 'The birth date is not given, so the age cannot be determined.',
  },
} as const satisfies MessageCatalog

export const minorMessages = {
  'volunteer.minor.adult': {
    lt: '{asOf} asmuo nėra jaunesnis kaip {years} metų, todėl atstovo pagal įstatymą neprieštaravimo nereikia.',
    en: 'On {asOf} the person is not younger than {years}, so no non-objection of a legal representative is needed.',
  },
  'volunteer.minor.pass': {
    lt: 'Asmuo jaunesnis kaip {years} metų, o jo atstovas pagal įstatymą neprieštarauja.',
    en: 'The person is younger than {years} and the legal representative does not object.',
  },
  'volunteer.minor.fail': {
    lt: 'Asmuo jaunesnis kaip {years} metų, o jo atstovas pagal įstatymą prieštarauja.',
    en: 'The person is younger than {years} and the legal representative objects.',
  },
  'volunteer.minor.unknown': {
    lt: 'Asmuo jaunesnis kaip {years} metų, tačiau nenurodyta, ar jo atstovas pagal įstatymą prieštarauja.',
    en: 'The person is younger than {years}, but it is not given whether the legal representative objects.',
  },
  'volunteer.minor.birthday-unknown': {
    lt: '{asOf} asmeniui sueina {years} metų; naujos redakcijos formuluotė saugomoje akto kopijoje nerasta, todėl ar šią dieną reikia atstovo neprieštaravimo, nežinoma (trūksta: {parameter}).',
    en: 'The person turns {years} on {asOf}; the new edition’s wording was not found in a stored copy of the act, so whether the legal representative’s non-objection is needed on this very day is unknown (missing: {parameter}).',
  },
  'volunteer.minor.not-objecting': {
    lt: 'Atstovas pagal įstatymą neprieštarauja, todėl šis reikalavimas tenkinamas bet kuriuo atveju.',
    en: 'The legal representative does not object, so this requirement is met in any case.',
  },
  'volunteer.minor.no-birth-date': {
    lt: 'Nenurodyta gimimo data, todėl negalima nustatyti, ar reikia atstovo pagal įstatymą neprieštaravimo.',
    en: 'The birth date is not given, so it cannot be determined whether a legal representative’s non-objection is needed.',
  },
} as const satisfies MessageCatalog

export const statusMessages = {
  'volunteer.status.citizen': {
    lt: 'Asmuo yra Lietuvos Respublikos pilietis.',
    en: 'The person is a citizen of the Republic of Lithuania.',
  },
  'volunteer.status.lawful': {
    lt: 'Asmuo teisėtai yra Lietuvos Respublikoje.',
    en: 'The person is lawfully present in the Republic of Lithuania.',
  },
  'volunteer.status.fail': {
    lt: 'Asmuo nėra Lietuvos Respublikos pilietis ir nėra teisėtai Lietuvos Respublikoje.',
    en: 'The person is neither a Lithuanian citizen nor lawfully present in Lithuania.',
  },
  'volunteer.status.new-unknown': {
    lt: 'Asmuo nėra nurodytas kaip Lietuvos pilietis ar teisėtai Lietuvoje esantis asmuo, o naujos redakcijos pilietybės ar buvimo reikalavimas saugomoje akto kopijoje nerastas (trūksta: {parameter}).',
    en: 'The person is not shown to be a Lithuanian citizen or lawfully present in Lithuania, and the new edition’s citizenship or presence requirement was not found in a stored copy of the act (missing: {parameter}).',
  },
  'volunteer.status.unknown': {
    lt: 'Trūksta duomenų apie pilietybę arba teisėtą buvimą Lietuvoje: {missing}.',
    en: 'Facts on citizenship or lawful presence in Lithuania are missing: {missing}.',
  },
} as const satisfies MessageCatalog

export const hostMessages = {
  'host.organiser.pass': {
    lt: 'Organizacija yra Lietuvoje įregistruotas ne pelno juridinis asmuo iš savanoriškos veiklos organizatorių sąrašo, todėl gali organizuoti savanorišką veiklą.',
    en: 'The organisation is a non-profit legal person registered in Lithuania of a form on the list of volunteer organisers, so it may organise voluntary activities.',
  },
  'host.organiser.fail-form': {
    lt: 'Organizacijos teisinė forma nėra savanoriškos veiklos organizatorių sąraše.',
    en: 'The organisation’s legal form is not on the list of volunteer organisers.',
  },
  'host.organiser.fail-registered': {
    lt: 'Savanoriškos veiklos organizatorius turi būti įregistruotas Lietuvoje (nurodyta: {registeredIn}).',
    en: 'A volunteer organiser must be registered in Lithuania (given: {registeredIn}).',
  },
  'host.organiser.fail-non-profit': {
    lt: 'Organizacija siekia pelno arba jos pelnas gali būti skirstomas dalyviams.',
    en: 'The organisation seeks profit or its profit may be distributed to its participants.',
  },
  'host.organiser.unknown': {
    lt: 'Trūksta duomenų apie organizaciją: {missing}.',
    en: 'Facts about the organisation are missing: {missing}.',
  },
  'host.coordinating.original': {
    lt: 'Pradinėje įstatymo redakcijoje koordinuojančiosios organizacijos vaidmens nėra; organizacija gali būti tik savanoriškos veiklos organizatorius.',
    en: 'The original edition of the law has no coordinating-organisation role; an organisation can only be a volunteer organiser.',
  },
  'host.host.pass': {
    lt: 'Organizacija yra Lietuvoje veikiantis pelno nesiekiantis juridinis asmuo arba tarptautinės organizacijos filialas ar atstovybė, todėl gali būti priimančioji organizacija.',
    en: 'The organisation is a non-profit legal person, or a branch or representation of an international organisation, operating in Lithuania, so it may be a host organisation.',
  },
  'host.host.fail-profit': {
    lt: 'Priimančioji organizacija turi būti pelno nesiekiantis juridinis asmuo arba tarptautinės organizacijos filialas ar atstovybė.',
    en: 'A host organisation must be a non-profit legal person or a branch or representation of an international organisation.',
  },
  'host.operates.fail': {
    lt: 'Organizacija turi veikti Lietuvos Respublikoje.',
    en: 'The organisation must operate in the Republic of Lithuania.',
  },
  'host.host.unknown': {
    lt: 'Trūksta duomenų apie organizaciją: {missing}.',
    en: 'Facts about the organisation are missing: {missing}.',
  },
  'host.coordinating.pass': {
    lt: 'Organizacija yra Lietuvoje veikianti nevyriausybinė organizacija, todėl gali būti koordinuojančioji organizacija.',
    en: 'The organisation is a non-governmental organisation operating in Lithuania, so it may be a coordinating organisation.',
  },
  'host.coordinating.fail-ngo': {
    lt: 'Koordinuojančioji organizacija turi būti nevyriausybinė organizacija.',
    en: 'A coordinating organisation must be a non-governmental organisation.',
  },
  'host.coordinating.unknown': {
    lt: 'Trūksta duomenų apie organizaciją: {missing}.',
    en: 'Facts about the organisation are missing: {missing}.',
  },
} as const satisfies MessageCatalog

export const agreementMessages = {
  'agreement.written.expenses': {
    lt: 'Kompensuojamos su savanoriška veikla susijusios išlaidos, todėl sudaroma rašytinė savanoriškos veiklos sutartis.',
    en: 'Expenses related to the voluntary activity are reimbursed, so a written voluntary-activity agreement is required.',
  },
  'agreement.written.request': {
    lt: 'Viena iš šalių pageidauja sudaryti sutartį, todėl sudaroma rašytinė savanoriškos veiklos sutartis.',
    en: 'One of the parties asks for an agreement, so a written voluntary-activity agreement is required.',
  },
  'agreement.written.oral': {
    lt: 'Išlaidos nekompensuojamos ir nė viena šalis nepageidauja rašytinės sutarties, todėl pakanka žodinio susitarimo.',
    en: 'No expenses are reimbursed and neither party asks for a written agreement, so an oral agreement suffices.',
  },
  'agreement.written.unknown': {
    lt: 'Trūksta duomenų, ar reikia rašytinės sutarties: {missing}.',
    en: 'Facts needed to tell whether a written agreement is required are missing: {missing}.',
  },
  'agreement.written.new-unknown': {
    lt: 'Naujos redakcijos nuostata, kada savanoriškos veiklos sutartis sudaroma raštu, saugomoje akto kopijoje nerasta (trūksta: {parameter}).',
    en: 'The new edition’s provision on when the agreement must be written was not found in a stored copy of the act (missing: {parameter}).',
  },
  'agreement.contents.reimbursement-terms': {
    lt: 'Sutartyje turi būti nustatytos išlaidų kompensavimo sąlygos ir tvarka.',
    en: 'The agreement must set the conditions and procedure for reimbursing expenses.',
  },
  'agreement.contents.unknown': {
    lt: 'Ar įstatymas nustato kitą privalomą rašytinės sutarties turinį, saugomoje akto kopijoje nerasta (trūksta: {parameter}).',
    en: 'Whether the law requires further contents of the written agreement was not found in a stored copy of the act (missing: {parameter}).',
  },
} as const satisfies MessageCatalog

export const activityMessages = {
  'activity.not-applicable': {
    lt: 'Pradinėje redakcijoje ilgalaikės ir trumpalaikės savanoriškos veiklos bei savanoriškos tarnybos sąvokų nėra, todėl veikla neklasifikuojama.',
    en: 'The original edition has no long-term or short-term voluntary activity and no voluntary service, so the activity is not classified.',
  },
  'activity.long-term.pass': {
    lt: 'Sutartis sudaryta {days} dienų laikotarpiui (ne trumpesniam kaip {minDays} d.), todėl veikla yra ilgalaikė.',
    en: 'The agreement covers {days} days (at least {minDays}), so the activity is long-term.',
  },
  'activity.long-term.fail': {
    lt: 'Sutartis sudaryta {days} dienų laikotarpiui (trumpesniam kaip {minDays} d.), todėl veikla yra trumpalaikė.',
    en: 'The agreement covers {days} days (fewer than {minDays}), so the activity is short-term.',
  },
  'activity.long-term.unknown': {
    lt: 'Nenurodyta sutarties pabaigos data, todėl negalima nustatyti, ar veikla ilgalaikė.',
    en: 'The end date of the agreement is not given, so it cannot be told whether the activity is long-term.',
  },
  'activity.service.pass': {
    lt: 'Veiklą koordinuoja koordinuojančioji organizacija ir ji trunka {hours} val. (ne mažiau kaip {minHours} val.), todėl tai savanoriška tarnyba.',
    en: 'The activity is coordinated by a coordinating organisation and lasts {hours} hours (at least {minHours}), so it is voluntary service.',
  },
  'activity.service.fail-coordinated': {
    lt: 'Veiklos nekoordinuoja koordinuojančioji organizacija, todėl tai nėra savanoriška tarnyba.',
    en: 'The activity is not coordinated by a coordinating organisation, so it is not voluntary service.',
  },
  'activity.service.fail-hours': {
    lt: 'Veikla trunka {hours} val. (mažiau kaip {minHours} val.), todėl tai nėra savanoriška tarnyba.',
    en: 'The activity lasts {hours} hours (fewer than {minHours}), so it is not voluntary service.',
  },
  'activity.service.unknown': {
    lt: 'Trūksta duomenų, ar tai savanoriška tarnyba: {missing}.',
    en: 'Facts needed to tell whether this is voluntary service are missing: {missing}.',
  },
} as const satisfies MessageCatalog

export const expenseMessages = {
  'expenses.terms.pass': {
    lt: 'Išlaidų kompensavimo sąlygos ir tvarka nustatytos savanoriškos veiklos sutartyje.',
    en: 'The voluntary-activity agreement sets the conditions and procedure for reimbursing expenses.',
  },
  'expenses.terms.fail': {
    lt: 'Savanoriškos veiklos sutartyje išlaidų kompensavimo sąlygos ir tvarka nenustatytos, todėl išlaidos nekompensuojamos.',
    en: 'The voluntary-activity agreement does not set conditions for reimbursing expenses, so none are reimbursed.',
  },
  'expenses.terms.unknown': {
    lt: 'Nenurodyta, ar savanoriškos veiklos sutartis nustato išlaidų kompensavimo sąlygas ir tvarką.',
    en: 'It is not given whether the voluntary-activity agreement sets conditions for reimbursing expenses.',
  },
  'expenses.kind.travel': {
    lt: 'Kelionės į savanoriškos veiklos vietą ir iš jos bei su veikla susijusios kelionės išlaidos gali būti kompensuojamos.',
    en: 'Travel to and from the place of the activity and travel within the activity may be reimbursed.',
  },
  'expenses.kind.accommodation.pass': {
    lt: 'Nakvynės išlaidos gali būti kompensuojamos, nes veikla trunka ilgiau nei parą ir (ar) vyksta ne savanorio gyvenamojoje vietovėje.',
    en: 'Accommodation may be reimbursed because the activity lasts longer than a day and/or takes place outside the volunteer’s home locality.',
  },
  'expenses.kind.accommodation.fail': {
    lt: 'Nakvynės išlaidos nekompensuojamos: veikla trunka ne ilgiau kaip parą ir vyksta savanorio gyvenamojoje vietovėje.',
    en: 'Accommodation is not reimbursed: the activity lasts no longer than a day and takes place in the volunteer’s home locality.',
  },
  'expenses.kind.accommodation.unknown': {
    lt: 'Nenurodyta, ar veikla trunka ilgiau nei parą arba vyksta ne savanorio gyvenamojoje vietovėje: {missing}.',
    en: 'It is not given whether the activity lasts longer than a day or takes place outside the volunteer’s home locality: {missing}.',
  },
  'expenses.kind.meals.pass': {
    lt: 'Maitinimo išlaidos gali būti kompensuojamos, nes veikla trunka {hours} val. (ne mažiau kaip {minHours} val.).',
    en: 'Meals may be reimbursed because the activity lasts {hours} hours (at least {minHours}).',
  },
  'expenses.kind.meals.fail': {
    lt: 'Maitinimo išlaidos nekompensuojamos, nes veikla trunka {hours} val. (mažiau kaip {minHours} val.).',
    en: 'Meals are not reimbursed because the activity lasts {hours} hours (fewer than {minHours}).',
  },
  'expenses.kind.meals.unknown': {
    lt: 'Nenurodyta, kiek valandų per dieną trunka veikla, todėl negalima nustatyti, ar kompensuojamas maitinimas.',
    en: 'The activity’s hours per day are not given, so it cannot be told whether meals are reimbursed.',
  },
  'expenses.kind.per-diem.fail': {
    lt: 'Ministro įsakymu nustatyta tvarka dienpinigių savanoriams nenumato.',
    en: 'The Minister’s order provides no per diems for volunteers.',
  },
  'expenses.kind.advance.fail': {
    lt: 'Ministro įsakymu nustatyta tvarka leidžia kompensuoti tik patirtas išlaidas, ne apmokėti jas avansu.',
    en: 'The Minister’s order allows only reimbursement of expenses incurred, not payment in advance.',
  },
  'expenses.kind.other.unknown': {
    lt: 'Išlaidų rūšis „{kind}“: aprašo 3 punkto papunkčiai po 3.3 saugomoje kopijoje nerasti, todėl ar ji kompensuojama, nežinoma.',
    en: 'Expense kind "{kind}": the subpoints of point 3 after 3.3 are not in a stored copy, so whether it may be reimbursed is unknown.',
  },
  'expenses.kind.new.pass': {
    lt: 'Vyriausybės nustatytas išlaidų kompensavimo pagrindų sąrašas platesnis nei ministro įsakyme; ši išlaidų rūšis ({kind}) atitinka ir ankstesnį pagrindą, todėl gali būti kompensuojama.',
    en: 'The Government’s list of grounds for reimbursement is wider than the Minister’s order; this kind of expense ({kind}) also met the earlier ground, so it may be reimbursed.',
  },
  'expenses.kind.new.unknown': {
    lt: 'Vyriausybės aprašo kompensavimo pagrindai ir sąlygos saugomoje kopijoje nerasti; išlaidoms „{kind}“ jie nežinomi (trūksta: {parameter}).',
    en: 'The grounds and conditions of the Government description were not found in a stored copy; for "{kind}" they are unknown (missing: {parameter}).',
  },
  'expenses.kind.per-diem.new-unknown': {
    lt: 'Nauja tvarka leidžia skirti dienpinigius, tačiau jų dydžiai ir skyrimo sąlygos saugomoje kopijoje nerasti (trūksta: {parameter}).',
    en: 'The new rules allow per diems, but their amounts and conditions were not found in a stored copy (missing: {parameter}).',
  },
  'expenses.kind.advance.new-unknown': {
    lt: 'Nauja tvarka leidžia išlaidas apmokėti avansu, tačiau avansinio apmokėjimo sąlygos saugomoje kopijoje nerastos (trūksta: {parameter}).',
    en: 'The new rules allow payment in advance, but its conditions were not found in a stored copy (missing: {parameter}).',
  },
  'expenses.proof.documents': {
    lt: 'Išlaidas patvirtina dokumentai (bilietai, kvitai, sąskaitos faktūros ar kiti dokumentai).',
    en: 'The expense is backed by documents (tickets, receipts, invoices or other proof).',
  },
  'expenses.proof.eu-fixed-rate': {
    lt: 'Išlaidos finansuojamos pagal ES struktūrinę paramą ir joms taikomas fiksuotasis įkainis, todėl dokumentų nereikia.',
    en: 'The expense is financed under EU structural support with a fixed unit rate, so no documents are needed.',
  },
  'expenses.proof.fail': {
    lt: 'Išlaidos kompensuojamos tik pagal jas patvirtinančius dokumentus, o jų nepateikta.',
    en: 'Expenses are reimbursed only against documents that prove them, and none were provided.',
  },
  'expenses.proof.unknown': {
    lt: 'Nenurodyta, ar pateikti išlaidas patvirtinantys dokumentai.',
    en: 'It is not given whether documents proving the expense were provided.',
  },
  'expenses.proof.wording-unknown': {
    lt: 'Aprašo 4 punkto redakcija, galiojusi iki 2014-11-13, saugomoje kopijoje nerasta, todėl įrodymų reikalavimas nežinomas (trūksta: {parameter}).',
    en: 'The wording of point 4 in force before 2014-11-13 was not found in a stored copy, so the proof requirement is unknown (missing: {parameter}).',
  },
  'expenses.proof.fixed-rate-unknown': {
    lt: 'Nauja tvarka leidžia taikyti fiksuotuosius maitinimo ir kelionės išlaidų įkainius, tačiau jų dydžiai saugomoje kopijoje nerasti (trūksta: {parameter}).',
    en: 'The new rules allow fixed rates for meals and travel, but the rates were not found in a stored copy (missing: {parameter}).',
  },
  'expenses.proof.new-unknown': {
    lt: 'Išlaidų be dokumentų kompensavimo sąlygos naujoje tvarkoje saugomoje kopijoje nerastos (trūksta: {parameter}).',
    en: 'The new rules’ conditions for expenses without documents were not found in a stored copy (missing: {parameter}).',
  },
  'expenses.car.pass': {
    lt: 'Degalų išlaidos: {km} km × {consumption} l/100 km × {price} €/l = {computed} €; prašoma {claimed} €.',
    en: 'Fuel: {km} km × {consumption} l/100 km × €{price}/l = €{computed}; claimed €{claimed}.',
  },
  'expenses.car.capped': {
    lt: 'Degalų išlaidos: {km} km × {consumption} l/100 km × {price} €/l = {computed} €; prašoma {claimed} €, kompensuojama ne daugiau kaip {computed} €.',
    en: 'Fuel: {km} km × {consumption} l/100 km × €{price}/l = €{computed}; claimed €{claimed}, at most €{computed} is reimbursed.',
  },
  'expenses.car.unknown': {
    lt: 'Trūksta degalų išlaidų skaičiavimo duomenų: {missing}.',
    en: 'Facts for the fuel calculation are missing: {missing}.',
  },
  'expenses.car.new-unknown': {
    lt: 'Nuosavo automobilio išlaidų skaičiavimo tvarka naujoje tvarkoje saugomoje kopijoje nerasta (trūksta: {parameter}).',
    en: 'How own-car expenses are computed under the new rules was not found in a stored copy (missing: {parameter}).',
  },
  'expenses.claim.yes': {
    lt: 'Išlaidos Nr. {index} ({kind}): kompensuojama {eligible} € iš {claimed} €.',
    en: 'Claim {index} ({kind}): €{eligible} of €{claimed} is reimbursable.',
  },
  'expenses.claim.no': {
    lt: 'Išlaidos Nr. {index} ({kind}): nekompensuojama ({claimed} €).',
    en: 'Claim {index} ({kind}): not reimbursable (€{claimed}).',
  },
  'expenses.claim.unknown': {
    lt: 'Išlaidos Nr. {index} ({kind}): ar kompensuojama, nežinoma ({claimed} €).',
    en: 'Claim {index} ({kind}): whether it is reimbursable is unknown (€{claimed}).',
  },
} as const satisfies MessageCatalog

/**
 * Every message of `@talka/volunteering` in Lithuanian and English, keyed as in the decisions'
 * `reasons[].message.key`. Use it with core's `renderDecision` to re-render a stored decision.
 *
 * @example
 * ```ts
 * import { renderDecision } from '@talka/core'
 * import { canVolunteer, volunteeringMessages } from '@talka/volunteering'
 * const lt = canVolunteer({ birthDate: '2000-01-01', citizenship: 'LT' }, { asOf: '2024-01-10' })
 * renderDecision(lt, volunteeringMessages, 'en').reasons[0]?.message.text
 * ```
 */
export const volunteeringMessages: MessageCatalog = {
  ...editionMessages,
  ...ageMessages,
  ...minorMessages,
  ...statusMessages,
  ...hostMessages,
  ...agreementMessages,
  ...activityMessages,
  ...expenseMessages,
}
