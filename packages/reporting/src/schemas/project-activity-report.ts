import { z } from 'zod'
import { codeLists, codesOf } from '../code-lists.js'
import {
  AmountSchema,
  CountSchema,
  DateSchema,
  DecimalSchema,
  JarCodeSchema,
  ShareSchema,
  TextSchema,
  YearSchema,
} from '../primitives.js'

/**
 * Zod schema of one activity in a project activity report ("Projekto veiklos ataskaita"): what was
 * done, when, where, with how many participants and volunteers, and its indicator planned vs
 * achieved.
 *
 * @example
 * ```ts
 * import { ProjectActivitySchema } from '@talka/reporting'
 * ProjectActivitySchema.parse({ title: 'Talka parke', dateFrom: '2024-05-04', place: 'Vilnius', participants: 40 })
 * ```
 */
export const ProjectActivitySchema = z
  .strictObject({
    title: TextSchema.meta({ description: 'Veiklos pavadinimas (activity)' }),
    dateFrom: DateSchema.meta({ description: 'First day of the activity' }),
    dateTo: DateSchema.optional().meta({ description: 'Last day, when the activity lasted more than a day' }),
    place: TextSchema.meta({ description: 'Vieta (place)' }),
    participants: CountSchema.meta({ description: 'Dalyvių skaičius (participants)' }),
    volunteers: CountSchema.optional().meta({ description: 'Savanorių skaičius (volunteers)' }),
    volunteerHours: DecimalSchema.optional().meta({
      description: 'Hours the volunteers worked, e.g. "12.5"',
    }),
    indicator: z
      .strictObject({
        name: TextSchema.meta({ description: 'Rodiklis (indicator)' }),
        planned: CountSchema.meta({ description: 'Planned value' }),
        achieved: CountSchema.meta({ description: 'Achieved value' }),
      })
      .optional()
      .meta({ description: 'The indicator of the activity, planned vs achieved' }),
  })
  .meta({ description: 'One activity of the project' })

/**
 * Zod schema of one expense line: category (code list `expenseCategory`), planned and actual amounts
 * as decimal strings, and the number of supporting documents.
 *
 * @example
 * ```ts
 * import { ProjectExpenseSchema } from '@talka/reporting'
 * ProjectExpenseSchema.parse({ category: 'goods', planned: '500.00', actual: '487.20', documents: 3 })
 * ```
 */
export const ProjectExpenseSchema = z
  .strictObject({
    category: z.enum(codesOf(codeLists.expenseCategory)).meta({ description: 'Išlaidų kategorija' }),
    description: TextSchema.optional().meta({ description: 'What the line pays for' }),
    planned: AmountSchema.meta({ description: 'Planned amount (EUR)' }),
    actual: AmountSchema.meta({ description: 'Amount actually spent (EUR)' }),
    documents: CountSchema.meta({ description: 'Number of supporting documents' }),
  })
  .meta({ description: 'One expense line' })

/**
 * Zod schema of `project-activity-report.v1`: the report of a project funded under the measure
 * "Stiprinti bendruomeninę veiklą savivaldybėse" (municipal calls; the Vilnius 2019 forms "Projekto
 * veiklos ataskaita" and 3BVS/4BVS/6BVS): the project, its activities, its expense lines and totals.
 * Cross-field rules (actual ≤ granted, unspent = granted − actual, sums, dates, administration
 * share) are checked by `validateReport`.
 *
 * @example
 * ```ts
 * import { ProjectActivityReportSchema, fixtures } from '@talka/reporting'
 * ProjectActivityReportSchema.parse(fixtures.projectActivityReportExample.data).expenses.length // 4
 * ```
 */
export const ProjectActivityReportSchema = z
  .strictObject({
    project: z
      .strictObject({
        id: TextSchema.meta({ description: 'Project number or contract number' }),
        title: TextSchema.meta({ description: 'Projekto pavadinimas (title)' }),
        applicant: z
          .strictObject({
            name: TextSchema.meta({ description: 'Pareiškėjas (applicant organisation)' }),
            code: JarCodeSchema,
          })
          .meta({ description: 'The organisation that carries out the project' }),
        municipality: TextSchema.meta({ description: 'Savivaldybė (municipality)' }),
        eldership: TextSchema.optional().meta({
          description: 'Seniūnija (eldership), where the call names one',
        }),
        measure: z
          .strictObject({
            code: TextSchema.meta({
              description: 'Number of the measure in the action plan, e.g. "2.1.1.1"',
            }),
            name: TextSchema.meta({ description: 'Name of the measure' }),
            year: YearSchema.meta({ description: 'Year of the call' }),
          })
          .meta({ description: 'The measure and year the project is funded under' }),
        grantedAmount: AmountSchema.meta({ description: 'Skirta suma (amount granted, EUR)' }),
        period: z
          .strictObject({ from: DateSchema, to: DateSchema })
          .meta({ description: 'Project period: first and last day' }),
        administrationCap: ShareSchema.optional().meta({
          description: 'The call\'s cap on administration costs as a share of the grant ("0.1" = 10 %)',
        }),
      })
      .meta({ description: 'The funded project' }),
    activities: z.array(ProjectActivitySchema).meta({ description: 'Activities carried out' }),
    expenses: z.array(ProjectExpenseSchema).meta({ description: 'Expense lines' }),
    totals: z
      .strictObject({
        planned: AmountSchema.meta({ description: 'Sum of planned amounts (EUR)' }),
        actual: AmountSchema.meta({ description: 'Sum of actual amounts (EUR)' }),
        unspent: AmountSchema.meta({ description: 'Granted minus actual: to be returned (EUR)' }),
      })
      .meta({ description: 'Totals as stated in the report' }),
  })
  .meta({
    title: 'Project activity report (Projekto veiklos ataskaita)',
    description:
      'Activity and expense report of a project funded under the measure "Stiprinti bendruomeninę veiklą savivaldybėse".',
  })

/**
 * A `project-activity-report.v1` document.
 *
 * @example
 * ```ts
 * import type { ProjectActivityReport } from '@talka/reporting'
 * const granted = (r: ProjectActivityReport) => r.project.grantedAmount // '3000.00'
 * ```
 */
export type ProjectActivityReport = z.infer<typeof ProjectActivityReportSchema>
