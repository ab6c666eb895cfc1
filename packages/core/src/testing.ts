/**
 * fast-check arbitraries for Talka's vocabulary, so integrators can property-test their own systems
 * with the same generators Talka's tests use. Import from `@talka/core/testing`; needs `fast-check`.
 *
 * @packageDocumentation
 */
import fc from 'fast-check'
import { Temporal } from 'temporal-polyfill'
import type { LegalRef } from './legal-ref.js'
import type { TimelineEntryInput } from './timeline.js'

export { catalogSchemaMismatches } from './catalog-schema-mismatches.js'
export { legalRefCheckBlindSpots, legalRefProblems, RESEARCH_JARGON } from './legal-ref-problems.js'
export { valueLabelProblems } from './value-label-problems.js'

/**
 * Whole cents as bigints in `[min, max]` (defaults: ±10¹² cents).
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { centsArb } from '@talka/core/testing'
 * fc.assert(fc.property(centsArb(), (c) => typeof c === 'bigint'))
 * ```
 */
export function centsArb(options: { min?: bigint; max?: bigint } = {}): fc.Arbitrary<bigint> {
  return fc.bigInt({ min: options.min ?? -(10n ** 12n), max: options.max ?? 10n ** 12n })
}

/**
 * Canonical-or-not money strings with 0, 1 or 2 decimals (`"7"`, `"7.5"`, `"-0.05"`).
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { moneyStringArb } from '@talka/core/testing'
 * fc.sample(moneyStringArb({ min: 0n }), 3)
 * ```
 */
export function moneyStringArb(options: { min?: bigint; max?: bigint } = {}): fc.Arbitrary<string> {
  return fc.tuple(centsArb(options), fc.constantFrom(0, 1, 2)).map(([cents, decimals]) => {
    const negative = cents < 0n
    const abs = negative ? -cents : cents
    const whole = (abs / 100n).toString()
    const frac = (abs % 100n).toString().padStart(2, '0')
    // Drop trailing zero decimals only where that keeps the value; otherwise keep two decimals.
    let text = `${whole}.${frac}`
    if (decimals === 0 && frac === '00') text = whole
    else if (decimals === 1 && frac.endsWith('0')) text = `${whole}.${frac[0]}`
    const signed = negative ? `-${text}` : text
    return signed === '-0' || /^-0(\.0+)?$/.test(signed) ? text : signed
  })
}

/**
 * Calendar dates between `min` and `max` (defaults 2000-01-01 … 2040-12-31), 29 February included.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { plainDateArb } from '@talka/core/testing'
 * fc.sample(plainDateArb(), 1)[0]?.toString()
 * ```
 */
export function plainDateArb(options: { min?: string; max?: string } = {}): fc.Arbitrary<Temporal.PlainDate> {
  const min = Temporal.PlainDate.from(options.min ?? '2000-01-01')
  const max = Temporal.PlainDate.from(options.max ?? '2040-12-31')
  const span = min.until(max, { largestUnit: 'days' }).days
  return fc.integer({ min: 0, max: span }).map((days) => min.add({ days }))
}

/**
 * ISO date strings (`YYYY-MM-DD`) between `min` and `max`.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { isoDateArb } from '@talka/core/testing'
 * fc.sample(isoDateArb({ min: '2024-07-01' }), 1)
 * ```
 */
export function isoDateArb(options: { min?: string; max?: string } = {}): fc.Arbitrary<string> {
  return plainDateArb(options).map((d) => d.toString())
}

/**
 * Valid legal references with an https URL and optional article, part and point.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { legalRefArb } from '@talka/core/testing'
 * fc.sample(legalRefArb(), 1)[0]?.url
 * ```
 */
export function legalRefArb(): fc.Arbitrary<LegalRef> {
  const num = fc.integer({ min: 1, max: 99 }).map(String)
  return fc
    .record(
      {
        act: fc.constantFrom(
          'Savanoriškos veiklos įstatymas',
          'SADM įsakymas Nr. A1-246',
          'NVO fondo aprašas',
        ),
        article: num,
        part: num,
        point: num,
        url: fc.constantFrom(
          'https://e-tar.lt/portal/lt/legalAct/1',
          'https://e-seimas.lrs.lt/portal/legalAct/lt/TAD/1',
        ),
      },
      { requiredKeys: ['act', 'url'] },
    )
    .map((ref) => ref as LegalRef)
}

