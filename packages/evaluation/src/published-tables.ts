import { type Call, type CallInput, callParser, citationFor } from '@talka/calls'
import {
  formatCents,
  formatLegalRef,
  formatNumber,
  fractionToFixed,
  type Lang,
  type Parsed,
  type PlainDate,
  parseCents,
  parseScaledDecimal,
  pow10,
  renderMessage,
  safeParsePlainDate,
  type TraceReason,
} from '@talka/core'
import { type CsvCell, writeCsv } from '@talka/core/csv'
import { EvaluationError } from './errors.js'
import { escapeHtml } from './escape-html.js'
import { evaluationMessages } from './messages.js'
import { type PublishedRankingMessageKey, publishedRankingMessages } from './published-messages.js'
import type {
  PublishedFundedRow,
  PublishedNotFundedRow,
  PublishedRankingTable,
  PublishedReserveRow,
} from './published-table-schema.js'

/**
 * One row of a ranking result as {@link toPublishedTables} reads it. `rankApplications`' rows fit; the
 * optional fields are read when present: `proposedAmount` (a reserve row's proposed amount),
 * `eligibleAmount` (the amount the commission found eligible) and `envelope` / `envelopeId` (the eldership
 * envelope the row competes in).
 *
 * @example
 * ```ts
 * import type { PublishedRankingSourceRow } from '@talka/evaluation'
 * const row: PublishedRankingSourceRow = { id: 'A-1', requested: '2000.00', decision: 'funded', amount: '2000.00',
 *   average: '88.5', applicant: 'Bendruomenė', title: 'Šventė', reasons: [] }
 * ```
 */
export interface PublishedRankingSourceRow {
  readonly id: string
  readonly requested: string
  readonly decision: string
  readonly applicant?: string | null | undefined
  readonly title?: string | null | undefined
  readonly average?: string | null | undefined
  readonly amount?: string | null | undefined
  readonly reasons?: readonly TraceReason[] | undefined
  readonly proposedAmount?: string | null | undefined
  readonly eligibleAmount?: string | null | undefined
  readonly envelope?: string | null | undefined
  readonly envelopeId?: string | null | undefined
}

/**
 * What {@link toPublishedTables} reads of a ranking result: its rows in rank order (`RankingResult` fits).
 *
 * @example
 * ```ts
 * import type { PublishedRankingSource } from '@talka/evaluation'
 * const source: PublishedRankingSource = { rows: [] }
 * ```
 */
export interface PublishedRankingSource {
  readonly rows: readonly PublishedRankingSourceRow[]
}

/**
 * Options of {@link toPublishedTables}: the language of headings, reasons and numbers, the call the result
 * decides (a call document or one parsed by `parseCall`) and the date of the decision.
 *
 * @example
 * ```ts
 * import type { PublishedTablesOptions } from '@talka/evaluation'
 * import { calls } from '@talka/calls'
 * const options: PublishedTablesOptions = { lang: 'lt', call: calls['pilot-2023-zarasai'], date: '2023-06-30' }
 * ```
 */
export interface PublishedTablesOptions {
  readonly lang: Lang
  readonly call: CallInput | Parsed<Call>
  readonly date?: string | PlainDate | undefined
}

/**
 * The published form of a ranking: the three lists as data (`table`, checkable with
 * `checkPublishedRanking`), the same lists as CSV and as a printable HTML page.
 *
 * @example
 * ```ts
 * import type { PublishedTables } from '@talka/evaluation'
 * declare const p: PublishedTables
 * p.table.funded.length; p.csv.split('\r\n')[0]; p.html.startsWith('<!DOCTYPE html>')
 * ```
 */
export interface PublishedTables {
  readonly table: PublishedRankingTable
  readonly csv: string
  readonly html: string
}

const FINAL = new Set(['funded', 'reserve', 'not-funded'])
const PASS_MARK_RULE = 'evaluation.pass-mark'

