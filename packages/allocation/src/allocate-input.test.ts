import { fc, test } from '@fast-check/vitest'
import { isParsed, MAX_ISSUES, ValidationError } from '@talka/core'
import { findNonStrictObjects } from '@talka/core/testing'
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { byWeight } from '../test/fixtures.js'
import { allocate } from './allocate.js'
import { AllocateByResidentsInputSchema, allocateByResidents } from './allocate-by-residents.js'
import { AllocateByTaxpayersInputSchema, allocateByTaxpayers } from './allocate-by-taxpayers.js'
import {
  AllocateInputSchema,
  allocationCodeOfIssue,
  parseAllocateInput,
  safeParseAllocateInput,
} from './allocate-input.js'
import { canonicalAllocateInput } from './certificate.js'
import {
  CheckPublishedAllocationInputSchema,
  checkPublishedAllocation,
} from './check-published-allocation.js'
import { allocateInputArb } from './testing.js'

function codesOf(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).issues.map(allocationCodeOfIssue)
  }
  throw new Error('expected a ValidationError')
}

describe('canonicalAllocateInput', () => {
  it('returns the canonical input a certificate records', () => {
    expect(
      canonicalAllocateInput({
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
      canonicalAllocateInput({ total: '7', fixed: '1.5', recipients: [{ id: 'a', weight: 1, cap: '7' }] }),
    ).toMatchObject({
      total: '7.00',
      unit: '0.01',
      fixed: '1.50',
      recipients: [{ id: 'a', weight: '1', cap: '7.00' }],
    })
  })
})

describe('parse once', () => {
  it('parseAllocateInput returns a parsed value that allocate does not validate again', () => {
    const parsed = parseAllocateInput({ total: '10', unit: '1', recipients: [{ id: 'a', weight: 1 }] })
    expect(isParsed(parsed)).toBe(true)
    const spy = vi.spyOn(AllocateInputSchema, 'safeParse')
    allocate(parsed)
    expect(spy).not.toHaveBeenCalled()
    allocate({ total: '10', unit: '1', recipients: [{ id: 'a', weight: 1 }] })
    expect(spy).toHaveBeenCalledTimes(1)
    spy.mockRestore()
  })

  it('allocateByResidents parses its input once and runs the kernel without a second parse', () => {
    const outer = vi.spyOn(AllocateByResidentsInputSchema, 'safeParse')
    const inner = vi.spyOn(AllocateInputSchema, 'safeParse')
    allocateByResidents({ year: 2021 })
    expect(outer).toHaveBeenCalledTimes(1)
    expect(inner).not.toHaveBeenCalled()
    outer.mockRestore()
    inner.mockRestore()
  })

  it('safeParseAllocateInput reports the allocation code as the issue code', () => {
    const r = safeParseAllocateInput({
      total: '100',
      unit: '1',
      fixed: '60',
      recipients: byWeight({ a: 1, b: 1 }),
    })
    expect(r.success).toBe(false)
    if (!r.success) {
      expect(r.error.code).toBe('VALIDATION_FAILED')
      expect(r.error.issues).toEqual([
        { path: ['fixed'], code: 'FIXED_EXCEEDS_TOTAL', message: 'The fixed parts exceed the total' },
      ])
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
    if (!r.success) expect(r.error.issues.map((i) => i.code)).toEqual(['DUPLICATE_ID'])
  })

  it('refuses infeasible caps with typed codes (min > max, caps below the total)', () => {
    expect(
      codesOf(() =>
        allocate({
          total: '100',
          unit: '1',
          minimum: '20',
          recipients: [
            { id: 'a', weight: 1, cap: '10' },
            { id: 'b', weight: 1 },
          ],
        }),
      ),
    ).toEqual(['CAP_BELOW_MINIMUM'])
    expect(
      codesOf(() =>
        allocate({
          total: '100',
          unit: '1',
          recipients: [
            { id: 'a', weight: 1, cap: '40' },
            { id: 'b', weight: 1, cap: '50' },
          ],
        }),
      ),
    ).toEqual(['CAPS_BELOW_TOTAL'])
    expect(
      codesOf(() => allocate({ total: '100', unit: '1', recipients: [{ id: 'a', weight: 1, cap: '10.5' }] })),
    ).toEqual(['NOT_MULTIPLE_OF_UNIT'])
  })

  it('converts to JSON Schema for the API (bigint weights become unconstrained)', () => {
    const schema = z.toJSONSchema(AllocateInputSchema, { unrepresentable: 'any' })
    expect(schema).toMatchObject({ type: 'object', required: ['total', 'recipients'] })
  })

  it('every object of every exported input schema is strict', () => {
    for (const schema of [
      AllocateInputSchema,
      AllocateByResidentsInputSchema,
      AllocateByTaxpayersInputSchema,
      CheckPublishedAllocationInputSchema,
    ]) {
      expect(findNonStrictObjects(schema)).toEqual([])
    }
  })
})

const entryPoints: [string, (input: unknown) => unknown, Record<string, unknown>][] = [
  ['allocate', (x) => allocate(x as never), { total: '10', unit: '1', recipients: [{ id: 'a', weight: 1 }] }],
  ['allocateByResidents', (x) => allocateByResidents(x as never), { year: 2021 }],
  [
    'allocateByTaxpayers',
    (x) => allocateByTaxpayers(x as never),
    { year: 2018, total: '10', taxpayers: { source: 'VMI', figures: [{ municipality: 'a', taxpayers: 1 }] } },
  ],
  [
    'checkPublishedAllocation',
    (x) => checkPublishedAllocation(x as never),
    { total: '10', unit: '1', rows: [{ id: 'a', weight: 1, amount: '10' }] },
  ],
]

describe('hostile input', () => {
  it.each(entryPoints)(
    '%s refuses __proto__, constructor and prototype keys with a typed error',
    (_, run, valid) => {
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        const input = JSON.parse(JSON.stringify(valid).replace(/^\{/, `{"${key}":{"polluted":true},`))
        expect(() => run(input)).toThrowError(ValidationError)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }
      const nested = JSON.parse(JSON.stringify(valid).replace(/"id":/, '"__proto__":{"polluted":true},"id":'))
      if (JSON.stringify(nested) !== JSON.stringify(valid))
        expect(() => run(nested)).toThrowError(ValidationError)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    },
  )

  it('130,000 bad recipients give a bounded ValidationError (allocate)', () => {
    const recipients = Array.from({ length: 130_000 }, (_, i) => ({ id: `r${i}`, weight: 'x' }))
    const r = safeParseAllocateInput({ total: '10', recipients })
    expect(r.success).toBe(false)
    if (r.success) return
    expect(r.error.issues.length).toBeLessThanOrEqual(MAX_ISSUES)
    expect(r.error.issueCount).toBe(130_000)
    expect(() => allocate({ total: '10', recipients } as never)).toThrowError(ValidationError)
  })

  it('130,000 bad rows or figures give a bounded ValidationError (check, by residents)', () => {
    const rows = Array.from({ length: 130_000 }, (_, i) => ({ id: `r${i}`, weight: 1, amount: 'x' }))
    let caught: unknown
    try {
      checkPublishedAllocation({ total: '10', rows } as never)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ValidationError)
    expect((caught as ValidationError).issueCount).toBe(130_000)
    expect((caught as ValidationError).issues.length).toBeLessThanOrEqual(MAX_ISSUES)
    const figures = Array.from({ length: 130_000 }, (_, i) => ({ municipality: `m${i}`, residents: -1 }))
    try {
      allocateByResidents({ year: 2021, residents: { kind: 'declared', figures } } as never)
    } catch (error) {
      caught = error
    }
    expect((caught as ValidationError).issueCount).toBe(130_000)
    expect((caught as ValidationError).issues.length).toBeLessThanOrEqual(MAX_ISSUES)
    const taxpayers = Array.from({ length: 130_000 }, (_, i) => ({ municipality: `m${i}`, taxpayers: -1 }))
    caught = undefined
    try {
      allocateByTaxpayers({
        year: 2018,
        total: '10',
        taxpayers: { source: 'VMI', figures: taxpayers },
      } as never)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ValidationError)
    expect((caught as ValidationError).issueCount).toBe(130_000)
    expect((caught as ValidationError).issues.length).toBeLessThanOrEqual(MAX_ISSUES)
  })
})

describe('properties', () => {
  test.prop([allocateInputArb()])('canonical inputs are fixed points', (input) => {
    const canonical = canonicalAllocateInput(input)
    expect(canonicalAllocateInput(canonical)).toEqual(canonical)
  })

  test.prop([allocateInputArb({ maxLength: 5 }), fc.constantFrom('minimun', 'Total', 'cap')])(
    'a misspelt option is refused with its path, never ignored',
    (input, key) => {
      const r = safeParseAllocateInput({ ...input, [key]: '1' })
      expect(r.success).toBe(false)
    },
  )
})
