import { type Lang, MAX_ISSUES, type MessageParams, renderMessage } from '@talka/core'
import { type CsvSeparator, writeCsv } from '@talka/core/csv'
import type { CsvIssue } from './csv-issue.js'
import { CSV_MESSAGES, type CsvMessageKey } from './csv-messages.js'
import {
  type CsvField,
  type CsvLayout,
  type CsvSection,
  getPath,
  type RelPath,
  type Scope,
} from './layout.js'

/**
 * A cell delimiter Talka reads and writes: `;` (what Lithuanian Excel writes and opens), `,` or tab.
 *
 * @example
 * ```ts
 * import { reportToCsv, fixtures, type CsvDelimiter } from '@talka/reporting'
 * const delimiter: CsvDelimiter = ','
 * const { schema, data } = fixtures.fundedProjectLkbs2023
 * reportToCsv(schema, data, { delimiter })
 * ```
 */
export type CsvDelimiter = ';' | ',' | '\t'

/** What a column of the table holds. */
export type Column =
  | { readonly kind: 'record-type' }
  | { readonly kind: 'report'; readonly field: CsvField }
  | { readonly kind: 'section'; readonly id: string }
  | { readonly kind: 'group'; readonly key: string; readonly fieldIndex: number; readonly n: number }

interface ColumnDef {
  readonly column: Column
  readonly header: string
}

function sectionFieldByHeader(section: CsvSection, id: string): CsvField | undefined {
  return section.fields.find((f) => f.header.lt === id)
}

function sectionColumnIds(layout: CsvLayout): string[] {
  const ids: string[] = []
  for (const section of layout.sections) {
    for (const f of section.fields) if (!ids.includes(f.header.lt)) ids.push(f.header.lt)
  }
  return ids
}

function headerOf(layout: CsvLayout, id: string, lang: Lang): string {
  for (const section of layout.sections) {
    const f = sectionFieldByHeader(section, id)
    if (f) return f.header[lang]
  }
  return id
}

function items(document: unknown, section: CsvSection): unknown[] {
  const value = getPath(document, section.arrayPath)
  return Array.isArray(value) ? value : []
}

/** The columns of a document's table, in order, with headers in `lang`. */
function columnsFor(layout: CsvLayout, document: unknown, lang: Lang): ColumnDef[] {
  const report: ColumnDef[] = layout.reportFields.map((f) => ({
    column: { kind: 'report', field: f },
    header: f.header[lang],
  }))
  const section: ColumnDef[] = sectionColumnIds(layout).map((id) => ({
    column: { kind: 'section', id },
    header: headerOf(layout, id, lang),
  }))
  const groups: ColumnDef[] = []
  for (const s of layout.sections) {
    for (const group of s.groups) {
      const count = Math.max(
        0,
        ...items(document, s).map(
          (item) => (getPath(item, [group.key]) as unknown[] | undefined)?.length ?? 0,
        ),
      )
      for (let n = 1; n <= count; n++) {
        group.fields.forEach((f, fieldIndex) => {
          groups.push({
            column: { kind: 'group', key: group.key, fieldIndex, n },
            header: `${f.header[lang]} ${n}`,
          })
        })
      }
    }
  }
  const type: ColumnDef[] = layout.recordType
    ? [{ column: { kind: 'record-type' }, header: layout.recordType.header[lang] }]
    : []
  return layout.order === 'report-first'
    ? [...type, ...report, ...section, ...groups]
    : [...type, ...section, ...report, ...groups]
}

