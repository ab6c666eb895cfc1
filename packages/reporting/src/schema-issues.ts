import type { Lang, MessageParams } from '@talka/core'
import { MAX_ISSUES, renderMessage } from '@talka/core'
import type { z } from 'zod'
import { getPath } from './csv/layout.js'
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

/** A schema problem before its message is rendered (rendering is the costly part). */
export interface SchemaFinding {
  readonly path: (string | number)[]
  readonly code: SchemaMessageKey
  readonly params: MessageParams
}

// Core's AmountSchema speaks English; its problems are mapped to reporting's keys.
const CORE_AMOUNT_FORMAT = 'Expected a decimal string with at most 2 decimals'
const CORE_AMOUNT_MAX = 'Expected an amount of at most '
const CORE_AMOUNT_MIN = 'Expected an amount'

function finding(
  path: (string | number)[],
  code: SchemaMessageKey,
  params: MessageParams = {},
): SchemaFinding {
  return { path, code, params }
}

/** The findings of one zod issue (an unknown-keys issue gives one per key). */
function findingsOf(raw: z.core.$ZodIssue, data: unknown, out: (f: SchemaFinding) => void): void {
  const zi = raw as unknown as LooseIssue
  const path = zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as (string | number)[]
  if (zi.code === 'unrecognized_keys') {
    for (const key of zi.keys ?? []) out(finding([...path, key], 'schema.unknown-field', { key }))
    return
  }
  if (zi.code === 'invalid_type' && getPath(data, path) === undefined) {
    out(finding(path, 'schema.required'))
    return
  }
  const custom = BY_ENGLISH.get(zi.message)
  if (custom) {
    const params: Record<string, number> = {}
    if (zi.minimum !== undefined) params.minimum = Number(zi.minimum)
    if (zi.maximum !== undefined) params.maximum = Number(zi.maximum)
    out(finding(path, custom, params))
    return
  }
  if (zi.message.startsWith(CORE_AMOUNT_MAX)) {
    out(finding(path, 'schema.amount-too-large', { maximum: zi.message.slice(CORE_AMOUNT_MAX.length) }))
    return
  }
  if (zi.message.startsWith(CORE_AMOUNT_FORMAT) || zi.message.startsWith(CORE_AMOUNT_MIN)) {
    out(finding(path, 'schema.amount'))
    return
  }
  out(finding(path, ...switchFinding(zi)))
}

function switchFinding(zi: LooseIssue): [SchemaMessageKey, MessageParams?] {
  switch (zi.code) {
    case 'invalid_type':
      return zi.expected === 'int'
        ? ['schema.not-an-integer']
        : ['schema.invalid-type', { expected: zi.expected ?? '' }]
    case 'too_small':
      return zi.origin === 'array'
        ? ['schema.too-few-items', { minimum: Number(zi.minimum) }]
        : zi.origin === 'string'
          ? ['schema.text']
          : ['schema.too-small', { minimum: Number(zi.minimum) }]
    case 'too_big':
      return ['schema.too-big', { maximum: Number(zi.maximum) }]
    case 'invalid_value':
      return ['schema.invalid-option', { options: (zi.values ?? []).map(String).join(', ') }]
    default:
      return ['schema.invalid']
  }
}

/**
 * How many findings a zod issue gives (an unknown-keys issue gives one per key), without building
 * them: what counting past the rendered limit needs.
 */
export function findingCount(raw: z.core.$ZodIssue): number {
  return raw.code === 'unrecognized_keys' ? raw.keys.length : 1
}

/** Visits the findings of one zod issue, in order. */
export function visitFindings(raw: z.core.$ZodIssue, data: unknown, visit: (f: SchemaFinding) => void): void {
  findingsOf(raw, data, visit)
}

/** Every finding of a zod error, in order, with nothing rendered: linear in the issues. */
export function schemaFindings(issues: readonly z.core.$ZodIssue[], data: unknown): SchemaFinding[] {
  const out: SchemaFinding[] = []
  const push = (f: SchemaFinding) => {
    out.push(f)
  }
  for (const raw of issues) findingsOf(raw, data, push)
  return out
}

/** Renders a finding as a report issue in `lang`. */
export function renderFinding(f: SchemaFinding, lang: Lang): ReportIssue {
  const params =
    f.code === 'schema.invalid-type'
      ? { expected: TYPE_NAMES[String(f.params.expected)]?.[lang] ?? String(f.params.expected) }
      : f.params
  return {
    path: f.path,
    code: f.code,
    message: renderMessage(SCHEMA_MESSAGES, f.code, params, lang),
    severity: 'error',
    params,
  }
}

/**
 * Maps zod issues to report issues with stable codes (`schema.*`) and lt/en messages: at most
 * `limit` of them rendered, and the total count.
 */
export function toReportIssues(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  lang: Lang,
  limit: number = MAX_ISSUES,
): { issues: ReportIssue[]; total: number } {
  const kept: ReportIssue[] = []
  let total = 0
  const push = (f: SchemaFinding) => {
    total++
    if (kept.length < limit) kept.push(renderFinding(f, lang))
  }
  for (const raw of issues) findingsOf(raw, data, push)
  return { issues: kept, total }
}
