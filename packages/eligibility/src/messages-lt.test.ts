import { LANGS, messagePlaceholders, renderMessage } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { eligibilityMessages, renderEligibilityMessage } from './messages.js'

/** Sample parameters for a template, by the style of each placeholder. */
function sampleParams(template: string, plural: number): Record<string, string | number> {
  const params: Record<string, string | number> = {}
  for (const { name, style } of messagePlaceholders(template)) {
    params[name] =
      style === 'amount' ? '2600.00' : style === 'number' ? '54.0' : style === 'plural' ? plural : 'X'
  }
  return params
}

// Codes and English words that must not reach a Lithuanian text: kebab-case and camelCase codes,
// results, and research notes.
const ENGLISH = [
  /\b[a-z]+(?:-[a-z]+)+\b/,
  /\b[a-z]+[A-Z][A-Za-z]*\b/,
  /\b(?:pass|fail|unknown|applied|travel|true|false|undefined|null|EUR)\b/,
  /stored copy|not found|verified|unverified/i,
]

describe('Lithuanian messages', () => {
  const keys = Object.keys(eligibilityMessages) as (keyof typeof eligibilityMessages)[]

  it.each(keys)('%s renders Lithuanian numbers and no English codes', (key) => {
    const template = eligibilityMessages[key].lt
    for (const plural of [61, 4]) {
      const text = renderEligibilityMessage(key, sampleParams(template, plural), 'lt')
      expect(text).not.toMatch(/\d\.\d/)
      for (const pattern of ENGLISH) expect(text, `${key}: ${text}`).not.toMatch(pattern)
      expect(text).not.toMatch(/\{\w+/)
    }
  })

  it('writes amounts the Lithuanian way and agrees plurals', () => {
    expect(renderEligibilityMessage('eligibility.amount.pass', { amount: '2600.00' }, 'lt')).toContain(
      '2 600,00 Eur',
    )
    expect(renderEligibilityMessage('eligibility.amount.pass', { amount: '2600.00' }, 'en')).toContain(
      'EUR 2,600.00',
    )
    const header = (count: number) =>
      renderEligibilityMessage(
        'eligibility.explain.eligible',
        { ruleSet: 'R', asOf: '2023-04-06', count },
        'lt',
      )
    expect(header(1)).toContain('(1 reikalavimas)')
    expect(header(4)).toContain('(4 reikalavimai)')
    expect(header(10)).toContain('(10 reikalavimų)')
  })

  it('shows cost categories and activity areas by their labels, a call’s own codes quoted', () => {
    const text = renderEligibilityMessage(
      'eligibility.community.p4.fail.both',
      {
        ineligible: 'alcohol, travel',
        overCap: 'long-term-tangible-assets ≤ 200.00',
        eligible: '1000.00',
        total: '1500.00',
      },
      'lt',
    )
    expect(text).toContain('alkoholiniai gėrimai, „travel“')
    expect(text).toContain('ilgalaikis materialusis turtas – ne daugiau kaip 200,00 Eur')
  })

  it('names a policy the call does not state in Lithuanian (explain lists it as missing information)', () => {
    for (const name of [
      'call.applicants',
      'call.amounts.overMaximum',
      'envelope',
      'traditionalReligiousCommunity',
    ]) {
      const label = (eligibilityMessages as Record<string, { lt: string }>)[`eligibility.fact.${name}`]?.lt
      expect(label, name).toBeDefined()
      for (const pattern of ENGLISH) expect(label).not.toMatch(pattern)
    }
    const capped = renderEligibilityMessage(
      'eligibility.amount.pass.capped',
      { amount: '5250.63', max: '3000.00' },
      'lt',
    )
    expect(capped).toContain('(5 250,63 Eur)')
    expect(capped).toContain('sumažinta iki 3 000,00 Eur')
  })

  it('throws for a missing parameter instead of printing {name}', () => {
    for (const lang of LANGS) {
      expect(() => renderEligibilityMessage('eligibility.amount.pass', {}, lang)).toThrowError(
        expect.objectContaining({ code: 'UNKNOWN_MESSAGE' }),
      )
      expect(() => renderMessage(eligibilityMessages, 'eligibility.ngo.n3.pass.filed', {}, lang)).toThrow()
    }
  })
})
