import type { MessageCatalog } from '@talka/core'

/**
 * Every message the evaluation rules produce, in Lithuanian and English, by key. Row reasons and the
 * ranking trace render from it; `renderDecision(trace, evaluationMessages, 'en')` re-renders a stored trace.
 *
 * @example
 * ```ts
 * import { renderMessage } from '@talka/core'
 * import { evaluationMessages } from '@talka/evaluation'
 * renderMessage(evaluationMessages, 'evaluation.passMark.notReached', { average: '55.5', passMark: '60' }, 'lt')
 * // '… minimalaus balų skaičiaus (60); balų vidurkis 55,5.'
 * ```
 */
export const evaluationMessages = {
  'evaluation.cutOff.funded': {
    lt: 'Projektas finansuojamas: skiriama {amount, amount} (prašyta {requested, amount}).',
    en: 'The project is funded: {amount, amount} (requested {requested, amount}).',
  },
  'evaluation.cutOff.fundedCapped': {
    lt: 'Projektas finansuojamas: skiriama didžiausia vienam projektui galima suma {amount, amount} (prašyta {requested, amount}).',
    en: 'The project is funded at the maximum per project, {amount, amount} (requested {requested, amount}).',
  },
  'evaluation.cutOff.fundedReduced': {
    lt: 'Projektas finansuojamas: skiriama {amount, amount} – komisijos tinkama finansuoti pripažinta suma (prašyta {requested, amount}).',
    en: 'The project is funded: {amount, amount}, the amount the commission found eligible (requested {requested, amount}).',
  },
  'evaluation.cutOff.fundingOrderUnstated': {
    lt: 'Kvietime nenustatyta finansavimo tvarka: projektai finansuoti griežtai pagal eilę, nors žemiau esantis projektas tilptų į lėšų likutį.',
    en: 'The call sets no funding order: projects were funded strictly down the list, although a project further down would fit in what is left.',
  },
  'evaluation.amounts.overMaximumRejected': {
    lt: 'Prašoma suma {requested, amount} viršija didžiausią vienam projektui galimą sumą {maximum, amount}; pagal kvietimo sąlygas paraiška atmetama.',
    en: 'The requested {requested, amount} exceeds the maximum per project of {maximum, amount}; under the call the application is rejected.',
  },
  'evaluation.amounts.overMaximumUnstated': {
    lt: 'Prašoma suma {requested, amount} viršija didžiausią vienam projektui galimą sumą {maximum, amount}, o kvietime nenustatyta, ar tokia paraiška atmetama, ar jai skiriama didžiausia suma; paraiška nereitinguojama, kol tai bus nustatyta.',
    en: 'The requested {requested, amount} exceeds the maximum per project of {maximum, amount}, and the call does not say whether such an application is rejected or funded at the maximum; it is not ranked until that is settled.',
  },
  'evaluation.criterion.belowMinimum': {
    lt: 'Projektas nefinansuojamas: kriterijaus „{criterion}“ balų vidurkis {average, number} mažesnis už kvietime nustatytą minimalų {minimum, number}.',
    en: 'Not funded: the average score on criterion “{criterion}” is {average, number}, below its minimum of {minimum, number}.',
  },
  'evaluation.criterion.summary': {
    lt: 'Kriterijų minimalūs balai: jų nepasiekė {count, plural, =0 {nė vienas projektas} one {# projektas} few {# projektai} other {# projektų}}.',
    en: 'Per-criterion minimum scores: {count, plural, =0 {no project} one {# project} other {# projects}} below a minimum.',
  },
  'evaluation.amounts.summary': {
    lt: 'Didžiausią vienam projektui galimą sumą viršijančių paraiškų: {count}.',
    en: 'Applications requesting more than the maximum per project: {count}.',
  },
  'evaluation.lastProject.partial': {
    lt: 'Paskutiniam finansuojamam projektui skiriamas visas lėšų likutis {amount, amount} (prašyta {requested, amount}), jei pareiškėjas sutinka.',
    en: 'The last funded project is given the whole remainder of {amount, amount} (requested {requested, amount}), if the applicant accepts.',
  },
  'evaluation.lastProject.unstated': {
    lt: 'Lėšų likutis {remainder, amount} nepakankamas visam projektui, o kvietime nenustatyta, ar likutis siūlomas kitam eilėje projektui; projektas įtraukiamas į rezervinį sąrašą, kol tai bus nustatyta.',
    en: 'The remainder of {remainder, amount} does not cover the project, and the call does not say whether the remainder is offered to the next project; it is placed on the reserve list until that is settled.',
  },
  'evaluation.lastProject.minimumUnstated': {
    lt: 'Lėšų likutis {remainder, amount} siūlomas kitam eilėje projektui, jei jis ne mažesnis už mažiausią vienam projektui skiriamą sumą, tačiau kvietime ši suma nenustatyta; projektas įtraukiamas į rezervinį sąrašą, kol ji bus nustatyta.',
    en: 'The remainder of {remainder, amount} is offered to the next project if it is at least the minimum per project, but the call sets no minimum; the project is placed on the reserve list until it is set.',
  },
  'evaluation.lastProject.summaryPartial': {
    lt: 'Paskutinio projekto taisyklė: kitam eilėje projektui siūlomas visas lėšų likutis.',
    en: 'Last-project rule: the next project is offered the whole remainder.',
  },
  'evaluation.lastProject.summaryUnstated': {
    lt: 'Kvietime nenustatyta, ar lėšų likutis siūlomas kitam eilėje projektui.',
    en: 'The call does not say whether the remainder is offered to the next project.',
  },
  'evaluation.reserve.proposed': {
    lt: 'Projekto finansavimui neužteko Konkursui vykdyti skirtų lėšų, projektas įtraukiamas į rezervinį projektų sąrašą; siūloma skirti {proposed, amount}.',
    en: 'The funds of the call were not enough for the project; it is placed on the reserve list with a proposed amount of {proposed, amount}.',
  },
  'evaluation.reserve.noList': {
    lt: 'Projekto finansavimui neužteko Konkursui vykdyti skirtų lėšų; kvietime rezervinis projektų sąrašas nenumatytas.',
    en: 'The funds of the call were not enough for the project; the call keeps no reserve list.',
  },
  'evaluation.reserve.promoted': {
    lt: 'Projektas perkeliamas iš rezervinio projektų sąrašo ir finansuojamas iš atsisakytų ar grąžintų lėšų: skiriama {amount, amount} (prašyta {requested, amount}).',
    en: 'The project moves up from the reserve list and is funded from money declined or returned: {amount, amount} (requested {requested, amount}).',
  },
  'evaluation.reserve.promotedRemainder': {
    lt: 'Projektas perkeliamas iš rezervinio projektų sąrašo: jam siūlomas atsisakytų ar grąžintų lėšų likutis {amount, amount} (prašyta {requested, amount}), jei pareiškėjas sutinka.',
    en: 'The project moves up from the reserve list and is offered the remainder of the money declined or returned, {amount, amount} (requested {requested, amount}), if the applicant accepts.',
  },
  'evaluation.reserve.promotionSummary': {
    lt: 'Atsisakyta ar grąžinta lėšų ir likutis: {available, amount}; iš rezervinio sąrašo {count, plural, =0 {nefinansuojamas nė vienas projektas} one {finansuojamas # projektas} few {finansuojami # projektai} other {finansuojama # projektų}}; likutis {remaining, amount}.',
    en: 'Money declined, returned and left: {available, amount}; {count, plural, one {# project} other {# projects}} funded from the reserve list; {remaining, amount} left.',
  },
  'evaluation.envelope.summary': {
    lt: '{envelope}: paskirstyta {funded, amount} iš {budget, amount}; likutis {remaining, amount}.',
    en: '{envelope}: {funded, amount} of {budget, amount} allocated; {remaining, amount} left.',
  },
  'evaluation.envelope.pooled': {
    lt: 'Projektas finansuojamas iš sujungtų seniūnijų nepanaudotų lėšų: skiriama {amount, amount} (prašyta {requested, amount}).',
    en: 'The project is funded from the elderships’ pooled unspent money: {amount, amount} (requested {requested, amount}).',
  },
  'evaluation.envelope.pooledSummary': {
    lt: 'Seniūnijų nepanaudotos lėšos {leftover, amount} sujungtos likusiems projektams; paskirstyta {funded, amount}.',
    en: 'The elderships’ unspent money of {leftover, amount} was pooled for the remaining projects; {funded, amount} allocated.',
  },
  'evaluation.envelope.returnedSummary': {
    lt: 'Seniūnijų nepanaudotos lėšos {leftover, amount} grąžinamos.',
    en: 'The elderships’ unspent money of {leftover, amount} is returned.',
  },
  'evaluation.envelope.unspentUnstated': {
    lt: 'Seniūnijų nepanaudotos lėšos {leftover, amount}: kvietime nenustatyta, ar jos grąžinamos, ar sujungiamos kitiems projektams.',
    en: 'The elderships’ unspent money of {leftover, amount}: the call does not say whether it is returned or pooled for other projects.',
  },
  'evaluation.tie.reported': {
    lt: 'Projektas surinko tiek pat balų kaip {group}; pagal kvietimą lygiąsias ties lėšų riba sprendžia komisija, nuo to priklauso, ar projektas bus finansuojamas.',
    en: 'The project has the same score as {group}; under the call the commission decides ties at the budget line, and whether it is funded depends on that.',
  },
  'evaluation.tie.splitEqually': {
    lt: 'Projektas surinko tiek pat balų kaip {group}; pagal kvietimą lėšų likutis {remainder, amount} padalytas lygiomis dalimis: skiriama {amount, amount} (prašyta {requested, amount}).',
    en: 'The project has the same score as {group}; under the call the remainder of {remainder, amount} is shared equally: {amount, amount} (requested {requested, amount}).',
  },
  'evaluation.tie.splitProportionally': {
    lt: 'Projektas surinko tiek pat balų kaip {group}; pagal kvietimą lėšų likutis {remainder, amount} padalytas proporcingai prašomoms sumoms: skiriama {amount, amount} (prašyta {requested, amount}).',
    en: 'The project has the same score as {group}; under the call the remainder of {remainder, amount} is shared in proportion to the amounts: {amount, amount} (requested {requested, amount}).',
  },
  'evaluation.tie.splitSummary': {
    lt: 'Lygiosios ties lėšų riba: likutis {remainder, amount} padalytas {count, plural, one {# projektui} few {# projektams} other {# projektų}}; dėl apvalinimo iki cento nepaskirstyta {leftover, amount}.',
    en: 'Tie at the budget line: the remainder of {remainder, amount} shared between {count, plural, one {# project} other {# projects}}; {leftover, amount} left by rounding down to the cent.',
  },
  'evaluation.cutOff.skippedAhead': {
    lt: 'Projektas finansuojamas iš likučio, nes aukščiau esantis projektas {skipped} į likutį netilpo.',
    en: 'The project is funded from the remainder because the higher-ranked project {skipped} did not fit in it.',
  },
  'evaluation.cutOff.summary': {
    lt: 'Paskirstyta {funded, amount} iš {budget, amount}: {count, plural, =0 {nefinansuojamas nė vienas projektas} one {finansuojamas # projektas} few {finansuojami # projektai} other {finansuojama # projektų}}; likutis {remaining, amount}.',
    en: '{funded, amount} of {budget, amount} allocated to {count, plural, one {# project} other {# projects}}; {remaining, amount} left.',
  },
  'evaluation.lastProject.remainder': {
    lt: 'Paskutiniam finansuojamam projektui siūlomas lėšų likutis {amount, amount} (prašyta {requested, amount}), jei pareiškėjas sutinka.',
    en: 'The last funded project is offered the remainder of {amount, amount} (requested {requested, amount}), if the applicant accepts.',
  },
  'evaluation.lastProject.summaryRemainder': {
    lt: 'Paskutinio projekto taisyklė: kitam eilėje projektui siūlomas lėšų likutis, jei jis ne mažesnis už mažiausią vienam projektui skiriamą sumą.',
    en: 'Last-project rule: the next project is offered the remainder if it is at least the minimum per project.',
  },
  'evaluation.lastProject.summaryReserve': {
    lt: 'Paskutinio projekto taisyklė: netilpęs projektas įtraukiamas į rezervinį sąrašą, lėšų likutis nesiūlomas.',
    en: 'Last-project rule: a project that does not fit goes on the reserve list; the remainder is not offered.',
  },
  'evaluation.reserve.budgetExhausted': {
    lt: 'Projekto finansavimui neužteko Konkursui vykdyti skirtų lėšų, projektas įtraukiamas į rezervinį projektų sąrašą.',
    en: 'The funds of the call were not enough for the project; it is placed on the reserve list.',
  },
  'evaluation.reserve.remainderBelowMinimum': {
    lt: 'Lėšų likutis {remainder, amount} mažesnis už mažiausią vienam projektui skiriamą sumą {minimum, amount}, projektas įtraukiamas į rezervinį projektų sąrašą.',
    en: 'The remainder of {remainder, amount} is below the minimum per project of {minimum, amount}; the project is placed on the reserve list.',
  },
  'evaluation.passMark.notReached': {
    lt: 'Projektas nesurinko Konkurso apraše nustatyto minimalaus balų skaičiaus ({passMark, number}); balų vidurkis {average, number}.',
    en: 'The project did not reach the minimum score set in the call description ({passMark, number}); average score {average, number}.',
  },
  'evaluation.passMark.summary': {
    lt: 'Minimalus balų vidurkis {passMark, number}; jo nepasiekė {count, plural, one {# projektas} few {# projektai} other {# projektų}}.',
    en: 'Minimum average score {passMark, number}; {count, plural, one {# project} other {# projects}} did not reach it.',
  },
  'evaluation.formalCheck.failed': {
    lt: 'Paraiška neatitiko formaliųjų reikalavimų (atitikties formaliesiems kriterijams vertinimas), todėl nevertinama ir nefinansuojama; priežastys pridedamos.',
    en: 'The application failed the formal (administrative) check, so it is neither scored nor funded; the reasons are attached.',
  },
  'evaluation.formalCheck.undetermined': {
    lt: 'Atitikties formaliesiems kriterijams vertinimas nebaigtas (trūksta duomenų: {missing}); paraiška nereitinguojama, kol jis bus baigtas.',
    en: 'The formal check is not complete (missing facts: {missing}); the application is not ranked until it is.',
  },
  'evaluation.formalCheck.summary': {
    lt: 'Neatitiko formaliųjų reikalavimų: {failed}; atitiktis nenustatyta: {pending}.',
    en: 'Failed the formal check: {failed}; formal check not complete: {pending}.',
  },
  'evaluation.evaluations.tooFew': {
    lt: 'Paraiškos vertinimų: {count}, reikia bent {required, plural, one {# vertinimo} few {# vertinimų} other {# vertinimų}}; reikalingas dar vienas vertintojas.',
    en: 'The application has {count, plural, one {# evaluation} other {# evaluations}} and needs at least {required}; a further evaluator is needed.',
  },
  'evaluation.divergence.needsAnother': {
    lt: 'Vertintojų balų sumos skiriasi {difference, plural, one {# balu} few {# balais} many {# balo} other {# balų}}, daugiau nei leidžiama ({threshold, number}{unit}); paraišką turi įvertinti dar vienas vertintojas.',
    en: 'The evaluators’ totals differ by {difference, plural, one {# point} other {# points}}, more than the allowed {threshold, number}{unit}; a further evaluator must score the application.',
  },
  'evaluation.divergence.resolvedClosestTwo': {
    lt: 'Vertintojų balų sumos skyrėsi {difference, plural, one {# balu} few {# balais} many {# balo} other {# balų}} (leidžiama {threshold, number}{unit}); galutinis balas – artimiausių vertinimų vidurkis (panaudota {count, plural, one {# vertinimas} few {# vertinimai} other {# vertinimų}}).',
    en: 'The evaluators’ totals differed by {difference, plural, one {# point} other {# points}} (allowed {threshold, number}{unit}); the final score is the average of the closest totals ({count, plural, one {# evaluation} other {# evaluations}} used).',
  },
  'evaluation.divergence.resolvedAverageAll': {
    lt: 'Vertintojų balų sumos skyrėsi {difference, plural, one {# balu} few {# balais} many {# balo} other {# balų}} (leidžiama {threshold, number}{unit}); galutinis balas – visų vertinimų vidurkis ({count, plural, one {# vertinimas} few {# vertinimai} other {# vertinimų}}).',
    en: 'The evaluators’ totals differed by {difference, plural, one {# point} other {# points}} (allowed {threshold, number}{unit}); the final score is the average of all {count, plural, one {# evaluation} other {# evaluations}}.',
  },
  'evaluation.divergence.summary': {
    lt: 'Vertintojų balų sumų skirtumo riba {threshold, number}{unit}; papildomo vertintojo laukia: {pending}; išspręsta: {resolved}.',
    en: 'Evaluator divergence limit {threshold, number}{unit}; waiting for a further evaluator: {pending}; resolved: {resolved}.',
  },
  'evaluation.divergence.none': {
    lt: 'Kvietime nenustatyta vertintojų balų skirtumo taisyklė; balas – visų vertinimų vidurkis.',
    en: 'The call sets no evaluator-divergence rule; the score is the average of all evaluations.',
  },
  'evaluation.tie.unresolved': {
    lt: 'Projektas surinko tiek pat balų kaip {group}, o kvietime nenustatyta, kaip sprendžiamos lygiosios; nuo to priklauso, ar projektas bus finansuojamas.',
    en: 'The project has the same score as {group} and the call sets no tie-break rule; whether it is funded depends on how the tie is broken.',
  },
  'evaluation.tie.dependsOn': {
    lt: 'Sprendimas priklauso nuo to, kaip bus išspręstos aukščiau esančių projektų {group} lygiosios.',
    en: 'The decision depends on how the tie between the higher-ranked projects {group} is broken.',
  },
  'evaluation.tie.broken': {
    lt: 'Lygiosios su {group} išspręstos pagal kvietimo taisyklę: {policy}.',
    en: 'The tie with {group} was broken by the call’s rule: {policy}.',
  },
  'evaluation.tie.summary': {
    lt: 'Lygiųjų sprendimo taisyklė: {policy}; lygiųjų grupių: {groups}; neišspręstų ties finansavimo riba: {unresolved}.',
    en: 'Tie-break rule: {policy}; tie groups: {groups}; unresolved at the funding line: {unresolved}.',
  },
} as const satisfies MessageCatalog

/**
 * A key of {@link evaluationMessages}.
 *
 * @example
 * ```ts
 * import type { EvaluationMessageKey } from '@talka/evaluation'
 * const key: EvaluationMessageKey = 'evaluation.reserve.budgetExhausted'
 * ```
 */
export type EvaluationMessageKey = keyof typeof evaluationMessages