/**
 * Sorted, non-overlapping timeline entries (with gaps or touching), each with a legal reference;
 * the last one may be open-ended.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { Timeline } from '@talka/core'
 * import { timelineEntriesArb } from '@talka/core/testing'
 * fc.assert(fc.property(timelineEntriesArb(fc.integer()), (entries) => Timeline.of(entries).entries.length === entries.length))
 * ```
 */
export function timelineEntriesArb<T>(
  value: fc.Arbitrary<T>,
  options: { maxLength?: number; openEnded?: boolean } = {},
): fc.Arbitrary<TimelineEntryInput<T>[]> {
  const piece = fc.record({
    gap: fc.integer({ min: 0, max: 30 }),
    length: fc.integer({ min: 0, max: 800 }),
    value,
    ref: legalRefArb(),
  })
  return fc
    .tuple(
      fc.array(piece, { minLength: 1, maxLength: options.maxLength ?? 6 }),
      options.openEnded === false ? fc.constant(false) : fc.boolean(),
    )
    .map(([pieces, openEnd]) => {
      let cursor = Temporal.PlainDate.from('2011-08-01')
      return pieces.map((p, i) => {
        const from = cursor.add({ days: p.gap })
        const to = from.add({ days: p.length })
        cursor = to.add({ days: 1 })
        const last = i === pieces.length - 1
        return last && openEnd
          ? { from: from.toString(), value: p.value, ref: p.ref }
          : { from: from.toString(), to: to.toString(), value: p.value, ref: p.ref }
      })
    })
}

type ZodDef = { readonly type?: string; readonly [key: string]: unknown }

function defOf(schema: unknown): ZodDef | undefined {
  const zod = (schema as { _zod?: { def?: ZodDef } } | null)?._zod
  return zod?.def
}

/**
 * The paths of every object schema inside a zod schema that does not reject unknown keys, so a test can
 * require that every input schema is strict (a misspelt key is an error, not a silent default). Walks
 * objects, arrays, records, tuples, unions, intersections, optionals, defaults, pipes, lazies and
 * the like; an empty list means the schema is strict everywhere.
 *
 * @example
 * ```ts
 * import { z } from 'zod'
 * import { findNonStrictObjects } from '@talka/core/testing'
 * findNonStrictObjects(z.object({ a: z.strictObject({}) })) // ['(root)']
 * findNonStrictObjects(z.strictObject({ a: z.number() })) // []
 * ```
 */
export function findNonStrictObjects(schema: unknown): string[] {
  const found: string[] = []
  const seen = new Set<unknown>()
  const walk = (node: unknown, path: string): void => {
    const def = defOf(node)
    if (!def || seen.has(node)) return
    seen.add(node)
    const child = (key: string, at: string) => walk(def[key], at)
    switch (def.type) {
      case 'object': {
        const catchall = defOf(def.catchall)
        if (catchall?.type !== 'never') found.push(path || '(root)')
        const shape = (typeof def.shape === 'function' ? (def.shape as () => object)() : def.shape) as Record<
          string,
          unknown
        >
        for (const [key, value] of Object.entries(shape ?? {})) walk(value, `${path}.${key}`)
        return
      }
      case 'array':
        child('element', `${path}[]`)
        return
      case 'record':
      case 'map':
        child('valueType', `${path}{}`)
        return
      case 'set':
        child('valueType', `${path}[]`)
        return
      case 'tuple':
        for (const [i, item] of ((def.items as unknown[]) ?? []).entries()) walk(item, `${path}[${i}]`)
        child('rest', `${path}[]`)
        return
      case 'union':
        for (const option of (def.options as unknown[]) ?? []) walk(option, path)
        return
      case 'intersection':
        child('left', path)
        child('right', path)
        return
      case 'pipe':
        child('in', path)
        child('out', path)
        return
      case 'lazy':
        walk((def.getter as () => unknown)(), path)
        return
      default:
        for (const key of ['innerType', 'schema']) if (def[key]) child(key, path)
    }
  }
  walk(schema, '')
  return found
}
