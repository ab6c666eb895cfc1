import { test } from '@fast-check/vitest'
import { renderDecision, TraceV1Schema } from '@talka/core'
import { describe, expect } from 'vitest'
import {
  explainReport,
  fixtures,
  REPORT_SCHEMA_NAMES,
  reportingCatalog,
  reportingMessages,
  validateReport,
} from './index.js'
import { invalidReportArb, reportArb } from './testing.js'

describe('explainReport: the validation as a trace.v1 decision', () => {
  test('seed 003: valid with two warnings, every rule explained', () => {
    const { schema, data } = fixtures.councilPlanReportKlaipedaDistrict2024
    const decision = explainReport(schema, data, { asOf: '2025-01-31', lang: 'lt' })
    expect(TraceV1Schema.safeParse(decision).success).toBe(true)
    expect(decision).toMatchObject({
      format: 'trace.v1',
      decision: 'reporting:council-plan-report.v1',
      outcome: 'valid-with-warnings',
      asOf: '2025-01-31',
      producer: { package: '@talka/reporting' },
    })
    expect(decision.reasons.map((r) => [r.ruleId.split('.').at(-1), r.result])).toEqual([
      ['shape', 'pass'],
      ['row-numbers', 'pass'],
      ['report-year-in-plan-period', 'pass'],
      ['event-dates-in-report-year', 'warning'],
      ['event-dates-in-report-year', 'warning'],
      ['indicator-values-quoted', 'pass'],
    ])
    const warning = decision.reasons[3]!
    expect(warning.facts).toEqual({ path: 'rows.4.eventDates.0', value: '2023' })
    expect(warning.message.text).toBe('Data 2023 nepatenka į ataskaitos metus 2024.')
    expect(warning.ref.url).toBe(
      'https://klaipedos-r.lt/komisijos-tarybos/bendruomeniniu-organizaciju-taryba/',
    )
    expect(renderDecision(decision, reportingMessages, 'en').reasons[3]?.message.text).toBe(
      'Date 2023 is outside the report year 2024.',
    )
  })

  test('a wrong shape: the shape problems are the reasons, rules are not run', () => {
    const decision = explainReport('funded-project.v1', { title: '' }, { asOf: '2025-01-31', lang: 'en' })
    expect(decision.outcome).toBe('invalid')
    expect(
      decision.reasons.every((r) => r.ruleId === 'reporting.funded-project.v1.shape' && r.result === 'fail'),
    ).toBe(true)
    expect(decision.reasons[0]).toMatchObject({ facts: { path: 'title' }, message: { key: 'schema.text' } })
  })

  test('asOf is required and must be a date', () => {
    expect(() => explainReport('funded-project.v1', {}, { asOf: '31.01.2025' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
  })

  test('every rule id in a decision is in the catalog', () => {
    const ids = new Set(reportingCatalog.map((e) => e.id))
    for (const fixture of Object.values(fixtures)) {
      for (const reason of explainReport(fixture.schema, fixture.data, { asOf: '2025-01-31' }).reasons) {
        expect(ids.has(reason.ruleId)).toBe(true)
      }
    }
  })
})

describe('properties', () => {
  for (const name of REPORT_SCHEMA_NAMES) {
    test.prop([reportArb(name)])(`${name}: a valid document is never "invalid"`, (data) => {
      expect(explainReport(name, data, { asOf: '2025-01-31' }).outcome).not.toBe('invalid')
    })

    test.prop([invalidReportArb(name)])(`${name}: the decision agrees with validateReport`, ({ data }) => {
      const decision = explainReport(name, data, { asOf: '2025-01-31', lang: 'en' })
      const result = validateReport(name, data, { lang: 'en' })
      expect(decision.outcome).toBe('invalid')
      expect(
        decision.reasons.filter((r) => r.result === 'fail').map((r) => [r.facts.path, r.message.key]),
      ).toEqual(result.errors.map((e) => [e.path.join('.'), e.code]))
    })
  }
})
