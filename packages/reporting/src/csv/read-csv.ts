import type { Lang } from '@talka/core'
import { detectCsvSeparator, restoreCell } from '@talka/core/csv'
import Papa from 'papaparse'
import { type At, type Column, type CsvDelimiter, CsvIssues } from './csv-engine.js'
import type { CsvField, CsvGroup, CsvLayout, CsvSection, RelPath, Scope } from './layout.js'
import { getPath, setPath } from './layout.js'

const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t']
const normalise = (header: string) =>
  header.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('lt')

/** Where a JSON path of the read document came from. */
export interface CellLocation {
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

/** Rows read between two pauses of {@link readCsvSteps} (a pause is where an async caller yields). */
const ROWS_PER_STEP = 2_000

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

const startsWith = (path: readonly (string | number)[], prefix: RelPath): boolean =>
  prefix.length <= path.length && prefix.every((key, i) => path[i] === key)

/** What a column does in a row of one section, resolved once per file (not once per cell). */
type CellPlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'not-applicable' }
  | { readonly kind: 'field'; readonly field: CsvField }
  | {
      readonly kind: 'group'
      readonly group: CsvGroup
      readonly field: CsvField
      readonly n: number
    }

/** A section of the layout as the file's header row fills it. */
interface SectionPlan {
  readonly section: CsvSection
  readonly cells: readonly CellPlan[]
  /** Each section field's column as written, or its Lithuanian header when the file lacks it. */
  readonly fieldColumns: readonly {
    readonly field: CsvField
    readonly column: string
    readonly missing: boolean
  }[]
  /** Spreadsheet row and data row of each item, by item index. */
  readonly itemRows: number[]
  readonly itemDataRows: number[]
  /** The column-group numbers each item fills, in order (group n is the j-th entry); sparse. */
  readonly itemGroups: (Map<string, number[]> | undefined)[]
}

/**
 * Locates a JSON path of the read document at its cell, without a per-cell record: the section items
 * remember only their rows and group numbers; columns come from the header plan. The rule is the one a
 * table of every cell would give: the longest known prefix of the path wins.
 */
function locator(
  plans: readonly SectionPlan[],
  reportLocations: readonly { readonly path: RelPath; location: CellLocation }[],
  present: (column: Column) => string | undefined,
): (path: readonly (string | number)[]) => CellLocation {
  const fallback: CellLocation = { row: 1, column: '', missing: false }
  return (path) => {
    for (const plan of plans) {
      const { section } = plan
      const base = section.arrayPath.length
      const index = path[base]
      if (typeof index !== 'number' || !startsWith(path, section.arrayPath)) continue
      const row = plan.itemRows[index]
      const dataRow = plan.itemDataRows[index]
      if (row === undefined || dataRow === undefined) break
      const rest = path.slice(base + 1)
      if (section.item === 'text') {
        const last = plan.fieldColumns[plan.fieldColumns.length - 1]
        return last
          ? { row, dataRow, column: last.column, missing: last.missing }
          : { row, dataRow, column: '', missing: false }
      }
      let best: CellLocation = { row, dataRow, column: '', missing: false }
      let bestLength = 0
      for (const { field, column, missing } of plan.fieldColumns) {
        if (field.path.length > bestLength && startsWith(rest, field.path)) {
          best = { row, dataRow, column, missing }
          bestLength = field.path.length
        }
      }
      const numbers = plan.itemGroups[index]
      const key = rest[0]
      const j = rest[1]
      const group = section.groups.find((g) => g.key === key)
      const n = typeof j === 'number' ? numbers?.get(String(key))?.[j] : undefined
      if (group && n !== undefined) {
        group.fields.forEach((f, fieldIndex) => {
          const length = 2 + f.path.length
          if (length > bestLength && startsWith(rest.slice(2), f.path)) {
            const column = present({ kind: 'group', key: group.key, fieldIndex, n }) ?? `${f.header.lt} ${n}`
            best = { row, dataRow, column, missing: false }
            bestLength = length
          }
        })
      }
      return best
    }
    let found: CellLocation | undefined
    let foundLength = -1
    for (const { path: at, location } of reportLocations) {
      if (at.length > foundLength && startsWith(path, at)) {
        found = location
        foundLength = at.length
      }
    }
    return found ?? fallback
  }
}

/**
 * Reads a CSV text into a document of `layout`'s schema, collecting cell-level problems located by
 * spreadsheet row and column header as written. Schema validation is left to the caller, which maps
 * paths back to cells with `locate`. A generator: it pauses (yields) every {@link ROWS_PER_STEP} rows,
 * so that an async caller can let other work run.
 */
