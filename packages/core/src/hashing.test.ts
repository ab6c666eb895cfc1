import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonical-json.js'
import { sha256Hex } from './sha256.js'

describe('canonical JSON and SHA-256', () => {
  it('sorts keys by code units and leaves out undefined', () => {
    expect(canonicalJson({ b: '2', a: ['x', true, null], c: undefined })).toBe(
      '{"a":["x",true,null],"b":"2"}',
    )
    expect(canonicalJson({ é: 1, z: 2, Z: 3 })).toBe('{"Z":3,"z":2,"é":1}')
    expect(() => canonicalJson(0.5)).toThrow(expect.objectContaining({ code: 'INVALID_JSON_VALUE' }))
  })

  it('hashes FIPS 180-4 test vectors', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    )
    expect(sha256Hex(new TextEncoder().encode('ą'))).toBe(sha256Hex('ą'))
  })
})
