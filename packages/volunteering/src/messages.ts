import type { Localized, MessageCatalog } from '@talka/core'

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
  'edition.original-terms': {
    lt: 'Sutarties sąlygos vertinamos pagal pradinę Savanoriškos veiklos įstatymo redakciją (galiojo 2011-08-01–2024-06-30).',
    en: 'The agreement’s terms are judged under the original edition of the Law on Voluntary Activities (in force 2011-08-01 to 2024-06-30).',
  },
  'edition.old-agreement': {
    lt: 'Sutartis sudaryta {concludedOn}, iki 2024-07-01. Pereinamoji nuostata išsaugo pačią sutartį, o ne ankstesnę įstatymo redakciją, todėl šiam klausimui {asOf} taikoma nauja redakcija.',
    en: 'The agreement was concluded on {concludedOn}, before 2024-07-01. The transitional provision keeps the agreement itself, not the earlier edition of the law, so on {asOf} the new edition applies to this question.',
  },
  'edition.transitional': {
    lt: 'Sutartis sudaryta {concludedOn}, iki naujos įstatymo redakcijos įsigaliojimo, ir {asOf} dar galioja. Pagal pereinamąją nuostatą tokia sutartis galioja nepakeista, todėl taikomos jos sąlygos, nustatytos pagal pradinę redakciją.',
    en: 'The agreement was concluded on {concludedOn}, before the new edition took effect, and is still running on {asOf}. Under the transitional provision such an agreement stays valid unchanged, so its terms, set under the original edition, apply.',
  },
  'edition.agreement-ended': {
    lt: 'Iki 2024-07-01 sudaryta sutartis baigėsi {endsOn}, todėl {asOf} taikoma nauja redakcija.',
    en: 'The agreement concluded before 2024-07-01 ended on {endsOn}, so the new edition applies on {asOf}.',
  },
  'edition.transition-over': {
    lt: 'Iki 2024-07-01 sudarytos sutartys nepakeistos galioja ne ilgiau kaip iki 2027 m.; {asOf} taikoma nauja redakcija.',
    en: 'Agreements concluded before 2024-07-01 stay valid unchanged no longer than into 2027; on {asOf} the new edition applies.',
  },
  'edition.transition-unknown': {
    lt: 'Iki 2024-07-01 sudarytos sutartys galioja nepakeistos iki jų pabaigos, bet ne ilgiau kaip iki 2027 m. Tikslios šio termino pabaigos dienos automatiškai nustatyti negalima, todėl neaišku, ar {asOf} sutarties sąlygos dar taikomos. Patikrinkite pereinamąją nuostatą Teisės aktų registre arba kreipkitės į Socialinės apsaugos ir darbo ministeriją.',
    en: 'Agreements concluded before 2024-07-01 stay valid unchanged until they end, but no longer than into 2027. The exact last day cannot be determined automatically, so whether the agreement’s terms still apply on {asOf} is open. Check the transitional provision in the Register of Legal Acts or ask the Ministry of Social Security and Labour.',
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
    lt: '{asOf} asmeniui sueina {years} metų. Ar pagal naują įstatymo redakciją savanoriauti galima jau gimtadienio dieną, ar tik nuo kitos dienos, automatiškai nuspręsti negalima; patikrinkite naujos redakcijos amžiaus nuostatą. Nuo {firstDay} asmuo amžiaus reikalavimą atitinka bet kuriuo atveju.',
    en: 'The person turns {years} on {asOf}. Whether the new edition allows volunteering on the birthday itself or only from the next day cannot be decided automatically; check the new edition’s age provision. From {firstDay} the person meets the age requirement in any case.',
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
    lt: '{asOf} asmeniui sueina {years} metų. Ar šią dieną dar reikia atstovo pagal įstatymą neprieštaravimo, automatiškai nuspręsti negalima; jei atstovas neprieštarauja, šis reikalavimas tenkinamas bet kuriuo atveju.',
    en: 'The person turns {years} on {asOf}. Whether the legal representative’s non-objection is still needed on this day cannot be decided automatically; if the representative does not object, this requirement is met in any case.',
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
    lt: 'Nenurodyta, kad asmuo yra Lietuvos Respublikos pilietis ar teisėtai Lietuvoje esantis užsienietis. Ar naujoje įstatymo redakcijoje toks reikalavimas liko, automatiškai nuspręsti negalima; patikrinkite asmens teisinį statusą ir naujos redakcijos nuostatas.',
    en: 'The person is not shown to be a Lithuanian citizen or a foreigner lawfully present in Lithuania. Whether the new edition keeps such a requirement cannot be decided automatically; check the person’s legal status and the new edition’s provisions.',
  },
  'volunteer.status.unknown': {
    lt: 'Nenurodyta asmens pilietybė arba ar asmuo teisėtai yra Lietuvos Respublikoje.',
    en: 'The person’s citizenship or lawful presence in Lithuania is not given.',
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
    lt: 'Savanoriškos veiklos organizatorius turi būti įregistruotas Lietuvoje (nurodyta registracijos valstybė: {registeredIn}).',
    en: 'A volunteer organiser must be registered in Lithuania (country of registration given: {registeredIn}).',
  },
  'host.organiser.fail-non-profit': {
    lt: 'Organizacija siekia pelno arba jos pelnas gali būti skirstomas dalyviams.',
    en: 'The organisation seeks profit or its profit may be distributed to its participants.',
  },
  'host.organiser.unknown': {
    lt: 'Trūksta duomenų apie organizaciją (teisinė forma, ar ji ne pelno, kur įregistruota); trūkstami duomenys išvardyti sprendime.',
    en: 'Facts about the organisation are missing (legal form, non-profit status, country of registration); the decision lists them.',
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
    lt: 'Trūksta duomenų apie organizaciją (ar ji veikia Lietuvoje, ar ji pelno nesiekianti); trūkstami duomenys išvardyti sprendime.',
    en: 'Facts about the organisation are missing (whether it operates in Lithuania, whether it is non-profit); the decision lists them.',
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
    lt: 'Trūksta duomenų apie organizaciją (ar ji veikia Lietuvoje, ar ji nevyriausybinė organizacija); trūkstami duomenys išvardyti sprendime.',
    en: 'Facts about the organisation are missing (whether it operates in Lithuania, whether it is a non-governmental organisation); the decision lists them.',
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
    lt: 'Nenurodyta, ar kompensuojamos išlaidos arba ar kuri nors šalis pageidauja rašytinės sutarties, todėl negalima nustatyti, ar sutartis turi būti rašytinė.',
    en: 'It is not given whether expenses are reimbursed or whether a party asks for a written agreement, so it cannot be told whether the agreement must be written.',
  },
  'agreement.written.new-unknown': {
    lt: 'Kada pagal naują įstatymo redakciją savanoriškos veiklos sutartis turi būti sudaroma raštu, automatiškai nuspręsti negalima. Patikrinkite naujos redakcijos nuostatas dėl sutarties formos; sudaryti sutartį raštu galima visada.',
    en: 'When the new edition requires the voluntary-activity agreement to be in writing cannot be decided automatically. Check the new edition’s provisions on the form of the agreement; a written agreement is always possible.',
  },
  'agreement.contents.reimbursement-terms': {
    lt: 'Sutartyje turi būti nustatytos išlaidų kompensavimo sąlygos ir tvarka.',
    en: 'The agreement must set the conditions and procedure for reimbursing expenses.',
  },
  'agreement.contents.unknown': {
    lt: 'Ar į rašytinę sutartį privaloma įrašyti ir kitų sąlygų, automatiškai nuspręsti negalima; sutarties turinį patikrinkite pagal įstatymą ir ministro įsakymą.',
    en: 'Whether the written agreement must also contain other terms cannot be decided automatically; check its contents against the law and the Minister’s order.',
  },
} as const satisfies MessageCatalog

