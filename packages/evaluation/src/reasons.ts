// Building trace.v1 reasons for rows and for the ranking trace, with the call's or the default citation. Internal.
import type { LegalRef, MessageParams, TraceReason } from '@talka/core'
import { evaluationSources } from './legal-refs.js'
import { lazyMessage, renderText } from './message-text.js'
import { type EvaluationMessageKey, evaluationMessages } from './messages.js'

/** The rules of the package, by the short name the call's `legalRefs` use. */
export type RuleName =
  | 'scoring'
  | 'passMark'
  | 'divergence'
  | 'formalCheck'
  | 'cutOff'
  | 'lastProject'
  | 'reserve'
  | 'ties'

/** Catalog rule ids by rule name. */
export const RULE_IDS: Readonly<Record<RuleName, string>> = {
  scoring: 'evaluation.scoring',
  passMark: 'evaluation.pass-mark',
  divergence: 'evaluation.divergence',
  formalCheck: 'evaluation.formal-check',
  cutOff: 'evaluation.cut-off',
  lastProject: 'evaluation.last-project',
  reserve: 'evaluation.reserve-list',
  ties: 'evaluation.ties',
}

/** The package's own citation of each rule, used where the call gives none. */
export const DEFAULT_REFS: Readonly<Record<RuleName, LegalRef>> = {
  scoring: evaluationSources.kedainiai2024Decree,
  passMark: evaluationSources.pilot2022PassMark,
  divergence: evaluationSources.sadmModelRules,
  formalCheck: evaluationSources.pilot2022,
  cutOff: evaluationSources.pilot2022,
  lastProject: evaluationSources.taurage2022Decision,
  reserve: evaluationSources.kedainiai2024Decree,
  ties: {
    ...evaluationSources.pilot2022,
    note:
      'No tie-break provision was found in the stored sources; the call must state one. Without it, ties at ' +
      'the funding line are reported, not broken.',
  },
}

/** The params of a message without placeholders; reasons made with it share one message object per key. */
export const NO_PARAMS: Readonly<Record<string, never>> = Object.freeze({})

/** Makes reasons for one ranking, rendering messages in one language and citing the call's references. */
export class ReasonFactory {
  readonly #lang: 'lt' | 'en'
  readonly #refs: Readonly<Record<RuleName, LegalRef>>

  constructor(lang: 'lt' | 'en', callRefs: Readonly<Record<string, LegalRef | undefined>>) {
    this.#lang = lang
    const refs = { ...DEFAULT_REFS }
    for (const name of Object.keys(DEFAULT_REFS) as RuleName[]) {
      const given = callRefs[name]
      if (given) refs[name] = given
    }
    this.#refs = refs
  }

  ref(rule: RuleName): LegalRef {
    return this.#refs[rule]
  }

  make(
    rule: RuleName,
    result: string,
    key: EvaluationMessageKey,
    params: MessageParams,
    facts: Readonly<Record<string, unknown>>,
  ): TraceReason {
    return {
      ruleId: RULE_IDS[rule],
      result,
      facts: facts as Record<string, unknown>,
      ref: this.#refs[rule],
      message: params === NO_PARAMS ? this.#fixedMessage(key) : lazyMessage(key, params, this.#lang),
    }
  }

  // A message without parameters is one shared object per key (every reserve-list row carries the same one).
  readonly #fixed = new Map<string, TraceReason['message']>()

  #fixedMessage(key: EvaluationMessageKey): TraceReason['message'] {
    let message = this.#fixed.get(key)
    if (!message) {
      message = { key, params: NO_PARAMS, text: renderText(key, NO_PARAMS, this.#lang) }
      this.#fixed.set(key, message)
    }
    return message
  }
}

/** A reason's text in `lang`: re-rendered from its key when the key is the package's, else as stored. */
export function reasonText(reason: TraceReason, lang: 'lt' | 'en'): string {
  if (Object.hasOwn(evaluationMessages, reason.message.key)) {
    return renderText(reason.message.key as EvaluationMessageKey, reason.message.params, lang)
  }
  return reason.message.text
}
