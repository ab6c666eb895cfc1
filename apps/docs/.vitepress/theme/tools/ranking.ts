/**
 * The ranking tool's logic (no Vue): evaluators' scores read from CSV, the call's parameters, and
 * `rankApplications` of @talka/evaluation with the funded, reserve and not-funded lists, the cut-off
 * line and the evaluation summary files.
 */
import { type Call, type CallInput, safeParseCall } from '@talka/calls'
import { formatLegalRef, formatNumber, isTalkaError, renderMessage, ValidationError } from '@talka/core'
import {
  type Application,
  type PublishedRankingMessageKey,
  type PublishedTables,
  publishedRankingMessages,
  type RankApplicationsInput,
  type RankingResult,
  rankApplications,
  summaryToCsv,
  summaryToHtml,
  toPublishedTables,
} from '@talka/evaluation'
import { decisionDateOf, type LegalBasisLine, legalBasisLines } from '../components/tools/officer-format.js'
import { nonNegativeDecimal, parseCsv, readCsvRows } from './csv.js'
import type { Lang, Localized } from './i18n.js'
import { RANKING_DECISION_TEXT } from './texts.js'
import { choiceField, ownCallField, stringField } from './url-state.js'

/** What happens to the first project the rest of the budget does not cover. */
export type LastProjectRule = 'offer-remainder-if-at-least-minimum' | 'reserve'

/** Where the call comes from: the form's few parameters, or the officer's own call.v1 document. */
export type CallSource = 'form' | 'own'

/** The ranking tool's state: the scores CSV and the call's parameters. */
export interface RankingState {
  readonly csv: string
  /** `'own'`: rank under `ownCall` (made in the call builder or loaded from call.json). */
  readonly source?: CallSource
  /** The officer's call as JSON (a call.v1 document); kept in the link too. */
  readonly ownCall?: unknown
  readonly name: string
  readonly budget: string
  readonly minPerProject: string
  readonly maxPerProject: string
  readonly passMark: string
  readonly lastProject: LastProjectRule
  /** The date of the decision the printed summary belongs to (`YYYY-MM-DD`; empty: today). */
  readonly decisionDate: string
  /** The officer's own act the ranking is made under (printed first under the legal basis). */
  readonly decisionAct: string
  /** Who signs the summary: position and name, as typed. */
  readonly signatory: string
}

const HEADER =
  'Projekto reg. Nr.;Pareiškėjas;Projekto pavadinimas;Prašoma suma, Eur;Vertintojas;Aktualumas (maks. 40);Veiklos (maks. 30);Biudžetas (maks. 30)'

/**
 * The example: the call of the "Score and rank" guide (illustrative names and scores): EUR 7,500,
 * EUR 1,000–3,000 per project, pass mark 60 of 100, the remainder offered to the next project.
 */
export const RANKING_EXAMPLE: RankingState = {
  csv: [
    HEADER,
    'BO-P-2024-201;Bendruomenė „Ąžuolas“;Kiemų šventė;3000,00;E1;36;27;26',
    'BO-P-2024-201;Bendruomenė „Ąžuolas“;Kiemų šventė;3000,00;E2;35;28;25',
    'BO-P-2024-202;Bendruomenė „Liepa“;Senjorų klubas;3000,00;E1;33;25;24',
    'BO-P-2024-202;Bendruomenė „Liepa“;Senjorų klubas;3000,00;E2;34;26;25',
    'BO-P-2024-203;Bendruomenė „Beržas“;Talka prie ežero;2500,00;E1;30;24;22',
    'BO-P-2024-203;Bendruomenė „Beržas“;Talka prie ežero;2500,00;E2;31;23;22',
    'BO-P-2024-204;Bendruomenė „Klevas“;Vaikų vasara;2000,00;E1;26;20;19',
    'BO-P-2024-204;Bendruomenė „Klevas“;Vaikų vasara;2000,00;E2;25;20;19',
    'BO-P-2024-205;Bendruomenė „Uosis“;Kaimo istorija;2000,00;E1;20;15;14',
    'BO-P-2024-205;Bendruomenė „Uosis“;Kaimo istorija;2000,00;E2;22;16;15',
  ].join('\n'),
  name: 'Bendruomeninės veiklos stiprinimas 2024 m. (pavyzdys)',
  budget: '7500.00',
  minPerProject: '1000.00',
  maxPerProject: '3000.00',
  passMark: '60',
  lastProject: 'offer-remainder-if-at-least-minimum',
  decisionDate: '',
  decisionAct: '',
  signatory: '',
}

