import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { workedExamples } from '../examples/worked-examples.js'
import { canVolunteer } from './can-volunteer.js'

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

  test('the worked example is the real output of examples/worked-examples.ts', () => {
    const block = readme.split('```text\n')[1]?.split('\n```')[0]
    expect(block).toBe(workedExamples())
  })

  test('the JSON decision shown is the real decision (reference notes shortened)', () => {
    const json = JSON.parse(readme.split('```json\n')[1]?.split('\n```')[0] ?? 'null')
    const decision = canVolunteer(
      { birthDate: '2010-05-01', citizenship: 'LT', legalRepresentativeObjects: false },
      { asOf: '2025-01-10' },
    )
    const shorten = (d: typeof decision) => ({
      ...d,
      reasons: d.reasons.map((r) => ({ ...r, ref: { ...r.ref, note: r.ref.note ? '…' : undefined } })),
    })
    expect(json).toEqual(JSON.parse(JSON.stringify(shorten(decision))))
  })
})
