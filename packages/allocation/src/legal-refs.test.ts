import { type LegalRef, LegalRefSchema } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { byWeight } from '../test/fixtures.js'
import { allocate } from './allocate.js'
import { allocationCatalog } from './catalog.js'
import { explainAllocation } from './explain.js'
import { municipalAllocationRules } from './municipal-descriptions.js'
import { allocationParameters } from './parameters.js'

/** Every reference the package can cite, with where it is cited. */
function allReferences(): { where: string; ref: LegalRef }[] {
  const out: { where: string; ref: LegalRef }[] = []
  for (const entry of allocationCatalog) {
    if (entry.kind !== 'rule') continue
    for (const [i, ref] of entry.refs.entries()) out.push({ where: `${entry.id} refs[${i}]`, ref })
  }
  for (const p of allocationParameters)
    for (const e of p.timeline.entries) out.push({ where: `${p.id} from ${e.from.toString()}`, ref: e.ref })
  for (const r of municipalAllocationRules) out.push({ where: `${r.municipality} ${r.year}`, ref: r.ref })
  return out
}

const isMunicipal = (ref: LegalRef) =>
  /savivaldyb/i.test(ref.issuer ?? '') ||
  ['directors-order', 'mayors-decree', 'council-decision'].includes(ref.kind ?? '')

describe('allocation legal references (LegalRef v2)', () => {
  it('every reference has kind, date and status (and is a valid LegalRef)', () => {
    const missing = allReferences()
      .filter(({ ref }) => !ref.kind || !ref.date || !ref.status)
      .map(({ where }) => where)
    expect(missing).toEqual([])
    for (const { ref } of allReferences()) LegalRefSchema.parse(ref)
  })

  it('the check above can fail: a reference without a date is caught', () => {
    const undated: LegalRef = { ...allReferences()[0]!.ref }
    delete undated.date
    expect([undated].filter((ref) => !ref.kind || !ref.date || !ref.status)).toHaveLength(1)
  })

  it('carries issuer, number and title where known, and notes in lt and en instead of a research note', () => {
    for (const { where, ref } of allReferences()) {
      expect(ref, where).not.toHaveProperty('note')
      expect(ref.issuer, where).toBeTruthy()
      expect(ref.number, where).toBeTruthy()
      expect(ref.notes?.lt, where).toBeTruthy()
      expect(ref.notes?.en, where).toBeTruthy()
      // no research jargon in the texts a reader sees
      expect(`${ref.notes?.lt} ${ref.notes?.en}`, where).not.toMatch(
        /stored copy|saugom|search|paieš|inference|domain spec/i,
      )
    }
  })

  it('no rule or parameter cites a municipality’s act by default: defaults cite the law or the ministry', () => {
    const defaults = allReferences().filter(({ where }) => where.startsWith('allocation.'))
    expect(defaults.filter(({ ref }) => isMunicipal(ref)).map(({ where }) => where)).toEqual([])
    for (const { ref } of defaults)
      expect(['law', 'government-resolution', 'ministers-order', 'model-description']).toContain(ref.kind)
  })

  it('municipal rules cite the municipality’s own act, with a status that says what was read', () => {
    for (const rule of municipalAllocationRules) {
      expect(isMunicipal(rule.ref)).toBe(true)
      expect(rule.ref.issuer).toContain(rule.municipality.split(' ')[0]!.slice(0, 5))
      expect(rule.ref.status).toBe(rule.stated ? 'verified' : 'secondary-source')
    }
    expect(
      municipalAllocationRules.map((r) => [r.municipality, r.year, r.ruleId, r.value, r.ref.number]),
    ).toEqual([
      ['Jonavos rajono savivaldybė', 2021, 'allocation.fixed-part', '2000', '13B-548'],
      ['Kretingos rajono savivaldybė', 2022, 'allocation.fixed-part', '750', 'A1-485'],
      ['Skuodo rajono savivaldybė', 2022, 'allocation.minimum-part', '500', 'A1-378'],
    ])
  })

  it('explainAllocation cites the ministry by default and the municipality’s act only when given for its allocation', () => {
    const input = {
      total: '1100',
      unit: '1',
      fixed: '100',
      minimum: '300',
      recipients: byWeight({ a: 1, b: 9 }),
    }
    const result = allocate(input)
    const byDefault = explainAllocation(result, { lang: 'lt', asOf: '2022-05-11' })
    for (const reason of byDefault.reasons) expect(isMunicipal(reason.ref)).toBe(false)
    const kretinga = municipalAllocationRules[1]!
    const skuodas = municipalAllocationRules[2]!
    const own = explainAllocation(result, {
      lang: 'lt',
      asOf: '2022-05-11',
      refs: { 'allocation.fixed-part': kretinga.ref, 'allocation.minimum-part': skuodas.ref },
    })
    expect(own.reasons.find((r) => r.ruleId === 'allocation.fixed-part')?.ref.number).toBe('A1-485')
    expect(own.reasons.find((r) => r.ruleId === 'allocation.minimum-part')?.ref.number).toBe('A1-378')
    expect(own.reasons.find((r) => r.ruleId === 'allocation.largest-remainder')?.ref.number).toBe('A1-246')
  })
})