const LAST_PROJECT: readonly LastProjectRule[] = ['offer-remainder-if-at-least-minimum', 'reserve']

/** A state read back from an address; anything malformed falls back to the example. */
export function rankingStateFrom(value: unknown): RankingState {
  const e = RANKING_EXAMPLE
  return {
    csv: stringField(value, 'csv', e.csv),
    name: stringField(value, 'name', e.name),
    budget: stringField(value, 'budget', e.budget),
    minPerProject: stringField(value, 'minPerProject', e.minPerProject),
    maxPerProject: stringField(value, 'maxPerProject', e.maxPerProject),
    passMark: stringField(value, 'passMark', e.passMark),
    lastProject: choiceField(value, 'lastProject', LAST_PROJECT, e.lastProject),
    decisionDate: stringField(value, 'decisionDate', e.decisionDate),
    decisionAct: stringField(value, 'decisionAct', e.decisionAct),
    signatory: stringField(value, 'signatory', e.signatory),
    source: choiceField<CallSource>(value, 'source', ['form', 'own'], 'form'),
    ...ownCallField(value),
  }
}

/** The officer's own call of a state, when it is a valid call.v1 document. */
export function ownCallOf(state: Pick<RankingState, 'ownCall'>): Call | undefined {
  if (state.ownCall === undefined) return undefined
  const parsed = safeParseCall(state.ownCall)
  return parsed.success ? parsed.data : undefined
}

/** A criterion id (call.v1 wants a slug) made from a column header: `Biudžetas` → `biudzetas`. */
function slugOf(text: string, taken: ReadonlySet<string>): string {
  const base =
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 90) || 'kriterijus'
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  return id
}

/** The role of a column of the scores table. */
type Role = 'id' | 'applicant' | 'title' | 'requested' | 'evaluator' | 'submittedAt'

const ROLES: readonly [Role, RegExp][] = [
  ['applicant', /pareišk[eė]j|applicant/i],
  ['id', /reg\.?\s*nr|paraišk|registration|application|^id$|^nr\.?$/i],
  ['title', /pavadinim|title|projekt/i],
  ['requested', /prašom|requested|suma|amount/i],
  ['evaluator', /vertintoj|ekspert|evaluator|expert/i],
  ['submittedAt', /pateikt|submitted/i],
]

/** `Aktualumas (maks. 40)` → `{ id: 'Aktualumas', max: '40' }`. */
export function criterionOf(header: string): { id: string; max: string | null } {
  const match = /^(.*?)\s*\((?:maks\.?|max\.?|maximum|maksimalus)\s*([\d.,\s]+)\)\s*$/i.exec(header)
  if (!match) return { id: header, max: null }
  return { id: match[1]!.trim(), max: nonNegativeDecimal(match[2]!) ?? null }
}

/** A problem found while reading the scores table, at a spreadsheet row (header = 1). */
export interface ScoreProblem {
  readonly row: number | null
  readonly message: string
}

