/**
 * fast-check arbitraries for `@talka/evaluation`: calls, applications with their evaluations and whole
 * ranking inputs, bounded so that property tests stay fast. Import from `@talka/evaluation/testing`; needs
 * `fast-check`.
 *
 * @packageDocumentation
 */
import fc from 'fast-check'
import type { Application, Evaluation } from './application.js'
import type { Call, Criterion, TieBreakKey } from './call.js'
import type { RankApplicationsInput } from './rank-input.js'

/**
 * Options of the arbitraries: upper bounds and which call features to draw.
 *
 * @example
 * ```ts
 * import type { EvaluationArbOptions } from '@talka/evaluation/testing'
 * const o: EvaluationArbOptions = { maxApplications: 8, divergence: false, tieBreak: 'none' }
 * ```
 */
export interface EvaluationArbOptions {
  /** At most this many applications (default 12). */
  readonly maxApplications?: number
  /** At most this many evaluations per application (default 3). */
  readonly maxEvaluations?: number
  /** At most this many criteria (default 4). */
  readonly maxCriteria?: number
  /** Draw a divergence rule sometimes (default true). */
  readonly divergence?: boolean
  /** `'none'` never draws a tie-break, `'always'` always does, `'any'` sometimes (default). */
  readonly tieBreak?: 'none' | 'always' | 'any'
  /** Funding order to draw (default `'strict'`). */
  readonly fundingOrder?: 'strict' | 'skip-ahead' | 'any'
  /** Draw formal-check verdicts sometimes (default true). */
  readonly formalChecks?: boolean
}

const moneyToCents = (amount: string | undefined) =>
  amount === undefined ? undefined : Number(amount.replace('.', ''))

const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`

/**
 * Criteria with small integer ranges and, sometimes, decimal weights.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { criteriaArb } from '@talka/evaluation/testing'
 * fc.sample(criteriaArb(), 1)[0]?.[0]?.id // 'c0'
 * ```
 */
export function criteriaArb(options: EvaluationArbOptions = {}): fc.Arbitrary<Criterion[]> {
  const max = options.maxCriteria ?? 4
  return fc.integer({ min: 1, max }).chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc
          .record({
            max: fc.integer({ min: 1, max: 30 }),
            weight: fc.option(fc.constantFrom('1', '0.5', '2', '1.25'), { nil: undefined }),
          })
          .map(
            ({ max: m, weight }): Criterion =>
              weight === undefined ? { id: `c${i}`, max: m } : { id: `c${i}`, max: m, weight },
          ),
      ),
    ),
  )
}

/**
 * A call: budget, per-project minimum and maximum, pass mark, criteria, last-project policy and, depending
 * on the options, a divergence rule, a tie-break and the funding order.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { callArb } from '@talka/evaluation/testing'
 * fc.sample(callArb({ tieBreak: 'none' }), 1)[0]?.lastProject
 * ```
 */
export function callArb(options: EvaluationArbOptions = {}): fc.Arbitrary<Call> {
  const tieMode = options.tieBreak ?? 'any'
  const orderMode = options.fundingOrder ?? 'strict'
  return criteriaArb(options).chain((criteria) => {
    const maxTotal = criteria.reduce((s, c) => s + Number(c.max) * Number(c.weight ?? '1'), 0)
    const tieKeys: fc.Arbitrary<TieBreakKey[] | undefined> =
      tieMode === 'none'
        ? fc.constant(undefined)
        : fc
            .tuple(
              fc.subarray(
                criteria.map((c): TieBreakKey => `criterion:${c.id}`),
                { maxLength: Math.min(2, criteria.length) },
              ),
              fc.boolean(),
              fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }),
            )
            .map(([keys, submitted, seed]) => {
              const all: TieBreakKey[] = [...keys, ...(submitted ? (['submittedAt'] as const) : [])]
              if (seed !== undefined) all.push({ policy: 'lot', seed })
              if (all.length === 0) all.push({ policy: 'lot', seed: 's' })
              return all
            })
            .chain((keys) =>
              tieMode === 'always' ? fc.constant(keys) : fc.option(fc.constant(keys), { nil: undefined }),
            )
    return fc
      .record({
        budget: fc.integer({ min: 0, max: 3_000_000 }),
        min: fc.integer({ min: 0, max: 100_000 }),
        maxExtra: fc.integer({ min: 1, max: 400_000 }),
        passMark: fc.option(fc.integer({ min: 0, max: Math.max(0, Math.floor(maxTotal * 0.6)) }), {
          nil: undefined,
        }),
        lastProject: fc.constantFrom('offer-remainder-if-at-least-minimum' as const, 'reserve' as const),
        divergence:
          options.divergence === false
            ? fc.constant(undefined)
            : fc.option(
                fc.record({
                  maxDifference: fc.integer({ min: 0, max: 40 }).map(String),
                  unit: fc.constantFrom('points' as const, 'percent-of-maximum' as const),
                  resolve: fc.constantFrom('average-of-closest-two' as const, 'average-all' as const),
                }),
                { nil: undefined },
              ),
        tieBreak: tieKeys,
        fundingOrder:
          orderMode === 'any'
            ? fc.constantFrom('strict' as const, 'skip-ahead' as const)
            : fc.constant(orderMode),
      })
      .map((r): Call => {
        const call: Call = {
          budget: money(r.budget),
          minPerProject: money(r.min),
          maxPerProject: money(r.min + r.maxExtra),
          criteria,
          lastProject: r.lastProject,
          fundingOrder: r.fundingOrder,
        }
        return {
          ...call,
          ...(r.passMark === undefined ? {} : { passMark: String(r.passMark) }),
          ...(r.divergence === undefined ? {} : { divergence: r.divergence }),
          ...(r.tieBreak === undefined ? {} : { tieBreak: r.tieBreak }),
        }
      })
  })
}

