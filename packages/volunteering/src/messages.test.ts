import {
  checkMessageCatalog,
  type Lang,
  type MessageParams,
  messagePlaceholders,
  renderMessage,
} from '@talka/core'
import { describe, expect, test } from 'vitest'
import { volunteeringCatalog } from './catalog.js'
import { expenseKindLabels, volunteeringMessages } from './messages.js'

/*
 * Issue 16 / 18: every Lithuanian message reads like an official letter. Each message is rendered with
 * sample parameters built from its placeholders (amount → '2600.00', number → '54.0', plural → 61 and 4,
 * plain → 'X'); the text must show no decimal point, no English code or fact id, no research note.
 */

function samples(template: string): MessageParams[] {
  const base: Record<string, string | number> = {}
  const plurals: string[] = []
  for (const { name, style } of messagePlaceholders(template)) {
    if (style === 'amount') base[name] = '2600.00'
    else if (style === 'number') base[name] = '54.0'
    else if (style === 'plural') plurals.push(name)
    else base[name] = 'X'
  }
  if (plurals.length === 0) return [base]
  return [61, 4, 1, 10].map((n) => ({ ...base, ...Object.fromEntries(plurals.map((p) => [p, n])) }))
}

const render = (key: string, lang: Lang) => {
  const template = volunteeringMessages[key]![lang]
  return samples(template).map((params) => renderMessage(volunteeringMessages, key, params, lang))
}

// Whole words only: Lithuanian letters (š, ų, …) are letters, so `\p{L}` marks the word's edges.
const ENGLISH_WORDS =
  /(?<!\p{L})(the|and|of|is|not|travel|meals|accommodation|own|car|per diem|communication|other|applied|eligible|ineligible|unknown|yes|no|pass|fail|missing|parameter|true|false|null|undefined|stored|copy)(?!\p{L})/iu
const CODE = /(?<!\p{L})[a-z]+[A-Z]\w*|(?<!\p{L})[a-z]+-[a-z]+(?!\p{L})|\w+\.\w+\.\w+|parameter:|claims\[/u
const RESEARCH = /stored|copy|saugom|nerast|kopij/i

describe('Lithuanian messages', () => {
  const keys = Object.keys(volunteeringMessages)

  test('the catalog is complete and consistent (core check)', () => {
    expect(checkMessageCatalog(volunteeringMessages)).toEqual([])
    expect(keys.length).toBeGreaterThan(80)
  })

  test.each(keys)('%s: no decimal point, no English code, no research note', (key) => {
    for (const text of render(key, 'lt')) {
      expect(text, text).not.toMatch(/\d\.\d/)
      expect(text, text).not.toMatch(ENGLISH_WORDS)
      expect(text, text).not.toMatch(CODE)
      expect(text, text).not.toMatch(RESEARCH)
      expect(text, text).not.toMatch(/[{}]/)
    }
  })

  test.each(keys)('%s: the English text carries no research note either', (key) => {
    for (const text of render(key, 'en')) expect(text, text).not.toMatch(RESEARCH)
  })

  test('amounts, numbers and plurals are formatted the Lithuanian way', () => {
    const lt = (key: string, params: MessageParams) => renderMessage(volunteeringMessages, key, params, 'lt')
    expect(lt('expenses.claim.yes.travel', { index: 1, claimed: '2946.00', eligible: '2946.00' })).toBe(
      'Išlaidos Nr. 1 (kelionė): kompensuojama 2 946,00 Eur iš 2 946,00 Eur.',
    )
    expect(lt('activity.long-term.pass', { days: 61, minDays: 60 })).toBe(
      'Sutartis sudaryta 61 dienos laikotarpiui (ne trumpesniam kaip 60 dienų), todėl veikla yra ilgalaikė.',
    )
    expect(lt('activity.long-term.fail', { days: 21, minDays: 60 })).toContain('21 dienos laikotarpiui')
    expect(lt('activity.long-term.fail', { days: 4, minDays: 60 })).toContain('4 dienų laikotarpiui')
    expect(lt('activity.service.fail-hours', { hours: 54.5, minHours: 100 })).toBe(
      'Veikla trunka 54,5 val. (mažiau kaip 100 val.), todėl tai nėra savanoriška tarnyba.',
    )
  })

  test('every expense kind has a label in both languages, and a claim message per outcome', () => {
    for (const [kind, label] of Object.entries(expenseKindLabels)) {
      expect(label.lt).not.toMatch(ENGLISH_WORDS)
      for (const outcome of ['yes', 'no', 'unknown'])
        expect(keys).toContain(`expenses.claim.${outcome}.${kind}`)
    }
  })

  test('catalog texts (rule and parameter descriptions) carry no research notes', () => {
    for (const entry of volunteeringCatalog) {
      for (const text of [entry.title, entry.description].filter((t) => t !== undefined)) {
        expect(text.lt, text.lt).not.toMatch(RESEARCH)
        expect(text.en, text.en).not.toMatch(/stored|copy/i)
      }
    }
  })
})
