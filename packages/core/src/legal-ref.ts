import { z } from 'zod'
import { IsoDateSchema } from './dates.js'
import { CoreError } from './errors.js'
import type { Lang } from './messages.js'

/**
 * Zod schema of a {@link LegalRef}.
 *
 * @example
 * ```ts
 * import { LegalRefSchema } from '@talka/core'
 * LegalRefSchema.safeParse({ act: 'Law XI-1500' }).success // false: url is required
 * ```
 */
export const LegalRefSchema = z
  .object({
    act: z.string().min(1).meta({ description: 'Title of the act, with its date and number' }),
    actId: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Official number or register id, e.g. "A1-246"' }),
    article: z.string().min(1).optional().meta({ description: 'Article (straipsnis)' }),
    part: z.string().min(1).optional().meta({ description: 'Part of the article (dalis)' }),
    point: z.string().min(1).optional().meta({ description: 'Point (punktas), e.g. "19.6"' }),
    url: z.url({ protocol: /^https?$/ }).meta({ description: 'Link to the official text (e-TAR, e-seimas)' }),
    effectiveFrom: IsoDateSchema.optional(),
    note: z.string().optional().meta({ description: 'What the reference supports, where not obvious' }),
  })
  .strict()
  .meta({ id: 'LegalRef', description: 'A structured reference to a point of a legal act' })

/**
 * A structured reference to a provision of a legal act: the act, optionally its article, part and
 * point, and the URL of the official text. Every rule and every parameter value carries one; a rule
 * or value without it cannot be constructed (the field is required in the types).
 *
 * @example
 * ```ts
 * import type { LegalRef } from '@talka/core'
 * const ref: LegalRef = {
 *   act: 'Lietuvos Respublikos savanoriškos veiklos įstatymas',
 *   actId: 'XI-1500', article: '3', part: '1',
 *   url: 'https://e-seimas.lrs.lt/portal/legalAct/lt/TAD/TAIS.402165/asr',
 * }
 * ```
 */
export type LegalRef = z.infer<typeof LegalRefSchema>

/**
 * Validates and returns a {@link LegalRef}; throws {@link CoreError} `INVALID_LEGAL_REF`.
 *
 * @example
 * ```ts
 * import { legalRef } from '@talka/core'
 * const ref = legalRef({ act: 'SADM įsakymas Nr. A1-246', url: 'https://e-tar.lt/' })
 * ```
 */
export function legalRef(input: LegalRef): LegalRef {
  const result = LegalRefSchema.safeParse(input)
  if (!result.success) {
    throw new CoreError('INVALID_LEGAL_REF', `Invalid legal reference: ${result.error.issues[0]?.message}`, {
      issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    })
  }
  return result.data
}

/**
 * Renders a reference as a citation: Lithuanian `…, 3 str. 1 d., 19.6 p.` or English
 * `…, Art. 3(1), point 19.6`.
 *
 * @example
 * ```ts
 * import { formatLegalRef } from '@talka/core'
 * formatLegalRef({ act: 'Įstatymas XI-1500', article: '3', part: '1', url: 'https://e-seimas.lrs.lt/' }, 'lt')
 * // 'Įstatymas XI-1500, 3 str. 1 d.'
 * ```
 */
export function formatLegalRef(ref: LegalRef, lang: Lang): string {
  const parts: string[] = [ref.act]
  if (lang === 'lt') {
    const where = [
      ref.article ? `${ref.article} str.` : '',
      ref.part ? `${ref.part} d.` : '',
      ref.point ? `${ref.point} p.` : '',
    ].filter(Boolean)
    if (where.length) parts.push(where.join(' '))
  } else {
    if (ref.article) parts.push(`Art. ${ref.article}${ref.part ? `(${ref.part})` : ''}`)
    else if (ref.part) parts.push(`part ${ref.part}`)
    if (ref.point) parts.push(`point ${ref.point}`)
  }
  return parts.join(', ')
}
