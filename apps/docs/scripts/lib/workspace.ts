import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Absolute path of the monorepo root. */
export const repoRoot: string = fileURLToPath(new URL('../../../../', import.meta.url)).replace(/\/$/, '')

/** Absolute path of `apps/docs`. */
export const docsRoot: string = join(repoRoot, 'apps', 'docs')

/** One public entry point of a package: its import specifier and the source file behind it. */
export interface PackageEntry {
  /** `@talka/core` or `@talka/core/testing`. */
  readonly specifier: string
  /** `.` or `./testing`. */
  readonly subpath: string
  /** Absolute path of the `@talka/source` file. */
  readonly sourceFile: string
}

/** A workspace package as the docs see it. */
export interface WorkspacePackage {
  /** npm name, e.g. `@talka/allocation`. */
  readonly name: string
  /** Folder name, e.g. `allocation`; also the prefix of its catalog ids. */
  readonly short: string
  readonly dir: string
  readonly version: string
  readonly description: string
  readonly entries: readonly PackageEntry[]
}

interface PackageJson {
  name?: string
  version?: string
  description?: string
  private?: boolean
  exports?: Record<string, unknown>
}

/**
 * The `@talka/*` library packages of the workspace (every `packages/<name>/package.json`), with the
 * public entry points read from their exports maps through the `@talka/source` condition. Nothing
 * is hard-coded: a package that lands later shows up on the next build.
 */
export function discoverPackages(root: string = repoRoot): WorkspacePackage[] {
  const packagesDir = join(root, 'packages')
  if (!existsSync(packagesDir)) return []
  const found: WorkspacePackage[] = []
  for (const dirent of readdirSync(packagesDir, { withFileTypes: true })) {
    if (!dirent.isDirectory()) continue
    const dir = join(packagesDir, dirent.name)
    const manifestPath = join(dir, 'package.json')
    if (!existsSync(manifestPath)) continue
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PackageJson
    if (!manifest.name || manifest.private) continue
    found.push({
      name: manifest.name,
      short: dirent.name,
      dir,
      version: manifest.version ?? '0.0.0',
      description: manifest.description ?? '',
      entries: entriesOf(manifest, dir),
    })
  }
  return found.sort((a, b) =>
    a.short === 'core' ? -1 : b.short === 'core' ? 1 : a.short.localeCompare(b.short),
  )
}

function entriesOf(manifest: PackageJson, dir: string): PackageEntry[] {
  const entries: PackageEntry[] = []
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (subpath.endsWith('.json') || typeof target !== 'object' || target === null) continue
    const source = (target as Record<string, unknown>)['@talka/source']
    if (typeof source !== 'string') continue
    const sourceFile = join(dir, source)
    if (!existsSync(sourceFile)) continue
    entries.push({
      specifier: subpath === '.' ? (manifest.name as string) : `${manifest.name}/${subpath.slice(2)}`,
      subpath,
      sourceFile,
    })
  }
  return entries
}

/** Path relative to the repository root, with forward slashes. */
export function repoRelative(path: string): string {
  return relative(repoRoot, path).split('\\').join('/')
}
