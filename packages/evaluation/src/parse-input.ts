import { type SafeParseResult, ValidationError } from '@talka/core'
import type { RankApplicationsInput } from './rank-input.js'
import { validateAndPrepare } from './validate-input.js'

/**
 * Validates the input of {@link rankApplications} (the same rules as `RankApplicationsInputSchema`, in one
 * fast pass) and returns it typed; throws `ValidationError` listing every issue with its JSON path.
 *
 * @example
 * ```ts
 * import { parseRankApplicationsInput } from '@talka/evaluation'
 * declare const body: unknown
 * const input = parseRankApplicationsInput(body)
 * ```
 */
export function parseRankApplicationsInput(input: unknown): RankApplicationsInput {
  const { issues } = validateAndPrepare(input)
  if (issues.length > 0) throw new ValidationError(issues)
  return input as RankApplicationsInput
}

/**
 * Like {@link parseRankApplicationsInput}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseRankApplicationsInput } from '@talka/evaluation'
 * const r = safeParseRankApplicationsInput({ call: {}, applications: [] })
 * if (!r.success) r.error.issues.map((i) => i.path.join('.'))
 * ```
 */
export function safeParseRankApplicationsInput(
  input: unknown,
): SafeParseResult<RankApplicationsInput, ValidationError> {
  const { issues } = validateAndPrepare(input)
  return issues.length > 0
    ? { success: false, error: new ValidationError(issues) }
    : { success: true, data: input as RankApplicationsInput }
}