export const activityMessages = {
  'activity.not-applicable': {
    lt: 'Pradinėje redakcijoje ilgalaikės ir trumpalaikės savanoriškos veiklos bei savanoriškos tarnybos sąvokų nėra, todėl veikla neklasifikuojama.',
    en: 'The original edition has no long-term or short-term voluntary activity and no voluntary service, so the activity is not classified.',
  },
  'activity.long-term.pass': {
    lt: 'Sutartis sudaryta {days, plural, one {# dienos} few {# dienų} many {# dienos} other {# dienų}} laikotarpiui (ne trumpesniam kaip {minDays, plural, one {# dienos} few {# dienų} many {# dienos} other {# dienų}}), todėl veikla yra ilgalaikė.',
    en: 'The agreement covers {days, plural, one {# day} other {# days}} (at least {minDays, plural, one {# day} other {# days}}), so the activity is long-term.',
  },
  'activity.long-term.fail': {
    lt: 'Sutartis sudaryta {days, plural, one {# dienos} few {# dienų} many {# dienos} other {# dienų}} laikotarpiui (trumpesniam kaip {minDays, plural, one {# dienos} few {# dienų} many {# dienos} other {# dienų}}), todėl veikla yra trumpalaikė.',
    en: 'The agreement covers {days, plural, one {# day} other {# days}} (fewer than {minDays, plural, one {# day} other {# days}}), so the activity is short-term.',
  },
  'activity.long-term.unknown': {
    lt: 'Nenurodyta sutarties pabaigos data, todėl negalima nustatyti, ar veikla ilgalaikė.',
    en: 'The end date of the agreement is not given, so it cannot be told whether the activity is long-term.',
  },
  'activity.service.pass': {
    lt: 'Veiklą koordinuoja koordinuojančioji organizacija ir ji trunka {hours, number} val. (ne mažiau kaip {minHours, number} val.), todėl tai savanoriška tarnyba.',
    en: 'The activity is coordinated by a coordinating organisation and lasts {hours, number} hours (at least {minHours, number}), so it is voluntary service.',
  },
  'activity.service.fail-coordinated': {
    lt: 'Veiklos nekoordinuoja koordinuojančioji organizacija, todėl tai nėra savanoriška tarnyba.',
    en: 'The activity is not coordinated by a coordinating organisation, so it is not voluntary service.',
  },
  'activity.service.fail-hours': {
    lt: 'Veikla trunka {hours, number} val. (mažiau kaip {minHours, number} val.), todėl tai nėra savanoriška tarnyba.',
    en: 'The activity lasts {hours, number} hours (fewer than {minHours, number}), so it is not voluntary service.',
  },
  'activity.service.unknown': {
    lt: 'Nenurodyta, ar veiklą koordinuoja koordinuojančioji organizacija arba kiek valandų ji trunka, todėl negalima nustatyti, ar tai savanoriška tarnyba.',
    en: 'It is not given whether a coordinating organisation coordinates the activity or how many hours it lasts, so it cannot be told whether it is voluntary service.',
  },
} as const satisfies MessageCatalog

