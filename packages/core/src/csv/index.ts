/**
 * `@talka/core/csv`: the one CSV writer, byte decoding of the files officers bring (Windows-1257 from
 * Lithuanian Excel, UTF-16, UTF-8 with or without BOM), separator detection and the one parser of
 * Lithuanian number cells. A subpath of its own, so that the main `@talka/core` entry does not carry
 * papaparse.
 *
 * @packageDocumentation
 */
export { CsvError, type CsvErrorCode } from './csv-error.js'
export {
  type CsvEncoding,
  charsetOfContentType,
  type DecodeCsvOptions,
  decodeCsvBytes,
} from './decode-csv-bytes.js'
export { parseLithuanianDecimal } from './lithuanian-decimal.js'
export { type CsvSeparator, detectCsvSeparator } from './separator.js'
export { type CsvCell, neutraliseCell, restoreCell, type WriteCsvOptions, writeCsv } from './write-csv.js'
