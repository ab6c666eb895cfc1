import { formatCents, formatNumber, tryParseCents } from '@talka/core'
import { escapeHtml } from './escape-html.js'
import type { EvaluationDecision, EvaluationSummary, RankingResult, SummaryRow } from './ranking-result.js'
import { COLUMN_LABELS, checkLang, DECISION_LABELS, summaryIn } from './summary-format.js'
import { EVALUATION_VERSION } from './version.js'

/**
 * Options of {@link summaryToHtml}.
 *
 * @example
 * ```ts
 * import type { SummaryHtmlOptions } from '@talka/evaluation'
 * const options: SummaryHtmlOptions = { lang: 'en', title: 'Evaluation summary, call 2024/1' }
 * ```
 */
export interface SummaryHtmlOptions {
  /** Language of the page; `'lt'` by default. */
  readonly lang?: 'lt' | 'en' | undefined
  /** Page heading; by default "Paraiškų vertinimo suvestinė" / "Evaluation summary". */
  readonly title?: string | undefined
}

const TEXT = {
  lt: {
    heading: 'Paraiškų vertinimo suvestinė',
    budget: 'Konkursui skirta lėšų suma, Eur',
    funded: 'Paskirstyta, Eur',
    remaining: 'Likutis, Eur',
    min: 'Mažiausia suma projektui, Eur',
    max: 'Didžiausia suma projektui, Eur',
    passMark: 'Minimalus balų vidurkis',
    none: '—',
    generated: 'Parengta su @talka/evaluation',
    sections: {
      funded: 'Finansuojami projektai',
      reserve: 'Rezervinių projektų sąrašas',
      notFunded: 'Nefinansuojamų projektų sąrašas',
      open: 'Sprendimas dar nepriimtas',
    },
    total: 'Iš viso',
  },
  en: {
    heading: 'Evaluation summary',
    budget: 'Budget of the call, EUR',
    funded: 'Allocated, EUR',
    remaining: 'Remaining, EUR',
    min: 'Minimum per project, EUR',
    max: 'Maximum per project, EUR',
    passMark: 'Minimum average score',
    none: '—',
    generated: 'Prepared with @talka/evaluation',
    sections: {
      funded: 'Funded projects',
      reserve: 'Reserve list',
      notFunded: 'Projects not funded',
      open: 'Decision still open',
    },
    total: 'Total',
  },
} as const

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 10.5pt;
  color: #111; margin: 24px; line-height: 1.35; }
