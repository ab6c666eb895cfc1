import { fc, test } from '@fast-check/vitest'
import { createDecision, Temporal, ValidationError, type ValidationIssue } from '@talka/core'
import { describe, expect, it } from 'vitest'
import type { CommunityMeasureCall } from './call.js'
import { CheckEligibilityOptionsSchema, checkEligibility, evaluateRules } from './check.js'
import { normaliseDateFacts } from './facts.js'
import { fastParseFacts, fastParseOptions, REJECT } from './fast-validate.js'
import { eligibilityMessages } from './messages.js'
import type { EligibilityRule } from './rule.js'
import { getRuleSet, RULE_SET_IDS, type RuleSetId, versionOn } from './rule-sets.js'
import { communityMeasureCallArb, completeFactsArb, partialFactsArb } from './testing.js'
import { ELIGIBILITY_VERSION } from './version.js'

const ids = RULE_SET_IDS as readonly RuleSetId[]

/** The fast validator and zod agree: both accept with the same value, or both reject. */
function expectSameAsZodFacts(id: RuleSetId, input: unknown) {
  const zod = getRuleSet(id).factsSchema.safeParse(input)
  const fast = fastParseFacts(id, input)
  expect(fast !== REJECT).toBe(zod.success)
  if (zod.success) expect(fast).toStrictEqual(zod.data)
}

function expectSameAsZodOptions(input: unknown) {
  const zod = CheckEligibilityOptionsSchema.safeParse(input)
  const fast = fastParseOptions(input)
  // The fast validator leaves calls to zod, so it may reject an options object with a call.
  const hasCall =
    typeof input === 'object' && input !== null && (input as { call?: unknown }).call !== undefined
  if (hasCall) expect(fast).toBe(REJECT)
  else {
    expect(fast !== REJECT).toBe(zod.success)
    if (zod.success) expect(fast).toStrictEqual(zod.data)
  }
}

const dateLike = fc
  .tuple(
    fc.integer({ min: 0, max: 10_000 }),
    fc.integer({ min: -1, max: 14 }),
    fc.integer({ min: -1, max: 33 }),
  )
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  )
const amountLike = fc.oneof(
  fc.stringMatching(/^-?\d{0,17}(\.\d{0,3})?$/),
  fc.constantFrom('0', '00', '0.0', '1.', '.5', '1000.00', ' 1', '1e3'),
)
const yearLike = fc.oneof(
  fc.integer({ min: 1985, max: 2105 }),
  fc.constantFrom(1989, 1990, 2100, 2101, 1989.5, Number.NaN, Number.POSITIVE_INFINITY, -0, '2021'),
)
const stringLike = fc.oneof(fc.string({ maxLength: 3 }), fc.string({ minLength: 99, maxLength: 202 }))

/** Values near the edges of every fact schema, and anything else. */
const nearMiss: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
  fc.constantFrom(true, false, undefined, null, 'no-website', 'No-website', '', 0, {}, []),
  yearLike,
  dateLike,
  amountLike,
  stringLike,
  fc.array(yearLike, { maxLength: 4 }),
  fc.array(stringLike, { maxLength: 4 }),
  fc.array(fc.integer({ min: 1990, max: 2100 }), { minLength: 99, maxLength: 102 }),
  fc.dictionary(fc.oneof(fc.stringMatching(/^\d{3,5}$/), fc.string({ maxLength: 4 })), amountLike, {
    maxKeys: 3,
  }),
  fc.array(
    fc.record(
      { category: stringLike, amount: amountLike, description: fc.oneof(stringLike, fc.constant(undefined)) },
      { requiredKeys: [] },
    ),
    { maxLength: 3 },
  ),
)

const validFacts = fc
  .constantFrom(...ids)
  .chain((id) =>
    fc.tuple(
      fc.constant(id),
      fc.oneof(completeFactsArb(id), partialFactsArb(id)) as fc.Arbitrary<Record<string, unknown>>,
    ),
  )

/** Values at the edges of the fact schemas: lengths, years, dates, amounts, types. */
const leaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    1989,
    1990,
    2100,
    2101,
    1989.5,
    Number.NaN,
    '',
    'a',
    'a'.repeat(100),
    'a'.repeat(101),
    'a'.repeat(200),
    'a'.repeat(201),
    'a'.repeat(500),
    'a'.repeat(501),
    '2023-02-29',
    '2024-02-29',
    '2023-13-01',
    '0',
    '00',
    '1.234',
    '1000.00',
    true,
    false,
    undefined,
    null,
    'no-website',
    [],
    {},
  ),
  nearMiss,
)

