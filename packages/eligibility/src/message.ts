import type { Lang, MessageParams } from '@talka/core'
import { renderEligibilityMessage } from './messages.js'

const NO_PARAMS: MessageParams = /* @__PURE__ */ Object.freeze({})

/**
 * The message of a reason: its key and parameters, and the text in the verdict's language, rendered
 * by core's renderer the first time `text` is read (and kept). A verdict that is only tested for its
 * outcome never renders a text; `JSON.stringify` writes `{ key, params, text }` (trace.v1).
 *
 * @example
 * ```ts
 * import { checkEligibility } from '@talka/eligibility'
 * const message = checkEligibility('ngo-fund-2023/applicant', { ngoMark: false }, { asOf: '2023-04-06' })
 *   .reasons[0]?.message
 * message?.text // rendered here: 'Pareiškėjas Juridinių asmenų registre nėra įregistravęs žymos, …'
 * ```
 */
export class ReasonMessage {
  readonly key: string
  readonly params: MessageParams
  readonly #lang: Lang
  #text: string | undefined

  constructor(key: string, params: MessageParams | undefined, lang: Lang) {
    this.key = key
    this.params = params ?? NO_PARAMS
    this.#lang = lang
  }

  /** The text in the verdict's language (rendered on first read). */
  get text(): string {
    if (this.#text === undefined) this.#text = renderEligibilityMessage(this.key, this.params, this.#lang)
    return this.#text
  }

  /** The trace.v1 form: `{ key, params, text }`. */
  toJSON(): { key: string; params: MessageParams; text: string } {
    return { key: this.key, params: this.params, text: this.text }
  }
}
