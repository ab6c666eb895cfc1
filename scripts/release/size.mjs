#!/usr/bin/env node
// Size budgets: each package's minified + gzipped ESM size with peers excluded (everything the
// package imports from node_modules is external), for the whole entry and for a single import, which
// shows that the package tree-shakes. Fails when a figure exceeds its budget in size-budgets.json.
// Usage: node scripts/release/size.mjs [--markdown]   (packages must be built)
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const root = resolve(import.meta.dirname, '../..')
const require = createRequire(join(root, 'package.json'))
const esbuild = require('esbuild')
const budgets = JSON.parse(readFileSync(join(import.meta.dirname, 'size-budgets.json'), 'utf8'))

async function gzipSize(packageDir, contents) {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
  // The package's own name is external too: a subpath entry (`@talka/core/csv`) imports the main entry.
  const external = [
    pkg.name,
    ...Object.keys(pkg.peerDependencies ?? {}),
    ...Object.keys(pkg.dependencies ?? {}),
  ]
  const result = await esbuild.build({
    stdin: { contents, resolveDir: join(packageDir, 'dist'), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    treeShaking: true,
    external: [...external, ...external.map((e) => `${e}/*`)],
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].contents
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length }
}

export async function measureSizes() {
  const rows = []
  for (const [name, budget] of Object.entries(budgets)) {
    // '@talka/core' measures dist/index.js; a subpath entry '@talka/core/csv' measures dist/csv.js.
    const [packageName = '', entry = 'index'] = name.replace('@talka/', '').split('/')
    const dir = join(root, 'packages', packageName)
    if (!existsSync(join(dir, `dist/${entry}.js`))) throw new Error(`${name} is not built`)
    const whole = await gzipSize(dir, `export * from './${entry}.js'`)
    const single = await gzipSize(dir, `export { ${budget.single} } from './${entry}.js'`)
    rows.push({ name, whole, single, budget })
  }
  return rows
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureSizes()
  const over = rows.filter((r) => r.whole.gzip > r.budget.gzip || r.single.gzip > r.budget.singleGzip)
  console.log(
    '| package | whole entry min | whole entry min+gz (budget) | single import | single min+gz (budget) |',
  )
  console.log('|---|---|---|---|---|')
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.whole.min} B | ${r.whole.gzip} B (${r.budget.gzip} B) | \`${r.budget.single}\` | ${r.single.gzip} B (${r.budget.singleGzip} B) |`,
    )
  }
  if (over.length) {
    console.error(`Over budget: ${over.map((r) => r.name).join(', ')}`)
    process.exit(1)
  }
}
