import type { z } from 'zod'
import { acceptorOf, defOf, type FindingCounter, findingCounterOf, REJECT } from './schema-acceptor.js'

/** The outcome of {@link safeParseRows}: zod's, for the whole document. */
export type RowsParseResult =
  | { readonly success: true; readonly data: unknown }
  | {
      readonly success: false
      readonly issues: z.core.$ZodIssue[]
      /** Findings of the rows past the rendered limit, counted and not described (0 without a limit). */
      readonly uncounted: number
    }

/** A top-level array of a document schema whose items zod checks one by one. */
interface RowArray {
  readonly key: string
  readonly min: number
  readonly max: number
  readonly accept: (value: unknown) => unknown
  readonly count: FindingCounter
}

const plans = new WeakMap<z.ZodType, readonly RowArray[] | null>()

/**
 * The top-level arrays of an object schema that can be split: the object and the arrays have no
 * refinement that sees the whole (only length checks on the arrays), so zod's verdict on an item does
 * not depend on the other items. `null` when the schema is not such an object.
 */
function rowArrays(schema: z.ZodType): readonly RowArray[] | null {
  const cached = plans.get(schema)
  if (cached !== undefined) return cached
  let built: RowArray[] | null = null
  const def = defOf(schema)
  if (def.type === 'object' && def.shape && (def.checks ?? []).length === 0) {
    built = []
    for (const [key, value] of Object.entries(def.shape)) {
      let node = defOf(value)
      if (node.type === 'optional' && (node.checks ?? []).length === 0 && node.innerType)
        node = defOf(node.innerType)
      if (node.type !== 'array' || !node.element) continue
      let min = 0
      let max = Number.POSITIVE_INFINITY
      let splittable = true
      for (const check of node.checks ?? []) {
        const c = check._zod.def
        if (c.check === 'min_length') min = Math.max(min, c.minimum ?? 0)
        else if (c.check === 'max_length') max = Math.min(max, c.maximum ?? 0)
        else splittable = false
      }
      if (splittable) {
        built.push({ key, min, max, accept: acceptorOf(node.element), count: findingCounterOf(node.element) })
      }
    }
  }
  plans.set(schema, built)
  return built
}

/** Rows checked between two pauses of {@link safeParseRowsSteps}. */
const ROWS_PER_STEP = 5_000

/**
 * zod's `safeParse` of a document with long arrays of rows (a CSV table read into a report), giving
 * the same verdict, issues (codes, paths, messages, in order) and data, with zod called only on the
 * rows that the schema's derived acceptor (`acceptorOf`) rejects: the rows it accepts are left out of
 * the document zod sees (enough of them are kept for the arrays' length checks) and issue paths are
 * mapped back to the rows' own indices. A generator that pauses between chunks of rows.
 */
export function* safeParseRowsSteps(
  schema: z.ZodType,
  document: unknown,
  options: { readonly describe?: number } = {},
): Generator<void, RowsParseResult> {
  const describe = options.describe ?? Number.POSITIVE_INFINITY
  const arrays = rowArrays(schema)
  if (arrays === null || typeof document !== 'object' || document === null || Array.isArray(document)) {
    return whole(schema, document)
  }
  const input = document as Record<string, unknown>
  const reduced: Record<string, unknown> = { ...input }
  const kept = new Map<string, { indices: number[]; accepted: unknown[] }>()
  let checked = 0
  let uncounted = 0
  let leftOut = 0
  for (const { key, min, max, accept, count } of arrays) {
    const rows = input[key]
    if (!Array.isArray(rows) || rows.length < min || rows.length > max) continue
    const indices: number[] = []
    const accepted: unknown[] = new Array(rows.length)
    let padding = min
    let rejected = 0
    for (let i = 0; i < rows.length; i++) {
      if (++checked % ROWS_PER_STEP === 0) yield
      const out = accept(rows[i])
      accepted[i] = out
      if (out === REJECT) {
        // Each rejected row gives at least one finding, so the first `describe` rejected rows of an
        // array hold every finding that can be described; the others are only counted.
        if (++rejected <= describe) indices.push(i)
        else {
          uncounted += count(rows[i])
          leftOut++
        }
      } else if (padding > 0) {
        // Kept for zod so that the array it sees still meets the minimum length.
        indices.push(i)
        padding--
      }
    }
    reduced[key] = indices.map((i) => rows[i])
    kept.set(key, { indices, accepted })
  }
  yield
  const result = schema.safeParse(reduced)
  // Rows were left out as rejected yet zod accepts the rest: the acceptor rejected a row that zod
  // accepts (the property tests say it does not); zod then sees the whole document.
  if (result.success && leftOut > 0) return whole(schema, document)
  if (!result.success) {
    return {
      success: false,
      uncounted,
      issues: result.error.issues.map((issue) => {
        const [key, index] = issue.path
        const map = typeof key === 'string' && typeof index === 'number' ? kept.get(key) : undefined
        const original = map?.indices[index as number]
        return map === undefined || original === undefined
          ? issue
          : { ...issue, path: [key as string, original, ...issue.path.slice(2)] }
      }),
    }
  }
  const data = result.data as Record<string, unknown>
  for (const [key, { indices, accepted }] of kept) {
    const parsed = data[key] as unknown[]
    indices.forEach((original, j) => {
      accepted[original] = parsed[j]
    })
    data[key] = accepted
  }
  return { success: true, data }
}

function whole(schema: z.ZodType, document: unknown): RowsParseResult {
  const result = schema.safeParse(document)
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error.issues, uncounted: 0 }
}

/** {@link safeParseRowsSteps} run through without pausing. */
export function safeParseRows(
  schema: z.ZodType,
  document: unknown,
  options: { readonly describe?: number } = {},
): RowsParseResult {
  return runThrough(safeParseRowsSteps(schema, document, options))
}

/** Runs a stepping generator (one that yields where an async caller may pause) to its result. */
export function runThrough<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