/**
 * Labels of the expense kinds in Lithuanian and English, as the claim messages show them.
 *
 * @example
 * ```ts
 * import { expenseKindLabels } from '@talka/volunteering'
 * expenseKindLabels['own-car'].lt // 'kelionė nuosavu automobiliu'
 * ```
 */
export const expenseKindLabels = {
  travel: { lt: 'kelionė', en: 'travel' },
  'own-car': { lt: 'kelionė nuosavu automobiliu', en: 'travel by own car' },
  accommodation: { lt: 'nakvynė', en: 'accommodation' },
  meals: { lt: 'maitinimas', en: 'meals' },
  'per-diem': { lt: 'dienpinigiai', en: 'per diem' },
  communication: { lt: 'ryšio paslaugos', en: 'communication' },
  other: { lt: 'kitos išlaidos', en: 'other expenses' },
} as const satisfies Record<string, Localized>

const claimOutcomes = {
  yes: {
    lt: 'kompensuojama {eligible, amount} iš {claimed, amount}.',
    en: '{eligible, amount} of {claimed, amount} is reimbursable.',
  },
  no: {
    lt: 'nekompensuojamos (prašoma {claimed, amount}).',
    en: 'not reimbursable ({claimed, amount} claimed).',
  },
  unknown: {
    lt: 'ar jos kompensuojamos, automatiškai nuspręsti negalima (prašoma {claimed, amount}).',
    en: 'whether it is reimbursable cannot be decided automatically ({claimed, amount} claimed).',
  },
} as const

/** One summary message per outcome and expense kind, so the kind is named in each language. */
export const claimMessages: MessageCatalog = /* @__PURE__ */ Object.fromEntries(
  Object.entries(claimOutcomes).flatMap(([outcome, text]) =>
    Object.entries(expenseKindLabels).map(([kind, label]) => [
      `expenses.claim.${outcome}.${kind}`,
      {
        lt: `Išlaidos Nr. {index} (${label.lt}): ${text.lt}`,
        en: `Claim {index} (${label.en}): ${text.en}`,
      },
    ]),
  ),
)

