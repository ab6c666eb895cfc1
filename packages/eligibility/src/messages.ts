import { type Lang, type MessageCatalog, type MessageParams, renderMessage } from '@talka/core'

/**
 * Every message `@talka/eligibility` can produce, in Lithuanian and English: the rules' reasons
 * (`eligibility.<programme>.<rule>.<case>`), the labels of facts (`eligibility.fact.<name>`), the
 * lines of {@link explain} (`eligibility.explain.*`) and the texts of the typed errors
 * (`eligibility.error.<CODE>`), and the labels of cost categories (`eligibility.costCategory.<code>`) and
 * activity areas (`eligibility.activityArea.<code>`). Placeholders follow core's renderer: amounts are
 * `{x, amount}` ('2 600,00 Eur' in lt), years and ids plain `{year}`.
 *
 * @example
 * ```ts
 * import { eligibilityMessages } from '@talka/eligibility'
 * import { renderMessage } from '@talka/core'
 * renderMessage(eligibilityMessages, 'eligibility.ngo.n1.fail', {}, 'en')
 * // 'The applicant has no mark in the Register of Legal Entities that it is a non-governmental organisation.'
 * ```
 */
export const eligibilityMessages = {
  // community measure: applicant
  'eligibility.community.a1.pass.community': {
    lt: 'Pareiškėjas yra bendruomeninė organizacija.',
    en: 'The applicant is a community organisation.',
  },
  'eligibility.community.a1.pass.other': {
    lt: 'Pareiškėjas nėra bendruomeninė organizacija, bet kvietime paraiškas gali teikti ir nevyriausybinės organizacijos ar religinės bendruomenės, ir pareiškėjas yra viena iš jų.',
    en: 'The applicant is not a community organisation, but the call also admits non-governmental organisations or religious communities, and the applicant is one of them.',
  },
  'eligibility.community.a1.fail': {
    lt: 'Pareiškėjas nėra bendruomeninė organizacija, o šiame kvietime paraiškas gali teikti tik bendruomeninės organizacijos.',
    en: 'The applicant is not a community organisation, and only community organisations may apply in this call.',
  },
  'eligibility.community.a1.fail.excluded': {
    lt: 'Pareiškėjas yra bendruomeninė organizacija, o šiame pakartotiniame konkurse bendruomeninės organizacijos paraiškų teikti nebegali.',
    en: 'The applicant is a community organisation, and community organisations may no longer apply in this repeat call.',
  },
  'eligibility.community.a1.fail.notNgo': {
    lt: 'Pareiškėjas nėra nei nevyriausybinė organizacija, nei religinė bendruomenė ar bendrija, o šiame konkurse paraiškas gali teikti tik jos.',
    en: 'The applicant is neither a non-governmental organisation nor a religious community, and only these may apply in this call.',
  },
  'eligibility.community.a1.pass.traditional': {
    lt: 'Pareiškėjas yra tradicinė religinė bendruomenė ar bendrija, kurioms skirtas šis kvietimas.',
    en: 'The applicant is a traditional religious community, for which this call is meant.',
  },
  'eligibility.community.a1.fail.traditional': {
    lt: 'Pareiškėjas nėra tradicinė religinė bendruomenė ar bendrija, o šiame kvietime paraiškas gali teikti tik jos.',
    en: 'The applicant is not a traditional religious community, and only these may apply in this call.',
  },
  'eligibility.community.a1.unknown.traditional': {
    lt: 'Nežinoma, ar pareiškėjas yra tradicinė religinė bendruomenė ar bendrija.',
    en: 'It is not known whether the applicant is a traditional religious community.',
  },
  'eligibility.community.a1.unknown.repeat': {
    lt: 'Nežinoma, ar pareiškėjas nėra bendruomeninė organizacija ir ar jis yra nevyriausybinė organizacija ar religinė bendruomenė.',
    en: 'It is not known whether the applicant is other than a community organisation and whether it is a non-governmental organisation or a religious community.',
  },
  'eligibility.community.a1.unknown.policy': {
    lt: 'Kvietime nenurodyta, kas gali teikti paraiškas, todėl pareiškėjo tinkamumo nustatyti negalima.',
    en: 'The call does not say who may apply, so the applicant’s eligibility cannot be decided.',
  },
  'eligibility.community.a1.fail.other': {
    lt: 'Pareiškėjas nėra nei bendruomeninė organizacija, nei nevyriausybinė organizacija, nei religinė bendruomenė ar bendrija.',
    en: 'The applicant is neither a community organisation, nor a non-governmental organisation, nor a religious community.',
  },
  'eligibility.community.a1.unknown': {
    lt: 'Nežinoma, ar pareiškėjas yra bendruomeninė organizacija.',
    en: 'It is not known whether the applicant is a community organisation.',
  },
  'eligibility.community.a1.unknown.other': {
    lt: 'Nežinoma, ar pareiškėjas yra bendruomeninė organizacija, nevyriausybinė organizacija ar religinė bendruomenė.',
    en: 'It is not known whether the applicant is a community organisation, a non-governmental organisation or a religious community.',
  },
  'eligibility.community.a2.pass': {
    lt: 'Pareiškėjas turi Juridinių asmenų registre įregistruotą žymą, kad juridinis asmuo yra nevyriausybinė organizacija.',
    en: 'The applicant has the mark in the Register of Legal Entities that it is a non-governmental organisation.',
  },
  'eligibility.community.a2.fail': {
    lt: 'Pareiškėjas neturi Juridinių asmenų registre įregistruotos žymos, kad juridinis asmuo yra nevyriausybinė organizacija, o šis kvietimas jos reikalauja.',
    en: 'The applicant has no mark in the Register of Legal Entities that it is a non-governmental organisation, which this call requires.',
  },
  'eligibility.community.a2.unknown': {
    lt: 'Nežinoma, ar pareiškėjas turi Juridinių asmenų registre įregistruotą nevyriausybinės organizacijos žymą.',
    en: 'It is not known whether the applicant has the non-governmental organisation mark in the Register of Legal Entities.',
  },
  'eligibility.community.a2.notRequired': {
    lt: 'Šis kvietimas nereikalauja nevyriausybinės organizacijos žymos Juridinių asmenų registre.',
    en: 'This call does not require the non-governmental organisation mark in the Register of Legal Entities.',
  },
  'eligibility.community.a3.pass': {
    lt: 'Pareiškėjas veikia kvietimo teritorijoje ({territory}).',
    en: 'The applicant operates in the territory of the call ({territory}).',
  },
  'eligibility.community.a3.fail': {
    lt: 'Pareiškėjas neveikia kvietimo teritorijoje ({territory}).',
    en: 'The applicant does not operate in the territory of the call ({territory}).',
  },
  'eligibility.community.a3.unknown': {
    lt: 'Nežinoma, kurioje teritorijoje veikia pareiškėjas; kvietimas skirtas teritorijai: {territory}.',
    en: 'It is not known where the applicant operates; the call is for the territory: {territory}.',
  },
  'eligibility.community.a4.notApplicable': {
    lt: 'Šiame kvietime netaikoma sąlyga, kad kitos organizacijos gali teikti paraiškas tik nesant bendruomeninių organizacijų paraiškų.',
    en: 'This call does not apply the condition that other organisations may apply only if no community organisation applies.',
  },
  'eligibility.community.a4.pass.community': {
    lt: 'Pareiškėjas yra bendruomeninė organizacija, todėl sąlyga dėl kitų pareiškėjų jam netaikoma.',
    en: 'The applicant is a community organisation, so the condition about other applicants does not apply to it.',
  },
  'eligibility.community.a4.pass.noCommunityApplied': {
    lt: 'Šios teritorijos bendruomeninės organizacijos paraiškų nepateikė, todėl paraišką gali teikti ir nevyriausybinė organizacija ar religinė bendruomenė.',
    en: 'No community organisation of this territory applied, so a non-governmental organisation or a religious community may apply.',
  },
  'eligibility.community.a4.pass.repeatCall': {
    lt: 'Paraiška teikiama pakartotinai paskelbtame konkurse, kuriame paraiškas gali teikti ir nevyriausybinės organizacijos ar religinės bendruomenės.',
    en: 'The application is made in a re-announced competition, in which non-governmental organisations or religious communities may also apply.',
  },
  'eligibility.community.a4.fail': {
    lt: 'Pareiškėjas nėra bendruomeninė organizacija, o šios teritorijos bendruomeninė organizacija paraišką pateikė ir konkursas nėra paskelbtas pakartotinai; kitos organizacijos gali teikti paraiškas tik nesant bendruomeninių organizacijų paraiškų arba pakartotiniame konkurse.',
    en: 'The applicant is not a community organisation, a community organisation of this territory has applied and the competition is not a re-announced one; other organisations may apply only if no community organisation applies or in a re-announced competition.',
  },
  'eligibility.community.a4.unknown': {
    lt: 'Nežinoma, ar šios teritorijos bendruomeninės organizacijos pateikė paraiškas arba ar konkursas paskelbtas pakartotinai.',
    en: 'It is not known whether community organisations of this territory applied or whether the competition is a re-announced one.',
  },
  'eligibility.community.a5.notApplicable': {
    lt: 'Reikalavimas dėl Registrų centrui pateiktų ataskaitų taikomas tik bandomojo modelio kvietimams.',
    en: 'The requirement of reports filed with the Centre of Registers applies only to calls under the pilot model.',
  },
  'eligibility.community.a5.pass': {
    lt: 'Pareiškėjas Registrų centrui yra pateikęs ataskaitas už {previous} arba {beforePrevious} metus.',
    en: 'The applicant has filed reports with the Centre of Registers for {previous} or {beforePrevious}.',
  },
  'eligibility.community.a5.fail': {
    lt: 'Pareiškėjas Registrų centrui nėra pateikęs ataskaitų nei už {previous}, nei už {beforePrevious} metus.',
    en: 'The applicant has filed reports with the Centre of Registers for neither {previous} nor {beforePrevious}.',
  },
  'eligibility.community.a5.unknown': {
    lt: 'Nežinoma, ar pareiškėjas Registrų centrui yra pateikęs ataskaitas už {previous} ar {beforePrevious} metus.',
    en: 'It is not known whether the applicant has filed reports with the Centre of Registers for {previous} or {beforePrevious}.',
  },
  // community measure: project
  'eligibility.amount.pass': {
    lt: 'Prašoma suma ({amount, amount}) atitinka nustatytas mažiausios ir didžiausios sumos ribas.',
    en: 'The requested amount ({amount, amount}) is within the set minimum and maximum.',
  },
  'eligibility.amount.pass.capped': {
    lt: 'Prašoma suma ({amount, amount}) didesnė už didžiausią vienam projektui skiriamą sumą ({max, amount}); pagal kvietimą paraiška dėl to neatmetama, bet skiriama suma bus sumažinta iki {max, amount}.',
    en: 'The requested amount ({amount, amount}) is above the maximum per project ({max, amount}); under the call the application is not rejected for this, but the amount granted will be capped at {max, amount}.',
  },
  'eligibility.amount.fail.belowMin': {
    lt: 'Prašoma suma ({amount, amount}) mažesnė už mažiausią galimą skirti sumą ({min, amount}).',
    en: 'The requested amount ({amount, amount}) is below the minimum that may be granted ({min, amount}).',
  },
  'eligibility.amount.fail.aboveMax': {
    lt: 'Prašoma suma ({amount, amount}) didesnė už didžiausią galimą skirti sumą ({max, amount}).',
    en: 'The requested amount ({amount, amount}) is above the maximum that may be granted ({max, amount}).',
  },
  'eligibility.amount.fail.unknownEnvelope': {
    lt: 'Šiame kvietime nėra paraiškoje nurodytos seniūnijos lėšų dalies („{envelope}“).',
    en: 'This call has no eldership envelope named in the application (“{envelope}”).',
  },
  'eligibility.amount.unknown.envelope': {
    lt: 'Nenurodyta, kurios seniūnijos lėšų daliai teikiama paraiška; šiame kvietime mažiausia ir didžiausia suma nustatytos kiekvienai seniūnijai atskirai.',
    en: 'The eldership envelope of the application is not given; in this call the minimum and maximum are set for each eldership.',
  },
  'eligibility.amount.unknown.overMaximum': {
    lt: 'Prašoma suma ({amount, amount}) didesnė už didžiausią vienam projektui skiriamą sumą ({max, amount}), o kvietime nenurodyta, ar tokia suma mažinama iki didžiausios, ar paraiška atmetama.',
    en: 'The requested amount ({amount, amount}) is above the maximum per project ({max, amount}), and the call does not say whether such a request is capped at the maximum or rejected.',
  },
  'eligibility.amount.unknown': {
    lt: 'Nenurodyta prašoma suma.',
    en: 'The requested amount is not given.',
  },
  'eligibility.amount.noLimits': {
    lt: 'Kvietime vienam projektui skiriamos sumos ribos nenustatytos.',
    en: 'The call sets no limits on the amount per project.',
  },
  'eligibility.community.p2.pass': {
    lt: 'Projekto veiklos tenkina viešuosius gyvenamųjų vietovių bendruomenių narių (gyventojų) interesus ir poreikius ir atitinka kvietimo veiklų sritis.',
    en: 'The project activities satisfy the public interests and needs of the members (residents) of the residential-area communities and fall within the areas of the call.',
  },
  'eligibility.community.p2.fail.publicInterest': {
    lt: 'Projekto veiklos netenkina viešųjų gyvenamųjų vietovių bendruomenių narių (gyventojų) interesų ir poreikių.',
    en: 'The project activities do not satisfy the public interests and needs of the members (residents) of the residential-area communities.',
  },
  'eligibility.community.p2.fail.areas': {
    lt: 'Projekto veiklų sritys ({areas}) nepatenka į kvietime nurodytas sritis ({allowed}).',
    en: 'The project activity areas ({areas}) are not among the areas of the call ({allowed}).',
  },
  'eligibility.community.p2.fail.noAreas': {
    lt: 'Nenurodyta nė viena projekto veiklų sritis (kvietime nurodytos sritys: {allowed}).',
    en: 'No project activity area is given (the areas of the call: {allowed}).',
  },
  'eligibility.community.p2.unknown': {
    lt: 'Nežinoma, ar projekto veiklos tenkina viešuosius gyventojų interesus ir poreikius ir kurioms kvietimo sritims jos priskiriamos.',
    en: 'It is not known whether the project activities satisfy the public interests and needs of the residents and which areas of the call they belong to.',
  },
  'eligibility.community.p3.pass': {
    lt: 'Projekto veiklos vykdomos {year} m., t. y. kvietimo biudžetiniais metais.',
    en: 'The project activities take place in {year}, the budget year of the call.',
  },
  'eligibility.community.p3.fail.outside': {
    lt: 'Projekto veiklų data {date} nepatenka į kvietimo biudžetinius {year} metus.',
    en: 'The project activity date {date} is outside {year}, the budget year of the call.',
  },
  'eligibility.community.p3.pass.period': {
    lt: 'Projekto veiklos vykdomos kvietime nustatytu veiklų laikotarpiu ({from}–{until}).',
    en: 'The project activities take place within the activity period of the call ({from} to {until}).',
  },
  'eligibility.community.p3.fail.period': {
    lt: 'Projekto veiklų data {date} nepatenka į kvietime nustatytą veiklų laikotarpį ({from}–{until}).',
    en: 'The project activity date {date} is outside the activity period of the call ({from} to {until}).',
  },
  'eligibility.community.p3.unknown.period': {
    lt: 'Nenurodytas projekto veiklų laikotarpis; veiklos turi vykti {from}–{until}.',
    en: 'The period of the project activities is not given; they must take place from {from} to {until}.',
  },
  'eligibility.community.p3.fail.order': {
    lt: 'Projekto veiklų pabaiga ({to}) ankstesnė už jų pradžią ({from}).',
    en: 'The project activities end ({to}) before they start ({from}).',
  },
  'eligibility.community.p3.unknown': {
    lt: 'Nenurodytas projekto veiklų laikotarpis; veiklos turi vykti {year} m.',
    en: 'The period of the project activities is not given; they must take place in {year}.',
  },
  'eligibility.community.p4.pass': {
    lt: 'Visos projekto biudžeto išlaidos tinkamos finansuoti ir neviršija kvietimo ribų; tinkamų išlaidų suma {eligible, amount}.',
    en: 'All project budget costs are eligible and within the caps of the call; the eligible total is {eligible, amount}.',
  },
  'eligibility.community.p4.fail.ineligible': {
    lt: 'Projekto biudžete yra netinkamų finansuoti išlaidų ({ineligible}); tinkamų išlaidų suma {eligible, amount} iš {total, amount}.',
    en: 'The project budget contains ineligible costs ({ineligible}); the eligible total is {eligible, amount} of {total, amount}.',
  },
  'eligibility.community.p4.fail.overCap': {
    lt: 'Projekto biudžeto išlaidos viršija kvietime nustatytas ribas ({overCap}); tinkamų išlaidų suma {eligible, amount} iš {total, amount}.',
    en: 'The project budget costs exceed the caps of the call ({overCap}); the eligible total is {eligible, amount} of {total, amount}.',
  },
  'eligibility.community.p4.fail.both': {
    lt: 'Projekto biudžete yra netinkamų finansuoti išlaidų ({ineligible}) ir išlaidų, viršijančių kvietimo ribas ({overCap}); tinkamų išlaidų suma {eligible, amount} iš {total, amount}.',
    en: 'The project budget contains ineligible costs ({ineligible}) and costs above the caps of the call ({overCap}); the eligible total is {eligible, amount} of {total, amount}.',
  },
  'eligibility.community.p4.unknown': {
    lt: 'Nepateiktas projekto biudžetas (išlaidų eilutės).',
    en: 'The project budget (cost lines) is not given.',
  },
  // NGO Fund
  'eligibility.ngo.n1.pass': {
    lt: 'Pareiškėjas Juridinių asmenų registre yra įregistravęs žymą, kad juridinis asmuo yra nevyriausybinė organizacija.',
    en: 'The applicant has registered the mark in the Register of Legal Entities that it is a non-governmental organisation.',
  },
  'eligibility.ngo.n1.fail': {
    lt: 'Pareiškėjas Juridinių asmenų registre nėra įregistravęs žymos, kad juridinis asmuo yra nevyriausybinė organizacija.',
    en: 'The applicant has no mark in the Register of Legal Entities that it is a non-governmental organisation.',
  },
  'eligibility.ngo.n1.unknown': {
    lt: 'Nežinoma, ar pareiškėjas Juridinių asmenų registre yra įregistravęs nevyriausybinės organizacijos žymą.',
    en: 'It is not known whether the applicant has registered the non-governmental organisation mark in the Register of Legal Entities.',
  },
  'eligibility.ngo.n2.pass': {
    lt: 'Pareiškėjui neskirtas finansavimas lygiagrečiuose nacionalinių NVO ir NVO vienijančių asociacijų institucinio stiprinimo konkursuose.',
    en: 'The applicant has not been granted funding in the parallel institutional-strengthening competitions for national NGOs and NGO umbrella associations.',
  },
  'eligibility.ngo.n2.fail': {
    lt: 'Pareiškėjui skirtas finansavimas nacionalinių NVO arba NVO vienijančių asociacijų institucinio stiprinimo konkurse, todėl dvigubas finansavimas negalimas.',
    en: 'The applicant has been granted funding in the institutional-strengthening competition for national NGOs or NGO umbrella associations, so it cannot be funded twice.',
  },
  'eligibility.ngo.n2.unknown': {
    lt: 'Nežinoma, ar pareiškėjui skirtas finansavimas nacionalinių NVO arba NVO vienijančių asociacijų institucinio stiprinimo konkurse.',
    en: 'It is not known whether the applicant has been granted funding in the institutional-strengthening competition for national NGOs or NGO umbrella associations.',
  },
  'eligibility.ngo.n3.pass.filed': {
    lt: 'Pareiškėjas teisės aktų nustatyta tvarka ir laiku pateikė {year} metų veiklos ataskaitą ir metinių finansinių ataskaitų rinkinį.',
    en: 'The applicant filed its activity report and annual financial statements for {year} on time, as the law requires.',
  },
  'eligibility.ngo.n3.pass.notRequired': {
    lt: 'Pareiškėjas įsteigtas {foundedYear} m., todėl {year} metų ataskaitų teikti neprivalėjo.',
    en: 'The applicant was founded in {foundedYear}, so it had no reports to file for {year}.',
  },
  'eligibility.ngo.n3.fail.missing': {
    lt: 'Pareiškėjas nepateikė {year} metų veiklos ataskaitos ir metinių finansinių ataskaitų rinkinio.',
    en: 'The applicant did not file its activity report and annual financial statements for {year}.',
  },
  'eligibility.ngo.n3.fail.late': {
    lt: 'Pareiškėjas {year} metų ataskaitų nepateikė laiku, kaip reikalauja teisės aktai.',
    en: 'The applicant did not file its reports for {year} on time, as the law requires.',
  },
  'eligibility.ngo.n3.unknown': {
    lt: 'Nežinoma, ar pareiškėjas teisės aktų nustatyta tvarka ir laiku pateikė {year} metų veiklos ataskaitą ir metinių finansinių ataskaitų rinkinį.',
    en: 'It is not known whether the applicant filed its activity report and annual financial statements for {year} on time, as the law requires.',
  },
  'eligibility.ngo.n3-2022.pass': {
    lt: 'Pareiškėjas teisės aktų nustatyta tvarka pateikė finansinių ataskaitų rinkinius ir veiklos ataskaitas.',
    en: 'The applicant filed its financial statements and activity reports as the law requires.',
  },
  'eligibility.ngo.n3-2022.fail': {
    lt: 'Pareiškėjas teisės aktų nustatyta tvarka nepateikė finansinių ataskaitų rinkinių ir veiklos ataskaitų.',
    en: 'The applicant did not file its financial statements and activity reports as the law requires.',
  },
  'eligibility.ngo.n3-2022.unknown': {
    lt: 'Nežinoma, ar pareiškėjas teisės aktų nustatyta tvarka pateikė finansinių ataskaitų rinkinius ir veiklos ataskaitas.',
    en: 'It is not known whether the applicant filed its financial statements and activity reports as the law requires.',
  },
  'eligibility.ngo.n4.pass': {
    lt: 'Pareiškėjas savo interneto svetainėje viešai skelbia informaciją apie įgyvendinamus ar įgyvendintus projektus.',
    en: 'The applicant publishes information about its current and past projects on its website.',
  },
  'eligibility.ngo.n4.pass.noWebsite': {
    lt: 'Pareiškėjas neturi interneto svetainės, todėl reikalavimas skelbti informaciją apie projektus jam netaikomas.',
    en: 'The applicant has no website, so the requirement to publish information about its projects does not apply.',
  },
  'eligibility.ngo.n4.fail': {
    lt: 'Pareiškėjas savo interneto svetainėje viešai neskelbia informacijos apie įgyvendinamus ar įgyvendintus projektus.',
    en: 'The applicant does not publish information about its current and past projects on its website.',
  },
  'eligibility.ngo.n4.unknown': {
    lt: 'Nežinoma, ar pareiškėjas savo interneto svetainėje (jeigu ją turi) skelbia informaciją apie projektus.',
    en: 'It is not known whether the applicant publishes information about its projects on its website (if it has one).',
  },
  'eligibility.ngo.n5.pass': {
    lt: 'Pareiškėjo {year} m. pajamos pagal metinių finansinių ataskaitų rinkinį ({income, amount}) ne mažesnės kaip {threshold, amount}.',
    en: "The applicant's income in {year} per its annual financial statements ({income, amount}) is at least {threshold, amount}.",
  },
  'eligibility.ngo.n5.fail.low': {
    lt: 'Pareiškėjo {year} m. pajamos pagal metinių finansinių ataskaitų rinkinį ({income, amount}) mažesnės nei {threshold, amount}.',
    en: "The applicant's income in {year} per its annual financial statements ({income, amount}) is below {threshold, amount}.",
  },
  'eligibility.ngo.n5.fail.tooNew': {
    lt: 'Pareiškėjas įsteigtas {foundedYear} m., todėl neturi {beforePrevious} ar {previous} m. metinių finansinių ataskaitų rinkinio su ne mažesnėmis kaip {threshold, amount} pajamomis.',
    en: 'The applicant was founded in {foundedYear}, so it has no annual financial statements for {beforePrevious} or {previous} showing income of at least {threshold, amount}.',
  },
  'eligibility.ngo.n5.unknown': {
    lt: 'Nežinoma, ar pareiškėjo pajamos {beforePrevious} m. (arba {previous} m., jei jis įsteigtas {previous} m.) buvo ne mažesnės kaip {threshold, amount}.',
    en: "It is not known whether the applicant's income in {beforePrevious} (or in {previous}, if it was founded in {previous}) was at least {threshold, amount}.",
  },
  'eligibility.ngo.n6.pass': {
    lt: 'Pareiškėjas nėra likviduojamas ir atitinka minimalius patikimo mokesčių mokėtojo kriterijus.',
    en: 'The applicant is not in liquidation and meets the minimal criteria of a reliable taxpayer.',
  },
  'eligibility.ngo.n6.fail.liquidation': {
    lt: 'Pareiškėjas yra likviduojamas (pagal viešus Juridinių asmenų registro duomenis).',
    en: 'The applicant is in liquidation (according to the public data of the Register of Legal Entities).',
  },
  'eligibility.ngo.n6.fail.taxpayer': {
    lt: 'Pareiškėjas neatitinka minimalių patikimo mokesčių mokėtojo kriterijų.',
    en: 'The applicant does not meet the minimal criteria of a reliable taxpayer.',
  },
  'eligibility.ngo.n6.fail.both': {
    lt: 'Pareiškėjas yra likviduojamas ir neatitinka minimalių patikimo mokesčių mokėtojo kriterijų.',
    en: 'The applicant is in liquidation and does not meet the minimal criteria of a reliable taxpayer.',
  },
  'eligibility.ngo.n6.unknown': {
    lt: 'Nežinoma, ar pareiškėjas nėra likviduojamas ir ar atitinka minimalius patikimo mokesčių mokėtojo kriterijus.',
    en: 'It is not known whether the applicant is not in liquidation and meets the minimal criteria of a reliable taxpayer.',
  },
  // facts
  'eligibility.fact.communityOrganisation': {
    lt: 'ar pareiškėjas yra bendruomeninė organizacija',
    en: 'whether the applicant is a community organisation',
  },
  'eligibility.fact.ngoMark': {
    lt: 'ar pareiškėjas turi NVO žymą Juridinių asmenų registre',
    en: 'whether the applicant has the NGO mark in the Register of Legal Entities',
  },
  'eligibility.fact.religiousCommunity': {
    lt: 'ar pareiškėjas yra religinė bendruomenė ar bendrija',
    en: 'whether the applicant is a religious community',
  },
  'eligibility.fact.traditionalReligiousCommunity': {
    lt: 'ar pareiškėjas yra tradicinė religinė bendruomenė ar bendrija',
    en: 'whether the applicant is a traditional religious community',
  },
  'eligibility.fact.operatesIn': {
    lt: 'kurioje savivaldybėje (seniūnijoje) veikia pareiškėjas',
    en: 'in which municipality (eldership) the applicant operates',
  },
  'eligibility.fact.otherCommunityOrganisationApplied': {
    lt: 'ar šios teritorijos bendruomeninės organizacijos pateikė paraiškas',
    en: 'whether community organisations of this territory applied',
  },
  'eligibility.fact.repeatCall': {
    lt: 'ar konkursas paskelbtas pakartotinai',
    en: 'whether the competition is a re-announced one',
  },
  'eligibility.fact.reportsFiledForYears': {
    lt: 'už kuriuos metus pateiktos ataskaitos Registrų centrui',
    en: 'for which years reports were filed with the Centre of Registers',
  },
  'eligibility.fact.reportsFiledOnTime': {
    lt: 'ar ataskaitos pateiktos laiku',
    en: 'whether the reports were filed on time',
  },
  'eligibility.fact.inLiquidation': {
    lt: 'ar pareiškėjas likviduojamas',
    en: 'whether the applicant is in liquidation',
  },
  'eligibility.fact.reliableTaxpayer': {
    lt: 'ar pareiškėjas atitinka patikimo mokesčių mokėtojo kriterijus',
    en: 'whether the applicant meets the criteria of a reliable taxpayer',
  },
  'eligibility.fact.income': {
    lt: 'pareiškėjo pajamos pagal metinių finansinių ataskaitų rinkinius',
    en: "the applicant's income per its annual financial statements",
  },
  'eligibility.fact.foundedOn': {
    lt: 'pareiškėjo įsteigimo data',
    en: "the applicant's founding date",
  },
  'eligibility.fact.fundedInParallelCompetition': {
    lt: 'ar pareiškėjui skirtas finansavimas lygiagrečiame konkurse',
    en: 'whether the applicant was funded in a parallel competition',
  },
  'eligibility.fact.publishesProjectsOnWebsite': {
    lt: 'ar pareiškėjas svetainėje skelbia informaciją apie projektus',
    en: 'whether the applicant publishes its projects on its website',
  },
  'eligibility.fact.requestedAmount': {
    lt: 'prašoma suma',
    en: 'the requested amount',
  },
  'eligibility.fact.envelope': {
    lt: 'kurios seniūnijos lėšų daliai teikiama paraiška',
    en: 'the eldership envelope of the application',
  },
  'eligibility.fact.call.applicants': {
    lt: 'kvietimo nuostata, kas gali teikti paraiškas',
    en: 'the call’s provision on who may apply',
  },
  'eligibility.fact.call.amounts.overMaximum': {
    lt: 'kvietimo nuostata, ar didesnė už didžiausią prašoma suma mažinama, ar paraiška atmetama',
    en: 'the call’s provision on whether a request above the maximum is capped or rejected',
  },
  'eligibility.fact.publicInterestActivities': {
    lt: 'ar veiklos tenkina viešuosius gyventojų interesus ir poreikius',
    en: 'whether the activities satisfy the public interests and needs of the residents',
  },
  'eligibility.fact.activityAreas': {
    lt: 'projekto veiklų sritys',
    en: 'the project activity areas',
  },
  'eligibility.fact.activitiesFrom': {
    lt: 'projekto veiklų pradžia',
    en: 'the start of the project activities',
  },
  'eligibility.fact.activitiesTo': {
    lt: 'projekto veiklų pabaiga',
    en: 'the end of the project activities',
  },
  'eligibility.fact.budgetLines': {
    lt: 'projekto biudžeto išlaidų eilutės',
    en: 'the project budget cost lines',
  },
  // explain
  'eligibility.explain.eligible': {
    lt: '{ruleSet} ({asOf} dienai): paraiška atitinka visus tinkamumo reikalavimus ({count, plural, one {# reikalavimas} few {# reikalavimai} other {# reikalavimų}}).',
    en: '{ruleSet} (as of {asOf}): the application meets all eligibility requirements ({count, plural, one {# requirement} other {# requirements}}).',
  },
  'eligibility.explain.ineligible': {
    lt: '{ruleSet} ({asOf} dienai): paraiška neatitinka tinkamumo reikalavimų.',
    en: '{ruleSet} (as of {asOf}): the application does not meet the eligibility requirements.',
  },
  'eligibility.explain.undetermined': {
    lt: '{ruleSet} ({asOf} dienai): tinkamumo nustatyti negalima, kol nepateikti trūkstami duomenys.',
    en: '{ruleSet} (as of {asOf}): eligibility cannot be decided until the missing information is provided.',
  },
  'eligibility.explain.fail': {
    lt: '– {ruleId} (neatitinka): {text} ({ref})',
    en: '– {ruleId} (not met): {text} ({ref})',
  },
  'eligibility.explain.unknown': {
    lt: '– {ruleId} (trūksta duomenų): {text} ({ref})',
    en: '– {ruleId} (information missing): {text} ({ref})',
  },
  'eligibility.explain.missing': {
    lt: 'Reikalingi duomenys: {facts}.',
    en: 'Information needed: {facts}.',
  },
  // cost categories (labels for P4 and checkBudget; a call may use other codes, shown as given)
  'eligibility.costCategory.long-term-tangible-assets': {
    lt: 'ilgalaikis materialusis turtas',
    en: 'long-term tangible assets',
  },
  'eligibility.costCategory.administration': { lt: 'administravimo išlaidos', en: 'administration costs' },
  'eligibility.costCategory.events': { lt: 'renginių išlaidos', en: 'events' },
  'eligibility.costCategory.remuneration': { lt: 'darbo užmokestis', en: 'remuneration' },
  'eligibility.costCategory.catering': { lt: 'maitinimas', en: 'catering' },
  'eligibility.costCategory.alcohol': { lt: 'alkoholiniai gėrimai', en: 'alcoholic drinks' },
  'eligibility.costCap': {
    lt: '{category} – ne daugiau kaip {cap, amount}',
    en: '{category} up to {cap, amount}',
  },
  // activity areas (labels for P2)
  'eligibility.activityArea.cultural-educational': {
    lt: 'kultūrinė ir šviečiamoji veikla',
    en: 'cultural and educational activities',
  },
  'eligibility.activityArea.inclusion': {
    lt: 'socialiai pažeidžiamų asmenų ir migrantų įtrauktis',
    en: 'inclusion of socially vulnerable people and migrants',
  },
  'eligibility.activityArea.advocacy': { lt: 'atstovavimas (advokacija)', en: 'advocacy' },
  'eligibility.activityArea.volunteering': {
    lt: 'savanoriai ir savanorystė',
    en: 'volunteers and volunteering',
  },
  'eligibility.activityArea.social-business': {
    lt: 'socialinis verslas ir viešosios paslaugos',
    en: 'social business and public services',
  },
  'eligibility.activityArea.cohesion': {
    lt: 'bendruomenės sutelktumas ir pasitikėjimas (renginiai, stovyklos, sportas)',
    en: 'community cohesion and trust (events, camps, sport)',
  },
  'eligibility.activityArea.public-spaces': {
    lt: 'viešosios erdvės ir aplinkos kokybė',
    en: 'public spaces and environment quality',
  },
  'eligibility.activityArea.sport-health': {
    lt: 'sporto ir sveikatinimo veikla',
    en: 'sport and health activities',
  },
  // errors
  'eligibility.error.UNKNOWN_RULE_SET': {
    lt: 'Tokio tinkamumo taisyklių rinkinio nėra.',
    en: 'There is no such set of eligibility rules.',
  },
  'eligibility.error.NO_RULE_SET_VERSION': {
    lt: 'Nurodytą dieną negalioja nė viena šio tinkamumo taisyklių rinkinio redakcija.',
    en: 'No version of this set of eligibility rules is in force on the given date.',
  },
} as const satisfies MessageCatalog

