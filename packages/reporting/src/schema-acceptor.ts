import type { z } from 'zod'

/** What an acceptor returns for a value the zod schema would reject. */
export const REJECT: unique symbol = Symbol('reject')

/**
 * A function derived from a zod schema that answers, without building issues, whether the schema
 * accepts a value, and if so returns the value zod's `parse` would (objects rebuilt in the schema's key
 * order). It never describes a problem: a rejected value goes to zod itself, which does.
 */
export type Acceptor = (value: unknown) => unknown

/** The fields of a zod schema definition that the derived functions read. */
export interface LooseDef {
  readonly type: string
  readonly checks?: readonly { readonly _zod: { readonly def: LooseCheck } }[]
  readonly shape?: Record<string, z.ZodType>
  readonly catchall?: z.ZodType
  readonly element?: z.ZodType
  readonly innerType?: z.ZodType
  readonly format?: string
  readonly entries?: Record<string, string | number>
  readonly values?: readonly unknown[]
}

interface LooseCheck {
  readonly check: string
  readonly minimum?: number
  readonly maximum?: number
  readonly length?: number
  readonly value?: number
  readonly inclusive?: boolean
  readonly format?: string
  readonly pattern?: RegExp
}

/** The definition zod keeps of a schema, read loosely (only the fields this module uses). */
export const defOf = (schema: z.ZodType): LooseDef =>
  (schema as unknown as { _zod: { def: LooseDef } })._zod.def

/** The exact fallback: zod itself, for a node this module does not compile. */
function byZod(schema: z.ZodType): Acceptor {
  return (value) => {
    const result = schema.safeParse(value)
    return result.success ? result.data : REJECT
  }
}

type Test = (value: never) => boolean

/** The length checks of a string or array; `undefined` when a check is of another kind. */
function lengthTests(checks: readonly LooseCheck[]): Test[] | undefined {
  const tests: Test[] = []
  for (const c of checks) {
    if (c.check === 'min_length') tests.push((v: { length: number }) => v.length >= (c.minimum ?? 0))
    else if (c.check === 'max_length') tests.push((v: { length: number }) => v.length <= (c.maximum ?? 0))
    else if (c.check === 'length_equals') tests.push((v: { length: number }) => v.length === c.length)
    else if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp) {
      const pattern = c.pattern
      tests.push((v: string) => {
        pattern.lastIndex = 0
        return pattern.test(v)
      })
    } else return undefined
  }
  return tests
}

function numberTests(checks: readonly LooseCheck[]): Test[] | undefined {
  const tests: Test[] = []
  for (const c of checks) {
    const bound = c.value ?? 0
    if (c.check === 'greater_than')
      tests.push(c.inclusive ? (v: number) => v >= bound : (v: number) => v > bound)
    else if (c.check === 'less_than')
      tests.push(c.inclusive ? (v: number) => v <= bound : (v: number) => v < bound)
    else return undefined
  }
  return tests
}

const passes = (tests: readonly Test[], value: never): boolean => {
  for (const test of tests) if (!test(value)) return false
  return true
}

const acceptors = new WeakMap<z.ZodType, Acceptor>()

/**
 * Derives an {@link Acceptor} from a zod schema, once per schema. Strict and stripping objects, arrays,
 * optionals, strings (length and regex checks), numbers (bounds; `z.int()`), enums, literals and
 * booleans are compiled; any other node (a custom refinement, a union, a transform …) is answered by
 * zod itself, so the acceptor agrees with the schema by construction there, and by the property test
 * of `schema-acceptor.test.ts` everywhere else.
 *
 * @example
 * ```ts
 * import { z } from 'zod'
 * const accept = acceptorOf(z.strictObject({ no: z.int().min(1) }))
 * accept({ no: 3 }) // { no: 3 }
 * accept({ no: 0 }) === REJECT // true
 * ```
 */
export function acceptorOf(schema: z.ZodType): Acceptor {
  return once(acceptors, schema, compile)
}

/** Derives a function from a schema once: the cache is weak, so a dropped schema takes it along. */
function once<F>(cache: WeakMap<z.ZodType, F>, schema: z.ZodType, build: (schema: z.ZodType) => F): F {
  const cached = cache.get(schema)
  if (cached) return cached
  const built = build(schema)
  cache.set(schema, built)
  return built
}

