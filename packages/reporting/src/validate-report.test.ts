import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import {
  type CouncilPlanReport,
  type FundedProject,
  fixtures,
  isReportSchemaName,
  type ProjectActivityReport,
  parseReport,
  REPORT_SCHEMA_NAMES,
  ReportingError,
  type ReportSchemaName,
  safeParseReport,
  validateReport,
} from './index.js'
import { invalidReportArb, reportArb } from './testing.js'

const council = (): CouncilPlanReport => structuredClone(fixtures.councilPlanReportKlaipedaDistrict2024.data)
const project = (): ProjectActivityReport => structuredClone(fixtures.projectActivityReportExample.data)
const lkbs = (): FundedProject => structuredClone(fixtures.fundedProjectLkbs2023.data)
const nvoVaikams = (): FundedProject => structuredClone(fixtures.fundedProjectNvoVaikams2016.data)

/** The errors as `path code` strings, to compare exactly. */
const errorsOf = (name: ReportSchemaName, data: unknown) =>
  validateReport(name, data).errors.map((e) => `${e.path.join('.')} ${e.code}`)

describe('the seed fixtures', () => {
  test('seed 003 (council plan report) is valid, with the two warnings the spec predicts', () => {
    const result = validateReport('council-plan-report.v1', council(), { lang: 'lt' })
    expect(result.valid).toBe(true)
    expect(result.errors).toEqual([])
    // Rows 5 and 6 of the 2024 report describe events of 2023.
    expect(result.warnings.map((w) => [w.path, w.code])).toEqual([
      [['rows', 4, 'eventDates', 0], 'event-date-outside-report-year'],
      [['rows', 5, 'eventDates', 0], 'event-date-outside-report-year'],
    ])
    expect(result.warnings[0]?.message).toBe('Data 2023 nepatenka į ataskaitos metus 2024.')
    expect(result.warnings[0]?.ruleId).toBe('reporting.council-plan-report.v1.event-dates-in-report-year')
    expect(result.data?.rows).toHaveLength(11)
  })

  test('the warnings can be read in English', () => {
    const result = validateReport('council-plan-report.v1', council(), { lang: 'en' })
    expect(result.warnings[1]?.message).toBe('Date 2023 is outside the report year 2024.')
  })

  test('seeds 000 and 004 (funded projects) are valid without warnings', () => {
    for (const data of [lkbs(), nvoVaikams()]) {
      const result = validateReport('funded-project.v1', data)
      expect(result).toMatchObject({ valid: true, errors: [], warnings: [] })
    }
  })

  test('the illustrative project report is valid and asks to return the unspent 46.60', () => {
    const result = validateReport('project-activity-report.v1', project())
    expect(result.valid).toBe(true)
    expect(result.warnings.map((w) => [w.path, w.code, w.params])).toEqual([
      [['totals', 'unspent'], 'unspent-to-return', { unspent: '46.60' }],
    ])
  })
})

describe('council-plan-report.v1 rules: each failing example points at the exact path', () => {
  test('a repeated row number', () => {
    const data = council()
    data.rows[6]!.no = 6
    expect(errorsOf('council-plan-report.v1', data)).toEqual(['rows.6.no row-number-duplicate'])
  })

  test('a row number out of sequence', () => {
    const data = council()
    data.rows[2]!.no = 30
    const result = validateReport('council-plan-report.v1', data, { lang: 'en' })
    expect(result.errors.map((e) => [e.path, e.code, e.message])).toEqual([
      [
        ['rows', 2, 'no'],
        'row-number-not-consecutive',
        'Row number should be 3, not 30: rows are numbered consecutively from 1.',
      ],
    ])
  })

  test('numbering must start at 1', () => {
    const data = council()
    data.rows.forEach((row, i) => {
      row.no = i + 2
    })
    expect(errorsOf('council-plan-report.v1', data)[0]).toBe('rows.0.no row-number-not-consecutive')
  })

  test('a report year outside the plan period', () => {
    const data = council()
    data.reportYear = 2026
    expect(errorsOf('council-plan-report.v1', data)).toEqual(['reportYear report-year-outside-plan'])
  })

  test('a plan period that ends before it starts', () => {
    const data = council()
    data.planPeriod = { from: 2025, to: 2023 }
    expect(errorsOf('council-plan-report.v1', data)).toEqual(['planPeriod.to plan-period-reversed'])
  })

  test('an indicator quote that is not in the fulfilment text', () => {
    const data = council()
    data.rows[8]!.indicatorValues![0]!.quote = 'dalyvavo 61 dalyvis'
    expect(errorsOf('council-plan-report.v1', data)).toEqual([
      'rows.8.indicatorValues.0.quote quote-not-in-fulfilment',
    ])
  })

  test('an indicator value that its quote does not state', () => {
    const data = council()
    data.rows[8]!.indicatorValues![0]!.value = 61
    expect(errorsOf('council-plan-report.v1', data)).toEqual([
      'rows.8.indicatorValues.0.value value-not-in-quote',
    ])
  })

  test('a value inside a longer number does not count as stated (16 is not in 160)', () => {
    const data = council()
    data.rows[8]!.indicatorValues![0]!.value = 1
    expect(errorsOf('council-plan-report.v1', data)).toEqual([
      'rows.8.indicatorValues.0.value value-not-in-quote',
    ])
  })

  test('a 2025 date in the 2024 report is a warning, not an error', () => {
    const data = council()
    data.rows[10]!.eventDates = ['2025-01']
    const result = validateReport('council-plan-report.v1', data)
    expect(result.valid).toBe(true)
    expect(result.warnings.map((w) => w.path.join('.'))).toContain('rows.10.eventDates.0')
  })
})