function cellFor(
  layout: CsvLayout,
  def: ColumnDef,
  document: Scope,
  section: CsvSection | undefined,
  item: unknown,
  lang: Lang,
): string {
  const column = def.column
  switch (column.kind) {
    case 'record-type':
      return (section?.recordType ?? layout.recordType?.placeholder)?.[lang] ?? ''
    case 'report':
      return column.field.get(document, lang)
    case 'section': {
      const f = section ? sectionFieldByHeader(section, column.id) : undefined
      if (!f || item === undefined) return ''
      return section?.item === 'text' ? f.get({ value: item }, lang) : f.get(item as Scope, lang)
    }
    case 'group': {
      const group = section?.groups.find((g) => g.key === column.key)
      const entry = (getPath(item, [column.key]) as unknown[] | undefined)?.[column.n - 1]
      const f = group?.fields[column.fieldIndex]
      return f && entry !== undefined ? f.get(entry as Scope, lang) : ''
    }
  }
}

/** Options of the CSV writer. */
export interface WriteOptions {
  readonly lang: Lang
  readonly separator: CsvSeparator
  readonly bom: boolean
}

/**
 * Writes a (schema-valid) document as one flat table with core's one CSV writer (`writeCsv`, which
 * neutralises formulas; `restoreCell` undoes it on reading).
 */
export function writeReportTable(layout: CsvLayout, document: Scope, options: WriteOptions): string {
  const { lang } = options
  const defs = columnsFor(layout, document, lang)
  const rows: string[][] = [defs.map((def) => def.header)]
  for (const section of layout.sections) {
    for (const item of items(document, section)) {
      rows.push(defs.map((def) => cellFor(layout, def, document, section, item, lang)))
    }
  }
  if (rows.length === 1)
    rows.push(defs.map((def) => cellFor(layout, def, document, undefined, undefined, lang)))
  return writeCsv(rows, { separator: options.separator, bom: options.bom })
}

/** The key of one cell (spreadsheet row and column header as written). */
export const cellKey = (row: number, column: string): string => `${row}\u0000${column}`

/** Where an issue is: spreadsheet row, column header as written, data row and JSON path. */
export interface At {
  readonly row: number
  readonly column: string
  readonly dataRow?: number | undefined
  readonly path?: RelPath | undefined
}

/**
 * The CSV issues of one file, bounded: at most `limit` kept (rendered), all counted, and every cell
 * with a problem remembered (a set, so that "is there already an error in this cell" is O(1): the
 * quadratic search it replaces took 19.5 s on 80,000 rows).
 */
export class CsvIssues {
  readonly kept: CsvIssue[] = []
  readonly cells = new Set<string>()
  /** Columns reported missing (schema findings in them are not repeated). */
  readonly missingColumns = new Set<string>()
  total = 0
  constructor(
    readonly lang: Lang,
    readonly limit: number = MAX_ISSUES,
  ) {}

  /** Whether the limit of rendered issues is reached (further issues are only counted). */
  get isFull(): boolean {
    return this.kept.length >= this.limit
  }

  /** Adds a CSV-level problem (rendered only while below the limit). */
  add(code: CsvMessageKey, params: MessageParams, at: At): void {
    if (code === 'csv.missing-column') this.missingColumns.add(at.column)
    this.push(at, () => ({ code, message: renderMessage(CSV_MESSAGES, code, params, this.lang), params }))
  }

  /**
   * Adds a problem whose message is rendered by `render` (only while below the limit); `remember`
   * records its cell in {@link CsvIssues.cells}.
   */
  push(
    at: At,
    render: () => { code: string; message: string; params: MessageParams; ruleId?: string | undefined },
    severity: 'error' | 'warning' = 'error',
    remember = true,
  ): void {
    this.total++
    // Only the reader's own cell problems are remembered: schema findings and rule findings come last
    // and nothing is checked against them, and 320,000 remembered keys cost more than the check.
    if (remember && at.column !== '') this.cells.add(cellKey(at.row, at.column))
    if (this.kept.length >= this.limit) return
    const { code, message, params, ruleId } = render()
    this.kept.push({
      row: at.row,
      column: at.column,
      code,
      message,
      severity,
      params,
      ...(at.dataRow !== undefined ? { dataRow: at.dataRow } : {}),
      path: at.path !== undefined ? [...at.path] : [],
      ...(ruleId !== undefined ? { ruleId } : {}),
    })
  }
}
