// Writes the generated JSON Schemas (schemas/*.json) and fixture files (fixtures/*.json, *.csv) from
// the zod sources. Run by `pnpm build`; the outputs are committed, and a test checks they are current.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { generatedFiles } from '../src/generated-files.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const written: string[] = []
for (const file of generatedFiles()) {
  const target = join(root, file.path)
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined
  const same =
    current !== undefined &&
    (file.compare === 'text'
      ? current === file.content
      : isDeepStrictEqual(JSON.parse(current), JSON.parse(file.content)))
  if (same) continue
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, file.content)
  written.push(target)
}
const json = written.filter((path) => path.endsWith('.json') && path.includes('/fixtures/'))
if (json.length > 0) {
  // Lay the fixture JSON out as the repository's formatter does, so that lint stays green.
  try {
    execFileSync('pnpm', ['exec', 'biome', 'format', '--write', ...json], { cwd: root, stdio: 'ignore' })
  } catch {
    console.warn('write-schemas: run `pnpm format` to lay out the fixture JSON files')
  }
}
console.log(`write-schemas: ${written.length} file(s) written`)
