import { fc, test } from '@fast-check/vitest'
import type { LegalRef } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { callArb } from '../test/arbitraries.js'
import { madeUpCall } from '../test/support.js'
import {
  CALL_POLICIES,
  type Call,
  type CallCitation,
  CallsError,
  calls,
  citationFor,
  defaultRefs,
  ministryRefFor,
  parseCall,
} from './index.js'
import { envelopeOf } from './testing.js'

const SADM = 'Lietuvos Respublikos socialinės apsaugos ir darbo ministras'
const defaults = Object.values(defaultRefs) as LegalRef[]

/** Every full reference written anywhere in the call (its own description and its policies' acts). */
function ownRefs(call: Call): LegalRef[] {
  const out: LegalRef[] = []
  const walk = (v: unknown) => {
    if (!v || typeof v !== 'object') return
    if (!Array.isArray(v) && 'act' in v && 'url' in v) out.push(v as LegalRef)
    else for (const child of Object.values(v)) walk(child)
  }
  walk(call)
  return out
}

/** The rule the issue sets: the call's own reference (or one of its points), or the ministry's, or a law. */
function isAllowed(call: Call, c: CallCitation): boolean {
  if (c.source === 'call') {
    const { quote: _q, point: _p, ...base } = call.ref
    const own = ownRefs(call).some((r) => JSON.stringify(r) === JSON.stringify(c.ref))
    const { quote: _cq, point: _cp, ...citedBase } = c.ref
    const pointOfOwn = JSON.stringify(citedBase) === JSON.stringify(base)
    return own || pointOfOwn
  }
  const isDefault = defaults.some((r) => r === c.ref)
  if (c.source === 'law') return isDefault && c.ref.kind === 'law'
  return (
    isDefault &&
    (c.ref.kind === 'model-description' || c.ref.kind === 'ministers-order') &&
    c.ref.issuer === SADM
  )
}