const text = (key: PublishedRankingMessageKey, lang: Lang, params: Record<string, string> = {}) =>
  renderMessage(publishedRankingMessages, key, params, lang)

/** An amount in a table's number form: "2 600,00" (lt), "2,600.00" (en). */
function amountText(amount: string, lang: Lang): string {
  return formatNumber(formatCents(parseCents(amount)), lang)
}

/** An average to one decimal, half up, as published ("105,5"); the data keeps the exact value. */
function averageText(average: string, lang: Lang): string {
  const parsed = parseScaledDecimal(average)
  if (!parsed) return average
  return formatNumber(fractionToFixed(parsed.coefficient, pow10(parsed.scale), 1), lang)
}

/** The smaller of two amounts in cents (`b` absent: `a`). */
const minCents = (a: number, b: number | undefined) => (b === undefined ? a : Math.min(a, b))

/** The reason of a not-funded row, as a published decision states it. */
function reasonOf(row: PublishedRankingSourceRow, call: Call, lang: Lang): string | null {
  const reasons = row.reasons ?? []
  if (reasons.length === 0) return null
  if (reasons[0]!.ruleId === PASS_MARK_RULE) {
    const c = citationFor(call, 'passMark')
    return c.source === 'call' && c.ref.point !== undefined && c.ref.act === call.ref.act
      ? text('evaluation.published.reason.passMarkPoint', lang, { point: c.ref.point })
      : text('evaluation.published.reason.passMark', lang)
  }
  const failing = reasons.filter((r) => r.result === 'fail')
  return (failing.length ? failing : [reasons[0]!]).map((r) => reasonText(r, lang)).join(' ')
}

/** A reason's text in `lang`: re-rendered from the package's catalog when it is one of its messages. */
function reasonText(reason: TraceReason, lang: Lang): string {
  const { key, params, text: given } = reason.message
  if (Object.hasOwn(evaluationMessages, key)) {
    try {
      return renderMessage(evaluationMessages, key, params, lang)
    } catch {
      return given
    }
  }
  return given
}

/**
 * Turns a ranking result into the decision as municipalities publish it: the funded list with its total
 * ("VISO"), the reserve list (with the proposed amounts where the row carries one or the call's reserve
 * policy gives one: the request, or the eligible amount, capped at the maximum) and the not-funded list with
 * reasons ("Projektas nesurinko Konkurso apraše nustatyto minimalaus balų skaičiaus (Aprašo 28 p.)" citing
 * the call's pass-mark point; other reasons as the result gives them), in the columns "Eil. Nr. |
 * Paraiškos Nr. | Organizacija | Projekto pavadinimas | Balų vidurkis | Prašoma suma, Eur | Skiriama suma,
 * Eur". Returns the lists as data (exact averages), as CSV (`;`, CRLF, Lithuanian numbers "2 600,00" and
 * averages to one decimal "105,5") and as one printable HTML page (title, date, legal basis: the call's
 * description, the three tables with "VISO", "REZERVINIŲ PROJEKTŲ SĄRAŠAS (Aprašo 40 p.)" citing the
 * call's reserve point when it states one, "NEFINANSUOJAMI PROJEKTAI", a signature block; every text is
 * HTML-escaped). English headings for `lang: 'en'`.
 *
 * Throws `EvaluationError` `INVALID_RESULT` when a row has no final decision (another evaluator needed, a
 * tie not resolved, a formal check pending): such a ranking cannot be published yet; `INVALID_OPTIONS` for
 * an unknown language or a date that is not a calendar date; core's `ValidationError` for an invalid call.
 *
 * @example
 * ```ts
 * import { rankApplications, toPublishedTables } from '@talka/evaluation'
 * import { calls } from '@talka/calls'
 * declare const result: ReturnType<typeof rankApplications>
 * const published = toPublishedTables(result, { lang: 'lt', call: calls['pilot-2023-zarasai'], date: '2023-06-30' })
 * published.table.total // e.g. '14647.85'
 * published.csv.split('\r\n')[0] // 'FINANSUOJAMŲ PROJEKTŲ SĄRAŠAS'
 * ```
 */
