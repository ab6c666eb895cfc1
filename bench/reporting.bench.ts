/**
 * @talka/reporting next to its peers in the same run: zod and Ajv alone for validation, raw
 * papaparse for CSV. Figures and ratios go to bench/results/reporting.md.
 *
 * The root workspace has no link to the packages, so the source is imported by path, and papaparse
 * is resolved from the package that depends on it.
 */
import { createRequire } from 'node:module'
import {
  type CouncilPlanReport,
  fixtures,
  jsonSchemaFor,
  parseReportCsv,
  reportToCsv,
  schemas,
  validateReport,
} from '@talka/reporting'
import Ajv2020 from 'ajv/dist/2020.js'
import { bench, describe } from 'vitest'

interface PapaLike {
  parse<T>(text: string, config: { delimiter: string }): { data: T[] }
  unparse(rows: string[][], config: { delimiter: string; newline: string }): string
}
const Papa = createRequire(new URL('../packages/reporting/package.json', import.meta.url))(
  'papaparse',
) as PapaLike

const seed = fixtures.councilPlanReportKlaipedaDistrict2024
const seedCsv = seed.csv

// A 1,100-row report: the 11 seed rows a hundred times, renumbered.
const large: CouncilPlanReport = {
  ...seed.data,
  rows: Array.from({ length: 100 }, () => seed.data.rows)
    .flat()
    .map((row, i) => ({ ...row, no: i + 1 })),
}
const largeCsv = reportToCsv('council-plan-report.v1', large)

const ajv = new Ajv2020({ strict: true })
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
const ajvCouncil = ajv.compile(jsonSchemaFor('council-plan-report.v1'))

describe('validate the seed-003 report (11 rows)', () => {
  bench('validateReport (zod + cross-field rules)', () => {
    validateReport('council-plan-report.v1', seed.data)
  })
  bench('peer: zod safeParse alone', () => {
    schemas['council-plan-report.v1'].safeParse(seed.data)
  })
  bench('peer: Ajv 2020 on the generated JSON Schema', () => {
    ajvCouncil(seed.data)
  })
})

describe('read the seed-003 CSV (11 rows)', () => {
  bench('parseReportCsv', () => {
    parseReportCsv('council-plan-report.v1', seedCsv)
  })
  bench('peer: Papa.parse alone', () => {
    Papa.parse(seedCsv, { delimiter: ';' })
  })
})

describe('read a 1,100-row CSV report', () => {
  bench('parseReportCsv', () => {
    parseReportCsv('council-plan-report.v1', largeCsv)
  })
  bench('peer: Papa.parse alone', () => {
    Papa.parse(largeCsv, { delimiter: ';' })
  })
})

describe('write a 1,100-row report as CSV', () => {
  const rows = Papa.parse<string[]>(largeCsv, { delimiter: ';' }).data
  bench('reportToCsv', () => {
    reportToCsv('council-plan-report.v1', large)
  })
  bench('peer: Papa.unparse of the same cells', () => {
    Papa.unparse(rows, { delimiter: ';', newline: '\r\n' })
  })
})
