/**
 * Stable machine-readable codes of the errors that `@talka/core` throws. Integrators may switch on
 * them; they never change within a major version.
 *
 * @example
 * ```ts
 * import { TalkaError, parseMoney } from '@talka/core'
 * try { parseMoney('12.345') } catch (e) { if (e instanceof TalkaError) console.log(e.code) } // 'INVALID_MONEY'
 * ```
 */
export type CoreErrorCode =
  | 'INVALID_MONEY'
  | 'AMOUNT_OUT_OF_RANGE'
  | 'INVALID_DATE'
  | 'INVALID_LEGAL_REF'
  | 'TIMELINE_NO_VALUE'
  | 'TIMELINE_OVERLAP'
  | 'TIMELINE_GAP'
  | 'TIMELINE_INVALID'
  | 'UNKNOWN_PARAMETER'
  | 'DUPLICATE_PARAMETER'
  | 'UNKNOWN_MESSAGE'
  | 'VALIDATION_FAILED'
  | 'INVALID_JSON_VALUE'

/**
 * Base class of every error thrown by a Talka package. `code` is a stable literal that callers can
 * rely on; `details` holds JSON-serialisable context (never a stack trace) for API problem documents.
 *
 * @example
 * ```ts
 * import { TalkaError } from '@talka/core'
 * class QuotaError extends TalkaError<'QUOTA_EXCEEDED'> {}
 * const err = new QuotaError('QUOTA_EXCEEDED', 'Too much', { limit: '100.00' })
 * err.code // 'QUOTA_EXCEEDED'
 * ```
 */
export class TalkaError<C extends string = string> extends Error {
  /** Stable machine-readable code. */
  readonly code: C
  /** JSON-serialisable context of the failure. */
  readonly details: Readonly<Record<string, unknown>>

  constructor(code: C, message: string, details: Record<string, unknown> = {}) {
    super(message)
    this.name = new.target.name
    this.code = code
    this.details = details
  }

  /**
   * A plain JSON view of the error, as the API puts it in a problem document.
   *
   * @example
   * ```ts
   * import { TalkaError } from '@talka/core'
   * new TalkaError('X', 'bad').toJSON() // { name: 'TalkaError', code: 'X', message: 'bad', details: {} }
   * ```
   */
  toJSON(): { name: string; code: C; message: string; details: Readonly<Record<string, unknown>> } {
    return { name: this.name, code: this.code, message: this.message, details: this.details }
  }
}

/**
 * Thrown by `@talka/core` itself; `code` is one of {@link CoreErrorCode}.
 *
 * @example
 * ```ts
 * import { CoreError } from '@talka/core'
 * throw new CoreError('INVALID_DATE', 'Not an ISO date: 2024-13-01', { input: '2024-13-01' })
 * ```
 */
export class CoreError extends TalkaError<CoreErrorCode> {}

/**
 * Returns true when `value` is a Talka error, optionally with the given code. Works across copies of
 * the package (it checks the shape, not only `instanceof`).
 *
 * @example
 * ```ts
 * import { isTalkaError, parseMoney } from '@talka/core'
 * try { parseMoney('x') } catch (e) { isTalkaError(e, 'INVALID_MONEY') } // true
 * ```
 */
export function isTalkaError<C extends string = string>(value: unknown, code?: C): value is TalkaError<C> {
  if (!(value instanceof Error)) return false
  const candidate = value as Partial<TalkaError>
  if (typeof candidate.code !== 'string') return false
  return code === undefined || candidate.code === code
}
