import { readFileSync } from 'node:fs'
import { fc, test } from '@fast-check/vitest'
import Papa from 'papaparse'
import { describe, expect } from 'vitest'
import {
  type CouncilPlanReport,
  fixtures,
  parseReportCsv,
  REPORT_SCHEMA_NAMES,
  type ReportSchemaName,
  reportToCsv,
  validateReportCsv,
} from '../index.js'
import { brokenCsvArb, reportArb } from '../testing.js'

const council = fixtures.councilPlanReportKlaipedaDistrict2024
const fixtureFile = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')

/** Re-writes a CSV text cell by cell: `edit(records)` changes the records (header first). */
function editCsv(csv: string, edit: (records: string[][]) => void, delimiter = ';'): string {
  const records = Papa.parse<string[]>(csv, { delimiter }).data.filter(
    (r) => !(r.length === 1 && r[0] === ''),
  )
  edit(records)
  return `${Papa.unparse(records, { delimiter, newline: '\r\n' })}\r\n`
}

const col = (records: string[][], header: string) => {
  const index = records[0]?.indexOf(header) ?? -1
  if (index < 0) throw new Error(`no column ${header}`)
  return index
}

describe('the seed-003 report as CSV', () => {
  test('the committed CSV fixture is what reportToCsv writes, and reads back to the JSON fixture', () => {
    const file = fixtureFile('council-plan-report.v1.klaipeda-district-2024.csv')
    expect(reportToCsv(council.schema, council.data)).toBe(file)
    expect(council.csv).toBe(file)
    const parsed = parseReportCsv('council-plan-report.v1', file)
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toEqual(council.data)
  })

  test('a header row in Lithuanian, one row per table line, report-level columns repeated', () => {
    const records = Papa.parse<string[]>(council.csv, { delimiter: ';' }).data
    expect(records[0]?.slice(0, 6)).toEqual([
      'Eil. Nr.',
      'Priemonės pavadinimas',
      'Rodiklio pavadinimas',
      'Atsakingi vykdytojai',
      'Įvykdymas',
      'Įvykių datos',
    ])
    const year = col(records, 'Ataskaitos metai')
    expect(records.slice(1, 12).map((r) => r[year])).toEqual(Array(11).fill('2024'))
    expect(records[1]?.[3]).toBe('Kultūros skyrius, Sveikatos ir socialinės apsaugos skyrius')
  })

  test('the fixture gives the predicted warnings, located at rows 6 and 7 (data rows 5 and 6)', () => {
    const result = validateReportCsv('council-plan-report.v1', council.csv)
    expect(result.valid).toBe(true)
    expect(result.errors).toEqual([])
    expect(result.warnings.map((w) => [w.row, w.dataRow, w.column, w.code])).toEqual([
      [6, 5, 'Įvykių datos', 'event-date-outside-report-year'],
      [7, 6, 'Įvykių datos', 'event-date-outside-report-year'],
    ])
  })

  test('"septyni" under "Eil. Nr." in the 7th data row is reported at that row and column', () => {
    const csv = editCsv(council.csv, (records) => {
      records[7]![col(records, 'Eil. Nr.')] = 'septyni'
    })
    const { data, errors } = parseReportCsv('council-plan-report.v1', csv)
    expect(data).toBeUndefined()
    expect(errors).toEqual([
      {
        row: 8,
        dataRow: 7,
        column: 'Eil. Nr.',
        code: 'csv.invalid-row-number',
        message: '„septyni“ nėra eilės numeris (pvz., 7 arba 7.).',
        severity: 'error',
        params: { value: 'septyni' },
        path: ['rows', 6, 'no'],
      },
    ])
  })

  test('the column is named as the user wrote it (English header, other case)', () => {
    const csv = editCsv(reportToCsv(council.schema, council.data, { headers: 'en' }), (records) => {
      records[0]![0] = 'no.'
      records[7]![0] = 'seven'
    })
    const { errors } = parseReportCsv('council-plan-report.v1', csv, { lang: 'en' })
    expect(errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [8, 'no.', '"seven" is not a row number (e.g. 7 or 7.).'],
    ])
  })

  test('a cross-field error found in a CSV points at its cell', () => {
    const csv = editCsv(council.csv, (records) => {
      records[7]![col(records, 'Eil. Nr.')] = '6'
    })
    const result = validateReportCsv('council-plan-report.v1', csv)
    expect(result.errors.map((e) => [e.row, e.column, e.code, e.path])).toEqual([
      [8, 'Eil. Nr.', 'row-number-duplicate', ['rows', 6, 'no']],
    ])
  })

  test('a Lithuanian Excel export: BOM, ";" and row numbers written "1."', () => {
    const csv = `\uFEFF${editCsv(council.csv, (records) => {
      const no = col(records, 'Eil. Nr.')
      for (const record of records.slice(1)) record[no] = `${record[no]}.`
    })}`
    const parsed = parseReportCsv('council-plan-report.v1', csv)
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toEqual(council.data)
  })

  test('a "," file with English headers in another order, and "\\n" line ends', () => {
    const csv = reportToCsv(council.schema, council.data, { headers: 'en', delimiter: ',' })
    const records = Papa.parse<string[]>(csv, { delimiter: ',' }).data.filter((r) => r.length > 1)
    const reversed = records.map((r) => [...r].reverse())
    const text = Papa.unparse(reversed, { delimiter: ',', newline: '\n' })
    const parsed = parseReportCsv('council-plan-report.v1', text)
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toEqual(council.data)
  })

  test('report-level values only in the first row are accepted; a different value is not', () => {
    const blanked = editCsv(council.csv, (records) => {
      const year = col(records, 'Ataskaitos metai')
      for (const record of records.slice(2)) record[year] = ''
    })
    expect(parseReportCsv('council-plan-report.v1', blanked).data).toEqual(council.data)
    const differing = editCsv(council.csv, (records) => {
      records[4]![col(records, 'Ataskaitos metai')] = '2025'
    })
    expect(
      parseReportCsv('council-plan-report.v1', differing).errors.map((e) => [e.row, e.column, e.code]),
    ).toEqual([[5, 'Ataskaitos metai', 'csv.inconsistent-value']])
  })
})

