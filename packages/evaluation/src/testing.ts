/**
 * fast-check arbitraries for `@talka/evaluation`: call.v1 documents (`@talka/calls`), applications with their
 * evaluations and whole ranking inputs, bounded so that property tests stay fast. Import from
 * `@talka/evaluation/testing`; needs `fast-check`.
 *
 * @packageDocumentation
 */
import type { CallInput, Criterion, TieKey, TiesAtBudgetLine } from '@talka/calls'
import fc from 'fast-check'
import type { Application, Evaluation } from './application.js'
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
  /**
   * Tie-break keys (`tiesAtBudgetLine: { keys }` or `{ lot }`): `'none'` never draws them, `'always'` always
   * does, `'any'` sometimes (default). Ignored when `ties` is given.
   */
  readonly tieBreak?: 'none' | 'always' | 'any'
  /** A fixed `tiesAtBudgetLine` policy kind to draw (`'silent'` leaves it out). */
  readonly ties?: 'silent' | 'report' | 'split-equally' | 'split-proportionally' | 'keys'
  /** Funding order to draw (default `'strict'`). */
  readonly fundingOrder?: 'strict' | 'skip-ahead' | 'any'
  /** Draw formal-check verdicts sometimes (default true). */
  readonly formalChecks?: boolean
  /** Draw commission-reduced eligible amounts sometimes (default true). */
  readonly eligibleAmounts?: boolean
  /** Split the budget into two or three eldership envelopes (default false). */
  readonly envelopes?: boolean
  /** Draw per-criterion minimum scores sometimes (default true). */
  readonly criterionMinimums?: boolean
}

const moneyToCents = (amount: string | undefined) =>
  amount === undefined ? undefined : Number(amount.replace('.', ''))

const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`

/** A made-up municipality's call: only its own reference (the `ref` every policy point reads as). */
const MADE_UP = {
  id: 'pavyzdziai-district-test',
  name: { lt: 'Pavyzdžių rajono savivaldybės kvietimas', en: 'Pavyzdžiai district call' },
  municipality: { name: 'Pavyzdžių rajono savivaldybė' },
  year: 2025,
  model: 'standard' as const,
  ref: {
    act: 'Pavyzdžių rajono savivaldybės bendruomeninės veiklos stiprinimo aprašas (mero 2025-03-14 potvarkis Nr. M-77)',
    url: 'https://e-tar.lt/portal/lt/legalAct/example',
  },
}

/**
 * Criteria with small integer ranges, weights and, sometimes, a per-criterion minimum score.
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
  const minimums = options.criterionMinimums ?? true
  return fc.integer({ min: 1, max }).chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc
          .record({
            max: fc.integer({ min: 1, max: 30 }),
            weight: fc.constantFrom('1', '1', '0.5', '2', '1.25'),
            minimum: minimums ? fc.option(fc.integer({ min: 0, max: 8 }), { freq: 4 }) : fc.constant(null),
          })
          .map(({ max: m, weight, minimum }): Criterion => {
            const c: Criterion = {
              id: `c${i}`,
              title: { lt: `Kriterijus ${i}`, en: `Criterion ${i}` },
              min: 0,
              max: m,
              weight,
            }
            return minimum === null ? c : { ...c, minimumScore: Math.min(minimum, m) }
          }),
      ),
    ),
  )
}

function tiesArb(
  criteria: readonly Criterion[],
  options: EvaluationArbOptions,
): fc.Arbitrary<TiesAtBudgetLine | undefined> {
  const keysArb: fc.Arbitrary<TiesAtBudgetLine> = fc
    .tuple(
      fc.subarray(
        criteria.map((c): TieKey => `criterion:${c.id}`),
        { maxLength: Math.min(2, criteria.length) },
      ),
      fc.boolean(),
      fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }),
    )
    .map(([keys, submitted, seed]): TiesAtBudgetLine => {
      const all: TieKey[] = [...keys, ...(submitted ? (['submittedAt'] as const) : [])]
      if (seed !== undefined) all.push({ lot: { seed } })
      if (all.length === 0) return { lot: { seed: 's' } }
      return { keys: all }
    })
  switch (options.ties) {
    case 'silent':
      return fc.constant(undefined)
    case 'keys':
      return keysArb
    case undefined:
      break
    default:
      return fc.constant(options.ties)
  }
  const mode = options.tieBreak ?? 'any'
  if (mode === 'none') return fc.constant(undefined)
  if (mode === 'always') return keysArb
  return fc.option(keysArb, { nil: undefined })
}

/**
 * A call.v1 document of a made-up municipality: a total budget (or envelopes), per-project minimum and
 * maximum, pass mark, criteria, the last-project policy and, depending on the options, a divergence rule,
 * ties at the budget line, the funding order and a reserve list with proposed amounts.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { callArb } from '@talka/evaluation/testing'
 * fc.sample(callArb({ tieBreak: 'none' }), 1)[0]?.evaluation?.lastProject
 * ```
 */
