// The reporting validator: every problem of an input with its JSON path, as the zod schemas report them (kept
// equal by a property test), in two steps — structure first, then the cross-field rules. It runs only when the
// one-pass preparation (prepare-input.ts) has given up on an input, which happens exactly when the input has a
// problem; the zod schemas stay the published contract and run the same cross-field rules. Internal.
import { IsoDateSchema, type ValidationIssue } from '@talka/core'
import type { z } from 'zod'
import { type ApplicationSchema, FormalCheckSchema } from './application.js'
import type { Call } from './call.js'
import { moneyCents, scoreHundredths } from './exact.js'
import { appPath, Checker, evalPath, isObject, isPlainRecord } from './input-checker.js'
import { checkCall, prepareCall } from './prepare-call.js'
import { prepareInput } from './prepare-input.js'
import type { PreparedInput } from './prepared-input.js'
import { isSubmittedAt } from './submitted-at.js'

function checkApplication(c: Checker, a: unknown, i: number): void {
  // The common case (everything valid) allocates nothing; paths are built only for a problem.
  if (!isObject(a)) {
    c.add(appPath(i), 'invalid_type', 'Expected an object')
    return
  }
  if (typeof a.id !== 'string' || a.id.length === 0) c.string(a.id, appPath(i, 'id'), 1)
  if (typeof a.requested !== 'string' || !((moneyCents(a.requested) ?? 0) > 0))
    c.amount(a.requested, appPath(i, 'requested'), true)
  if (a.submittedAt !== undefined && !(typeof a.submittedAt === 'string' && isSubmittedAt(a.submittedAt))) {
    if (c.string(a.submittedAt, appPath(i, 'submittedAt'))) {
      c.add(
        appPath(i, 'submittedAt'),
        'custom',
        'Expected an ISO local date-time, e.g. "2024-03-20T10:15:00"',
      )
    }
  }
  if (a.applicant !== undefined && typeof a.applicant !== 'string')
    c.string(a.applicant, appPath(i, 'applicant'))
  if (a.title !== undefined && typeof a.title !== 'string') c.string(a.title, appPath(i, 'title'))
  const evaluations = a.evaluations
  if (!Array.isArray(evaluations)) c.add(appPath(i, 'evaluations'), 'invalid_type', 'Expected an array')
  else {
    if (evaluations.length > 20)
      c.add(appPath(i, 'evaluations'), 'too_big', 'Expected at most 20 evaluations')
    for (let j = 0; j < evaluations.length; j++) {
      const e: unknown = evaluations[j]
      if (!isObject(e)) {
        c.add(evalPath(i, j), 'invalid_type', 'Expected an object')
        continue
      }
      if (typeof e.evaluator !== 'string' || e.evaluator.length === 0)
        c.string(e.evaluator, evalPath(i, j, 'evaluator'), 1)
      const scores = e.scores
      if (!isPlainRecord(scores))
        c.add(evalPath(i, j, 'scores'), 'invalid_type', 'Expected an object of scores')
      else
        for (const key in scores) {
          if (!Object.hasOwn(scores, key)) continue
          const v = scores[key]
          if (scoreHundredths(v) === null) c.score(v, evalPath(i, j, 'scores', key))
        }
      if (e.justification !== undefined) {
        const just = e.justification
        if (!isPlainRecord(just))
          c.add(evalPath(i, j, 'justification'), 'invalid_type', 'Expected an object of texts')
        else for (const key of Object.keys(just)) c.string(just[key], evalPath(i, j, 'justification', key))
      }
    }
  }
  if (a.formalCheck !== undefined) c.zod(FormalCheckSchema, a.formalCheck, appPath(i, 'formalCheck'))
}

/** Structural problems, as the zod schema would report them (paths equal; codes and wording may differ). */
function structuralIssues(input: unknown): ValidationIssue[] {
  const c = new Checker()
  if (!c.object(input, [])) return c.issues
  checkCall(c, input.call)
  const apps = input.applications
  if (!Array.isArray(apps)) c.add(['applications'], 'invalid_type', 'Expected an array')
  else for (let i = 0; i < apps.length; i++) checkApplication(c, apps[i], i)
  if (input.asOf !== undefined) c.zod(IsoDateSchema, input.asOf, ['asOf'])
  if (input.lang !== undefined) c.oneOf(input.lang, ['lt', 'en'], ['lang'])
  return c.issues
}

