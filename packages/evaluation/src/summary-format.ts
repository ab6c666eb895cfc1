// Shared labels and number formats of the CSV and HTML summaries. Internal.
import { EvaluationError } from './errors.js'
import type { EvaluationDecision, EvaluationSummary, RankingResult } from './ranking-result.js'
import { buildSummary } from './summary.js'

export const DECISION_LABELS: Readonly<Record<'lt' | 'en', Readonly<Record<EvaluationDecision, string>>>> = {
  lt: {
    funded: 'Finansuojamas',
    reserve: 'Rezervinis sąrašas',
    'not-funded': 'Nefinansuojamas',
    'needs-another-evaluator': 'Reikalingas papildomas vertintojas',
    'tie-unresolved': 'Neišspręstos lygiosios',
    'formal-check-pending': 'Laukiama atitikties vertinimo',
  },
  en: {
    funded: 'Funded',
    reserve: 'Reserve list',
    'not-funded': 'Not funded',
    'needs-another-evaluator': 'Needs another evaluator',
    'tie-unresolved': 'Tie unresolved',
    'formal-check-pending': 'Formal check pending',
  },
}

export interface ColumnLabels {
  readonly rank: string
  readonly registrationNumber: string
  readonly applicant: string
  readonly title: string
  readonly evaluator: (id: string) => string
  readonly average: string
  readonly decision: string
  readonly amount: string
  readonly reason: string
}

export const COLUMN_LABELS: Readonly<Record<'lt' | 'en', ColumnLabels>> = {
  lt: {
    rank: 'Vieta',
    registrationNumber: 'Projekto reg. Nr.',
    applicant: 'Pareiškėjo pavadinimas',
    title: 'Projekto pavadinimas',
    evaluator: (id) => `Vertintojo ${id} balai`,
    average: 'Balų vidurkis',
    decision: 'Sprendimas',
    amount: 'Skirta valstybės biudžeto lėšų suma, Eur',
    reason: 'Priežastis',
  },
  en: {
    rank: 'Rank',
    registrationNumber: 'Registration No.',
    applicant: 'Applicant',
    title: 'Project title',
    evaluator: (id) => `Evaluator ${id} total`,
    average: 'Average score',
    decision: 'Decision',
    amount: 'State budget funds allocated, EUR',
    reason: 'Reason',
  },
}

/**
 * A decimal string as a CSV cell: Lithuanian decimal comma, no digit grouping (Lithuanian spreadsheet
 * programs read `2946,00` as a number; a grouping space would make it text). Human tables (HTML) use core's
 * `formatNumber` instead, with grouping.
 */
export function csvNumber(value: string, lang: 'lt' | 'en'): string {
  return lang === 'lt' ? value.replace('.', ',') : value
}

export function checkLang(options: unknown): 'lt' | 'en' {
  if (options === undefined) return 'lt'
  const lang = (options as { lang?: unknown } | null)?.lang
  if (lang === undefined) return 'lt'
  if (lang === 'lt' || lang === 'en') return lang
  throw new EvaluationError('INVALID_OPTIONS', `Unknown language: ${String(lang)}`, { lang: String(lang) })
}

/** The summary of a ranking result in `lang` (re-rendering the reasons when the language differs). */
export function summaryIn(result: RankingResult, lang: 'lt' | 'en'): EvaluationSummary {
  if (
    typeof result !== 'object' ||
    result === null ||
    !Array.isArray(result.rows) ||
    typeof result.summary !== 'object' ||
    result.summary === null
  ) {
    throw new EvaluationError('INVALID_RESULT', 'Expected the result of rankApplications()')
  }
  if (result.summary.lang === lang) return result.summary
  return buildSummary(result.rows, { callName: result.summary.callName, totals: result.summary.totals }, lang)
}
