import { fc, test } from '@fast-check/vitest'
import { type CallInput, parseCall } from '@talka/calls'
import { Temporal } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { exampleDistrictCall } from '../test/example-district-call.js'
import { anyRankInputArb, finalRankInputArb, rankForPublication } from '../test/published-adapter.js'
import {
  checkPublishedRanking,
  EvaluationError,
  type PublishedRankingFindingCode,
  type PublishedRankingSource,
  type PublishedRankingSourceRow,
  PublishedRankingTableSchema,
  toPublishedTables,
} from './index.js'

const call: CallInput = exampleDistrictCall

const reason = (ruleId: string, key: string, text: string) => ({
  ruleId,
  result: 'fail',
  facts: {},
  ref: { act: 'Aprašas', url: 'https://e-tar.lt/' },
  message: { key, params: {}, text },
})

const rows: PublishedRankingSourceRow[] = [
  {
    id: 'BO-1',
    applicant: '<script>alert("x")</script> & Co',
    title: '=HYPERLINK("http://x")',
    requested: '2600.00',
    average: '105.5',
    decision: 'funded',
    amount: '2600.00',
    reasons: [],
  },
  {
    id: 'BO-2',
    applicant: 'Trūdų bendruomenė',
    title: 'Vakaronė; „Prinoko obuoliai“',
    requested: '3500.00',
    average: '100.25',
    decision: 'funded',
    amount: '3000.00',
    reasons: [],
  },
  {
    id: 'BO-3',
    applicant: 'Vidutinės kaimo bendruomenė',
    title: 'Paletė',
    requested: '3026.00',
    average: '84.5',
    decision: 'reserve',
    amount: null,
    reasons: [],
  },
  {
    id: 'BO-4',
    applicant: 'Bendruomenė',
    title: 'Projektas',
    requested: '4130.00',
    average: '23',
    decision: 'not-funded',
    amount: null,
    reasons: [reason('evaluation.pass-mark', 'x', 'below')],
  },
  {
    id: 'BO-5',
    applicant: null,
    title: null,
    requested: '1000.00',
    average: null,
    decision: 'not-funded',
    amount: null,
    reasons: [reason('evaluation.formal-check', 'test.applicant', 'Negalimas pareiškėjas')],
  },
]
const result: PublishedRankingSource = { rows }