interface StructurallyValid {
  readonly call: Call
  readonly applications: readonly z.input<typeof ApplicationSchema>[]
  readonly asOf?: string | undefined
  readonly lang?: 'lt' | 'en' | undefined
}

/** The cross-field problems of a structurally valid input: the call's, then each application's in order. */
function crossFieldProblems(input: StructurallyValid): ValidationIssue[] {
  const c = new Checker()
  const call = prepareCall(c, input.call)
  const criterionIndex = new Map<string, number>()
  call.criteria.forEach((k, i) => {
    if (!criterionIndex.has(k.id)) criterionIndex.set(k.id, i)
  })
  const count = call.criteria.length
  const needsSubmittedAt = call.tieBreak.some((k) => k.kind === 'submittedAt')
  const appIds = new Set<string>()
  const scored = new Uint8Array(count)
  for (let i = 0; i < input.applications.length; i++) {
    const a = input.applications[i]!
    if (appIds.has(a.id))
      c.add(appPath(i, 'id'), 'duplicate_application', `Application "${a.id}" is listed twice`)
    appIds.add(a.id)
    if (needsSubmittedAt && a.submittedAt === undefined) {
      c.add(
        appPath(i, 'submittedAt'),
        'required',
        'The call breaks ties by submission time: submittedAt is required',
      )
    }
    for (let j = 0; j < a.evaluations.length; j++) {
      const e = a.evaluations[j]!
      for (let k = 0; k < j; k++) {
        if (a.evaluations[k]!.evaluator === e.evaluator) {
          c.add(
            evalPath(i, j, 'evaluator'),
            'duplicate_evaluator',
            `Evaluator "${e.evaluator}" scored this application twice`,
          )
          break
        }
      }
      scored.fill(0)
      for (const key in e.scores) {
        if (!Object.hasOwn(e.scores, key)) continue
        const index = criterionIndex.get(key)
        if (index === undefined) {
          c.add(evalPath(i, j, 'scores', key), 'unknown_criterion', `No criterion "${key}" in the call`)
          continue
        }
        const h = scoreHundredths(e.scores[key])!
        const k = call.criteria[index]!
        if (h < k.minH || h > k.maxH) {
          c.add(
            evalPath(i, j, 'scores', key),
            'score_out_of_range',
            `Score ${String(e.scores[key])} is outside the range ${k.minH / 100}–${k.maxH / 100} of criterion "${key}"`,
          )
        }
        scored[index] = 1
      }
      for (let k = 0; k < count; k++) {
        if (scored[k] === 0) {
          const id = call.criteria[k]!.id
          c.add(evalPath(i, j, 'scores', id), 'missing_score', `No score for criterion "${id}"`)
        }
      }
      if (e.justification) {
        for (const key of Object.keys(e.justification)) {
          if (!criterionIndex.has(key)) {
            c.add(
              evalPath(i, j, 'justification', key),
              'unknown_criterion',
              `No criterion "${key}" in the call`,
            )
          }
        }
      }
    }
  }
  return c.issues
}

/**
 * The cross-field problems of a structurally valid input (used by the zod schema's refinement, so that the
 * schema and the fast path enforce the same rules).
 */
export function crossFieldIssues(input: StructurallyValid): ValidationIssue[] {
  // zod runs refinements even after a nested refinement failed; the structural problems are its own.
  if (structuralIssues(input).length > 0) return []
  return crossFieldProblems(input)
}

/** Every problem of an input: its structural problems, or, when it has none, its cross-field problems. */
export function inputIssues(input: unknown): ValidationIssue[] {
  const structural = structuralIssues(input)
  return structural.length > 0 ? structural : crossFieldProblems(input as StructurallyValid)
}

/**
 * Validates and prepares the exact integer form; `issues` is empty exactly when the input is valid.
 *
 * A valid input is read once, by the preparation. Only when that gives up (at the input's first problem) does
 * the reporting validator walk the input again to list every problem with its path.
 */
export function validateAndPrepare(input: unknown): {
  issues: ValidationIssue[]
  prepared: PreparedInput | null
} {
  const prepared = prepareInput(input)
  if (prepared) return { issues: [], prepared }
  const issues = inputIssues(input)
  if (issues.length > 0) return { issues, prepared: null }
  // The two validators disagree: a bug here, never the caller's input. Fail loudly rather than rank wrongly.
  throw new Error('@talka/evaluation: the input passed validation but could not be prepared')
}
