/**
 * The interactive tools' logic without a browser: CSV reading, the state in the address, column
 * detection, score tables, answers turned into facts. The Chromium test (tools.test.ts) checks the
 * pages; this one pins the rules the pages rely on, with expectations from the published tables and
 * the packages' READMEs.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { canonicalJson, type JsonValue, sha256Hex } from '@talka/core'
import { describe, expect, test } from 'vitest'
import {
  decisionDateOf,
  legalBasisLines,
  officerAmount,
  quotaAmount,
  todayIso,
} from '../.vitepress/theme/components/tools/officer-format.js'
import { editionLabel, missingFactLabel } from '../.vitepress/theme/components/tools/volunteering-labels.js'
import {
  ALLOCATION_EXAMPLE,
  allocationStateFrom,
  detectColumns,
  readRecipients,
  runAllocation,
  runCheck,
} from '../.vitepress/theme/tools/allocation.js'
import {
  CALL_SCHEMA,
  catalogCall,
  catalogOptions,
  checkCall,
  childKey,
  getAt,
  isLocalized,
  labelOf,
  newCall,
  resolve,
  type SchemaNode,
  setAt,
  valueLabelOf,
  variantIndex,
  variantsOf,
} from '../.vitepress/theme/tools/call-builder.js'
import {
  nonNegativeDecimal,
  nonNegativeInteger,
  parseCsv,
  readTableFile,
  tableCsv,
} from '../.vitepress/theme/tools/csv.js'
import {
  callOptions,
  ELIGIBILITY_EXAMPLE,
  eligibilityStateFrom,
  factsFrom,
  OWN_CALL,
  questionsFor,
  runEligibility,
} from '../.vitepress/theme/tools/eligibility.js'
import { formatDecimal } from '../.vitepress/theme/tools/i18n.js'
import { criterionOf, RANKING_EXAMPLE, readScores, runRanking } from '../.vitepress/theme/tools/ranking.js'
import { reportExample, runReport } from '../.vitepress/theme/tools/report.js'
import { decodeState, encodeState, stateFromHash } from '../.vitepress/theme/tools/url-state.js'
import { runVolunteering, VOLUNTEERING_EXAMPLE } from '../.vitepress/theme/tools/volunteering.js'
import { docsRoot } from '../scripts/lib/workspace.js'

const fixture = (name: string) => readFileSync(join(docsRoot, 'test', 'fixtures', name), 'utf8')

describe('CSV and numbers', () => {
  test('reads ; and , tables, with a BOM and blank lines', () => {
    expect(parseCsv('\uFEFFa;b\r\n1;2\r\n\r\n3;4\r\n')).toEqual({
      headers: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
      delimiter: ';',
    })
    expect(parseCsv('name,weight\n"Skuodo, miesto",5728\n').rows).toEqual([['Skuodo, miesto', '5728']])
  })

  test('a tab-separated paste from a spreadsheet and a neutralised formula read back as typed', () => {
    expect(parseCsv('a\tb\n1\t2\n')).toEqual({ headers: ['a', 'b'], rows: [['1', '2']], delimiter: '\t' })
    expect(parseCsv(tableCsv([['x'], ['=SUM(A1)'], ['-2+3']])).rows).toEqual([['=SUM(A1)'], ['-2+3']])
  })

  test('numbers as people type them become exact decimal strings (core parseLithuanianDecimal)', () => {
    expect(nonNegativeDecimal('1 234,56')).toBe('1234.56')
    expect(nonNegativeDecimal('1.234,56')).toBe('1234.56')
    expect(nonNegativeDecimal('1,234.56')).toBe('1234.56')
    expect(nonNegativeDecimal('12 €')).toBe('12')
    expect(nonNegativeDecimal('0,5')).toBe('0.5')
    expect(nonNegativeDecimal('-5')).toBeUndefined()
    expect(nonNegativeDecimal('abc')).toBeUndefined()
    expect(nonNegativeInteger('17 698')).toBe('17698')
    expect(nonNegativeInteger('17.5')).toBeUndefined()
  })

  test('written CSV is core writeCsv: quotes what needs quoting and defuses formulas, a leading - too', () => {
    expect(tableCsv([['a;b', '=SUM(A1)', '-90', 'x"y', "-2+3+cmd|' /C calc'!A0"]])).toBe(
      '\uFEFF"a;b";\'=SUM(A1);-90;"x""y";\'-2+3+cmd|\' /C calc\'!A0\r\n',
    )
  })

  test('a Windows-1257 file reads like its UTF-8 twin; UTF-16 with its BOM too', async () => {
    const text = 'Seniūnija;Gyventojai\r\nŠačių seniūnija;926\r\n'
    const cp1257 = Uint8Array.from(
      text,
      (ch) => ({ Š: 0xd0, ū: 0xfb, č: 0xe8, ų: 0xf8 })[ch] ?? ch.charCodeAt(0),
    )
    const read = await readTableFile(new Blob([cp1257]))
    expect(read).toEqual({ ok: true, text, kind: 'csv' })
    const utf16 = await readTableFile(new Blob([new Uint8Array([0xff, 0xfe, 0x61, 0, 0x3b, 0, 0x62, 0])]))
    expect(utf16).toEqual({ ok: true, text: 'a;b', kind: 'csv' })
  })

  test('amounts are formatted without floats', () => {
    expect(formatDecimal('11449', 'lt')).toBe('11\u00a0449')
    expect(formatDecimal('1234567.891', 'en')).toBe('1,234,567.891')
    expect(formatDecimal('-90', 'lt')).toBe('−90')
    expect(formatDecimal('n/a', 'lt')).toBe('n/a')
  })
})

describe('state in the address', () => {
  test('encodes and decodes Lithuanian text, compressed', async () => {
    const state = { csv: 'Seniūnija;Gyventojų\nŽalgirio;3980', total: '25957' }
    const encoded = await encodeState(state)
    expect(encoded).toMatch(/^z\.[\w-]+$/)
    expect(await decodeState(encoded)).toEqual(state)
    expect(stateFromHash(`#s=${encoded}`)).toBe(encoded)
  })

  test('a damaged or foreign link gives nothing, and the tool falls back to its example', async () => {
    expect(await decodeState('z.not-deflate')).toBeUndefined()
    expect(await decodeState('x.abc')).toBeUndefined()
    expect(allocationStateFrom({ mode: 'nonsense', total: 5 })).toEqual(ALLOCATION_EXAMPLE)
    expect(eligibilityStateFrom({ ruleSet: 'unknown/set' }).ruleSet).toBe('ngo-fund-2023/applicant')
  })
})

describe('allocation calculator', () => {
  test('finds the eldership, residents and amount columns of the Skuodas 2022 table', () => {
    const table = parseCsv(fixture('allocation-2022-eldership-skuodas.csv'))
    // year, municipality (the same on every row), eldership, residents, amount, source
    expect(detectColumns(table)).toEqual({ id: 2, weight: 3, amount: 4 })
  })

  test('the Kretinga 2022 example reproduces every published amount and adds up', () => {
    const outcome = runAllocation(ALLOCATION_EXAMPLE, readRecipients(ALLOCATION_EXAMPLE), 'lt')
    if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.en).join('; '))
    // Published by the municipality (order A1-513 of 2022-05-11), as in the @talka/allocation README.
    expect(outcome.rows.map((r) => r.amount)).toEqual([
      '2783',
      '1638',
      '1496',
      '9286',
      '3297',
      '1466',
      '1401',
      '1920',
      '2670',
    ])
    expect(outcome.sumEqual).toBe(true)
    expect(outcome.leftoverUnits).toBe(5)
  })

  test('checking Skuodas 2022: 11449 published against 11538, three rows differ', () => {
    const state = {
      ...ALLOCATION_EXAMPLE,
      mode: 'check' as const,
      csv: fixture('allocation-2022-eldership-skuodas.csv'),
      total: '11538',
      fixed: '0',
    }
    const outcome = runCheck(state, readRecipients(state), 'en')
    if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.en).join('; '))
    expect(outcome.report.publishedSum).toBe('11449')
    expect(outcome.report.sumMatches).toBe(false)
    expect(outcome.rows.filter((r) => r.difference !== '0').map((r) => [r.id, r.difference])).toEqual([
      ['Skuodo seniūnija', '-90'],
      ['Lenkimų seniūnija', '-1'],
      ['Barstyčių seniūnija', '2'],
    ])
  })

  test('bad input is explained in both languages, not thrown', () => {
    const state = { ...ALLOCATION_EXAMPLE, fixed: '5000' }
    const outcome = runAllocation(state, readRecipients(state), 'lt')
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.errors[0]?.lt).toContain('viršija visą sumą')
    const broken = { ...ALLOCATION_EXAMPLE, csv: 'Seniūnija;Gyventojai\nA;12\nB;daug\nC;30' }
    const read = readRecipients(broken)
    expect(read.problems.map((p) => p.row)).toEqual([3])
  })
})

describe('eligibility questionnaire', () => {
  test('the example is the README applicant: N5 fails, N6 unknown, reliableTaxpayer needed', () => {
    const view = runEligibility(ELIGIBILITY_EXAMPLE, 'en')
    if (!view.ok) throw new Error(view.errors.join('; '))
    expect(view.outcome).toBe('ineligible')
    expect(view.failed.map((r) => r.ruleId)).toEqual(['N5'])
    expect(view.unknown.map((r) => r.ruleId)).toEqual(['N6'])
    expect(view.needed.map((n) => n.fact)).toEqual(['reliableTaxpayer'])
    expect(view.letter).toContain('N5 (not met)')
  })

  test('income is asked for N−2 and N−1; unanswered means unknown, not no', () => {
    const questions = questionsFor(ELIGIBILITY_EXAMPLE)
    expect(questions.find((q) => q.fact === 'income')?.years).toEqual([2021, 2022])
    const { facts, problems } = factsFrom(questions, {
      ngoMark: 'no',
      'income.2022': '1 200,50',
      reportsFiledForYears: '2021, 2022',
      foundedOn: '2016-02-10',
      reliableTaxpayer: '',
    })
    expect(problems).toEqual([])
    expect(facts).toEqual({
      ngoMark: false,
      income: { '2022': '1200.50' },
      reportsFiledForYears: [2021, 2022],
      foundedOn: '2016-02-10',
    })
  })

  test('a date outside every version says when the rule set is in force', () => {
    const view = runEligibility({ ...ELIGIBILITY_EXAMPLE, asOf: '2024-01-01' }, 'lt')
    expect(view.ok).toBe(false)
    if (!view.ok) expect(view.errors[0]).toContain('2023-03-10 – 2023-12-31')
  })
})

describe('ranking from scores', () => {
  test('criterion headers carry their maximum', () => {
    expect(criterionOf('Aktualumas (maks. 40)')).toEqual({ id: 'Aktualumas', max: '40' })
    expect(criterionOf('Relevance (max 12,5)')).toEqual({ id: 'Relevance', max: '12.5' })
    expect(criterionOf('Relevance')).toEqual({ id: 'Relevance', max: null })
  })

  test('the example funds down the list and offers the rest to the third project', () => {
    const view = runRanking(RANKING_EXAMPLE, 'en')
    if (!view.ok) throw new Error(view.errors.join('; '))
    expect(view.funded.map((r) => [r.id, r.amount])).toEqual([
      ['BO-P-2024-201', '3000.00'],
      ['BO-P-2024-202', '3000.00'],
      ['BO-P-2024-203', '1500.00'],
    ])
    expect(view.reserve.map((r) => r.id)).toEqual(['BO-P-2024-204'])
    expect(view.notFunded.map((r) => r.id)).toEqual(['BO-P-2024-205'])
    expect(view.remaining).toBe('0.00')
  })

  test('a score out of range is reported at its spreadsheet row', () => {
    const csv = RANKING_EXAMPLE.csv.replace(';E2;34;26;25', ';E2;34;26;31')
    const view = runRanking({ ...RANKING_EXAMPLE, csv }, 'en')
    expect(view.ok).toBe(false)
    if (!view.ok) expect(view.errors.join('\n')).toMatch(/^Row 5: /m)
    const read = readScores('Registration No.;Evaluator;Relevance\nA;E1;5', 'en')
    expect(read.problems.map((p) => p.message).join(' ')).toContain('no maximum')
  })
})

describe('volunteering check and report validator', () => {
  test('the example: new edition, voluntary service, written agreement not known', () => {
    const view = runVolunteering(VOLUNTEERING_EXAMPLE, 'en')
    expect(view.answers.map((a) => [a.key, a.outcome])).toEqual([
      ['volunteer', 'yes'],
      ['agreement', 'unknown'],
      ['activity', 'voluntary-service'],
      ['expenses', 'yes'],
    ])
    expect(view.answers.every((a) => a.reasons.every((r) => r.ref.url.startsWith('https://')))).toBe(true)
  })

  test('seed 003 is valid with two warnings on the event dates of rows 6 and 7', () => {
    const view = runReport(reportExample(), 'lt')
    expect(view.valid).toBe(true)
    expect(view.warnings.map((w) => [w.row, w.column])).toEqual([
      [6, 'Įvykių datos'],
      [7, 'Įvykių datos'],
    ])
    expect(view.general).toEqual([])
    const column = view.header.findIndex((h) => h.text === 'Įvykių datos')
    expect(view.rows.find((r) => r.row === 6)?.cells[column]?.issues).toHaveLength(1)
  })
})

describe('officer views', () => {
  test('a quota reads as euros and cents, "≈" unless exact; the fraction stays in the details', () => {
    // Core groups digits with a no-break space; compare with plain spaces.
    const plain = (text: string) => text.replace(/\s/g, ' ')
    expect(plain(quotaAmount({ numerator: '110843962', denominator: '39823' }, 'lt'))).toBe('≈ 2 783,42 Eur')
    expect(plain(quotaAmount({ numerator: '2600', denominator: '1' }, 'lt'))).toBe('2 600,00 Eur')
    expect(quotaAmount({ numerator: '5', denominator: '4' }, 'en')).toBe('EUR 1.25')
    // Half-up at the cent: 1/8 = 0.125 → 0.13.
    expect(quotaAmount({ numerator: '1', denominator: '8' }, 'lt')).toBe('≈ 0,13 Eur')
    expect(plain(officerAmount('25957', 'lt'))).toBe('25 957,00 Eur')
    expect(officerAmount(null, 'lt')).toBe('')
    expect(officerAmount('n/a', 'lt')).toBe('n/a')
  })

  test('the allocation outcome carries the certificate hash and the legal basis the decision cites', () => {
    const outcome = runAllocation(ALLOCATION_EXAMPLE, readRecipients(ALLOCATION_EXAMPLE), 'lt')
    if (!outcome.ok) throw new Error('the example must allocate')
    expect(outcome.certificateHash).toBe(
      sha256Hex(canonicalJson(outcome.certificate as unknown as JsonValue)),
    )
    expect(outcome.certificateHash).toMatch(/^[0-9a-f]{64}$/)
    expect(outcome.legalBasis.length).toBeGreaterThan(0)
    expect(outcome.legalBasis.map((l) => l.text).join('\n')).toContain('A1-246')
    // Each act once, research notes never.
    const texts = outcome.legalBasis.map((l) => l.text)
    expect(new Set(texts).size).toBe(texts.length)
    expect(texts.join('\n')).not.toMatch(/stored copy|unverified/)
  })

  test('the allocation state keeps the annex fields and falls back to the example', () => {
    const state = {
      ...ALLOCATION_EXAMPLE,
      decisionDate: '2025-01-15',
      decisionAct: 'Įsakymas Nr. A-12',
      signatory: 'X',
    }
    expect(allocationStateFrom(JSON.parse(JSON.stringify(state)))).toEqual(state)
    expect(allocationStateFrom({}).decisionDate).toBe('')
  })

  test('legal basis lines: distinct, formatted, in the order first cited', () => {
    const a = { act: 'Įsakymas A', actId: 'A-1', url: 'https://e-tar.lt/a', point: '5' }
    const b = { act: 'Įsakymas B', url: 'https://e-tar.lt/b' }
    expect(legalBasisLines([{ ref: a }, { ref: b }, { ref: { ...a } }, { ref: null }], 'lt')).toEqual([
      { text: 'Įsakymas A, 5 p.', url: 'https://e-tar.lt/a' },
      { text: 'Įsakymas B', url: 'https://e-tar.lt/b' },
    ])
  })

  test('a decision date is the typed date, or today when empty or malformed', () => {
    expect(decisionDateOf('2025-01-15')).toBe('2025-01-15')
    expect(decisionDateOf('')).toBe(todayIso())
    expect(decisionDateOf('15.01.2025')).toBe(todayIso())
    expect(todayIso(new Date(2025, 0, 5))).toBe('2025-01-05')
  })

  test('the ranking view carries the pass mark and the legal basis; totals use the Lithuanian decimal comma', () => {
    const view = runRanking(RANKING_EXAMPLE, 'lt')
    if (!view.ok) throw new Error('the example must rank')
    expect(view.passMark).toBe('60')
    expect(view.legalBasis.length).toBeGreaterThan(0)
    expect(view.all.every((row) => !/\d\.\d/.test(row.totals))).toBe(true)
  })

  test('volunteering: editions and missing facts have labels, not ids', () => {
    expect(editionLabel('volunteering/xi-1500/new', 'lt')).toContain('nauja redakcija')
    expect(editionLabel('volunteering/xi-1500/original', 'en')).toContain('original edition')
    const missing = missingFactLabel('parameter:volunteering.agreement.written-grounds', 'lt')
    expect(missing).not.toContain('parameter:')
    expect(missing).toContain('įstatymo nuostata')
    expect(missingFactLabel('partyRequestsWritten', 'lt')).toBe(
      'ar kuri nors šalis prašo rašytinės sutarties',
    )
    expect(missingFactLabel('somethingNew', 'lt')).toBe('papildomas atsakymas')
  })
})

describe('call builder', () => {
  /** Every field the form renders, walked the way SchemaField.vue walks the schema. */
  const formKeys = (): Set<string> => {
    const keys = new Set<string>()
    const walk = (input: SchemaNode, key: string, seen: Set<string>): void => {
      const { node, def } = resolve(input)
      if (def && def !== 'Call') {
        if (seen.has(def)) return
        seen = new Set([...seen, def])
      }
      const at = def && def !== 'Call' ? def : key
      for (const option of variantsOf(node))
        walk(option.def ? { $ref: `#/$defs/${option.def}` } : option.node, key, seen)
      if (isLocalized(node)) return
      if (node.items) walk(node.items, childKey(key, 0), seen)
      for (const [name, child] of Object.entries(node.properties ?? {})) {
        keys.add(childKey(at, name))
        walk(child, childKey(at, name), seen)
      }
    }
    walk(CALL_SCHEMA, '', new Set())
    return keys
  }

  test('every field the form shows has its lt and en label from @talka/calls', () => {
    const keys = formKeys()
    expect(keys.size).toBeGreaterThan(80)
    for (const key of keys) {
      expect(labelOf(key, 'lt'), key).not.toBe(key)
      expect(labelOf(key, 'en'), key).not.toBe(key)
    }
    expect(valueLabelOf('amounts.overMaximum', 'cap', 'lt')).toBe('Skiriama didžiausia suma')
  })

  test('a catalog call is valid; a new call names the fields to fill in at their paths', () => {
    for (const option of catalogOptions('lt')) expect(checkCall(catalogCall(option.id), 'lt').ok).toBe(true)
    const fresh = checkCall(newCall(), 'lt')
    expect(fresh.ok).toBe(false)
    if (!fresh.ok) {
      expect([...fresh.issues.keys()]).toEqual(expect.arrayContaining(['id', 'name.lt', 'municipality.name']))
      // zod's Lithuanian messages in the lt view
      expect(fresh.issues.get('name.lt')?.[0]).not.toMatch(/Too small|Invalid/)
    }
  })

  test('variants: the budget is one total or envelopes; a reference a point or an act', () => {
    const budget = CALL_SCHEMA.properties?.budget as SchemaNode
    expect(variantIndex(budget, { kind: 'envelopes', envelopes: [] })).toBe(1)
    expect(variantIndex(budget, { kind: 'total', amount: '1' })).toBe(0)
    const ref = (CALL_SCHEMA.properties?.amounts?.properties?.ref ?? {}) as SchemaNode
    expect(variantIndex(ref, { point: '12' })).toBe(0)
    expect(variantIndex(ref, { act: 'x', url: 'https://e-tar.lt' })).toBe(1)
  })

  test('editing by path never writes through __proto__, constructor or prototype', () => {
    const call = newCall()
    setAt(call, ['__proto__', 'polluted'], 'yes')
    setAt(call, ['constructor', 'prototype', 'polluted'], 'yes')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    setAt(call, ['municipality', 'name'], 'Pavyzdžių rajono savivaldybė')
    expect(getAt(call, ['municipality', 'name'])).toBe('Pavyzdžių rajono savivaldybė')
    setAt(call, ['municipality', 'name'], undefined)
    expect(getAt(call, ['municipality'])).toEqual({})
  })

  test("the eligibility questionnaire checks a project against the officer's own call", () => {
    const own = {
      ...catalogCall('vilnius-2024'),
      id: 'pavyzdziu-2025',
      year: 2025,
      amounts: { minPerProject: '500.00', maxPerProject: '2000.00', overMaximum: 'reject' },
    }
    const state = {
      ...ELIGIBILITY_EXAMPLE,
      ruleSet: 'community-measure/project' as const,
      call: OWN_CALL as typeof OWN_CALL,
      ownCall: own,
      asOf: '2025-03-01',
      answers: { requestedAmount: '3000' },
    }
    const view = runEligibility(state, 'lt')
    if (!view.ok) throw new Error(view.errors.join('\n'))
    expect(view.outcome).toBe('ineligible')
    const broken = runEligibility({ ...state, ownCall: { id: 'x' } }, 'en')
    expect(broken.ok).toBe(false)
    if (!broken.ok) expect(broken.errors[0]).toContain('call builder')
    expect(callOptions('en', own)[0]?.title).toContain('Your call')
  })
})