interface Mutation {
  readonly picks: readonly number[]
  readonly leaf: unknown
  readonly size: number
  readonly key: string
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  picks: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  leaf,
  size: fc.constantFrom(0, 1, 49, 50, 51, 99, 100, 101, 1000, 1001),
  key: fc.constantFrom('2021', '20211', '__proto__', 'extra', 'ngoMark', 'income', 'category', 'amount'),
})

/**
 * One deep change to a valid value: a value replaced by an edge value, an array resized to a
 * boundary length, an element or key changed, added or deleted.
 */
function mutate(value: unknown, m: Mutation, depth = 0): unknown {
  const pick = m.picks[depth] ?? 0
  const next = m.picks[depth + 1] ?? 0
  if (Array.isArray(value)) {
    const action = pick % 5 === 4 ? 1 : pick % 5
    if (action === 0 || depth >= 6) return m.leaf
    if (action === 2)
      return Array.from({ length: m.size }, (_, i) => (value.length ? value[i % value.length] : m.leaf))
    if (value.length === 0) return [m.leaf]
    const copy = [...value]
    const i = next % copy.length
    copy[i] = action === 1 ? mutate(copy[i], m, depth + 2) : m.leaf
    return copy
  }
  if (typeof value === 'object' && value !== null) {
    const action = pick % 5 === 4 ? 1 : pick % 5
    if (action === 0 || depth >= 6) return m.leaf
    const copy: Record<string, unknown> = { ...value }
    const keys = Object.keys(copy)
    if (action === 2 || keys.length === 0) {
      Object.defineProperty(copy, m.key, {
        value: m.leaf,
        enumerable: true,
        writable: true,
        configurable: true,
      })
      return copy
    }
    const key = keys[next % keys.length] as string
    if (action === 3) delete copy[key]
    else copy[key] = mutate(copy[key], m, depth + 2)
    return copy
  }
  return edgeOf(value, m)
}

/** Half the time an edge value of the same type as the value it replaces, otherwise any value. */
function edgeOf(value: unknown, m: Mutation): unknown {
  const pick = m.picks[7] ?? 0
  if (pick % 2 === 0) return m.leaf
  const choose = (options: readonly unknown[]) => options[(pick >> 1) % options.length]
  if (typeof value === 'number')
    return choose([1989, 1990, 2100, 2101, value + 0.5, Number.NaN, String(value)])
  if (typeof value === 'string')
    return choose([
      '',
      `${value}0`,
      value.slice(1),
      'a'.repeat(100),
      'a'.repeat(101),
      'a'.repeat(200),
      'a'.repeat(201),
      'a'.repeat(500),
      'a'.repeat(501),
      '2023-02-29',
      '2024-02-29',
      '1.234',
      '20211',
    ])
  if (typeof value === 'boolean') return choose(['no-website', 'true', 0, undefined, !value])
  return m.leaf
}

/** Valid facts with one or two deep changes. */
const mutatedFacts = fc
  .tuple(validFacts, fc.array(mutationArb, { minLength: 1, maxLength: 2 }))
  .map(([[id, facts], mutations]) => {
    let value: unknown = facts
    for (const m of mutations)
      value = mutate(value, { ...m, picks: [1 + ((m.picks[0] ?? 0) % 4), ...m.picks.slice(1)] })
    return [id, value] as const
  })

