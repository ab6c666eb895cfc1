import type { Lang, Localized } from '@talka/core'
import type { ReportSchemaName } from '../report-schemas.js'
import type { CellCodec, CellRead } from './cells.js'

/** A plain object of a document being written or read. */
export type Scope = Record<string, unknown>
/** A JSON path relative to a scope. */
export type RelPath = readonly (string | number)[]

/** One column: its header in both languages and how its cell maps to the scope (report or item). */
export interface CsvField {
  readonly header: Localized
  /** Where errors about this cell point, relative to the scope. */
  readonly path: RelPath
  /** The header must be present (when the section has rows, for section fields). */
  readonly required: boolean
  /** The cell text for a scope ('' when the value is absent). */
  get(scope: Scope, lang: Lang): string
  /** Reads a non-empty cell into the scope. */
  set(scope: Scope, cell: string, lang: Lang): CellRead<unknown>
}

/** Numbered column groups (`Rodiklio reikšmė 1`, `Rodiklio vienetas 1`, …) for a list of objects in an item. */
export interface CsvGroup {
  readonly key: string
  readonly fields: readonly CsvField[]
}

/** A kind of table row: one item of an array of the document. */
export interface CsvSection {
  /** The label of the record-type column (sectioned layouts only). */
  readonly recordType?: Localized & { readonly code: string }
  readonly arrayPath: readonly string[]
  /** `text`: the item is a string, read from the section's single field. */
  readonly item: 'object' | 'text'
  readonly fields: readonly CsvField[]
  readonly groups: readonly CsvGroup[]
}

/** How a schema maps to one flat CSV table. */
export interface CsvLayout {
  readonly schema: ReportSchemaName
  /** Report-level fields, repeated on every row. */
  readonly reportFields: readonly CsvField[]
  readonly sections: readonly CsvSection[]
  /** The record-type column and the label of a row that carries only report-level fields. */
  readonly recordType?: {
    readonly header: Localized
    readonly placeholder: Localized & { readonly code: string }
  }
  /** Objects that always exist, so that a missing required field is reported at its own path. */
  readonly ensure: readonly RelPath[]
  /** Report-level columns before (`report-first`) or after (`section-first`) the section columns. */
  readonly order: 'report-first' | 'section-first'
}

export function getPath(scope: unknown, path: RelPath): unknown {
  let current = scope
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[key]
  }
  return current
}

export function setPath(scope: Scope, path: RelPath, value: unknown): void {
  let current: Record<string | number, unknown> = scope
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      current[key] = value
      return
    }
    const next = current[key]
    if (next === null || typeof next !== 'object') current[key] = {}
    current = current[key] as Record<string | number, unknown>
  })
}

/** A column whose cell holds the value at `path`, through a codec. */
export function field<T>(
  lt: string,
  en: string,
  path: RelPath,
  codec: CellCodec<T>,
  options: { required?: boolean } = {},
): CsvField {
  return {
    header: { lt, en },
    path,
    required: options.required ?? false,
    get(scope, lang) {
      const value = path.length === 0 ? scope : getPath(scope, path)
      return value === undefined ? '' : codec.write(value as T, lang)
    },
    set(scope, cell, lang) {
      const read = codec.read(cell, lang)
      if (read.ok) setPath(scope, path, read.value)
      return read
    },
  }
}

/** A column holding a count and its qualifier (`>50`) at two sibling paths. */
export function qualifiedField(
  lt: string,
  en: string,
  valuePath: RelPath,
  qualifierPath: RelPath,
  codec: CellCodec<{ value: number; qualifier?: 'more-than' }>,
  options: { required?: boolean } = {},
): CsvField {
  return {
    header: { lt, en },
    path: valuePath,
    required: options.required ?? false,
    get(scope, lang) {
      const value = getPath(scope, valuePath)
      if (value === undefined) return ''
      const qualifier = getPath(scope, qualifierPath) as 'more-than' | undefined
      return codec.write(qualifier ? { value: value as number, qualifier } : { value: value as number }, lang)
    },
    set(scope, cell, lang) {
      const read = codec.read(cell, lang)
      if (read.ok) {
        setPath(scope, valuePath, read.value.value)
        if (read.value.qualifier) setPath(scope, qualifierPath, read.value.qualifier)
      }
      return read
    },
  }
}
