import type { CallInput } from '@talka/calls'
import type { LegalRef, TraceReason } from '@talka/core'
import { describe, expect, it } from 'vitest'
import type { Application, RankingResult } from './index.js'
import { promoteFromReserve, rankApplications } from './index.js'

// A made-up municipality with its own description; every policy cites a point of it.
const REF = {
  act: 'Pavyzdžių rajono savivaldybės bendruomeninės veiklos stiprinimo aprašas (mero 2025-03-14 potvarkis Nr. M-77)',
  kind: 'mayors-decree',
  issuer: 'Pavyzdžių rajono savivaldybės meras',
  url: 'https://e-tar.lt/portal/lt/legalAct/example',
} as const

const criteria = [
  {
    id: 'relevance',
    title: { lt: 'Aktualumas', en: 'Relevance' },
    min: 0,
    max: 5,
    weight: '1',
    minimumScore: 3,
  },
  { id: 'quality', title: { lt: 'Kokybė', en: 'Quality' }, min: 0, max: 5, weight: '1' },
] as const

const base = (evaluation: Record<string, unknown> = {}, rest: Partial<CallInput> = {}): CallInput =>
  ({
    id: 'pavyzdziai-district-2025',
    name: { lt: 'Pavyzdžių rajono 2025 m. kvietimas', en: 'Pavyzdžiai district 2025 call' },
    municipality: { name: 'Pavyzdžių rajono savivaldybė' },
    year: 2025,
    model: 'standard',
    ref: REF,
    budget: { kind: 'total', amount: '5000.00', ref: { point: '8' } },
    amounts: { minPerProject: '500.00', maxPerProject: '2000.00', overMaximum: 'cap', ref: { point: '9' } },
    evaluation: {
      ref: { point: '25' },
      criteria,
      passMark: { score: 6, ref: { point: '28' } },
      fundingOrder: { order: 'strict', ref: { point: '30' } },
      tiesAtBudgetLine: 'split-equally',
      tiesAtBudgetLineRef: { point: '31' },
      lastProject: { policy: 'offer-remainder-if-at-least-minimum', ref: { point: '33' } },
      reserve: { list: true, proposedAmount: true, ref: { point: '40' } },
      ...evaluation,
    },
    ...rest,
  }) as CallInput

const app = (
  id: string,
  requested: string,
  r: number,
  q: number,
  extra: Partial<Application> = {},
): Application => ({
  id,
  requested,
  evaluations: [{ evaluator: 'E1', scores: { relevance: r, quality: q } }],
  ...extra,
})

/** An eldership envelope: its id, lt and en names, amount, and minimum and maximum per project. */
const envelope = (
  id: string,
  lt: string,
  en: string,
  amount: string,
  minPerProject: string,
  maxPerProject: string,
) => ({
  id,
  name: { lt, en },
  amount,
  minPerProject,
  maxPerProject,
})

const byId = (result: RankingResult) => Object.fromEntries(result.rows.map((r) => [r.id, r]))

/** Every reference in every reason of a ranking and a promotion. */
function allRefs(result: RankingResult, more: readonly TraceReason[] = []): LegalRef[] {
  return [...result.rows.flatMap((r) => r.reasons), ...result.trace.reasons, ...more].map((r) => r.ref)
}

const SADM = 'Lietuvos Respublikos socialinės apsaugos ir darbo ministras'
const ownOrMinistryOrLaw = (ref: LegalRef) =>
  ref.act === REF.act || ref.kind === 'law' || (ref.issuer === SADM && ref.kind !== 'mayors-decree')

