import type { LegalRef, Localized, MessageCatalog, MessageParams } from '@talka/core'
import type { ReportSchemaName } from '../report-schemas.js'

/** A JSON path into a document: keys and array indices. */
export type ReportPath = readonly (string | number)[]

/** What a rule found: an error or a warning at a path, with a message code and its parameters. */
export interface RuleFinding {
  readonly severity: 'error' | 'warning'
  readonly path: ReportPath
  readonly code: string
  readonly params: MessageParams
}

/** A cross-field rule of one schema: its catalog description and its check. */
export interface ReportRule<D> {
  /** Short id, unique within the schema; the catalog id is `reporting.<schema>.<id>`. */
  readonly id: string
  readonly schema: ReportSchemaName
  readonly title: Localized
  readonly description: Localized
  /** The fields the rule reads, as JSON paths with `[]` for every item. */
  readonly facts: readonly string[]
  readonly refs: readonly [LegalRef, ...LegalRef[]]
  /** Messages by finding code. */
  readonly messages: MessageCatalog
  readonly check: (document: D) => RuleFinding[]
}

export function error(path: ReportPath, code: string, params: MessageParams = {}): RuleFinding {
  return { severity: 'error', path, code, params }
}

export function warning(path: ReportPath, code: string, params: MessageParams = {}): RuleFinding {
  return { severity: 'warning', path, code, params }
}
