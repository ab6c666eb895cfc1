import type { Lang, MessageParams } from '@talka/core'
import { renderMessage } from '@talka/core'
import type { z } from 'zod'
import type { ReportIssue } from './report-issue.js'
import { SCHEMA_MESSAGES, type SchemaMessageKey } from './schema-messages.js'

const BY_ENGLISH = new Map<string, SchemaMessageKey>(
  Object.entries(SCHEMA_MESSAGES).map(([key, text]) => [text.en, key as SchemaMessageKey]),
)

const TYPE_NAMES: Record<string, { lt: string; en: string }> = {
  string: { lt: 'tekstas', en: 'text' },
  number: { lt: 'skaičius', en: 'a number' },
  int: { lt: 'sveikasis skaičius', en: 'a whole number' },
  array: { lt: 'sąrašas', en: 'a list' },
  object: { lt: 'objektas', en: 'an object' },
  boolean: { lt: 'taip / ne', en: 'true or false' },
}

type LooseIssue = {
  code: string
  path: PropertyKey[]
  message: string
  expected?: string
  origin?: string
  minimum?: number | bigint
  maximum?: number | bigint
  values?: unknown[]
  keys?: string[]
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current = data
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[key]
  }
  return current
}

function issue(
  path: (string | number)[],
  key: SchemaMessageKey,
  params: MessageParams,
  lang: Lang,
): ReportIssue {
  return {
    path,
    code: key,
    message: renderMessage(SCHEMA_MESSAGES, key, params, lang),
    severity: 'error',
    params,
  }
}

/** Maps zod issues to report issues with stable codes (`schema.*`) and lt/en messages. */
export function toReportIssues(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  lang: Lang,
): ReportIssue[] {
  const result: ReportIssue[] = []
  for (const raw of issues) {
    const zi = raw as unknown as LooseIssue
    const path = zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as (string | number)[]
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys ?? [])
        result.push(issue([...path, key], 'schema.unknown-field', { key }, lang))
      continue
    }
    if (zi.code === 'invalid_type' && valueAt(data, path) === undefined) {
      result.push(issue(path, 'schema.required', {}, lang))
      continue
    }
    const custom = BY_ENGLISH.get(zi.message)
    if (custom) {
      const params: Record<string, number> = {}
      if (zi.minimum !== undefined) params.minimum = Number(zi.minimum)
      if (zi.maximum !== undefined) params.maximum = Number(zi.maximum)
      result.push(issue(path, custom, params, lang))
      continue
    }
    switch (zi.code) {
      case 'invalid_type': {
        if (zi.expected === 'int') {
          result.push(issue(path, 'schema.not-an-integer', {}, lang))
          break
        }
        const name = TYPE_NAMES[zi.expected ?? '']?.[lang] ?? String(zi.expected)
        result.push(issue(path, 'schema.invalid-type', { expected: name }, lang))
        break
      }
      case 'too_small':
        result.push(
          zi.origin === 'array'
            ? issue(path, 'schema.too-few-items', { minimum: Number(zi.minimum) }, lang)
            : zi.origin === 'string'
              ? issue(path, 'schema.text', {}, lang)
              : issue(path, 'schema.too-small', { minimum: Number(zi.minimum) }, lang),
        )
        break
      case 'too_big':
        result.push(issue(path, 'schema.too-big', { maximum: Number(zi.maximum) }, lang))
        break
      case 'invalid_value':
        result.push(
          issue(path, 'schema.invalid-option', { options: (zi.values ?? []).map(String).join(', ') }, lang),
        )
        break
      default:
        result.push(issue(path, 'schema.invalid', {}, lang))
    }
  }
  return result
}
