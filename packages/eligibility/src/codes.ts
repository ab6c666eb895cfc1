// Codes of cost categories and activity areas that calls use (labels in messages.ts).

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

/**
 * The six thematic areas of the 2022 pilot model (codes and lt/en labels), for calls that list them
 * in `activities.areas`.
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
