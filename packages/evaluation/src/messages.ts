import type { MessageCatalog } from '@talka/core'

/**
 * Every message the evaluation rules produce, in Lithuanian and English, by key. Row reasons and the
 * ranking trace render from it; `renderDecision(trace, evaluationMessages, 'en')` re-renders a stored trace.
 *
 * @example
 * ```ts
 * import { renderMessage } from '@talka/core'
 * import { evaluationMessages } from '@talka/evaluation'
 * renderMessage(evaluationMessages, 'evaluation.passMark.notReached', { average: '55.5', passMark: '60' }, 'en')
 * ```
 */
export const evaluationMessages = {
  'evaluation.cutOff.funded': {
    lt: 'Projektas finansuojamas: skiriama {amount} Eur (prašyta {requested} Eur).',
    en: 'The project is funded: EUR {amount} (requested EUR {requested}).',
  },
  'evaluation.cutOff.fundedCapped': {
    lt: 'Projektas finansuojamas: skiriama didžiausia vienam projektui galima suma {amount} Eur (prašyta {requested} Eur).',
    en: 'The project is funded at the maximum per project, EUR {amount} (requested EUR {requested}).',
  },
  'evaluation.cutOff.skippedAhead': {
    lt: 'Projektas finansuojamas iš likučio, nes aukščiau esantis projektas {skipped} į likutį netilpo.',
    en: 'The project is funded from the remainder because the higher-ranked project {skipped} did not fit in it.',
  },
  'evaluation.cutOff.summary': {
    lt: 'Paskirstyta {funded} Eur iš {budget} Eur; finansuojama projektų: {count}; likutis {remaining} Eur.',
    en: 'EUR {funded} of EUR {budget} allocated to {count} projects; EUR {remaining} left.',
  },
  'evaluation.lastProject.remainder': {
    lt: 'Paskutiniam finansuojamam projektui siūlomas lėšų likutis {amount} Eur (prašyta {requested} Eur), jei pareiškėjas sutinka.',
    en: 'The last funded project is offered the remainder of EUR {amount} (requested EUR {requested}), if the applicant accepts.',
  },
  'evaluation.lastProject.summary': {
    lt: 'Paskutinio projekto taisyklė: {policy}.',
    en: 'Last-project rule: {policy}.',
  },
  'evaluation.reserve.budgetExhausted': {
    lt: 'Projekto finansavimui neužteko Konkursui vykdyti skirtų lėšų, projektas įtraukiamas į rezervinį projektų sąrašą.',
    en: 'The funds of the call were not enough for the project; it is placed on the reserve list.',
  },
  'evaluation.reserve.remainderBelowMinimum': {
    lt: 'Lėšų likutis {remainder} Eur mažesnis už mažiausią vienam projektui skiriamą sumą {minimum} Eur, projektas įtraukiamas į rezervinį projektų sąrašą.',
    en: 'The remainder of EUR {remainder} is below the minimum per project of EUR {minimum}; the project is placed on the reserve list.',
  },
  'evaluation.passMark.notReached': {
    lt: 'Projektas nesurinko Konkurso apraše nustatyto minimalaus balų skaičiaus ({passMark}); balų vidurkis {average}.',
    en: 'The project did not reach the minimum score set in the call description ({passMark}); average score {average}.',
  },
  'evaluation.passMark.summary': {
    lt: 'Minimalus balų vidurkis {passMark}; jo nepasiekė projektų: {count}.',
    en: 'Minimum average score {passMark}; {count} projects did not reach it.',
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
    lt: 'Paraiška įvertinta {count} vertintojo (-ų), reikia bent {required}; reikalingas dar vienas vertintojas.',
    en: 'The application has {count} evaluation(s) and needs at least {required}; a further evaluator is needed.',
  },
  'evaluation.divergence.needsAnother': {
    lt: 'Vertintojų balai skiriasi {difference} balo, daugiau nei leidžiama ({threshold}); paraišką turi įvertinti dar vienas vertintojas.',
    en: 'The evaluators’ totals differ by {difference} points, more than the allowed {threshold}; a further evaluator must score the application.',
  },
  'evaluation.divergence.resolved': {
    lt: 'Vertintojų balai skyrėsi {difference} balo (leidžiama {threshold}); galutinis balas apskaičiuotas taikant taisyklę „{policy}“ iš {count} vertinimų.',
    en: 'The evaluators’ totals differed by {difference} points (allowed {threshold}); the final score follows the rule “{policy}” over {count} evaluations.',
  },
  'evaluation.divergence.summary': {
    lt: 'Vertintojų balų skirtumo riba {threshold}; papildomo vertintojo laukia: {pending}; išspręsta: {resolved}.',
    en: 'Evaluator divergence limit {threshold}; waiting for a further evaluator: {pending}; resolved: {resolved}.',
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