describe('citations belong to the call', () => {
  it('a made-up call ranked with a tie at the line, a reserve list, the last project and a promotion cites only itself, the ministry or a law', () => {
    const call = base()
    const apps = [
      app('A', '2000.00', 5, 5),
      app('B', '1800.00', 4, 4),
      app('C', '1900.00', 4, 4), // B and C tie at the line: 3000 left, 1800 + 1900 do not fit → split
      app('D', '1500.00', 4, 3),
      app('E', '1200.00', 2, 5), // below the relevance minimum
      app('F', '900.00', 3, 2), // below the pass mark
    ]
    const result = rankApplications({ call, applications: apps })
    const rows = byId(result)
    expect(rows.B?.amount).toBe('1500.00')
    expect(rows.C?.amount).toBe('1500.00')
    expect(rows.D?.decision).toBe('reserve')
    const next = promoteFromReserve(result, { declined: ['A'] })
    expect(next.promoted.map((p) => [p.id, p.amount])).toEqual([['D', '1500.00']])
    const refs = allRefs(result, [...next.promoted.flatMap((p) => p.reasons), ...next.trace.reasons])
    for (const ref of refs) expect(ownOrMinistryOrLaw(ref), JSON.stringify(ref)).toBe(true)
    expect(refs.some((r) => /Kėdaini|Taurag/.test(r.act))).toBe(false)
    // The call's own points where it states the policy.
    expect(rows.B?.reasons[0]?.ref.point).toBe('31')
    expect(rows.D?.reasons[0]?.ref.point).toBe('40')
    expect(rows.E?.reasons[0]?.ref.point).toBe('25')
    expect(next.promoted[0]?.reasons[0]?.ref.point).toBe('40')
  })

  it('where the call is silent it cites the ministry (not another municipality) and names the missing parameter', () => {
    const call = base({
      tiesAtBudgetLine: undefined,
      tiesAtBudgetLineRef: undefined,
      reserve: undefined,
      lastProject: undefined,
    })
    const result = rankApplications({
      call,
      applications: [app('A', '2000.00', 5, 5), app('B', '2000.00', 4, 4), app('C', '2000.00', 4, 4)],
    })
    const rows = byId(result)
    expect(rows.B?.decision).toBe('tie-unresolved')
    expect(rows.B?.reasons[0]?.ref).toMatchObject({ number: 'A1-596', kind: 'ministers-order' })
    expect(result.trace.missingFacts).toContain('call.evaluation.tiesAtBudgetLine')
    expect(result.funding.missingPolicies).toEqual(['evaluation.tiesAtBudgetLine'])
    for (const ref of allRefs(result)) expect(ownOrMinistryOrLaw(ref)).toBe(true)
  })
})

