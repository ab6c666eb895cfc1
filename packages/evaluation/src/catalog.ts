import { defaultRefs } from '@talka/calls'
import {
  type CatalogEntry,
  defineParameter,
  describeParameter,
  type LegalRef,
  type MessageCatalog,
  type ParameterDefinition,
  type RuleDescriptor,
} from '@talka/core'
import { evaluationSources } from './legal-refs.js'
import { type EvaluationMessageKey, evaluationMessages } from './messages.js'
import { RULE_IDS } from './reasons.js'

// Where a call is silent, reasons cite the ministry's model description or action plan (`@talka/calls`'
// `citationFor`); the catalog's rule pages cite the same acts. No municipality's act is cited for the rules.
const MODEL_REFS: readonly [LegalRef, ...LegalRef[]] = [
  defaultRefs.pilot2022Description,
  defaultRefs.plan2023to2025,
]

const PACKAGE = '@talka/evaluation'

function messages(...keys: EvaluationMessageKey[]): MessageCatalog {
  return Object.fromEntries(keys.map((k) => [k, evaluationMessages[k]]))
}

/**
 * The rules of `@talka/evaluation` as catalog entries (API `GET /v1/rules`, the docs' rule pages): scoring,
 * the divergence rule, the formal-check gate, the pass mark, the cut-off, the last project's remainder, the
 * reserve list and ties — each with its legal references and messages in both languages.
 *
 * @example
 * ```ts
 * import { checkCatalog } from '@talka/core'
 * import { evaluationRules } from '@talka/evaluation'
 * checkCatalog(evaluationRules) // []
 * ```
 */