describe('project-activity-report.v1 rules', () => {
  test('actual above granted', () => {
    const data = project()
    data.expenses[0]!.actual = '1434.20'
    data.totals = { planned: '3000.00', actual: '3000.00', unspent: '0.00' }
    expect(errorsOf('project-activity-report.v1', data)).toEqual([])
    data.expenses[0]!.actual = '1434.21'
    data.totals.actual = '3000.01'
    expect(errorsOf('project-activity-report.v1', data)).toEqual(['totals.actual actual-exceeds-granted'])
  })

  test('unspent is not granted − actual', () => {
    const data = project()
    data.totals.unspent = '46.00'
    const result = validateReport('project-activity-report.v1', data)
    expect(result.errors.map((e) => [e.path, e.code, e.params])).toEqual([
      [['totals', 'unspent'], 'unspent-mismatch', { expected: '46.60', unspent: '46.00' }],
    ])
  })

  test('all spent: no balance to return, no warning', () => {
    const data = project()
    data.expenses[0]!.actual = '1434.20'
    data.totals = { planned: '3000.00', actual: '3000.00', unspent: '0' }
    expect(validateReport('project-activity-report.v1', data)).toMatchObject({ valid: true, warnings: [] })
  })

  test('line sums differ from the totals, to the cent', () => {
    const data = project()
    data.expenses[1]!.planned = '800.01'
    data.expenses[2]!.actual = '485.79'
    expect(errorsOf('project-activity-report.v1', data)).toEqual([
      'totals.planned planned-total-mismatch',
      'totals.actual actual-total-mismatch',
    ])
  })

  test('sums are exact: 0.1 + 0.2 lines make 0.30', () => {
    const data = project()
    data.expenses = [
      { category: 'goods', planned: '0.1', actual: '0.1', documents: 1 },
      { category: 'goods', planned: '0.2', actual: '0.2', documents: 1 },
    ]
    data.totals = { planned: '0.30', actual: '0.3', unspent: '2999.70' }
    expect(errorsOf('project-activity-report.v1', data)).toEqual([])
  })

  test('activity dates outside the project period', () => {
    const data = project()
    data.activities[0]!.dateFrom = '2024-04-30'
    data.activities[1]!.dateTo = '2024-12-01'
    expect(errorsOf('project-activity-report.v1', data)).toEqual([
      'activities.0.dateFrom activity-outside-project-period',
      'activities.1.dateTo activity-outside-project-period',
    ])
  })

  test('the first and last day of the period are inside it', () => {
    const data = project()
    data.activities[0]!.dateFrom = '2024-05-01'
    data.activities[1]!.dateTo = '2024-11-30'
    expect(errorsOf('project-activity-report.v1', data)).toEqual([])
  })

  test('an activity that ends before it starts, and a reversed project period', () => {
    const data = project()
    data.activities[1]!.dateTo = '2024-09-13'
    expect(errorsOf('project-activity-report.v1', data)).toEqual([
      'activities.1.dateTo activity-dates-reversed',
    ])
    data.project.period = { from: '2024-11-30', to: '2024-05-01' }
    expect(errorsOf('project-activity-report.v1', data)).toEqual([
      'project.period.to project-period-reversed',
    ])
  })

  test('administration over the cap is marked on the line that crosses it', () => {
    const data = project()
    // Cap 10 % of 3000.00 = 300.00; the administration line spends 280.00.
    data.expenses.push({ category: 'administration', planned: '20.00', actual: '20.01', documents: 1 })
    data.totals = { planned: '3020.00', actual: '2973.41', unspent: '26.59' }
    const result = validateReport('project-activity-report.v1', data)
    expect(result.errors.map((e) => [e.path, e.code, e.params])).toEqual([
      [
        ['expenses', 4, 'actual'],
        'administration-over-cap',
        { sum: '300.01', limit: '300.00', share: '0.1' },
      ],
    ])
    data.expenses[4]!.actual = '20.00'
    data.totals = { planned: '3020.00', actual: '2973.40', unspent: '26.60' }
    expect(errorsOf('project-activity-report.v1', data)).toEqual([])
  })

  test('without a cap in the report, administration is not limited', () => {
    const data = project()
    delete data.project.administrationCap
    data.expenses[3]!.actual = '1000.00'
    data.totals = { planned: '3000.00', actual: '3673.40', unspent: '0' }
    expect(errorsOf('project-activity-report.v1', data)).toEqual(['totals.actual actual-exceeds-granted'])
  })
})

