// The text of a row's message, rendered when it is read. A ranking of 100,000 applications makes a message
// for nearly every row, and few of those texts are ever read (the API returns pages, the summary renders its
// own); building each string up front cost more time and memory than anything else per row. Internal.
import { type MessageParams, renderMessage, type TraceReason } from '@talka/core'
import { type EvaluationMessageKey, evaluationMessages } from './messages.js'

type Lang = 'lt' | 'en'

// Templates split once per key and language: ['text', 'placeholder', 'text', …].
const templates: Record<Lang, Map<string, readonly string[]>> = { lt: new Map(), en: new Map() }

/** The same text as core's `renderMessage`, from the split template. */
export function renderText(key: EvaluationMessageKey, params: MessageParams, lang: Lang): string {
  let parts = templates[lang].get(key)
  if (!parts) {
    parts = evaluationMessages[key][lang].split(/\{(\w+)\}/)
    templates[lang].set(key, parts)
  }
  let text = parts[0]!
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]!]
    // core's renderMessage names the missing value in its error.
    if (value === undefined) return renderMessage(evaluationMessages, key, params, lang)
    text += String(value) + parts[i + 1]!
  }
  return text
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
