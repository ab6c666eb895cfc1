import type { Lang, Localized } from './messages.js'
import type { ParameterValueLabels } from './parameters.js'

// A code word: lower-case letters, digits and hyphens, starting with a letter ('declared-residents',
// 'a1-548'). Numbers and amounts ('14', '2000.00') are values, not codes.
const CODE = /^[a-z][a-z0-9-]*$/

/**
 * The code words a parameter value uses: the value itself when it is a code string, or the code
 * strings of an array value. Anything else (numbers, amounts, objects, `null`) has none.
 *
 * @example
 * ```ts
 * import { codedValuesOf } from '@talka/core'
 * codedValuesOf('declared-residents') // ['declared-residents']
 * codedValuesOf(['expenses-reimbursed', 'party-requests']) // ['expenses-reimbursed', 'party-requests']
 * codedValuesOf('2000.00') // []
 * ```
 */
export function codedValuesOf(value: unknown): string[] {
  if (typeof value === 'string') return CODE.test(value) ? [value] : []
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && CODE.test(v))
  return []
}

/**
 * The readable label of a parameter value in `lang`: the label of a code string, or the labels of an
 * array of codes joined with commas. `undefined` when the value is not made of codes or a code has no
 * label (the caller then shows the value itself).
 *
 * @example
 * ```ts
 * import { parameterValueLabel } from '@talka/core'
 * const labels = { 'declared-residents': { lt: 'gyvenamąją vietą deklaravę gyventojai', en: 'declared residents' } }
 * parameterValueLabel('declared-residents', labels, 'lt') // 'gyvenamąją vietą deklaravę gyventojai'
 * parameterValueLabel(14, labels, 'lt') // undefined
 * ```
 */
export function parameterValueLabel(
  value: unknown,
  labels: ParameterValueLabels | undefined,
  lang: Lang,
): string | undefined {
  if (!labels) return undefined
  const codes = codedValuesOf(value)
  if (codes.length === 0) return undefined
  const texts: string[] = []
  for (const code of codes) {
    if (!Object.hasOwn(labels, code)) return undefined
    texts.push((labels[code] as Localized)[lang])
  }
  return texts.join(', ')
}
