// The issue collector of the reporting validator and the shape tests both validators share. Internal.
import type { ValidationIssue } from '@talka/core'
import type { z } from 'zod'
import { decimalsOf, moneyCents, parseDecimal, scoreHundredths } from './exact.js'

/** A JSON path into the input. */
export type Path = readonly (string | number)[]

/** An object that is not an array (what zod's `z.object` accepts). */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** An object with no prototype but `Object.prototype` or none (what `z.record` accepts). */
export function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (!isObject(v)) return false
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

/** Collects issues with their JSON paths, as the zod schemas would report them. */
export class Checker {
  readonly issues: ValidationIssue[] = []

  add(path: Path, code: string, message: string): void {
    this.issues.push({ path: [...path], code, message })
  }

  object(v: unknown, path: Path): v is Record<string, unknown> {
    if (isObject(v)) return true
    this.add(path, 'invalid_type', 'Expected an object')
    return false
  }

  string(v: unknown, path: Path, min = 0): v is string {
    if (typeof v !== 'string') {
      this.add(path, 'invalid_type', 'Expected a string')
      return false
    }
    if (v.length < min) {
      this.add(path, 'too_small', 'Expected a non-empty string')
      return false
    }
    return true
  }

  optionalString(v: unknown, path: Path): void {
    if (v !== undefined) this.string(v, path)
  }

  amount(v: unknown, path: Path, positive: boolean): void {
    if (!this.string(v, path)) return
    const cents = moneyCents(v)
    if (cents === null) this.add(path, 'custom', 'Expected a non-negative EUR amount with at most 2 decimals')
    else if (positive && cents <= 0) this.add(path, 'custom', 'Expected an amount above zero')
  }

  scoreDecimal(v: unknown, path: Path, positive = false): void {
    if (!this.string(v, path)) return
    const parsed = parseDecimal(v)
    if (parsed === null || decimalsOf(v) > 6)
      this.add(path, 'custom', 'Expected a non-negative decimal string')
    else if (positive && parsed.int <= 0n) this.add(path, 'custom', 'Expected a value above zero')
  }

  score(v: unknown, path: Path): number | null {
    if (typeof v !== 'number' && typeof v !== 'string') {
      this.add(path, 'invalid_union', 'Expected a number or a decimal string')
      return null
    }
    if (typeof v === 'number' && !Number.isFinite(v)) {
      this.add(path, 'invalid_union', 'Expected a finite number')
      return null
    }
    const h = scoreHundredths(v)
    if (h === null) this.add(path, 'custom', 'Expected a non-negative score with at most 2 decimals')
    return h
  }

  oneOf(v: unknown, values: readonly string[], path: Path): void {
    if (typeof v !== 'string' || !values.includes(v)) {
      this.add(path, 'invalid_value', `Expected one of: ${values.join(', ')}`)
    }
  }

  zod(schema: z.ZodType, v: unknown, path: Path): void {
    const result = schema.safeParse(v)
    if (result.success) return
    for (const issue of result.error.issues) {
      this.add(
        [...path, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
        issue.code,
        issue.message,
      )
    }
  }
}

/** Path of application `i` (or of a field of it). */
export const appPath = (i: number, ...rest: (string | number)[]): Path => ['applications', i, ...rest]

/** Path of evaluation `j` of application `i` (or of a field of it). */
export const evalPath = (i: number, j: number, ...rest: (string | number)[]): Path => [
  'applications',
  i,
  'evaluations',
  j,
  ...rest,
]