describe('toPublishedTables: data', () => {
  it('splits the result into the three lists with row numbers, totals and proposed amounts', () => {
    const { table } = toPublishedTables(result, { lang: 'lt', call, date: '2025-04-30' })
    expect(PublishedRankingTableSchema.safeParse(table).success).toBe(true)
    expect(table.callId).toBe('example-district-2025')
    expect(table.date).toBe('2025-04-30')
    expect(table.legalBasis?.act).toBe(call.ref.act)
    expect(table.funded.map((r) => [r.no, r.applicationNo, r.granted])).toEqual([
      [1, 'BO-1', '2600.00'],
      [2, 'BO-2', '3000.00'],
    ])
    expect(table.total).toBe('5600.00')
    // The proposed amount of a reserve row: its request capped at the maximum (the call says so).
    expect(table.reserve).toEqual([
      expect.objectContaining({ no: 1, applicationNo: 'BO-3', proposed: '3000.00', average: '84.5' }),
    ])
    expect(table.reserveTotal).toBe('3000.00')
    expect(table.notFunded?.map((r) => r.reason)).toEqual([
      'Projektas nesurinko Konkurso apraše nustatyto minimalaus balų skaičiaus (Aprašo 28 p.)',
      'Negalimas pareiškėjas',
    ])
    expect(checkPublishedRanking(call, table).findings).toEqual([])
  })

  it("reads a row's own proposed amount, eligible amount and envelope when the result has them", () => {
    const source: PublishedRankingSource = {
      rows: [
        { ...rows[2]!, proposedAmount: '1780.00', envelope: 'dotnuva' },
        { ...rows[2]!, id: 'BO-6', eligibleAmount: '2500.00' },
      ],
    }
    const { table } = toPublishedTables(source, { lang: 'en', call })
    expect(table.reserve?.map((r) => [r.proposed, r.envelope])).toEqual([
      ['1780.00', 'dotnuva'],
      ['2500.00', undefined],
    ])
  })

  it('gives no proposed amount where the call keeps a reserve list without one', () => {
    const noAmounts = { ...call, evaluation: { reserve: { list: true, proposedAmount: false } } }
    const { table, html } = toPublishedTables(result, { lang: 'lt', call: noAmounts })
    expect(table.reserve?.[0]?.proposed).toBeUndefined()
    expect(table.reserveTotal).toBeUndefined()
    expect(html).toContain('<h2>REZERVINIŲ PROJEKTŲ SĄRAŠAS</h2>')
    // Without the call's pass-mark point, the reason names no point.
    expect(table.notFunded?.[0]?.reason).toBe(
      'Projektas nesurinko Konkurso apraše nustatyto minimalaus balų skaičiaus',
    )
  })

  it('refuses a ranking that is not final, and unknown options', () => {
    const open = { rows: [{ ...rows[0]!, decision: 'tie-unresolved' }] }
    expect(() => toPublishedTables(open, { lang: 'lt', call })).toThrow(EvaluationError)
    try {
      toPublishedTables(open, { lang: 'lt', call })
    } catch (e) {
      expect((e as EvaluationError).code).toBe('INVALID_RESULT')
      expect((e as EvaluationError).details).toEqual({ count: 1, ids: ['BO-1'] })
    }
    expect(() => toPublishedTables(result, { lang: 'de' as never, call })).toThrow(EvaluationError)
    expect(() => toPublishedTables(result, { lang: 'lt', call, date: '2025-02-30' })).toThrow(EvaluationError)
    expect(
      toPublishedTables(result, { lang: 'lt', call, date: Temporal.PlainDate.from('2025-04-30') }).table.date,
    ).toBe('2025-04-30')
  })
})

