/**
 * A cell separator of the CSV files Talka writes and reads: `;` (what Lithuanian Excel writes and
 * opens) or `,`.
 *
 * @example
 * ```ts
 * import type { CsvSeparator } from '@talka/core/csv'
 * const separator: CsvSeparator = ';'
 * ```
 */
export type CsvSeparator = ';' | ','

/**
 * The separator of a CSV file from its header line: the one of `;` and `,` that occurs more often
 * outside quoted text, `;` on a tie (Lithuanian Excel writes `;`, and a header such as
 * `Suma, Eur;Pavadinimas` has a comma inside a column name). Only the first line is looked at; a
 * line break inside quotes belongs to the header.
 *
 * @example
 * ```ts
 * import { detectCsvSeparator } from '@talka/core/csv'
 * detectCsvSeparator('Savivaldybė;Gyventojai') // ';'
 * detectCsvSeparator('municipality,residents') // ','
 * detectCsvSeparator('"Suma, Eur";Pavadinimas') // ';'
 * ```
 */
export function detectCsvSeparator(headerLine: string): CsvSeparator {
  let semicolons = 0
  let commas = 0
  let quoted = false
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine.charCodeAt(i)
    if (c === 34 /* " */) quoted = !quoted
    else if (quoted) continue
    else if (c === 59 /* ; */) semicolons++
    else if (c === 44 /* , */) commas++
    else if (c === 10 || c === 13) break
  }
  return commas > semicolons ? ',' : ';'
}
