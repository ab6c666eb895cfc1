import {
  AmountSchema,
  LegalRefSchema,
  parseWith,
  type SafeParseResult,
  safeParseWith,
  tryParseCents,
  type ValidationError,
} from '@talka/core'
import { z } from 'zod'
import {
  ASSETS_CAP_2017_2019,
  KAUNAS_DISTRICT_2018_CALL,
  PILOT_2023_CALL,
  VILNIUS_2024_CALL,
} from './refs.js'

const SHARE = /^0\.(?=\d*[1-9])\d{1,10}$/

/**
 * Zod schema of a cap on one cost category: a share of the grant (`maxShare`, a decimal string
 * strictly between 0 and 1, e.g. `"0.2"` for 20 %) and/or an amount in EUR (`maxAmount`), with the
 * legal reference that sets it.
 *
 * @example
 * ```ts
 * import { CostCapSchema } from '@talka/eligibility'
 * CostCapSchema.parse({ category: 'long-term-tangible-assets', maxShare: '0.2' })
 * ```
 */
export const CostCapSchema = z
  .strictObject({
    category: z.string().min(1).max(100),
    maxShare: z
      .string()
      .regex(SHARE, {
        message: 'Expected a decimal share strictly between 0 and 1 with at most 10 decimals, e.g. "0.2"',
      })
      .optional()
      .meta({ description: 'Largest share of the grant (the eligible total) this category may take' }),
    maxAmount: AmountSchema().optional().meta({ description: 'Largest amount in EUR for this category' }),
    ref: LegalRefSchema.optional(),
  })
  .refine((cap) => cap.maxShare !== undefined || cap.maxAmount !== undefined, {
    message: 'A cap needs maxShare or maxAmount',
  })

/**
 * Zod schema of a call's cost rules: categories that may be funded (if listed, any other category
 * is ineligible), categories that may not, and caps. The shares of all caps must add up to less
 * than 1.
 *
 * @example
 * ```ts
 * import { CostRulesSchema } from '@talka/eligibility'
 * CostRulesSchema.parse({ ineligibleCategories: ['alcohol'], caps: [{ category: 'administration', maxShare: '0.1' }] })
 * ```
 */
export const CostRulesSchema = z
  .strictObject({
    eligibleCategories: z.array(z.string().min(1).max(100)).max(200).optional(),
    ineligibleCategories: z.array(z.string().min(1).max(100)).max(200).optional(),
    caps: z.array(CostCapSchema).max(50).optional(),
  })
  .superRefine((rules, ctx) => {
    const caps = rules.caps ?? []
    const seen = new Set<string>()
    let total = 0n
    caps.forEach((cap, i) => {
      if (seen.has(cap.category)) {
        ctx.addIssue({ code: 'custom', path: ['caps', i, 'category'], message: 'Duplicate cap category' })
      }
      seen.add(cap.category)
      if (cap.maxShare && SHARE.test(cap.maxShare)) total += BigInt(cap.maxShare.slice(2).padEnd(10, '0'))
    })
    if (total >= 10n ** 10n) {
      ctx.addIssue({
        code: 'custom',
        path: ['caps'],
        message: 'The shares of all caps must add up to less than 1',
      })
    }
  })

/**
 * Zod schema of the parameters a municipality sets in its call of "Stiprinti bendruomeninę veiklą
 * savivaldybėse" (and its predecessor "Remti bendruomeninę veiklą savivaldybėse"): territory, budget
 * year, model (standard or pilot), who may apply, amounts per project, activity areas and cost rules,
 * with the legal reference of the call.
 *
 * - `applicants`: `community-organisations` (only community organisations, e.g. the pilot model and
 *   Vilnius 2024); `fallback` (NGOs and religious communities only if no community organisation of
 *   the territory applied, or in a re-announced competition: Šakiai 2024 point 45, Pagėgiai 2022
 *   point 42); `open` (community organisations, NGOs and religious communities, e.g. Kaunas district
 *   2018).
 * - `model: 'pilot'` applies the pilot rule of reports filed with Registrų centras (A5).
 * - `year` is the budget year N of the call: activities must take place in it, and A5 asks for
 *   reports for N−1 or N−2.
 *
 * @example
 * ```ts
 * import { CommunityMeasureCallSchema } from '@talka/eligibility'
 * const call = CommunityMeasureCallSchema.parse({
 *   municipality: { name: 'Vilniaus miesto savivaldybė' }, year: 2024, model: 'standard',
 *   applicants: 'community-organisations', requireNgoMark: true, minAmount: '3000', maxAmount: '15000',
 *   ref: { act: 'Vilniaus m. sav. kvietimas (2024)', url: 'https://vilnius.lt/' },
 * })
 * ```
 */
