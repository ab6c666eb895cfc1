import { z } from 'zod'
import {
  CountSchema,
  ExecutorSchema,
  PartialDateSchema,
  QualifierSchema,
  RowNumberSchema,
  TextSchema,
  YearSchema,
} from '../primitives.js'
import { schemaError } from '../schema-messages.js'

/**
 * Zod schema of one number a row's fulfilment text states ("finansuota 12 projektų"): the value,
 * what it counts, and the words of the text it comes from (which must appear in the text).
 *
 * @example
 * ```ts
 * import { IndicatorValueSchema } from '@talka/reporting'
 * IndicatorValueSchema.parse({ value: 12, unit: 'projektų', quote: 'finansuota 12 projektų' })
 * ```
 */
export const IndicatorValueSchema = z
  .strictObject({
    value: CountSchema.meta({ description: 'The number stated in the text' }),
    qualifier: QualifierSchema.optional(),
    unit: TextSchema.meta({ description: 'What is counted, as the text says it (e.g. "projektų")' }),
    quote: TextSchema.meta({ description: 'The words of the fulfilment text that state the number' }),
  })
  .meta({ description: 'A number stated in the fulfilment text, kept next to the text it comes from' })

/**
 * Zod schema of one row of the council plan report table, in the document's column order: **Eil.
 * Nr.**, **Priemonės pavadinimas**, **Rodiklio pavadinimas**, **Atsakingi vykdytojai**,
 * **Įvykdymas**, plus optional structured fields read from the fulfilment text.
 *
 * @example
 * ```ts
 * import { CouncilPlanReportRowSchema } from '@talka/reporting'
 * CouncilPlanReportRowSchema.parse({
 *   no: 6, measure: 'BO tarybos narių dalyvavimas …', indicator: 'Suorganizuotas pristatymas-diskusija, dalyvių skaičius',
 *   executors: ['Klaipėdos r. sav. visuomenės sveikatos biuras'], fulfilment: 'Konsultacijos organizuotos 2023 m.',
 *   eventDates: ['2023'],
 * })
 * ```
 */
export const CouncilPlanReportRowSchema = z
  .strictObject({
    no: RowNumberSchema.meta({ description: 'Eil. Nr. (row number), consecutive from 1' }),
    measure: TextSchema.meta({ description: 'Priemonės pavadinimas (name of the measure)' }),
    indicator: TextSchema.meta({ description: 'Rodiklio pavadinimas (name of the indicator)' }),
    executors: z
      .array(ExecutorSchema)
      .min(1, schemaError('schema.too-few-items'))
      .meta({ description: 'Atsakingi vykdytojai (responsible executors), comma-separated in the document' }),
    fulfilment: TextSchema.meta({ description: 'Įvykdymas (fulfilment), the text exactly as written' }),
    eventDates: z
      .array(PartialDateSchema)
      .min(1, schemaError('schema.too-few-items'))
      .optional()
      .meta({ description: 'Dates of the events the fulfilment text reports, as precise as it states them' }),
    indicatorValues: z
      .array(IndicatorValueSchema)
      .min(1, schemaError('schema.too-few-items'))
      .optional()
      .meta({ description: 'Numbers the fulfilment text states, with the words they come from' }),
  })
  .meta({ description: 'One row of the plan report table' })

/**
 * Zod schema of `council-plan-report.v1`: the annual report of a municipal council of community
 * organisations (BO taryba) on its three-year activity plan (seed 003: "Klaipėdos rajono
 * savivaldybės BO tarybos 2023−2025 m. veiklos plano ataskaita už 2024 m."). Cross-field rules
 * (row numbering, report year, dates) are checked by `validateReport`.
 *
 * @example
 * ```ts
 * import { CouncilPlanReportSchema, fixtures } from '@talka/reporting'
 * CouncilPlanReportSchema.parse(fixtures.councilPlanReportKlaipedaDistrict2024.data).rows.length // 11
 * ```
 */
export const CouncilPlanReportSchema = z
  .strictObject({
    title: TextSchema.meta({ description: 'The title of the report as written' }),
    municipality: TextSchema.meta({ description: 'Savivaldybė (municipality)' }),
    council: TextSchema.meta({ description: 'Taryba (the council that reports)' }),
    planPeriod: z
      .strictObject({
        from: YearSchema.meta({ description: 'First year of the plan' }),
        to: YearSchema.meta({ description: 'Last year of the plan' }),
      })
      .meta({ description: 'The years the activity plan covers' }),
    reportYear: YearSchema.meta({ description: 'The year reported on (ataskaita už … m.)' }),
    rows: z
      .array(CouncilPlanReportRowSchema)
      .min(1, schemaError('schema.too-few-items'))
      .meta({ description: 'The table rows, in the order of the document' }),
  })
  .meta({
    title: 'Council plan report (BO tarybos veiklos plano ataskaita)',
    description:
      'Annual report of a municipal council of community organisations (BO taryba) on its three-year activity plan.',
  })

/**
 * A `council-plan-report.v1` document.
 *
 * @example
 * ```ts
 * import type { CouncilPlanReport } from '@talka/reporting'
 * const years = (r: CouncilPlanReport) => `${r.planPeriod.from}–${r.planPeriod.to}`
 * ```
 */
export type CouncilPlanReport = z.infer<typeof CouncilPlanReportSchema>

/**
 * One row of a {@link CouncilPlanReport}.
 *
 * @example
 * ```ts
 * import type { CouncilPlanReportRow } from '@talka/reporting'
 * const label = (row: CouncilPlanReportRow) => `${row.no}. ${row.measure}`
 * ```
 */
export type CouncilPlanReportRow = z.infer<typeof CouncilPlanReportRowSchema>