describe('toPublishedTables: CSV', () => {
  it('writes Lithuanian numbers, published headings and safe cells', () => {
    const { csv } = toPublishedTables(result, { lang: 'lt', call })
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('FINANSUOJAMŲ PROJEKTŲ SĄRAŠAS')
    expect(lines[1]).toBe(
      'Eil. Nr.;Paraiškos Nr.;Organizacija;Projekto pavadinimas;Balų vidurkis;Prašoma suma, Eur;Skiriama suma, Eur',
    )
    expect(lines[2]).toBe(
      '1;BO-1;"<script>alert(""x"")</script> & Co";"\'=HYPERLINK(""http://x"")";105,5;2 600,00;2 600,00',
    )
    expect(lines[3]).toBe('2;BO-2;Trūdų bendruomenė;"Vakaronė; „Prinoko obuoliai“";100,3;3 500,00;3 000,00')
    expect(lines[4]).toBe('VISO;;;;;;5 600,00')
    expect(csv).toContain('REZERVINIŲ PROJEKTŲ SĄRAŠAS (Aprašo 40 p.)\r\n')
    expect(csv).toContain('NEFINANSUOJAMI PROJEKTAI\r\n')
    expect(csv).toContain(
      'Eil. Nr.;Paraiškos Nr.;Organizacija;Projekto pavadinimas;Balų vidurkis;Prašoma suma, Eur;Priežastis',
    )
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('writes English headings and plain numbers for lang en', () => {
    const { csv } = toPublishedTables(result, { lang: 'en', call })
    expect(csv.split('\r\n')[1]).toBe(
      'No.;Application No.;Organisation;Project title;Average score;Requested, EUR;Granted, EUR',
    )
    expect(csv).toContain(';105.5;2600.00;2600.00')
    expect(csv).toContain('RESERVE LIST (point 40 of the Description)')
    expect(csv).toContain('TOTAL;;;;;;5600.00')
  })
})

describe('toPublishedTables: HTML', () => {
  it('prints title, date, legal basis, the three tables with VISO and a signature block, all escaped', () => {
    const { html } = toPublishedTables(result, { lang: 'lt', call, date: '2025-04-30' })
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    for (const text of [
      '<h1>Pavyzdžių rajono 2025 m. kvietimas</h1>',
      'Data: 2025-04-30',
      'Teisinis pagrindas: Pavyzdžių rajono savivaldybės mero 2025-03-01 potvarkis Nr. M-1 (Aprašas)',
      '<h2>FINANSUOJAMŲ PROJEKTŲ SĄRAŠAS</h2>',
      '<h2>REZERVINIŲ PROJEKTŲ SĄRAŠAS (Aprašo 40 p.)</h2>',
      '<h2>NEFINANSUOJAMI PROJEKTAI</h2>',
      '<td colspan="6">VISO</td><td class="num">5 600,00</td>',
      '<td colspan="6">VISO</td><td class="num">3 000,00</td>',
      '<th>Eil. Nr.</th><th>Paraiškos Nr.</th><th>Organizacija</th><th>Projekto pavadinimas</th>',
      '(Parašas)',
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co',
      'Projektas nesurinko Konkurso apraše nustatyto minimalaus balų skaičiaus (Aprašo 28 p.)',
    ])
      expect(html).toContain(text)
    expect(html).not.toContain('<script>')
  })

  it('escapes the call name and prints English headings for lang en', () => {
    const named = { ...call, name: { lt: 'a', en: 'Call <b>"2025"</b>' } }
    const { html } = toPublishedTables({ rows: [] }, { lang: 'en', call: named })
    expect(html).toContain('<h1>Call &lt;b&gt;&quot;2025&quot;&lt;/b&gt;</h1>')
    expect(html).toContain('<h2>FUNDED PROJECTS</h2>')
    expect(html).toContain('<h2>PROJECTS NOT FUNDED</h2>')
    expect(html).toContain('None.')
    expect(html).toContain('Legal basis: ')
  })
})

// Categories a table made by toPublishedTables from a valid ranking never breaks (b: the ranking respects
// the budget; f: every tie at the line is broken by the call's keys and a lot).
const NEVER: ReadonlySet<PublishedRankingFindingCode> = new Set([
  'TOTAL_MISMATCH',
  'OVER_BUDGET',
  'ABOVE_MAXIMUM',
  'BELOW_PASS_MARK',
  'RESERVE_ABOVE_FUNDED',
  'ABOVE_REQUESTED',
])

describe('properties', () => {
  test.prop([finalRankInputArb(), fc.boolean(), fc.constantFrom('lt' as const, 'en' as const)])(
    'a table made from any final ranking passes the audit (totals, budget, maximum, pass mark, order, requests)',
    (input, proposed, lang) => {
      const { result: ranked, call: document } = rankForPublication(input, proposed)
      const doc = parseCall(document)
      expect(ranked.trace.outcome).toBe('complete')
      const { table } = toPublishedTables(ranked, { lang, call: doc })
      const report = checkPublishedRanking(doc, table)
      expect(report.findings.filter((f) => NEVER.has(f.code))).toEqual([])
      expect(report.findingCount).toBe(report.findings.length)
    },
  )

  test.prop([anyRankInputArb()])(
    'any ranking is either published with no audit finding of a, c, d, e or g, or refused as not final',
    (input) => {
      const { result: ranked, call: document } = rankForPublication(input)
      const doc = parseCall(document)
      if (ranked.trace.outcome !== 'complete') {
        expect(() => toPublishedTables(ranked, { lang: 'lt', call: doc })).toThrow(EvaluationError)
        return
      }
      const { table } = toPublishedTables(ranked, { lang: 'lt', call: doc })
      const found = checkPublishedRanking(doc, table).findings.map((f) => f.code)
      expect(found.filter((c) => c !== 'UNEQUAL_TIE' && c !== 'OVER_BUDGET')).toEqual([])
    },
  )
})
