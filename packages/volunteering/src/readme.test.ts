import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { agreement2023Examples } from '../examples/agreement-2023.js'
import { workedExamples } from '../examples/worked-examples.js'
import { canVolunteer } from './can-volunteer.js'

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const blocks = (fence: string) =>
    readme
      .split(`\`\`\`${fence}\n`)
      .slice(1)
      .map((b) => b.split('\n```')[0])

  test('the 2023 agreement on 2024-06-30, 2024-07-01 and 2025-01-10 is the real output of the functions', () => {
    const shown = blocks('text')[0]
    expect(shown).toBe(agreement2023Examples())
    for (const day of ['2024-06-30', '2024-07-01', '2025-01-10']) expect(shown).toContain(`## ${day}`)
    // every answer shown carries a citation with its status
    for (const line of (shown ?? '').split('\n').filter((l) => l.startsWith('- ['))) {
      expect(line).toMatch(/ — .+ \[(verified|secondary-source|unverified)\]$/)
    }
  })

  test('the worked example is the real output of examples/worked-examples.ts', () => {
    expect(blocks('text')[1]).toBe(workedExamples())
  })

  test('the JSON decision shown is the real decision (reference notes shortened)', () => {
    const json = JSON.parse(blocks('json')[0] ?? 'null')
    const decision = canVolunteer(
      { birthDate: '2010-05-01', citizenship: 'LT', legalRepresentativeObjects: false },
      { asOf: '2025-01-10' },
    )
    const shorten = (d: typeof decision) => ({
      ...d,
      reasons: d.reasons.map((r) => ({
        ...r,
        ref: {
          ...r.ref,
          note: r.ref.note ? '…' : undefined,
          notes: r.ref.notes ? { lt: '…', en: '…' } : undefined,
        },
      })),
    })
    expect(json).toEqual(JSON.parse(JSON.stringify(shorten(decision))))
  })
})
