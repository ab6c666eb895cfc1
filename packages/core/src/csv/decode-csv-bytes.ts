import { CsvError } from './csv-error.js'

/**
 * The encodings {@link decodeCsvBytes} reads: UTF-8 (with or without BOM), UTF-16 (with a BOM or a
 * declared charset) and Windows-1257, the Baltic code page Lithuanian Excel saves "CSV" in.
 *
 * @example
 * ```ts
 * import type { CsvEncoding } from '@talka/core/csv'
 * const encoding: CsvEncoding = 'windows-1257'
 * ```
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1257'

/**
 * Options of {@link decodeCsvBytes}: the charset the sender declared (the `charset` parameter of a
 * `Content-Type`, e.g. `windows-1257`), if any.
 *
 * @example
 * ```ts
 * import type { DecodeCsvOptions } from '@talka/core/csv'
 * const options: DecodeCsvOptions = { charset: 'windows-1257' }
 * ```
 */
export interface DecodeCsvOptions {
  readonly charset?: string | undefined
}

// WHATWG labels (https://encoding.spec.whatwg.org/#names-and-labels) of the encodings we read.
const LABELS: Readonly<Record<string, CsvEncoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  unicode11utf8: 'utf-8',
  unicode20utf8: 'utf-8',
  'x-unicode20utf8': 'utf-8',
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  csunicode: 'utf-16le',
  'iso-10646-ucs-2': 'utf-16le',
  'ucs-2': 'utf-16le',
  unicode: 'utf-16le',
  unicodefeff: 'utf-16le',
  'utf-16be': 'utf-16be',
  unicodefffe: 'utf-16be',
  'windows-1257': 'windows-1257',
  cp1257: 'windows-1257',
  'x-cp1257': 'windows-1257',
}

function decode(bytes: Uint8Array, encoding: CsvEncoding, declared: string | undefined): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    throw new CsvError(
      'CSV_ENCODING',
      `The file is not valid ${encoding} text; save it as "CSV UTF-8" and try again`,
      { encoding, ...(declared !== undefined ? { declared } : {}) },
    )
  }
}

function hasNul(text: string): boolean {
  return text.indexOf('\0') !== -1
}

/**
 * Reads the bytes of a CSV file as text, detecting the encoding in this order: a byte-order mark
 * (UTF-8, UTF-16 LE, UTF-16 BE; the mark is removed) → a strict UTF-8 decode → the declared `charset`
 * (UTF-16 without BOM, Windows-1257) → Windows-1257, what Lithuanian Excel saves, so "Pareiškėjas"
 * from an Excel export reads as "Pareiškėjas", not "Parei�k�jas". UTF-8 comes before the declared
 * charset because a mislabelled UTF-8 upload is common and Windows-1257 text with Lithuanian letters
 * is almost never valid UTF-8 (a capital letter followed by `€`, as in `Č€`, is one of the rare
 * exceptions). Text with NUL characters is not taken as UTF-8 or Windows-1257 (it is
 * UTF-16 without a mark, or not text). Throws {@link CsvError} `CSV_ENCODING` when a declared charset
 * is one Talka does not read (and the bytes are not UTF-8) or the bytes are not valid text of the
 * chosen encoding. Uses `TextDecoder` (Node 20 and browsers).
 *
 * @example
 * ```ts
 * import { decodeCsvBytes } from '@talka/core/csv'
 * decodeCsvBytes(new Uint8Array([0x50, 0x61, 0x72, 0x65, 0x69, 0xf0, 0x6b, 0xeb])) // { text: 'Pareiškė', encoding: 'windows-1257' }
 * decodeCsvBytes(new TextEncoder().encode('\uFEFFSavivaldybė;Suma')) // { text: 'Savivaldybė;Suma', encoding: 'utf-8' }
 * ```
 */
export function decodeCsvBytes(
  bytes: Uint8Array,
  options: DecodeCsvOptions = {},
): { text: string; encoding: CsvEncoding } {
  const declared = options.charset?.trim().replace(/^["']|["']$/g, '') || undefined
  const b0 = bytes[0]
  const b1 = bytes[1]
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return { text: decode(bytes, 'utf-8', declared), encoding: 'utf-8' }
  }
  if (b0 === 0xff && b1 === 0xfe) return { text: decode(bytes, 'utf-16le', declared), encoding: 'utf-16le' }
  if (b0 === 0xfe && b1 === 0xff) return { text: decode(bytes, 'utf-16be', declared), encoding: 'utf-16be' }

  let utf8: string | undefined
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    utf8 = undefined
  }
  if (utf8 !== undefined && !hasNul(utf8)) return { text: utf8, encoding: 'utf-8' }

  if (declared !== undefined) {
    const encoding = LABELS[declared.toLowerCase()]
    if (encoding === undefined) {
      throw new CsvError(
        'CSV_ENCODING',
        `Unsupported charset "${declared}": send the file as UTF-8, UTF-16 or Windows-1257`,
        { declared, supported: ['utf-8', 'utf-16le', 'utf-16be', 'windows-1257'] },
      )
    }
    // A declared UTF-8 that did not decode falls through to Windows-1257: that is what the file is.
    if (encoding !== 'utf-8') return { text: decode(bytes, encoding, declared), encoding }
  }
  const text = decode(bytes, 'windows-1257', declared)
  if (hasNul(text)) {
    throw new CsvError(
      'CSV_ENCODING',
      'The file is not text (or UTF-16 without a byte-order mark); save it as "CSV UTF-8" and try again',
      { ...(declared !== undefined ? { declared } : {}) },
    )
  }
  return { text, encoding: 'windows-1257' }
}

/**
 * The `charset` parameter of a `Content-Type` header value (unquoted), or `undefined`; pass it to
 * {@link decodeCsvBytes}.
 *
 * @example
 * ```ts
 * import { charsetOfContentType } from '@talka/core/csv'
 * charsetOfContentType('text/csv; charset="windows-1257"') // 'windows-1257'
 * charsetOfContentType('text/csv') // undefined
 * ```
 */
export function charsetOfContentType(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '')
  return match?.[2]
}
