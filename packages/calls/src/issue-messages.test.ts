import { checkMessageCatalog, renderMessage } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { calls } from './catalog.js'
import { callIssueMessages } from './issue-messages.js'
import { safeParseCall } from './parse-call.js'

const call = calls['vilnius-2024']

describe('the call schema’s cross-field messages', () => {
  it('are a well-formed lt/en catalog whose Lithuanian texts read like a letter', () => {
    expect(() => checkMessageCatalog(callIssueMessages)).not.toThrow()
    for (const key of Object.keys(callIssueMessages)) {
      const lt = renderMessage(callIssueMessages, key, {}, 'lt')
      expect(lt, key).not.toMatch(/\d\.\d/)
      expect(lt, key).not.toMatch(/[A-Za-z]+[A-Z][a-z]+|\b(max|min|id|cap|lot|until|from)\b/)
      expect(lt, key).not.toBe(renderMessage(callIssueMessages, key, {}, 'en'))
    }
  })

  it('come in Lithuanian when the parse context asks for lt, in English otherwise', () => {
    const broken = {
      ...call,
      dates: { ...call.dates, submissionFrom: '2024-05-01', submissionUntil: '2024-04-01' },
    }
    const lt = safeParseCall(broken, { lang: 'lt' })
    const en = safeParseCall(broken)
    if (lt.success || en.success) throw new Error('expected the dates to be refused')
    const at = (issues: readonly { path: readonly (string | number)[]; message: string }[]) =>
      issues.find((issue) => issue.path.join('.') === 'dates.submissionUntil')?.message
    expect(at(lt.error.issues)).toBe('Paraiškų priėmimo pabaigos diena ankstesnė už pradžios dieną.')
    expect(at(en.error.issues)).toBe('submissionUntil is before submissionFrom')
    const english = safeParseCall(broken, { lang: 'en' })
    expect(english.success ? undefined : at(english.error.issues)).toBe(
      'submissionUntil is before submissionFrom',
    )
  })
})