describe('funded-project.v1 rules', () => {
  test('participants total ≠ on site + online (31 = 10 + 21 in seed 000)', () => {
    const data = lkbs()
    const roundTable = data.events.findIndex((e) => e.date === '2023-09-13')
    data.events[roundTable]!.participants = { total: 31, onSite: 10, online: 20 }
    const result = validateReport('funded-project.v1', data, { lang: 'lt' })
    expect(result.errors.map((e) => [e.path, e.code, e.message])).toEqual([
      [
        ['events', roundTable, 'participants', 'total'],
        'participants-total-mismatch',
        'Dalyvių iš viso 31, bet vietoje 10 ir nuotoliu 20 kartu sudaro 30.',
      ],
    ])
  })

  test('a single part larger than the total', () => {
    const data = lkbs()
    data.events[0]!.participants = { total: 5, online: 6 }
    expect(errorsOf('funded-project.v1', data)).toEqual([
      'events.0.participants.online participants-part-exceeds-total',
    ])
  })

  test('a lower bound ("daugiau nei 600") is not checked against its parts', () => {
    const data = lkbs()
    data.events[0]!.participants = { total: 600, qualifier: 'more-than', onSite: 650 }
    expect(errorsOf('funded-project.v1', data)).toEqual([])
  })

  test('overlapping periods (the extension starts inside the original period)', () => {
    const data = nvoVaikams()
    data.periods[1]!.from = '2016-12'
    expect(errorsOf('funded-project.v1', data)).toEqual(['periods.1.from periods-overlap'])
    data.periods[1]!.from = '2017-01'
    expect(errorsOf('funded-project.v1', data)).toEqual([])
  })

  test('a period that ends before it starts', () => {
    const data = nvoVaikams()
    data.periods[0] = { from: '2016-12', to: '2016-07', kind: 'original' }
    expect(errorsOf('funded-project.v1', data)).toEqual(['periods.0.to period-reversed'])
  })

  test('yearly amounts that do not add up to the total', () => {
    const data = nvoVaikams()
    data.totalAmount = '31126.00'
    expect(errorsOf('funded-project.v1', data)).toEqual([])
    data.totalAmount = '31126.01'
    expect(errorsOf('funded-project.v1', data)).toEqual(['totalAmount total-amount-mismatch'])
  })

  test('the same year twice', () => {
    const data = nvoVaikams()
    data.amounts[1]!.year = 2016
    expect(errorsOf('funded-project.v1', data)).toEqual(['amounts.1.year amount-year-duplicate'])
  })

  test('an event that ends before it starts', () => {
    const data = lkbs()
    data.events[1]!.dateTo = '2023-04-23'
    expect(errorsOf('funded-project.v1', data)).toEqual(['events.1.dateTo event-dates-reversed'])
  })
})

