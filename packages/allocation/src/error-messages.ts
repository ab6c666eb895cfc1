import { type Issue, type Lang, type Localized, type MessageCatalog, renderMessage } from '@talka/core'
import { allocationCodeOfIssue } from './allocate-input.js'
import type { AllocationErrorCode } from './errors.js'

/**
 * The lt/en texts of every {@link AllocationErrorCode}, keyed `allocation.error.<CODE>`, plus
 * `allocation.error.unexpected` for an error that is not the package's. Written for a person filling
 * in a form (an officer, a resident), not for a programmer: no codes, no field names.
 *
 * @example
 * ```ts
 * import { renderMessage } from '@talka/core'
 * import { allocationErrorMessages } from '@talka/allocation'
 * renderMessage(allocationErrorMessages, 'allocation.error.DUPLICATE_ID', {}, 'lt')
 * // 'Du gavėjai turi tą patį pavadinimą.'
 * ```
 */
export const allocationErrorMessages: MessageCatalog = {
  'allocation.error.INVALID_INPUT': {
    lt: 'Duomenys neatitinka nustatytos formos: patikrinkite laukus.',
    en: 'The input is not of the documented shape: check the fields.',
  },
  'allocation.error.INVALID_AMOUNT': {
    lt: 'Suma, fiksuota dalis ar minimumas turi būti neneigiamas skaičius.',
    en: 'The total, fixed part and minimum must be non-negative numbers.',
  },
  'allocation.error.INVALID_UNIT': {
    lt: 'Netinkamas apvalinimo vienetas: jis turi būti teigiamas skaičius.',
    en: 'Invalid rounding unit: it must be a positive number.',
  },
  'allocation.error.INVALID_WEIGHT': {
    lt: 'Svoris turi būti neneigiamas sveikasis skaičius.',
    en: 'A weight must be a non-negative whole number.',
  },
  'allocation.error.INVALID_ID': {
    lt: 'Kiekvienas gavėjas turi turėti pavadinimą.',
    en: 'Every recipient needs a name.',
  },
  'allocation.error.DUPLICATE_ID': {
    lt: 'Du gavėjai turi tą patį pavadinimą.',
    en: 'Two recipients have the same name.',
  },
  'allocation.error.NO_RECIPIENTS': { lt: 'Lentelėje nėra gavėjų.', en: 'The table has no recipients.' },
  'allocation.error.NOT_MULTIPLE_OF_UNIT': {
    lt: 'Suma, fiksuota dalis ir minimumas turi būti sveikas apvalinimo vienetų skaičius.',
    en: 'The total, fixed part and minimum must be whole numbers of the rounding unit.',
  },
  'allocation.error.FIXED_EXCEEDS_TOTAL': {
    lt: 'Fiksuotos dalys (fiksuota dalis × gavėjų skaičius) viršija visą sumą.',
    en: 'The fixed parts (fixed part × recipients) exceed the total.',
  },
  'allocation.error.MINIMUM_EXCEEDS_TOTAL': {
    lt: 'Minimumai (minimumas × gavėjų skaičius) viršija visą sumą.',
    en: 'The minimums (minimum × recipients) exceed the total.',
  },
  'allocation.error.ALL_WEIGHTS_ZERO': {
    lt: 'Visi svoriai lygūs nuliui: nėra pagal ką skirstyti.',
    en: 'Every weight is zero: there is nothing to split by.',
  },
  'allocation.error.CAP_BELOW_MINIMUM': {
    lt: 'Gavėjo didžiausia suma mažesnė už minimumą ar fiksuotą dalį.',
    en: 'A recipient’s cap is below the minimum or the fixed part.',
  },
  'allocation.error.CAPS_BELOW_TOTAL': {
    lt: 'Visų gavėjų didžiausios sumos kartu mažesnės už visą skirstomą sumą.',
    en: 'The caps together cannot hold the total.',
  },
  'allocation.error.UNRESOLVED_TIE': {
    lt: 'Vienodas liekanas turintiems gavėjams neužtenka likusių vienetų: pagal pasirinktą taisyklę reikia traukti burtus.',
    en: 'Recipients with equal remainders compete for too few leftover units: under the chosen rule, lots must be drawn.',
  },
  'allocation.error.UNKNOWN_METHOD': {
    lt: 'Šis paskirstymo metodas nepalaikomas.',
    en: 'This allocation method is not supported.',
  },
  'allocation.error.PARAMETER_MISSING': {
    lt: 'Prašomiems metams nėra galiojančios vertės (biudžeto ar taisyklės): nurodykite skirstomą sumą.',
    en: 'No value (budget or rule) is in force for the requested year: give the total to split.',
  },
  'allocation.error.RESIDENTS_MISSING': {
    lt: 'Kai kurioms prašomoms savivaldybėms nėra gyventojų skaičiaus.',
    en: 'Some requested municipalities have no residents figure.',
  },
  'allocation.error.TAXPAYERS_MISSING': {
    lt: 'Trūksta gyventojų pajamų mokesčio mokėtojų skaičiaus duomenų.',
    en: 'The income tax payer figures are missing.',
  },
  'allocation.error.WRONG_BASIS': {
    lt: 'Šių metų lėšos skirstomos kitu pagrindu (pagal gyventojų arba pajamų mokesčio mokėtojų skaičių).',
    en: 'This year’s funds are allocated on another basis (residents or income tax payers).',
  },
  'allocation.error.unexpected': {
    lt: 'Paskirstyti nepavyko dėl netikėtos klaidos.',
    en: 'The allocation failed with an unexpected error.',
  },
}

