/**
 * The three-valued result of one rule: it holds, it does not, or a fact it needs is unknown.
 *
 * @example
 * ```ts
 * import type { RuleResult } from '@talka/core'
 * const r: RuleResult = 'unknown'
 * ```
 */
export type RuleResult = 'pass' | 'fail' | 'unknown'

/**
 * Strong-Kleene conjunction of rule results: `fail` if any rule fails (a known failure decides,
 * whatever is unknown), else `unknown` if any is unknown, else `pass`. Independent of order.
 *
 * @example
 * ```ts
 * import { combineResults } from '@talka/core'
 * combineResults(['pass', 'unknown']) // 'unknown'
 * combineResults(['unknown', 'fail']) // 'fail'
 * combineResults([]) // 'pass'
 * ```
 */
export function combineResults(results: Iterable<RuleResult>): RuleResult {
  let sawUnknown = false
  for (const result of results) {
    if (result === 'fail') return 'fail'
    if (result === 'unknown') sawUnknown = true
  }
  return sawUnknown ? 'unknown' : 'pass'
}
