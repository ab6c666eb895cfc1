import { localizedIssue, type MessageCatalog } from '@talka/core'

/**
 * The lt/en texts of the call schema's cross-field checks (keys `calls.issue.*`). The English text is
 * the zod issue's message; core's parsers give the Lithuanian one when the parse context asks for
 * `lang: 'lt'` (the HTTP API and the docs tools do). Written for an officer filling in a call, without
 * field names.
 *
 * @example
 * ```ts
 * import { renderMessage } from '@talka/core'
 * import { callIssueMessages } from '@talka/calls'
 * renderMessage(callIssueMessages, 'calls.issue.duplicate-criterion', {}, 'lt') // 'Tas pats kriterijus nurodytas du kartus.'
 * ```
 */
export const callIssueMessages: MessageCatalog = {
  'calls.issue.submission-until-before-from': {
    lt: 'Paraiškų priėmimo pabaigos diena ankstesnė už pradžios dieną.',
    en: 'submissionUntil is before submissionFrom',
  },
  'calls.issue.max-below-min': {
    lt: 'Didžiausia suma projektui mažesnė už mažiausią sumą projektui.',
    en: 'maxPerProject is below minPerProject',
  },
  'calls.issue.max-above-envelope': {
    lt: 'Didžiausia suma projektui viršija seniūnijai skirtas lėšas.',
    en: "maxPerProject is above the envelope's amount",
  },
  'calls.issue.duplicate-envelope': {
    lt: 'Ta pati seniūnijos lėšų dalis nurodyta du kartus.',
    en: 'Duplicate envelope id',
  },
  'calls.issue.cap-needs-limit': {
    lt: 'Išlaidų ribai reikia nurodyti didžiausią dalį arba didžiausią sumą.',
    en: 'A cap needs maxShare or maxAmount',
  },
  'calls.issue.period-until-before-from': {
    lt: 'Laikotarpio pabaiga ankstesnė už jo pradžią.',
    en: 'until is before from',
  },
  'calls.issue.duplicate-cap-category': {
    lt: 'Ta pati išlaidų kategorija apribota du kartus.',
    en: 'Duplicate cap category',
  },
  'calls.issue.caps-share-total': {
    lt: 'Visų išlaidų ribų dalys kartu turi būti mažesnės nei visa dotacija.',
    en: 'The shares of all caps must add up to less than 1',
  },
  'calls.issue.weight-above-zero': {
    lt: 'Kriterijaus svoris turi būti didesnis už nulį.',
    en: 'Expected a weight above zero',
  },
  'calls.issue.criterion-max-above-min': {
    lt: 'Didžiausias kriterijaus balas turi būti didesnis už mažiausią.',
    en: 'max must be above min',
  },
  'calls.issue.minimum-score-outside': {
    lt: 'Mažiausias reikalaujamas balas nepatenka į kriterijaus balų ribas.',
    en: "minimumScore is outside the criterion's range",
  },
  'calls.issue.percentage-at-most-hundred': {
    lt: 'Procentai negali viršyti šimto.',
    en: 'A percentage is at most 100',
  },
  'calls.issue.proposed-needs-reserve': {
    lt: 'Siūloma suma galima tik tada, kai sudaromas rezervinis sąrašas.',
    en: 'A proposed amount needs a reserve list',
  },
  'calls.issue.duplicate-criterion': {
    lt: 'Tas pats kriterijus nurodytas du kartus.',
    en: 'Duplicate criterion id',
  },
  'calls.issue.pass-mark-outside': {
    lt: 'Minimalus balas nepatenka į kriterijų svertinės balų sumos ribas.',
    en: 'The pass mark is outside the range of the weighted total of the criteria',
  },
  'calls.issue.duplicate-tie-key': {
    lt: 'Tas pats vienodų balų skyrimo būdas nurodytas du kartus.',
    en: 'Duplicate tie-break key',
  },
  'calls.issue.lot-last': {
    lt: 'Burtai gali būti tik paskutinis vienodų balų skyrimo būdas.',
    en: 'A lot must be the last tie-break key',
  },
  'calls.issue.unknown-tie-criterion': {
    lt: 'Vienodų balų skyrimo būde nurodytas nežinomas kriterijus.',
    en: 'Unknown criterion id in the tie-break key',
  },
  'calls.issue.envelopes-min-per-envelope': {
    lt: 'Kai lėšos skirstomos seniūnijoms, mažiausia suma projektui nustatoma kiekvienai seniūnijai atskirai.',
    en: 'With envelopes, minPerProject is set per envelope',
  },
  'calls.issue.envelopes-max-per-envelope': {
    lt: 'Kai lėšos skirstomos seniūnijoms, didžiausia suma projektui nustatoma kiekvienai seniūnijai atskirai.',
    en: 'With envelopes, maxPerProject is set per envelope',
  },
  'calls.issue.min-above-budget': {
    lt: 'Mažiausia suma projektui viršija kvietimo biudžetą.',
    en: 'minPerProject is above the budget',
  },
  'calls.issue.activity-outside-year': {
    lt: 'Veiklų laikotarpis nepatenka į kvietimo biudžetinius metus.',
    en: "The activity period does not overlap the call's budget year",
  },
}

/** The message and params of a custom issue with this catalog's text (core's `localizedIssue`). @internal */
export const callIssue = (name: string) => localizedIssue(callIssueMessages, `calls.issue.${name}`)
