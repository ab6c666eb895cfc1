import type { LegalRef, Localized } from '@talka/core'
import {
  KLAIPEDA_DISTRICT_BO_COUNCIL,
  NGO_FUND_2023,
  NVO_VAIKAMS_PROJECT_PAGE,
  VILNIUS_2019_PROJECT_REPORTS,
} from '../legal-refs.js'
import type { ReportSchemaName } from '../report-schemas.js'

/** The shape check of each schema, as a catalog rule: the document form it follows. */
export const SHAPE_RULES: {
  readonly [N in ReportSchemaName]: {
    readonly title: Localized
    readonly refs: readonly [LegalRef, ...LegalRef[]]
  }
} = {
  'council-plan-report.v1': {
    title: { lt: 'BO tarybos plano ataskaitos struktūra', en: 'Shape of the council plan report' },
    refs: [KLAIPEDA_DISTRICT_BO_COUNCIL],
  },
  'project-activity-report.v1': {
    title: { lt: 'Projekto veiklos ataskaitos struktūra', en: 'Shape of the project activity report' },
    refs: [VILNIUS_2019_PROJECT_REPORTS],
  },
  'funded-project.v1': {
    title: { lt: 'Finansuoto projekto įrašo struktūra', en: 'Shape of the funded-project record' },
    refs: [NGO_FUND_2023, NVO_VAIKAMS_PROJECT_PAGE],
  },
}

/** The catalog id of a schema's shape check. */
export const shapeRuleId = (name: ReportSchemaName) => `reporting.${name}.shape`