export const CommunityMeasureCallSchema = z
  .strictObject({
    id: z.string().min(1).max(100).optional(),
    municipality: z.strictObject({
      name: z.string().min(1).max(200),
      code: z.string().min(1).max(20).optional(),
    }),
    eldership: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'The eldership (seniūnija) when the call is split by eldership' }),
    year: z.number().int().min(2017).max(2100).meta({ description: 'Budget year N of the call' }),
    model: z.enum(['standard', 'pilot']),
    applicants: z.enum(['community-organisations', 'fallback', 'open']),
    requireNgoMark: z.boolean().optional().meta({ description: 'Applicants must hold the NGO mark in JAR' }),
    minAmount: AmountSchema().optional(),
    maxAmount: AmountSchema().optional(),
    activityAreas: z
      .array(z.string().min(1).max(100))
      .min(1)
      .max(50)
      .optional()
      .meta({ description: 'Activity areas the call funds (codes)' }),
    costs: CostRulesSchema.optional(),
    ref: LegalRefSchema,
  })
  .superRefine((call, ctx) => {
    const { minAmount, maxAmount } = call
    // Amounts that failed their own schema are undefined here and reported there.
    const min = minAmount === undefined ? undefined : tryParseCents(minAmount)
    const max = maxAmount === undefined ? undefined : tryParseCents(maxAmount)
    if (min !== undefined && max !== undefined && min > max) {
      ctx.addIssue({ code: 'custom', path: ['maxAmount'], message: 'maxAmount is below minAmount' })
    }
  })
  .meta({
    id: 'EligibilityCommunityMeasureCall',
    description: "A municipality's call parameters for the community measure",
  })

/**
 * The parameters of a municipal call (see {@link CommunityMeasureCallSchema}).
 *
 * @example
 * ```ts
 * import { communityMeasureCalls, type CommunityMeasureCall } from '@talka/eligibility'
 * const call: CommunityMeasureCall = communityMeasureCalls['vilnius-2024']
 * ```
 */
export type CommunityMeasureCall = z.infer<typeof CommunityMeasureCallSchema>

/**
 * The cost rules of a call (see {@link CostRulesSchema}).
 *
 * @example
 * ```ts
 * import type { CostRules } from '@talka/eligibility'
 * const rules: CostRules = { caps: [{ category: 'long-term-tangible-assets', maxShare: '0.2' }] }
 * ```
 */
export type CostRules = z.infer<typeof CostRulesSchema>

/**
 * Validates a call; throws core's `ValidationError` (`VALIDATION_FAILED`) with JSON paths.
 *
 * @example
 * ```ts
 * import { parseCommunityMeasureCall } from '@talka/eligibility'
 * parseCommunityMeasureCall({ year: 2024 }) // throws ValidationError: municipality, model, applicants, ref…
 * ```
 */
export function parseCommunityMeasureCall(input: unknown): CommunityMeasureCall {
  return parseWith(CommunityMeasureCallSchema, input)
}

/**
 * Like {@link parseCommunityMeasureCall}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseCommunityMeasureCall, communityMeasureCalls } from '@talka/eligibility'
 * safeParseCommunityMeasureCall(communityMeasureCalls['pilot-2023-zarasai']).success // true
 * ```
 */
export function safeParseCommunityMeasureCall(
  input: unknown,
): SafeParseResult<CommunityMeasureCall, ValidationError> {
  return safeParseWith(CommunityMeasureCallSchema, input)
}

/**
 * Cost category for purchases of long-term tangible assets (ilgalaikis materialusis turtas), used by
 * the cap of the standard model 2017–2019.
 *
 * @example
 * ```ts
 * import { LONG_TERM_TANGIBLE_ASSETS } from '@talka/eligibility'
 * const line = { category: LONG_TERM_TANGIBLE_ASSETS, amount: '300.00' }
 * ```
 */
export const LONG_TERM_TANGIBLE_ASSETS = 'long-term-tangible-assets'

