import { z } from 'zod'

/** The forms art. 6(1) names as organisers, in the order of the schema. */
export const ORGANISER_FORMS = [
  'charity-foundation',
  'budgetary-institution',
  'association',
  'public-institution',
  'religious-community',
  'international-organisation-branch',
  'political-party',
  'trade-union',
] as const

/**
 * Legal forms `canHost` knows. The first eight are the forms the original edition lists among volunteer
 * organisers (art. 6(1)); `other-non-profit` is its last item (another non-profit legal person whose
 * profit may not be distributed to its participants); `company` is a profit-seeking company; `other`
 * anything else.
 *
 * @example
 * ```ts
 * import { LegalFormSchema } from '@talka/volunteering'
 * LegalFormSchema.options.includes('association') // true
 * ```
 */
export const LegalFormSchema = z.enum([...ORGANISER_FORMS, 'other-non-profit', 'company', 'other'])

/**
 * A legal form known to `canHost`.
 *
 * @example
 * ```ts
 * import type { LegalForm } from '@talka/volunteering'
 * const form: LegalForm = 'public-institution'
 * ```
 */
export type LegalForm = z.infer<typeof LegalFormSchema>
