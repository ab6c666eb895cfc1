/**
 * Helpers shared by the API tests (one copy instead of one per test file).
 */

/**
 * `text` encoded as UTF-16 little-endian with its byte-order mark, as a spreadsheet saves "Unicode text".
 *
 * @example
 * ```ts
 * import { utf16le } from './support.js'
 * utf16le('A') // Uint8Array [0xff, 0xfe, 0x41, 0x00]
 * ```
 */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2)
  out.set([0xff, 0xfe])
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff
    out[3 + i * 2] = text.charCodeAt(i) >> 8
  }
  return out
}
