import { type LegalRef, LegalRefSchema } from './legal-ref.js'
import { checkMessageCatalog, type Localized, type MessageCatalog } from './messages.js'
import { codedValuesOf } from './parameter-value-label.js'
import type { ParameterDefinition } from './parameters.js'

/**
 * A rule as the catalog shows it (API `GET /v1/rules`, the docs' rule pages): what it decides, in
 * both languages, the facts it reads and its legal references. At least one reference is required
 * by the type.
 *
 * @example
 * ```ts
 * import type { RuleDescriptor } from '@talka/core'
 * const rule: RuleDescriptor = {
 *   kind: 'rule', id: 'eligibility.ngo-fund-2023/applicant.N1', package: '@talka/eligibility',
 *   title: { lt: 'NVO žyma', en: 'NGO mark' }, description: { lt: '…', en: '…' },
 *   facts: ['ngoMark'], refs: [{ act: 'NVO fondo aprašas', point: '9', url: 'https://e-tar.lt/' }],
 *   messages: { 'n1.pass': { lt: 'Turi NVO žymą.', en: 'Has the NGO mark.' } },
 * }
 * ```
 */
export interface RuleDescriptor {
  readonly kind: 'rule'
  /** Globally unique id: `<package short name>.<rule set or area>.<rule id>`. */
  readonly id: string
  readonly package: string
  readonly ruleSet?: string | undefined
  readonly title: Localized
  readonly description: Localized
  readonly facts: readonly string[]
  readonly refs: readonly [LegalRef, ...LegalRef[]]
  /** The messages the rule can produce, in both languages. */
  readonly messages: MessageCatalog
  readonly validFrom?: string | undefined
  readonly validTo?: string | undefined
}

/**
 * A parameter as the catalog shows it: its values by date with their legal references, serialised
 * to JSON (dates as ISO strings).
 *
 * @example
 * ```ts
 * import type { ParameterDescriptor } from '@talka/core'
 * declare const p: ParameterDescriptor
 * p.values.map((v) => `${v.from}…${v.to ?? ''}: ${String(v.value)}`)
 * ```
 */
export interface ParameterDescriptor
  // The descriptive fields (id, package, title, description, unit, valueLabels) are the definition's own.
  extends Pick<ParameterDefinition, 'id' | 'package' | 'title' | 'description' | 'unit' | 'valueLabels'> {
  readonly kind: 'parameter'
  readonly values: readonly {
    readonly from: string
    readonly to: string | null
    readonly value: unknown
    readonly ref: LegalRef
  }[]
}

/**
 * An entry of the rule and parameter catalog.
 *
 * @example
 * ```ts
 * import type { CatalogEntry } from '@talka/core'
 * declare const entries: CatalogEntry[]
 * entries.filter((e) => e.kind === 'rule')
 * ```
 */
export type CatalogEntry = RuleDescriptor | ParameterDescriptor

/**
 * The JSON-serialisable catalog view of a parameter definition.
 *
 * @example
 * ```ts
 * import { describeParameter } from '@talka/core'
 * declare const def: import('@talka/core').ParameterDefinition
 * describeParameter(def).values[0]?.from
 * ```
 */
export function describeParameter(definition: ParameterDefinition): ParameterDescriptor {
  return {
    kind: 'parameter',
    id: definition.id,
    package: definition.package,
    title: definition.title,
    ...(definition.description ? { description: definition.description } : {}),
    ...(definition.unit ? { unit: definition.unit } : {}),
    ...(definition.valueLabels ? { valueLabels: definition.valueLabels } : {}),
    values: definition.timeline.entries.map((entry) => ({
      from: entry.from.toString(),
      to: entry.to?.toString() ?? null,
      value: JSON.parse(JSON.stringify(entry.value)) as unknown,
      ref: entry.ref,
    })),
  }
}

/**
 * Problems that make a catalog unfit to publish: duplicate ids, a rule or parameter value without a
 * valid legal reference (with a URL), a missing Lithuanian or English title, description or
 * message, and — for a parameter that gives `valueLabels` — a code word of its values without a label. An empty list means every entry is complete. Each package runs it over its whole
 * catalog in a test.
 *
 * @example
 * ```ts
 * import { checkCatalog } from '@talka/core'
 * declare const entries: import('@talka/core').CatalogEntry[]
 * expect(checkCatalog(entries)).toEqual([])
 * ```
 */
export function checkCatalog(entries: readonly CatalogEntry[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  const checkText = (id: string, what: string, text: Localized | undefined) => {
    if (!text?.lt?.trim()) problems.push(`${id}: no lt ${what}`)
    if (!text?.en?.trim()) problems.push(`${id}: no en ${what}`)
  }
  const checkRef = (id: string, ref: LegalRef | undefined) => {
    const result = LegalRefSchema.safeParse(ref)
    if (!result.success) problems.push(`${id}: invalid legal reference (${result.error.issues[0]?.message})`)
  }
  for (const entry of entries) {
    if (seen.has(entry.id)) problems.push(`${entry.id}: duplicate id`)
    seen.add(entry.id)
    checkText(entry.id, 'title', entry.title)
    if (entry.kind === 'rule') {
      checkText(entry.id, 'description', entry.description)
      if (entry.refs.length === 0) problems.push(`${entry.id}: no legal reference`)
      for (const ref of entry.refs) checkRef(entry.id, ref)
      if (Object.keys(entry.messages).length === 0) problems.push(`${entry.id}: no messages`)
      for (const problem of checkMessageCatalog(entry.messages)) problems.push(`${entry.id}: ${problem}`)
    } else {
      if (entry.values.length === 0) problems.push(`${entry.id}: no values`)
      for (const value of entry.values) checkRef(`${entry.id}@${value.from}`, value.ref)
      if (entry.valueLabels) {
        // Labels are optional, but once given they must be complete: both languages, every code word.
        for (const [code, label] of Object.entries(entry.valueLabels))
          checkText(entry.id, `label of ${code}`, label)
        for (const value of entry.values)
          for (const code of codedValuesOf(value.value))
            if (!Object.hasOwn(entry.valueLabels, code))
              problems.push(`${entry.id}@${value.from}: no label of ${code}`)
      }
    }
  }
  return problems
}
