#!/usr/bin/env node
// Prints the plain closing line 'N passed, N failed' from vitest's JSON report, so that CI logs end
// with a test count any reader (or tool) understands. Exits non-zero when the report is missing or
// records a failure, so it can never turn a red run green.
import { existsSync, readFileSync } from 'node:fs'

const file = new URL('../.tmp/vitest-report.json', import.meta.url)
if (!existsSync(file)) {
  console.error('No vitest report at .tmp/vitest-report.json: did the tests run?')
  process.exit(1)
}
const report = JSON.parse(readFileSync(file, 'utf8'))
const passed = report.numPassedTests ?? 0
const failed = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0)
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
