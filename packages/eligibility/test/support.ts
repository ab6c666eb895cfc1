/**
 * Fixtures shared by the eligibility tests (one copy instead of one per test file).
 */
import type { Call } from '@talka/calls'

/** Kaunas city's 2022 call under the pilot model (community organisations only). */
export const pilot2022: Call = {
  id: 'kaunas-city-2022-pilot',
  name: { lt: 'Kauno m. 2022 m. kvietimas', en: 'Kaunas city 2022 call' },
  municipality: { name: 'Kauno miesto savivaldybė' },
  year: 2022,
  model: 'pilot',
  applicants: { admitted: 'community-organisations' },
  ref: {
    act: 'Kauno m. sav. kvietimas (2022, bandomasis modelis)',
    kind: 'call-notice',
    url: 'https://www.kaunas.lt/nevyriausybines-organizacijos/2022-metai/',
  },
}
