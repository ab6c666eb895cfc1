import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createApp } from '../src/app.js'
import { openApiDocument } from '../src/openapi.js'

// `pnpm --filter @talka/api openapi`: writes the OpenAPI document to apps/api/openapi.json (the
// docs site renders that file; a test checks it equals the generated document).
const target = fileURLToPath(new URL('../openapi.json', import.meta.url))
writeFileSync(target, `${JSON.stringify(openApiDocument(createApp()), null, 2)}\n`)
execFileSync('pnpm', ['exec', 'biome', 'format', '--write', target], { stdio: 'ignore' })
console.log(`wrote ${target}`)