export function toPublishedTables(
  result: PublishedRankingSource,
  options: PublishedTablesOptions,
): PublishedTables {
  const lang = options?.lang
  if (lang !== 'lt' && lang !== 'en') {
    throw new EvaluationError('INVALID_OPTIONS', 'lang must be "lt" or "en"', { lang: String(lang) })
  }
  let date: string | undefined
  if (options.date !== undefined) {
    const parsed = safeParsePlainDate(options.date)
    if (!parsed.success) {
      throw new EvaluationError('INVALID_OPTIONS', 'date must be a calendar date YYYY-MM-DD', {
        date: String(options.date),
      })
    }
    date = parsed.data.toString()
  }
  const call: Call = callParser.ensure(options.call)
  const rows = result?.rows
  if (!Array.isArray(rows)) {
    throw new EvaluationError('INVALID_RESULT', 'Expected a ranking result with rows')
  }
  const open = rows.filter((r) => !FINAL.has(r.decision))
  if (open.length > 0) {
    throw new EvaluationError(
      'INVALID_RESULT',
      `The ranking is not final: ${open.length} application(s) have no final decision`,
      { count: open.length, ids: open.slice(0, 100).map((r) => r.id) },
    )
  }

  const budget = call.budget
  const envelopes = new Map(budget?.kind === 'envelopes' ? budget.envelopes.map((e) => [e.id, e]) : [])
  const maxCentsFor = (envelope: string | undefined): number | undefined => {
    const e = envelope === undefined ? undefined : envelopes.get(envelope)
    if (e) return parseCents(e.maxPerProject)
    const max = call.amounts?.maxPerProject
    return max === undefined ? undefined : parseCents(max)
  }
  const proposeAmounts = call.evaluation?.reserve?.proposedAmount === true

  const funded: PublishedFundedRow[] = []
  const reserve: PublishedReserveRow[] = []
  const notFunded: PublishedNotFundedRow[] = []
  let fundedCents = 0n
  let reserveCents = 0n
  let anyProposed = false
  for (const row of rows) {
    const envelope = row.envelope ?? row.envelopeId ?? undefined
    const common = {
      applicationNo: row.id,
      organisation: row.applicant ?? null,
      project: row.title ?? null,
      requested: row.requested,
      ...(envelope === undefined ? {} : { envelope }),
    }
    if (row.decision === 'funded') {
      const granted = row.amount
      if (typeof granted !== 'string' || typeof row.average !== 'string') {
        throw new EvaluationError('INVALID_RESULT', `Funded row ${row.id} has no amount or no average`, {
          id: row.id,
        })
      }
      fundedCents += BigInt(parseCents(granted))
      funded.push({ no: funded.length + 1, ...common, average: row.average, granted })
    } else if (row.decision === 'reserve') {
      if (typeof row.average !== 'string') {
        throw new EvaluationError('INVALID_RESULT', `Reserve row ${row.id} has no average`, { id: row.id })
      }
      let proposed: string | undefined
      if (typeof row.proposedAmount === 'string') proposed = row.proposedAmount
      else if (row.proposedAmount === undefined && proposeAmounts) {
        const base = parseCents(typeof row.eligibleAmount === 'string' ? row.eligibleAmount : row.requested)
        proposed = formatCents(minCents(base, maxCentsFor(envelope)))
      }
      if (proposed !== undefined) {
        anyProposed = true
        reserveCents += BigInt(parseCents(proposed))
      }
      reserve.push({
        no: reserve.length + 1,
        ...common,
        average: row.average,
        ...(proposed === undefined ? {} : { proposed }),
      })
    } else {
      notFunded.push({
        no: notFunded.length + 1,
        ...common,
        average: typeof row.average === 'string' ? row.average : null,
        reason: reasonOf(row, call, lang),
      })
    }
  }

  const legalBasis = citationFor(call, 'call').ref
  const table: PublishedRankingTable = {
    callId: call.id,
    title: call.name[lang],
    ...(date === undefined ? {} : { date }),
    legalBasis,
    funded,
    total: formatCents(fundedCents),
    reserve,
    ...(anyProposed ? { reserveTotal: formatCents(reserveCents) } : {}),
    notFunded,
  }
  const headings = {
    funded: text('evaluation.published.heading.funded', lang),
    reserve: reserveHeading(call, lang),
    notFunded: text('evaluation.published.heading.notFunded', lang),
  }
  return {
    table,
    csv: tableCsv(table, headings, lang),
    html: tableHtml(table, headings, lang, formatLegalRef(legalBasis, lang)),
  }
}

