/**
 * The call builder's logic (no Vue): the form is generated from `@talka/calls`' JSON Schema
 * (`callJsonSchema()`), each field labelled by `callFieldLabels` (lt/en, with every fixed value), and
 * the document is checked live with `safeParseCall`; each issue is shown next to the field at its path.
 * Nothing here knows the fields of a call: a new field in the package appears in the form by itself.
 */
import { type CallId, callCatalog, callFieldLabels, callJsonSchema, calls, safeParseCall } from '@talka/calls'
import { en, lt } from 'zod/v4/locales'
import type { Lang, Localized } from './i18n.js'

/** A node of the JSON Schema (2020-12) as `callJsonSchema()` writes it. */
export interface SchemaNode {
  readonly type?: string
  readonly $ref?: string
  readonly const?: unknown
  readonly enum?: readonly string[]
  readonly format?: string
  readonly pattern?: string
  readonly minimum?: number
  readonly maximum?: number
  readonly minItems?: number
  readonly description?: string
  readonly properties?: Readonly<Record<string, SchemaNode>>
  readonly required?: readonly string[]
  readonly items?: SchemaNode
  readonly oneOf?: readonly SchemaNode[]
  readonly anyOf?: readonly SchemaNode[]
}

/** A JSON path inside the call (keys and array indexes). */
export type Path = readonly (string | number)[]

const SCHEMA = callJsonSchema() as unknown as SchemaNode & { $defs: Record<string, SchemaNode> }

/** The schema of a whole call (the `Call` definition). */
export const CALL_SCHEMA: SchemaNode = SCHEMA.$defs.Call as SchemaNode

/** A node with its `$ref` followed, and the name of the definition it came from (`LegalRef`, …). */
export function resolve(node: SchemaNode): { node: SchemaNode; def?: string } {
  if (node.$ref === undefined) return { node }
  const def = node.$ref.replace('#/$defs/', '')
  return { node: SCHEMA.$defs[def] ?? {}, def }
}

/** Whether an object node is a text in both languages (`{ lt, en }`). */
export function isLocalized(node: SchemaNode): boolean {
  const keys = Object.keys(node.properties ?? {})
  return keys.length === 2 && keys.includes('lt') && keys.includes('en')
}

/** The options of a `oneOf`/`anyOf` node, resolved; empty for any other node. */
export function variantsOf(node: SchemaNode): { node: SchemaNode; def?: string }[] {
  return (node.oneOf ?? node.anyOf ?? []).map(resolve)
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Whether a value has the shape of one option (its constants, its required keys, no foreign key). */
function fits(option: SchemaNode, value: unknown): boolean {
  if (option.type === 'object' || option.properties) {
    if (!isObject(value)) return false
    const props = option.properties ?? {}
    for (const [key, child] of Object.entries(props)) {
      if (child.const !== undefined && value[key] !== child.const) return false
    }
    return (
      (option.required ?? []).every((key) => key in value) && Object.keys(value).every((key) => key in props)
    )
  }
  if (option.enum) return typeof value === 'string' && option.enum.includes(value)
  if (option.type === 'string') return typeof value === 'string'
  return false
}

/** Which option of a `oneOf`/`anyOf` node a value is (the first that fits; the first one otherwise). */
export function variantIndex(node: SchemaNode, value: unknown): number {
  const index = variantsOf(node).findIndex((v) => fits(v.node, value))
  return index === -1 ? 0 : index
}

/** The value a new field starts with: the required parts only, constants set, empty texts. */
export function emptyValue(input: SchemaNode): unknown {
  const { node } = resolve(input)
  const variants = variantsOf(node)
  if (variants.length > 0) return emptyValue(variants[0]!.node)
  if (node.const !== undefined) return node.const
  if (node.enum) return node.enum[0]
  switch (node.type) {
    case 'object':
      return Object.fromEntries(
        (node.required ?? []).map((key) => [key, emptyValue(node.properties?.[key] ?? {})]),
      )
    case 'array':
      return Array.from({ length: node.minItems ?? 0 }, () => emptyValue(node.items ?? {}))
    case 'integer':
    case 'number':
      return node.minimum ?? 0
    case 'boolean':
      return false
    default:
      return ''
  }
}

/**
 * The key of a field in `callFieldLabels`: dots between keys, `[]` for array items, and inside a
 * definition (`LegalRef`, `CallPointRef`) the definition's name and the field; a text in both
 * languages is `Localized.lt` / `Localized.en`.
 */
export function childKey(parentKey: string, key: string | number): string {
  if (typeof key === 'number') return `${parentKey}[]`
  return parentKey === '' ? key : `${parentKey}.${key}`
}

type Labels = Readonly<
  Record<string, { label: Localized; help?: Localized; values?: Record<string, Localized> }>
>
const LABELS = callFieldLabels as unknown as Labels

/** The label of a field in `lang` (its path as a last resort, which a test rules out). */
export function labelOf(key: string, lang: Lang): string {
  return LABELS[key]?.label[lang] ?? key
}

/** The help text of a field, if the package gives one. */
export function helpOf(key: string, lang: Lang): string | undefined {
  return LABELS[key]?.help?.[lang]
}

/** The label of a fixed value of a field (`amounts.overMaximum` = `cap` → "Skiriama didžiausia suma"). */
export function valueLabelOf(key: string, value: string, lang: Lang): string {
  return LABELS[key]?.values?.[value]?.[lang] ?? value
}

const DEF_LABELS: Readonly<Record<string, Localized>> = {
  CallPointRef: { lt: 'Kvietimo aprašo punktas', en: 'Point of the call description' },
  LegalRef: { lt: 'Teisės aktas', en: 'Legal act' },
}

/** The label of one option of a `oneOf`/`anyOf` field, for the select that switches between them. */
export function variantLabel(key: string, option: { node: SchemaNode; def?: string }, lang: Lang): string {
  if (option.def) return DEF_LABELS[option.def]?.[lang] ?? option.def
  const constant = Object.entries(option.node.properties ?? {}).find(([, child]) => child.const !== undefined)
  if (constant) return valueLabelOf(childKey(key, constant[0]), String(constant[1]!.const), lang)
  if (option.node.enum) return lang === 'lt' ? 'Reikšmė iš sąrašo' : 'A value from the list'
  const first = Object.keys(option.node.properties ?? {})[0]
  return first ? labelOf(childKey(key, first), lang) : key
}

/** The value at a path, or `undefined`. */
export function getAt(root: unknown, path: Path): unknown {
  let value = root
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<string | number, unknown>)[key]
  }
  return value
}

