import type { CallInput } from '@talka/calls'
import { envelopeOf } from '@talka/calls/testing'
import { ValidationError } from '@talka/core'
import { findNonStrictObjects } from '@talka/core/testing'
import { describe, expect, it } from 'vitest'
import { exampleDistrictCall } from '../test/example-district-call.js'
import {
  IGNALINA_2024_URL,
  ignalina2024Call,
  ignalina2024Table,
  SVENCIONYS_2024_URL,
  svencionys2024Call,
  svencionys2024Table,
} from '../test/published-decisions.js'
import {
  checkPublishedRanking,
  type PublishedRankingTableInput,
  PublishedRankingTableSchema,
  parsePublishedRankingTable,
  safeParsePublishedRankingTable,
} from './index.js'

const call: CallInput = {
  ...exampleDistrictCall,
  ref: { ...exampleDistrictCall.ref, kind: 'mayors-decree' },
  budget: { ...exampleDistrictCall.budget, ref: { point: '5' } },
  amounts: { ...exampleDistrictCall.amounts, ref: { point: '7' } },
  evaluation: {
    passMark: exampleDistrictCall.evaluation.passMark,
    fundingOrder: { order: 'strict', ref: { point: '38' } },
    tiesAtBudgetLine: 'split-equally',
    tiesAtBudgetLineRef: { point: '39' },
    reserve: exampleDistrictCall.evaluation.reserve,
  },
}

type Row = { applicationNo: string; average: string; requested: string }
const funded = (no: number, r: Row & { granted: string }) => ({
  no,
  organisation: `Bendruomenė ${no}`,
  project: `Projektas ${no}`,
  ...r,
})

/** A table that breaks no rule: A, B in full, C capped at the maximum, D gets the remainder. */
function clean(): PublishedRankingTableInput & { funded: ReturnType<typeof funded>[] } {
  return {
    callId: 'example-district-2025',
    date: '2025-04-30',
    funded: [
      funded(1, { applicationNo: 'A', average: '90', requested: '3000.00', granted: '3000.00' }),
      funded(2, { applicationNo: 'B', average: '80', requested: '2500.00', granted: '2500.00' }),
      funded(3, { applicationNo: 'C', average: '70', requested: '3500.00', granted: '3000.00' }),
      funded(4, { applicationNo: 'D', average: '65', requested: '2000.00', granted: '1500.00' }),
    ],
    total: '10000.00',
    reserve: [
      {
        no: 1,
        applicationNo: 'E',
        organisation: 'Bendruomenė E',
        project: 'Projektas E',
        average: '62',
        requested: '2000.00',
        proposed: '2000.00',
      },
    ],
    reserveTotal: '2000.00',
    notFunded: [
      {
        applicationNo: 'F',
        organisation: null,
        project: null,
        average: '40',
        requested: '1000.00',
        reason: 'Nesurinko minimalaus balų skaičiaus',
      },
    ],
  }
}

const codes = (c: CallInput, t: PublishedRankingTableInput) =>
  checkPublishedRanking(c, t).findings.map((f) => f.code)