/**
 * A key of {@link eligibilityMessages}.
 *
 * @example
 * ```ts
 * import type { EligibilityMessageKey } from '@talka/eligibility'
 * const key: EligibilityMessageKey = 'eligibility.ngo.n1.pass'
 * ```
 */
export type EligibilityMessageKey = keyof typeof eligibilityMessages

const catalog: MessageCatalog = eligibilityMessages

/** The label of a code (`eligibility.<kind>.<code>`) in `lang`; a call's own code is quoted as given. */
function labelOf(kind: 'costCategory' | 'activityArea', code: string, lang: Lang): string {
  const key = `eligibility.${kind}.${code}`
  return Object.hasOwn(catalog, key) ? (catalog[key] as { lt: string; en: string })[lang] : `„${code}“`
}

const labelList = (kind: 'costCategory' | 'activityArea', codes: string, lang: Lang) =>
  codes === ''
    ? ''
    : codes
        .split(', ')
        .map((code) => labelOf(kind, code, lang))
        .join(', ')

// `overCap` holds "code ≤ amount" items (data), rendered as "label – ne daugiau kaip 200,00 Eur".
const capList = (items: string, lang: Lang) =>
  items === ''
    ? ''
    : items
        .split(', ')
        .map((item) => {
          const [code = '', cap] = item.split(' ≤ ')
          const category = labelOf('costCategory', code, lang)
          return cap === undefined
            ? category
            : renderMessage(catalog, 'eligibility.costCap', { category, cap }, lang)
        })
        .join('; ')

