import { type CatalogEntry, Money } from '@talka/core'
import { describe, expect, test } from 'vitest'
import { covers } from '../examples/rule-example.js'
import { loadCatalogs } from '../scripts/lib/catalog.js'
import { loadRuleExamples } from '../scripts/lib/worked-examples.js'
import { discoverPackages } from '../scripts/lib/workspace.js'

// The guides' examples run here with assertions that come from the law, the published tables and
// the domain specification, not from the examples' own output.

describe('guide examples', () => {
  test('getting started: the 2021 budget as of 2021-06-01, formatted and cited', async () => {
    const { output } = await import('../examples/getting-started.js')
    expect(output.value).toBe('2000000.00')
    // Core's one money format (decision 0084): "2 000 000,00 Eur" / "EUR 2,000,000.00".
    expect(output.lt).toMatch(/^2\s000\s000,00\sEur$/u)
    expect(output.en).toBe('EUR 2,000,000.00')
    expect(output.citation).toContain('A1-246')
    expect(output.url).toMatch(/^https:\/\//)
  })

  test('new rule version: each date gets the value in force on it', async () => {
    const { output } = await import('../examples/new-rule-version.js')
    expect(output.map((row) => [row.asOf, row.value])).toEqual([
      ['2021-06-01', '2000000.00'],
      ['2025-06-01', '2180000.00'],
    ])
  })

  test('embedding eligibility: undetermined until every fact is known, then eligible', async () => {
    const { first, second, letter } = await import('../examples/embed-eligibility.js')
    expect(first.outcome).toBe('undetermined')
    expect(first.missingFacts).toEqual(
      expect.arrayContaining(['foundedOn', 'income', 'inLiquidation', 'reliableTaxpayer']),
    )
    expect(first.missingFacts).not.toContain('ngoMark')
    expect(letter).toMatch(/N6/)
    expect(second.outcome).toBe('eligible')
    expect(second.missingFacts).toEqual([])
    expect(second.reasons.every((r) => r.result === 'pass' && r.ref.url.startsWith('http'))).toBe(true)
  })

  test('reproducing the allocation: exact sums, the Skuodas mismatch, a certificate that detects edits', async () => {
    const { ministry, skuodas, verified, tampered, output } = await import(
      '../examples/reproduce-allocation.js'
    )
    expect(ministry.total).toBe('2000000.00')
    expect(ministry.jonava?.municipality).toBe('Jonavos rajono savivaldybė')
    expect(ministry.warnings).toContain('STATISTICAL_RESIDENTS')
    // The published Skuodas 2022 table sums to 11,449 of 11,538 (domain specification).
    expect(skuodas.publishedSum).toBe('11449')
    expect(skuodas.sumMatches).toBe(false)
    const amounts = output.shares.map((s) => Number(s.split(': ')[1]))
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(11538)
    expect(verified).toEqual({ valid: true })
    expect(tampered.valid).toBe(false)
  })

  test('scoring and ranking: funded down the list, the remainder to the last project, then reserve', async () => {
    const { result, csv } = await import('../examples/score-and-rank.js')
    const byId = Object.fromEntries(result.rows.map((row) => [row.id, row]))
    expect(byId['BO-P-2024-201']).toMatchObject({ rank: 1, decision: 'funded', amount: '3000.00' })
    expect(byId['BO-P-2024-202']).toMatchObject({ rank: 2, decision: 'funded', amount: '3000.00' })
    // 7,500 − 2 × 3,000 = 1,500 left: at least the EUR 1,000 minimum, so it is offered to the third.
    expect(byId['BO-P-2024-203']).toMatchObject({ decision: 'funded', amount: '1500.00' })
    expect(byId['BO-P-2024-204']?.decision).toBe('reserve')
    // (20+15+14 + 22+16+15) / 2 = 51 < 60
    expect(byId['BO-P-2024-205']).toMatchObject({ decision: 'not-funded', average: '51' })
    const funded = result.rows.reduce(
      (sum, row) => (row.amount ? sum.plus(Money.parse(row.amount)) : sum),
      Money.parse('0'),
    )
    expect(funded.toString()).toBe('7500.00')
    expect(csv.split('\n')[0]).toContain('Projekto reg. Nr.;Pareiškėjo pavadinimas;Projekto pavadinimas')
  })

  test('volunteering: the edition changes on 2024-07-01; only documented claims are reimbursed', async () => {
    const { before, after, claims } = await import('../examples/volunteering.js')
    expect(before.edition).not.toBe(after.edition)
    // The classes of activity exist only in the new edition.
    expect(before.activity).toBe('not-applicable')
    expect(after.activity).toBe('voluntary-service')
    expect(claims.claimedTotal).toBe('36.30')
    expect(claims.eligibleTotal).toBe('21.30') // 12.40 + 8.90; the taxi has no documents
  })

  test('validating a report: the seed validates with its warnings; a broken cell is found at its place', async () => {
    const { checked, parsed, schema } = await import('../examples/validate-report.js')
    expect(checked.valid).toBe(true)
    expect(checked.errors).toEqual([])
    // Rows 5 and 6 of the seed report 2023 events in the 2024 report.
    expect(checked.warnings.map((w) => w.path.slice(0, 2))).toEqual([
      ['rows', 4],
      ['rows', 5],
    ])
    expect(parsed.errors).toHaveLength(1)
    expect(parsed.errors[0]).toMatchObject({ column: 'Eil. Nr.', dataRow: 7 })
    expect(schema.$id).toBe('https://talka.dev/schemas/council-plan-report/v1.json')
  })
})

describe('rule reference examples', () => {
  test('every example runs in both languages', async () => {
    const examples = await loadRuleExamples()
    expect(examples.length).toBeGreaterThan(0)
    for (const example of examples) {
      for (const lang of ['lt', 'en'] as const) expect(() => example.run(lang)).not.toThrow()
    }
  })

  // A new rule set added by a package after these examples were written shows "no example yet" on
  // its pages (and is listed here) rather than failing the suite; a package with none fails it.
  test('every package with a catalog has worked examples for its rules', async () => {
    const examples = await loadRuleExamples()
    const catalogs = await loadCatalogs(discoverPackages())
    for (const catalog of catalogs.filter((c) => c.entries)) {
      const rules = (catalog.entries as readonly CatalogEntry[]).filter((e) => e.kind === 'rule')
      const covered = rules.filter((rule) => examples.some((ex) => covers(ex, rule.id, rule.ruleSet)))
      const missing = rules.filter((rule) => !covered.includes(rule)).map((rule) => rule.id)
      if (missing.length) console.warn(`${catalog.pkg.name}: no worked example yet for ${missing.join(', ')}`)
      expect(covered.length, `${catalog.pkg.name}: rules with a worked example`).toBeGreaterThan(0)
    }
  })
})