describe('citationFor', () => {
  const prienai = calls['prienai-district-2021-repeat']

  it("cites the point of the call's own description where the policy gives one", () => {
    const c = citationFor(prienai, 'applicants')
    expect(c).toMatchObject({ source: 'call', stated: true, policy: 'applicants' })
    expect(c.ref).toMatchObject({ number: 'A3-328', point: '42', kind: 'directors-order' })
    expect(c.ref.quote).toContain('nebegali')
  })

  it("cites the call's own reference where the call states the policy without a point", () => {
    expect(citationFor(prienai, 'amounts')).toEqual({
      policy: 'amounts',
      ref: prienai.ref,
      source: 'call',
      stated: true,
    })
  })

  it("cites the ministry's description or plan where the call is silent, never another municipality's act", () => {
    const ties = citationFor(prienai, 'tiesAtBudgetLine')
    expect(ties).toMatchObject({ source: 'ministry-model', stated: false })
    expect(ties.ref).toBe(defaultRefs.standard2021Description)
    const vilnius = citationFor(calls['vilnius-2024'], 'reserve')
    expect(vilnius.ref).toBe(defaultRefs.plan2023to2025)
    expect(vilnius.ref.issuer).toBe(SADM)
    // A made-up 2025 call is never told its reserve list rests on a Kėdainiai decree or its last project on a
    // Tauragė order (the defect issue 17 names).
    const made = parseCall(
      madeUpCall({
        id: 'vilnius-2025',
        municipality: { name: 'Vilniaus miesto savivaldybė' },
        model: 'pilot',
      }),
    )

    for (const policy of ['reserve', 'lastProject'] as const) {
      const c = citationFor(made, policy)
      expect(c.ref.act).not.toMatch(/Kėdain|Taurag/)
      expect(c.source).toBe('ministry-model')
    }
  })

  it('falls back to the law where no ministry act is cited for the year', () => {
    expect(ministryRefFor('standard', 2026)).toBeUndefined()
    const call = { ...calls['vilnius-2024'], year: 2026 }
    expect(citationFor(call, 'reserve')).toMatchObject({
      source: 'law',
      ref: defaultRefs.communityOrganisationsLaw,
    })
    const silent = { ...call, applicants: undefined } as unknown as Call
    expect(citationFor(silent, 'applicants').ref).toBe(defaultRefs.communityOrganisationDefinition)
  })

  it('uses the pilot description for 2022 pilot calls and cites Kėdainiai 2024 point 40 for its reserve list', () => {
    expect(citationFor(calls['taurage-district-2022-pilot'], 'passMark').ref).toBe(
      defaultRefs.pilot2022Description,
    )
    const reserve = citationFor(calls['kedainiai-district-2024-pilot-additional'], 'reserve')
    expect(reserve).toMatchObject({ source: 'call', stated: true, ref: { point: '40' } })
  })

  it("prefers an envelope's or a criterion's own point to the section's", () => {
    const call = parseCall(
      madeUpCall({
        ref: {
          act: 'Pavyzdžių r. sav. aprašas',
          url: 'https://e-tar.lt/portal/lt/legalAct/example',
          point: '1',
        },
        budget: {
          kind: 'envelopes',
          ref: { point: '10' },
          envelopes: [
            envelopeOf('a', { lt: 'A seniūnija', en: 'A eldership' }, ['3000.00', '200.00', '2000.00'], {
              ref: { point: '10.1' },
            }),
            envelopeOf('b', { lt: 'B', en: 'B' }, ['3000.00', '0.00', '3000.00']),
          ],
        },
        evaluation: {
          ref: { point: '20' },
          criteria: [
            {
              id: 'q',
              title: { lt: 'Kokybė', en: 'Quality' },
              min: 0,
              max: 5,
              weight: '1',
              minimumScore: 3,
              ref: { point: '21' },
            },
          ],
        },
      }),
    )
    expect(citationFor(call, 'amounts', { envelope: 'a' }).ref.point).toBe('10.1')
    expect(citationFor(call, 'amounts', { envelope: 'b' }).ref.point).toBe('10')
    expect(citationFor(call, 'scoring', { criterion: 'q' }).ref.point).toBe('21')
    expect(citationFor(call, 'scoring').ref.point).toBe('20')
    expect(citationFor(call, 'call').ref.point).toBe('1')
    expect(citationFor(call, 'unspent')).toMatchObject({ stated: false, source: 'ministry-model' })
  })

  it('names an unknown policy, envelope or criterion with a typed error (own names only)', () => {
    const call = calls['vilnius-2024']
    expect(() => citationFor(call, '__proto__' as never)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_POLICY' }),
    )
    expect(() => citationFor(call, 'amounts', { envelope: 'constructor' })).toThrow(CallsError)
    expect(() => citationFor(call, 'scoring', { criterion: 'prototype' })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_CRITERION' }),
    )
  })

  it('every citation of every catalog call is its own, the ministry’s or a law’s', () => {
    for (const call of Object.values(calls)) {
      for (const policy of CALL_POLICIES) {
        const c = citationFor(call, policy)
        expect(isAllowed(call, c), `${call.id} ${policy}: ${c.ref.act}`).toBe(true)
      }
    }
  })
})

describe('properties', () => {
  test.prop([callArb()])(
    "every citation of a made-up call is the call's own, the ministry's or a law's — never a catalog municipality's act",
    (input) => {
      const call = parseCall(input)
      const catalogActs = new Set(
        Object.values(calls)
          .flatMap(ownRefs)
          .filter((r) => r.issuer !== SADM && r.kind !== 'law')
          .map((r) => r.act),
      )
      for (const policy of CALL_POLICIES) {
        const c = citationFor(call, policy)
        expect(isAllowed(call, c), `${policy}: ${JSON.stringify(c)}`).toBe(true)
        expect(catalogActs.has(c.ref.act)).toBe(false)
        expect(c.stated).toBe(c.source === 'call')
      }
    },
  )

  test.prop([callArb(), fc.constantFrom(...CALL_POLICIES)])(
    'a stated policy is cited from the call, a silent one from the ministry or the law',
    (input, policy) => {
      const call = parseCall(input)
      const c = citationFor(call, policy)
      if (c.stated) expect(c.source).toBe('call')
      else expect(['ministry-model', 'law']).toContain(c.source)
    },
  )
})
