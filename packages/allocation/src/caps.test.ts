import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { allocate } from './allocate.js'
import type { AllocateInput } from './allocate-input.js'
import { allocateWithCertificate, certificateOf } from './certificate.js'
import { explainAllocation } from './explain.js'
import { capsInputArb } from './largest-remainder.test.js'
import { verifyCertificate } from './verify-certificate.js'

const units = (amount: string, unit: string) => {
  const scale = unit.includes('.') ? unit.length - unit.indexOf('.') - 1 : 0
  const [w = '0', f = ''] = amount.split('.')
  return BigInt(w + f.padEnd(scale, '0')) / BigInt(unit.replace('.', ''))
}

describe('caps (eldership envelopes)', () => {
  const envelopes: AllocateInput = {
    total: '10000',
    unit: '1',
    minimum: '500',
    recipients: [
      { id: 'Akademijos', weight: 9000, cap: '1950' },
      { id: 'Babtų', weight: 5000 },
      { id: 'Čekiškės', weight: 300 },
      { id: 'Garliavos', weight: 14000, cap: '3000' },
    ],
  }

  it('holds capped recipients to their cap and splits what they leave among the others', () => {
    const r = allocate(envelopes)
    expect(r.shares.map((s) => [s.id, s.amount, s.capApplied, s.minimumApplied])).toEqual([
      ['Akademijos', '1950', true, false],
      ['Babtų', '4550', false, false],
      ['Čekiškės', '500', false, true],
      ['Garliavos', '3000', true, false],
    ])
  })

  it('records caps in the certificate, which verifies and refuses an amount above a cap', () => {
    const { certificate } = allocateWithCertificate(envelopes)
    expect(certificate.inputs.recipients[0]).toEqual({ id: 'Akademijos', weight: '9000', cap: '1950' })
    expect(certificate.recipients[0]).toMatchObject({ cap: '1950', capApplied: true, amount: '1950' })
    expect(certificate.split.capTotal).toBe('4950')
    expect(verifyCertificate(JSON.parse(JSON.stringify(certificate)))).toEqual({ valid: true })
    const edited = structuredClone(certificate)
    edited.recipients[0]!.amount = '1951'
    const v = verifyCertificate(edited)
    expect(v.valid).toBe(false)
    if (!v.valid)
      expect(v.differences[0]).toEqual({
        path: 'recipients.0.amount',
        expected: 'at most 1950',
        actual: '1951',
      })
  })

  it('explains the caps in the trace', () => {
    const d = explainAllocation(allocate(envelopes), { lang: 'lt', asOf: '2018-05-01' })
    expect(d.reasons.some((reason) => reason.message.text.includes('Akademijos, Garliavos'))).toBe(true)
  })

  it('certificateOf is built once per result and refuses objects allocate did not return', () => {
    const r = allocate(envelopes)
    expect(certificateOf(r)).toBe(certificateOf(r))
    expect(() => certificateOf(JSON.parse(JSON.stringify(r)))).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })
})

describe('golden certificates', () => {
  it('every stored golden certificate still verifies (the format did not change)', () => {
    const dir = join(import.meta.dirname, '../golden')
    let count = 0
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const { output } = JSON.parse(readFileSync(join(dir, file), 'utf8'))
      const certificate = output.certificate ?? output.allocation?.certificate
      if (!certificate) continue
      // golden.mjs stores outputs without the (volatile) producer; it is informative, put it back.
      const stored = { ...certificate, producer: { package: '@talka/allocation', version: '0.0.0' } }
      expect(verifyCertificate(stored), file).toEqual({ valid: true })
      count++
    }
    expect(count).toBeGreaterThanOrEqual(4)
  })
})

describe('properties', () => {
  test.prop([capsInputArb])('with caps, the amounts sum to the total exactly', (input) => {
    const unit = input.unit ?? '0.01'
    const r = allocate(input)
    expect(r.shares.reduce((s, x) => s + units(x.amount, unit), 0n)).toBe(units(input.total, unit))
  })

  test.prop([capsInputArb])(
    'no recipient is above its cap or below its minimum (and fixed part)',
    (input) => {
      const unit = input.unit ?? '0.01'
      const [fixed, minimum] = [input.fixed ?? '0', input.minimum ?? '0'].map((a) => units(a, unit)) as [
        bigint,
        bigint,
      ]
      const floor = minimum > fixed ? minimum : fixed > 0n ? fixed : 0n
      allocate(input).shares.forEach((share, i) => {
        const amount = units(share.amount, unit)
        const cap = input.recipients[i]!.cap
        if (cap !== undefined) expect(amount <= units(cap, unit)).toBe(true)
        expect(amount >= floor).toBe(true)
      })
    },
  )

  test.prop([capsInputArb, fc.array(fc.integer(), { minLength: 15, maxLength: 15 })])(
    'with caps, permuting the recipients gives each id the same share',
    (input, keys) => {
      const byId = (x: AllocateInput) => new Map(allocate(x).shares.map((s) => [s.id, s.amount]))
      const permuted = input.recipients
        .map((r, i) => ({ r, key: keys[i] ?? i }))
        .sort((a, b) => a.key - b.key)
        .map((x) => x.r)
      expect(byId({ ...input, recipients: permuted })).toEqual(byId(input))
    },
  )

  test.prop([capsInputArb])('with caps, certificates verify', (input) => {
    const { certificate } = allocateWithCertificate(input)
    expect(verifyCertificate(JSON.parse(JSON.stringify(certificate)))).toEqual({ valid: true })
  })
})
