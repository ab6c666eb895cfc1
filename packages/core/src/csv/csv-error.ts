import { TalkaError } from '@talka/core'

/**
 * Codes of {@link CsvError}: `CSV_ENCODING` when the bytes of a CSV file are not text in an encoding
 * Talka reads (UTF-8, UTF-16 with a byte-order mark or a declared charset, Windows-1257), or the
 * declared charset is one it does not read. `details.declared` names the declared charset, if any.
 *
 * @example
 * ```ts
 * import type { CsvErrorCode } from '@talka/core/csv'
 * const code: CsvErrorCode = 'CSV_ENCODING'
 * ```
 */
export type CsvErrorCode = 'CSV_ENCODING'

/**
 * The error `@talka/core/csv` throws: a file that cannot be read as text. It is a `TalkaError`, so
 * the API answers it as a problem document with its `code`.
 *
 * @example
 * ```ts
 * import { CsvError, decodeCsvBytes } from '@talka/core/csv'
 * try {
 *   decodeCsvBytes(new Uint8Array([0xc4, 0x85]), { charset: 'shift_jis' })
 * } catch (e) {
 *   if (e instanceof CsvError) e.code // 'CSV_ENCODING'
 * }
 * ```
 */
export class CsvError extends TalkaError<CsvErrorCode> {}