export const evaluationRules: readonly RuleDescriptor[] = [
  {
    kind: 'rule',
    id: RULE_IDS.scoring,
    package: PACKAGE,
    title: { lt: 'Vertinimas balais ir balų vidurkis', en: 'Scoring and the average score' },
    description: {
      lt:
        'Kiekvienas balas turi būti kriterijaus balų ribose; vertintojo suma – svertinė (jei kvietime nustatyti ' +
        'svoriai) arba paprasta balų suma; paraiškos balas – tikslus vertintojų sumų vidurkis, skelbiamas vieno ' +
        'skaitmens po kablelio tikslumu. Neįvertinta paraiška laukia vertintojo.',
      en:
        'Every score must lie within its criterion’s range; an evaluator’s total is the weighted sum (where the ' +
        'call sets weights) or the plain sum; the application’s score is the exact average of the totals, shown ' +
        'to one decimal as published. An application without enough evaluations waits for an evaluator.',
    },
    facts: ['call.evaluation.criteria', 'applications[].evaluations'],
    refs: [...MODEL_REFS, evaluationSources.sadmModelRules],
    messages: messages('evaluation.evaluations.tooFew'),
  },
  {
    kind: 'rule',
    id: RULE_IDS.divergence,
    package: PACKAGE,
    title: { lt: 'Vertintojų balų skirtumas', en: 'Evaluator divergence' },
    description: {
      lt:
        'Jei kvietime nustatyta riba ir pirmųjų vertintojų sumos skiriasi daugiau, paraišką vertina dar vienas ' +
        'vertintojas; tada balas – dviejų artimiausių arba visų vertinimų vidurkis, kaip nustato kvietimas. Be ' +
        'kvietimo parametro ši taisyklė netaikoma.',
      en:
        'Where the call sets a limit and the first evaluators’ totals differ by more, a further evaluator scores ' +
        'the application; the score is then the average of the two closest or of all evaluations, as the call ' +
        'says. Without the call parameter there is no such rule.',
    },
    facts: ['call.evaluation.divergence', 'applications[].evaluations'],
    refs: [evaluationSources.sadmModelRules],
    messages: messages(
      'evaluation.divergence.needsAnother',
      'evaluation.divergence.resolvedClosestTwo',
      'evaluation.divergence.resolvedAverageAll',
      'evaluation.divergence.summary',
      'evaluation.divergence.none',
    ),
  },
  {
    kind: 'rule',
    id: RULE_IDS.formalCheck,
    package: PACKAGE,
    title: { lt: 'Atitiktis formaliesiems kriterijams', en: 'Formal check' },
    description: {
      lt:
        'Paraiška, neatitikusi formaliųjų reikalavimų, nefinansuojama (pridedamos atitikties vertinimo ' +
        'priežastys); paraiška, kurios atitiktis dar nenustatyta, nereitinguojama.',
      en:
        'An application that failed the formal check is not funded (the check’s reasons are attached); one whose ' +
        'check is not complete is not ranked.',
    },
    facts: ['applications[].formalCheck'],
    refs: MODEL_REFS,
    messages: messages(
      'evaluation.formalCheck.failed',
      'evaluation.formalCheck.undetermined',
      'evaluation.formalCheck.summary',
    ),
  },
  {
    kind: 'rule',
    id: RULE_IDS.passMark,
    package: PACKAGE,
    title: { lt: 'Minimalus balų skaičius', en: 'Pass mark' },
    description: {
      lt: 'Projektas, kurio balų vidurkis mažesnis už Konkurso apraše nustatytą minimalų, nefinansuojamas.',
      en: 'A project whose average score is below the minimum set in the call description is not funded.',
    },
    facts: ['call.evaluation.passMark', 'average'],
    // The 2022 pilot description sets the pass mark in point 28; from 2023 the call states it under the
    // 2023–2025 action plan. A reason cites the call's own point (`citationFor(call, 'passMark')`).
    refs: [evaluationSources.pilot2022PassMark, defaultRefs.plan2023to2025],
    messages: messages('evaluation.passMark.notReached', 'evaluation.passMark.summary'),
  },
  {
    kind: 'rule',
    id: RULE_IDS.criterionMinimum,
    package: PACKAGE,
    title: { lt: 'Kriterijaus minimalus balas', en: 'Per-criterion minimum score' },
    description: {
      lt:
        'Jei kvietimas nustato kriterijaus minimalų balą, projektas, kurio to kriterijaus balų vidurkis mažesnis, ' +
        'nefinansuojamas, kad ir koks būtų bendras balas.',
      en:
        'Where the call sets a minimum score for a criterion, a project whose average on that criterion is ' +
        'below it is not funded, whatever its total.',
    },
    facts: ['call.evaluation.criteria[].minimumScore', 'applications[].evaluations'],
    refs: MODEL_REFS,
    messages: messages('evaluation.criterion.belowMinimum', 'evaluation.criterion.summary'),
  },
  {
    kind: 'rule',
    id: RULE_IDS.cutOff,
    package: PACKAGE,
    title: { lt: 'Finansavimas pagal eilę iki lėšų ribos', en: 'Funding down the list to the budget line' },
    description: {
      lt:
        'Projektai finansuojami balų mažėjimo tvarka, kiekvienam skiriant prašomą sumą, bet ne daugiau už ' +
        'didžiausią vienam projektui galimą sumą, kol pakanka lėšų. Pagal griežtą tvarką netilpęs projektas ' +
        'sustabdo finansavimą; pasirinktinai (kvietimo parametras) galima finansuoti žemiau esantį mažesnį projektą.',
      en:
        'Projects are funded in order of score, each at its requested amount capped by the maximum per project, ' +
        'while the budget lasts. Under the strict order the first project that does not fit ends the funding; as ' +
        'a call option, a smaller project further down may be funded instead.',
    },
    facts: [
      'call.budget',
      'call.amounts.maxPerProject',
      'call.evaluation.fundingOrder',
      'applications[].requested',
    ],
    refs: MODEL_REFS,
    messages: messages(
      'evaluation.cutOff.funded',
      'evaluation.cutOff.skippedAhead',
      'evaluation.cutOff.summary',
      'evaluation.cutOff.fundingOrderUnstated',
    ),
  },
  {
    kind: 'rule',
    id: RULE_IDS.amounts,
    package: PACKAGE,
    title: { lt: 'Didžiausią sumą viršijanti paraiška', en: 'A request above the maximum' },
    description: {
      lt:
        'Kvietimas nustato, ar didžiausią vienam projektui galimą sumą viršijančiai paraiškai skiriama ne daugiau ' +
        'už didžiausią sumą, ar ji atmetama. Jei kvietime tai nenustatyta, paraiška nereitinguojama.',
      en:
        'The call says whether a request above the maximum per project is funded at most the maximum or ' +
        'rejected. Where the call is silent, the application is not ranked.',
    },
    facts: ['call.amounts.overMaximum', 'call.amounts.maxPerProject', 'applications[].requested'],
    refs: MODEL_REFS,
    messages: messages(
      'evaluation.cutOff.fundedCapped',
      'evaluation.amounts.overMaximumRejected',
      'evaluation.amounts.overMaximumUnstated',
      'evaluation.amounts.summary',
    ),
  },
  {
    kind: 'rule',
    id: RULE_IDS.eligibleAmount,
    package: PACKAGE,
    title: { lt: 'Komisijos sumažinta suma', en: 'The amount reduced by the commission' },
    description: {
      lt:
        'Jei komisija, įvertinusi išlaidų tinkamumą, pripažino tinkama mažesnę sumą, projektui skiriama ne ' +
        'daugiau už ją (ir ne daugiau už didžiausią vienam projektui galimą sumą).',
      en:
        'Where the commission found a lower amount eligible after the cost check, the project gets at most ' +
        'that amount (and at most the maximum per project).',
    },
    facts: ['applications[].eligibleAmount', 'applications[].requested'],
    refs: MODEL_REFS,
    messages: messages('evaluation.cutOff.fundedReduced'),
  },
  {
    kind: 'rule',
    id: RULE_IDS.envelopes,
    package: PACKAGE,
    title: { lt: 'Seniūnijų lėšos', en: 'Eldership envelopes' },
    description: {
      lt:
        'Kai kvietimo lėšos paskirstytos seniūnijoms, paraiškos varžosi savo seniūnijos lėšų ribose pagal jos ' +
        'mažiausią ir didžiausią sumą; nepanaudotos lėšos grąžinamos arba sujungiamos likusiems projektams, kaip ' +
        'nustato kvietimas.',
      en:
        'Where the call’s money is split into eldership envelopes, applications compete within their envelope ' +
        'under its own minimum and maximum; unspent money is returned or pooled for the rest, as the call says.',
    },
    facts: ['call.budget.envelopes', 'call.budget.unspent', 'applications[].envelope'],
    refs: MODEL_REFS,
    messages: messages(
      'evaluation.envelope.summary',
      'evaluation.envelope.pooled',
      'evaluation.envelope.pooledSummary',
      'evaluation.envelope.returnedSummary',
      'evaluation.envelope.unspentUnstated',
    ),
  },
  {
    kind: 'rule',
    id: RULE_IDS.lastProject,
    package: PACKAGE,
    title: { lt: 'Lėšų likutis paskutiniam projektui', en: 'The remainder for the last project' },
    description: {
      lt:
        'Jei kvietimas taip numato, kitam eilėje projektui, kuriam visos sumos neužtenka, siūlomas lėšų likutis, ' +
        'jei jis ne mažesnis už mažiausią vienam projektui skiriamą sumą ir pareiškėjas sutinka.',
      en:
        'Where the call says so, the next project that does not fit is offered the remainder, if it is at least ' +
        'the minimum per project and the applicant accepts.',
    },
    facts: ['call.evaluation.lastProject', 'call.amounts.minPerProject'],
    refs: MODEL_REFS,
    messages: messages(
      'evaluation.lastProject.remainder',
      'evaluation.lastProject.partial',
      'evaluation.lastProject.unstated',
      'evaluation.lastProject.minimumUnstated',
      'evaluation.lastProject.summaryRemainder',
      'evaluation.lastProject.summaryPartial',
      'evaluation.lastProject.summaryReserve',
      'evaluation.lastProject.summaryUnstated',
    ),
  },
  {
    kind: 'rule',
    id: RULE_IDS.reserve,
    package: PACKAGE,
    title: { lt: 'Rezervinių projektų sąrašas', en: 'Reserve list' },
    description: {
      lt: 'Minimalų balą surinkę, bet lėšų negavę projektai įtraukiami į rezervinį sąrašą balų mažėjimo tvarka.',
      en: 'Projects that reached the pass mark but were not funded go on the reserve list in order of score.',
    },
    facts: ['rank', 'call.budget', 'call.evaluation.reserve'],
    refs: MODEL_REFS,
    messages: messages(
      'evaluation.reserve.budgetExhausted',
      'evaluation.reserve.remainderBelowMinimum',
      'evaluation.reserve.proposed',
      'evaluation.reserve.noList',
      'evaluation.reserve.promoted',
      'evaluation.reserve.promotedRemainder',
      'evaluation.reserve.promotionSummary',
    ),
  },
  {
    kind: 'rule',
    id: RULE_IDS.ties,
    package: PACKAGE,
    title: { lt: 'Lygiosios', en: 'Ties' },
    description: {
      lt:
        'Vienodą balą surinkusių projektų eilė nustatoma kvietimo taisykle (kriterijaus balai, pateikimo laikas, ' +
        'burtai su užfiksuota sėkla). Jei taisyklės nėra, lygiosios ties finansavimo riba neišsprendžiamos, o ' +
        'pranešamos kartu su lygiųjų grupe.',
      en:
        'The order of projects with equal scores follows the call’s rule (a criterion’s score, submission time, ' +
        'a lot with a recorded seed). Without one, ties at the funding line are not broken but reported with the ' +
        'tie group.',
    },
    facts: ['call.evaluation.tiesAtBudgetLine', 'average'],
    refs: MODEL_REFS,
    messages: messages(
      'evaluation.tie.unresolved',
      'evaluation.tie.dependsOn',
      'evaluation.tie.broken',
      'evaluation.tie.summary',
      'evaluation.tie.reported',
      'evaluation.tie.splitEqually',
      'evaluation.tie.splitProportionally',
      'evaluation.tie.splitSummary',
    ),
  },
]

