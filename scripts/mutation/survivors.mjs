#!/usr/bin/env node
// `node scripts/mutation/survivors.mjs <kernel>`: the surviving and uncovered mutants of the last
// run of a kernel (reports/mutation/<kernel>/mutation.json) as a Markdown table, one line each:
// file:line, mutator, the original code and its replacement. For the bench README and for issues.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const kernel = process.argv[2]
if (!kernel) {
  console.error('usage: node scripts/mutation/survivors.mjs <kernel>')
  process.exit(2)
}
const report = JSON.parse(readFileSync(join(root, 'reports', 'mutation', kernel, 'mutation.json'), 'utf8'))
const cell = (text) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 90)
const rows = []
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  const lines = source.split('\n')
  for (const m of mutants) {
    if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue
    const { start, end } = m.location
    const original =
      start.line === end.line
        ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
        : `${lines[start.line - 1].slice(start.column - 1)} …`
    rows.push({ file, line: start.line, column: start.column, m, original })
  }
}
rows.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
console.log('| where | status | mutator | original | replacement |\n|---|---|---|---|---|')
for (const { file, line, column, m, original } of rows) {
  const where = `${file.replace(/^packages\//, '')}:${line}:${column}`
  console.log(
    `| ${where} | ${m.status} | ${m.mutatorName} | \`${cell(original)}\` | \`${cell(m.replacement ?? '')}\` |`,
  )
}
console.log(`\n${rows.length} undetected mutants`)
