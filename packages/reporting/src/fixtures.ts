import { reportToCsv } from './csv/report-csv.js'
import { councilPlanReportKlaipedaDistrict2024 } from './fixtures/council-plan-report-klaipeda-district-2024.js'
import { fundedProjectLkbs2023 } from './fixtures/funded-project-lkbs-2023.js'
import { fundedProjectNvoVaikams2016 } from './fixtures/funded-project-nvo-vaikams-2016.js'
import { projectActivityReportExample } from './fixtures/project-activity-report-example.js'
import type { ReportOf, ReportSchemaName } from './report-schemas.js'

/**
 * A ready-made report document: its schema, what it is, where it comes from, the document, and (a
 * getter) the same document as CSV in the default format (`;`, Lithuanian headers).
 *
 * @example
 * ```ts
 * import { fixtures, type ReportFixture } from '@talka/reporting'
 * const f: ReportFixture<'council-plan-report.v1'> = fixtures.councilPlanReportKlaipedaDistrict2024
 * f.data.rows.length // 11
 * ```
 */
export interface ReportFixture<N extends ReportSchemaName = ReportSchemaName> {
  readonly schema: N
  readonly title: string
  readonly source: string
  readonly data: ReportOf<N>
  /** The document as CSV (`reportToCsv(schema, data)`). */
  readonly csv: string
}

function fixture<N extends ReportSchemaName>(
  schema: N,
  title: string,
  source: string,
  data: ReportOf<N>,
): ReportFixture<N> {
  return {
    schema,
    title,
    source,
    data,
    get csv() {
      return reportToCsv(schema, data)
    },
  }
}

/**
 * Real documents as fixtures, for tests, the API's examples and the docs' report validator:
 * - `councilPlanReportKlaipedaDistrict2024`: seed 003, the whole 11-row Klaipėda district BO council
 *   report for 2024 on its 2023−2025 plan (valid, with two warnings: rows 5 and 6 report 2023 events);
 * - `fundedProjectLkbs2023`: seed 000, NGO Fund 2023 project NVOK06101 (EUR 20,000);
 * - `fundedProjectNvoVaikams2016`: seed 004, NVO vaikams konfederacija 2016–2017 (EUR 15,563.00 a year);
 * - `projectActivityReportExample`: an illustrative project activity report (not a real project).
 * The same documents are published as files: `@talka/reporting/fixtures/<schema>.<name>.json` and `.csv`.
 *
 * @example
 * ```ts
 * import { fixtures, validateReport } from '@talka/reporting'
 * const { schema, data } = fixtures.fundedProjectLkbs2023
 * validateReport(schema, data).valid // true
 * fixtures.councilPlanReportKlaipedaDistrict2024.csv.startsWith('Eil. Nr.;') // true
 * ```
 */
export const fixtures = {
  councilPlanReportKlaipedaDistrict2024: fixture(
    'council-plan-report.v1',
    'Klaipėdos rajono savivaldybės BO tarybos 2023−2025 m. veiklos plano ataskaita už 2024 m.',
    'Seed 003 (Klaipėdos rajono savivaldybės BO taryba); texts exactly as in the document',
    councilPlanReportKlaipedaDistrict2024,
  ),
  fundedProjectLkbs2023: fixture(
    'funded-project.v1',
    'LKBS institucinių gebėjimų stiprinimas 2023 m. (NVOK06101)',
    'Seed 000 (Lietuvos kaimo bendruomenių sąjunga); SADM kanclerio 2023-06-22 potvarkis Nr. A3-92',
    fundedProjectLkbs2023,
  ),
  fundedProjectNvoVaikams2016: fixture(
    'funded-project.v1',
    'Nevyriausybinių organizacijų skėtinė veikla – tvarios visuomenės kūrimo link (2016–2017)',
    'Seed 004: http://www.nvovaikamskonfederacija.lt/vykdomi-projektai/vykdomi-projektai-2/',
    fundedProjectNvoVaikams2016,
  ),
  projectActivityReportExample: fixture(
    'project-activity-report.v1',
    'Kaimynų talka: žalias kiemas (iliustracija)',
    'Illustrative example in the shape of the Vilnius forms; not a real project',
    projectActivityReportExample,
  ),
} as const