describe('checkPublishedRanking: seeded errors', () => {
  it('finds nothing in a clean table', () => {
    const report = checkPublishedRanking(call, clean())
    expect(report.findings).toEqual([])
    expect(report.findingCount).toBe(0)
    expect(report.fundedSum).toBe('10000.00')
    expect(report.reserveSum).toBe('2000.00')
  })

  it('(a) a stated total that is not the sum of the rows, with the budget point cited', () => {
    const report = checkPublishedRanking(call, { ...clean(), total: '9999.30' })
    expect(report.findings.map((f) => f.code)).toEqual(['TOTAL_MISMATCH'])
    const f = report.findings[0]!
    expect(f.params).toEqual({ stated: '9999.30', sum: '10000.00', difference: '0.70' })
    expect(f.message.lt).toBe(
      'Po finansuojamų projektų sąrašu nurodyta suma VISO 9 999,30 Eur nesutampa su skiriamų sumų suma 10 000,00 Eur (skirtumas 0,70 Eur).',
    )
    expect(f.citation.source).toBe('call')
    expect(f.citation.ref.point).toBe('5')
    expect(f.path).toEqual(['total'])
  })

  it('(a) also for the reserve list when its total is stated', () => {
    expect(codes(call, { ...clean(), reserveTotal: '2100.00' })).toEqual(['TOTAL_MISMATCH'])
  })

  it('(b) amounts granted above the budget', () => {
    const small: CallInput = { ...call, budget: { kind: 'total', amount: '9000.00' } }
    const report = checkPublishedRanking(small, clean())
    expect(report.findings.map((f) => f.code)).toEqual(['OVER_BUDGET'])
    expect(report.findings[0]!.message.en).toBe(
      'The amounts granted, EUR 10,000.00 in all, exceed the budget of the call (EUR 9,000.00).',
    )
  })

  it('(c) an amount above the maximum, and a proposed amount above it', () => {
    const t = clean()
    t.funded[2] = { ...t.funded[2]!, granted: '3200.00' }
    t.funded[3] = { ...t.funded[3]!, granted: '1300.00' }
    const report = checkPublishedRanking(call, t)
    expect(report.findings.map((f) => f.code)).toEqual(['ABOVE_MAXIMUM'])
    expect(report.findings[0]!.rows).toEqual([{ section: 'funded', index: 2, applicationNo: 'C' }])
    expect(report.findings[0]!.citation.ref.point).toBe('7')
    expect(report.findings[0]!.message.lt).toBe(
      'Projektui C skiriama suma 3 200,00 Eur viršija didžiausią vienam projektui galimą sumą (3 000,00 Eur).',
    )
    const reserve = clean()
    reserve.reserve = [{ ...reserve.reserve![0]!, requested: '3500.00', proposed: '3100.00' }]
    delete reserve.reserveTotal
    expect(codes(call, reserve)).toEqual(['ABOVE_MAXIMUM'])
  })

  it('(d) a funded project below the pass mark', () => {
    const t = clean()
    t.funded[3] = { ...t.funded[3]!, average: '59.99' }
    t.reserve = [{ ...t.reserve![0]!, average: '58' }]
    const report = checkPublishedRanking(call, t)
    expect(report.findings.map((f) => f.code)).toEqual(['BELOW_PASS_MARK'])
    expect(report.findings[0]!.citation.ref.point).toBe('28')
    expect(report.findings[0]!.message.lt).toContain('(59,99)')
  })

  it('(e) a reserve project scoring above a funded one', () => {
    const t = clean()
    t.reserve = [{ ...t.reserve![0]!, average: '75.5' }]
    const report = checkPublishedRanking(call, t)
    expect(report.findings.map((f) => f.code)).toEqual(['RESERVE_ABOVE_FUNDED'])
    expect(report.findings[0]!.rows.map((r) => r.applicationNo)).toEqual(['E', 'D'])
    expect(report.findings[0]!.citation.ref.point).toBe('38')
    // Not a finding where the call funds a smaller project further down (skip-ahead).
    const skip: CallInput = {
      ...call,
      evaluation: { ...call.evaluation, fundingOrder: { order: 'skip-ahead' } },
    }
    expect(codes(skip, t)).toEqual([])
  })

  it('(f) a tie split between the funded and the reserve list where the call states no tie-break', () => {
    const t = clean()
    t.reserve = [{ ...t.reserve![0]!, average: '65.0' }]
    const report = checkPublishedRanking(call, t)
    expect(report.findings.map((f) => f.code)).toEqual(['UNEQUAL_TIE'])
    expect(report.findings[0]!.rows.map((r) => r.applicationNo)).toEqual(['D', 'E'])
    expect(report.findings[0]!.citation.ref.point).toBe('39')
    // A call that breaks ties by a criterion or a lot may fund one and not the other.
    const keys: CallInput = {
      ...call,
      evaluation: { ...call.evaluation, tiesAtBudgetLine: { keys: ['submittedAt'] } },
    }
    expect(codes(keys, t)).toEqual([])
  })

  it('(f) unequal shares of the remainder where the call says split-equally', () => {
    const t = clean()
    const tied = (granted: string, other: string) => [
      ...t.funded.slice(0, 3),
      funded(4, { applicationNo: 'D', average: '65', requested: '2000.00', granted }),
      funded(5, { applicationNo: 'G', average: '65', requested: '2000.00', granted: other }),
    ]
    expect(codes(call, { ...t, funded: tied('750.00', '750.00') })).toEqual([])
    const report = checkPublishedRanking(call, { ...t, funded: tied('1000.00', '500.00') })
    expect(report.findings.map((f) => f.code)).toEqual(['UNEQUAL_TIE'])
    expect(report.findings[0]!.key).toBe('evaluation.published.unequalShares')
    // A tied project that asked for less than its share (750) gets its request, the other the rest.
    const small = [
      ...t.funded.slice(0, 3),
      funded(4, { applicationNo: 'D', average: '65', requested: '500.00', granted: '500.00' }),
      funded(5, { applicationNo: 'G', average: '65', requested: '2000.00', granted: '1000.00' }),
    ]
    expect(codes(call, { ...t, funded: small })).toEqual([])
  })

  it('(g) an amount above the request, and a proposed amount above it', () => {
    const t = clean()
    t.funded[1] = { ...t.funded[1]!, granted: '2600.00' }
    t.funded[3] = { ...t.funded[3]!, granted: '1400.00' }
    const report = checkPublishedRanking(call, t)
    expect(report.findings.map((f) => f.code)).toEqual(['ABOVE_REQUESTED'])
    expect(report.findings[0]!.path).toEqual(['funded', 1, 'granted'])
    const r = clean()
    r.reserve = [{ ...r.reserve![0]!, proposed: '2100.00' }]
    r.reserveTotal = '2100.00'
    expect(codes(call, r)).toEqual(['ABOVE_REQUESTED'])
  })

  it('checks nothing the call does not state', () => {
    const silent: CallInput = {
      id: call.id,
      name: call.name,
      municipality: call.municipality,
      year: 2025,
      model: 'standard',
      ref: call.ref,
    }
    const t = clean()
    t.funded[3] = { ...t.funded[3]!, average: '10', granted: '5000.00' }
    // No budget, maximum or pass mark stated: only the table's own arithmetic and the request are checked.
    expect(codes(silent, t)).toEqual(['TOTAL_MISMATCH', 'ABOVE_REQUESTED', 'RESERVE_ABOVE_FUNDED'])
    // Where the call is silent, the citation is the ministry's model description or the law, never another act.
    const f = checkPublishedRanking(silent, t).findings.find((x) => x.code === 'RESERVE_ABOVE_FUNDED')!
    expect(f.citation.source).not.toBe('call')
  })
})

