import { describe, expect, it } from 'vitest'
import { callFieldLabels, callJsonSchema } from './index.js'

type Node = Record<string, unknown>

/** Every field path and the fixed values at it, read from the JSON Schema (the form generator's view). */
function fieldsOf(schema: Node): Map<string, Set<string>> {
  const defs = (schema.$defs ?? {}) as Record<string, Node>
  const out = new Map<string, Set<string>>()
  const add = (path: string, values: string[] = []) => {
    const set = out.get(path) ?? new Set<string>()
    for (const v of values) set.add(v)
    out.set(path, set)
  }
  const walk = (node: Node, path: string, inDef = false): void => {
    const ref = node.$ref as string | undefined
    if (ref) {
      const name = ref.replace('#/$defs/', '')
      if (name === 'Call') {
        walk(defs[name]!, path)
        return
      }
      if (!inDef && out.has(`def:${name}`)) return
      add(`def:${name}`)
      walk(defs[name]!, name, true)
      return
    }
    for (const key of ['anyOf', 'oneOf'] as const) {
      for (const option of (node[key] as Node[] | undefined) ?? []) walk(option, path, inDef)
    }
    if (Array.isArray(node.enum)) add(path, node.enum as string[])
    if (typeof node.const === 'string') add(path, [node.const])
    if (node.items) walk(node.items as Node, `${path}[]`, inDef)
    const props = node.properties as Record<string, Node> | undefined
    if (props) {
      const keys = Object.keys(props)
      if (keys.length === 2 && keys.includes('lt') && keys.includes('en')) {
        add('Localized.lt')
        add('Localized.en')
        return
      }
      for (const [key, child] of Object.entries(props)) {
        const at = path ? `${path}.${key}` : key
        add(at)
        walk(child, at, inDef)
      }
    }
  }
  walk(schema, '')
  for (const key of [...out.keys()]) if (key.startsWith('def:') || key === '') out.delete(key)
  return out
}

describe('callFieldLabels', () => {
  const fields = fieldsOf(callJsonSchema() as Node)
  const labels = callFieldLabels as Record<
    string,
    { label: { lt: string; en: string }; values?: Record<string, unknown> }
  >

  it('the schema walk finds the fields a form needs', () => {
    expect(fields.get('applicants.admitted')).toEqual(
      new Set([
        'community-organisations',
        'community-organisations-then-ngos',
        'ngos-and-religious-communities',
        'traditional-religious-communities',
        'open',
      ]),
    )
    expect(fields.has('budget.envelopes[].maxPerProject')).toBe(true)
    expect(fields.has('LegalRef.kind')).toBe(true)
    expect(fields.size).toBeGreaterThan(100)
  })

  it('every field of the schema has an lt and an en label, and every fixed value its label', () => {
    for (const [path, values] of fields) {
      const entry = labels[path]
      expect(entry, `no label for ${path}`).toBeDefined()
      expect(entry!.label.lt.length * entry!.label.en.length, path).toBeGreaterThan(0)
      for (const value of values) expect(entry!.values?.[value], `${path} = ${value}`).toBeDefined()
    }
  })

  it('no label is left over for a field the schema does not have', () => {
    for (const path of Object.keys(labels)) expect(fields.has(path), path).toBe(true)
  })

  it('Lithuanian labels carry no English codes', () => {
    for (const [path, entry] of Object.entries(labels)) {
      const texts = [
        entry.label.lt,
        ...Object.values(entry.values ?? {}).map((v) => (v as { lt: string }).lt),
      ]
      for (const text of texts)
        expect(text, path).not.toMatch(/\b(true|false|null|undefined)\b|[a-z]+-[a-z]+-/)
    }
  })
})
