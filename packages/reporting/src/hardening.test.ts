import { formatMessage, MAX_ISSUES, messagePlaceholders } from '@talka/core'
import { findNonStrictObjects } from '@talka/core/testing'
import { describe, expect, it, vi } from 'vitest'
import {
  ExplainReportInputSchema,
  explainReport,
  fixtures,
  JsonSchemaForInputSchema,
  jsonSchemaFor,
  ParseReportCsvInputSchema,
  parseReport,
  parseReportCsv,
  REPORT_SCHEMA_NAMES,
  ReportingError,
  ReportToCsvInputSchema,
  reportingMessages,
  reportToCsv,
  safeParseReport,
  schemas,
  ValidateReportInputSchema,
  validateReport,
  validateReportCsv,
} from './index.js'

const INPUT_SCHEMAS = {
  ValidateReportInputSchema,
  ParseReportCsvInputSchema,
  ReportToCsvInputSchema,
  ExplainReportInputSchema,
  JsonSchemaForInputSchema,
  ...schemas,
}

describe('strict input schemas', () => {
  it.each(Object.entries(INPUT_SCHEMAS))('%s has no non-strict object', (_, schema) => {
    expect(findNonStrictObjects(schema)).toEqual([])
  })
})

const council = fixtures.councilPlanReportKlaipedaDistrict2024
const POISON = JSON.parse(
  '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}}',
) as Record<string, unknown>
const poisonedReport = { ...council.data, ...POISON }
const notPolluted = () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.prototype).not.toHaveProperty('polluted')
}

describe('__proto__, constructor and prototype keys', () => {
  it('validateReport, parseReport, safeParseReport and explainReport reject them as unknown fields', () => {
    const result = validateReport('council-plan-report.v1', poisonedReport)
    expect(result.valid).toBe(false)
    expect(result.errors.map((e) => e.path.join('.')).sort()).toEqual([
      '__proto__',
      'constructor',
      'prototype',
    ])
    expect(() => parseReport('council-plan-report.v1', poisonedReport)).toThrow(ReportingError)
    expect(safeParseReport('council-plan-report.v1', poisonedReport).success).toBe(false)
    expect(explainReport('council-plan-report.v1', poisonedReport, { asOf: '2025-01-01' }).outcome).toBe(
      'invalid',
    )
    notPolluted()
  })

  it('reportToCsv throws INVALID_REPORT; every options object refuses them with INVALID_OPTIONS', () => {
    expect(() => reportToCsv('council-plan-report.v1', poisonedReport as never)).toThrow(ReportingError)
    const calls = [
      () => validateReport('council-plan-report.v1', council.data, POISON),
      () => parseReportCsv('council-plan-report.v1', council.csv, POISON),
      () => validateReportCsv('council-plan-report.v1', council.csv, POISON),
      () => reportToCsv('council-plan-report.v1', council.data, POISON),
      () => explainReport('council-plan-report.v1', council.data, { asOf: '2025-01-01', ...POISON }),
    ]
    for (const call of calls) {
      expect(call).toThrow(ReportingError)
    }
    notPolluted()
  })

  it('jsonSchemaFor refuses them as schema names', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(() => jsonSchemaFor(key as never)).toThrow(ReportingError)
    }
  })

  it('CSV columns named __proto__, constructor and prototype are unknown columns', () => {
    const [header = '', ...rest] = council.csv.split('\r\n')
    const csv = [
      `${header};__proto__;constructor;prototype`,
      ...rest.map((r) => (r ? `${r};x;y;z` : r)),
    ].join('\r\n')
    const { errors } = parseReportCsv('council-plan-report.v1', csv)
    expect(errors.map((e) => [e.code, e.column])).toEqual([
      ['csv.unknown-column', '__proto__'],
      ['csv.unknown-column', 'constructor'],
      ['csv.unknown-column', 'prototype'],
    ])
    notPolluted()
  })
})

describe('bounded issues', () => {
  it('a report with 500,000 zeros gives at most 100 issues and the total', () => {
    const result = validateReport('council-plan-report.v1', { ...council.data, rows: Array(500_000).fill(0) })
    expect(result.errors).toHaveLength(MAX_ISSUES)
    expect(result.errorCount).toBe(500_000)
    expect(JSON.stringify(result).length).toBeLessThan(100_000)
  })

  it('130,000 bad array elements give bounded issues, never a RangeError, at every entry point', () => {
    const bad = { ...council.data, rows: Array(130_000).fill('x') }
    expect(validateReport('council-plan-report.v1', bad).errorCount).toBe(130_000)
    try {
      parseReport('council-plan-report.v1', bad)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ReportingError)
      expect((error as ReportingError).details.errorCount).toBe(130_000)
      expect((error as ReportingError).details.errors).toHaveLength(MAX_ISSUES)
    }
    expect(() => reportToCsv('council-plan-report.v1', bad as never)).toThrow(ReportingError)
    const decision = explainReport('council-plan-report.v1', bad, { asOf: '2025-01-01' })
    expect(decision.outcome).toBe('invalid')
    expect(decision.reasons.length).toBeLessThanOrEqual(MAX_ISSUES)
  })

  it('an 80,000-row CSV with empty cells gives at most 100 errors and the total', () => {
    const header = council.csv.split('\r\n')[0] ?? ''
    const csv = [header, ...Array.from({ length: 80_000 }, (_, i) => `${i + 1}`)].join('\r\n')
    const result = validateReportCsv('council-plan-report.v1', csv)
    expect(result.errors).toHaveLength(MAX_ISSUES)
    // 4 required cells empty in each row, plus the report-level fields located at the first row.
    expect(result.errorCount).toBeGreaterThanOrEqual(4 * 80_000)
    expect(result.errors[0]).toMatchObject({ row: 2, dataRow: 1 })
  })
})

