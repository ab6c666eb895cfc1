import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { CsvError } from './csv-error.js'
import { charsetOfContentType, decodeCsvBytes } from './decode-csv-bytes.js'

const TEXT = 'Pareiškėjas; savivaldybė; Šiauliai\r\nĄžuolų g. 1; Žemaičių Naumiestis; 2 600,00 €\r\n'

// Windows-1257 bytes of TEXT, written by hand from the code page (not by the decoder under test).
const CP1257: Record<string, number> = {
  š: 0xf0,
  ė: 0xeb,
  Š: 0xd0,
  Ą: 0xc0,
  ž: 0xfe,
  ų: 0xf8,
  Ž: 0xde,
  č: 0xe8,
  '€': 0x80,
  ą: 0xe0,
  ę: 0xe6,
  į: 0xe1,
  ū: 0xfb,
  Č: 0xc8,
  Ę: 0xc6,
  Ė: 0xcb,
  Į: 0xc1,
  Ų: 0xd8,
  Ū: 0xdb,
}
function cp1257(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((ch) => CP1257[ch] ?? (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : -1)),
  )
}
function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))]
  return Uint8Array.from(units.flatMap((u) => (endian === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])))
}
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeCsvBytes', () => {
  it('reads a Windows-1257 file (Lithuanian Excel) exactly like its UTF-8 twin', () => {
    const fromExcel = decodeCsvBytes(cp1257(TEXT))
    expect(fromExcel).toEqual({ text: TEXT, encoding: 'windows-1257' })
    expect(fromExcel.text).toBe(decodeCsvBytes(utf8(TEXT)).text)
  })

  it('reads UTF-8 with and without BOM, and removes the BOM', () => {
    expect(decodeCsvBytes(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' })
    expect(decodeCsvBytes(utf8(`\uFEFF${TEXT}`))).toEqual({ text: TEXT, encoding: 'utf-8' })
  })

  it('reads UTF-16 LE and BE with a BOM, and without one when the charset is declared', () => {
    expect(decodeCsvBytes(utf16(TEXT, 'le', true))).toEqual({ text: TEXT, encoding: 'utf-16le' })
    expect(decodeCsvBytes(utf16(TEXT, 'be', true))).toEqual({ text: TEXT, encoding: 'utf-16be' })
    expect(decodeCsvBytes(utf16(TEXT, 'le', false), { charset: 'UTF-16LE' })).toEqual({
      text: TEXT,
      encoding: 'utf-16le',
    })
    expect(decodeCsvBytes(utf16(TEXT, 'be', false), { charset: '"utf-16be"' }).text).toBe(TEXT)
  })

  it('prefers valid UTF-8 over a wrong declaration, and Windows-1257 over a wrong "utf-8"', () => {
    expect(decodeCsvBytes(utf8(TEXT), { charset: 'windows-1257' }).encoding).toBe('utf-8')
    expect(decodeCsvBytes(cp1257(TEXT), { charset: 'utf-8' })).toEqual({
      text: TEXT,
      encoding: 'windows-1257',
    })
    expect(decodeCsvBytes(cp1257(TEXT), { charset: 'cp1257' }).text).toBe(TEXT)
  })

  it('refuses an unsupported declared charset with CsvError CSV_ENCODING', () => {
    const bytes = cp1257(TEXT)
    expect(() => decodeCsvBytes(bytes, { charset: 'shift_jis' })).toThrow(CsvError)
    try {
      decodeCsvBytes(bytes, { charset: 'iso-8859-1' })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(CsvError)
      expect((error as CsvError).code).toBe('CSV_ENCODING')
      expect((error as CsvError).details.declared).toBe('iso-8859-1')
    }
  })

  it('refuses UTF-16 without a mark or declaration, binary data and broken UTF-16', () => {
    expect(() => decodeCsvBytes(utf16('Savivaldybė;Suma', 'le', false))).toThrow(CsvError)
    expect(() => decodeCsvBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]))).toThrow(
      CsvError,
    )
    expect(() => decodeCsvBytes(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8]))).toThrow(CsvError)
  })

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' })
  })
})

describe('charsetOfContentType', () => {
  it('reads the charset parameter', () => {
    expect(charsetOfContentType('text/csv; charset=windows-1257')).toBe('windows-1257')
    expect(charsetOfContentType('text/csv;Charset="UTF-16"')).toBe('UTF-16')
    expect(charsetOfContentType('text/csv')).toBeUndefined()
    expect(charsetOfContentType(undefined)).toBeUndefined()
  })
})

const lithuanian = fc.string({
  unit: fc.constantFrom(...'aąbcčdeęėfghiįyjklmnoprsštuųūvzžAĄČĘĖĮŠŲŪŽ €;,"\r\n0123456789'),
})

describe('properties', () => {
  test.prop([lithuanian])('a Windows-1257 file reads as its UTF-8 twin', (text) => {
    // A capital letter before € ('Č€' is C8 80) is also valid UTF-8: UTF-8 is tried first, by design.
    fc.pre(!/[ĄČĘĖĮŠŲŪŽ]€/.test(text))
    expect(decodeCsvBytes(cp1257(text)).text).toBe(decodeCsvBytes(utf8(text)).text)
  })

  test.prop([lithuanian, fc.constantFrom('le' as const, 'be' as const)])(
    'a UTF-16 file with a BOM reads as its UTF-8 twin',
    (text, endian) => {
      expect(decodeCsvBytes(utf16(text, endian, true)).text).toBe(text)
    },
  )
})
