// Stryker mutation testing of the kernels (docs/decisions/0090-mutation-testing.md). Run through
// `pnpm mutation [kernel]` (scripts/mutation/run.mjs), which sets TALKA_MUTATION_KERNEL, a fixed
// fast-check seed and FC_NUM_RUNS=100. Without a kernel, every kernel is mutated in one run.
import { kernelName, kernels } from './scripts/mutation/kernels.mjs'

const requested = process.env.TALKA_MUTATION_KERNEL
const name = requested ? kernelName(requested) : 'all'
if (name === undefined) {
  throw new Error(`Unknown mutation kernel "${requested}"; known: ${Object.keys(kernels).join(', ')}`)
}
const selected = name === 'all' ? Object.values(kernels) : [kernels[name]]
// The vitest config reads this to run only the selected packages' tests (workers inherit the env).
process.env.TALKA_MUTATION_PACKAGE = selected.map((k) => k.package).join(',')

// Inclusions first, then exclusions (a `!` glob removes files matched before it).
const globs = [...new Set(selected.flatMap((k) => k.mutate))]
const reportDir = `reports/mutation/${name}`

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'pnpm',
  plugins: ['@stryker-mutator/vitest-runner'],
  testRunner: 'vitest',
  vitest: { configFile: 'scripts/mutation/vitest.config.ts', related: false },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables and constants) would rerun the whole package suite each;
  // they are listed as Ignored in the report instead (see the decision record).
  ignoreStatic: true,
  // Mutants that change what a rule decides: arithmetic, comparisons, boundaries, conditions, logic,
  // loops, method calls and whole blocks. Not mutated: string literals (message keys, texts, ids —
  // checked by the catalog tests), object and array literals (rule tables are data, reviewed
  // against their legal sources) and regexes; on this 2-core machine they would more than double
  // the run for mutants that tell little about the arithmetic.
  mutator: { excludedMutations: ['StringLiteral', 'ObjectLiteral', 'ArrayDeclaration', 'Regex'] },
  mutate: [...globs.filter((g) => !g.startsWith('!')), ...globs.filter((g) => g.startsWith('!'))],
  // The machine has 2 cores and other jobs: two workers. Timeouts are generous because a test run
  // that took 9 s in the dry run can take 40 s when the load doubles, and a spurious timeout both
  // restarts a worker (a minute) and counts the mutant as detected. Real infinite loops are caught
  // sooner by Stryker's hit limit.
  concurrency: 2,
  timeoutMS: 60_000,
  timeoutFactor: 3,
  ignorePatterns: ['apps', 'docs', 'bench', 'reports', '.tmp', 'coverage', '**/dist'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `${reportDir}/index.html` },
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  incrementalFile: `${reportDir}/stryker-incremental.json`,
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0, reportScoreTable: true },
  thresholds: { high: 90, low: 75, break: null },
}