function compile(schema: z.ZodType): Acceptor {
  const def = defOf(schema)
  const checks = (def.checks ?? []).map((c) => c._zod.def)
  switch (def.type) {
    case 'string': {
      const tests = lengthTests(checks)
      if (!tests) return byZod(schema)
      return (v) => (typeof v === 'string' && passes(tests, v as never) ? v : REJECT)
    }
    case 'number': {
      const tests = numberTests(checks)
      if (!tests || (def.format !== undefined && def.format !== 'safeint')) return byZod(schema)
      const whole = def.format === 'safeint'
      return (v) =>
        typeof v === 'number' &&
        (whole ? Number.isSafeInteger(v) : Number.isFinite(v)) &&
        passes(tests, v as never)
          ? v
          : REJECT
    }
    case 'boolean':
      return checks.length === 0 ? (v) => (typeof v === 'boolean' ? v : REJECT) : byZod(schema)
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}))
      return checks.length === 0
        ? (v) => ((typeof v === 'string' || typeof v === 'number') && allowed.has(v) ? v : REJECT)
        : byZod(schema)
    }
    case 'literal': {
      const allowed = new Set(def.values ?? [])
      return checks.length === 0 ? (v) => (allowed.has(v) ? v : REJECT) : byZod(schema)
    }
    case 'optional': {
      if (checks.length > 0 || !def.innerType) return byZod(schema)
      const inner = acceptorOf(def.innerType)
      return (v) => (v === undefined ? undefined : inner(v))
    }
    case 'array': {
      const tests = lengthTests(checks)
      if (!tests || !def.element) return byZod(schema)
      const element = acceptorOf(def.element)
      return (v) => {
        if (!Array.isArray(v) || !passes(tests, v as never)) return REJECT
        const out: unknown[] = new Array(v.length)
        for (let i = 0; i < v.length; i++) {
          const item = element(v[i])
          if (item === REJECT) return REJECT
          out[i] = item
        }
        return out
      }
    }
    case 'object':
      return compileObject(schema, def, checks)
    default:
      return byZod(schema)
  }
}

function compileObject(schema: z.ZodType, def: LooseDef, checks: readonly LooseCheck[]): Acceptor {
  const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type
  if (checks.length > 0 || !def.shape || (catchall !== undefined && catchall !== 'never'))
    return byZod(schema)
  const strict = catchall === 'never'
  const keys = Object.keys(def.shape)
  const known = new Set(keys)
  const fields = keys.map((key) => ({
    key,
    accept: acceptorOf((def.shape as Record<string, z.ZodType>)[key] as z.ZodType),
  }))
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return REJECT
    const input = v as Record<string, unknown>
    if (strict) for (const key in input) if (!known.has(key)) return REJECT
    // Built like zod builds its output: the schema's keys in order, an absent optional key left out.
    const out: Record<string, unknown> = {}
    for (const { key, accept } of fields) {
      const value = accept(input[key])
      if (value === REJECT) return REJECT
      if (value !== undefined || key in input) out[key] = value
    }
    return out
  }
}

/**
 * A function derived from a zod schema that counts the findings zod's issues give for a value (an
 * unknown-keys issue counts once per key, as `schemaFindings` splits it), for rows past the rendered
 * limit. A strict or stripping object without refinements is split into its fields (zod reports an
 * object's fields independently, then one issue for its unknown keys); every other node asks zod itself,
 * remembering the answer for a repeated primitive value (an empty cell is `undefined` in every row).
 */
export type FindingCounter = (value: unknown) => number

const counters = new WeakMap<z.ZodType, FindingCounter>()
const MEMO_LIMIT = 10_000

/**
 * Derives a {@link FindingCounter} from a zod schema, once per schema.
 *
 * @example
 * ```ts
 * import { z } from 'zod'
 * const count = findingCounterOf(z.strictObject({ no: z.int().min(1), name: z.string() }))
 * count({ no: 0, extra: 1, more: 2 }) // 4: no, name, and the two unknown keys
 * ```
 */
export function findingCounterOf(schema: z.ZodType): FindingCounter {
  return once(counters, schema, compileCounter)
}

function zodCount(schema: z.ZodType, value: unknown): number {
  const result = schema.safeParse(value)
  if (result.success) return 0
  let n = 0
  for (const issue of result.error.issues) n += issue.code === 'unrecognized_keys' ? issue.keys.length : 1
  return n
}

function compileCounter(schema: z.ZodType): FindingCounter {
  const def = defOf(schema)
  const checks = def.checks ?? []
  const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type
  if (
    def.type === 'object' &&
    def.shape &&
    checks.length === 0 &&
    (catchall === undefined || catchall === 'never')
  ) {
    const shape = def.shape
    const known = new Set(Object.keys(shape))
    const fields = Object.keys(shape).map((key) => ({
      key,
      count: findingCounterOf(shape[key] as z.ZodType),
    }))
    return (v) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return zodCount(schema, v)
      const input = v as Record<string, unknown>
      let n = 0
      for (const { key, count } of fields) n += count(input[key])
      if (catchall === 'never') for (const key in input) if (!known.has(key)) n++
      return n
    }
  }
  const accept = acceptorOf(schema)
  const memo = new Map<unknown, number>()
  return (v) => {
    if (accept(v) !== REJECT) return 0
    const primitive =
      v === undefined ||
      v === null ||
      typeof v === 'string' ||
      typeof v === 'boolean' ||
      (typeof v === 'number' && !Object.is(v, -0))
    if (!primitive) return zodCount(schema, v)
    const known = memo.get(v)
    if (known !== undefined) return known
    const n = zodCount(schema, v)
    if (memo.size < MEMO_LIMIT) memo.set(v, n)
    return n
  }
}