/** Reads the scores table into applications (one row per application and evaluator). */
export function readScores(
  csv: string,
  lang: Lang,
  call?: Call,
): {
  criteria: { id: string; title: string; max: string }[]
  applications: Application[]
  /** Spreadsheet rows of each application's evaluations, to locate problems. */
  lines: Map<string, number[]>
  problems: ScoreProblem[]
} {
  const table = parseCsv(csv)
  const problems: ScoreProblem[] = []
  const roles = new Map<Role, number>()
  table.headers.forEach((header, i) => {
    const role = ROLES.find(([r, pattern]) => !roles.has(r) && pattern.test(header))?.[0]
    if (role && !/\((maks|max)/i.test(header)) roles.set(role, i)
  })
  const criteria: { id: string; title: string; max: string; index: number }[] = []
  const ofCall = call?.evaluation?.criteria ?? []
  const taken = new Set<string>()
  table.headers.forEach((header, i) => {
    if ([...roles.values()].includes(i)) return
    const c = criterionOf(header)
    if (ofCall.length > 0) {
      // The officer's call names the criteria: a column is one of them by id or title (lt or en).
      const name = c.id.toLocaleLowerCase('lt')
      const found = ofCall.find((k) =>
        [k.id, k.title.lt, k.title.en].some((n) => n.toLocaleLowerCase('lt') === name),
      )
      if (found) criteria.push({ id: found.id, title: found.title[lang], max: String(found.max), index: i })
      else
        problems.push({
          row: 1,
          message: t(lang, {
            lt: `Stulpelis „${header}“ nėra kvietimo kriterijus (${ofCall.map((k) => k.title.lt).join(', ')}).`,
            en: `Column “${header}” is not a criterion of the call (${ofCall.map((k) => k.title.en).join(', ')}).`,
          }),
        })
      return
    }
    if (c.max === null) {
      problems.push({
        row: 1,
        message: t(lang, {
          lt: `Stulpelyje „${header}“ nenurodytas didžiausias balas: rašykite, pvz., „${c.id} (maks. 40)“.`,
          en: `Column “${header}” has no maximum score: write e.g. “${c.id} (max 40)”.`,
        }),
      })
    } else {
      const id = slugOf(c.id, taken)
      taken.add(id)
      criteria.push({ id, title: c.id, max: c.max, index: i })
    }
  })
  for (const role of ['id', 'requested', 'evaluator'] as const) {
    if (!roles.has(role)) {
      const names: Record<typeof role, Localized> = {
        id: { lt: 'Projekto reg. Nr.', en: 'Registration No.' },
        requested: { lt: 'Prašoma suma, Eur', en: 'Requested, EUR' },
        evaluator: { lt: 'Vertintojas', en: 'Evaluator' },
      }
      problems.push({
        row: 1,
        message: t(lang, {
          lt: `Nėra stulpelio „${names[role].lt}“.`,
          en: `There is no column “${names[role].en}”.`,
        }),
      })
    }
  }
  if (criteria.length === 0) {
    problems.push({
      row: 1,
      message: t(lang, {
        lt: 'Nėra vertinimo kriterijų stulpelių, pvz., „Aktualumas (maks. 40)“.',
        en: 'There are no criterion columns, e.g. “Relevance (max 40)”.',
      }),
    })
  }
  const byId = new Map<string, Application & { evaluations: Application['evaluations'][number][] }>()
  const lines = new Map<string, number[]>()
  if (problems.length > 0) return { criteria, applications: [], lines, problems }
  const cell = (row: readonly string[], role: Role) => {
    const i = roles.get(role)
    return i === undefined ? '' : (row[i] ?? '')
  }
  table.rows.forEach((row, r) => {
    const line = r + 2
    const id = cell(row, 'id')
    if (id === '') {
      problems.push({
        row: line,
        message: t(lang, { lt: 'Nėra projekto numerio.', en: 'No registration number.' }),
      })
      return
    }
    const scores: Record<string, string> = {}
    for (const c of criteria) {
      const raw = row[c.index] ?? ''
      const value = nonNegativeDecimal(raw)
      if (value === undefined) {
        problems.push({
          row: line,
          message: t(lang, {
            lt: `„${c.id}“: „${raw}“ nėra balas.`,
            en: `“${c.id}”: “${raw}” is not a score.`,
          }),
        })
      } else scores[c.id] = value
    }
    let app = byId.get(id)
    if (!app) {
      const requestedRaw = cell(row, 'requested')
      const requested = nonNegativeDecimal(requestedRaw)
      if (requested === undefined) {
        problems.push({
          row: line,
          message: t(lang, {
            lt: `Prašoma suma „${requestedRaw}“ nėra skaičius.`,
            en: `The requested amount “${requestedRaw}” is not a number.`,
          }),
        })
      }
      const submittedAt = cell(row, 'submittedAt')
      app = {
        id,
        requested: requested ?? '0',
        ...(cell(row, 'applicant') ? { applicant: cell(row, 'applicant') } : {}),
        ...(cell(row, 'title') ? { title: cell(row, 'title') } : {}),
        ...(submittedAt ? { submittedAt: submittedAt.replace(' ', 'T') } : {}),
        evaluations: [],
      }
      byId.set(id, app)
      lines.set(id, [])
    }
    app.evaluations.push({ evaluator: cell(row, 'evaluator') || `E${app.evaluations.length + 1}`, scores })
    lines.get(id)!.push(line)
  })
  return {
    criteria: criteria.map(({ id, title, max }) => ({ id, title, max })),
    applications: [...byId.values()],
    lines,
    problems,
  }
}

const t = (lang: Lang, text: Localized) => text[lang]

/** One application row as the page shows it. */
export interface RankedLine {
  readonly rank: number | null
  readonly id: string
  readonly applicant: string
  readonly title: string
  readonly requested: string
  readonly totals: string
  readonly average: string
  readonly decision: string
  readonly amount: string | null
  readonly reason: string
  /** `funded`, `reserve`, `not-funded`, … */
  readonly decisionCode: string
}

/** The ranking as the page shows it. */
export type RankingView =
  | {
      readonly ok: true
      readonly result: RankingResult
      /** The call the ranking was made under: the officer's own, or the one made from the form. */
      readonly call: Call | CallInput
      /** Every row in the package's order: ranked rows by rank, then the unranked ones. */
      readonly all: readonly RankedLine[]
      readonly funded: readonly RankedLine[]
      readonly reserve: readonly RankedLine[]
      readonly notFunded: readonly RankedLine[]
      readonly open: readonly RankedLine[]
      readonly budget: string
      readonly fundedTotal: string
      readonly remaining: string
      readonly criteria: readonly { readonly id: string; readonly title: string; readonly max: string }[]
      readonly passMark: string | null
      /** The legal references the ranking's reasons cite, as printed lines. */
      readonly legalBasis: readonly LegalBasisLine[]
    }
  | { readonly ok: false; readonly errors: readonly string[] }

const optional = (text: string) => {
  const value = nonNegativeDecimal(text)
  return text.trim() === '' || value === undefined ? undefined : value
}

/** Ranks the applications with `rankApplications` and sorts them into the lists the page shows. */
export function runRanking(state: RankingState, lang: Lang): RankingView {
  const own = state.source === 'own' ? ownCallOf(state) : undefined
  if (state.source === 'own' && own === undefined) {
    return {
      ok: false,
      errors: [
        t(lang, {
          lt: 'Jūsų kvietimas neįkeltas arba neatitinka call.v1 schemos: sudarykite jį kvietimo rengimo įrankyje arba įkelkite call.json failą.',
          en: 'Your call is not loaded or does not match the call.v1 schema: make it in the call builder or load a call.json file.',
        }),
      ],
    }
  }
  const read = readScores(state.csv, lang, own)
  const rowWord = lang === 'lt' ? 'eilutė' : 'Row'
  const where = (row: number | null) =>
    row === null ? '' : lang === 'lt' ? `${row} ${rowWord}: ` : `${rowWord} ${row}: `
  if (read.problems.length > 0)
    return { ok: false, errors: read.problems.map((p) => `${where(p.row)}${p.message}`) }
  const call = own ?? formCall(state, read.criteria, lang)
  if (typeof call === 'string') return { ok: false, errors: [call] }
  const input: RankApplicationsInput = { call, applications: read.applications, lang }
  let result: RankingResult
  try {
    result = rankApplications(input)
  } catch (error) {
    if (error instanceof ValidationError) {
      return {
        ok: false,
        errors: error.issues.map((issue) => locate(issue.path, read, lang) + issue.message),
      }
    }
    if (isTalkaError(error)) return { ok: false, errors: [`${error.code}: ${error.message}`] }
    throw error
  }
  const reasons = new Map(result.summary.rows.map((r) => [r.registrationNumber, r.reason]))
  const lines = result.rows.map(
    (row): RankedLine => ({
      rank: row.rank,
      id: row.id,
      applicant: row.applicant ?? '',
      title: row.title ?? '',
      requested: row.requested,
      totals: row.totals.map((x) => `${x.evaluator}: ${formatNumber(x.total, lang)}`).join(', '),
      average: row.averageDisplay ?? '',
      decision: RANKING_DECISION_TEXT[row.decision]?.[lang] ?? row.decision,
      decisionCode: row.decision,
      amount: row.amount,
      reason: reasons.get(row.id) ?? '',
    }),
  )
  const pick = (codes: readonly string[]) => lines.filter((l) => codes.includes(l.decisionCode))
  return {
    ok: true,
    result,
    call,
    all: lines,
    funded: pick(['funded']),
    reserve: pick(['reserve']),
    notFunded: pick(['not-funded']),
    open: pick(['needs-another-evaluator', 'tie-unresolved', 'formal-check-pending']),
    budget: result.summary.totals.budget,
    fundedTotal: result.summary.totals.funded,
    remaining: result.summary.totals.remaining,
    criteria: read.criteria,
    passMark: result.summary.totals.passMark,
    legalBasis: legalBasisLines(
      [...result.trace.reasons, ...result.rows.flatMap((r) => r.reasons)],
      lang,
    ).filter((line) => line.url !== FORM_CALL_URL),
  }
}

/** The address of the form call's stand-in reference, never printed as a legal basis. */
export const FORM_CALL_URL = 'https://www.e-tar.lt/#talka-ranking-form'

/**
 * The call.v1 document of the form's parameters: budget, amounts per project (a request above the
 * maximum is capped, as the tool always did), the criteria read from the columns, the pass mark and
 * what happens to the last project; its reference is the officer's act when typed. A message when the
 * budget is missing.
 */
export function formCall(
  state: RankingState,
  criteria: readonly { id: string; title: string; max: string }[],
  lang: Lang,
): CallInput | string {
  const budget = nonNegativeDecimal(state.budget)
  if (budget === undefined)
    return t(lang, { lt: 'Įrašykite konkurso biudžetą.', en: 'Enter the call’s budget.' })
  const minPerProject = optional(state.minPerProject)
  const maxPerProject = optional(state.maxPerProject)
  const passMark = optional(state.passMark)
  const name = state.name.trim()
  const act = state.decisionAct.trim()
  const year = Number((state.decisionDate || new Date().toISOString()).slice(0, 4))
  return {
    id: 'ranking-tool',
    name: { lt: name || 'Konkursas', en: name || 'Call for proposals' },
    municipality: { name: lang === 'lt' ? 'Savivaldybė' : 'Municipality' },
    year: Number.isInteger(year) && year >= 2017 && year <= 2100 ? year : 2025,
    model: 'standard',
    // The form has no act of its own: the officer's act is printed on its own line, so this stand-in
    // reference is left out of the legal basis (FORM_CALL_URL).
    ref: { act: act || (lang === 'lt' ? 'Konkurso nuostatai' : 'Call description'), url: FORM_CALL_URL },
    budget: { kind: 'total', amount: budget },
    ...(minPerProject || maxPerProject
      ? {
          amounts: {
            ...(minPerProject ? { minPerProject } : {}),
            ...(maxPerProject ? { maxPerProject } : {}),
            overMaximum: 'cap' as const,
          },
        }
      : {}),
    evaluation: {
      criteria: criteria.map((c) => ({
        id: c.id,
        title: { lt: c.title, en: c.title },
        min: 0,
        max: c.max,
        weight: '1',
      })),
      ...(passMark ? { passMark: { score: passMark } } : {}),
      lastProject: { policy: state.lastProject },
    },
  }
}

/** "Row 5: " for a validation path `applications.1.evaluations.0.scores.x`, else the path. */
function locate(path: readonly (string | number)[], read: ReturnType<typeof readScores>, lang: Lang): string {
  if (path[0] === 'applications' && typeof path[1] === 'number') {
    const app = read.applications[path[1]]
    const evaluation = path[2] === 'evaluations' && typeof path[3] === 'number' ? path[3] : 0
    const row = app ? read.lines.get(app.id)?.[evaluation] : undefined
    if (row !== undefined) return lang === 'lt' ? `${row} eilutė: ` : `Row ${row}: `
  }
  return path.length ? `${path.join('.')}: ` : ''
}

/** One list of a published decision (funded, reserve or not funded) as its CSV section has it. */
export interface PublishedSection {
  readonly heading: string
  readonly columns: readonly string[]
  readonly rows: readonly (readonly string[])[]
  /** The "VISO" row under the list, when the list has a total. */
  readonly total: readonly string[] | null
}

/** The published decision of a ranking (`toPublishedTables`), or why it cannot be published yet. */
export type PublishedView =
  | {
      readonly ok: true
      readonly tables: PublishedTables
      /** The three lists, read from the package's CSV so that paper, CSV and .xlsx say the same. */
      readonly sections: readonly PublishedSection[]
      /** The CSV's rows (blank rows between the lists kept): the .xlsx download. */
      readonly rows: readonly (readonly string[])[]
      /** "Data: 2025-02-03" as the package words it. */
      readonly dateLine: string
      /** "Teisinis pagrindas: …": the call's own citation, as the package words it. */
      readonly legalBasisLine: string
      /** The captions of the signature block: position, signature, name. */
      readonly signature: readonly [string, string, string]
    }
  | { readonly ok: false; readonly message: string }

const published = (key: PublishedRankingMessageKey, lang: Lang, params: Record<string, string> = {}) =>
  renderMessage(publishedRankingMessages, key, params, lang)

/**
 * The ranking as the municipality publishes it: `toPublishedTables` of @talka/evaluation under the call the
 * ranking was made under, dated by the decision date (today when empty). A ranking with an open decision
 * (another evaluator needed, a tie) cannot be published yet: a message says so.
 */
export function publishedOf(
  view: Extract<RankingView, { ok: true }>,
  decisionDate: string,
  lang: Lang,
): PublishedView {
  let tables: PublishedTables
  try {
    tables = toPublishedTables(view.result, { lang, call: view.call, date: decisionDateOf(decisionDate) })
  } catch (error) {
    if (!isTalkaError(error)) throw error
    return {
      ok: false,
      message: t(lang, {
        lt: 'Sprendimo lentelių dar negalima paskelbti: ne visoms paraiškoms priimtas galutinis sprendimas.',
        en: 'The decision tables cannot be published yet: not every application has a final decision.',
      }),
    }
  }
  const rows = readCsvRows(tables.csv, ';')
  const total = published('evaluation.published.total', lang)
  const sections: PublishedSection[] = []
  let start = 0
  for (let i = 0; i <= rows.length; i++) {
    if (i < rows.length && rows[i]!.length > 0) continue
    const [head, columns, ...body] = rows.slice(start, i)
    start = i + 1
    if (!head || !columns) continue
    const last = body.at(-1)
    const hasTotal = last !== undefined && last[0] === total
    sections.push({
      heading: head[0] ?? '',
      columns,
      rows: hasTotal ? body.slice(0, -1) : body,
      total: hasTotal ? last : null,
    })
  }
  const table = tables.table
  return {
    ok: true,
    tables,
    sections,
    rows,
    dateLine:
      table.date === undefined ? '' : published('evaluation.published.date', lang, { date: table.date }),
    legalBasisLine: table.legalBasis
      ? published('evaluation.published.legalBasis', lang, { ref: formatLegalRef(table.legalBasis, lang) })
      : '',
    signature: [
      published('evaluation.published.signature.position', lang),
      published('evaluation.published.signature.signature', lang),
      published('evaluation.published.signature.name', lang),
    ],
  }
}

/** The evaluation summary as CSV (`summaryToCsv`, with BOM for spreadsheets). */
export function rankingCsv(result: RankingResult, lang: Lang): string {
  return summaryToCsv(result, { lang, bom: true })
}

/** The evaluation summary as a printable HTML page (`summaryToHtml`). */
export function rankingHtml(result: RankingResult, lang: Lang): string {
  return summaryToHtml(result, { lang })
}

export { RANKING_TEXT } from './texts.js'
