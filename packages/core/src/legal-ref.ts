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
    kind: z
      .enum([
        'law',
        'government-resolution',
        'ministers-order',
        'directors-order',
        'mayors-decree',
        'council-decision',
        'model-description',
        'call-notice',
        'minutes',
        'news-item',
      ])
      .optional()
      .meta({ description: 'What kind of act or document this is' }),
    issuer: z.string().min(1).optional().meta({ description: 'Who adopted or issued it (Seimas, SADM, …)' }),
    date: IsoDateSchema.optional().meta({ description: 'Date of adoption or signature' }),
    number: z.string().min(1).optional().meta({ description: 'Its number, e.g. "A1-290" or "XIV-2136"' }),
    title: z.string().min(1).optional().meta({ description: 'Its official title in Lithuanian' }),
    tarId: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Identifier in the Register of Legal Acts (TAR), e.g. "2022-07806"' }),
    consolidatedAsOf: IsoDateSchema.optional().meta({ description: 'Which consolidated text was read' }),
    status: z.enum(['verified', 'secondary-source', 'unverified']).optional().meta({
      description:
        'verified: read in the official text; secondary-source: read only in a secondary page; unverified: not read',
    }),
    quote: z.string().min(1).max(1000).optional().meta({ description: 'A short quote of the provision' }),
    notes: z
      .object({ lt: z.string(), en: z.string() })
      .strict()
      .optional()
      .meta({ description: 'Notes for a reader in Lithuanian and English' }),
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
