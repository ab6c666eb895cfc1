import { reportToCsv } from './csv/report-csv.js'
import { fixtures } from './fixtures.js'
import { jsonSchemaFor } from './json-schema.js'
import { REPORT_SCHEMA_NAMES } from './report-schemas.js'

const FIXTURE_FILES: Readonly<Record<keyof typeof fixtures, string>> = {
  councilPlanReportKlaipedaDistrict2024: 'council-plan-report.v1.klaipeda-district-2024',
  fundedProjectLkbs2023: 'funded-project.v1.lkbs-2023',
  fundedProjectNvoVaikams2016: 'funded-project.v1.nvo-vaikams-2016',
  projectActivityReportExample: 'project-activity-report.v1.example',
}

/** A file the build writes and the repository commits, relative to the package root. */
export interface GeneratedFile {
  readonly path: string
  readonly content: string
  /** `json`: compare parsed content (the formatter may lay it out); `text`: compare exactly. */
  readonly compare: 'json' | 'text'
}

/** The JSON Schemas (`schemas/*.json`) and the fixture files (`fixtures/*.json`, `*.csv`). */
export function generatedFiles(): GeneratedFile[] {
  const files: GeneratedFile[] = REPORT_SCHEMA_NAMES.map((name) => ({
    path: `schemas/${name}.json`,
    content: `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`,
    compare: 'text',
  }))
  for (const [key, base] of Object.entries(FIXTURE_FILES) as [keyof typeof fixtures, string][]) {
    const { schema, data } = fixtures[key]
    files.push({
      path: `fixtures/${base}.json`,
      content: `${JSON.stringify(data, null, 2)}\n`,
      compare: 'json',
    })
    files.push({ path: `fixtures/${base}.csv`, content: reportToCsv(schema, data as never), compare: 'text' })
  }
  return files
}