const kaunasDistrict2018 = {
  municipality: { name: 'Kauno rajono savivaldybė' },
  year: 2018,
  model: 'standard',
  applicants: 'open',
  minAmount: '500.00',
  costs: { caps: [{ category: LONG_TERM_TANGIBLE_ASSETS, maxShare: '0.2', ref: ASSETS_CAP_2017_2019 }] },
  ref: KAUNAS_DISTRICT_2018_CALL,
} as const satisfies Omit<CommunityMeasureCall, 'maxAmount'>

/**
 * Real municipal calls as data, each with the legal reference of the call (amounts verified in the
 * stored copies of the calls). Calls whose amounts or areas were not published in a stored copy are
 * left out; build your own with {@link CommunityMeasureCallSchema}.
 *
 * - `vilnius-2024`: community organisations with the NGO mark, EUR 3,000–15,000.
 * - `kaunas-district-2018-akademija`, `kaunas-district-2018-alsenai`: standard model 2017–2019,
 *   eldership envelopes (maximum EUR 1,950 and EUR 2,467, minimum EUR 500), activities chosen by the
 *   extended elders' assembly, long-term tangible assets at most 20 % of the grant.
 * - `pilot-2023-zarasai`: pilot model 2023, EUR 1,000–3,000.
 *
 * @example
 * ```ts
 * import { checkEligibility, communityMeasureCalls } from '@talka/eligibility'
 * checkEligibility('community-measure/project', { requestedAmount: '16000' },
 *   { asOf: '2024-03-20', call: communityMeasureCalls['vilnius-2024'] }).reasons[0]?.result // 'fail'
 * ```
 */
export const communityMeasureCalls = {
  'vilnius-2024': {
    id: 'vilnius-2024',
    municipality: { name: 'Vilniaus miesto savivaldybė' },
    year: 2024,
    model: 'standard',
    applicants: 'community-organisations',
    requireNgoMark: true,
    minAmount: '3000.00',
    maxAmount: '15000.00',
    ref: VILNIUS_2024_CALL,
  },
  'kaunas-district-2018-akademija': {
    ...kaunasDistrict2018,
    id: 'kaunas-district-2018-akademija',
    eldership: 'Akademijos seniūnija',
    maxAmount: '1950.00',
    activityAreas: ['cultural-educational'],
  },
  'kaunas-district-2018-alsenai': {
    ...kaunasDistrict2018,
    id: 'kaunas-district-2018-alsenai',
    eldership: 'Alšėnų seniūnija',
    maxAmount: '2467.00',
    activityAreas: ['cultural-educational', 'public-spaces'],
  },
  'pilot-2023-zarasai': {
    id: 'pilot-2023-zarasai',
    municipality: { name: 'Zarasų rajono savivaldybė' },
    year: 2023,
    model: 'pilot',
    applicants: 'community-organisations',
    minAmount: '1000.00',
    maxAmount: '3000.00',
    ref: PILOT_2023_CALL,
  },
} as const satisfies Record<string, CommunityMeasureCall>

/**
 * The six thematic areas of the 2022 pilot model (codes and lt/en labels), for calls that list them
 * in `activityAreas`.
 *
 * @example
 * ```ts
 * import { PILOT_2022_ACTIVITY_AREAS } from '@talka/eligibility'
 * Object.keys(PILOT_2022_ACTIVITY_AREAS) // ['inclusion', 'advocacy', 'volunteering', …]
 * ```
 */
export const PILOT_2022_ACTIVITY_AREAS = {
  inclusion: {
    lt: 'Socialiai pažeidžiamų asmenų ir migrantų įtrauktis',
    en: 'Inclusion of socially vulnerable people and migrants',
  },
  advocacy: { lt: 'Atstovavimas (advokacija)', en: 'Advocacy' },
  volunteering: { lt: 'Savanoriai ir savanorystė', en: 'Volunteers and volunteering' },
  'social-business': {
    lt: 'Socialinis verslas ir viešosios paslaugos',
    en: 'Social business and public services',
  },
  cohesion: {
    lt: 'Bendruomenės sutelktumas ir pasitikėjimas (renginiai, stovyklos, sportas)',
    en: 'Community cohesion and trust (events, camps, sport)',
  },
  'public-spaces': {
    lt: 'Viešosios erdvės ir aplinkos kokybė',
    en: 'Public spaces and environment quality',
  },
} as const
