import { createHash } from 'node:crypto'
import { fc, test } from '@fast-check/vitest'
import { canonicalJson, type JsonValue, sha256Hex } from '@talka/core'
import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { byWeight } from '../test/fixtures.js'
import {
  AllocationCertificateSchema,
  allocateWithCertificate as allocate,
  allocationCertificateJsonSchema,
  canonicalAllocateInput,
  canonicalInputsJson,
} from './certificate.js'
import { compareCodePoints } from './code-point-order.js'
import { allocateInputArb } from './testing.js'
import { verifyCertificate } from './verify-certificate.js'

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

describe('sha256Hex (core’s, re-exported)', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    )
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    )
  })

  it('hashes UTF-8 (Lithuanian letters, emoji) and byte arrays', () => {
    expect(sha256Hex('Žalgirio seniūnija 😀')).toBe(nodeSha256('Žalgirio seniūnija 😀'))
    expect(sha256Hex(new Uint8Array([0, 255, 1]))).toBe(
      createHash('sha256')
        .update(Buffer.from([0, 255, 1]))
        .digest('hex'),
    )
  })
})

describe('canonicalJson (RFC 8785 for certificate values)', () => {
  it('sorts keys, drops whitespace, escapes like JSON.stringify', () => {
    expect(canonicalJson({ b: '2', a: ['x', true, null, 3], é: { z: '"q"', y: 'ą' } })).toBe(
      '{"a":["x",true,null,3],"b":"2","é":{"y":"ą","z":"\\"q\\""}}',
    )
  })

  it('refuses numbers that are not safe integers', () => {
    expect(() => canonicalJson({ a: 0.1 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_JSON_VALUE' }),
    )
  })
})

describe('compareCodePoints', () => {
  it('orders by code point, unlike UTF-16 comparison', () => {
    expect(compareCodePoints('\uFF5E', '😀')).toBe(-1)
    expect('\uFF5E' < '😀').toBe(false)
    expect(compareCodePoints('a', 'ab')).toBe(-1)
    expect(compareCodePoints('ž', 'ž')).toBe(0)
  })
})

function certificateOf(input: Parameters<typeof allocate>[0]) {
  return JSON.parse(JSON.stringify(allocate(input).certificate))
}

const sample = certificateOf({
  total: '11',
  unit: '1',
  recipients: byWeight({ a: 6, b: 6, c: 2 }),
})

/** Every leaf of a JSON value, as a path of keys. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]))
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))
  }
  return [path]
}

function edit(cert: Record<string, unknown>, path: (string | number)[], salt: number): unknown {
  const copy = structuredClone(cert)
  let parent = copy as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const key = path[path.length - 1]!
  const old = parent[key]
  parent[key] =
    typeof old === 'string'
      ? /^\d+$/.test(old)
        ? String(BigInt(old) + BigInt(salt + 1))
        : `${old}${salt % 2 ? '0' : 'x'}`
      : typeof old === 'number'
        ? old + salt + 1
        : typeof old === 'boolean'
          ? !old
          : { edited: salt }
  return copy
}

describe('allocation-certificate.v1', () => {
  it('records method, versions, inputs and their hash, quotas, ranks, ties and the sum check', () => {
    expect(sample).toMatchObject({
      format: 'allocation-certificate.v1',
      method: { name: 'largest-remainder', version: '1' },
      producer: { package: '@talka/allocation' },
      inputs: { total: '11', unit: '1', fixed: '0', minimum: '0', ties: 'resolve' },
      split: { proportionalTotal: '11', weightSum: '14', floorTotal: '9', leftoverUnits: 2 },
      sum: { total: '11', amounts: '11', equal: true },
    })
    expect(sample.inputsHash.value).toBe(nodeSha256(canonicalJson(sample.inputs as JsonValue)))
    expect(sample.recipients[2]).toEqual({
      id: 'c',
      weight: '2',
      quota: { numerator: '11', denominator: '7', decimal: '1.571429' },
      quotaBeforeMinimum: null,
      floor: '1',
      remainder: { numerator: '4', denominator: '7', decimal: '0.571429' },
      remainderRank: 3,
      extraUnit: false,
      minimumApplied: false,
      amount: '1',
    })
  })

  it('has a published JSON Schema (from zod) that accepts certificates and rejects broken ones', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    const validate = ajv.compile(allocationCertificateJsonSchema)
    expect(validate(sample)).toBe(true)
    expect(validate({ ...sample, format: 'allocation-certificate.v2' })).toBe(false)
    expect(validate({ ...sample, sum: { ...sample.sum, equal: 'yes' } })).toBe(false)
    expect(allocationCertificateJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(allocationCertificateJsonSchema.$id).toBe(
      'https://talka.dev/schemas/allocation-certificate/v1.json',
    )
    expect(allocationCertificateJsonSchema.title).toBe('allocation-certificate.v1')
  })

  it('verifyCertificate accepts an untouched certificate, after a JSON round trip', () => {
    expect(verifyCertificate(sample)).toEqual({ valid: true })
  })

  it('verifyCertificate lists what was edited: an amount, an input, the hash', () => {
    const amount = structuredClone(sample)
    amount.recipients[0].amount = '4'
    expect(verifyCertificate(amount)).toEqual({
      valid: false,
      differences: [{ path: 'recipients.0.amount', expected: '5', actual: '4' }],
      truncated: false,
    })
    const weight = structuredClone(sample)
    weight.inputs.recipients[2].weight = '3'
    const r = verifyCertificate(weight)
    expect(r.valid).toBe(false)
    if (!r.valid) expect(r.differences.map((d) => d.path)).toContain('inputsHash.value')
    const hash = structuredClone(sample)
    hash.inputsHash.value = '0'.repeat(64)
    const h = verifyCertificate(hash)
    expect(h.valid === false && h.differences.map((d) => d.path)).toEqual(['inputsHash.value'])
  })

  it('verifyCertificate never throws on garbage and explains the shape problem', () => {
    for (const garbage of [null, 42, 'x', {}, [], { ...sample, recipients: 'none' }]) {
      const r = verifyCertificate(garbage)
      expect(r.valid).toBe(false)
    }
    const infeasible = structuredClone(sample)
    infeasible.inputs.total = '10.5'
    expect(verifyCertificate(infeasible)).toMatchObject({
      valid: false,
      differences: [{ path: 'inputs', actual: 'VALIDATION_FAILED' }],
    })
  })

  it('ignores only the producing package version', () => {
    const other = structuredClone(sample)
    other.producer.version = '9.9.9'
    expect(verifyCertificate(other)).toEqual({ valid: true })
    other.method.version = '2'
    expect(verifyCertificate(other).valid).toBe(false)
  })
})

describe('properties', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 300 })])('sha256Hex equals node:crypto', (text) => {
    expect(sha256Hex(text)).toBe(nodeSha256(text))
  })

  test.prop([fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.string(), fc.boolean(), fc.integer()))])(
    'canonicalJson does not depend on key order and parses back to the same value',
    (object) => {
      const reversed = Object.fromEntries(Object.entries(object).reverse())
      expect(canonicalJson(reversed)).toBe(canonicalJson(object))
      expect(JSON.parse(canonicalJson(object))).toEqual(object)
    },
  )

  test.prop([fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 6 })])(
    'compareCodePoints orders like comparing arrays of code points',
    (a, b) => {
      const x = Array.from(a, (c) => c.codePointAt(0)!)
      const y = Array.from(b, (c) => c.codePointAt(0)!)
      let expected = Math.sign(x.length - y.length)
      for (let i = 0; i < Math.min(x.length, y.length); i++) {
        if (x[i] !== y[i]) {
          expected = Math.sign(x[i]! - y[i]!)
          break
        }
      }
      expect(compareCodePoints(a, b)).toBe(expected)
    },
  )

  test.prop([allocateInputArb({ maxLength: 12 })])(
    'the fast canonical serialisation of inputs equals the generic RFC 8785 one',
    (input) => {
      const canonical = canonicalAllocateInput(input)
      expect(canonicalInputsJson(canonical)).toBe(canonicalJson(canonical as unknown as JsonValue))
    },
  )

  test.prop([allocateInputArb({ maxLength: 12 })])(
    'a certificate survives JSON, matches its zod and JSON schemas, and verifies',
    (input) => {
      const cert = certificateOf(input)
      expect(AllocationCertificateSchema.safeParse(cert).success).toBe(true)
      expect(verifyCertificate(cert)).toEqual({ valid: true })
      expect(cert.sum.equal).toBe(true)
    },
  )

  test.prop([allocateInputArb({ maxLength: 8 }), fc.nat(), fc.nat({ max: 1000 })])(
    'verifyCertificate rejects a certificate with any one field edited (amounts, inputs, hash, …)',
    (input, pick, salt) => {
      const cert = certificateOf(input)
      const paths = leaves(cert).filter((p) => p.join('.') !== 'producer.version')
      const path = paths[pick % paths.length]!
      const r = verifyCertificate(edit(cert, path, salt))
      expect(r.valid).toBe(false)
    },
  )
})