describe('CSV problems are located', () => {
  const example = fixtures.projectActivityReportExample

  test('an amount "1 000,5O" in a money column', () => {
    const csv = editCsv(example.csv, (records) => {
      const row = records.findIndex((r) => r[0] === 'išlaidos')
      records[row]![col(records, 'Panaudota')] = '1 000,5O'
    })
    const { errors } = parseReportCsv('project-activity-report.v1', csv)
    expect(errors.map((e) => [e.row, e.dataRow, e.column, e.code, e.message])).toEqual([
      [4, 3, 'Panaudota', 'csv.invalid-amount', '„1 000,5O“ nėra suma (pvz., 1234,56 arba 1 234,56).'],
    ])
  })

  test('amounts written the Lithuanian way are read exactly', () => {
    const csv = editCsv(example.csv, (records) => {
      const row = records.findIndex((r) => r[0] === 'išlaidos')
      records[row]![col(records, 'Panaudota')] = '1 387,60 €'
      records[row]![col(records, 'Planuota')] = '1\u00a0400,0'
    })
    const { data, errors } = parseReportCsv('project-activity-report.v1', csv)
    expect(errors).toEqual([])
    expect(data?.expenses[0]).toMatchObject({ actual: '1387.60', planned: '1400.0' })
  })

  test('a code-list cell accepts the code or either label, and rejects anything else', () => {
    const csv = (value: string) =>
      editCsv(example.csv, (records) => {
        const row = records.findIndex((r) => r[0] === 'išlaidos')
        records[row]![col(records, 'Išlaidų kategorija')] = value
      })
    for (const value of ['goods', 'Prekės ir medžiagos', 'GOODS AND MATERIALS']) {
      expect(parseReportCsv('project-activity-report.v1', csv(value)).data?.expenses[0]?.category).toBe(
        'goods',
      )
    }
    const { errors } = parseReportCsv('project-activity-report.v1', csv('maistas'), { lang: 'en' })
    expect(errors[0]).toMatchObject({ row: 4, column: 'Išlaidų kategorija', code: 'csv.invalid-option' })
    expect(errors[0]?.message).toContain('Administration, Pay and fees')
  })

  test('header problems: unknown, repeated and missing columns', () => {
    const csv = editCsv(council.csv, (records) => {
      records[0]![col(records, 'Įvykdymas')] = 'Įvykdyta'
      records[0]![col(records, 'Taryba')] = 'Savivaldybė'
    })
    const { errors } = parseReportCsv('council-plan-report.v1', csv)
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, 'Įvykdyta', 'csv.unknown-column'],
      [1, 'Savivaldybė', 'csv.duplicate-column'],
      [1, 'Taryba', 'csv.missing-column'],
    ])
  })

  test('a missing table column is reported once, not on every row', () => {
    const csv = editCsv(council.csv, (records) => {
      const index = col(records, 'Įvykdymas')
      for (const record of records) record.splice(index, 1)
    })
    const { errors } = parseReportCsv('council-plan-report.v1', csv)
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([[1, 'Įvykdymas', 'csv.missing-column']])
  })

  test('an empty required cell is reported at its row and column', () => {
    const csv = editCsv(council.csv, (records) => {
      records[3]![col(records, 'Priemonės pavadinimas')] = ''
    })
    const { errors } = parseReportCsv('council-plan-report.v1', csv)
    expect(errors.map((e) => [e.row, e.column, e.code, e.path])).toEqual([
      [4, 'Priemonės pavadinimas', 'schema.required', ['rows', 2, 'measure']],
    ])
  })

  test('a cell in a column of another record type, and unknown record types', () => {
    const csv = editCsv(example.csv, (records) => {
      records[1]![col(records, 'Išlaidų kategorija')] = 'goods'
      records[4]![0] = 'sąskaita'
    })
    const { errors } = parseReportCsv('project-activity-report.v1', csv)
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'Išlaidų kategorija', 'csv.not-applicable'],
      [5, 'Įrašo tipas', 'csv.unknown-record-type'],
    ])
  })

  test('a cell beyond the last header', () => {
    const lines = council.csv.split('\r\n')
    lines[1] = `${lines[1]};xx`
    const { errors } = parseReportCsv('council-plan-report.v1', lines.join('\r\n'))
    expect(errors.map((e) => [e.row, e.column, e.code, e.params])).toEqual([
      [2, '', 'csv.extra-cell', { position: 22 }],
    ])
  })

  test('unclosed quotes, empty files, no data rows, not text', () => {
    expect(
      parseReportCsv('council-plan-report.v1', 'Eil. Nr.;Įvykdymas\r\n1;"neuždaryta').errors[0]?.code,
    ).toBe('csv.syntax')
    expect(parseReportCsv('council-plan-report.v1', '').errors.map((e) => e.code)).toEqual(['csv.empty'])
    const headerOnly = council.csv.split('\r\n')[0] ?? ''
    expect(
      parseReportCsv('council-plan-report.v1', `${headerOnly}\r\n\r\n`).errors.map((e) => e.code),
    ).toEqual(['csv.no-data'])
    expect(
      parseReportCsv('council-plan-report.v1', 42 as unknown as string).errors.map((e) => e.code),
    ).toEqual(['csv.not-text'])
  })

  test('blank lines keep spreadsheet row numbers', () => {
    // The seed texts break lines with "\n" only, so "\r\n" separates records here.
    const lines = council.csv.split('\r\n')
    lines.splice(3, 0, '')
    const withBlank = lines.join('\r\n')
    expect(parseReportCsv('council-plan-report.v1', withBlank).data).toEqual(council.data)
    const { errors } = parseReportCsv('council-plan-report.v1', withBlank.replace('\r\n7;', '\r\nseptyni;'))
    expect(errors.map((e) => [e.row, e.dataRow, e.column])).toEqual([[9, 7, 'Eil. Nr.']])
  })

  test('cells that a spreadsheet would run as formulas are written with an apostrophe and read back', () => {
    const data: CouncilPlanReport = structuredClone(council.data)
    data.rows[0]!.measure = '=HYPERLINK("http://x")'
    data.rows[1]!.measure = "'=jau su apostrofu"
    data.rows[2]!.measure = '-5 % biudžeto'
    const csv = reportToCsv('council-plan-report.v1', data)
    const records = Papa.parse<string[]>(csv, { delimiter: ';' }).data
    expect(records.slice(1, 4).map((r) => r[1])).toEqual([
      '\'=HYPERLINK("http://x")',
      "''=jau su apostrofu",
      "'-5 % biudžeto",
    ])
    expect(parseReportCsv('council-plan-report.v1', csv).data).toEqual(data)
  })

  test('a funded project with no rows in any table is written as one "projektas" row', () => {
    const data = { ...structuredClone(fixtures.fundedProjectLkbs2023.data) }
    Object.assign(data, {
      amounts: [],
      periods: [],
      goals: [],
      activities: [],
      results: [],
      events: [],
      links: [],
    })
    const csv = reportToCsv('funded-project.v1', data)
    expect(csv.split('\r\n')[1]?.startsWith('projektas;NVOK06101;')).toBe(true)
    expect(parseReportCsv('funded-project.v1', csv).data).toEqual(data)
  })

  test('writing an invalid document is a typed error; bad options too', () => {
    expect(() => reportToCsv('funded-project.v1', {} as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_REPORT' }),
    )
    expect(() => reportToCsv(council.schema, council.data, { delimiter: '|' as ';' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
    expect(() => parseReportCsv('x.v1' as ReportSchemaName, '')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_SCHEMA' }),
    )
  })
})

describe('every committed fixture CSV reads back to its document', () => {
  const files: Record<string, keyof typeof fixtures> = {
    'council-plan-report.v1.klaipeda-district-2024.csv': 'councilPlanReportKlaipedaDistrict2024',
    'funded-project.v1.lkbs-2023.csv': 'fundedProjectLkbs2023',
    'funded-project.v1.nvo-vaikams-2016.csv': 'fundedProjectNvoVaikams2016',
    'project-activity-report.v1.example.csv': 'projectActivityReportExample',
  }
  for (const [file, key] of Object.entries(files)) {
    test(file, () => {
      const { schema, data } = fixtures[key]
      expect(parseReportCsv(schema, fixtureFile(file))).toEqual({ data, errors: [], errorCount: 0 })
    })
  }
})

describe('properties', () => {
  const writeOptions = fc.record({
    headers: fc.constantFrom('lt' as const, 'en' as const),
    delimiter: fc.constantFrom(';' as const, ',' as const),
    bom: fc.boolean(),
  })

  for (const name of REPORT_SCHEMA_NAMES) {
    test.prop([reportArb(name), writeOptions])(`${name}: JSON → CSV → JSON is lossless`, (data, options) => {
      const csv = reportToCsv(name, data as never, options)
      const parsed = parseReportCsv(name, csv)
      expect(parsed.errors).toEqual([])
      expect(parsed.data).toEqual(data)
    })

    test.prop([reportArb(name), writeOptions])(
      `${name}: CSV → JSON → CSV gives the same text`,
      (data, options) => {
        const csv = reportToCsv(name, data as never, options)
        const parsed = parseReportCsv(name, csv, { delimiter: options.delimiter })
        expect(reportToCsv(name, parsed.data as never, options)).toBe(csv)
      },
    )

    test.prop([brokenCsvArb(name)])(`${name}: a broken cell is reported at its row and column`, (broken) => {
      const { data, errors } = parseReportCsv(name, broken.csv)
      expect(data).toBeUndefined()
      expect(
        errors.map((e) => ({ row: e.row, dataRow: e.dataRow, column: e.column, code: e.code })),
      ).toContainEqual({
        row: broken.row,
        dataRow: broken.dataRow,
        column: broken.column,
        code: broken.code,
      })
    })
  }
})
