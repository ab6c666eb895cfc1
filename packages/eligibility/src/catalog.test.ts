import { checkCatalog, checkMessageCatalog, LegalRefSchema, ParameterStore } from '@talka/core'
import { catalogSchemaMismatches } from '@talka/core/testing'
import { describe, expect, it } from 'vitest'
import { eligibilityCatalog } from './catalog.js'
import { eligibilityMessages } from './messages.js'
import { eligibilityParameters } from './parameters.js'
import type { EligibilityRule } from './rule.js'
import { factsSchemaFor, type RuleSetId, ruleSets } from './rule-sets.js'

const allRules = ruleSets.flatMap((set) =>
  set.versions.flatMap((version) =>
    (version.rules as readonly EligibilityRule<never>[]).map((rule) => ({ set, version, rule })),
  ),
)

describe('eligibilityCatalog', () => {
  it('is exactly what core’s strict CatalogEntrySchema describes, entry by entry (as JSON)', () => {
    expect(catalogSchemaMismatches(eligibilityCatalog)).toEqual([])
  })

  it('has no problem according to core checkCatalog', () => {
    expect(checkCatalog(eligibilityCatalog)).toEqual([])
  })

  it('has one entry per rule id of every rule set, with the package prefix', () => {
    const expected = new Set(allRules.map(({ set, rule }) => `eligibility.${set.id}.${rule.id}`))
    const rules = eligibilityCatalog.filter((e) => e.kind === 'rule').map((e) => e.id)
    expect(new Set(rules)).toEqual(expected)
    expect(rules).toContain('eligibility.ngo-fund-2023/applicant.N1')
    expect(rules).toContain('eligibility.community-measure/applicant.A5')
  })

  it('lists every parameter with its dated values', () => {
    const params = eligibilityCatalog.filter((e) => e.kind === 'parameter').map((e) => e.id)
    expect(params).toEqual(eligibilityParameters.map((p) => p.id))
    expect(
      new ParameterStore(eligibilityParameters).at('eligibility.ngo-fund-2022.max-amount', '2022-07-01')
        .value,
    ).toBe('25000.00')
  })
})

describe('every rule of every rule set', () => {
  it.each(
    allRules.map(({ set, version, rule }) => [`${set.id}@${version.version} ${rule.id}`, rule] as const),
  )('%s has a LegalRef with a URL, facts of its schema, and lt and en messages', (name, rule) => {
    expect(LegalRefSchema.safeParse(rule.ref).success).toBe(true)
    expect(rule.ref.url).toMatch(/^https?:\/\/\S+$/)
    expect(rule.title.lt.trim()).not.toBe('')
    expect(rule.title.en.trim()).not.toBe('')
    expect(rule.description.lt.trim()).not.toBe('')
    expect(rule.description.en.trim()).not.toBe('')
    expect(rule.messageKeys.length).toBeGreaterThan(0)
    const catalog: Record<string, { lt: string; en: string } | undefined> = eligibilityMessages
    for (const key of rule.messageKeys) {
      expect(catalog[key]?.lt.trim(), `${key} lt`).toBeTruthy()
      expect(catalog[key]?.en.trim(), `${key} en`).toBeTruthy()
    }
    const setId = name.split('@')[0] as string
    const shape = Object.keys((factsSchemaFor(setId as RuleSetId) as unknown as { shape: object }).shape)
    for (const fact of rule.facts) expect(shape).toContain(fact)
  })

  it('the message catalog is complete in both languages with matching placeholders', () => {
    expect(checkMessageCatalog(eligibilityMessages)).toEqual([])
  })

  it('Lithuanian texts use Lithuanian letters, not ASCII stand-ins', () => {
    const lt = Object.values(eligibilityMessages)
      .map((m) => m.lt)
      .join(' ')
    expect(lt).toMatch(/[ąčęėįšųūž]/)
    for (const word of ['nera ', 'bendruomenine ', 'zyma', 'pareiskejas']) expect(lt).not.toContain(word)
  })

  it('every fact a rule reads has a label for explain()', () => {
    const catalog: Record<string, unknown> = eligibilityMessages
    for (const { rule } of allRules) {
      for (const fact of rule.facts) expect(catalog[`eligibility.fact.${fact}`], fact).toBeDefined()
    }
  })
})
