// Type-level tests: `pnpm --filter @talka/core typecheck` (tsc over src) fails if a
// `@ts-expect-error` line compiles, i.e. if a wrong call type-checks. The calls sit in a function
// that never runs; the `expectTypeOf` assertions are checked by the same tsc pass. Core has no rule
// sets; its closed vocabularies are the language, the error codes, the legal-reference kinds and the
// three truth outcomes.
import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import {
  AmountSchema,
  and3,
  booleanFact,
  CoreError,
  type CoreErrorCode,
  formatAmount,
  formatCents,
  formatMessage,
  inputParser,
  type Lang,
  type LegalRef,
  Money,
  type Parsed,
  parseCents,
  renderMessage,
  type Truth,
} from './index.js'

const catalog = { 'x.hello': { lt: 'Labas, {name}', en: 'Hello, {name}' } }

export function wrongCallsDoNotCompile(): void {
  // Closed vocabularies: a language, an error code, a legal-reference kind, a truth outcome.
  // @ts-expect-error 'de' is not a Lang
  renderMessage(catalog, 'x.hello', { name: 'Ona' }, 'de')
  // @ts-expect-error 'EN' is not a Lang (case matters)
  formatAmount('1.00', 'EN')
  // @ts-expect-error 'NOT_A_CODE' is not a CoreErrorCode
  new CoreError('NOT_A_CODE', 'x')
  // @ts-expect-error 'decree' is not a LegalRef kind
  const ref: LegalRef = { act: 'X', url: 'https://e-tar.lt/', kind: 'decree' }
  // @ts-expect-error 'maybe' is not a Truth outcome
  const truth: Truth = { outcome: 'maybe', missingFacts: [] }

  // Values of the wrong shape.
  // @ts-expect-error message parameters are strings, numbers or booleans
  formatMessage('{x}', { x: { nested: 1 } }, 'lt')
  // @ts-expect-error cents are a number or a bigint, never a string
  formatCents('144205')
  // @ts-expect-error a boolean fact is a boolean
  booleanFact('ngoMark', 'yes')
  // @ts-expect-error and3 takes Truth values, not booleans
  and3(true, false)
  // @ts-expect-error Money.format needs a language
  Money.parse('1.00').format()

  // Options: unknown keys and wrong values.
  // @ts-expect-error an unknown AmountSchema option
  AmountSchema({ min: '0', maximum: '10' })
  // @ts-expect-error bounds are decimal strings, never floats
  AmountSchema({ max: 10.5 })
  // @ts-expect-error positive is a boolean
  AmountSchema({ positive: 'yes' })
  // @ts-expect-error inputParser needs an object schema
  inputParser(z.string())
  void [ref, truth]
}

describe('types', () => {
  it('accepts the right calls and infers the results', () => {
    expectTypeOf<Lang>().toEqualTypeOf<'lt' | 'en'>()
    expectTypeOf<Truth['outcome']>().toEqualTypeOf<'pass' | 'fail' | 'unknown'>()
    expectTypeOf(parseCents('1.00')).toEqualTypeOf<number>()
    expectTypeOf(formatCents(144205n)).toEqualTypeOf<string>()
    expectTypeOf(AmountSchema({ min: '-10', max: '10', positive: false }).parse('1')).toEqualTypeOf<string>()
    const parser = inputParser(z.strictObject({ year: z.number() }))
    expectTypeOf(parser.parse({ year: 2024 })).toEqualTypeOf<Parsed<{ year: number }>>()
    expectTypeOf(parser.ensure({ year: 2024 })).toEqualTypeOf<Parsed<{ year: number }>>()
    expectTypeOf<'INVALID_MONEY'>().toExtend<CoreErrorCode>()
    expectTypeOf(and3(booleanFact('a', true), booleanFact('b', undefined))).toEqualTypeOf<Truth>()
  })
})
