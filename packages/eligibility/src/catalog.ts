import {
  type CatalogEntry,
  describeParameter,
  type LegalRef,
  type MessageCatalog,
  type RuleDescriptor,
} from '@talka/core'
import { eligibilityMessages } from './messages.js'
import { eligibilityParameters } from './parameters.js'
import type { EligibilityRule } from './rule.js'
import { type AnyRuleSet, ruleSets } from './rule-sets.js'

const messageCatalog: MessageCatalog = eligibilityMessages

function describeRules(set: AnyRuleSet): RuleDescriptor[] {
  const byId = new Map<
    string,
    { rule: EligibilityRule<never>; refs: Map<string, LegalRef>; from: string; to: string }
  >()
  for (const version of set.versions) {
    for (const rule of version.rules as readonly EligibilityRule<never>[]) {
      const entry = byId.get(rule.id) ?? {
        rule,
        refs: new Map(),
        from: version.validFrom,
        to: version.validTo,
      }
      entry.refs.set(JSON.stringify(rule.ref), rule.ref)
      if (version.validFrom < entry.from) entry.from = version.validFrom
      if (version.validTo > entry.to) entry.to = version.validTo
      byId.set(rule.id, entry)
    }
  }
  return [...byId.values()].map(({ rule, refs, from, to }) => {
    const [first, ...rest] = [...refs.values()] as [LegalRef, ...LegalRef[]]
    return {
      kind: 'rule',
      id: `eligibility.${set.id}.${rule.id}`,
      package: '@talka/eligibility',
      ruleSet: set.id,
      title: rule.title,
      description: rule.description,
      facts: [...rule.facts],
      refs: [first, ...rest],
      messages: Object.fromEntries(
        rule.messageKeys.map((key) => [key, messageCatalog[key] ?? { lt: '', en: '' }]),
      ),
      validFrom: from,
      validTo: to,
    }
  })
}

/**
 * The rule and parameter catalog of `@talka/eligibility` (for `GET /v1/rules` and the docs): one
 * entry per rule of every rule set (`eligibility.<rule set>.<rule>`, e.g.
 * `eligibility.ngo-fund-2023/applicant.N1`) with its title, description, facts, the legal references
 * of all its versions and its messages in lt and en, plus the dated parameters. Core's `checkCatalog`
 * finds no problem in it.
 *
 * @example
 * ```ts
 * import { eligibilityCatalog } from '@talka/eligibility'
 * import { checkCatalog } from '@talka/core'
 * checkCatalog(eligibilityCatalog) // []
 * eligibilityCatalog.find((e) => e.id === 'eligibility.community-measure/applicant.A5')?.kind // 'rule'
 * ```
 */
export const eligibilityCatalog: readonly CatalogEntry[] = /* @__PURE__ */ buildCatalog()

function buildCatalog(): CatalogEntry[] {
  return [...ruleSets.flatMap(describeRules), ...eligibilityParameters.map(describeParameter)]
}