describe('files as officers have them', () => {
  // The Windows-1257 code page (core's tests check decodeCsvBytes against a hand-written table).
  const decoder = new TextDecoder('windows-1257')
  const CP1257 = new Map(
    Array.from({ length: 256 }, (_, b) => [decoder.decode(Uint8Array.of(b)), b] as const),
  )
  const cp1257 = (text: string) =>
    Uint8Array.from([...text].map((c) => CP1257.get(c) ?? CP1257.get('?') ?? 0x3f))
  // What Excel does with a character the code page lacks ("2023−2025": a minus sign): it writes a "-".
  const encodable = (text: string) => [...text].map((c) => (CP1257.has(c) ? c : '-')).join('')

  it('a Windows-1257 CSV gives the same result as its UTF-8 twin (and UTF-8 bytes with BOM)', () => {
    const csv = encodable(reportToCsv('council-plan-report.v1', council.data))
    const fromText = validateReportCsv('council-plan-report.v1', csv)
    const fromExcel = validateReportCsv('council-plan-report.v1', cp1257(csv))
    expect(fromExcel).toEqual(fromText)
    expect(validateReportCsv('council-plan-report.v1', new TextEncoder().encode(`\uFEFF${csv}`))).toEqual(
      fromText,
    )
  })

  it('a comma-separated file reads like a semicolon one', () => {
    const semicolon = reportToCsv('funded-project.v1', fixtures.fundedProjectLkbs2023.data)
    const comma = reportToCsv('funded-project.v1', fixtures.fundedProjectLkbs2023.data, { delimiter: ',' })
    expect(parseReportCsv('funded-project.v1', comma)).toEqual(parseReportCsv('funded-project.v1', semicolon))
  })

  it('an unsupported declared charset is a located encoding error, not a throw', () => {
    const { errors } = parseReportCsv('council-plan-report.v1', Uint8Array.from([0x50, 0xf0, 0xeb]), {
      charset: 'iso-8859-1',
    })
    expect(errors.map((e) => e.code)).toEqual(['csv.unsupported-charset'])
  })
})

describe('parse once', () => {
  it('a document from parseReport is not validated again for the same schema, and is for another', () => {
    const parsed = parseReport('council-plan-report.v1', council.data)
    const spy = vi.spyOn(schemas['council-plan-report.v1'], 'safeParse')
    try {
      expect(validateReport('council-plan-report.v1', parsed).valid).toBe(true)
      reportToCsv('council-plan-report.v1', parsed)
      expect(spy).not.toHaveBeenCalled()
      expect(validateReport('funded-project.v1', parsed).valid).toBe(false)
      expect(validateReport('council-plan-report.v1', { ...parsed }).valid).toBe(true)
      expect(spy).toHaveBeenCalledTimes(1)
    } finally {
      spy.mockRestore()
    }
  })
})

describe('Lithuanian messages', () => {
  const sample = (style: string) => (style === 'amount' ? '2946.00' : style === 'number' ? '54.0' : 'x')
  it.each(Object.entries(reportingMessages))('%s formats numbers the Lithuanian way', (_, text) => {
    const lt = text.lt
    const params = Object.fromEntries(messagePlaceholders(lt).map((p) => [p.name, sample(p.style)]))
    const rendered = formatMessage(lt, params, 'lt')
    expect(rendered).not.toMatch(/\d\.\d/)
    expect(rendered).not.toMatch(/\b(schema|csv)\.[a-z]/)
  })

  it('renders amounts and counts with Lithuanian forms in rule messages', () => {
    const data = structuredClone(fixtures.projectActivityReportExample.data) as { totals: { actual: string } }
    data.totals.actual = '99999.00'
    const messages = validateReport('project-activity-report.v1', data).errors.map((e) => e.message)
    expect(messages.join(' ')).toMatch(/99 999,00 Eur/)
  })
})

it('covers every schema name', () => {
  expect(Object.keys(schemas).sort()).toEqual([...REPORT_SCHEMA_NAMES].sort())
})