interface Headings {
  readonly funded: string
  readonly reserve: string
  readonly notFunded: string
}

/** "REZERVINIŲ PROJEKTŲ SĄRAŠAS (Aprašo 40 p.)" when the call states its reserve point. */
function reserveHeading(call: Call, lang: Lang): string {
  const c = citationFor(call, 'reserve')
  if (c.source !== 'call' || !call.evaluation?.reserve?.ref) {
    return text('evaluation.published.heading.reserve', lang)
  }
  if (c.ref.act === call.ref.act) {
    return c.ref.point === undefined
      ? text('evaluation.published.heading.reserve', lang)
      : text('evaluation.published.heading.reservePoint', lang, { point: c.ref.point })
  }
  return text('evaluation.published.heading.reserveRef', lang, { ref: formatLegalRef(c.ref, lang) })
}

// --- CSV (core's one writer and formula rule) ---------------------------------------------------------

/** A number cell: Lithuanian "2 600,00" / "105,5"; English without grouping ("2600.00") for spreadsheets. */
function csvNumber(formatted: string, lang: Lang): string {
  return lang === 'lt' ? formatted : formatted.replace(/,/g, '')
}

function columns(lang: Lang, last: 'granted' | 'proposed' | 'reason'): string[] {
  const c = (k: string) => text(`evaluation.published.column.${k}` as PublishedRankingMessageKey, lang)
  return [c('no'), c('applicationNo'), c('organisation'), c('project'), c('average'), c('requested'), c(last)]
}

function tableCsv(table: PublishedRankingTable, h: Headings, lang: Lang): string {
  const rows: CsvCell[][] = []
  const num = (amount: string) => csvNumber(amountText(amount, lang), lang)
  const avg = (average: string | null) =>
    average === null ? '' : csvNumber(averageText(average, lang), lang)
  const viso = text('evaluation.published.total', lang)
  const start = (row: PublishedFundedRow | PublishedReserveRow | PublishedNotFundedRow): CsvCell[] => [
    row.no === undefined ? '' : String(row.no),
    row.applicationNo,
    row.organisation,
    row.project,
    avg(row.average),
    num(row.requested),
  ]
  rows.push([h.funded], columns(lang, 'granted'))
  for (const row of table.funded) rows.push([...start(row), num(row.granted)])
  rows.push([viso, '', '', '', '', '', num(table.total)], [''], [h.reserve], columns(lang, 'proposed'))
  for (const row of table.reserve ?? []) {
    rows.push([...start(row), row.proposed === undefined ? '' : num(row.proposed)])
  }
  if (table.reserveTotal !== undefined) rows.push([viso, '', '', '', '', '', num(table.reserveTotal)])
  rows.push([''], [h.notFunded], columns(lang, 'reason'))
  for (const row of table.notFunded ?? []) rows.push([...start(row), row.reason])
  return writeCsv(rows, { separator: ';' })
}

// --- HTML ----------------------------------------------------------------------------------------------

const esc = escapeHtml

