import { CoreError } from './errors.js'

/**
 * A JSON value as canonical JSON holds it: strings, booleans, null, safe integers, arrays and plain
 * objects.
 *
 * @example
 * ```ts
 * import type { JsonValue } from '@talka/core'
 * const v: JsonValue = { total: '100', recipients: [{ id: 'a', weight: '1' }] }
 * ```
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [k: string]: JsonValue | undefined }

/**
 * Canonical JSON of a value (RFC 8785, JSON Canonicalization Scheme, for the values Talka hashes):
 * object keys sorted by UTF-16 code units, no whitespace, strings escaped as `JSON.stringify` does,
 * `undefined` properties left out. Numbers must be safe integers (amounts and weights travel as
 * strings); anything else throws {@link CoreError} `INVALID_JSON_VALUE`. Two equal values give the
 * same text whatever their key order, so the text's SHA-256 identifies them.
 *
 * @example
 * ```ts
 * import { canonicalJson } from '@talka/core'
 * canonicalJson({ b: '2', a: ['x', true, null] }) // '{"a":["x",true,null],"b":"2"}'
 * ```
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new CoreError('INVALID_JSON_VALUE', `canonicalJson: ${value} is not a safe integer`, {
        value: String(value),
      })
    }
    return String(value)
  }
  if (Array.isArray(value)) return `[${value.map((v: JsonValue) => canonicalJson(v)).join(',')}]`
  if (typeof value !== 'object') {
    throw new CoreError('INVALID_JSON_VALUE', `canonicalJson: a ${typeof value} is not JSON`, {
      value: typeof value,
    })
  }
  const object = value as { readonly [k: string]: JsonValue | undefined }
  // Default sort compares UTF-16 code units, which is what RFC 8785 asks for.
  const keys = Object.keys(object)
    .filter((k) => object[k] !== undefined)
    .sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(object[k] as JsonValue)}`).join(',')}}`
}
