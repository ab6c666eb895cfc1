import { type Lang, MAX_ISSUES, type MessageParams, renderMessage } from '@talka/core'
import { type CsvSeparator, detectCsvSeparator, restoreCell, writeCsv } from '@talka/core/csv'
import Papa from 'papaparse'
import type { CsvIssue } from './csv-issue.js'
import { CSV_MESSAGES, type CsvMessageKey } from './csv-messages.js'
import {
  type CsvField,
  type CsvLayout,
  type CsvSection,
  getPath,
  type RelPath,
  type Scope,
  setPath,
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

const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t']
const normalise = (header: string) =>
  header.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('lt')

type Column =
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

/** Where a JSON path of the read document came from. */
interface CellLocation {
  readonly row: number
  readonly dataRow?: number
  readonly column: string
  /** The column is not in the file (the location names it by its Lithuanian header). */
  readonly missing: boolean
}

/** The result of reading a CSV file into a document (before schema validation). */
export interface ReadResult {
  readonly document?: Scope
  readonly issues: CsvIssues
  readonly locate: (path: readonly (string | number)[]) => CellLocation
}

const keyOf = (path: readonly (string | number)[]) => JSON.stringify(path)

/** The key of one cell (spreadsheet row and column header as written). */
export const cellKey = (row: number, column: string): string => `${row}\u0000${column}`

interface At {
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

  /** Adds a CSV-level problem (rendered only while below the limit). */
  add(code: CsvMessageKey, params: MessageParams, at: At): void {
    if (code === 'csv.missing-column') this.missingColumns.add(at.column)
    this.push(at, () => ({ code, message: renderMessage(CSV_MESSAGES, code, params, this.lang), params }))
  }

  /** Adds a problem whose message is rendered by `render` (only while below the limit). */
  push(
    at: At,
    render: () => { code: string; message: string; params: MessageParams; ruleId?: string | undefined },
    severity: 'error' | 'warning' = 'error',
  ): void {
    this.total++
    if (at.column !== '') this.cells.add(cellKey(at.row, at.column))
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

function parseRecords(text: string, delimiter: CsvDelimiter, preview = 0): Papa.ParseResult<string[]> {
  return Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, preview })
}

/**
 * Finds the delimiter under which the header row names the most known columns (`;` on a tie; core's
 * `detectCsvSeparator` when no header is known).
 */
function detectDelimiter(text: string, known: (header: string) => boolean): CsvDelimiter {
  let best: CsvDelimiter = ';'
  let bestScore = 0
  for (const delimiter of DELIMITERS) {
    const header = parseRecords(text, delimiter, 1).data[0] ?? []
    const score = header.filter((cell) => known(restoreCell(cell))).length
    if (score > bestScore) {
      best = delimiter
      bestScore = score
    }
  }
  // No known header under any delimiter: count them, so the errors name the columns as written.
  return bestScore > 0 ? best : detectCsvSeparator(text)
}

interface HeaderIndex {
  readonly byName: Map<string, Column>
  readonly groupPrefixes: Map<string, { key: string; fieldIndex: number }>
}

const headerIndexes = new WeakMap<CsvLayout, HeaderIndex>()

function headerIndex(layout: CsvLayout): HeaderIndex {
  const cached = headerIndexes.get(layout)
  if (cached) return cached
  const built = buildHeaderIndex(layout)
  headerIndexes.set(layout, built)
  return built
}

function buildHeaderIndex(layout: CsvLayout): HeaderIndex {
  const byName = new Map<string, Column>()
  const add = (header: { lt: string; en: string }, column: Column) => {
    byName.set(normalise(header.lt), column)
    byName.set(normalise(header.en), column)
  }
  if (layout.recordType) add(layout.recordType.header, { kind: 'record-type' })
  for (const f of layout.reportFields) add(f.header, { kind: 'report', field: f })
  for (const section of layout.sections) {
    for (const f of section.fields) add(f.header, { kind: 'section', id: f.header.lt })
  }
  const groupPrefixes = new Map<string, { key: string; fieldIndex: number }>()
  for (const section of layout.sections) {
    for (const group of section.groups) {
      group.fields.forEach((f, fieldIndex) => {
        groupPrefixes.set(normalise(f.header.lt), { key: group.key, fieldIndex })
        groupPrefixes.set(normalise(f.header.en), { key: group.key, fieldIndex })
      })
    }
  }
  return { byName, groupPrefixes }
}

function resolveHeader(index: HeaderIndex, header: string): Column | undefined {
  const name = normalise(header)
  const direct = index.byName.get(name)
  if (direct) return direct
  const match = /^(.*\S)\s*(\d+)$/.exec(name)
  if (!match) return undefined
  const group = index.groupPrefixes.get(match[1] ?? '')
  const n = Number(match[2])
  return group && n >= 1 ? { kind: 'group', key: group.key, fieldIndex: group.fieldIndex, n } : undefined
}

const columnKey = (column: Column): string => {
  switch (column.kind) {
    case 'record-type':
      return 'record-type'
    case 'report':
      return `report:${column.field.header.lt}`
    case 'section':
      return `section:${column.id}`
    case 'group':
      return `group:${column.key}:${column.fieldIndex}:${column.n}`
  }
}

const fold = (text: string) => text.trim().toLocaleLowerCase('lt')

/**
 * Reads a CSV text into a document of `layout`'s schema, collecting cell-level problems located by
 * spreadsheet row and column header as written. Schema validation is left to the caller, which maps
 * paths back to cells with `locate`.
 */
export function readCsv(layout: CsvLayout, input: unknown, lang: Lang, delimiter?: CsvDelimiter): ReadResult {
  const locations = new Map<string, CellLocation>()
  const fallback: CellLocation = { row: 1, column: '', missing: false }
  const locate = (path: readonly (string | number)[]): CellLocation => {
    for (let end = path.length; end >= 0; end--) {
      const found = locations.get(keyOf(path.slice(0, end)))
      if (found) return found
    }
    return fallback
  }
  const issues = new CsvIssues(lang)
  if (typeof input !== 'string') {
    issues.add('csv.not-text', {}, { row: 0, column: '' })
    return { issues, locate }
  }
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input
  const index = headerIndex(layout)
  const chosen = delimiter ?? detectDelimiter(text, (h) => resolveHeader(index, h) !== undefined)
  const parsed = parseRecords(text, chosen)
  const syntax = parsed.errors.filter((e) => e.type === 'Quotes')
  if (syntax.length > 0) {
    for (const e of syntax)
      issues.add('csv.syntax', { detail: e.message }, { row: (e.row ?? 0) + 1, column: '' })
    return { issues, locate }
  }
  const records = parsed.data.map((record) => record.map(restoreCell))
  const header = records[0]
  if (!header || header.every((cell) => cell.trim() === '')) {
    issues.add('csv.empty', {}, { row: 1, column: '' })
    return { issues, locate }
  }

  // Header row: every column must be known, once.
  const columns: (Column | undefined)[] = []
  const seen = new Map<string, string>()
  header.forEach((name) => {
    if (name.trim() === '') {
      columns.push(undefined)
      return
    }
    const column = resolveHeader(index, name)
    if (!column) {
      issues.add('csv.unknown-column', { column: name }, { row: 1, column: name })
      columns.push(undefined)
      return
    }
    const key = columnKey(column)
    if (seen.has(key)) issues.add('csv.duplicate-column', { column: name }, { row: 1, column: name })
    seen.set(key, name)
    columns.push(column)
  })
  const present = (column: Column) => seen.get(columnKey(column))
  if (layout.recordType && !present({ kind: 'record-type' })) {
    const name = layout.recordType.header.lt
    issues.add('csv.missing-column', { column: name }, { row: 1, column: name })
  }
  for (const f of layout.reportFields) {
    if (f.required && !present({ kind: 'report', field: f })) {
      issues.add('csv.missing-column', { column: f.header.lt }, { row: 1, column: f.header.lt })
    }
  }
  if (issues.total > 0) return { issues, locate }

  const document: Scope = {}
  for (const path of layout.ensure) if (getPath(document, path) === undefined) setPath(document, path, {})
  for (const section of layout.sections) setPath(document, section.arrayPath, [])
  const reportSeen = new Map<string, { row: number; raw: string }>()
  const sectionsWithRows = new Set<CsvSection>()
  const typeIndex = columns.findIndex((c) => c?.kind === 'record-type')
  const typeHeader = typeIndex >= 0 ? (header[typeIndex] ?? '') : ''
  const typeOptions = layout.recordType
    ? [layout.recordType.placeholder, ...layout.sections.flatMap((s) => (s.recordType ? [s.recordType] : []))]
        .map((t) => t[lang])
        .join(', ')
    : ''
  let dataRow = 0
  let firstDataRow: number | undefined

  records.slice(1).forEach((record, offset) => {
    const row = offset + 2
    if (record.every((cell) => cell === '')) return
    dataRow += 1
    firstDataRow ??= row
    const at = (column: string, path?: RelPath) => ({ row, dataRow, column, path })

    record.forEach((cell, i) => {
      if (cell !== '' && (i >= header.length || columns[i] === undefined)) {
        issues.add('csv.extra-cell', { position: i + 1 }, at(header[i] ?? ''))
      }
    })

    // Which section (table) the row belongs to.
    let section: CsvSection | undefined
    if (layout.recordType) {
      const typeCell = record[typeIndex] ?? ''
      const type = fold(typeCell)
      const matches = (t: { code: string; lt: string; en: string }) =>
        type === fold(t.code) || type === fold(t.lt) || type === fold(t.en)
      if (type === '' || matches(layout.recordType.placeholder)) {
        section = undefined
        if (type === '') {
          const filled = columns.some(
            (c, i) => (c?.kind === 'section' || c?.kind === 'group') && (record[i] ?? '') !== '',
          )
          if (filled) {
            issues.add('csv.missing-record-type', { options: typeOptions }, at(typeHeader))
            return
          }
        }
      } else {
        section = layout.sections.find((s) => s.recordType && matches(s.recordType))
        if (!section) {
          issues.add('csv.unknown-record-type', { value: typeCell, options: typeOptions }, at(typeHeader))
          return
        }
      }
    } else {
      section = layout.sections[0]
    }

    // Report-level fields: the first non-empty cell gives the value; the others must repeat it.
    columns.forEach((column, i) => {
      if (column?.kind !== 'report') return
      const cell = record[i] ?? ''
      if (cell === '') return
      const id = column.field.header.lt
      const first = reportSeen.get(id)
      const name = header[i] ?? id
      if (first) {
        if (cell !== first.raw) {
          issues.add(
            'csv.inconsistent-value',
            { firstRow: first.row, first: first.raw },
            at(name, column.field.path),
          )
        }
        return
      }
      reportSeen.set(id, { row, raw: cell })
      locations.set(keyOf(column.field.path), { row, dataRow, column: name, missing: false })
      const read = column.field.set(document, cell, lang)
      if (!read.ok) issues.add(read.code, read.params, at(name, column.field.path))
    })

    const typeLabel = (section?.recordType ?? layout.recordType?.placeholder)?.[lang] ?? ''
    if (!section) {
      columns.forEach((column, i) => {
        if ((column?.kind === 'section' || column?.kind === 'group') && (record[i] ?? '') !== '') {
          issues.add('csv.not-applicable', { type: typeLabel }, at(header[i] ?? ''))
        }
      })
      return
    }

    sectionsWithRows.add(section)
    const list = getPath(document, section.arrayPath) as unknown[]
    const itemIndex = list.length
    const itemPath = [...section.arrayPath, itemIndex]
    locations.set(keyOf(itemPath), { row, dataRow, column: '', missing: false })
    const item: Scope = {}
    const groups = new Map<string, Map<number, Scope>>()
    // The numbers of the column groups this row fills, in order: group n becomes the j-th entry.
    const filledGroups = new Map<string, number[]>()
    columns.forEach((column, i) => {
      if (column?.kind !== 'group' || (record[i] ?? '') === '') return
      const numbers = filledGroups.get(column.key) ?? []
      if (!numbers.includes(column.n)) numbers.push(column.n)
      filledGroups.set(
        column.key,
        numbers.sort((a, b) => a - b),
      )
    })

    // Register every field of the section, so that a missing value is located at its column.
    for (const f of section.fields) {
      const name = present({ kind: 'section', id: f.header.lt })
      const path = section.item === 'text' ? itemPath : [...itemPath, ...f.path]
      locations.set(keyOf(path), { row, dataRow, column: name ?? f.header.lt, missing: name === undefined })
    }

    columns.forEach((column, i) => {
      const cell = record[i] ?? ''
      const name = header[i] ?? ''
      if (column?.kind === 'section') {
        const f = sectionFieldByHeader(section, column.id)
        if (!f) {
          if (cell !== '') issues.add('csv.not-applicable', { type: typeLabel }, at(name))
          return
        }
        if (cell === '') return
        const path = section.item === 'text' ? itemPath : [...itemPath, ...f.path]
        const read = f.set(item, cell, lang)
        if (!read.ok) issues.add(read.code, read.params, at(name, path))
      } else if (column?.kind === 'group') {
        const group = section.groups.find((g) => g.key === column.key)
        const f = group?.fields[column.fieldIndex]
        if (!f) {
          if (cell !== '') issues.add('csv.not-applicable', { type: typeLabel }, at(name))
          return
        }
        if (cell === '') return
        const byNumber = groups.get(column.key) ?? new Map<number, Scope>()
        groups.set(column.key, byNumber)
        const entry = byNumber.get(column.n) ?? {}
        byNumber.set(column.n, entry)
        const read = f.set(entry, cell, lang)
        const order = filledGroups.get(column.key)?.indexOf(column.n) ?? 0
        if (!read.ok)
          issues.add(read.code, read.params, at(name, [...itemPath, column.key, order, ...f.path]))
      }
    })

    for (const [key, byNumber] of groups) {
      const numbers = [...byNumber.keys()].sort((a, b) => a - b)
      item[key] = numbers.map((n) => byNumber.get(n))
      const group = section.groups.find((g) => g.key === key)
      numbers.forEach((n, j) => {
        for (const [fieldIndex, f] of (group?.fields ?? []).entries()) {
          const name = present({ kind: 'group', key, fieldIndex, n }) ?? `${f.header.lt} ${n}`
          locations.set(keyOf([...itemPath, key, j, ...f.path]), {
            row,
            dataRow,
            column: name,
            missing: false,
          })
        }
      })
    }
    list.push(section.item === 'text' ? (item.value ?? '') : item)
  })

  if (dataRow === 0) {
    const empty = new CsvIssues(lang)
    empty.add('csv.no-data', {}, { row: 2, column: '' })
    return { issues: empty, locate }
  }

  // A report-level field absent from every row is located at the first data row.
  for (const f of layout.reportFields) {
    if (!locations.has(keyOf(f.path))) {
      const name = present({ kind: 'report', field: f })
      locations.set(keyOf(f.path), {
        row: firstDataRow ?? 2,
        dataRow: 1,
        column: name ?? f.header.lt,
        missing: name === undefined,
      })
    }
  }
  for (const section of sectionsWithRows) {
    for (const f of section.fields) {
      if (f.required && !present({ kind: 'section', id: f.header.lt })) {
        issues.add('csv.missing-column', { column: f.header.lt }, { row: 1, column: f.header.lt })
      }
    }
  }
  return { document, issues, locate }
}