describe("ranking under the officer's own call", () => {
  test('the call names the criteria (columns by title), budget and pass mark; the form is not used', () => {
    const own = JSON.parse(
      readFileSync(join(docsRoot, '..', '..', 'packages', 'evaluation', 'test', 'readme-call.json'), 'utf8'),
    ) as unknown
    const csv = [
      'Projekto reg. Nr.;Prašoma suma, Eur;Vertintojas;Aktualumas;Veiklos;Biudžeto pagrįstumas',
      'PAV-2025-01;3000,00;E1;5;5;5',
      'PAV-2025-06;900,00;E1;2;5;5',
    ].join('\n')
    const view = runRanking({ ...RANKING_EXAMPLE, csv, source: 'own', ownCall: own, budget: '' }, 'lt')
    if (!view.ok) throw new Error(view.errors.join('\n'))
    expect(view.budget).toBe('7000.00')
    expect(view.funded.map((l) => l.id)).toEqual(['PAV-2025-01'])
    expect(view.notFunded.map((l) => l.id)).toEqual(['PAV-2025-06'])
    expect(view.criteria.map((c) => c.id)).toEqual(['relevance', 'activities', 'budget'])
    const missing = runRanking({ ...RANKING_EXAMPLE, source: 'own' }, 'en')
    expect(missing.ok).toBe(false)
  })
})