describe('fast validation', () => {
  it('accepts valid facts with the same value as zod', () => {
    expectSameAsZodFacts('ngo-fund-2023/applicant', {
      ngoMark: true,
      income: { '2021': '850.00', '2020': '0' },
      foundedOn: '2016-02-10',
      reliableTaxpayer: undefined,
    })
    expectSameAsZodFacts('community-measure/project', {
      budgetLines: [{ category: 'events', amount: '800.00', description: undefined }],
    })
  })

  it('agrees with zod on objects that are not plain', () => {
    const id = 'ngo-fund-2023/applicant'
    const inherited = Object.create({ ngoMark: 'yes' }) as object
    const inheritedValid = Object.create({ ngoMark: true }) as object
    const hidden = Object.defineProperty({}, 'ngoMark', { value: 'yes', enumerable: false })
    const nullProto = Object.assign(Object.create(null) as object, { ngoMark: true })
    class Facts {
      ngoMark = true
    }
    const symbolIncome = { income: { '2021': '1.00', [Symbol('x')]: '1.00' } }
    const protoIncome = JSON.parse('{ "income": { "__proto__": "x", "2021": "1.00" } }') as unknown
    const protoFacts = JSON.parse('{ "__proto__": true }') as unknown
    const inputs: unknown[] = [
      inherited,
      inheritedValid,
      hidden,
      nullProto,
      new Facts(),
      new Date(0),
      new Map(),
      symbolIncome,
      protoIncome,
      protoFacts,
      { income: new Facts() },
      { income: Object.create(null) as object },
      { reportsFiledForYears: Object.assign(new Array<number>(3), { 0: 2020, 2: 2021 }) },
      { reportsFiledForYears: Object.assign([2021], { extra: 1 }) },
      'facts',
      null,
      undefined,
      [],
    ]
    for (const input of inputs) expectSameAsZodFacts(id, input)
  })

  it('agrees with zod at the edges of every fact schema', () => {
    const edges: [RuleSetId, Record<string, unknown>][] = [
      ...[1989, 1990, 2100, 2101, 2000.5].map((y): [RuleSetId, Record<string, unknown>] => [
        'ngo-fund-2023/applicant',
        { reportsFiledForYears: [y] },
      ]),
      ...['2021', '20211', '202', '2021 ', '٢٠٢١', 'abcd'].map((k): [RuleSetId, Record<string, unknown>] => [
        'ngo-fund-2023/applicant',
        { income: { [k]: '1.00' } },
      ]),
      ...['0', '00', '01', '1.', '1.5', '1.55', '1.555', '999999999999999', '1000000000000000'].map(
        (a): [RuleSetId, Record<string, unknown>] => ['ngo-fund-2022/applicant', { requestedAmount: a }],
      ),
      ...[0, 1, 200, 201].map((n): [RuleSetId, Record<string, unknown>] => [
        'community-measure/applicant',
        { operatesIn: 'a'.repeat(n) },
      ]),
      ...[0, 1, 50, 51].map((n): [RuleSetId, Record<string, unknown>] => [
        'community-measure/applicant',
        { operatesIn: Array.from({ length: n }, () => 'Vilnius') },
      ]),
      ...[0, 1, 100, 101].map((n): [RuleSetId, Record<string, unknown>] => [
        'community-measure/project',
        { budgetLines: [{ category: 'a'.repeat(n), amount: '1.00' }] },
      ]),
      ...[1000, 1001].map((n): [RuleSetId, Record<string, unknown>] => [
        'community-measure/project',
        { budgetLines: Array.from({ length: n }, () => ({ category: 'events', amount: '1.00' })) },
      ]),
      ['community-measure/project', { budgetLines: [{ category: 'events' }] }],
      ['community-measure/project', { budgetLines: [{ category: 'events', amount: '1', description: '' }] }],
      ['community-measure/project', { activitiesFrom: '2024-02-29', activitiesTo: '2023-02-29' }],
      ['ngo-fund-2023/applicant', { publishesProjectsOnWebsite: 'no-website' }],
      ['ngo-fund-2023/applicant', { publishesProjectsOnWebsite: 'yes' }],
    ]
    for (const [id, facts] of edges) expectSameAsZodFacts(id, facts)
  })

  it('leaves options with a call to zod', () => {
    expect(fastParseOptions({ asOf: '2023-04-06', call: {} })).toBe(REJECT)
    expect(fastParseOptions({ asOf: '2023-04-06', call: undefined })).toStrictEqual({
      asOf: '2023-04-06',
      call: undefined,
    })
  })
})

describe('properties', () => {
  test.prop([validFacts])('valid facts: the fast validator accepts them with zod’s value', ([id, facts]) => {
    expect(fastParseFacts(id, facts)).not.toBe(REJECT)
    expectSameAsZodFacts(id, facts)
  })

  test.prop([mutatedFacts])(
    'mutated facts: accepted exactly when zod accepts, with the same value',
    ([id, f]) => expectSameAsZodFacts(id, f),
  )

  test.prop([fc.constantFrom(...ids), nearMiss])(
    'garbage facts: accepted exactly when zod accepts',
    (id, f) => expectSameAsZodFacts(id, f),
  )

  test.prop([
    fc.oneof(
      fc.record(
        {
          asOf: fc.oneof(dateLike, nearMiss),
          lang: fc.oneof(fc.constantFrom('lt', 'en', 'LT', 'de', undefined), nearMiss),
          call: fc.oneof(fc.constant(undefined), nearMiss),
          extra: nearMiss,
        },
        { requiredKeys: [] },
      ),
      nearMiss,
    ),
  ])('options: accepted exactly when zod accepts, with the same value', (options) =>
    expectSameAsZodOptions(options),
  )
})

/**
 * `checkEligibility` as it was before the fast path (zod for options and facts, the version looked
 * up per call, `evaluateRules` and core's `createDecision`): the reference the fast path must equal.
 */
