import { z } from 'zod'

/**
 * Kinds of expense claims. `travel` (tickets, fares), `own-car` (fuel for the volunteer's own
 * vehicle), `accommodation`, `meals`, `per-diem`, `communication`, `other`.
 *
 * @example
 * ```ts
 * import { ExpenseKindSchema } from '@talka/volunteering'
 * ExpenseKindSchema.parse('meals') // 'meals'
 * ```
 */
export const ExpenseKindSchema = z.enum([
  'travel',
  'own-car',
  'accommodation',
  'meals',
  'per-diem',
  'communication',
  'other',
])

/**
 * A kind of expense claim.
 *
 * @example
 * ```ts
 * import type { ExpenseKind } from '@talka/volunteering'
 * const kind: ExpenseKind = 'travel'
 * ```
 */
export type ExpenseKind = z.infer<typeof ExpenseKindSchema>
