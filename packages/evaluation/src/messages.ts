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
