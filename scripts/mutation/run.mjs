#!/usr/bin/env node
// `pnpm mutation [kernel ...] [-- stryker options]`: runs Stryker on each named kernel in turn (all
// kernels when none is named), then prints the score of each. Not part of `pnpm test`: a full run
// takes tens of minutes on the project's 2-core machine (docs/decisions/0090-mutation-testing.md).
//
// Property tests run FC_NUM_RUNS=100 cases with the fixed seed FC_SEED=20261128 (both overridable
// from the environment) so that a run stays within minutes and two runs on the same code agree.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { kernelName, kernels } from './kernels.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const args = process.argv.slice(2)
const dash = args.indexOf('--')
const names = dash === -1 ? args : args.slice(0, dash)
const strykerArgs = dash === -1 ? [] : args.slice(dash + 1)

if (names.includes('--help') || names.includes('-h') || names.includes('--list')) {
  console.log('usage: pnpm mutation [kernel ...] [-- stryker options, e.g. --incremental]\nkernels:')
  for (const [name, k] of Object.entries(kernels)) console.log(`  ${name.padEnd(18)} ${k.description}`)
  process.exit(0)
}

const selected = names.length === 0 ? Object.keys(kernels) : names.map((n) => [n, kernelName(n)])
for (const entry of selected) {
  if (Array.isArray(entry) && entry[1] === undefined) {
    console.error(
      `Unknown kernel "${entry[0]}". Known: ${Object.keys(kernels).join(', ')} (or a package name).`,
    )
    process.exit(2)
  }
}
const toRun = [...new Set(selected.map((e) => (Array.isArray(e) ? e[1] : e)))]

const require = createRequire(import.meta.url)
const strykerBin = join(dirname(require.resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js')

/** Counts and scores from a mutation-testing-report-schema JSON report. */
function summarise(reportFile) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'))
  const count = {}
  for (const file of Object.values(report.files)) {
    for (const m of file.mutants) count[m.status] = (count[m.status] ?? 0) + 1
  }
  const n = (s) => count[s] ?? 0
  const detected = n('Killed') + n('Timeout')
  const undetected = n('Survived') + n('NoCoverage')
  const valid = detected + undetected
  const covered = detected + n('Survived')
  const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(2)} %`)
  return {
    mutants: valid,
    killed: n('Killed'),
    timeout: n('Timeout'),
    survived: n('Survived'),
    noCoverage: n('NoCoverage'),
    ignored: n('Ignored'),
    errors: n('CompileError') + n('RuntimeError'),
    score: pct(detected, valid),
    scoreCovered: pct(detected, covered),
  }
}

const results = []
let failed = false
for (const name of toRun) {
  console.log(`\n=== mutation: ${name} (${kernels[name].description}) ===`)
  const started = Date.now()
  const run = spawnSync(process.execPath, [strykerBin, 'run', 'stryker.config.mjs', ...strykerArgs], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      TALKA_MUTATION_KERNEL: name,
      FC_NUM_RUNS: process.env.FC_NUM_RUNS ?? '100',
      FC_SEED: process.env.FC_SEED ?? '20261128',
    },
  })
  const minutes = ((Date.now() - started) / 60_000).toFixed(1)
  const reportFile = join(root, 'reports', 'mutation', name, 'mutation.json')
  if (run.status !== 0 || !existsSync(reportFile)) {
    failed = true
    results.push({ kernel: name, status: `failed (exit ${run.status ?? run.signal})`, minutes })
    continue
  }
  results.push({
    kernel: name,
    ...summarise(reportFile),
    minutes,
    report: `reports/mutation/${name}/index.html`,
  })
}

console.log('\nMutation scores (killed + timed out over all valid mutants; static mutants ignored):')
console.table(results)
process.exit(failed ? 1 : 0)
