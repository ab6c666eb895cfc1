// The README's custom-call example, run as a test so that the README cannot rot.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { citationFor, missingPolicies, parseCall } from './index.js'

describe('README: a custom call', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const json = readFileSync(new URL('../test/custom-call.json', import.meta.url), 'utf8')

  it('the README shows the same JSON as test/custom-call.json', () => {
    const block = /```json\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(JSON.parse(block ?? 'null')).toEqual(JSON.parse(json))
  })

  it('parses, names what is missing and cites its own points or the ministry', () => {
    const call = parseCall(JSON.parse(json))
    expect(missingPolicies(call).map((m) => m.path)).toEqual([
      'evaluation.fundingOrder',
      'evaluation.reserve',
    ])
    expect(citationFor(call, 'tiesAtBudgetLine').ref.point).toBe('31')
    expect(citationFor(call, 'amounts', { envelope: 'pusyne' }).ref.point).toBe('8.1')
    expect(citationFor(call, 'amounts', { envelope: 'ezerynai' }).ref.point).toBe('8')
    const reserve = citationFor(call, 'reserve')
    expect(reserve.source).toBe('ministry-model')
    expect(reserve.ref.number).toBe('A1-596')
    expect(readme).toContain("// 'evaluation.fundingOrder', 'evaluation.reserve'")
  })
})
