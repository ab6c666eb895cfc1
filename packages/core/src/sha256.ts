import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/**
 * The SHA-256 digest of bytes, or of a string encoded as UTF-8, as 64 lowercase hex digits. Backed by
 * `@noble/hashes` (audited, synchronous, the same in browsers and Node); see decision 0081.
 *
 * @example
 * ```ts
 * import { sha256Hex } from '@talka/core'
 * sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 */
export function sha256Hex(message: string | Uint8Array): string {
  return bytesToHex(sha256(typeof message === 'string' ? utf8ToBytes(message) : message))
}