const STYLE = `
* { box-sizing: border-box; }
body { font-family: "Times New Roman", Times, serif; font-size: 11pt; color: #000; margin: 24px; line-height: 1.3; }
h1 { font-size: 13pt; text-align: center; margin: 0 0 6px; }
p.meta { text-align: center; margin: 0 0 4px; }
h2 { font-size: 11pt; text-align: center; margin: 18px 0 6px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 3px 5px; vertical-align: top; text-align: left; }
th { font-weight: bold; text-align: center; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: bold; }
.signature { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 24px; margin-top: 48px; }
.signature div { border-top: 1px solid #000; padding-top: 2px; text-align: center; font-size: 9pt; }
@page { size: A4 landscape; margin: 15mm; }
@media print { body { margin: 0; } thead { display: table-header-group; } tr { break-inside: avoid; } }
`

function htmlTable(
  heads: readonly string[],
  body: readonly (readonly [string, boolean])[][],
  total: string | undefined,
  viso: string,
  none: string,
): string {
  const head = heads.map((h, i) => `<th${i >= 4 && i <= 6 ? ' class="num"' : ''}>${esc(h)}</th>`).join('')
  const rows = body.length
    ? body
        .map(
          (cells) =>
            `<tr>${cells.map(([v, num]) => `<td${num ? ' class="num"' : ''}>${esc(v)}</td>`).join('')}</tr>`,
        )
        .join('\n')
    : `<tr><td colspan="${heads.length}">${esc(none)}</td></tr>`
  const foot =
    total === undefined
      ? ''
      : `\n<tfoot><tr><td colspan="${heads.length - 1}">${esc(viso)}</td><td class="num">${esc(total)}</td></tr></tfoot>`
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>${foot}\n</table>`
}

function tableHtml(table: PublishedRankingTable, h: Headings, lang: Lang, basis: string): string {
  const money = (amount: string) => amountText(amount, lang)
  const viso = text('evaluation.published.total', lang)
  const none = text('evaluation.published.none', lang)
  const start = (
    row: PublishedFundedRow | PublishedReserveRow | PublishedNotFundedRow,
  ): (readonly [string, boolean])[] => [
    [row.no === undefined ? '' : String(row.no), true],
    [row.applicationNo, false],
    [row.organisation ?? '', false],
    [row.project ?? '', false],
    [row.average === null ? '' : averageText(row.average, lang), true],
    [money(row.requested), true],
  ]
  const funded = htmlTable(
    columns(lang, 'granted'),
    table.funded.map((r) => [...start(r), [money(r.granted), true] as const]),
    money(table.total),
    viso,
    none,
  )
  const reserve = htmlTable(
    columns(lang, 'proposed'),
    (table.reserve ?? []).map((r) => [
      ...start(r),
      [r.proposed === undefined ? '' : money(r.proposed), true] as const,
    ]),
    table.reserveTotal === undefined ? undefined : money(table.reserveTotal),
    viso,
    none,
  )
  const notFunded = htmlTable(
    columns(lang, 'reason'),
    (table.notFunded ?? []).map((r) => [...start(r), [r.reason ?? '', false] as const]),
    undefined,
    viso,
    none,
  )
  const title = table.title ?? table.callId
  const meta = [
    table.date === undefined
      ? ''
      : `<p class="meta">${esc(text('evaluation.published.date', lang, { date: table.date }))}</p>`,
    `<p class="meta">${esc(text('evaluation.published.legalBasis', lang, { ref: basis }))}</p>`,
  ]
    .filter(Boolean)
    .join('\n')
  const sign = (['position', 'signature', 'name'] as const)
    .map((k) => `<div>${esc(text(`evaluation.published.signature.${k}`, lang))}</div>`)
    .join('')
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(title)}</h1>
${meta}
<section>
<h2>${esc(h.funded)}</h2>
${funded}
</section>
<section>
<h2>${esc(h.reserve)}</h2>
${reserve}
</section>
<section>
<h2>${esc(h.notFunded)}</h2>
${notFunded}
</section>
<div class="signature">${sign}</div>
</body>
</html>
`
}
