import { pathToFileURL } from 'node:url'
import { type CatalogEntry, checkCatalog, type ParameterDefinition } from '@talka/core'
import type { WorkspacePackage } from './workspace.js'

/** What a package publishes for the rule reference. */
export interface PackageCatalog {
  readonly pkg: WorkspacePackage
  /** The `<pkg>Catalog` export, or `null` while the package does not export one. */
  readonly entries: readonly CatalogEntry[] | null
  /** The `<pkg>Parameters` export (definitions with live timelines), or `null`. */
  readonly parameters: readonly ParameterDefinition[] | null
  /** What `checkCatalog` from @talka/core says about the entries. */
  readonly problems: readonly string[]
  /** The names the main entry exports (empty for a placeholder package). */
  readonly exportNames: readonly string[]
}

/** `volunteering` → `volunteering`, `my-pkg` → `myPkg`: the prefix of `<pkg>Catalog`. */
export function exportPrefix(short: string): string {
  return short.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase())
}

/**
 * Imports each package's main entry from source and reads its `<pkg>Catalog` and `<pkg>Parameters`
 * exports. A package that does not export them yet is reported with `entries: null` and skipped by
 * the pages; a package whose source fails to import fails the build (its own build would fail too).
 */
export async function loadCatalogs(packages: readonly WorkspacePackage[]): Promise<PackageCatalog[]> {
  const result: PackageCatalog[] = []
  for (const pkg of packages) {
    const main = pkg.entries.find((entry) => entry.subpath === '.')
    if (!main) {
      result.push({ pkg, entries: null, parameters: null, problems: [], exportNames: [] })
      continue
    }
    const mod = (await import(pathToFileURL(main.sourceFile).href)) as Record<string, unknown>
    const prefix = exportPrefix(pkg.short)
    const entries = asArray<CatalogEntry>(mod[`${prefix}Catalog`])
    const parameters = asArray<ParameterDefinition>(mod[`${prefix}Parameters`])
    result.push({
      pkg,
      entries,
      parameters,
      problems: entries ? checkCatalog(entries) : [],
      exportNames: Object.keys(mod).sort(),
    })
  }
  return result
}

function asArray<T>(value: unknown): readonly T[] | null {
  return Array.isArray(value) ? (value as readonly T[]) : null
}