h1 { font-size: 16pt; margin: 0 0 4px; }
h2 { font-size: 12pt; margin: 20px 0 6px; }
.call { color: #333; margin: 0 0 12px; }
dl.figures { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; margin: 0 0 8px; }
dl.figures dt { color: #444; }
dl.figures dd { margin: 0; font-variant-numeric: tabular-nums; }
table { border-collapse: collapse; width: 100%; margin: 0 0 8px; }
th, td { border: 1px solid #999; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #eceff3; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
th { hyphens: auto; }
td.id { white-space: nowrap; }
tfoot td { font-weight: 600; background: #f6f7f9; }
td.reason { font-size: 9.5pt; color: #222; min-width: 18em; }
footer { margin-top: 16px; font-size: 8.5pt; color: #555; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; font-size: 9.5pt; }
  thead { display: table-header-group; }
  tfoot { display: table-row-group; }
  tr, td, th { page-break-inside: avoid; break-inside: avoid; }
  section { break-inside: auto; }
  th { background: #e6e6e6 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`

function table(
  summary: EvaluationSummary,
  rows: readonly SummaryRow[],
  lang: 'lt' | 'en',
  withTotal: boolean,
): string {
  const labels = COLUMN_LABELS[lang]
  const head = [
    `<th class="num">${escapeHtml(labels.rank)}</th>`,
    `<th>${escapeHtml(labels.registrationNumber)}</th>`,
    `<th>${escapeHtml(labels.applicant)}</th>`,
    `<th>${escapeHtml(labels.title)}</th>`,
    ...summary.evaluators.map((e) => `<th class="num">${escapeHtml(labels.evaluator(e))}</th>`),
    `<th class="num">${escapeHtml(labels.average)}</th>`,
    `<th>${escapeHtml(labels.decision)}</th>`,
    `<th class="num">${escapeHtml(labels.amount)}</th>`,
    `<th>${escapeHtml(labels.reason)}</th>`,
  ].join('')
  const body = rows
    .map((row) => {
      const cells = [
        `<td class="num">${row.rank === null ? '' : row.rank}</td>`,
        `<td class="id">${escapeHtml(row.registrationNumber)}</td>`,
        `<td>${escapeHtml(row.applicant ?? '')}</td>`,
        `<td>${escapeHtml(row.title ?? '')}</td>`,
        ...summary.evaluators.map((e) => {
          const t = row.evaluatorTotals[e]
          return `<td class="num">${t === undefined ? '' : escapeHtml(formatNumber(t, lang))}</td>`
        }),
        `<td class="num">${row.average === null ? '' : escapeHtml(formatNumber(row.average, lang))}</td>`,
        `<td>${escapeHtml(DECISION_LABELS[lang][row.decision])}</td>`,
        `<td class="num">${row.amount === null ? '' : escapeHtml(formatNumber(row.amount, lang))}</td>`,
        `<td class="reason">${escapeHtml(row.reason)}</td>`,
      ]
      return `<tr>${cells.join('')}</tr>`
    })
    .join('\n')
  let foot = ''
  if (withTotal) {
    const span = 5 + summary.evaluators.length
    const sum = rows.reduce((acc, r) => acc + (r.amount === null ? 0 : (tryParseCents(r.amount) ?? 0)), 0)
    const amount = formatCents(sum)
    foot = `<tfoot><tr><td colspan="${span}">${escapeHtml(TEXT[lang].total)}</td><td></td><td class="num">${escapeHtml(
      formatNumber(amount, lang),
    )}</td><td></td></tr></tfoot>`
  }
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>${foot}\n</table>`
}

const OPEN: ReadonlySet<EvaluationDecision> = new Set([
  'needs-another-evaluator',
  'tie-unresolved',
  'formal-check-pending',
])

/**
 * The evaluation summary as one self-contained, printable HTML page: inline CSS with print rules (A4
 * landscape, repeated table headers), no scripts and no external resources; every text from the input
 * (ids, applicants, titles, reasons, evaluator ids, the call's name) is HTML-escaped. Sections follow the
 * published decisions: funded projects (with the total), the reserve list, projects not funded, and any
 * decisions still open.
 *
 * @example
 * ```ts
 * import { rankApplications, summaryToHtml } from '@talka/evaluation'
 * declare const result: ReturnType<typeof rankApplications>
 * const html = summaryToHtml(result, { lang: 'lt' })
 * html.startsWith('<!DOCTYPE html>') // true
 * ```
 */
export function summaryToHtml(result: RankingResult, options?: SummaryHtmlOptions): string {
  const lang = checkLang(options)
  const summary = summaryIn(result, lang)
  const t = TEXT[lang]
  const heading = options?.title ?? t.heading
  const money = (v: string | null) => (v === null ? t.none : escapeHtml(formatNumber(v, lang)))
  const figures = [
    [t.budget, money(summary.totals.budget)],
    [t.funded, money(summary.totals.funded)],
    [t.remaining, money(summary.totals.remaining)],
    [t.min, money(summary.totals.minPerProject)],
    [t.max, money(summary.totals.maxPerProject)],
    [
      t.passMark,
      summary.totals.passMark === null ? t.none : escapeHtml(formatNumber(summary.totals.passMark, lang)),
    ],
  ]
    .map(([dt, dd]) => `<dt>${escapeHtml(dt!)}</dt><dd>${dd}</dd>`)
    .join('')
  const sections: string[] = []
  const pick = (f: (r: SummaryRow) => boolean) => summary.rows.filter(f)
  const groups: [string, SummaryRow[], boolean][] = [
    [t.sections.funded, pick((r) => r.decision === 'funded'), true],
    [t.sections.reserve, pick((r) => r.decision === 'reserve'), false],
    [t.sections.notFunded, pick((r) => r.decision === 'not-funded'), false],
    [t.sections.open, pick((r) => OPEN.has(r.decision)), false],
  ]
  for (const [title, rows, withTotal] of groups) {
    if (rows.length === 0) continue
    sections.push(
      `<section>\n<h2>${escapeHtml(title)}</h2>\n${table(summary, rows, lang, withTotal)}\n</section>`,
    )
  }
  const outcome = result.trace?.outcome ? ` · ${escapeHtml(String(result.trace.outcome))}` : ''
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(heading)}</h1>
${summary.callName ? `<p class="call">${escapeHtml(summary.callName)}</p>` : ''}
<dl class="figures">${figures}</dl>
</header>
${sections.join('\n')}
<footer>${escapeHtml(t.generated)} ${escapeHtml(EVALUATION_VERSION)}${outcome}</footer>
</body>
</html>
`
}
