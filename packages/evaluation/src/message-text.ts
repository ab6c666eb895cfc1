// The text of a row's message, rendered when it is read. A ranking of 100,000 applications makes a message
// for nearly every row, and few of those texts are ever read (the API returns pages, the summary renders its
// own); building each string up front cost more time and memory than anything else per row. Internal.
import { type MessageParams, renderMessage, type TraceReason } from '@talka/core'
import { type EvaluationMessageKey, evaluationMessages } from './messages.js'

type Lang = 'lt' | 'en'

/** The text of a message: core's one renderer (Lithuanian number forms, plurals; a missing value throws). */
export function renderText(key: EvaluationMessageKey, params: MessageParams, lang: Lang): string {
  return renderMessage(evaluationMessages, key, params, lang)
}

type Message = { key: EvaluationMessageKey; params: MessageParams }

// One descriptor per language, shared by every message: the messages keep one hidden class. Assigning `text`
// replaces the accessor with a plain value, as assigning to a data property would.
const textProperty = (lang: Lang): PropertyDescriptor => ({
  get(this: Message): string {
    return renderText(this.key, this.params, lang)
  },
  set(this: Message, value: unknown): void {
    Object.defineProperty(this, 'text', { value, writable: true, enumerable: true, configurable: true })
  },
  enumerable: true,
  configurable: true,
})
const TEXT: Record<Lang, PropertyDescriptor> = { lt: textProperty('lt'), en: textProperty('en') }

/**
 * A trace.v1 message `{ key, params, text }` whose `text` is an enumerable accessor rendered on each read:
 * JSON, structured clone, spread and deep equality see a plain string property.
 */
export function lazyMessage(
  key: EvaluationMessageKey,
  params: MessageParams,
  lang: Lang,
): TraceReason['message'] {
  const message = { key, params }
  Object.defineProperty(message, 'text', TEXT[lang])
  return message as TraceReason['message']
}