export function* readCsvSteps(
  layout: CsvLayout,
  input: unknown,
  lang: Lang,
  delimiter?: CsvDelimiter,
): Generator<void, ReadResult> {
  const reportLocations: { path: RelPath; location: CellLocation }[] = []
  const plans: SectionPlan[] = []
  const seen = new Map<string, string>()
  const present = (column: Column) => seen.get(columnKey(column))
  const locate = locator(plans, reportLocations, present)
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
  yield
  const records = parsed.data
  const header = (records[0] ?? []).map(restoreCell)
  if (header.length === 0 || header.every((cell) => cell.trim() === '')) {
    issues.add('csv.empty', {}, { row: 1, column: '' })
    return { issues, locate }
  }

  // Header row: every column must be known, once.
  const columns: (Column | undefined)[] = []
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
  const planOf = new Map<CsvSection, SectionPlan>()
  for (const section of layout.sections) {
    const plan: SectionPlan = {
      section,
      cells: columns.map((column): CellPlan => {
        if (column?.kind === 'section') {
          const f = section.fields.find((sf) => sf.header.lt === column.id)
          return f ? { kind: 'field', field: f } : { kind: 'not-applicable' }
        }
        if (column?.kind === 'group') {
          const group = section.groups.find((g) => g.key === column.key)
          const f = group?.fields[column.fieldIndex]
          return group && f ? { kind: 'group', group, field: f, n: column.n } : { kind: 'not-applicable' }
        }
        return { kind: 'none' }
      }),
      fieldColumns: section.fields.map((field) => {
        const name = present({ kind: 'section', id: field.header.lt })
        return { field, column: name ?? field.header.lt, missing: name === undefined }
      }),
      itemRows: [],
      itemDataRows: [],
      itemGroups: [],
    }
    planOf.set(section, plan)
    plans.push(plan)
  }
  const reportColumns = columns.flatMap((column, i) =>
    column?.kind === 'report' ? [{ field: column.field, i, name: header[i] ?? column.field.header.lt }] : [],
  )
  const sectionColumns = columns.flatMap((column, i) =>
    column?.kind === 'section' || column?.kind === 'group' ? [i] : [],
  )
  const groupColumns = columns.flatMap((column, i) => (column?.kind === 'group' ? [{ column, i }] : []))
  const sectionsWithRows: SectionPlan[] = []
  const reportSeen = new Map<string, { row: number; raw: string }>()
  const typeIndex = columns.findIndex((c) => c?.kind === 'record-type')
  const typeHeader = typeIndex >= 0 ? (header[typeIndex] ?? '') : ''
  const typeOptions = layout.recordType
    ? [layout.recordType.placeholder, ...layout.sections.flatMap((s) => (s.recordType ? [s.recordType] : []))]
        .map((t) => t[lang])
        .join(', ')
    : ''
  let dataRow = 0
  let firstDataRow: number | undefined

  for (let r = 1; r < records.length; r++) {
    if (r % ROWS_PER_STEP === 0) yield
    const raw = records[r] ?? []
    let empty = true
    const record: string[] = new Array(raw.length)
    for (let i = 0; i < raw.length; i++) {
      const cell = restoreCell(raw[i] ?? '')
      record[i] = cell
      if (cell !== '') empty = false
    }
    if (empty) continue
    const row = r + 1
    dataRow += 1
    firstDataRow ??= row
    const at = (column: string, path?: RelPath): At => ({ row, dataRow, column, path })

    for (let i = 0; i < record.length; i++) {
      if (record[i] !== '' && (i >= header.length || columns[i] === undefined)) {
        issues.add('csv.extra-cell', { position: i + 1 }, at(header[i] ?? ''))
      }
    }

    // Which section (table) the row belongs to.
    let section: CsvSection | undefined
    if (layout.recordType) {
      const typeCell = record[typeIndex] ?? ''
      const type = fold(typeCell)
      const matches = (t: { code: string; lt: string; en: string }) =>
        type === fold(t.code) || type === fold(t.lt) || type === fold(t.en)
      if (type === '' || matches(layout.recordType.placeholder)) {
        section = undefined
        if (type === '' && sectionColumns.some((i) => (record[i] ?? '') !== '')) {
          issues.add('csv.missing-record-type', { options: typeOptions }, at(typeHeader))
          continue
        }
      } else {
        section = layout.sections.find((s) => s.recordType && matches(s.recordType))
        if (!section) {
          issues.add('csv.unknown-record-type', { value: typeCell, options: typeOptions }, at(typeHeader))
          continue
        }
      }
    } else {
      section = layout.sections[0]
    }

    // Report-level fields: the first non-empty cell gives the value; the others must repeat it.
    for (const { field, i, name } of reportColumns) {
      const cell = record[i] ?? ''
      if (cell === '') continue
      const id = field.header.lt
      const first = reportSeen.get(id)
      if (first) {
        if (cell !== first.raw) {
          issues.add(
            'csv.inconsistent-value',
            { firstRow: first.row, first: first.raw },
            at(name, field.path),
          )
        }
        continue
      }
      reportSeen.set(id, { row, raw: cell })
      reportLocations.push({ path: field.path, location: { row, dataRow, column: name, missing: false } })
      const read = field.set(document, cell, lang)
      if (!read.ok) issues.add(read.code, read.params, at(name, field.path))
    }

    const typeLabel = (section?.recordType ?? layout.recordType?.placeholder)?.[lang] ?? ''
    const plan = section && planOf.get(section)
    if (!section || !plan) {
      for (const i of sectionColumns) {
        if ((record[i] ?? '') !== '')
          issues.add('csv.not-applicable', { type: typeLabel }, at(header[i] ?? ''))
      }
      continue
    }

    const list = getPath(document, section.arrayPath) as unknown[]
    const itemIndex = list.length
    if (itemIndex === 0) sectionsWithRows.push(plan)
    plan.itemRows.push(row)
    plan.itemDataRows.push(dataRow)
    // The numbers of the column groups this row fills, in order: group n becomes the j-th entry.
    let filledGroups: Map<string, number[]> | undefined
    for (const { column, i } of groupColumns) {
      if ((record[i] ?? '') === '') continue
      filledGroups ??= new Map()
      const numbers = filledGroups.get(column.key) ?? []
      if (!numbers.includes(column.n)) numbers.push(column.n)
      filledGroups.set(column.key, numbers)
    }
    for (const numbers of filledGroups?.values() ?? []) numbers.sort((a, b) => a - b)

    const item: Scope = {}
    let groups: Map<string, Map<number, Scope>> | undefined
    for (const i of sectionColumns) {
      const cellPlan = plan.cells[i]
      const cell = record[i] ?? ''
      if (cellPlan === undefined || cellPlan.kind === 'none') continue
      if (cellPlan.kind === 'not-applicable') {
        if (cell !== '') issues.add('csv.not-applicable', { type: typeLabel }, at(header[i] ?? ''))
        continue
      }
      if (cell === '') continue
      const name = header[i] ?? ''
      if (cellPlan.kind === 'field') {
        const f = cellPlan.field
        const read = f.set(item, cell, lang)
        if (!read.ok) {
          const itemPath = [...section.arrayPath, itemIndex]
          issues.add(
            read.code,
            read.params,
            at(name, section.item === 'text' ? itemPath : [...itemPath, ...f.path]),
          )
        }
        continue
      }
      const { group, field: f, n } = cellPlan
      groups ??= new Map()
      const byNumber = groups.get(group.key) ?? new Map<number, Scope>()
      groups.set(group.key, byNumber)
      const entry = byNumber.get(n) ?? {}
      byNumber.set(n, entry)
      const read = f.set(entry, cell, lang)
      if (!read.ok) {
        const order = filledGroups?.get(group.key)?.indexOf(n) ?? 0
        issues.add(
          read.code,
          read.params,
          at(name, [...section.arrayPath, itemIndex, group.key, order, ...f.path]),
        )
      }
    }
    if (groups) {
      const numbersOf = new Map<string, number[]>()
      for (const [key, byNumber] of groups) {
        const numbers = [...byNumber.keys()].sort((a, b) => a - b)
        numbersOf.set(key, numbers)
        item[key] = numbers.map((n) => byNumber.get(n))
      }
      plan.itemGroups[itemIndex] = numbersOf
    }
    list.push(section.item === 'text' ? (item.value ?? '') : item)
  }

  if (dataRow === 0) {
    const empty = new CsvIssues(lang)
    empty.add('csv.no-data', {}, { row: 2, column: '' })
    return { issues: empty, locate }
  }

  // A report-level field absent from every row is located at the first data row.
  for (const f of layout.reportFields) {
    if (!reportLocations.some((entry) => entry.path === f.path)) {
      const name = present({ kind: 'report', field: f })
      reportLocations.push({
        path: f.path,
        location: {
          row: firstDataRow ?? 2,
          dataRow: 1,
          column: name ?? f.header.lt,
          missing: name === undefined,
        },
      })
    }
  }
  for (const plan of sectionsWithRows) {
    for (const f of plan.section.fields) {
      if (f.required && !present({ kind: 'section', id: f.header.lt })) {
        issues.add('csv.missing-column', { column: f.header.lt }, { row: 1, column: f.header.lt })
      }
    }
  }
  return { document, issues, locate }
}
