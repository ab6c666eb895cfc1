import { TalkaError } from '@talka/core'

/**
 * Stable codes of the errors `@talka/calls` throws (a bug in the caller, not bad call data: bad call data
 * is core's `ValidationError` from {@link parseCall}).
 *
 * @example
 * ```ts
 * import type { CallsErrorCode } from '@talka/calls'
 * const code: CallsErrorCode = 'UNKNOWN_ENVELOPE'
 * ```
 */
export type CallsErrorCode = 'UNKNOWN_POLICY' | 'UNKNOWN_ENVELOPE' | 'UNKNOWN_CRITERION' | 'UNKNOWN_CALL'

/**
 * The error class of `@talka/calls`, with a stable `code`.
 *
 * @example
 * ```ts
 * import { CallsError, citationFor, calls } from '@talka/calls'
 * try { citationFor(calls['vilnius-2024'], 'amounts', { envelope: 'nowhere' }) }
 * catch (e) { if (e instanceof CallsError) e.code } // 'UNKNOWN_ENVELOPE'
 * ```
 */
export class CallsError extends TalkaError<CallsErrorCode> {
  override readonly name = 'CallsError'
}
