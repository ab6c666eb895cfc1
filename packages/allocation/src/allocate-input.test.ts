import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { allocate } from './allocate.js'
import {
  AllocateInputSchema,
  codeOfIssue,
  parseAllocateInput,
  safeParseAllocateInput,
} from './allocate-input.js'
import { allocateInputArb } from './testing.js'

describe('parseAllocateInput', () => {
  it('returns the canonical input a certificate records', () => {
    expect(
      parseAllocateInput({
        total: '25957.00',
        unit: '1.0',
        recipients: [
          { id: 'a', weight: 3n },
          { id: 'b', weight: '4' },
        ],
      }),
    ).toEqual({
      total: '25957',
      unit: '1',
      fixed: '0',
      minimum: '0',
      method: 'largest-remainder',
      ties: 'resolve',
      recipients: [
        { id: 'a', weight: '3' },
        { id: 'b', weight: '4' },
      ],
    })
    expect(
      parseAllocateInput({ total: '7', fixed: '1.5', recipients: [{ id: 'a', weight: 1 }] }),
    ).toMatchObject({
      total: '7.00',
      unit: '0.01',
      fixed: '1.50',
    })
  })

  it('safeParseAllocateInput reports the code and details', () => {
    const r = safeParseAllocateInput({
      total: '100',
      unit: '1',
      fixed: '60',
      recipients: [
        { id: 'a', weight: 1 },
        { id: 'b', weight: 1 },
      ],
    })
    expect(r.success).toBe(false)
    if (!r.success) {
      expect(r.error.code).toBe('FIXED_EXCEEDS_TOTAL')
      expect(r.error.details).toEqual({ fixed: '60', recipients: 2, total: '100' })
    }
  })
})

describe('AllocateInputSchema', () => {
  it('carries the allocation code on semantic issues', () => {
    const r = AllocateInputSchema.safeParse({
      total: '10',
      recipients: [
        { id: 'a', weight: 1 },
        { id: 'a', weight: 0 },
      ],
    })
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues.map(codeOfIssue)).toEqual(['DUPLICATE_ID'])
  })

  it('converts to JSON Schema for the API (bigint weights become unconstrained)', () => {
    const schema = z.toJSONSchema(AllocateInputSchema, { unrepresentable: 'any' })
    expect(schema).toMatchObject({ type: 'object', required: ['total', 'recipients'] })
  })
})

const messyRecipient = fc.record({
  id: fc.constantFrom<unknown>('a', 'b', 'c', 'Ž', '', 7, undefined),
  weight: fc.constantFrom<unknown>(0, 1, 2, 7, '3', '03', '-1', '1.5', -1, 1.5, 3n, -3n, 2 ** 60, null, 'x'),
})

const messyInput = fc.record(
  {
    total: fc.constantFrom<unknown>(
      '10',
      '10.50',
      '0',
      '-1',
      '1e3',
      'abc',
      10,
      '',
      '100',
      '99.99',
      '1000000',
    ),
    unit: fc.constantFrom<unknown>('0.01', '1', '0.5', '3', '0', '-1', 'x', 1),
    fixed: fc.constantFrom<unknown>('0', '1', '2.5', '30', 'x', -1),
    minimum: fc.constantFrom<unknown>('0', '1', '2', '40', '0.03', 'y'),
    method: fc.constantFrom<unknown>('largest-remainder', 'dhondt', 3),
    ties: fc.constantFrom<unknown>('resolve', 'error', 'lots'),
    recipients: fc.oneof(fc.array(messyRecipient, { maxLength: 5 }), fc.constantFrom<unknown>('x', null)),
  },
  { requiredKeys: [] },
)

describe('properties', () => {
  test.prop([fc.oneof(messyInput, allocateInputArb({ maxLength: 5 }))])(
    'the fast validator of allocate and the zod schema accept the same inputs and agree on the error code',
    (input) => {
      const schema = AllocateInputSchema.safeParse(input)
      const fast = safeParseAllocateInput(input)
      expect(fast.success).toBe(schema.success)
      if (!schema.success && !fast.success) {
        expect(schema.error.issues.map(codeOfIssue)).toContain(fast.error.code)
      }
    },
  )

  test.prop([allocateInputArb()])('parsing is idempotent on canonical inputs', (input) => {
    const canonical = parseAllocateInput(input)
    expect(parseAllocateInput(canonical)).toEqual(canonical)
  })
})

describe('unknown fields', () => {
  it('allocate and the schema both reject a misspelt option instead of ignoring it', () => {
    const input = { total: '10', unit: '1', minimun: '2', recipients: [{ id: 'a', weight: 1 }] }
    expect(() => allocate(input as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }))
    expect(AllocateInputSchema.safeParse(input).success).toBe(false)
  })
})
