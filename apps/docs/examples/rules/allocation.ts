/**
 * Worked examples of the allocation rule pages: the method on small documented inputs (the Alabama
 * paradox weights of the domain specification, a fixed part per eldership as in Jonava 2021, a
 * minimum per recipient) and the ministry's allocation on the embedded residents data.
 */

// #region largest-remainder
import { allocate, allocateByResidents, allocationMessages } from '@talka/allocation'
import { type Lang, renderDecision } from '@talka/core'

export function largestRemainder() {
  // Weights 6, 6 and 2 share EUR 10 in whole euros: the exact quotas are 4.29, 4.29 and 1.43.
  const { shares } = allocate({
    total: '10',
    unit: '1',
    recipients: [
      { id: 'a', weight: 6 },
      { id: 'b', weight: 6 },
      { id: 'c', weight: 2 },
    ],
  })
  return shares
}
// #endregion largest-remainder

// #region fixed-part
export function fixedPart() {
  // EUR 2,000 per eldership first, the rest by residents (the pattern of Jonava 2021; figures invented).
  const { shares } = allocate({
    total: '20000',
    unit: '1',
    fixed: '2000',
    recipients: [
      { id: 'seniūnija A', weight: 1350 },
      { id: 'seniūnija B', weight: 1180 },
      { id: 'seniūnija C', weight: 4460 },
    ],
  })
  return shares
}
// #endregion fixed-part

// #region minimum-part
export function minimumPart() {
  // No recipient gets less than EUR 500; the rest is split among the others by weight.
  const { shares } = allocate({
    total: '3000',
    unit: '1',
    minimum: '500',
    recipients: [
      { id: 'didelė', weight: 5000 },
      { id: 'vidutinė', weight: 2500 },
      { id: 'maža', weight: 300 },
    ],
  })
  return shares
}
// #endregion minimum-part

// #region ministry
export function ministry2021(lang: Lang) {
  const result = allocateByResidents({ year: 2021 })
  return {
    total: result.total.value,
    data: result.data,
    firstShares: result.shares.slice(0, 3),
    warnings: result.warnings.map((w) => w.message[lang]),
    explanation: renderDecision(result.explanation, allocationMessages, lang),
  }
}
// #endregion ministry

/** The examples of this file, by the rules they cover. */
export const ruleExamples: readonly import('../rule-example.js').RuleExample[] = [
  { region: 'largest-remainder', covers: ['allocation.largest-remainder'], run: largestRemainder },
  { region: 'fixed-part', covers: ['allocation.fixed-part'], run: fixedPart },
  { region: 'minimum-part', covers: ['allocation.minimum-part'], run: minimumPart },
  { region: 'ministry', covers: ['allocation.ministry.'], run: ministry2021 },
]
