// The rules of a ranking input that span fields (score ranges, missing and unknown criteria, duplicate ids
// and evaluators, tie-break keys, the remainder policy's minimum). They are part of the zod schema
// (`RankApplicationsInputSchema` runs them as its check) and read the schema's output. Internal.
import { tryParseCents } from '@talka/core'
import type { z } from 'zod'
import type { ApplicationSchema } from './application.js'
import type { CallSchema } from './call.js'
import { scoreHundredths } from './score-hundredths.js'

type CallOutput = z.output<typeof CallSchema>
type ApplicationOutput = z.output<typeof ApplicationSchema>

/** A structurally valid input (what the schema's object parts produced). */
export interface StructurallyValidInput {
  readonly call: CallOutput
  readonly applications: readonly ApplicationOutput[]
}

type Path = (string | number)[]
type Report = (path: Path, code: string, message: string) => void

/** The call's cross-field problems. */
function callIssues(call: CallOutput, report: Report): Map<string, number> {
  const ids = new Map<string, number>()
  call.criteria.forEach((k, i) => {
    if (ids.has(k.id))
      report(['call', 'criteria', i, 'id'], 'duplicate_criterion', `Criterion "${k.id}" is listed twice`)
    else ids.set(k.id, i)
    const maxH = scoreHundredths(k.max) ?? 0
    const minH = k.min === undefined ? 0 : (scoreHundredths(k.min) ?? 0)
    if (minH >= maxH)
      report(['call', 'criteria', i, 'min'], 'invalid_range', 'Expected the minimum below the maximum')
  })
  const min = call.minPerProject === undefined ? undefined : tryParseCents(call.minPerProject)
  const max = call.maxPerProject === undefined ? undefined : tryParseCents(call.maxPerProject)
  if (min !== undefined && max !== undefined && min > max) {
    report(
      ['call', 'minPerProject'],
      'invalid_range',
      'Expected the minimum per project not above the maximum',
    )
  }
  if (call.lastProject === 'offer-remainder-if-at-least-minimum' && min === undefined) {
    report(['call', 'minPerProject'], 'required', 'The remainder policy needs the call’s minimum per project')
  }
  const keys = call.tieBreak ?? []
  const seen = new Set<string>()
  keys.forEach((key, i) => {
    const path = ['call', 'tieBreak', i]
    const name = typeof key === 'string' ? key : 'lot'
    if (seen.has(name)) report(path, 'duplicate_tie_break', `Tie-break key "${name}" is listed twice`)
    seen.add(name)
    if (typeof key !== 'string') {
      if (i !== keys.length - 1) report(path, 'lot_not_last', 'A lot decides every tie: it must be last')
    } else if (key !== 'submittedAt') {
      const id = key.slice('criterion:'.length)
      if (!ids.has(id)) report(path, 'unknown_criterion', `No criterion "${id}" in the call`)
    }
  })
  return ids
}

/**
 * Reports every cross-field problem of a structurally valid input through `report`, the call's first, then
 * each application's in order.
 */
export function crossFieldIssues(input: StructurallyValidInput, report: Report): void {
  const { call, applications } = input
  const criterionIndex = callIssues(call, report)
  const criteria = call.criteria
  const count = criteria.length
  const range = criteria.map((k) => ({
    minH: k.min === undefined ? 0 : (scoreHundredths(k.min) ?? 0),
    maxH: scoreHundredths(k.max) ?? 0,
  }))
  const needsSubmittedAt = (call.tieBreak ?? []).includes('submittedAt')
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
    const evaluations = a.evaluations
    for (let j = 0; j < evaluations.length; j++) {
      const e = evaluations[j]!
      const at = (...rest: (string | number)[]): Path => ['applications', i, 'evaluations', j, ...rest]
      for (let k = 0; k < j; k++) {
        if (evaluations[k]!.evaluator === e.evaluator) {
          report(
            at('evaluator'),
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
          report(at('scores', key), 'unknown_criterion', `No criterion "${key}" in the call`)
          continue
        }
        const value = e.scores[key]!
        const h = scoreHundredths(value) ?? 0
        const r = range[index]!
        if (h < r.minH || h > r.maxH) {
          report(
            at('scores', key),
            'score_out_of_range',
            `Score ${String(value)} is outside the range ${r.minH / 100}–${r.maxH / 100} of criterion "${key}"`,
          )
        }
        scored[index] = 1
      }
      for (let k = 0; k < count; k++) {
        if (scored[k] === 0) {
          const id = criteria[k]!.id
          report(at('scores', id), 'missing_score', `No score for criterion "${id}"`)
        }
      }
      if (e.justification) {
        for (const key of Object.keys(e.justification)) {
          if (!criterionIndex.has(key))
            report(at('justification', key), 'unknown_criterion', `No criterion "${key}" in the call`)
        }
      }
    }
  }
}
