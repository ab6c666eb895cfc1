// A test helper (exported from `@talka/core/testing`): every package checks its catalog against core's
// strict CatalogEntrySchema the same way, so the check lives here once instead of in each package's tests.
// It imports the schema through `@talka/core` (external in the build) so the testing entry carries no copy.
import { CatalogEntrySchema, canonicalJson, type JsonValue } from '@talka/core'

/**
 * The catalog entries that core's strict `CatalogEntrySchema` does not describe exactly, as JSON (an entry
 * that fails to parse, or whose parsed value differs from its JSON copy, e.g. by a default the schema
 * added), each as `"<id>: <reason>"`. An empty catalog is itself a mismatch; `[]` means every entry fits.
 *
 * @example
 * ```ts
 * import { catalogSchemaMismatches } from '@talka/core/testing'
 * catalogSchemaMismatches([]) // ['(empty catalog)']
 * catalogSchemaMismatches([{ kind: 'rule', id: 'x' }]) // ['x: …missing fields…']
 * ```
 */
export function catalogSchemaMismatches(catalog: readonly unknown[]): string[] {
  if (catalog.length === 0) return ['(empty catalog)']
  const found: string[] = []
  catalog.forEach((entry, index) => {
    const json = JSON.parse(JSON.stringify(entry)) as JsonValue
    const id = (json as { id?: unknown } | null)?.id
    const name = typeof id === 'string' ? id : `[${index}]`
    const parsed = CatalogEntrySchema.safeParse(json)
    if (!parsed.success) {
      const paths = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.code}`)
      found.push(`${name}: ${paths.join(', ')}`)
    } else if (canonicalJson(parsed.data as JsonValue) !== canonicalJson(json)) {
      found.push(`${name}: the parsed entry differs from its JSON copy`)
    }
  })
  return found
}