/**
 * Sets (or with `undefined`, removes) the value at a path of a plain JSON object, in place. Keys come
 * from the schema, never from outside; `__proto__`, `constructor` and `prototype` are refused anyway.
 */
export function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  if (path.some((key) => key === '__proto__' || key === 'constructor' || key === 'prototype')) return
  let parent: Record<string | number, unknown> = root
  for (const key of path.slice(0, -1)) {
    const next = parent[key]
    if (typeof next !== 'object' || next === null) return
    parent = next as Record<string | number, unknown>
  }
  const last = path[path.length - 1]
  if (last === undefined) return
  if (value !== undefined) parent[last] = value
  else if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1)
  else delete parent[last]
}

/** A path as the key of the issues map (`budget.envelopes.0.amount`). */
export const pathKey = (path: Path): string => path.join('.')

/** The outcome of checking the document: the call, or the issues by path (and their total). */
export type CallCheck =
  | { readonly ok: true; readonly json: string }
  | { readonly ok: false; readonly issues: ReadonlyMap<string, readonly string[]>; readonly count: number }

const CONTEXTS = { lt: { error: lt().localeError }, en: { error: en().localeError } } as const

/** Checks a call with `safeParseCall` (zod's messages in `lang`); the JSON to export when it is valid. */
export function checkCall(value: unknown, lang: Lang): CallCheck {
  const result = safeParseCall(value, CONTEXTS[lang])
  if (result.success) return { ok: true, json: `${JSON.stringify(value, null, 2)}\n` }
  const issues = new Map<string, string[]>()
  for (const issue of result.error.issues) {
    const key = pathKey(issue.path as Path)
    issues.set(key, [...(issues.get(key) ?? []), issue.message])
  }
  return { ok: false, issues, count: result.error.issueCount ?? result.error.issues.length }
}

/** A new call: the required fields only, for the officer to fill in. */
export function newCall(): Record<string, unknown> {
  return emptyValue(CALL_SCHEMA) as Record<string, unknown>
}

/** The catalog calls offered to start from, as "name (year)". */
export function catalogOptions(lang: Lang): { id: CallId; title: string }[] {
  return callCatalog.map((d) => ({ id: d.id, title: `${d.name[lang]} (${d.year})` }))
}

/** A copy of a catalog call to edit. */
export function catalogCall(id: CallId): Record<string, unknown> {
  return JSON.parse(JSON.stringify(calls[id])) as Record<string, unknown>
}

/** Whether a catalog id is known (own keys only). */
export function isCatalogId(id: string): id is CallId {
  return Object.hasOwn(calls, id)
}

/** The builder's state read back from an address: the call being edited, or `undefined`. */
export function callStateFrom(value: unknown): Record<string, unknown> | undefined {
  if (!isObject(value) || !isObject(value.call)) return undefined
  // Re-read as JSON so the state holds plain data only.
  return JSON.parse(JSON.stringify(value.call)) as Record<string, unknown>
}

/** Where the eligibility and ranking tools find the officer's call (this browser only). */
export const OWN_CALL_STORAGE_KEY = 'talka.ownCall.v1'

export { CALL_BUILDER_TEXT } from './texts.js'
