import { type Call, calls, parseCall } from '@talka/calls'
import { envelopeOf } from '@talka/calls/testing'
import type { LegalRef } from '@talka/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkBudget } from './budget.js'
import { checkEligibility } from './check.js'
import { completeFactsArb, partialFactsArb } from './testing.js'

// Issue 17, item 2: citations belong to the call. Every reason of a community-measure check cites the
// call's own reference (or a point of it), or, where the call is silent, the ministry's act or the law —
// never another municipality's act.

const SADM = /socialinės apsaugos ir darbo ministr/i

/** Every full LegalRef the call itself carries (its `ref` and any policy's own full reference). */
function ownRefs(call: Call): LegalRef[] {
  const out: LegalRef[] = []
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') {
      if ('act' in value && 'url' in value) out.push(value as LegalRef)
      else Object.values(value).forEach(walk)
    }
  }
  walk(call)
  return out
}

/** Why a reference is allowed for this call, or undefined when it is not. */
function allowedBecause(ref: LegalRef, call: Call): string | undefined {
  if (ownRefs(call).some((own) => own.act === ref.act && own.url === ref.url)) return 'own'
  if (ref.kind === 'law') return 'law'
  if (ref.issuer !== undefined && SADM.test(ref.issuer)) return 'ministry'
  if (ref.kind === 'ministers-order' || ref.kind === 'model-description') return 'ministry'
  return undefined
}

const SETS = ['community-measure/applicant', 'community-measure/project'] as const

/** Every reference cited by every reason for many facts (complete and partial), plus the budget's caps. */
function citedRefs(call: Call): { ruleId: string; ref: LegalRef }[] {
  const out: { ruleId: string; ref: LegalRef }[] = []
  const asOf = `${Math.min(Math.max(call.year, 2017), 2025)}-06-01`
  for (const set of SETS) {
    const facts = [
      {},
      ...fc.sample(completeFactsArb(set), { numRuns: 60, seed: 17 }),
      ...fc.sample(partialFactsArb(set), { numRuns: 60, seed: 18 }),
    ]
    const envelopes = call.budget?.kind === 'envelopes' ? call.budget.envelopes.map((e) => e.id) : []
    for (const f of facts) {
      const variants: Record<string, unknown>[] = [f]
      if (set === 'community-measure/project') {
        for (const envelope of envelopes) {
          variants.push({ ...f, envelope }, { ...f, envelope, requestedAmount: '999999.99' })
        }
        variants.push({ ...f, requestedAmount: '999999.99' }, { ...f, requestedAmount: '0.01' })
      }
      for (const v of variants) {
        const verdict = checkEligibility(set, v as never, { asOf, call })
        for (const reason of verdict.reasons) out.push({ ruleId: reason.ruleId, ref: reason.ref })
      }
    }
  }
  for (const lines of fc.sample(completeFactsArb('community-measure/project'), { numRuns: 30, seed: 19 })) {
    for (const c of checkBudget(call, lines.budgetLines ?? []).categories) {
      if (c.capRef) out.push({ ruleId: 'checkBudget', ref: c.capRef })
    }
  }
  return out
}

const expectOnlyAllowed = (call: Call) => {
  const cited = citedRefs(call)
  const bad = cited.filter(({ ref }) => allowedBecause(ref, call) === undefined)
  expect(bad.map(({ ruleId, ref }) => `${ruleId}: ${ref.act}`)).toEqual([])
  return cited
}

