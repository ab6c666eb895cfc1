import { calls } from '@talka/calls'
import { describe, expect, it } from 'vitest'
import { eligibilityMessages, renderEligibilityMessage } from './messages.js'

/*
 * Every code a catalog call uses for an activity area or a capped cost category has a label in both
 * languages, so a verdict never shows a bare code such as „sport-health“ to a reader.
 */
const areaCodes = [...new Set(Object.values(calls).flatMap((call) => call.activities?.areas ?? []))].sort()
const capCodes = [
  ...new Set(Object.values(calls).flatMap((call) => (call.costs?.caps ?? []).map((cap) => cap.category))),
].sort()

describe('labels of the codes the catalog calls use', () => {
  it('finds codes to check', () => {
    expect(areaCodes).toContain('sport-health')
    expect(capCodes).toContain('long-term-tangible-assets')
  })

  it.each(areaCodes)('activity area %s has a label in lt and en', (code) => {
    expect(Object.hasOwn(eligibilityMessages, `eligibility.activityArea.${code}`)).toBe(true)
  })

  it.each(capCodes)('cost category %s has a label in lt and en', (code) => {
    expect(Object.hasOwn(eligibilityMessages, `eligibility.costCategory.${code}`)).toBe(true)
  })

  it('shows sport-health by its label, not its code', () => {
    const lt = renderEligibilityMessage('eligibility.activityArea.sport-health', {}, 'lt')
    expect(lt).toBe('sporto ir sveikatinimo veikla')
    expect(lt).not.toMatch(/sport-health/)
  })
})
