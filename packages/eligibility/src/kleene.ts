import type { RuleResult } from '@talka/core'

/**
 * A three-valued truth value with the facts that would decide it when it is `unknown`. Rules build
 * their result from these with {@link and3}, {@link or3} and {@link not3} (strong Kleene logic), so
 * every rule is monotone: supplying a missing fact can turn `unknown` into `pass` or `fail`, never
 * change a known result.
 */
export interface Truth {
  readonly r: RuleResult
  /** Facts that would decide an `unknown` value (empty for known values). */
  readonly m: readonly string[]
}

const NONE: readonly string[] = /* @__PURE__ */ Object.freeze([])

/** The known value `pass`. */
export const PASS: Truth = /* @__PURE__ */ Object.freeze({ r: 'pass', m: NONE })
/** The known value `fail`. */
export const FAIL: Truth = /* @__PURE__ */ Object.freeze({ r: 'fail', m: NONE })

/** An unknown value that the named facts would decide. */
export function unknownOf(...facts: string[]): Truth {
  return { r: 'unknown', m: facts }
}

/** `pass` when `condition` holds, `fail` when not; for conditions on known facts. */
export function when(condition: boolean): Truth {
  return condition ? PASS : FAIL
}

/**
 * A fact that is a boolean: `pass` when it equals `passWhen`, `fail` when it is the other boolean,
 * `unknown` (decided by `fact`) when absent.
 */
export function bool(fact: string, value: boolean | undefined, passWhen = true): Truth {
  if (value === undefined) return unknownOf(fact)
  return value === passWhen ? PASS : FAIL
}

function merge(a: readonly string[], b: readonly string[]): readonly string[] {
  if (a.length === 0) return b
  if (b.length === 0) return a
  const out = [...a]
  for (const name of b) if (!out.includes(name)) out.push(name)
  return out
}

/** Strong Kleene conjunction: `fail` if any is `fail`, else `unknown` if any is unknown, else `pass`. */
export function and3(...values: Truth[]): Truth {
  let missing: readonly string[] = NONE
  let unknown = false
  for (const value of values) {
    if (value.r === 'fail') return FAIL
    if (value.r === 'unknown') {
      unknown = true
      missing = merge(missing, value.m)
    }
  }
  return unknown ? { r: 'unknown', m: missing } : PASS
}

/** Strong Kleene disjunction: `pass` if any is `pass`, else `unknown` if any is unknown, else `fail`. */
export function or3(...values: Truth[]): Truth {
  let missing: readonly string[] = NONE
  let unknown = false
  for (const value of values) {
    if (value.r === 'pass') return PASS
    if (value.r === 'unknown') {
      unknown = true
      missing = merge(missing, value.m)
    }
  }
  return unknown ? { r: 'unknown', m: missing } : FAIL
}

/** Kleene negation: swaps `pass` and `fail`, keeps `unknown`. */
export function not3(value: Truth): Truth {
  return value.r === 'pass' ? FAIL : value.r === 'fail' ? PASS : value
}