export const expenseMessages = {
  'expenses.rules.original': {
    lt: 'Išlaidos patirtos {date}, kai galiojo pradinė įstatymo redakcija, todėl taikomas socialinės apsaugos ir darbo ministro 2011-07-14 įsakymu Nr. A1-330 patvirtintas aprašas.',
    en: 'The expense was incurred on {date}, under the original edition of the law, so the description approved by the Minister of Social Security and Labour’s order No. A1-330 of 2011-07-14 applies.',
  },
  'expenses.rules.new': {
    lt: 'Išlaidos patirtos {date}, galiojant naujai įstatymo redakcijai, todėl taikoma Vyriausybės nustatyta išlaidų kompensavimo tvarka.',
    en: 'The expense was incurred on {date}, under the new edition of the law, so the Government’s reimbursement rules apply.',
  },
  'expenses.rules.old-agreement': {
    lt: 'Išlaidos patirtos {date}, jau galiojant naujai įstatymo redakcijai, pagal {concludedOn} sudarytą sutartį. Iki 2024-07-01 sudaryta sutartis galioja nepakeista, todėl taikomos jos išlaidų kompensavimo sąlygos, nustatytos pagal ministro įsakymą Nr. A1-330. Tai pereinamosios nuostatos aiškinimas: kada tokioms sutartims pradedama taikyti Vyriausybės tvarka, patikrinti nepavyko.',
    en: 'The expense was incurred on {date}, under the new edition of the law, under an agreement concluded on {concludedOn}. An agreement concluded before 2024-07-01 stays valid unchanged, so its reimbursement terms, set under the Minister’s order No. A1-330, apply. This is a reading of the transitional provision: when the Government’s rules start to apply to such agreements could not be verified.',
  },
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
    lt: 'Nenurodyta, ar veikla trunka ilgiau nei parą arba vyksta ne savanorio gyvenamojoje vietovėje, todėl negalima nustatyti, ar kompensuojama nakvynė.',
    en: 'It is not given whether the activity lasts longer than a day or takes place outside the volunteer’s home locality, so it cannot be told whether accommodation is reimbursed.',
  },
  'expenses.kind.meals.pass': {
    lt: 'Maitinimo išlaidos gali būti kompensuojamos, nes veikla trunka {hours, number} val. (ne mažiau kaip {minHours, number} val.).',
    en: 'Meals may be reimbursed because the activity lasts {hours, number} hours (at least {minHours, number}).',
  },
  'expenses.kind.meals.fail': {
    lt: 'Maitinimo išlaidos nekompensuojamos, nes veikla trunka {hours, number} val. (mažiau kaip {minHours, number} val.).',
    en: 'Meals are not reimbursed because the activity lasts {hours, number} hours (fewer than {minHours, number}).',
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
    lt: 'Ši išlaidų rūšis neminima tarp aprašo 3 punkte išvardytų kelionės, nakvynės ir maitinimo išlaidų. Ar ji gali būti kompensuojama pagal kitas aprašo nuostatas, automatiškai nuspręsti negalima; patikrinkite ministro įsakymu Nr. A1-330 patvirtintą aprašą ir savanoriškos veiklos sutartį.',
    en: 'This kind of expense is not among the travel, accommodation and meal expenses listed in point 3 of the description. Whether other provisions allow it cannot be decided automatically; check the description approved by the Minister’s order No. A1-330 and the voluntary-activity agreement.',
  },
  'expenses.kind.new.pass': {
    lt: 'Vyriausybės nustatytas kompensavimo pagrindų sąrašas platesnis nei ankstesniame ministro įsakyme; šios rūšies išlaidos atitinka ir ankstesnį pagrindą, todėl gali būti kompensuojamos.',
    en: 'The Government’s list of grounds for reimbursement is wider than the Minister’s earlier order; this kind of expense also met the earlier ground, so it may be reimbursed.',
  },
  'expenses.kind.new.unknown': {
    lt: 'Ar šios rūšies išlaidos kompensuojamos pagal Vyriausybės nustatytą tvarką, automatiškai nuspręsti negalima; patikrinkite galiojantį Savanoriškos veiklos išlaidų kompensavimo sąlygų, dienpinigių dydžių ir dienpinigių skyrimo ir išlaidų kompensavimo tvarkos aprašą.',
    en: 'Whether this kind of expense is reimbursed under the Government’s rules cannot be decided automatically; check the Government’s description of the conditions for reimbursing voluntary-activity expenses and of per diems in force.',
  },
  'expenses.kind.per-diem.new-unknown': {
    lt: 'Nauja tvarka leidžia skirti savanoriams dienpinigius, tačiau jų dydžių ir skyrimo sąlygų automatiškai taikyti negalima; patikrinkite Vyriausybės patvirtintą tvarkos aprašą.',
    en: 'The new rules allow per diems for volunteers, but their amounts and conditions cannot be applied automatically; check the Government’s description.',
  },
  'expenses.kind.advance.new-unknown': {
    lt: 'Nauja tvarka leidžia išlaidas apmokėti avansu, tačiau avansinio apmokėjimo sąlygų automatiškai taikyti negalima; patikrinkite Vyriausybės patvirtintą tvarkos aprašą.',
    en: 'The new rules allow payment in advance, but its conditions cannot be applied automatically; check the Government’s description.',
  },
  'expenses.proof.documents': {
    lt: 'Išlaidas patvirtina dokumentai (bilietai, kvitai, sąskaitos faktūros ar kiti dokumentai).',
    en: 'The expense is backed by documents (tickets, receipts, invoices or other proof).',
  },
  'expenses.proof.eu-fixed-rate': {
    lt: 'Išlaidos finansuojamos pagal Europos Sąjungos struktūrinę paramą ir joms taikomas fiksuotasis įkainis, todėl dokumentų nereikia.',
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
    lt: 'Kaip išlaidos turėjo būti įrodomos iki 2014-11-13, automatiškai nuspręsti negalima; patikrinkite tuo metu galiojusį ministro įsakymu Nr. A1-330 patvirtinto aprašo 4 punktą ir ar išlaidas patvirtina dokumentai.',
    en: 'How expenses had to be proved before 2014-11-13 cannot be decided automatically; check point 4 of the description approved by the Minister’s order No. A1-330 as then in force, and whether documents back the expense.',
  },
  'expenses.proof.fixed-rate-unknown': {
    lt: 'Nauja tvarka leidžia maitinimo ir kelionės išlaidoms taikyti fiksuotuosius įkainius, tačiau jų dydžių automatiškai taikyti negalima; patikrinkite Vyriausybės patvirtintą tvarkos aprašą.',
    en: 'The new rules allow fixed rates for meals and travel, but the rates cannot be applied automatically; check the Government’s description.',
  },
  'expenses.proof.new-unknown': {
    lt: 'Išlaidos be jas patvirtinančių dokumentų: ar jos gali būti kompensuojamos pagal naują tvarką, automatiškai nuspręsti negalima; patikrinkite Vyriausybės patvirtintą tvarkos aprašą.',
    en: 'The expense has no documents proving it: whether the new rules allow it cannot be decided automatically; check the Government’s description.',
  },
  'expenses.car.pass': {
    lt: 'Degalų išlaidos: {km, number} km × {consumption, number} l/100 km × {price, number} Eur/l = {computed, amount}; prašoma {claimed, amount}.',
    en: 'Fuel: {km, number} km × {consumption, number} l/100 km × {price, number} EUR/l = {computed, amount}; claimed {claimed, amount}.',
  },
  'expenses.car.capped': {
    lt: 'Degalų išlaidos: {km, number} km × {consumption, number} l/100 km × {price, number} Eur/l = {computed, amount}; prašoma {claimed, amount}, kompensuojama ne daugiau kaip {computed, amount}.',
    en: 'Fuel: {km, number} km × {consumption, number} l/100 km × {price, number} EUR/l = {computed, amount}; claimed {claimed, amount}, at most {computed, amount} is reimbursed.',
  },
  'expenses.car.unknown': {
    lt: 'Nenurodyti degalų išlaidų skaičiavimo duomenys (nuvažiuoti kilometrai, gamintojo nurodytos degalų sąnaudos ir degalų kaina).',
    en: 'The facts for the fuel calculation are not given (kilometres driven, the maker’s fuel consumption and the fuel price).',
  },
  'expenses.car.new-unknown': {
    lt: 'Kaip pagal naują tvarką apskaičiuojamos kelionės nuosavu automobiliu išlaidos, automatiškai nuspręsti negalima; patikrinkite Vyriausybės patvirtintą tvarkos aprašą.',
    en: 'How travel by the volunteer’s own car is computed under the new rules cannot be decided automatically; check the Government’s description.',
  },
  ...claimMessages,
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
