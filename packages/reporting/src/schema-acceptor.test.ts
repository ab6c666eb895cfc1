import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { safeParseRows } from './parse-rows.js'
import { REPORT_SCHEMA_NAMES, type ReportSchemaName, schemas } from './report-schemas.js'
import { acceptorOf, findingCounterOf, REJECT } from './schema-acceptor.js'
import { reportArb } from './testing.js'

/** The findings zod's issues give (an unknown-keys issue gives one per key). */
const findings = (issues: readonly z.core.$ZodIssue[]) =>
  issues.reduce((n, issue) => n + (issue.code === 'unrecognized_keys' ? issue.keys.length : 1), 0)

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(''),
  fc.constant(null),
  fc.constant(' x '),
  fc.constant('a,b'),
  fc.constant('2024-02-30'),
  fc.constant('-5.00'),
  fc.constant('1.005'),
  fc.integer({ min: -3, max: 2200 }),
  fc.constantFrom(0.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53),
  fc.string({ maxLength: 6 }),
  fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 2 }),
  fc.constant({}),
  fc.constant({ value: 1, unit: 'u', quote: 'q', extra: true }),
)

/** A report with some of its table rows broken: a field replaced by junk, a key added, the row replaced. */
function brokenRowsArb(name: ReportSchemaName): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      reportArb(name),
      fc.array(
        fc.record({
          row: fc.nat(),
          how: fc.constantFrom('field', 'extra-key', 'row', 'nested'),
          value: junk,
          pick: fc.nat(),
        }),
        { maxLength: 12 },
      ),
    )
    .map(([valid, breaks]) => {
      const doc = structuredClone(valid) as Record<string, unknown>
      const arrays = Object.keys(doc).filter(
        (key) => Array.isArray(doc[key]) && (doc[key] as unknown[]).length > 0,
      )
      for (const { row, how, value, pick } of breaks) {
        const key = arrays[pick % Math.max(arrays.length, 1)]
        if (key === undefined) break
        const list = doc[key] as unknown[]
        const i = row % list.length
        const item = list[i]
        if (how === 'row' || item === null || typeof item !== 'object') {
          list[i] = value
          continue
        }
        const fields = Object.keys(item)
        const field = fields[pick % Math.max(fields.length, 1)] ?? 'no'
        const target = item as Record<string, unknown>
        if (how === 'extra-key') target[`extra${pick % 3}`] = value
        else if (how === 'nested' && Array.isArray(target[field])) (target[field] as unknown[]).push(value)
        else target[field] = value
      }
      return doc
    })
}

/** Values for the row schemas alone: rows of generated reports, some broken. */
function rowsArb(name: ReportSchemaName): fc.Arbitrary<{ key: string; value: unknown }[]> {
  return brokenRowsArb(name).map((doc) =>
    Object.entries(doc as Record<string, unknown>).flatMap(([key, list]) =>
      Array.isArray(list) ? list.map((value) => ({ key, value })) : [],
    ),
  )
}

function elementOf(name: ReportSchemaName, key: string): z.ZodType | undefined {
  const shape = (schemas[name] as unknown as z.ZodObject).shape as Record<string, z.ZodType>
  let node = shape[key] as z.ZodType | undefined
  if (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType
  return node instanceof z.ZodArray ? (node.element as z.ZodType) : undefined
}

describe('acceptorOf', () => {
  it('accepts what zod accepts, with zod output, and rejects what zod rejects (examples)', () => {
    const schema = z.strictObject({ no: z.int().min(1), tags: z.array(z.string().min(1)).min(1).optional() })
    const accept = acceptorOf(schema)
    expect(accept({ tags: ['a'], no: 3 })).toEqual({ no: 3, tags: ['a'] })
    expect(JSON.stringify(accept({ tags: ['a'], no: 3 }))).toBe('{"no":3,"tags":["a"]}')
    expect(accept({ no: 0 })).toBe(REJECT)
    expect(accept({ no: 1, x: 1 })).toBe(REJECT)
    expect(accept({ no: 1, tags: [] })).toBe(REJECT)
    expect(findingCounterOf(schema)({ no: 0, x: 1, y: 2 })).toBe(3)
  })
})

describe('properties', () => {
  for (const name of REPORT_SCHEMA_NAMES) {
    test.prop([rowsArb(name)])(
      `${name}: the derived acceptor and finding counter agree with zod on every row (valid and broken)`,
      (rows) => {
        for (const { key, value } of rows) {
          const element = elementOf(name, key)
          if (!element) continue
          const zod = element.safeParse(value)
          const accepted = acceptorOf(element)(value)
          expect(accepted === REJECT).toBe(!zod.success)
          if (zod.success) expect(JSON.stringify(accepted)).toBe(JSON.stringify(zod.data))
          expect(findingCounterOf(element)(value)).toBe(zod.success ? 0 : findings(zod.error.issues))
        }
      },
    )

    test.prop([brokenRowsArb(name)])(
      `${name}: safeParseRows gives zod's verdict, issues (codes, paths, messages, order) and data`,
      (doc) => {
        const zod = schemas[name].safeParse(doc)
        const fast = safeParseRows(schemas[name], doc)
        expect(fast.success).toBe(zod.success)
        if (zod.success && fast.success) expect(JSON.stringify(fast.data)).toBe(JSON.stringify(zod.data))
        if (!zod.success && !fast.success) {
          expect(fast.uncounted).toBe(0)
          expect(JSON.stringify(fast.issues)).toBe(JSON.stringify(zod.error.issues))
        }
      },
    )

    test.prop([brokenRowsArb(name), fc.integer({ min: 1, max: 4 })])(
      `${name}: with a limit, the first findings are zod's and the count is zod's`,
      (doc, describe) => {
        const zod = schemas[name].safeParse(doc)
        const fast = safeParseRows(schemas[name], doc, { describe })
        expect(fast.success).toBe(zod.success)
        if (!zod.success && !fast.success) {
          expect(findings(fast.issues) + fast.uncounted).toBe(findings(zod.error.issues))
          // The issues zod would list first are the ones described.
          const firstOf = (issues: readonly z.core.$ZodIssue[]) => JSON.stringify(issues.slice(0, describe))
          expect(firstOf(fast.issues)).toBe(firstOf(zod.error.issues))
        }
      },
    )
  }
})
