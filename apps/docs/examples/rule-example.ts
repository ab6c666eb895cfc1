import type { Lang, Localized } from '@talka/core'

/**
 * A worked example for the rule reference: a function the docs build runs (once per language) to
 * show, on each rule or parameter page it covers, what the package really returns. The code shown
 * on the page is the region (`// #region <name>` … `// #endregion <name>`) of the file that exports it.
 *
 * @example
 * ```ts
 * import type { RuleExample } from '../rule-example.js'
 * export const ruleExamples: readonly RuleExample[] = [
 *   { region: 'budget', covers: ['allocation.community-measure'], run: (lang) => lang },
 * ]
 * ```
 */
export interface RuleExample {
  /** Name of the region (`// #region <name>` … `// #endregion <name>`) in the same file that holds the code shown on the page. */
  readonly region: string
  /**
   * Catalog ids this example illustrates: a rule id, a parameter id, a rule set id, or an id prefix
   * ending in `.` or `/`.
   */
  readonly covers: readonly string[]
  /** Optional heading of the example. */
  readonly title?: Localized
  /** Runs the example in `lang` and returns what the package returned. */
  readonly run: (lang: Lang) => unknown
}

/**
 * Whether `example` covers the catalog entry `id` (optionally of rule set `ruleSet`).
 *
 * @example
 * ```ts
 * covers({ region: 'r', covers: ['eligibility.ngo-fund-2023/'], run: () => 0 }, 'eligibility.ngo-fund-2023/applicant.N1')
 * // true
 * ```
 */
export function covers(example: RuleExample, id: string, ruleSet?: string): boolean {
  return example.covers.some(
    (c) => c === id || (ruleSet !== undefined && c === ruleSet) || (/[./]$/.test(c) && id.startsWith(c)),
  )
}
