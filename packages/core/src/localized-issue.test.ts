import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { localizedIssue } from './localized-issue.js'
import { inputParser } from './parsed.js'
import { parseWith, safeParseWith, ValidationError } from './validation.js'

const catalog = {
  'demo.order': { lt: 'Pabaiga ankstesnė už pradžią ({from}).', en: 'The end is before the start ({from}).' },
}
const Period = z.strictObject({ from: z.string(), to: z.string() }).superRefine((p, ctx) => {
  if (p.to < p.from)
    ctx.addIssue({ code: 'custom', path: ['to'], ...localizedIssue(catalog, 'demo.order', { from: p.from }) })
})
const bad = { from: '2024-02-01', to: '2024-01-01' }

describe('localizedIssue and ParseContext.lang', () => {
  it('keeps the English text by default and gives the context language’s text when asked', () => {
    const messageIn = (lang?: 'lt' | 'en') => {
      const r = safeParseWith(Period, bad, lang === undefined ? undefined : { lang })
      return r.success ? undefined : r.error.issues[0]?.message
    }
    expect(messageIn()).toBe('The end is before the start (2024-02-01).')
    expect(messageIn('en')).toBe('The end is before the start (2024-02-01).')
    expect(messageIn('lt')).toBe('Pabaiga ankstesnė už pradžią (2024-02-01).')
    expect(() => parseWith(Period, bad, { lang: 'lt' })).toThrow(ValidationError)
    const parsed = inputParser(Period).safeParse(bad, { lang: 'lt' })
    expect(parsed.success ? undefined : parsed.error.issues[0]).toMatchObject({
      path: ['to'],
      code: 'custom',
    })
  })

  it('leaves zod’s own issues and a custom issue without texts as they are', () => {
    const r = safeParseWith(Period, { from: 1, to: '2024-01-01' }, { lang: 'lt' })
    expect(r.success ? [] : r.error.issues.map((issue) => issue.code)).toEqual(['invalid_type'])
    const plain = z.string().refine((s) => s.length > 3, { message: 'Too short', params: { messages: 'x' } })
    const p = safeParseWith(plain, 'ab', { lang: 'lt' })
    expect(p.success ? undefined : p.error.issues[0]?.message).toBe('Too short')
  })
})
