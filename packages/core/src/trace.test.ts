import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { formatLegalRef, legalRef } from './legal-ref.js'
import { checkMessageCatalog, renderMessage } from './messages.js'
import { MoneyStringSchema } from './money.js'
import { combineResults } from './rule-result.js'
import { findNonStrictObjects } from './testing.js'
import { createDecision, renderDecision, TraceSchema, TraceV1Schema } from './trace.js'
import { parseWith, safeParseWith } from './validation.js'

const catalog = {
  'demo.tooYoung': { lt: 'Asmuo jaunesnis nei {age} m.', en: 'The person is younger than {age}.' },
  'demo.ok': { lt: 'Sąlyga įvykdyta.', en: 'The condition is met.' },
}
const ref = legalRef({
  act: 'Savanoriškos veiklos įstatymas',
  article: '3',
  part: '1',
  url: 'https://e-seimas.lrs.lt/',
})

describe('messages', () => {
  it('renders with placeholders and Lithuanian diacritics', () => {
    expect(renderMessage(catalog, 'demo.tooYoung', { age: 14 }, 'lt')).toBe('Asmuo jaunesnis nei 14 m.')
    expect(renderMessage(catalog, 'demo.tooYoung', { age: 14 }, 'en')).toBe('The person is younger than 14.')
  })

  it('throws UNKNOWN_MESSAGE for missing keys or values', () => {
    expect(() => renderMessage(catalog, 'nope', {}, 'lt')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_MESSAGE' }),
    )
    expect(() => renderMessage(catalog, 'demo.tooYoung', {}, 'lt')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_MESSAGE' }),
    )
  })

  it('every key of a catalog exists in both languages', () => {
    expect(checkMessageCatalog(catalog)).toEqual([])
    expect(checkMessageCatalog({ x: { lt: '', en: 'y' } })).toEqual(['x: no lt text'])
  })
})

describe('legal references', () => {
  it('formats citations in both languages', () => {
    expect(formatLegalRef({ ...ref, point: '19.6' }, 'lt')).toBe(
      'Savanoriškos veiklos įstatymas, 3 str. 1 d. 19.6 p.',
    )
    expect(formatLegalRef(ref, 'en')).toBe('Savanoriškos veiklos įstatymas, Art. 3(1)')
  })

  it('rejects a reference without a URL', () => {
    expect(() => legalRef({ act: 'X', url: 'nope' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_LEGAL_REF' }),
    )
  })
})

describe('trace.v1', () => {
  const decision = createDecision({
    decision: 'demo:can-volunteer',
    outcome: 'no',
    asOf: '2025-01-10',
    lang: 'lt',
    catalog,
    producer: { package: '@talka/demo', version: '1.0.0' },
    reasons: [
      {
        ruleId: 'age',
        result: 'fail',
        facts: { birthDate: '2012-01-01' },
        ref,
        messageKey: 'demo.tooYoung',
        params: { age: 14 },
      },
    ],
    missingFacts: [],
  })

  it('is valid JSON that survives a round trip and the schema', () => {
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision)
    expect(TraceV1Schema.parse(decision)).toEqual(decision)
    expect(decision.reasons[0]?.message.text).toBe('Asmuo jaunesnis nei 14 m.')
  })

  it('is strict at every level: a key nobody reads is refused with its path', () => {
    const json = JSON.parse(JSON.stringify(decision))
    const paths = (value: unknown) => {
      const result = TraceSchema.safeParse(value)
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))
    }
    expect(paths({ ...json, extra: 1 })).toEqual([''])
    expect(paths({ ...json, producer: { ...json.producer, extra: 1 } })).toEqual(['producer'])
    expect(paths({ ...json, ruleSet: { id: 'a', version: '1', validFrom: '2020-01-01', extra: 1 } })).toEqual(
      ['ruleSet'],
    )
    const reason = json.reasons[0]
    expect(paths({ ...json, reasons: [{ ...reason, extra: 1 }] })).toEqual(['reasons.0'])
    expect(paths({ ...json, reasons: [{ ...reason, message: { ...reason.message, extra: 1 } }] })).toEqual([
      'reasons.0.message',
    ])
    expect(findNonStrictObjects(TraceSchema)).toEqual([])
    expect(TraceSchema).toBe(TraceV1Schema)
  })

  it('re-renders in another language', () => {
    expect(renderDecision(decision, catalog, 'en').reasons[0]?.message.text).toBe(
      'The person is younger than 14.',
    )
  })
})

describe('validation', () => {
  it('collects zod issues with paths into a typed error', () => {
    const r = safeParseWith(MoneyStringSchema, 1.5)
    expect(r.success).toBe(false)
    if (!r.success) {
      expect(r.error.code).toBe('VALIDATION_FAILED')
      expect(r.error.issues[0]?.path).toEqual([])
    }
    expect(parseWith(MoneyStringSchema, '1.50')).toBe('1.50')
  })
})

describe('properties', () => {
  const results = fc.array(fc.constantFrom('pass' as const, 'fail' as const, 'unknown' as const), {
    maxLength: 12,
  })
  test.prop([results])('combineResults: fail iff some fail; pass iff all pass', (rs) => {
    const combined = combineResults(rs)
    expect(combined === 'fail').toBe(rs.includes('fail'))
    expect(combined === 'pass').toBe(rs.every((r) => r === 'pass'))
  })
  test.prop([results, fc.integer()])('combineResults does not depend on order', (rs, seed) => {
    const shuffled = [...rs].sort(() => (seed % 3) - 1)
    expect(combineResults(shuffled)).toBe(combineResults(rs))
  })
})

describe('core message catalog', () => {
  it('has a Lithuanian and an English text for every error code', async () => {
    const { coreMessages } = await import('./core-messages.js')
    expect(checkMessageCatalog(coreMessages)).toEqual([])
    const codes = [
      'INVALID_MONEY',
      'INVALID_DATE',
      'INVALID_LEGAL_REF',
      'TIMELINE_NO_VALUE',
      'TIMELINE_OVERLAP',
      'TIMELINE_GAP',
      'TIMELINE_INVALID',
      'UNKNOWN_PARAMETER',
      'DUPLICATE_PARAMETER',
      'UNKNOWN_MESSAGE',
      'VALIDATION_FAILED',
      'AMOUNT_OUT_OF_RANGE',
      'INVALID_JSON_VALUE',
    ]
    expect(Object.keys(coreMessages).sort()).toEqual(codes.map((c) => `core.error.${c}`).sort())
  })
})