export function callArb(options: EvaluationArbOptions = {}): fc.Arbitrary<CallInput> {
  const orderMode = options.fundingOrder ?? 'strict'
  return criteriaArb(options).chain((criteria) => {
    const maxTotal = criteria.reduce((s, c) => s + Number(c.max) * Number(c.weight), 0)
    return fc
      .record({
        budget: fc.integer({ min: 1, max: 3_000_000 }),
        min: fc.integer({ min: 0, max: 100_000 }),
        maxExtra: fc.integer({ min: 1, max: 400_000 }),
        passMark: fc.option(fc.integer({ min: 0, max: Math.max(0, Math.floor(maxTotal * 0.6)) }), {
          nil: undefined,
        }),
        lastProject: fc.constantFrom(
          'offer-remainder-if-at-least-minimum' as const,
          'fund-partially' as const,
          'reserve' as const,
        ),
        divergence:
          options.divergence === false
            ? fc.constant(undefined)
            : fc.option(
                fc.record({
                  maxDifference: fc.integer({ min: 0, max: 40 }).map(String),
                  unit: fc.constantFrom('points' as const, 'percent-of-maximum' as const),
                  resolve: fc.constantFrom('average-of-closest-two' as const, 'average-all' as const),
                  initialEvaluators: fc.constant(2),
                }),
                { nil: undefined },
              ),
        ties: tiesArb(criteria, options),
        fundingOrder:
          orderMode === 'any'
            ? fc.constantFrom('strict' as const, 'skip-ahead' as const)
            : fc.constant(orderMode),
        proposed: fc.boolean(),
        envelopes: fc.integer({ min: 2, max: 3 }),
        unspent: fc.constantFrom('pooled' as const, 'returned' as const),
      })
      .map((r): CallInput => {
        const max = r.min + r.maxExtra
        const budget = options.envelopes
          ? {
              kind: 'envelopes' as const,
              envelopes: Array.from({ length: r.envelopes }, (_, k) => ({
                id: `e${k}`,
                name: { lt: `Seniūnija ${k}`, en: `Eldership ${k}` },
                amount: money(Math.max(max, Math.floor(r.budget / r.envelopes))),
                minPerProject: money(r.min),
                maxPerProject: money(max),
              })),
              unspent: r.unspent,
            }
          : { kind: 'total' as const, amount: money(Math.max(r.budget, r.min)) }
        return {
          ...MADE_UP,
          budget,
          amounts: options.envelopes
            ? { overMaximum: 'cap' }
            : { minPerProject: money(r.min), maxPerProject: money(max), overMaximum: 'cap' },
          evaluation: {
            criteria,
            ...(r.passMark === undefined ? {} : { passMark: { score: r.passMark } }),
            ...(r.divergence === undefined ? {} : { divergence: r.divergence }),
            ...(r.ties === undefined ? {} : { tiesAtBudgetLine: r.ties }),
            fundingOrder: { order: r.fundingOrder },
            lastProject: { policy: r.lastProject },
            reserve: { list: true, proposedAmount: r.proposed },
          },
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
 * fc.sample(evaluationArb([{ id: 'q', title: { lt: 'K', en: 'Q' }, min: 0, max: 10, weight: '1' }], 'E1'), 1)
 * ```
 */
export function evaluationArb(criteria: readonly Criterion[], evaluator: string): fc.Arbitrary<Evaluation> {
  return fc
    .tuple(...criteria.map((c) => fc.integer({ min: 0, max: Number(c.max) })))
    .map((scores) => ({ evaluator, scores: Object.fromEntries(criteria.map((c, i) => [c.id, scores[i]!])) }))
}

/** The largest maximum per project of a call (its amounts' or its envelopes'), in cents. */
function maxOf(call: CallInput): number | undefined {
  const budget = call.budget
  if (budget?.kind === 'envelopes')
    return Math.max(...budget.envelopes.map((e) => moneyToCents(e.maxPerProject)!))
  return moneyToCents(call.amounts?.maxPerProject)
}

/**
 * Applications for `call` with unique ids, requested amounts around the call's maximum, sometimes a
 * commission-reduced eligible amount, an envelope when the call has envelopes, submission times, one to
 * `maxEvaluations` evaluations each and, sometimes, a formal-check verdict.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { applicationsArb, callArb } from '@talka/evaluation/testing'
 * const [call] = fc.sample(callArb(), 1)
 * if (call) fc.sample(applicationsArb(call, { maxApplications: 5 }), 1)
 * ```
 */
export function applicationsArb(
  call: CallInput,
  options: EvaluationArbOptions = {},
): fc.Arbitrary<Application[]> {
  const maxEvaluations = options.maxEvaluations ?? 3
  const withChecks = options.formalChecks ?? true
  const withEligible = options.eligibleAmounts ?? true
  const criteria = call.evaluation?.criteria ?? []
  const envelopes = call.budget?.kind === 'envelopes' ? call.budget.envelopes.map((e) => e.id) : null
  const app = (i: number): fc.Arbitrary<Application> =>
    fc
      .record({
        requested: fc.integer({
          min: 1,
          max: Math.max(1, Math.floor(((maxOf(call) ?? 500_000) * 13) / 10)),
        }),
        reducedBy: withEligible
          ? fc.option(fc.integer({ min: 0, max: 100_000 }), { freq: 3 })
          : fc.constant(null),
        envelope: envelopes ? fc.constantFrom(...envelopes) : fc.constant(null),
        minute: fc.integer({ min: 0, max: 3 }),
        evaluations: fc
          .integer({ min: 1, max: maxEvaluations })
          .chain((n) =>
            fc.tuple(...Array.from({ length: n }, (_, j) => evaluationArb(criteria, `E${j + 1}`))),
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
          ...(r.reducedBy === null ? {} : { eligibleAmount: money(Math.max(1, r.requested - r.reducedBy)) }),
          ...(r.envelope === null ? {} : { envelope: r.envelope }),
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
 * A whole input of `rankApplications`: a call and its applications, with a budget around the sum of the
 * (capped) requests so that the funding line falls among them.
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
      if (call.budget?.kind === 'envelopes') return fc.constant({ call, applications })
      const max = maxOf(call) ?? Number.MAX_SAFE_INTEGER
      const min = moneyToCents(call.amounts?.minPerProject) ?? 0
      const sum = applications.reduce((s, a) => s + Math.min(max, moneyToCents(a.requested)!), 0)
      return fc.integer({ min: Math.max(1, min), max: Math.max(1, min, Math.ceil(sum * 1.1)) }).map(
        (budget): RankApplicationsInput => ({
          call: { ...call, budget: { kind: 'total', amount: money(budget) } },
          applications,
        }),
      )
    }),
  )
}
