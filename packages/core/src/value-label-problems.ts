// A test helper (exported from `@talka/core/testing`): every package whose parameters hold code words checks
// that each code has a readable label in both languages, so the docs and the API never show a bare code.
import { checkCatalog, codedValuesOf, describeParameter, parameterValueLabel } from '@talka/core'

/**
 * What is wrong with the value labels of a package's parameters: for every parameter whose values hold code
 * words (`codedValuesOf`), a missing `valueLabels`, any `checkCatalog` problem, and each dated value whose
 * lt or en label is empty or still reads like a code (`"taxpayers"`). A list without any coded parameter
 * gives `['(no coded parameters)']`, so a test cannot pass by checking nothing; `[]` means all is labelled.
 *
 * @example
 * ```ts
 * import { valueLabelProblems } from '@talka/core/testing'
 * declare const parameters: Parameters<typeof import('@talka/core').describeParameter>[0][]
 * valueLabelProblems(parameters) // [] when every code word has an lt and an en label
 * ```
 */
export function valueLabelProblems(parameters: readonly Parameters<typeof describeParameter>[0][]): string[] {
  const coded = parameters
    .map(describeParameter)
    .filter((p) => p.values.some((v) => codedValuesOf(v.value).length > 0))
  if (coded.length === 0) return ['(no coded parameters)']
  const problems: string[] = []
  for (const p of coded) {
    if (p.valueLabels === undefined) problems.push(`${p.id}: no valueLabels`)
    problems.push(...checkCatalog([p]))
    for (const v of p.values) {
      if (codedValuesOf(v.value).length === 0) continue
      for (const lang of ['lt', 'en'] as const) {
        const label = parameterValueLabel(v.value, p.valueLabels, lang)
        if (!label || /^[a-z0-9-]+$/.test(label)) problems.push(`${p.id} ${v.from} ${lang}: "${label}"`)
      }
    }
  }
  return problems
}
