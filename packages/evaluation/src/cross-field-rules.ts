// The rules of a ranking input that span fields (the call's budget and criteria present, score ranges,
// missing and unknown criteria, duplicate ids and evaluators, the eligible amount, envelopes, submission
// times for a tie-break by them). They are part of the zod schema (`RankApplicationsInputSchema` runs them
// as its check) and read the schema's output. The call's own rules are `@talka/calls`'. Internal.
import type { Call } from '@talka/calls'
import { tryParseCents } from '@talka/core'
import type { z } from 'zod'
import type { ApplicationSchema } from './application.js'
import { scoreHundredths } from './score-hundredths.js'

type ApplicationOutput = z.output<typeof ApplicationSchema>

/** A structurally valid input (what the schema's object parts produced). */
export interface StructurallyValidInput {
  readonly call: Call
  readonly applications: readonly ApplicationOutput[]
}

const MAX_CRITERION_H = 100_000_000

type Path = (string | number)[]
type Report = (path: Path, code: string, message: string) => void

// A module-level function, not a closure per evaluation: 300,000 evaluations would make 300,000 closures.
const at = (i: number, j: number, ...rest: (string | number)[]): Path => [
  'applications',
  i,
  'evaluations',
  j,
  ...rest,
]

/**
 * Reports every cross-field problem of a structurally valid input through `report`, the call's first, then
 * each application's in order.
 */
export function crossFieldIssues(input: StructurallyValidInput, report: Report): void {
  const { call, applications } = input
  if (!call.budget) report(['call', 'budget'], 'required', 'Ranking needs the call’s budget')
  const criteria = call.evaluation?.criteria ?? []
  if (criteria.length === 0) {
    report(['call', 'evaluation', 'criteria'], 'required', 'Ranking needs the call’s criteria')
  }
  criteria.forEach((k, i) => {
    // Scores are stored as 32-bit hundredths; no real call comes near a million points per criterion.
    if ((scoreHundredths(k.max) ?? 0) > MAX_CRITERION_H) {
      report(
        ['call', 'evaluation', 'criteria', i, 'max'],
        'invalid_range',
        'Ranking reads criteria with a maximum of at most 1000000 points',
      )
    }
  })
  const criterionIndex = new Map(criteria.map((k, i) => [k.id, i]))
  const count = criteria.length
  const range = criteria.map((k) => ({
    minH: scoreHundredths(k.min) ?? 0,
    maxH: scoreHundredths(k.max) ?? 0,
  }))
  const ties = call.evaluation?.tiesAtBudgetLine
  const needsSubmittedAt =
    typeof ties === 'object' && 'keys' in ties && ties.keys.some((k) => k === 'submittedAt')
  const envelopes = call.budget?.kind === 'envelopes' ? new Set(call.budget.envelopes.map((e) => e.id)) : null
  const appIds = new Set<string>()
  const scored = new Uint8Array(count)
  for (let i = 0; i < applications.length; i++) {
    const a = applications[i]!
    if (appIds.has(a.id))
      report(['applications', i, 'id'], 'duplicate_application', `Application "${a.id}" is listed twice`)
    appIds.add(a.id)
    if (needsSubmittedAt && a.submittedAt === undefined) {
      report(
        ['applications', i, 'submittedAt'],
        'required',
        'The call breaks ties by submission time: submittedAt is required',
      )
    }
    if (a.eligibleAmount !== undefined) {
      const eligible = tryParseCents(a.eligibleAmount) ?? 0
      const requested = tryParseCents(a.requested) ?? 0
      if (eligible > requested) {
        report(
          ['applications', i, 'eligibleAmount'],
          'eligible_above_requested',
          'The eligible amount is above the requested amount',
        )
      }
    }
    if (envelopes) {
      if (a.envelope === undefined) {
        report(
          ['applications', i, 'envelope'],
          'required',
          'The call’s budget is split into envelopes: envelope is required',
        )
      } else if (!envelopes.has(a.envelope)) {
        report(['applications', i, 'envelope'], 'unknown_envelope', `No envelope "${a.envelope}" in the call`)
      }
    } else if (a.envelope !== undefined) {
      report(
        ['applications', i, 'envelope'],
        'unknown_envelope',
        'The call’s budget has no envelopes: envelope must be left out',
      )
    }
    if (count === 0) continue
    const evaluations = a.evaluations
    for (let j = 0; j < evaluations.length; j++) {
      const e = evaluations[j]!
      for (let k = 0; k < j; k++) {
        if (evaluations[k]!.evaluator === e.evaluator) {
          report(
            at(i, j, 'evaluator'),
            'duplicate_evaluator',
            `Evaluator "${e.evaluator}" scored this application twice`,
          )
          break
        }
      }
      scored.fill(0)
      for (const key of Object.keys(e.scores)) {
        const index = criterionIndex.get(key)
        if (index === undefined) {
          report(at(i, j, 'scores', key), 'unknown_criterion', `No criterion "${key}" in the call`)
          continue
        }
        const value = e.scores[key]!
        const h = scoreHundredths(value) ?? 0
        const r = range[index]!
        if (h < r.minH || h > r.maxH) {
          report(
            at(i, j, 'scores', key),
            'score_out_of_range',
            `Score ${String(value)} is outside the range ${r.minH / 100}–${r.maxH / 100} of criterion "${key}"`,
          )
        }
        scored[index] = 1
      }
      for (let k = 0; k < count; k++) {
        if (scored[k] === 0) {
          const id = criteria[k]!.id
          report(at(i, j, 'scores', id), 'missing_score', `No score for criterion "${id}"`)
        }
      }
      if (e.justification) {
        for (const key of Object.keys(e.justification)) {
          if (!criterionIndex.has(key))
            report(at(i, j, 'justification', key), 'unknown_criterion', `No criterion "${key}" in the call`)
        }
      }
    }
  }
}