describe('the call’s policies', () => {
  it('funds the commission’s eligible amount ("Sumažinta suma"), capped by the maximum, and says it was reduced', () => {
    const result = rankApplications({
      call: base(),
      applications: [
        app('A', '3000.00', 5, 5, { eligibleAmount: '2500.00' }),
        app('B', '1000.00', 5, 4, { eligibleAmount: '900.50' }),
      ],
    })
    const rows = byId(result)
    expect(rows.A?.amount).toBe('2000.00') // capped by the maximum
    expect(rows.B?.amount).toBe('900.50')
    expect(rows.B?.eligibleAmount).toBe('900.50')
    expect(rows.B?.reasons[0]?.message.text).toBe(
      'Projektas finansuojamas: skiriama 900,50 Eur – komisijos tinkama finansuoti pripažinta suma (prašyta 1 000,00 Eur).',
    )
    expect(result.trace.reasons.find((r) => r.ruleId === 'evaluation.cut-off')?.facts.reduced).toEqual(['B'])
  })

  it('split-equally: water-filling at the budget line, rounded down, the leftover cents in the trace', () => {
    // 1000.01 left for three tied projects: one asks 300.00, the two others share 700.01 → 350.00 each, 0.01 left.
    const result = rankApplications({
      call: base({}, { budget: { kind: 'total', amount: '3000.01' } }),
      applications: [
        app('A', '2000.00', 5, 5),
        app('B', '300.00', 4, 4),
        app('C', '2000.00', 4, 4),
        app('D', '2000.00', 4, 4),
      ],
    })
    const rows = byId(result)
    expect([rows.B?.amount, rows.C?.amount, rows.D?.amount]).toEqual(['300.00', '350.00', '350.00'])
    const split = result.trace.reasons.find((r) => r.message.key === 'evaluation.tie.splitSummary')!
    expect(split.facts.leftover).toBe('0.01')
    expect(split.message.text).toContain('nepaskirstyta 0,01 Eur')
    expect(result.summary.totals.remaining).toBe('0.01')
  })

  it('split-proportionally: shares by amounts, exact to the cent', () => {
    const result = rankApplications({
      call: base(
        { tiesAtBudgetLine: 'split-proportionally' },
        { budget: { kind: 'total', amount: '3000.00' } },
      ),
      applications: [app('A', '2000.00', 5, 5), app('B', '1000.00', 4, 4), app('C', '2000.00', 4, 4)],
    })
    const rows = byId(result)
    expect([rows.B?.amount, rows.C?.amount]).toEqual(['333.33', '666.67'])
    expect(result.summary.totals.remaining).toBe('0.00')
  })

  it('reserve rows carry the proposed amount (eligible amount capped by the maximum) when the call says so', () => {
    const result = rankApplications({
      call: base({}, { budget: { kind: 'total', amount: '2000.00' } }),
      applications: [
        app('A', '2000.00', 5, 5),
        app('B', '3000.26', 4, 4),
        app('C', '2980.00', 4, 3, { eligibleAmount: '1780.00' }),
      ],
    })
    const rows = byId(result)
    expect([rows.B?.proposedAmount, rows.C?.proposedAmount]).toEqual(['2000.00', '1780.00'])
    expect(rows.B?.reasons[0]?.message.text).toContain('siūloma skirti 2 000,00 Eur')
  })

  it('promoteFromReserve: declined and returned money goes down the reserve list, the last one offered the remainder', () => {
    const result = rankApplications({
      call: base({ tiesAtBudgetLine: 'report' }, { budget: { kind: 'total', amount: '4000.00' } }),
      applications: [
        app('A', '2000.00', 5, 5),
        app('B', '2000.00', 5, 4),
        app('C', '1500.00', 4, 4),
        app('D', '1500.00', 4, 3),
      ],
    })
    expect(result.rows.map((r) => r.decision)).toEqual(['funded', 'funded', 'reserve', 'reserve'])
    const next = promoteFromReserve(result, { declined: ['A'], returned: [{ id: 'B', amount: '100.00' }] })
    expect(next.available).toBe('2100.00')
    expect(next.promoted.map((p) => [p.id, p.amount, p.remainder])).toEqual([
      ['C', '1500.00', false],
      ['D', '600.00', true],
    ])
    expect(next.remaining).toBe('0.00')
    expect(next.promoted[1]?.reasons[0]?.ref.point).toBe('33')
    expect(() => promoteFromReserve(result, { declined: ['C'] })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
  })

  it('per-criterion minimum: not funded, criterion below its minimum (as Horizon Europe)', () => {
    const result = rankApplications({ call: base(), applications: [app('A', '100.00', 2, 5)] })
    const row = result.rows[0]!
    expect(row.decision).toBe('not-funded')
    expect(row.reasons[0]?.message.text).toBe(
      'Projektas nefinansuojamas: kriterijaus „Aktualumas“ balų vidurkis 2 mažesnis už kvietime nustatytą minimalų 3.',
    )
  })

  it('over the maximum: rejected under reject, not ranked (naming the parameter) where the call is silent', () => {
    const apps = [app('A', '2500.00', 5, 5), app('B', '1000.00', 4, 4)]
    const rejected = rankApplications({
      call: base(
        {},
        { amounts: { minPerProject: '500.00', maxPerProject: '2000.00', overMaximum: 'reject' } },
      ),
      applications: apps,
    })
    expect(byId(rejected).A?.decision).toBe('not-funded')
    expect(byId(rejected).B?.decision).toBe('funded')
    const silent = rankApplications({
      call: base({}, { amounts: { minPerProject: '500.00', maxPerProject: '2000.00' } }),
      applications: apps,
    })
    expect(byId(silent).A?.decision).toBe('formal-check-pending')
    expect(silent.trace.missingFacts).toContain('call.amounts.overMaximum')
  })

  it('last project: silent call keeps the next project on the reserve list and names the parameter', () => {
    const result = rankApplications({
      call: base({ lastProject: undefined }, { budget: { kind: 'total', amount: '3000.00' } }),
      applications: [app('A', '2000.00', 5, 5), app('B', '2000.00', 4, 4)],
    })
    expect(byId(result).B?.decision).toBe('reserve')
    expect(byId(result).B?.reasons[0]?.message.key).toBe('evaluation.lastProject.unstated')
    expect(result.funding.missingPolicies).toContain('evaluation.lastProject')
  })

  it('envelopes: each eldership funds its own under its own minimum and maximum; unspent money pooled', () => {
    const envelopes = (unspent?: 'pooled' | 'returned', evaluation: Record<string, unknown> = {}) =>
      base(evaluation, {
        budget: {
          kind: 'envelopes',
          envelopes: [
            envelope('pusyne', 'Pušynės seniūnija', 'Pušynė', '2925.00', '200.00', '2000.00'),
            envelope('ezerynai', 'Ežerynų seniūnija', 'Ežerynai', '1660.00', '300.00', '1660.00'),
          ],
          ...(unspent ? { unspent } : {}),
        },
        amounts: { overMaximum: 'cap' },
      })
    const applications = [
      app('P1', '2500.00', 5, 5, { envelope: 'pusyne' }),
      app('P2', '1500.00', 4, 4, { envelope: 'pusyne' }),
      app('E1', '1000.00', 4, 4, { envelope: 'ezerynai' }),
    ]
    const pooled = rankApplications({ call: envelopes('pooled'), applications })
    const rows = byId(pooled)
    expect(rows.P1?.amount).toBe('2000.00') // Pušynė's own maximum
    expect(rows.E1?.amount).toBe('1000.00')
    // Pušynė has 925.00 left (P2 gets it as its remainder, above its minimum of 200.00); Ežerynai 660.00 unspent.
    expect(rows.P2?.amount).toBe('925.00')
    expect(pooled.funding.pools.map((p) => [p.envelope, p.funded, p.remaining])).toEqual([
      ['pusyne', '2925.00', '0.00'],
      ['ezerynai', '1000.00', '660.00'],
    ])
    const silent = rankApplications({
      call: envelopes(undefined, { lastProject: { policy: 'reserve' } }),
      applications: [
        app('P1', '2000.00', 5, 5, { envelope: 'pusyne' }),
        app('P2', '2000.00', 4, 4, { envelope: 'pusyne' }),
        app('E1', '100.00', 4, 4, { envelope: 'ezerynai' }),
      ],
    })
    expect(silent.funding.missingPolicies).toContain('budget.unspent')
  })

  it('envelopes: pooled money funds a project its envelope could not', () => {
    const call = base(
      { lastProject: { policy: 'reserve' } },
      {
        budget: {
          kind: 'envelopes',
          envelopes: [
            envelope('a', 'A seniūnija', 'A', '1000.00', '100.00', '1000.00'),
            envelope('b', 'B seniūnija', 'B', '1000.00', '100.00', '1000.00'),
          ],
          unspent: 'pooled',
        },
        amounts: { overMaximum: 'cap' },
      },
    )
    const result = rankApplications({
      call,
      applications: [
        app('A1', '600.00', 5, 5, { envelope: 'a' }),
        app('A2', '600.00', 4, 4, { envelope: 'a' }),
        app('B1', '300.00', 4, 4, { envelope: 'b' }),
      ],
    })
    const rows = byId(result)
    expect(rows.A2?.amount).toBe('600.00')
    expect(rows.A2?.reasons[0]?.message.key).toBe('evaluation.envelope.pooled')
    expect(result.funding.pooled).toEqual({ leftover: '1100.00', funded: '600.00', remaining: '500.00' })
  })
})
