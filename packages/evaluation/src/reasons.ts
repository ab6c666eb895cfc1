// Building trace.v1 reasons for rows and for the ranking trace, each citing the call's own reference for the
// policy behind it (`@talka/calls`' `citationFor`): the call's description and point where the call states
// the policy, else the ministry's model description or the law, never another municipality's act. Internal.
import { type CallCitation, type CallPolicy, type CitationScope, citationFor } from '@talka/calls'
import type { LegalRef, MessageParams, TraceReason } from '@talka/core'
import { lazyMessage, renderText } from './message-text.js'
import { type EvaluationMessageKey, evaluationMessages } from './messages.js'
import type { PreparedCall } from './prepared-input.js'

/** The rules of the package, by short name. */
export type RuleName =
  | 'scoring'
  | 'passMark'
  | 'criterionMinimum'
  | 'divergence'
  | 'formalCheck'
  | 'amounts'
  | 'eligibleAmount'
  | 'cutOff'
  | 'envelopes'
  | 'lastProject'
  | 'reserve'
  | 'ties'

/** Catalog rule ids by rule name. */
export const RULE_IDS: Readonly<Record<RuleName, string>> = {
  scoring: 'evaluation.scoring',
  passMark: 'evaluation.pass-mark',
  criterionMinimum: 'evaluation.criterion-minimum',
  divergence: 'evaluation.divergence',
  formalCheck: 'evaluation.formal-check',
  amounts: 'evaluation.over-maximum',
  eligibleAmount: 'evaluation.eligible-amount',
  cutOff: 'evaluation.cut-off',
  envelopes: 'evaluation.envelopes',
  lastProject: 'evaluation.last-project',
  reserve: 'evaluation.reserve-list',
  ties: 'evaluation.ties',
}

/** The call policy each rule cites (the names of `@talka/calls`' `CALL_POLICIES`). */
export const RULE_POLICIES: Readonly<Record<RuleName, CallPolicy>> = {
  scoring: 'scoring',
  passMark: 'passMark',
  criterionMinimum: 'scoring',
  divergence: 'divergence',
  formalCheck: 'formalCheck',
  amounts: 'overMaximum',
  eligibleAmount: 'costs',
  cutOff: 'fundingOrder',
  envelopes: 'unspent',
  lastProject: 'lastProject',
  reserve: 'reserve',
  ties: 'tiesAtBudgetLine',
}

/** The params of a message without placeholders; reasons made with it share one message object per key. */
export const NO_PARAMS: Readonly<Record<string, never>> = Object.freeze({})

/** Makes reasons for one ranking, rendering messages in one language and citing the call's references. */
export class ReasonFactory {
  readonly #lang: 'lt' | 'en'
  readonly #call: PreparedCall['call']
  readonly #citations = new Map<string, CallCitation>()

  constructor(lang: 'lt' | 'en', call: PreparedCall['call']) {
    this.#lang = lang
    this.#call = call
  }

  /** The citation of a rule (optionally for one envelope or criterion), computed once per ranking. */
  citation(rule: RuleName, scope?: CitationScope): CallCitation {
    const key = scope ? `${rule}|${scope.envelope ?? ''}|${scope.criterion ?? ''}` : rule
    let citation = this.#citations.get(key)
    if (!citation) {
      citation = citationFor(this.#call, RULE_POLICIES[rule], scope)
      this.#citations.set(key, citation)
    }
    return citation
  }

  ref(rule: RuleName, scope?: CitationScope): LegalRef {
    return this.citation(rule, scope).ref
  }

  make(
    rule: RuleName,
    result: string,
    key: EvaluationMessageKey,
    params: MessageParams,
    facts: Readonly<Record<string, unknown>>,
    scope?: CitationScope,
  ): TraceReason {
    return {
      ruleId: RULE_IDS[rule],
      result,
      facts: facts as Record<string, unknown>,
      ref: this.ref(rule, scope),
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
