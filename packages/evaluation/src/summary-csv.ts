import { type CsvCell, writeCsv } from '@talka/core/csv'
import type { RankingResult } from './ranking-result.js'
import { COLUMN_LABELS, checkLang, csvNumber, DECISION_LABELS, summaryIn } from './summary-format.js'

/**
 * Options of {@link summaryToCsv}.
 *
 * @example
 * ```ts
 * import type { SummaryCsvOptions } from '@talka/evaluation'
 * const options: SummaryCsvOptions = { lang: 'lt', bom: true }
 * ```
 */
export interface SummaryCsvOptions {
  /** Language of headers, decisions, reasons and number format; `'lt'` by default. */
  readonly lang?: 'lt' | 'en' | undefined
  /** Start with a UTF-8 byte-order mark so spreadsheet programs read the diacritics correctly. */
  readonly bom?: boolean | undefined
}

/**
 * The evaluation summary as CSV with `;` as the delimiter and CRLF line ends: rank, registration number,
 * applicant, title, one column per evaluator, average (one decimal), decision, amount and reason, written by
 * core's `writeCsv`. Lithuanian
 * headers are those of the published summaries ("Projekto reg. Nr.;Pareiškėjo pavadinimas;Projekto
 * pavadinimas;…;Balų vidurkis;…;Skirta valstybės biudžeto lėšų suma, Eur;…") and Lithuanian numbers use a
 * decimal comma; English uses a decimal point. Text that starts like a spreadsheet formula is prefixed
 * with `'`.
 *
 * @example
 * ```ts
 * import { rankApplications, summaryToCsv } from '@talka/evaluation'
 * declare const result: ReturnType<typeof rankApplications>
 * const csv = summaryToCsv(result, { lang: 'lt' })
 * csv.split('\r\n')[0] // 'Vieta;Projekto reg. Nr.;Pareiškėjo pavadinimas;Projekto pavadinimas;…'
 * ```
 */
export function summaryToCsv(result: RankingResult, options?: SummaryCsvOptions): string {
  const lang = checkLang(options)
  const summary = summaryIn(result, lang)
  const labels = COLUMN_LABELS[lang]
  const header = [
    labels.rank,
    labels.registrationNumber,
    labels.applicant,
    labels.title,
    ...summary.evaluators.map(labels.evaluator),
    labels.average,
    labels.decision,
    labels.amount,
    labels.reason,
  ]
  const rows: CsvCell[][] = [header]
  for (const row of summary.rows) {
    rows.push([
      row.rank === null ? '' : String(row.rank),
      row.registrationNumber,
      row.applicant,
      row.title,
      ...summary.evaluators.map((e) => {
        const total = row.evaluatorTotals[e]
        return total === undefined ? '' : csvNumber(total, lang)
      }),
      row.average === null ? '' : csvNumber(row.average, lang),
      DECISION_LABELS[lang][row.decision],
      row.amount === null ? '' : csvNumber(row.amount, lang),
      row.reason,
    ])
  }
  // One writer and one formula rule for every CSV Talka produces (core's `writeCsv`).
  return writeCsv(rows, { separator: ';', bom: options?.bom === true })
}