/**
 * One evaluation of every criterion of `criteria`, within each range; scores are whole points so that
 * ties are frequent.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { evaluationArb } from '@talka/evaluation/testing'
 * fc.sample(evaluationArb([{ id: 'q', max: 10 }], 'E1'), 1)
 * ```
 */
export function evaluationArb(criteria: readonly Criterion[], evaluator: string): fc.Arbitrary<Evaluation> {
  return fc
    .tuple(...criteria.map((c) => fc.integer({ min: 0, max: Number(c.max) })))
    .map((scores) => ({ evaluator, scores: Object.fromEntries(criteria.map((c, i) => [c.id, scores[i]!])) }))
}

/**
 * Applications for `call` with unique ids, requested amounts around the call's maximum, submission times,
 * one to `maxEvaluations` evaluations each and, sometimes, a formal-check verdict.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { applicationsArb } from '@talka/evaluation/testing'
 * declare const call: import('@talka/evaluation').Call
 * fc.sample(applicationsArb(call, { maxApplications: 5 }), 1)
 * ```
 */
export function applicationsArb(call: Call, options: EvaluationArbOptions = {}): fc.Arbitrary<Application[]> {
  const maxEvaluations = options.maxEvaluations ?? 3
  const withChecks = options.formalChecks ?? true
  const app = (i: number): fc.Arbitrary<Application> =>
    fc
      .record({
        requested: fc.integer({
          min: 1,
          max: Math.max(1, Math.floor(((moneyToCents(call.maxPerProject) ?? 500_000) * 13) / 10)),
        }),
        minute: fc.integer({ min: 0, max: 3 }),
        evaluations: fc
          .integer({ min: 1, max: maxEvaluations })
          .chain((n) =>
            fc.tuple(...Array.from({ length: n }, (_, j) => evaluationArb(call.criteria, `E${j + 1}`))),
          ),
        check: withChecks
          ? fc.option(fc.constantFrom('eligible' as const, 'ineligible' as const, 'undetermined' as const), {
              nil: undefined,
              freq: 4,
            })
          : fc.constant(undefined),
      })
      .map(
        (r): Application => ({
          id: `APP-${String(i).padStart(3, '0')}`,
          requested: money(r.requested),
          submittedAt: `2024-03-20T10:0${r.minute}:00`,
          applicant: `Bendruomenė ${i}`,
          title: `Projektas ${i}`,
          evaluations: r.evaluations,
          ...(r.check === undefined ? {} : { formalCheck: formalCheckFixture(r.check) }),
        }),
      )
  return fc
    .integer({ min: 0, max: options.maxApplications ?? 12 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => app(i))))
}

/**
 * A minimal trace.v1 formal-check verdict with the given outcome, for tests.
 *
 * @example
 * ```ts
 * import { formalCheckFixture } from '@talka/evaluation/testing'
 * formalCheckFixture('ineligible').reasons[0]?.result // 'fail'
 * ```
 */
export function formalCheckFixture(outcome: 'eligible' | 'ineligible' | 'undetermined') {
  return {
    format: 'trace.v1' as const,
    decision: 'eligibility:test/applicant',
    outcome,
    asOf: '2024-03-25',
    lang: 'en' as const,
    reasons: [
      {
        ruleId: 'test.reports',
        result: outcome === 'eligible' ? 'pass' : outcome === 'ineligible' ? 'fail' : 'unknown',
        facts: {},
        ref: { act: 'Test act', url: 'https://e-tar.lt/' },
        message: { key: 'test.reports', params: {}, text: `Formal check: ${outcome}` },
      },
    ],
    missingFacts: outcome === 'undetermined' ? ['annualReportsFiled'] : [],
    producer: { package: '@talka/test', version: '0.0.0' },
  }
}

/**
 * A whole input of `rankApplications`: a call and its applications.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { rankApplications } from '@talka/evaluation'
 * import { rankInputArb } from '@talka/evaluation/testing'
 * fc.assert(fc.property(rankInputArb(), (input) => rankApplications(input).rows.length === input.applications.length))
 * ```
 */
export function rankInputArb(options: EvaluationArbOptions = {}): fc.Arbitrary<RankApplicationsInput> {
  return callArb(options).chain((call) =>
    applicationsArb(call, options).chain((applications) => {
      // A budget around the sum of the (capped) requests, so that the funding line falls among them.
      const max = moneyToCents(call.maxPerProject) ?? Number.MAX_SAFE_INTEGER
      const sum = applications.reduce((s, a) => s + Math.min(max, moneyToCents(a.requested)!), 0)
      return fc
        .integer({ min: 0, max: Math.max(1, Math.ceil(sum * 1.1)) })
        .map((budget): RankApplicationsInput => ({ call: { ...call, budget: money(budget) }, applications }))
    }),
  )
}
