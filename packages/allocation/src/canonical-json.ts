import { AllocationError } from './errors.js'

/**
 * A JSON value as the certificate holds it: strings, booleans, null, safe integers, arrays and
 * plain objects.
 *
 * @example
 * ```ts
 * import type { JsonValue } from '@talka/allocation'
 * const v: JsonValue = { total: '100', recipients: [{ id: 'a', weight: '1' }] }
 * ```
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [k: string]: JsonValue }

/**
 * Canonical JSON of a value (RFC 8785, JSON Canonicalization Scheme, for the values certificates
 * contain): object keys sorted by UTF-16 code units, no whitespace, strings escaped as
 * `JSON.stringify` does. Numbers must be safe integers (certificates carry amounts and weights as
 * strings); anything else throws `AllocationError` `INVALID_INPUT`. Two equal values always give the same text, whatever their key order, so the text's
 * SHA-256 identifies the inputs of an allocation.
 *
 * @example
 * ```ts
 * import { canonicalJson } from '@talka/allocation'
 * canonicalJson({ b: '2', a: ['x', true, null] }) // '{"a":["x",true,null],"b":"2"}'
 * ```
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      throw new AllocationError('INVALID_INPUT', `canonicalJson: ${value} is not a safe integer`, {
        value: String(value),
      })
    return String(value)
  }
  if (Array.isArray(value)) return `[${value.map((v: JsonValue) => canonicalJson(v)).join(',')}]`
  const object = value as { readonly [k: string]: JsonValue }
  const keys = Object.keys(object)
    .filter((k) => object[k] !== undefined)
    .sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(object[k]!)}`).join(',')}}`
}