describe('checkPublishedRanking: eldership envelopes', () => {
  const envelopes: CallInput = {
    ...call,
    amounts: { overMaximum: 'cap' },
    budget: {
      kind: 'envelopes',
      unspent: 'returned',
      envelopes: [
        envelopeOf(
          'dotnuva',
          { lt: 'Dotnuvos seniūnija', en: 'Dotnuva eldership' },
          ['2925.00', '200.00', '2000.00'],
          { ref: { point: '12.1' } },
        ),
        envelopeOf('josvainiai', { lt: 'Josvainių seniūnija', en: 'Josvainiai eldership' }, [
          '4000.00',
          '200.00',
          '3000.00',
        ]),
      ],
    },
  }
  const row = (no: number, applicationNo: string, envelope: string, average: string, granted: string) => ({
    no,
    applicationNo,
    organisation: null,
    project: null,
    average,
    requested: '3000.00',
    granted,
    envelope,
  })

  it("uses each envelope's maximum and budget", () => {
    const table: PublishedRankingTableInput = {
      callId: call.id,
      funded: [
        row(1, 'D1', 'dotnuva', '80', '2000.00'),
        row(2, 'D2', 'dotnuva', '70', '925.00'),
        row(3, 'J1', 'josvainiai', '60', '2500.00'),
      ],
      total: '5425.00',
    }
    expect(codes(envelopes, table)).toEqual([])
    const over = {
      ...table,
      funded: [row(1, 'D1', 'dotnuva', '80', '2500.00'), ...table.funded.slice(1)],
      total: '5925.00',
    }
    const report = checkPublishedRanking(envelopes, over)
    expect(report.findings.map((f) => f.code)).toEqual(['OVER_BUDGET', 'ABOVE_MAXIMUM'])
    expect(report.findings[0]!.message.lt).toContain('„Dotnuvos seniūnija“')
    expect(report.findings[0]!.message.en).toContain('"Dotnuva eldership"')
    expect(report.findings[1]!.citation.ref.point).toBe('12.1')
  })

  it('compares reserve and funded projects within their own envelope', () => {
    const table: PublishedRankingTableInput = {
      callId: call.id,
      funded: [row(1, 'D1', 'dotnuva', '50', '2000.00'), row(2, 'J1', 'josvainiai', '90', '3000.00')],
      total: '5000.00',
      reserve: [
        {
          no: 1,
          applicationNo: 'J2',
          organisation: null,
          project: null,
          average: '70',
          requested: '1000.00',
          envelope: 'josvainiai',
        },
      ],
    }
    expect(
      codes({ ...envelopes, evaluation: { ...call.evaluation, passMark: { score: 40 } } }, table),
    ).toEqual([])
  })
})

