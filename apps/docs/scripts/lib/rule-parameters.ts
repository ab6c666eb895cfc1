import type { CatalogEntry, ParameterDescriptor, RuleDescriptor } from '@talka/core'

/*
 * Which parameters a rule uses. Core's RuleDescriptor has no field for it yet, so a rule that lists
 * `parameters: string[]` (ids) is taken at its word and, otherwise, the link is inferred from the
 * catalog's own names:
 * - same area: the rule `volunteering.volunteer.age` and the parameter `volunteering.volunteer.min-age`
 *   share everything but their last segment (an area below the package itself);
 * - named after the rule: `volunteering.edition` → `volunteering.edition-in-force`;
 * - a fact the rule reads names the parameter: the fact `call.minPerProject` → `evaluation.pilot.min-per-project`,
 *   the fact `requestedAmount` → `…ngo-fund-2022.max-amount` (a shared word other than min/max/per).
 * A parameter of another rule set of the package (`…ngo-fund-2023.…` for a `ngo-fund-2022/…` rule)
 * is never linked.
 */

// Words too common to link a fact to a parameter (units and bounds name many parameters at once).
const STOP_WORDS = new Set(
  ['min', 'max', 'per', 'of', 'the', 'rule', 'in', 'at', 'to', 'from', 'v1', 'hours', 'days', 'years'].concat(
    ['date', 'id', 'kind'],
  ),
)

/** Lower-case words of an id or a fact path: `call.minPerProject` → min, per, project. */
function words(text: string): string[] {
  return text
    .replace(/\[\]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1)
}

function lastSegment(id: string): string {
  return id.slice(id.lastIndexOf('.') + 1)
}

function area(id: string): string {
  return id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : ''
}

/** `eligibility.ngo-fund-2022/applicant.N1` → `ngo-fund-2022`. */
function ruleSetRoot(rule: RuleDescriptor): string | undefined {
  return rule.ruleSet?.split('/')[0]
}

function explicitParameters(rule: RuleDescriptor): readonly string[] | undefined {
  const listed = (rule as RuleDescriptor & { readonly parameters?: unknown }).parameters
  return Array.isArray(listed) && listed.every((id) => typeof id === 'string') ? listed : undefined
}

/**
 * The ids of the parameters each rule of a package's catalog uses (rule id → parameter ids, in
 * catalog order). See the comment above for how a link is found when the rule does not list them.
 */
export function linkRulesToParameters(entries: readonly CatalogEntry[]): Map<string, string[]> {
  const rules = entries.filter((e): e is RuleDescriptor => e.kind === 'rule')
  const parameters = entries.filter((e): e is ParameterDescriptor => e.kind === 'parameter')
  const pkgOf = (id: string) => id.split('.')[0] ?? ''
  const roots = new Set(rules.map(ruleSetRoot).filter((r): r is string => r !== undefined))
  const links = new Map<string, string[]>()
  for (const rule of rules) {
    const explicit = explicitParameters(rule)
    if (explicit) {
      links.set(
        rule.id,
        parameters.filter((p) => explicit.includes(p.id)).map((p) => p.id),
      )
      continue
    }
    const pkg = pkgOf(rule.id)
    const root = ruleSetRoot(rule)
    const ruleArea = area(rule.id)
    const ruleLast = lastSegment(rule.id).toLowerCase()
    const factWords = new Set(rule.facts.flatMap(words).filter((w) => !STOP_WORDS.has(w)))
    const found = parameters.filter((p) => {
      const local = p.id.slice(pkg.length + 1)
      const otherSet = [...roots].some((r) => r !== root && local.startsWith(`${r}.`))
      if (otherSet) return false
      if (ruleArea !== pkg && area(p.id) === ruleArea) return true
      if (area(p.id) === ruleArea && lastSegment(p.id).startsWith(`${ruleLast}-`)) return true
      return words(lastSegment(p.id)).some((w) => !STOP_WORDS.has(w) && factWords.has(w))
    })
    links.set(
      rule.id,
      found.map((p) => p.id),
    )
  }
  return links
}
