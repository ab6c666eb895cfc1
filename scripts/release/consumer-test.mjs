#!/usr/bin/env node
// Consumer tests: pack every published package (`pnpm pack`), install the tarballs into throwaway
// projects OUTSIDE the workspace and run a small program against them in five setups:
//   1. Node ESM (import)          2. Node CJS (require)
//   3. TypeScript, moduleResolution node16 (type-check)   4. TypeScript, moduleResolution bundler
//   5. a browser bundle built with esbuild (platform browser: fails on Node built-ins), run in Chromium
// Usage: node scripts/release/consumer-test.mjs [--skip-browser] [--only @talka/core,@talka/allocation]
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { smoke } from './smoke.mjs'

const root = resolve(import.meta.dirname, '../..')
const require = createRequire(join(root, 'package.json'))
const skipBrowser = process.argv.includes('--skip-browser')
const onlyIndex = process.argv.indexOf('--only')
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1]?.split(',') : undefined

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
}

/** Published packages: packages/* that are not private, with a smoke program. */
export function publishedPackages() {
  return readdirSync(join(root, 'packages'))
    .map((dir) => join(root, 'packages', dir))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ pkg }) => !pkg.private && (!only || only.includes(pkg.name)))
}

function pack(work) {
  const tarballs = {}
  for (const { dir, pkg } of publishedPackages()) {
    if (!existsSync(join(dir, 'dist'))) throw new Error(`${pkg.name} is not built: run pnpm build first`)
    const out = run('pnpm', ['pack', '--pack-destination', work], dir).trim().split('\n').pop()
    tarballs[pkg.name] = out.startsWith('/') ? out : join(work, out)
  }
  return tarballs
}

function programs(names) {
  const body = names
    .map(
      (name, i) =>
        `{ const m = m${i}; ${smoke[name] ?? `check(Object.keys(m).length > 0, '${name} exports')`} }`,
    )
    .join('\n')
  const check = `function check(ok: unknown, message: string): void { if (!ok) throw new Error('consumer check failed: ' + message) }`
  const checkJs = check.replace(': unknown', '').replace(': string', '').replace(': void', '')
  const strip = (code) => code.replace(/ as [A-Za-z.<>[\]]+/g, '')
  return {
    esm: `${names.map((n, i) => `import * as m${i} from '${n}'`).join('\n')}\n${checkJs}\n${strip(body)}\nconsole.log('ok esm')\n`,
    cjs: `${names.map((n, i) => `const m${i} = require('${n}')`).join('\n')}\n${checkJs}\n${strip(body)}\nconsole.log('ok cjs')\n`,
    ts: `${names.map((n, i) => `import * as m${i} from '${n}'`).join('\n')}\n${check}\n${body}\nexport {}\n`,
    browser: `${names.map((n, i) => `import * as m${i} from '${n}'`).join('\n')}\n${checkJs}\ntry {\n${strip(body)}\ndocument.title = 'ok browser' } catch (e) { document.title = 'failed: ' + e.message }\n`,
  }
}

function tsconfig(moduleResolution) {
  const module = moduleResolution === 'node16' ? 'node16' : 'esnext'
  return JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      module,
      moduleResolution,
      target: 'es2022',
      lib: ['es2022', 'dom'],
      skipLibCheck: false,
      types: [],
    },
    files: ['index.ts'],
  })
}

async function runInChromium(bundle) {
  const { chromium } = require('playwright-core')
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    const page = await browser.newPage()
    await page.setContent(`<!doctype html><html><head><title>pending</title></head><body></body></html>`)
    await page.addScriptTag({ content: bundle, type: 'module' })
    await page.waitForFunction(() => document.title !== 'pending', undefined, { timeout: 15000 })
    return await page.title()
  } finally {
    await browser.close()
  }
}

export async function consumerTest() {
  const work = mkdtempSync(join(tmpdir(), 'talka-consumer-'))
  const results = []
  try {
    const tarballs = pack(work)
    const names = Object.keys(tarballs)
    const project = join(work, 'project')
    mkdirSync(project)
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    )
    const peers = ['zod@^4.1.0', 'decimal.js@^10.6.0', 'temporal-polyfill@^1.0.3']
    run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        '--loglevel=error',
        ...Object.values(tarballs),
        ...peers,
      ],
      project,
    )
    const code = programs(names)

    writeFileSync(join(project, 'esm.mjs'), code.esm)
    results.push(['Node ESM', run('node', ['esm.mjs'], project).trim()])
    writeFileSync(join(project, 'cjs.cjs'), code.cjs)
    results.push(['Node CJS', run('node', ['cjs.cjs'], project).trim()])

    const tsc = require.resolve('typescript/bin/tsc')
    for (const resolution of ['node16', 'bundler']) {
      const dir = join(project, `ts-${resolution}`)
      mkdirSync(dir)
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }))
      writeFileSync(join(dir, 'tsconfig.json'), tsconfig(resolution))
      writeFileSync(join(dir, 'index.ts'), code.ts)
      run('node', [tsc, '-p', 'tsconfig.json'], dir)
      results.push([`TypeScript ${resolution}`, 'type-checks'])
    }

    const esbuild = require('esbuild')
    writeFileSync(join(project, 'browser.mjs'), code.browser)
    const built = await esbuild.build({
      entryPoints: [join(project, 'browser.mjs')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      minify: true,
      absWorkingDir: project,
      logLevel: 'silent',
    })
    const bundle = built.outputFiles[0].text
    if (skipBrowser) results.push(['browser bundle', `${bundle.length} bytes, not run`])
    else {
      const title = await runInChromium(bundle)
      if (title !== 'ok browser') throw new Error(`browser run: ${title}`)
      results.push(['browser bundle in Chromium', title])
    }
    return { packages: names, results }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { packages, results } = await consumerTest()
  console.log(`Consumer tests on packed tarballs of ${packages.join(', ')}`)
  for (const [setup, outcome] of results) console.log(`  ${setup}: ${outcome}`)
}