describe('schema errors', () => {
  test('a wrong shape is reported at its path with a stable code, in both languages', () => {
    const data = council() as unknown as Record<string, unknown>
    const rows = data.rows as Record<string, unknown>[]
    rows[2]!.no = 'trys'
    delete rows[3]!.fulfilment
    rows[4]!.eventDates = ['2023-02-29']
    data.extra = true
    const lt = validateReport('council-plan-report.v1', data, { lang: 'lt' })
    expect(lt.valid).toBe(false)
    expect(lt.data).toBeUndefined()
    expect(lt.errors.map((e) => [e.path.join('.'), e.code])).toEqual([
      ['rows.2.no', 'schema.row-number'],
      ['rows.3.fulfilment', 'schema.required'],
      ['rows.4.eventDates.0', 'schema.partial-date'],
      ['extra', 'schema.unknown-field'],
    ])
    expect(lt.errors[1]?.message).toBe('Privalomas laukas nenurodytas.')
    const en = validateReport('council-plan-report.v1', data, { lang: 'en' })
    expect(en.errors[1]?.message).toBe('A required field is missing.')
  })

  test('money must be a decimal string with at most two decimals, never a float', () => {
    const data = project() as unknown as { totals: Record<string, unknown> }
    data.totals.actual = 2953.4
    data.totals.planned = '3000.001'
    const result = validateReport('project-activity-report.v1', data, { lang: 'en' })
    expect(result.errors.map((e) => [e.path.join('.'), e.code, e.message])).toEqual([
      [
        'totals.planned',
        'schema.amount',
        'An amount must be a non-negative decimal string with at most 2 decimals, e.g. "1234.56".',
      ],
      ['totals.actual', 'schema.invalid-type', 'Wrong type of value: expected text.'],
    ])
  })

  test('anything that is not a report is rejected, never thrown', () => {
    for (const input of [null, 42, 'ataskaita', [], undefined]) {
      const result = validateReport('funded-project.v1', input)
      expect(result.valid).toBe(false)
      expect(result.errors.length).toBeGreaterThan(0)
    }
  })

  test('an unknown schema name is a typed error with a stable code', () => {
    expect(() => validateReport('annual-report.v9' as ReportSchemaName, {})).toThrow(ReportingError)
    try {
      validateReport('annual-report.v9' as ReportSchemaName, {})
    } catch (error) {
      expect((error as ReportingError).code).toBe('UNKNOWN_SCHEMA')
      expect((error as ReportingError).details.known).toEqual([...REPORT_SCHEMA_NAMES])
    }
    expect(isReportSchemaName('council-plan-report.v1')).toBe(true)
    expect(isReportSchemaName('toString')).toBe(false)
  })

  test('bad options are a typed error', () => {
    expect(() => validateReport('funded-project.v1', {}, { lang: 'de' as 'lt' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
  })
})

describe('parseReport / safeParseReport', () => {
  test('a valid report is returned; warnings do not reject it', () => {
    expect(parseReport('council-plan-report.v1', council()).reportYear).toBe(2024)
  })

  test('an invalid report throws INVALID_REPORT with every error', () => {
    const data = nvoVaikams()
    data.totalAmount = '1.00'
    data.amounts[1]!.year = 2016
    const result = safeParseReport('funded-project.v1', data)
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_REPORT')
      expect((result.error.details.errors as { code: string }[]).map((e) => e.code)).toEqual([
        'amount-year-duplicate',
        'total-amount-mismatch',
      ])
    }
  })
})

describe('properties', () => {
  for (const name of REPORT_SCHEMA_NAMES) {
    test.prop([reportArb(name)])(`${name}: generated valid documents have no errors`, (data) => {
      const result = validateReport(name, data)
      expect(result.errors).toEqual([])
      expect(result.valid).toBe(true)
    })

    test.prop([invalidReportArb(name)])(
      `${name}: an injected error is reported at its path`,
      ({ data, path, code }) => {
        const result = validateReport(name, data)
        expect(result.valid).toBe(false)
        expect(result.errors.map((e) => ({ path: e.path, code: e.code }))).toContainEqual({ path, code })
      },
    )

    test.prop([invalidReportArb(name)])(
      `${name}: every message exists in Lithuanian and English`,
      ({ data }) => {
        const lt = validateReport(name, data, { lang: 'lt' })
        const en = validateReport(name, data, { lang: 'en' })
        expect(en.errors.map((e) => [e.path, e.code])).toEqual(lt.errors.map((e) => [e.path, e.code]))
        for (const issue of [...lt.errors, ...en.errors]) expect(issue.message.trim()).not.toBe('')
      },
    )
  }
})

void fc
