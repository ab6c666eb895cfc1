import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { pilot2022Input } from '../examples/pilot-2022.js'
import { toCall } from '../test/legacy-call.js'
import { EvaluationError, rankApplications, summaryToCsv, summaryToHtml } from './index.js'
import { rankInputArb } from './testing.js'

/** A small RFC 4180 reader (delimiter `;`) to check that the CSV round-trips. */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ';') {
      row.push(field)
      field = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += ch
  }
  return rows
}

const result = rankApplications(pilot2022Input)

const hostile = rankApplications({
  call: toCall({
    name: 'Kvietimas <b>2024</b> & "kita"',
    budget: '1000.00',
    minPerProject: '100.00',
    maxPerProject: '1000.00',
    criteria: [{ id: 'q', max: 10 }],
    lastProject: 'reserve',
  }),
  applications: [
    {
      id: 'X<1>',
      applicant: '=HYPERLINK("http://evil.example","click")',
      title: '<script>alert("x")</script>; "kabutės" ir \'viengubos\'',
      requested: '500.00',
      evaluations: [{ evaluator: 'E"1', scores: { q: 5 } }],
    },
    {
      id: 'Y',
      applicant: 'Multi\nline',
      title: ' leading space',
      requested: '800.00',
      evaluations: [{ evaluator: 'E2', scores: { q: 4 } }],
    },
  ],
})

describe('summary as data', () => {
  it('has the published columns: registration number, applicant, title, totals, average, rank, decision, amount, reason', () => {
    const row = result.summary.rows[10]!
    expect(row).toEqual({
      registrationNumber: 'TAU-2022-11',
      applicant: 'Bendruomenės centras „Beržynas“',
      title: 'Pažinkime gimtąjį kraštą',
      evaluatorTotals: { E1: '63', E2: '62' },
      average: '62.5',
      rank: 11,
      decision: 'funded',
      amount: '1442.05',
      reason:
        'Paskutiniam finansuojamam projektui siūlomas lėšų likutis 1 442,05 Eur (prašyta 2 900,00 Eur), jei pareiškėjas sutinka.',
    })
    expect(result.summary.counts).toEqual({
      funded: 11,
      reserve: 2,
      'not-funded': 2,
      'needs-another-evaluator': 0,
      'tie-unresolved': 0,
      'formal-check-pending': 0,
    })
    expect(result.summary.evaluators).toEqual(['E1', 'E2'])
  })
})

describe('summaryToCsv', () => {
  it('uses the Lithuanian headers of the published summaries, ; and a decimal comma', () => {
    const lines = summaryToCsv(result, { lang: 'lt' }).split('\r\n')
    expect(lines[0]).toBe(
      'Vieta;Projekto reg. Nr.;Pareiškėjo pavadinimas;Projekto pavadinimas;Vertintojo E1 balai;Vertintojo E2 balai;' +
        'Balų vidurkis;Sprendimas;Skirta valstybės biudžeto lėšų suma, Eur;Priežastis',
    )
    expect(
      lines[11]?.startsWith(
        '11;TAU-2022-11;Bendruomenės centras „Beržynas“;Pažinkime gimtąjį kraštą;63;62;62,5;Finansuojamas;1442,05;',
      ),
    ).toBe(true)
    expect(lines[12]).toContain(';Rezervinis sąrašas;;')
  })

  it('writes English headers, decisions and reasons with a decimal point', () => {
    const csv = summaryToCsv(result, { lang: 'en' })
    const rows = readCsv(csv)
    expect(rows[0]).toEqual([
      'Rank',
      'Registration No.',
      'Applicant',
      'Project title',
      'Evaluator E1 total',
      'Evaluator E2 total',
      'Average score',
      'Decision',
      'State budget funds allocated, EUR',
      'Reason',
    ])
    expect(rows[14]?.[9]).toBe(
      'The project did not reach the minimum score set in the call description (60); average score 55.5.',
    )
    expect(rows[11]?.slice(6, 9)).toEqual(['62.5', 'Funded', '1442.05'])
  })

  it('quotes delimiters, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const rows = readCsv(summaryToCsv(hostile, { lang: 'en' }))
    const x = rows.find((r) => r[1] === 'X<1>')!
    expect(x[2]).toBe('\'=HYPERLINK("http://evil.example","click")')
    expect(x[3]).toBe('<script>alert("x")</script>; "kabutės" ir \'viengubos\'')
    const y = rows.find((r) => r[1] === 'Y')!
    expect(y[2]).toBe('Multi\nline')
    expect(y[3]).toBe(' leading space')
    expect(rows[0]).toContain('Evaluator E"1 total')
  })

  it('adds a byte-order mark on request and checks its options', () => {
    expect(summaryToCsv(result, { bom: true }).startsWith('\ufeffVieta;')).toBe(true)
    expect(() => summaryToCsv(result, { lang: 'de' as never })).toThrowError(EvaluationError)
    expect(() => summaryToCsv({} as never)).toThrowError(expect.objectContaining({ code: 'INVALID_RESULT' }))
  })
})

const EXTERNAL = /(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?\/\//i

describe('summaryToHtml', () => {
  it('is a self-contained printable page: inline CSS with print rules, no scripts, no external resources', () => {
    for (const lang of ['lt', 'en'] as const) {
      const html = summaryToHtml(result, { lang })
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
      expect(html).toContain(`<html lang="${lang}">`)
      expect(html).toContain('<style>')
      expect(html).toContain('@media print')
      expect(html).not.toMatch(EXTERNAL)
      expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(/i)
    }
  })

  it('groups the published lists and totals the funded amounts', () => {
    const html = summaryToHtml(result, { lang: 'lt' })
    for (const heading of [
      'Finansuojami projektai',
      'Rezervinių projektų sąrašas',
      'Nefinansuojamų projektų sąrašas',
    ]) {
      expect(html).toContain(`<h2>${heading}</h2>`)
    }
    expect(html).toContain('27 372,00')
    expect(html).toContain('Skirta valstybės biudžeto lėšų suma, Eur')
  })

  it('escapes every text from the input, including <script> in titles', () => {
    const html = summaryToHtml(hostile, { lang: 'en', title: 'Suvestinė <i>x</i>' })
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;; &quot;kabutės&quot; ir &#39;viengubos&#39;',
    )
    expect(html).toContain('X&lt;1&gt;')
    expect(html).toContain('Kvietimas &lt;b&gt;2024&lt;/b&gt; &amp; &quot;kita&quot;')
    expect(html).toContain('<title>Suvestinė &lt;i&gt;x&lt;/i&gt;</title>')
    expect(html).toContain('Evaluator E&quot;1 total')
    expect(html).not.toMatch(EXTERNAL)
  })

  test.prop([rankInputArb({ maxApplications: 6 }), fc.string({ maxLength: 20 })])(
    'no input text can open a tag in the page',
    (input, text) => {
      const apps = input.applications.map((a) => ({ ...a, title: `<${text}`, applicant: `${text}>` }))
      const html = summaryToHtml(rankApplications({ ...input, applications: apps }), { lang: 'en' })
      const body = html.slice(html.indexOf('<body>'))
      const tags = new Set([...body.matchAll(/<\/?([a-zA-Z0-9]+)/g)].map((m) => m[1]!.toLowerCase()))
      for (const tag of tags) {
        expect([
          'body',
          'header',
          'h1',
          'h2',
          'p',
          'dl',
          'dt',
          'dd',
          'section',
          'table',
          'thead',
          'tbody',
          'tfoot',
          'tr',
          'th',
          'td',
          'footer',
          'html',
        ]).toContain(tag)
      }
    },
  )
})
