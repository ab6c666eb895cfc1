/**
 * Compares two strings by Unicode code points (not UTF-16 code units, which is what `<` and the
 * default `sort` do): a character outside the Basic Multilingual Plane sorts after every BMP
 * character, as in the certificate's documented tie rule.
 *
 * @example
 * ```ts
 * import { compareCodePoints } from '@talka/allocation'
 * compareCodePoints('a', 'b') // -1
 * compareCodePoints('\uFF5E', '😀') // -1 (U+FF5E < U+1F600), although '\uFF5E' > '😀' in UTF-16
 * ```
 */
export function compareCodePoints(a: string, b: string): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i)
    let y = b.charCodeAt(i)
    if (x === y) continue
    // Map code units so that surrogates (U+D800–DFFF) sort after U+E000–FFFF: code point order.
    if (x >= 0xd800) x = x >= 0xe000 ? x - 0x800 : x + 0x2000
    if (y >= 0xd800) y = y >= 0xe000 ? y - 0x800 : y + 0x2000
    return x < y ? -1 : 1
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1
}