describe('checkPublishedRanking: real published decisions', () => {
  it(`Švenčionys 2024 (${SVENCIONYS_2024_URL}): the stated total 14 647,15 against rows of 14 647,85`, () => {
    const report = checkPublishedRanking(svencionys2024Call, svencionys2024Table)
    expect(report.fundedSum).toBe('14647.85')
    expect(report.findings.map((f) => f.code)).toEqual(['TOTAL_MISMATCH'])
    expect(report.findings[0]!.params).toEqual({ stated: '14647.15', sum: '14647.85', difference: '0.70' })
    expect(report.findings[0]!.message.lt).toContain('VISO 14 647,15 Eur')
    expect(report.findings[0]!.message.lt).toContain('14 647,85 Eur')
    // The tie 105,5 / 105,5 is inside the funded list: both funded, no finding.
  })

  it(`Ignalina 2024 (${IGNALINA_2024_URL}): 3 046,57 granted above an assumed 3 000,00 maximum`, () => {
    const report = checkPublishedRanking(ignalina2024Call, ignalina2024Table)
    expect(report.fundedSum).toBe('9550.00')
    expect(report.findings.map((f) => f.code)).toEqual(['ABOVE_MAXIMUM'])
    expect(report.findings[0]!.rows).toEqual([
      { section: 'funded', index: 2, applicationNo: 'BO-P-2024-220' },
    ])
    expect(report.findings[0]!.message.en).toBe(
      'The amount granted to project BO-P-2024-220, EUR 3,046.57, is above the maximum per project (EUR 3,000.00).',
    )
    // The remainder 1 174,72 of a 1 271,60 request is below the request: no finding.
  })
})

describe('checkPublishedRanking: input', () => {
  it('the table schema is strict at every level', () => {
    expect(findNonStrictObjects(PublishedRankingTableSchema)).toEqual([])
  })

  it('parses once: a parsed table is not validated again', () => {
    const parsed = parsePublishedRankingTable(clean())
    expect(checkPublishedRanking(call, parsed).findingCount).toBe(0)
    expect(safeParsePublishedRankingTable({ ...clean(), total: '10 000,00' }).success).toBe(false)
  })

  it('rejects a misspelt key with its path', () => {
    const r = safeParsePublishedRankingTable({ ...clean(), totl: '1.00' })
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues.map((i) => i.path)).toContainEqual([])
  })

  it('__proto__, constructor and prototype keys give a typed error and pollute nothing', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const table = JSON.parse(
        `{"callId":"x","total":"0.00","funded":[{"no":1,"applicationNo":"A","organisation":null,"project":null,"average":"1","requested":"1.00","granted":"1.00","${key}":{"polluted":true}}],"${key}":{"polluted":true}}`,
      )
      expect(() => checkPublishedRanking(call, table)).toThrow(ValidationError)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('130,000 bad rows give a ValidationError with at most 100 issues', () => {
    const table = { callId: 'x', total: '0.00', funded: new Array(130_000).fill(0) }
    try {
      checkPublishedRanking(call, table as never)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError)
      const e = error as ValidationError
      expect(e.issues.length).toBeLessThanOrEqual(100)
      expect(e.issueCount).toBeGreaterThan(100)
    }
  })

  it('an invalid call gives a ValidationError', () => {
    expect(() => checkPublishedRanking({ id: 'x' } as never, clean())).toThrow(ValidationError)
  })

  it('keeps at most 100 findings and counts them all', () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      funded(i + 1, { applicationNo: `A-${i}`, average: '90', requested: '1.00', granted: '2.00' }),
    )
    const report = checkPublishedRanking(
      { ...call, budget: { kind: 'total', amount: '100000.00' } },
      { callId: call.id, funded: rows, total: '10000.00' },
    )
    expect(report.findings).toHaveLength(100)
    expect(report.findingCount).toBe(5000)
  })
})
