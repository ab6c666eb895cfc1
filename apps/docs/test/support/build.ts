import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { docsRoot, repoRoot } from '../../scripts/lib/workspace.js'

/** The built site. */
export const distDir: string = join(docsRoot, 'dist')

const SKIP = new Set([
  'node_modules',
  'dist',
  'cache',
  'generated',
  'test-output',
  '.turbo',
  'coverage',
  '.tmp',
])

function newest(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = 0
  for (const name of readdirSync(path)) {
    if (SKIP.has(name)) continue
    latest = Math.max(latest, newest(join(path, name)))
  }
  return latest
}

/** The newest modification time among everything the site is built from. */
export function newestInput(): number {
  const packages = join(repoRoot, 'packages')
  const perPackage = existsSync(packages)
    ? readdirSync(packages).flatMap((name) => [
        join(packages, name, 'src'),
        join(packages, name, 'package.json'),
      ])
    : []
  return Math.max(
    ...[
      join(repoRoot, 'docs'),
      join(repoRoot, 'apps', 'api', 'openapi.json'),
      join(docsRoot, 'pages'),
      join(docsRoot, 'examples'),
      join(docsRoot, 'scripts'),
      join(docsRoot, '.vitepress'),
      join(docsRoot, 'package.json'),
      ...perPackage,
    ].map(newest),
  )
}

function isFresh(): boolean {
  const built = join(distDir, 'index.html')
  const siteData = join(docsRoot, 'generated', '_partials', 'site-data.json')
  return existsSync(built) && existsSync(siteData) && statSync(built).mtimeMs > newestInput()
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

// A build on a machine shared with other work can take several minutes (275 s seen under load):
// the limits leave room for that rather than failing with a half-written `dist`.
const LOCK_STALE_MS = 600_000

/**
 * Reuses `dist` when it is newer than every input (CI builds it just before the tests), otherwise
 * runs `pnpm --filter @talka/docs build`. Returns whether it built. Test files run in parallel
 * workers and several open the site (site.test.ts, tools.test.ts): a lock directory makes one build
 * while the others wait for it and then reuse its result.
 */
export function ensureFreshBuild(): boolean {
  const lock = join(docsRoot, '.tmp', 'build.lock')
  mkdirSync(join(docsRoot, '.tmp'), { recursive: true })
  for (;;) {
    if (isFresh()) return false
    try {
      mkdirSync(lock)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const age = existsSync(lock) ? Date.now() - statSync(lock).mtimeMs : 0
    if (age > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true })
    else sleep(500)
  }
  try {
    if (isFresh()) return false
    const result = spawnSync('pnpm', ['--filter', '@talka/docs', 'build'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 540_000,
      env: { ...process.env, FORCE_COLOR: '0' },
    })
    if (result.status !== 0) {
      throw new Error(`docs build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
    }
    return true
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}
