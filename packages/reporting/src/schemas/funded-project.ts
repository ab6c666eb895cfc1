import { z } from 'zod'
import { codeLists, codesOf } from '../code-lists.js'
import {
  AmountSchema,
  CountSchema,
  DateSchema,
  JarCodeSchema,
  PartialDateSchema,
  QualifierSchema,
  TextSchema,
  UrlSchema,
  YearSchema,
} from '../primitives.js'

/**
 * Zod schema of an event of a funded project: date (as precise as stated), title, place and
 * participants (total, and on site / online where the text gives them).
 *
 * @example
 * ```ts
 * import { FundedProjectEventSchema } from '@talka/reporting'
 * FundedProjectEventSchema.parse({
 *   date: '2023-09-13', title: 'Apskritojo stalo diskusija', place: 'LR Seimas',
 *   participants: { total: 31, onSite: 10, online: 21 },
 * })
 * ```
 */
export const FundedProjectEventSchema = z
  .strictObject({
    date: PartialDateSchema.meta({ description: 'Date of the event (first day)' }),
    dateTo: PartialDateSchema.optional().meta({ description: 'Last day, for events of several days' }),
    title: TextSchema.meta({ description: 'What the event was' }),
    place: TextSchema.optional().meta({ description: 'Where it took place' }),
    participants: z
      .strictObject({
        total: CountSchema.meta({ description: 'Participants in total' }),
        qualifier: QualifierSchema.optional(),
        onSite: CountSchema.optional().meta({ description: 'Participants on site' }),
        online: CountSchema.optional().meta({ description: 'Participants online' }),
      })
      .optional()
      .meta({ description: 'Participants as the text states them' }),
  })
  .meta({ description: 'An event of the project' })

/**
 * Zod schema of `funded-project.v1`: the record of an NGO project funded by a public funder (seeds
 * 000 and 004): number, title, organisation, funder, funding decision, amounts per year, periods
 * with extensions, goals, activities (planned / done), expected results and events. Cross-field
 * rules (participants, periods, yearly amounts) are checked by `validateReport`.
 *
 * @example
 * ```ts
 * import { FundedProjectSchema, fixtures } from '@talka/reporting'
 * FundedProjectSchema.parse(fixtures.fundedProjectLkbs2023.data).number // 'NVOK06101'
 * ```
 */
export const FundedProjectSchema = z
  .strictObject({
    number: TextSchema.optional().meta({ description: 'Project number, e.g. "NVOK06101"' }),
    title: TextSchema.meta({ description: 'Project title as written' }),
    organisation: z
      .strictObject({
        name: TextSchema.meta({ description: 'The organisation that carries out the project' }),
        code: JarCodeSchema.optional(),
      })
      .meta({ description: 'The funded organisation' }),
    funder: TextSchema.meta({ description: 'Finansavimo šaltinis (the funder)' }),
    programme: TextSchema.optional().meta({ description: 'The competition or programme' }),
    fundingDecision: z
      .strictObject({
        actType: z.enum(codesOf(codeLists.actType)).meta({ description: 'Type of act (code list actType)' }),
        issuer: TextSchema.meta({ description: 'Who issued it' }),
        number: TextSchema.meta({ description: 'Act number, e.g. "A3-92"' }),
        date: DateSchema.meta({ description: 'Date of the act' }),
        title: TextSchema.optional().meta({ description: 'Title of the act as written' }),
      })
      .optional()
      .meta({ description: 'The act that granted the funding' }),
    amounts: z
      .array(
        z
          .strictObject({ year: YearSchema, amount: AmountSchema })
          .meta({ description: 'Amount granted for one year' }),
      )
      .meta({ description: 'Amounts granted per year (EUR)' }),
    totalAmount: AmountSchema.optional().meta({ description: 'Total granted, where the document states it' }),
    periods: z
      .array(
        z
          .strictObject({
            from: PartialDateSchema,
            to: PartialDateSchema,
            kind: z.enum(codesOf(codeLists.periodKind)).meta({ description: 'original or extension' }),
          })
          .meta({ description: 'A period of implementation' }),
      )
      .meta({ description: 'Periods of implementation, with extensions' }),
    memberOrganisations: CountSchema.optional().meta({
      description: 'Member organisations of an umbrella body',
    }),
    goals: z.array(TextSchema).meta({ description: 'Goals as written' }),
    activities: z
      .array(
        z
          .strictObject({
            title: TextSchema,
            status: z.enum(codesOf(codeLists.activityStatus)),
            year: YearSchema.optional(),
          })
          .meta({ description: 'An activity, planned or done' }),
      )
      .meta({ description: 'Activities, planned or done' }),
    results: z.array(TextSchema).meta({ description: 'Expected or achieved results as written' }),
    events: z.array(FundedProjectEventSchema).meta({ description: 'Events with dates and participants' }),
    links: z.array(UrlSchema).meta({ description: 'Links the record gives' }),
  })
  .meta({
    title: 'Funded NGO project (finansuotas NVO projektas)',
    description:
      'Record of an NGO project funded by a public funder: decision, amounts, periods, activities, events.',
  })

/**
 * A `funded-project.v1` document.
 *
 * @example
 * ```ts
 * import type { FundedProject } from '@talka/reporting'
 * const years = (p: FundedProject) => p.amounts.map((a) => a.year)
 * ```
 */
export type FundedProject = z.infer<typeof FundedProjectSchema>