/**
 * Published per-project amounts of the community-organisation pilot calls, dated and sourced: the 2023 call
 * notice states a minimum of EUR 1000 and a maximum of EUR 3000 per project. Use them as call parameters;
 * a municipality's own call may differ.
 *
 * @example
 * ```ts
 * import { ParameterStore } from '@talka/core'
 * import { evaluationParameters } from '@talka/evaluation'
 * new ParameterStore(evaluationParameters).at<string>('evaluation.pilot.max-per-project', '2023-06-01').value // '3000.00'
 * ```
 */
export const evaluationParameters: readonly ParameterDefinition[] = [
  defineParameter<string>({
    id: 'evaluation.pilot.min-per-project',
    package: PACKAGE,
    unit: 'EUR',
    title: { lt: 'Mažiausia projekto suma (bandomasis modelis)', en: 'Minimum per project (pilot model)' },
    values: [
      { from: '2023-01-01', to: '2023-12-31', value: '1000.00', ref: evaluationSources.pilot2023Call },
    ],
  }),
  defineParameter<string>({
    id: 'evaluation.pilot.max-per-project',
    package: PACKAGE,
    unit: 'EUR',
    title: { lt: 'Didžiausia projekto suma (bandomasis modelis)', en: 'Maximum per project (pilot model)' },
    values: [
      { from: '2023-01-01', to: '2023-12-31', value: '3000.00', ref: evaluationSources.pilot2023Call },
    ],
  }),
]

/**
 * Every rule and parameter of `@talka/evaluation` for the API and the docs.
 *
 * @example
 * ```ts
 * import { checkCatalog } from '@talka/core'
 * import { evaluationCatalog } from '@talka/evaluation'
 * checkCatalog(evaluationCatalog) // []
 * ```
 */
export const evaluationCatalog: readonly CatalogEntry[] = [
  ...evaluationRules,
  ...evaluationParameters.map(describeParameter),
]
