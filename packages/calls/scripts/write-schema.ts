// Writes the generated JSON Schema (schemas/call.v1.json) from the zod source. Run by `pnpm build`; the
// output is committed, and a test checks that it is current.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generatedFiles } from '../src/generated-files.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
let written = 0
for (const file of generatedFiles()) {
  const target = join(root, file.path)
  if (existsSync(target) && readFileSync(target, 'utf8') === file.content) continue
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, file.content)
  written++
}
console.log(`write-schema: ${written} file(s) written`)