// A municipality that is in no catalog, with its own description and points.
const pavyzdziai = parseCall({
  id: 'pavyzdziai-district-2025',
  name: {
    lt: 'Pavyzdžių rajono savivaldybės 2025 m. kvietimas pagal 2.1.1.1 priemonę',
    en: 'Pavyzdžiai district 2025 call under measure 2.1.1.1',
  },
  municipality: { name: 'Pavyzdžių rajono savivaldybė' },
  year: 2025,
  model: 'standard',
  ref: {
    act: 'Priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo Pavyzdžių rajono savivaldybėje aprašas (mero 2025-03-14 potvarkis Nr. M-77)',
    kind: 'mayors-decree',
    issuer: 'Pavyzdžių rajono savivaldybės meras',
    date: '2025-03-14',
    number: 'M-77',
    url: 'https://pavyzdziai.example.lt/aprasas-m-77',
    status: 'verified',
  },
  budget: {
    kind: 'envelopes',
    envelopes: [
      envelopeOf(
        'akademija',
        { lt: 'Pušynės seniūnija', en: 'Pušynė eldership' },
        ['2925.00', '200.00', '2000.00'],
        { activityAreas: ['cultural-educational'], ref: { point: '8.1' } },
      ),
      envelopeOf('alsenai', { lt: 'Ežerynų seniūnija', en: 'Ežerynai eldership' }, [
        '1660.00',
        '300.00',
        '1660.00',
      ]),
    ],
    unspent: 'pooled',
    ref: { point: '8' },
  },
  amounts: { overMaximum: 'cap', ref: { point: '9' } },
  applicants: { admitted: 'community-organisations-then-ngos', requireNgoMark: true, ref: { point: '5' } },
  activities: { areas: ['cultural-educational', 'public-spaces'], ref: { point: '11' } },
  costs: {
    ineligibleCategories: ['alcohol'],
    caps: [{ category: 'long-term-tangible-assets', maxShare: '0.2', ref: { point: '14.3' } }],
    activityPeriod: { from: '2025-05-01', until: '2025-11-30' },
    ref: { point: '14' },
  },
})

/** The same municipality's call, silent on everything it may leave out, in every year and model. */
const silentCalls: Call[] = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].flatMap((year) =>
  (['standard', 'pilot'] as const).map((model) =>
    parseCall({
      id: `pavyzdziai-district-${year}-${model}`,
      name: pavyzdziai.name,
      municipality: pavyzdziai.municipality,
      year,
      model,
      ref: pavyzdziai.ref,
      amounts: { minPerProject: '100.00', maxPerProject: '1000.00' },
      costs: { caps: [{ category: 'long-term-tangible-assets', maxShare: '0.2' }] },
    }),
  ),
)

describe('citations belong to the call', () => {
  it('a made-up call (Pavyzdžių rajono savivaldybė) is cited only by itself, the ministry or the law', () => {
    const cited = expectOnlyAllowed(pavyzdziai)
    // Every community-measure rule was reached, and the call's own points are cited.
    expect(new Set(cited.map((c) => c.ruleId))).toEqual(
      new Set(['A1', 'A2', 'A3', 'A4', 'A5', 'P1', 'P2', 'P3', 'P4', 'checkBudget']),
    )
    const points = new Set(cited.map((c) => c.ref.point))
    for (const point of ['5', '8', '8.1', '9', '11', '14', '14.3']) expect(points).toContain(point)
  })

  it.each(silentCalls.map((c) => [c.id, c] as const))(
    'a silent call (%s) is cited only by itself, the ministry or the law',
    (_id, call) => {
      const cited = expectOnlyAllowed(call)
      // Where the call is silent, the fallback is never a municipality's act.
      expect(cited.some((c) => allowedBecause(c.ref, call) !== 'own')).toBe(true)
    },
  )

  it.each(Object.values(calls).map((c) => [c.id, c] as const))(
    'catalog call %s is cited only by itself, the ministry or the law',
    (_id, call) => {
      expectOnlyAllowed(call)
    },
  )

  it('a call silent on over-maximum requests cites the ministry for that answer, marked by its kind', () => {
    const verdict = checkEligibility(
      'community-measure/project',
      { requestedAmount: '1000.01' },
      { asOf: '2024-06-01', call: silentCalls.find((c) => c.year === 2024) as Call },
    )
    const p1 = verdict.reasons.find((r) => r.ruleId === 'P1')
    expect(p1?.result).toBe('unknown')
    expect(p1?.ref.kind).toBe('ministers-order')
    expect(p1?.ref.number).toBe('A1-596')
  })
})
