import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { MAX_ISSUES } from './issues.js'
import { inputParser, isParsed } from './parsed.js'
import { findNonStrictObjects } from './testing.js'
import { typedParser } from './typed-parser.js'
import { ValidationError } from './validation.js'

describe('parse once', () => {
  const schema = z.strictObject({ items: z.array(z.strictObject({ n: z.number() })) })
  const parser = inputParser(schema)

  it('validates a raw input once and trusts a parsed one', () => {
    const spy = vi.spyOn(schema, 'safeParse')
    const parsed = parser.parse({ items: [{ n: 1 }] })
    expect(isParsed(parsed)).toBe(true)
    expect(parser.ensure(parsed)).toBe(parsed)
    expect(spy).toHaveBeenCalledTimes(1)
    expect(isParsed({ items: [] })).toBe(false)
    expect(isParsed(JSON.parse(JSON.stringify(parsed)))).toBe(false)
    spy.mockRestore()
  })

  it('reports at most 100 issues and their total, for 130,000 bad elements', () => {
    const result = parser.safeParse({ items: Array.from({ length: 130_000 }, () => ({ n: 'x' })) })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error).toBeInstanceOf(ValidationError)
    expect(result.error.issues).toHaveLength(MAX_ISSUES)
    expect(result.error.issueCount).toBe(130_000)
    expect(result.error.issues[0]?.path).toEqual(['items', 0, 'n'])
  })

  it('rejects unknown and prototype keys with their path', () => {
    const result = parser.safeParse(JSON.parse('{"items":[{"n":1,"__proto__":{"x":1}}],"constructor":1}'))
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.issues.map((i) => i.path)).toEqual([['items', 0], []])
  })
})

describe('findNonStrictObjects', () => {
  it('finds every object that would silently drop a misspelt key', () => {
    expect(findNonStrictObjects(z.strictObject({ a: z.number() }))).toEqual([])
    expect(findNonStrictObjects(z.object({ a: z.strictObject({}) }))).toEqual(['(root)'])
    expect(
      findNonStrictObjects(
        z.strictObject({
          list: z.array(z.object({ x: z.string() })).optional(),
          pick: z.union([z.strictObject({}), z.object({}).loose()]),
          map: z.record(z.string(), z.object({})),
          piped: z.strictObject({ y: z.object({}) }).transform((v) => v),
        }),
      ),
    ).toEqual(['.list[]', '.pick', '.map{}', '.piped.y'])
  })
})

describe('typedParser', () => {
  it('is inputParser under a declared type: parses once, ensure returns the parsed value as it is', () => {
    const parser = typedParser<{ total: string }>(z.strictObject({ total: z.string() }))
    const parsed = parser.parse({ total: '1.00' })
    expect(parser.ensure(parsed)).toBe(parsed)
    expect(parser.safeParse({ totl: '1.00' }).success).toBe(false)
  })
})
