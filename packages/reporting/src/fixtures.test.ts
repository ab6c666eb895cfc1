import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { fixtures } from './index.js'

const seed = (name: string) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8')

/**
 * Reads the table of seed 003 independently of the fixture: cells start with a tab, continue on the
 * following lines, rows are separated by blank lines; word-processor bookmarks are not text.
 */
function seed003Table(): string[][] {
  const blocks: string[][] = []
  let block: string[] = []
  for (const line of seed('seed-003.txt').split('\n').slice(1)) {
    if (line.trim() === '') {
      if (block.length) blocks.push(block)
      block = []
    } else if (line.startsWith('\t')) block.push(line.slice(1))
    else block[block.length - 1] += `\n${line}`
  }
  if (block.length) blocks.push(block)
  return blocks.map((cells) => cells.map((cell) => cell.replace(/\[bookmark: _Hlk\d+\]/g, '').trim()))
}

describe('seed 003 fixture: the whole report, text exactly as in the document', () => {
  const report = fixtures.councilPlanReportKlaipedaDistrict2024.data
  const [header, ...rows] = seed003Table()

  test('the table has the five columns and 11 rows', () => {
    expect(header).toEqual([
      'Eil. Nr.',
      'Priemonės pavadinimas',
      'Rodiklio pavadinimas',
      'Atsakingi vykdytojai',
      'Įvykdymas',
    ])
    expect(rows).toHaveLength(11)
    expect(report.rows).toHaveLength(11)
  })

  test('every cell is the document text (diacritics, quotes and line breaks included)', () => {
    rows.forEach(([no, measure, indicator, executors, fulfilment], i) => {
      const row = report.rows[i]!
      expect(`${row.no}.`).toBe(no)
      expect(row.measure).toBe(measure)
      expect(row.indicator).toBe(indicator)
      expect(row.executors.join(', ')).toBe(executors)
      expect(row.fulfilment).toBe(fulfilment)
    })
    expect(report.rows[0]?.fulfilment).toContain('„Stiprinti bendruomeninę veiklą savivaldybėse“')
    expect(report.rows[0]?.fulfilment.split('\n')).toHaveLength(4)
  })

  test('the title, plan period and report year come from the document title', () => {
    const title = seed('seed-003.txt')
      .split('\n')[0]
      ?.replace(/\[bookmark: _Hlk\d+\]/g, '')
      .trim()
    expect(report.title).toBe(title)
    expect(report.title).toContain('2023−2025 m.')
    expect(report.planPeriod).toEqual({ from: 2023, to: 2025 })
    expect(report.reportYear).toBe(2024)
  })

  test('the structured values are numbers the text states (e.g. "dalyvavo 31 asmuo")', () => {
    const values = report.rows.flatMap((row) =>
      (row.indicatorValues ?? []).map((v) => [row.no, v.value, v.quote]),
    )
    expect(values).toContainEqual([10, 31, 'dalyvavo 31 asmuo'])
    expect(values).toContainEqual([9, 16, 'dalyvavo 16 dalyvių'])
    expect(values).toContainEqual([4, 12, 'finansuota 12 projektų'])
  })
})

describe('seeds 000 and 004 fixtures quote their documents', () => {
  const quoted = (text: string, source: string) =>
    expect(source.replace(/\u00a0/g, ' ')).toContain(text.replace(/\u00a0/g, ' '))

  test('seed 000: LKBS NVOK06101', () => {
    const source = seed('seed-000.txt')
    const p = fixtures.fundedProjectLkbs2023.data
    for (const text of [
      p.title,
      ...p.goals,
      ...p.activities.map((a) => a.title),
      ...p.results,
      ...p.events.map((e) => e.title),
    ]) {
      quoted(text, source)
    }
    expect(source).toContain('Nr. A3-92')
    expect(source).toContain('20 000 Eur')
    expect(p.events.find((e) => e.date === '2023-09-13')?.participants).toEqual({
      total: 31,
      onSite: 10,
      online: 21,
    })
    expect(source).toContain('Viso 31 dalyvis: 10 buvo vietoje, o 21 jungėsi nuotoliu')
  })

  test('seed 004: NVO vaikams konfederacija', () => {
    const source = seed('seed-004.txt')
    const p = fixtures.fundedProjectNvoVaikams2016.data
    for (const text of [
      p.title,
      ...p.goals,
      ...p.activities.map((a) => a.title),
      ...p.events.map((e) => e.title),
    ]) {
      quoted(text, source)
    }
    expect(p.amounts).toEqual([
      { year: 2016, amount: '15563.00' },
      { year: 2017, amount: '15563.00' },
    ])
    expect(source).toContain('2016 m. – 15 563,00 EUR')
    expect(source).toContain('jungia 86 nevyriausybines organizacijas')
    expect(p.periods.map((x) => [x.from, x.to, x.kind])).toEqual([
      ['2016-07', '2016-12', 'original'],
      ['2017-02', '2017-12', 'extension'],
    ])
  })
})