/**
 * What {@link presentAllocationError} reads of an error: its `code`, and where present the issues of
 * a validation error and the `details` of an `AllocationError`.
 *
 * @example
 * ```ts
 * import type { AllocationErrorLike } from '@talka/allocation'
 * const e: AllocationErrorLike = { code: 'DUPLICATE_ID' }
 * ```
 */
export interface AllocationErrorLike {
  readonly code: string
  readonly issues?: readonly Issue[] | undefined
  readonly details?: unknown
}

const isLocalized = (value: unknown): value is Localized =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Localized).lt === 'string' &&
  typeof (value as Localized).en === 'string'

/**
 * The message of an error of `@talka/allocation` in both languages, for a person: the text of its
 * code (for a validation error, of its first issue's allocation code, see `allocationCodeOfIssue`);
 * the error's own lt/en text where it carries one (`WRONG_BASIS`, `TAXPAYERS_MISSING` name the
 * year); a general text for an error that is not the package's. The docs tools and the HTTP API show
 * these texts.
 *
 * @example
 * ```ts
 * import { presentAllocationError, safeAllocate } from '@talka/allocation'
 * const r = safeAllocate({ total: '10', unit: '1', recipients: [{ id: 'a', weight: 1 }, { id: 'a', weight: 2 }] })
 * if (!r.success) presentAllocationError(r.error).lt // 'Du gavėjai turi tą patį pavadinimą.'
 * ```
 */
export function presentAllocationError(error: AllocationErrorLike): Localized {
  const details = error.details as { message?: unknown } | undefined
  if (details !== null && typeof details === 'object' && isLocalized(details.message)) {
    return { lt: details.message.lt, en: details.message.en }
  }
  const first = error.issues?.[0]
  const code = first === undefined ? error.code : allocationCodeOfIssue(first)
  const key = `allocation.error.${code}`
  const known = Object.hasOwn(allocationErrorMessages, key) ? key : 'allocation.error.unexpected'
  return {
    lt: renderMessage(allocationErrorMessages, known, {}, 'lt'),
    en: renderMessage(allocationErrorMessages, known, {}, 'en'),
  }
}

/**
 * {@link presentAllocationError} in one language.
 *
 * @example
 * ```ts
 * import { explainAllocationError } from '@talka/allocation'
 * explainAllocationError({ code: 'ALL_WEIGHTS_ZERO' }, 'en') // 'Every weight is zero: there is nothing to split by.'
 * ```
 */
export function explainAllocationError(error: AllocationErrorLike, lang: Lang): string {
  return presentAllocationError(error)[lang]
}
