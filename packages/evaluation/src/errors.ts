import { TalkaError } from '@talka/core'

/**
 * Stable codes of the errors `@talka/evaluation` throws itself (input validation throws core's
 * `ValidationError`, code `VALIDATION_FAILED`, whose issues carry codes such as `score_out_of_range`,
 * `missing_score`, `unknown_criterion`, `duplicate_application`, `duplicate_evaluator`, `invalid_range`,
 * `required`, `lot_not_last`, `duplicate_tie_break`, `duplicate_criterion`).
 *
 * @example
 * ```ts
 * import type { EvaluationErrorCode } from '@talka/evaluation'
 * const code: EvaluationErrorCode = 'INVALID_RESULT'
 * ```
 */
export type EvaluationErrorCode = 'INVALID_RESULT' | 'INVALID_OPTIONS'

/**
 * Thrown by the summary renderers when they are given something that is not a ranking result, or options
 * they do not know.
 *
 * @example
 * ```ts
 * import { EvaluationError, summaryToCsv } from '@talka/evaluation'
 * try { summaryToCsv({} as never) } catch (e) { if (e instanceof EvaluationError) console.log(e.code) } // 'INVALID_RESULT'
 * ```
 */
export class EvaluationError extends TalkaError<EvaluationErrorCode> {}
