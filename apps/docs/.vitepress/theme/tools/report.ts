/**
 * The report validator's logic (no Vue): `validateReportCsv` of @talka/reporting on an uploaded or
 * pasted file, and the file as a grid with every error and warning on the cell it belongs to.
 */
import { fixtures, REPORT_SCHEMA_NAMES, type ReportSchemaName, validateReportCsv } from '@talka/reporting'
import Papa from 'papaparse'
import type { Lang } from './i18n.js'
import { choiceField, stringField } from './url-state.js'

/** The report validator's state. */
export interface ReportState {
  readonly schema: ReportSchemaName
  readonly csv: string
  /** Language of the messages (defaults to the page's). */
  readonly messages: Lang | ''
}

/** The report kinds offered, with their names. */
export const SCHEMA_TITLES: Record<ReportSchemaName, { lt: string; en: string }> = {
  'council-plan-report.v1': {
    lt: 'BO tarybos veiklos plano ataskaita',
    en: 'Council of community organisations: activity plan report',
  },
  'project-activity-report.v1': {
    lt: 'Projekto veiklos ir išlaidų ataskaita',
    en: 'Project activity and expense report',
  },
  'funded-project.v1': { lt: 'Finansuoto projekto įrašas', en: 'Record of a funded project' },
}

/** The schemas in the order offered. */
export const SCHEMAS: readonly ReportSchemaName[] = REPORT_SCHEMA_NAMES

/** The example file of each report kind (the seed documents of @talka/reporting as CSV). */
export function exampleCsv(schema: ReportSchemaName): string {
  switch (schema) {
    case 'council-plan-report.v1':
      return fixtures.councilPlanReportKlaipedaDistrict2024.csv
    case 'project-activity-report.v1':
      return fixtures.projectActivityReportExample.csv
    case 'funded-project.v1':
      return fixtures.fundedProjectLkbs2023.csv
  }
}

/** The example: seed 003, the Klaipėda district council's 2024 report. */
export function reportExample(): ReportState {
  return { schema: 'council-plan-report.v1', csv: exampleCsv('council-plan-report.v1'), messages: '' }
}

/** A state read back from an address; anything malformed falls back to the example. */
export function reportStateFrom(value: unknown): ReportState {
  const schema = choiceField(value, 'schema', SCHEMAS, 'council-plan-report.v1')
  return {
    schema,
    csv: stringField(value, 'csv', exampleCsv(schema)),
    messages: choiceField(value, 'messages', ['', 'lt', 'en'] as const, ''),
  }
}

/** One problem, located. */
export interface ShownIssue {
  readonly id: string
  readonly severity: 'error' | 'warning'
  readonly row: number
  readonly column: string
  readonly message: string
  readonly code: string
}

/** A cell of the grid with the problems found in it. */
export interface GridCell {
  readonly text: string
  readonly issues: readonly ShownIssue[]
}

/** The file as a grid with the problems on their cells, plus those that belong to no cell. */
export interface ReportView {
  readonly valid: boolean
  readonly errors: readonly ShownIssue[]
  readonly warnings: readonly ShownIssue[]
  readonly header: readonly GridCell[]
  /** Data rows; `row` is the spreadsheet row number (the header is 1). */
  readonly rows: readonly {
    readonly row: number
    readonly cells: readonly GridCell[]
    readonly issues: readonly ShownIssue[]
  }[]
  /** Problems not tied to one cell of the grid (a missing column, the whole file). */
  readonly general: readonly ShownIssue[]
}

const normalise = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()

/** Validates the CSV with `validateReportCsv` and lays the problems on the grid. */
export function runReport(state: ReportState, pageLang: Lang): ReportView {
  const lang = state.messages || pageLang
  const result = validateReportCsv(state.schema, state.csv, { lang })
  let n = 0
  const shown = (issue: (typeof result.errors)[number]): ShownIssue => ({
    id: `issue-${++n}`,
    severity: issue.severity,
    row: issue.row,
    column: issue.column,
    message: issue.message,
    code: issue.code,
  })
  const errors = result.errors.map(shown)
  const warnings = result.warnings.map(shown)
  const all = [...errors, ...warnings]
  const parsed = Papa.parse<string[]>(state.csv.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: false,
  })
  const lines = parsed.data
  // Papa keeps a last empty line for a trailing line break; the grid does not show it.
  while (lines.length > 0 && lines[lines.length - 1]!.every((c) => c.trim() === '')) lines.pop()
  const headerCells = lines[0] ?? []
  const columnIndex = new Map(headerCells.map((h, i) => [normalise(h), i]))
  const placed = new Set<string>()
  const at = (row: number, col: number) =>
    all.filter((issue) => {
      if (issue.row !== row || issue.column === '') return false
      const hit = columnIndex.get(normalise(issue.column)) === col
      if (hit) placed.add(issue.id)
      return hit
    })
  const header = headerCells.map((text, i) => ({ text, issues: at(1, i) }))
  const rows = lines.slice(1).map((cells, r) => {
    const row = r + 2
    const rowIssues = all.filter((issue) => issue.row === row && issue.column === '')
    for (const issue of rowIssues) placed.add(issue.id)
    return { row, cells: cells.map((text, i) => ({ text, issues: at(row, i) })), issues: rowIssues }
  })
  return {
    valid: result.valid,
    errors,
    warnings,
    header,
    rows,
    general: all.filter((issue) => !placed.has(issue.id)),
  }
}

/** The id of a grid cell, for links from the list of problems. */
export function cellId(row: number, column: number): string {
  return `report-cell-${row}-${column}`
}

/** The column index of an issue in the grid, or -1. */
export function columnOf(view: ReportView, issue: ShownIssue): number {
  return view.header.findIndex((h) => normalise(h.text) === normalise(issue.column))
}

export { REPORT_TEXT } from './texts.js'
