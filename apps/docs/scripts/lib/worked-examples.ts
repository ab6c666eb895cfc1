import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Decision, Lang } from '@talka/core'
import type { RuleExample } from '../../examples/rule-example.js'
import { hasRegion } from './content.js'
import { docsRoot } from './workspace.js'

/** A rule example with the file it came from (relative to `apps/docs/examples`). */
export interface LoadedRuleExample extends RuleExample {
  readonly file: string
}

/** Directory of the rule-reference examples. */
export const ruleExamplesDir: string = join(docsRoot, 'examples', 'rules')

/**
 * Loads every `examples/rules/*.ts` module's `ruleExamples` export and checks that each named
 * region exists in its file, so a page never shows an empty snippet.
 */
export async function loadRuleExamples(dir: string = ruleExamplesDir): Promise<LoadedRuleExample[]> {
  if (!existsSync(dir)) return []
  const loaded: LoadedRuleExample[] = []
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue
    const path = join(dir, name)
    const mod = (await import(pathToFileURL(path).href)) as { ruleExamples?: readonly RuleExample[] }
    const source = readFileSync(path, 'utf8')
    for (const example of mod.ruleExamples ?? []) {
      if (!hasRegion(source, example.region)) {
        throw new Error(
          `examples/rules/${name}: no "// #region ${example.region}" … "// #endregion ${example.region}" for a rule example`,
        )
      }
      loaded.push({ ...example, file: `rules/${name}` })
    }
  }
  return loaded
}

/** Whether a value is a trace.v1 decision. */
export function isDecision(value: unknown): value is Decision {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === 'trace.v1' &&
    Array.isArray((value as { reasons?: unknown }).reasons)
  )
}

/**
 * Whether a reason's `ruleId` names the catalog entry `entryId`: equal, or one is the other with
 * a package or rule-set prefix (`eligibility.ngo-fund-2023/applicant.N1` ~ `N1`).
 */
export function ruleIdMatches(entryId: string, reasonId: string): boolean {
  if (entryId === reasonId) return true
  const tail = (long: string, short: string) =>
    long.endsWith(short) && ['.', '/', ':'].includes(long.charAt(long.length - short.length - 1))
  return tail(entryId, reasonId) || tail(reasonId, entryId)
}

/** A rule's result found in an example's output, with where it was found. */
export interface FoundReason {
  readonly ruleId: string
  /** `pass`, `fail`, `unknown`, a domain result, or an issue's severity. */
  readonly result: string
  /** The message, in the language the example ran in. */
  readonly text: string
  /** The decision the reason belongs to, when it belongs to one. */
  readonly decision?: Decision | undefined
  /** The `id` of the nearest object around the reason (e.g. an application's row), if any. */
  readonly context?: string | undefined
}

/** A trace.v1 reason (`message.text`) or a report issue (`message` string, `severity`). */
function asReason(value: object): Omit<FoundReason, 'decision' | 'context'> | undefined {
  const r = value as { ruleId?: unknown; result?: unknown; severity?: unknown; message?: unknown }
  if (typeof r.ruleId !== 'string') return undefined
  const message = r.message as { text?: unknown } | string | undefined
  const text = typeof message === 'string' ? message : message?.text
  const result =
    typeof r.result === 'string' ? r.result : typeof r.severity === 'string' ? r.severity : undefined
  if (typeof text !== 'string' || result === undefined) return undefined
  return { ruleId: r.ruleId, result, text }
}

const GENERIC_KEYS = new Set(['trace', 'decision', 'explanation', 'verdict', 'result'])

/**
 * Every reason in the output (decisions, rows with reasons, report issues, nested results) that
 * belongs to the rule `entryId`, in the order met, at most `limit`.
 */
export function reasonsFor(output: unknown, entryId: string, limit = 5): FoundReason[] {
  const found: FoundReason[] = []
  const seen = new Set<unknown>()
  const visit = (
    value: unknown,
    decision: Decision | undefined,
    context: string | undefined,
    depth: number,
  ) => {
    if (found.length >= limit || depth > 8 || typeof value !== 'object' || value === null || seen.has(value))
      return
    seen.add(value)
    const reason = asReason(value)
    if (reason) {
      if (ruleIdMatches(entryId, reason.ruleId)) found.push({ ...reason, decision, context })
      return
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, decision, context, depth + 1)
      return
    }
    const id = (value as { id?: unknown }).id
    const here = isDecision(value) ? value : decision
    const where = typeof id === 'string' ? id : context
    for (const [key, child] of Object.entries(value)) {
      // Results under their own keys (`{ '2024-06-30': decision, … }`, `{ seed: validation }`) are
      // named by the key.
      const named = isDecision(child) || typeof (child as { valid?: unknown } | null)?.valid === 'boolean'
      const keyed = named && !GENERIC_KEYS.has(key) ? key : where
      visit(child, here, keyed, depth + 1)
    }
  }
  visit(output, undefined, undefined, 0)
  return found
}

/** Runs an example in `lang`; a throwing example fails the build with its file and region. */
export function runExample(example: LoadedRuleExample, lang: Lang): unknown {
  try {
    return example.run(lang)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`examples/${example.file}#${example.region} (${lang}) threw: ${message}`)
  }
}