function referenceCheck(id: RuleSetId, facts: unknown, options: unknown) {
  const set = getRuleSet(id)
  const issues: ValidationIssue[] = []
  const toIssues = (
    prefix: string,
    error: { issues: readonly { path: PropertyKey[]; code: string; message: string }[] },
  ) =>
    error.issues.map((issue) => ({
      path: [prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      code: issue.code,
      message: issue.message,
    }))
  const normalised =
    typeof options === 'object' &&
    options !== null &&
    (options as { asOf?: unknown }).asOf instanceof Temporal.PlainDate
      ? { ...options, asOf: (options as { asOf: Temporal.PlainDate }).asOf.toString() }
      : options
  const o = CheckEligibilityOptionsSchema.safeParse(normalised)
  if (!o.success) issues.push(...toIssues('options', o.error))
  else {
    if (set.usesCall && !o.data.call)
      issues.push({
        path: ['options', 'call'],
        code: 'custom',
        message: `Rule set "${set.id}" needs the municipality's call`,
      })
    if (!set.usesCall && o.data.call)
      issues.push({
        path: ['options', 'call'],
        code: 'custom',
        message: `Rule set "${set.id}" takes no call`,
      })
  }
  const f = (set.factsSchema as import('zod').ZodType<Record<string, unknown>>).safeParse(
    normaliseDateFacts(facts),
  )
  if (!f.success) issues.push(...toIssues('facts', f.error))
  if (issues.length > 0 || !o.success || !f.success) throw new ValidationError(issues)
  const asOf = o.data.asOf
  const version = versionOn(set as never, asOf)
  const context = {
    asOf,
    year: o.data.call?.year ?? version.year ?? Number(asOf.slice(0, 4)),
    call: o.data.call,
  }
  const evaluation = evaluateRules(version.rules as readonly EligibilityRule<never>[], f.data, context)
  return createDecision({
    decision: `eligibility:${set.id}`,
    outcome: evaluation.outcome,
    asOf,
    lang: o.data.lang ?? 'lt',
    reasons: evaluation.reasons,
    missingFacts: evaluation.missingFacts,
    producer: { package: '@talka/eligibility', version: ELIGIBILITY_VERSION },
    ruleSet: { id: set.id, version: version.version, validFrom: version.validFrom, validTo: version.validTo },
    catalog: eligibilityMessages,
  })
}

function outcomeOf(f: () => unknown) {
  try {
    return { value: f() }
  } catch (error) {
    return { error }
  }
}

const asOfFor = (id: RuleSetId, call: CommunityMeasureCall | undefined) =>
  call ? `${call.year}-06-01` : id === 'ngo-fund-2022/applicant' ? '2022-07-01' : '2023-04-06'

const checkArgs = fc
  .tuple(
    fc.oneof(validFacts, mutatedFacts),
    fc.option(communityMeasureCallArb(), { nil: undefined }),
    mutationArb,
  )
  .chain(([[id, facts], call, m]) =>
    fc.record({
      id: fc.constant(id),
      facts: fc.constant(facts),
      options: fc.oneof(
        {
          weight: 4,
          arbitrary: fc.constant({
            asOf: asOfFor(id, call),
            lang: 'en',
            ...(call ? { call } : {}),
          } as unknown),
        },
        fc.constant({
          asOf: Temporal.PlainDate.from(asOfFor(id, call)),
          ...(call ? { call } : {}),
        } as unknown),
        fc.constant({ asOf: '2030-01-01' } as unknown),
        fc.constant(mutate({ asOf: asOfFor(id, call), lang: 'lt', ...(call ? { call } : {}) }, m)),
      ),
    }),
  )

describe('checkEligibility equals the zod + createDecision reference', () => {
  test.prop([checkArgs])('same verdict, or the same error with the same issues', ({ id, facts, options }) => {
    const actual = outcomeOf(() => checkEligibility(id, facts, options))
    const expected = outcomeOf(() => referenceCheck(id, facts, options))
    if ('value' in expected) {
      expect(actual).toStrictEqual(expected)
      expect(JSON.stringify(actual.value)).toBe(JSON.stringify(expected.value))
    } else {
      expect('error' in actual).toBe(true)
      const a = actual.error as Error & { code?: unknown; details?: unknown }
      const e = expected.error as Error & { code?: unknown; details?: unknown }
      expect(a.constructor).toBe(e.constructor)
      expect(a.message).toBe(e.message)
      expect(a.code).toStrictEqual(e.code)
      expect(a.details).toStrictEqual(e.details)
    }
  })
})
