import type { RuleResult } from './rule-result.js'

/**
 * Three-valued logic (strong Kleene) with the facts that would decide an unknown: the one truth value
 * eligibility, volunteering and evaluation's formal check build their rules from. Rules combined with
 * {@link and3}, {@link or3} and {@link not3} are monotone: supplying a missing fact can turn `unknown`
 * into `pass` or `fail`, never change a known result.
 */

/**
 * A three-valued truth value: `pass`, `fail`, or `unknown` with the facts that would decide it.
 *
 * @example
 * ```ts
 * import type { Truth } from '@talka/core'
 * const t: Truth = { outcome: 'unknown', missingFacts: ['applicant.kind'] }
 * ```
 */
export interface Truth {
  readonly outcome: RuleResult
  /** Facts that would decide an `unknown` value (empty for known values). */
  readonly missingFacts: readonly string[]
}

const NONE: readonly string[] = /* @__PURE__ */ Object.freeze([])

/** The known value `pass`. @example `and3(PASS, PASS).outcome // 'pass'` */
export const PASS: Truth = /* @__PURE__ */ Object.freeze({ outcome: 'pass', missingFacts: NONE })

/** The known value `fail`. @example `and3(PASS, FAIL).outcome // 'fail'` */
export const FAIL: Truth = /* @__PURE__ */ Object.freeze({ outcome: 'fail', missingFacts: NONE })

/**
 * An unknown value that the named facts would decide.
 *
 * @example
 * ```ts
 * import { unknownFrom } from '@talka/core'
 * unknownFrom('person.age').missingFacts // ['person.age']
 * ```
 */
export function unknownFrom(...facts: string[]): Truth {
  return { outcome: 'unknown', missingFacts: facts }
}

/**
 * `pass` when a condition on known facts holds, `fail` when not.
 *
 * @example
 * ```ts
 * import { truthOf } from '@talka/core'
 * truthOf(14 >= 14).outcome // 'pass'
 * ```
 */
export function truthOf(condition: boolean): Truth {
  return condition ? PASS : FAIL
}

/**
 * A fact that is a boolean: `pass` when it equals `passWhen`, `fail` when it is the other boolean,
 * `unknown` (decided by `fact`) when absent.
 *
 * @example
 * ```ts
 * import { booleanFact } from '@talka/core'
 * booleanFact('ngo.inLiquidation', false, false).outcome // 'pass'
 * booleanFact('ngo.inLiquidation', undefined).missingFacts // ['ngo.inLiquidation']
 * ```
 */
export function booleanFact(fact: string, value: boolean | undefined, passWhen = true): Truth {
  if (value === undefined) return unknownFrom(fact)
  return value === passWhen ? PASS : FAIL
}

function union(a: readonly string[], b: readonly string[]): readonly string[] {
  if (a.length === 0) return b
  if (b.length === 0) return a
  const out = [...a]
  for (const name of b) if (!out.includes(name)) out.push(name)
  return out
}

/**
 * Strong-Kleene conjunction: `fail` if any is `fail` (a known failure decides, whatever is unknown),
 * else `unknown` with every missing fact if any is unknown, else `pass`. Independent of order.
 *
 * @example
 * ```ts
 * import { and3, PASS, unknownFrom } from '@talka/core'
 * and3(PASS, unknownFrom('a')).outcome // 'unknown'
 * ```
 */
export function and3(...values: readonly Truth[]): Truth {
  return kleene(values, FAIL, PASS)
}

/**
 * Strong-Kleene disjunction: `pass` if any is `pass`, else `unknown` if any is unknown, else `fail`.
 *
 * @example
 * ```ts
 * import { or3, FAIL, unknownFrom } from '@talka/core'
 * or3(FAIL, unknownFrom('a')).missingFacts // ['a']
 * ```
 */
export function or3(...values: readonly Truth[]): Truth {
  return kleene(values, PASS, FAIL)
}

// The one loop of and3 and or3: `decisive` (fail for and3, pass for or3) wins at once; otherwise any
// unknown makes the result unknown with every missing fact; else the result is `neutral`.
function kleene(values: readonly Truth[], decisive: Truth, neutral: Truth): Truth {
  let missing: readonly string[] = NONE
  let unknown = false
  for (const value of values) {
    if (value.outcome === decisive.outcome) return decisive
    if (value.outcome === 'unknown') {
      unknown = true
      missing = union(missing, value.missingFacts)
    }
  }
  return unknown ? { outcome: 'unknown', missingFacts: missing } : neutral
}

/**
 * Kleene negation: swaps `pass` and `fail`, keeps `unknown` and its missing facts.
 *
 * @example
 * ```ts
 * import { not3, PASS } from '@talka/core'
 * not3(PASS).outcome // 'fail'
 * ```
 */
export function not3(value: Truth): Truth {
  return value.outcome === 'pass' ? FAIL : value.outcome === 'fail' ? PASS : value
}