/**
 * The parameters of a message as the text shows them: codes of cost categories (`ineligible`,
 * `overCap`) and activity areas (`areas`, `allowed`) stay codes in the verdict's `params` (data) and
 * become labels in the language of the text.
 */
function presentParams(params: MessageParams, lang: Lang): MessageParams {
  const { ineligible, overCap, areas, allowed } = params
  if (ineligible === undefined && overCap === undefined && areas === undefined && allowed === undefined)
    return params
  const out: Record<string, string | number | boolean> = { ...params }
  if (typeof ineligible === 'string') out.ineligible = labelList('costCategory', ineligible, lang)
  if (typeof overCap === 'string') out.overCap = capList(overCap, lang)
  if (typeof areas === 'string') out.areas = labelList('activityArea', areas, lang)
  if (typeof allowed === 'string') out.allowed = labelList('activityArea', allowed, lang)
  return out
}

/**
 * Renders a message of {@link eligibilityMessages} with core's renderer (a missing parameter throws),
 * showing codes of cost categories and activity areas by their labels.
 *
 * @example
 * ```ts
 * import { renderEligibilityMessage } from '@talka/eligibility'
 * renderEligibilityMessage('eligibility.amount.pass', { amount: '2600.00' }, 'lt')
 * // 'Prašoma suma (2 600,00 Eur) atitinka nustatytas mažiausios ir didžiausios sumos ribas.'
 * ```
 */
export function renderEligibilityMessage(key: string, params: MessageParams, lang: Lang): string {
  return renderMessage(catalog, key, presentParams(params, lang), lang)
}
