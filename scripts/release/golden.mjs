#!/usr/bin/env node
// Golden outputs: each published package keeps a corpus of situations in packages/<pkg>/golden/*.json
// ({ id, rule, description, call, args, output }): real published cases and the worked examples of
// the domain spec, with the output of the last released version. This command recomputes every
// output from the working tree and prints what changed, naming the rule and the changed fields.
//
// A changed output of an existing input is a MAJOR change for a rule package (OpenFisca's policy):
// the check fails unless a pending changeset bumps that package as major. `--update` rewrites the
// stored outputs (run by `pnpm version-packages`, i.e. when the change is released).
//
// Usage (from the root; reads packages' sources through the @talka/source condition):
//   node --conditions=@talka/source --import tsx scripts/release/golden.mjs [--update] [--dir <golden root override>]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = resolve(import.meta.dirname, '../..')

/** Fields that change with every release and carry no rule output: removed before comparing. */
const VOLATILE_KEYS = new Set(['producer', 'packageVersion', 'versions'])

export function normalise(value) {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const out = {}
    for (const [k, v] of Object.entries(value)) if (!VOLATILE_KEYS.has(k)) out[k] = normalise(v)
    return out
  }
  return value
}

/** Field-level differences between two JSON values, as `path: old → new` lines. */
export function diffJson(before, after, path = '') {
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  const bothObjects = before && after && typeof before === 'object' && typeof after === 'object'
  if (!bothObjects || Array.isArray(before) !== Array.isArray(after)) {
    return [`${path || '(root)'}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`]
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  // Elements of arrays of records with an `id` (or `municipality`, `ruleId`) are named by it, so a diff reads
  // `shares[Skuodo seniūnija].amount` rather than `shares[1].amount`.
  const label = (k) => {
    const record = Array.isArray(before) ? (before[k] ?? after[k]) : undefined
    const id = record?.id ?? record?.municipality ?? record?.ruleId
    if (typeof id === 'string') return `${path}[${id}]`
    return Array.isArray(before) ? `${path}[${k}]` : path ? `${path}.${k}` : k
  }
  return keys.flatMap((k) => diffJson(before[k], after[k], label(k)))
}

/** Packages whose pending changesets (in .changeset/) declare a major bump. */
export function majorBumps(changesetDir = join(root, '.changeset')) {
  const majors = new Set()
  for (const file of readdirSync(changesetDir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const front = readFileSync(join(changesetDir, file), 'utf8').split('---')[1] ?? ''
    for (const m of front.matchAll(/["']?(@talka\/[\w-]+)["']?\s*:\s*major/g)) majors.add(m[1])
  }
  return majors
}

export function goldenFiles(goldenRoot = join(root, 'packages')) {
  const files = []
  for (const dir of readdirSync(goldenRoot)) {
    const golden = join(goldenRoot, dir, 'golden')
    if (!existsSync(golden)) continue
    for (const f of readdirSync(golden)
      .filter((f) => f.endsWith('.json'))
      .sort())
      files.push({ pkgDir: dir, file: join(golden, f) })
  }
  return files
}

/** Imports a workspace package from its sources (the `@talka/source` export condition). */
async function importSource(pkgDir, sourceOverrides = {}) {
  const dir = join(root, 'packages', pkgDir)
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const entry = sourceOverrides[pkgDir] ?? pkg.exports['.']['@talka/source']
  return import(pathToFileURL(join(dir, entry)).href)
}

/**
 * Recomputes every situation; returns the changes by package. `sourceOverrides` maps a package folder
 * to another entry file inside it (used by the tests to evaluate a scratch copy of a package's
 * sources with one rule changed).
 */
export async function checkGolden({ goldenRoot, update = false, sourceOverrides = {} } = {}) {
  const changes = []
  for (const { pkgDir, file } of goldenFiles(goldenRoot)) {
    const situation = JSON.parse(readFileSync(file, 'utf8'))
    const pkgName = `@talka/${pkgDir}`
    const mod = await importSource(pkgDir, sourceOverrides)
    const fn = mod[situation.call]
    if (typeof fn !== 'function') throw new Error(`${file}: ${pkgName} has no function ${situation.call}`)
    let actual
    try {
      actual = normalise(JSON.parse(JSON.stringify(await fn(...situation.args))))
    } catch (error) {
      actual = { error: { code: error?.code ?? 'UNEXPECTED', message: String(error?.message ?? error) } }
    }
    const lines = diffJson(situation.output, actual)
    if (lines.length) {
      changes.push({ pkg: pkgName, file, id: situation.id, rule: situation.rule, lines })
      if (update) writeFileSync(file, `${JSON.stringify({ ...situation, output: actual }, null, 2)}\n`)
    }
  }
  return changes
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const update = process.argv.includes('--update')
  const changes = await checkGolden({ update })
  const majors = majorBumps()
  let failed = false
  for (const c of changes) {
    const allowed = majors.has(c.pkg)
    failed ||= !allowed && !update
    console.log(
      `${allowed || update ? 'changed' : 'CHANGED WITHOUT A MAJOR CHANGESET'}: ${c.pkg} — ${c.id} (rule ${c.rule})`,
    )
    for (const line of c.lines.slice(0, 20)) console.log(`    ${line}`)
    if (c.lines.length > 20) console.log(`    … ${c.lines.length - 20} more`)
  }
  console.log(
    `${goldenFiles().length} golden situations, ${changes.length} changed${update ? ' (updated)' : ''}`,
  )
  if (failed) {
    console.error(
      'Outputs changed: add a changeset with a major bump for each package above (pnpm changeset), or fix the change.',
    )
    process.exit(1)
  }
}
