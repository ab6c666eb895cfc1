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
  validateReportCsv,
  validateReportCsvAsync,
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

// Issue 19: an 80,000-row CSV (about 540 KB) in which every row has only its number, so every row has
// four empty required cells. Issue matching was quadratic (19.5 s on the API); it is linear now, and
// at most 100 issues are rendered. The valid case is the seed rows repeated to 80,000 (about 74 MB:
// the seed rows carry long texts), so each case has its own Papa.parse peer.
const header = seedCsv.split('\r\n')[0] ?? ''
const sparse80k = [header, ...Array.from({ length: 80_000 }, (_, i) => `${i + 1}`)].join('\r\n')
const valid80k = reportToCsv('council-plan-report.v1', {
  ...seed.data,
  rows: Array.from({ length: 80_000 / 10 + 1 }, () => seed.data.rows)
    .flat()
    .slice(0, 80_000)
    .map((row, i) => ({ ...row, no: i + 1 })),
})

describe('validate an 80,000-row CSV report', () => {
  bench(
    'validateReportCsv, every row with empty required cells',
    () => {
      validateReportCsv('council-plan-report.v1', sparse80k)
    },
    { iterations: 3, warmupIterations: 1 },
  )
  bench(
    'validateReportCsv, 80,000 valid rows',
    () => {
      validateReportCsv('council-plan-report.v1', valid80k)
    },
    { iterations: 3, warmupIterations: 1 },
  )
  bench(
    'peer: Papa.parse alone (the 540 KB file of empty cells)',
    () => {
      Papa.parse(sparse80k, { delimiter: ';' })
    },
    { iterations: 3, warmupIterations: 1 },
  )
  bench(
    'validateReportCsvAsync, every row with empty required cells (pauses between chunks)',
    async () => {
      await validateReportCsvAsync('council-plan-report.v1', sparse80k)
    },
    { iterations: 3, warmupIterations: 1 },
  )
  bench(
    'peer: Papa.parse alone (valid rows)',
    () => {
      Papa.parse(valid80k, { delimiter: ';' })
    },
    { iterations: 3, warmupIterations: 1 },
  )
})
