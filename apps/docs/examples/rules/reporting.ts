/**
 * Worked examples of the reporting rule pages: each schema's seed fixture validated as it is, and a
 * copy with errors put in on purpose, so the page shows both what passes and what a rule reports.
 */

// #region council
import type { Lang } from '@talka/core'
import { fixtures, validateReport } from '@talka/reporting'

export function councilReport(lang: Lang) {
  const seed = fixtures.councilPlanReportKlaipedaDistrict2024.data
  const broken = {
    ...seed,
    reportYear: 2026, // outside the plan period 2023–2025
    rows: seed.rows.map((row, i) => (i === 1 ? { ...row, no: 1 } : row)), // row number 1 twice
  }
  const { valid, errors, warnings } = validateReport('council-plan-report.v1', seed, { lang })
  const check = validateReport('council-plan-report.v1', broken, { lang })
  return {
    seed: { valid, errors, warnings },
    broken: { valid: check.valid, errors: check.errors, warnings: check.warnings },
  }
}
// #endregion council

// #region project
export function projectReport(lang: Lang) {
  const seed = fixtures.projectActivityReportExample.data
  const broken = { ...seed, totals: { ...seed.totals, actual: '3100.00', unspent: '0.00' } }
  const { valid, errors, warnings } = validateReport('project-activity-report.v1', seed, { lang })
  const check = validateReport('project-activity-report.v1', broken, { lang })
  return {
    seed: { valid, errors, warnings },
    broken: { valid: check.valid, errors: check.errors, warnings: check.warnings },
  }
}
// #endregion project

// #region funded
export function fundedProject(lang: Lang) {
  const seed = fixtures.fundedProjectLkbs2023.data
  const broken = { ...seed, totalAmount: '25000.00' } // the yearly amounts sum to 20000.00
  const { valid, errors, warnings } = validateReport('funded-project.v1', seed, { lang })
  const check = validateReport('funded-project.v1', broken, { lang })
  return {
    seed: { valid, errors, warnings },
    broken: { valid: check.valid, errors: check.errors, warnings: check.warnings },
  }
}
// #endregion funded

/** The examples of this file, by the schemas they cover. */
export const ruleExamples: readonly import('../rule-example.js').RuleExample[] = [
  { region: 'council', covers: ['council-plan-report.v1'], run: councilReport },
  { region: 'project', covers: ['project-activity-report.v1'], run: projectReport },
  { region: 'funded', covers: ['funded-project.v1'], run: fundedProject },
]
