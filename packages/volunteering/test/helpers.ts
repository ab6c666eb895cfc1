import { test as fcTest } from '@fast-check/vitest'
import { type Decision, TraceV1Schema } from '@talka/core'
import type fc from 'fast-check'
import { expect } from 'vitest'
import { volunteeringCatalog } from '../src/catalog.js'
import { editionById } from '../src/editions.js'
import type { VolunteeringOptions } from '../src/options.js'
import type { EditionId } from '../src/parameters.js'
import { volunteeringOptionsArb } from '../src/testing.js'

/** The edition a decision applied, read from its ruleSet (null when undetermined). */
export function editionOf(decision: Decision): EditionId | null {
  const id = decision.ruleSet?.id
  if (id === 'volunteering/xi-1500/original') return 'original'
  if (id === 'volunteering/xi-1500/new') return 'new'
  return null
}

/**
 * The invariants every decision of the package keeps: valid trace.v1 JSON; it cites an article of the
 * edition it applied (or, with no edition, its outcome is unknown and a parameter is missing); every
 * reason's rule and message are in the catalog; every reason has a reference with a URL.
 */
export function expectWellFormed(decision: Decision): void {
  expect(TraceV1Schema.safeParse(JSON.parse(JSON.stringify(decision))).success).toBe(true)
  const edition = editionOf(decision)
  if (edition === null) {
    expect(decision.outcome).toBe('unknown')
    expect(decision.missingFacts.some((f) => f.startsWith('parameter:'))).toBe(true)
  } else {
    const act = editionById(edition).act
    expect(decision.reasons.some((r) => r.ref.act === act && r.ref.article !== undefined)).toBe(true)
    // no reason cites the other edition of the law
    const other = editionById(edition === 'original' ? 'new' : 'original').act
    expect(decision.reasons.some((r) => r.ref.act === other)).toBe(false)
  }
  for (const reason of decision.reasons) {
    const rule = volunteeringCatalog.find((e) => e.kind === 'rule' && e.id === reason.ruleId)
    expect(rule, `rule ${reason.ruleId}`).toBeDefined()
    if (rule?.kind === 'rule') expect(Object.keys(rule.messages)).toContain(reason.message.key)
    expect(reason.ref.url).toMatch(/^https:\/\//)
    expect(reason.message.text.length).toBeGreaterThan(0)
  }
  if (decision.outcome === 'unknown') expect(decision.missingFacts.length).toBeGreaterThan(0)
}

/**
 * The property of a check that returns a decision: for any input its arbitrary draws and any options,
 * the decision is well formed ({@link expectWellFormed}).
 */
export function testEveryDecisionWellFormed<I>(
  inputArb: fc.Arbitrary<I>,
  check: (input: I, options: VolunteeringOptions) => Decision,
): void {
  fcTest.prop([inputArb, volunteeringOptionsArb()])(
    'every decision is well formed and cites an article of the edition it used',
    (input, options) => {
      expectWellFormed(check(input, options))
    },
  )
}
