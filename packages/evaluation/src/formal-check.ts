// The formal check as a three-valued fact (core's Truth). Internal.
import { FAIL, PASS, type Truth, unknownFrom } from '@talka/core'
import type { FormalCheck } from './application.js'

/**
 * The formal-check gate of one application: `pass` when its verdict is `eligible` or it carries none (the
 * check is then the caller's business), `fail` when `ineligible`, and `unknown` — with the facts that would
 * decide it — when `undetermined`.
 */
export function formalCheckTruth(check: FormalCheck | null): Truth {
  if (check === null || check.outcome === 'eligible') return PASS
  if (check.outcome === 'ineligible') return FAIL
  return check.missingFacts.length > 0 ? unknownFrom(...check.missingFacts) : unknownFrom('formalCheck')
}
