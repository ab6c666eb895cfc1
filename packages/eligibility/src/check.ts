import { CallSchema } from '@talka/calls'
import {
  type Decision,
  type Issue,
  isParsed,
  type Lang,
  type LegalRef,
  markParsed,
  type Parsed,
  type ReasonInput,
  type RuleResult,
  type SafeParseResult,
  TRACE_FORMAT,
  toSafeParse,
  ValidationError,
} from '@talka/core'
import { z } from 'zod'
import type { EligibilityError } from './errors.js'
import {
  CommunityApplicantFactsSchema,
  CommunityProjectFactsSchema,
  type FactsInput,
  NgoFund2022ApplicantFactsSchema,
  NgoFund2023ApplicantFactsSchema,
  normaliseDateFacts,
} from './facts.js'
import { ReasonMessage } from './message.js'
import {
  type CheckEligibilityOptions,
  CheckEligibilityOptionsSchema,
  type ParsedEligibilityOptions,
  safeParseEligibilityOptions,
} from './options.js'
import { factsParserOf } from './parse-facts.js'
import type { EligibilityRule, RuleContext, RuleEvaluation } from './rule.js'
import {
  type AnyRuleSet,
  type FactsByRuleSet,
  getRuleSet,
  type RuleSetId,
  type RuleSetVersion,
  versionOn,
} from './rule-sets.js'
import { ELIGIBILITY_VERSION } from './version.js'

/**
 * The outcome of an eligibility check: `ineligible` if any rule fails (all failing rules are listed),
 * `eligible` if every rule passes, otherwise `undetermined` (some facts are missing).
 *
 * @example
 * ```ts
 * import type { EligibilityOutcome } from '@talka/eligibility'
 * const outcome: EligibilityOutcome = 'undetermined'
 * ```
 */
export type EligibilityOutcome = 'eligible' | 'ineligible' | 'undetermined'

/**
 * A verdict: a trace.v1 decision of `@talka/core` whose `reasons` hold every rule (`ruleId`,
 * `result`, the facts it read, its `LegalRef`, and the message key, parameters and text), and whose
 * `missingFacts` name the facts that would decide the rules still `unknown`.
 *
 * @example
 * ```ts
 * import type { EligibilityVerdict } from '@talka/eligibility'
 * declare const v: EligibilityVerdict
 * v.reasons.filter((r) => r.result === 'fail').map((r) => `${r.ruleId}: ${r.message.text}`)
 * ```
 */
export type EligibilityVerdict = Decision<EligibilityOutcome>

const requestBase = {
  asOf: CheckEligibilityOptionsSchema.shape.asOf,
  lang: CheckEligibilityOptionsSchema.shape.lang,
}

/**
 * Zod schema of a whole check request, as the HTTP API receives it: the rule-set id, its facts
 * (validated by that rule set's schema), `asOf`, `lang` and, for the community measure, the required
 * `call` (a call.v1 document of `@talka/calls`). A discriminated union on `ruleSet`, so it turns into a
 * precise OpenAPI document.
 *
 * @example
 * ```ts
 * import { CheckEligibilityInputSchema, checkEligibility } from '@talka/eligibility'
 * const { ruleSet, facts, ...options } = CheckEligibilityInputSchema.parse({
 *   ruleSet: 'ngo-fund-2023/applicant', facts: { ngoMark: true }, asOf: '2023-04-06',
 * })
 * checkEligibility(ruleSet, facts, options).outcome // 'undetermined'
 * ```
 */
export const CheckEligibilityInputSchema = z
  .discriminatedUnion('ruleSet', [
    z.strictObject({
      ruleSet: z.literal('community-measure/applicant'),
      facts: CommunityApplicantFactsSchema,
      ...requestBase,
      call: CallSchema,
    }),
    z.strictObject({
      ruleSet: z.literal('community-measure/project'),
      facts: CommunityProjectFactsSchema,
      ...requestBase,
      call: CallSchema,
    }),
    z.strictObject({
      ruleSet: z.literal('ngo-fund-2022/applicant'),
      facts: NgoFund2022ApplicantFactsSchema,
      ...requestBase,
    }),
    z.strictObject({
      ruleSet: z.literal('ngo-fund-2023/applicant'),
      facts: NgoFund2023ApplicantFactsSchema,
      ...requestBase,
    }),
  ])
  .meta({ id: 'EligibilityCheckInput', description: 'A request to check eligibility under one rule set' })

/**
 * A check request (see {@link CheckEligibilityInputSchema}).
 *
 * @example
 * ```ts
 * import type { CheckEligibilityInput } from '@talka/eligibility'
 * const input: CheckEligibilityInput = { ruleSet: 'ngo-fund-2023/applicant', facts: {}, asOf: '2023-04-06' }
 * ```
 */
export type CheckEligibilityInput = z.infer<typeof CheckEligibilityInputSchema>

const PRODUCER = /* @__PURE__ */ Object.freeze({
  package: '@talka/eligibility',
  version: ELIGIBILITY_VERSION,
})

const NO_FACTS: readonly string[] = /* @__PURE__ */ Object.freeze([])

const natural = /* @__PURE__ */ new Intl.Collator('en', { numeric: true })

/** Reasons before rendering, the outcome and the missing facts. */
export interface Evaluation {
  readonly outcome: EligibilityOutcome
  readonly reasons: readonly (ReasonInput & { readonly result: RuleResult })[]
  readonly missingFacts: readonly string[]
}

/**
 * Evaluates rules on facts in a context (the plain reference of the verdict's rules, used by the
 * tests): reasons sorted by rule id, missing facts sorted by name, whatever the order of `rules`.
 */
export function evaluateRules(
  rules: readonly EligibilityRule<never>[],
  facts: Readonly<Record<string, unknown>>,
  context: RuleContext,
): Evaluation {
  const sorted = [...rules].sort((a, b) => natural.compare(a.id, b.id))
  const reasons: (ReasonInput & { result: RuleResult })[] = []
  let anyFail = false
  const missing = new Set<string>()
  for (const rule of sorted as unknown as readonly EligibilityRule<Record<string, unknown>>[]) {
    const evaluation = rule.evaluate(facts, context)
    if (evaluation.result === 'fail') anyFail = true
    else if (evaluation.result === 'unknown') {
      for (const name of evaluation.missing ?? rule.facts.filter((f) => facts[f] === undefined))
        missing.add(name)
    }
    reasons.push({
      ruleId: rule.id,
      result: evaluation.result,
      facts: Object.fromEntries(rule.facts.filter((f) => facts[f] !== undefined).map((f) => [f, facts[f]])),
      ref: evaluation.ref ?? (rule.cite && context.call ? rule.cite(context.call) : rule.ref),
      messageKey: evaluation.messageKey,
      params: evaluation.params,
    })
  }
  return {
    outcome: anyFail ? 'ineligible' : missing.size > 0 ? 'undetermined' : 'eligible',
    reasons,
    missingFacts: [...missing].sort(),
  }
}

type TraceReason = EligibilityVerdict['reasons'][number]

/** A reason with what the verdict needs to know of it, shared by every check of the same facts. */
interface Built {
  readonly reason: TraceReason
  readonly result: RuleResult
  readonly missing: readonly string[] | undefined
}

interface Prepared {
  readonly rules: readonly EligibilityRule<never>[]
  readonly context: RuleContext
  readonly lang: Lang
  readonly decision: string
  /** The reference each rule cites unless its evaluation names a more specific one. */
  readonly refs: readonly LegalRef[]
  readonly ruleSetInfo: Readonly<{ id: string; version: string; validFrom: string; validTo: string }>
  /** Per rule, the reasons already built for each combination of boolean facts (see `comboOf`). */
  readonly byCombo: (Built | undefined)[][]
  /** Messages of frozen evaluations (results without per-check parameters), rendered once. */
  readonly messages: WeakMap<RuleEvaluation, ReasonMessage>
}

const sortedRules = /* @__PURE__ */ new WeakMap<object, readonly EligibilityRule<never>[]>()

// Rules that read at most this many facts cache their reasons by the combination of boolean values.
const MAX_COMBO_FACTS = 4

function prepare(set: AnyRuleSet, options: ParsedEligibilityOptions): Prepared {
  const version = versionOn(set as never, options.asOf) as RuleSetVersion<never>
  let rules = sortedRules.get(version)
  if (!rules) {
    rules = [...(version.rules as readonly EligibilityRule<never>[])].sort((a, b) =>
      natural.compare(a.id, b.id),
    )
    sortedRules.set(version, rules)
  }
  const context: RuleContext = Object.freeze({
    asOf: options.asOf,
    year: options.call?.year ?? version.year ?? Number(options.asOf.slice(0, 4)),
    call: options.call,
  })
  return {
    rules,
    context,
    lang: options.lang ?? 'lt',
    decision: `eligibility:${set.id}`,
    refs: rules.map((rule) => (rule.cite && context.call ? rule.cite(context.call) : rule.ref)),
    ruleSetInfo: Object.freeze({
      id: set.id,
      version: version.version,
      validFrom: version.validFrom,
      validTo: version.validTo,
    }),
    byCombo: rules.map(() => []),
    messages: new WeakMap(),
  }
}

/**
 * The combination of a rule's facts when each is a boolean or absent (base 3: absent, true, false),
 * or -1 when a fact has another value. Rules are pure functions of the facts they read, so equal
 * combinations give equal reasons.
 */
function comboOf(names: readonly string[], facts: Readonly<Record<string, unknown>>): number {
  if (names.length > MAX_COMBO_FACTS) return -1
  let combo = 0
  for (let j = 0; j < names.length; j++) {
    const value = facts[names[j] as string]
    combo = combo * 3 + (value === undefined ? 0 : value === true ? 1 : value === false ? 2 : Number.NaN)
  }
  return Number.isNaN(combo) ? -1 : combo
}

function build(
  prepared: Prepared,
  i: number,
  facts: Readonly<Record<string, unknown>>,
  shared: boolean,
): Built {
  const rule = prepared.rules[i] as EligibilityRule<Record<string, unknown>>
  const evaluation = rule.evaluate(facts, prepared.context)
  const names = rule.facts
  const read: Record<string, unknown> = {}
  for (let j = 0; j < names.length; j++) {
    const name = names[j] as string
    const value = facts[name]
    if (value !== undefined) read[name] = value
  }
  let message: ReasonMessage | undefined
  if (Object.isFrozen(evaluation)) {
    message = prepared.messages.get(evaluation)
    if (!message) {
      message = new ReasonMessage(evaluation.messageKey, evaluation.params, prepared.lang)
      prepared.messages.set(evaluation, message)
    }
  } else message = new ReasonMessage(evaluation.messageKey, evaluation.params, prepared.lang)
  const reason: TraceReason = {
    ruleId: rule.id,
    result: evaluation.result,
    facts: shared ? Object.freeze(read) : read,
    ref: evaluation.ref ?? (prepared.refs[i] as LegalRef),
    message,
  }
  const missing =
    evaluation.result === 'unknown'
      ? (evaluation.missing ?? names.filter((name) => facts[name] === undefined))
      : undefined
  return { reason: shared ? Object.freeze(reason) : reason, result: evaluation.result, missing }
}

/**
 * The verdict in one pass and with little garbage: reasons of boolean facts are shared between
 * verdicts (frozen), results without parameters share one frozen evaluation and message, and texts
 * are rendered only when read (docs/decisions/0027-eligibility-parse-once.md).
 */
function decide(prepared: Prepared, facts: Readonly<Record<string, unknown>>): EligibilityVerdict {
  const { rules, byCombo } = prepared
  const n = rules.length
  const reasons: TraceReason[] = new Array(n)
  let anyFail = false
  let missing: Set<string> | undefined
  for (let i = 0; i < n; i++) {
    const combo = comboOf((rules[i] as EligibilityRule<Record<string, unknown>>).facts, facts)
    let built: Built | undefined
    if (combo >= 0) {
      const cache = byCombo[i] as (Built | undefined)[]
      built = cache[combo]
      if (!built) {
        built = build(prepared, i, facts, true)
        cache[combo] = built
      }
    } else built = build(prepared, i, facts, false)
    reasons[i] = built.reason
    if (built.result === 'fail') anyFail = true
    else if (built.missing) {
      missing ??= new Set()
      for (const name of built.missing) missing.add(name)
    }
  }
  return {
    format: TRACE_FORMAT,
    decision: prepared.decision,
    outcome: anyFail ? 'ineligible' : missing ? 'undetermined' : 'eligible',
    asOf: prepared.context.asOf,
    lang: prepared.lang,
    reasons,
    missingFacts: missing ? [...missing].sort() : (NO_FACTS as string[]),
    producer: PRODUCER,
    ruleSet: prepared.ruleSetInfo,
  }
}

const prefixed = (prefix: string, error: ValidationError): Issue[] =>
  error.issues.map((issue) => ({ path: [prefix, ...issue.path], code: issue.code, message: issue.message }))

/** Facts and options validated (unless already parsed), with every issue under `facts` or `options`. */
function parseInputs(
  set: AnyRuleSet,
  facts: unknown,
  options: unknown,
): { facts: Readonly<Record<string, unknown>>; options: ParsedEligibilityOptions } {
  const issues: Issue[] = []
  let total = 0
  let parsedOptions: ParsedEligibilityOptions | undefined
  if (isParsed(options)) parsedOptions = options as ParsedEligibilityOptions
  else {
    const result = safeParseEligibilityOptions(options)
    if (result.success) parsedOptions = result.data
    else {
      issues.push(...prefixed('options', result.error))
      total += result.error.issueCount
    }
  }
  let parsedFacts: Readonly<Record<string, unknown>> | undefined
  if (isParsed(facts)) parsedFacts = facts as Readonly<Record<string, unknown>>
  else {
    const result = factsParserOf(set).safeParse(normaliseDateFacts(facts))
    if (result.success) parsedFacts = result.data as Readonly<Record<string, unknown>>
    else {
      issues.push(...prefixed('facts', result.error))
      total += result.error.issueCount
    }
  }
  if (parsedOptions) {
    const problem = set.usesCall
      ? parsedOptions.call
        ? undefined
        : `Rule set "${set.id}" needs the municipality's call`
      : parsedOptions.call
        ? `Rule set "${set.id}" takes no call`
        : undefined
    if (problem) {
      issues.push({ path: ['options', 'call'], code: 'custom', message: problem })
      total++
    }
  }
  if (issues.length > 0 || !parsedOptions || !parsedFacts) throw new ValidationError(issues, undefined, total)
  return { facts: parsedFacts, options: parsedOptions }
}

/**
 * Facts as `checkEligibility` takes them: as a caller writes them ({@link FactsInput}), or already
 * parsed by {@link parseFacts} (then not validated again).
 *
 * @example
 * ```ts
 * import type { FactsArgument } from '@talka/eligibility'
 * const facts: FactsArgument<'ngo-fund-2023/applicant'> = { ngoMark: true }
 * ```
 */
export type FactsArgument<Id extends RuleSetId> = FactsInput<FactsByRuleSet[Id]> | Parsed<FactsByRuleSet[Id]>

/**
 * Checks eligibility under a rule set: picks the version valid on `options.asOf`, validates the
 * facts with the rule set's schema (every fact optional; absent means unknown) and the options —
 * unless they come from {@link parseFacts} / {@link parseEligibilityOptions}, which validate once —
 * and evaluates every rule. The verdict is a trace.v1 decision: `ineligible` if any rule fails,
 * `eligible` if all pass, otherwise `undetermined` with the `missingFacts` that would decide. Reasons
 * that depend only on boolean facts are shared, frozen objects; message texts are rendered when
 * first read (`JSON.stringify` writes them).
 *
 * For the community measure, `options.call` is the municipality's call as a call.v1 document of
 * `@talka/calls` (JSON, a catalog call, or `Parsed<Call>` from `parseCall`, which is not validated
 * again); every reason cites what the call states for its policy (`citationFor`).
 *
 * Throws {@link EligibilityError} `UNKNOWN_RULE_SET` or `NO_RULE_SET_VERSION` (an `asOf` outside
 * every version), and core's `ValidationError` (`VALIDATION_FAILED`) for invalid facts or options,
 * with paths such as `['facts', 'income', '2021']` or `['options', 'call']`.
 *
 * @example
 * ```ts
 * import { checkEligibility, parseFacts } from '@talka/eligibility'
 * import { calls, parseCall } from '@talka/calls'
 * const verdict = checkEligibility('ngo-fund-2023/applicant', { ngoMark: false }, { asOf: '2023-04-06', lang: 'lt' })
 * verdict.outcome // 'ineligible'
 * const facts = parseFacts('community-measure/project', { requestedAmount: '2500.00' })
 * const v2 = checkEligibility('community-measure/project', facts,
 *   { asOf: '2023-06-01', lang: 'en', call: parseCall(calls['pilot-2023-zarasai']) })
 * v2.missingFacts // ['activitiesFrom', 'activitiesTo', 'budgetLines', 'publicInterestActivities']
 * ```
 */
export function checkEligibility<Id extends RuleSetId>(
  ruleSetId: Id,
  facts: FactsArgument<Id>,
  options: CheckEligibilityOptions | ParsedEligibilityOptions,
): EligibilityVerdict {
  const set = getRuleSet(ruleSetId) as AnyRuleSet
  const input = parseInputs(set, facts, options)
  return decide(preparedFor(set, input.options), input.facts)
}

/** Prepared checks without a call, by rule set, `asOf` and language (bounded). */
const preparedCache = /* @__PURE__ */ new Map<string, Prepared>()
const PREPARED_CACHE_SIZE = 512

/** The last prepared check without a call (batches check many facts on one day). */
let last: { set: AnyRuleSet; asOf: string; lang: Lang; prepared: Prepared } | undefined

/**
 * {@link prepare}, reused across checks with the same rule set, `asOf` and language when there is no
 * call (a call is a caller's object, which may change between checks, so it is prepared every time).
 */
function preparedFor(set: AnyRuleSet, options: ParsedEligibilityOptions): Prepared {
  if (options.call) return prepare(set, options)
  const lang = options.lang ?? 'lt'
  if (last && last.set === set && last.asOf === options.asOf && last.lang === lang) return last.prepared
  const key = `${set.id}|${options.asOf}|${lang}`
  let prepared = preparedCache.get(key)
  if (!prepared) {
    prepared = prepare(set, options)
    if (preparedCache.size >= PREPARED_CACHE_SIZE) preparedCache.clear()
    preparedCache.set(key, prepared)
  }
  last = { set, asOf: options.asOf, lang, prepared }
  return prepared
}

/**
 * Like {@link checkEligibility}, returning `{ success, data | error }` instead of throwing a typed
 * error (`EligibilityError` or `ValidationError`).
 *
 * @example
 * ```ts
 * import { safeCheckEligibility } from '@talka/eligibility'
 * const r = safeCheckEligibility('ngo-fund-2023/applicant', {}, { asOf: '2021-05-01' })
 * if (!r.success) r.error.code // 'NO_RULE_SET_VERSION'
 * ```
 */
export const safeCheckEligibility: <Id extends RuleSetId>(
  ruleSetId: Id,
  facts: FactsArgument<Id>,
  options: CheckEligibilityOptions | ParsedEligibilityOptions,
) => SafeParseResult<EligibilityVerdict, EligibilityError | ValidationError> = /* @__PURE__ */ toSafeParse(
  checkEligibility,
) as never

/**
 * A checker prepared once for one rule set, `asOf`, language and call: the options are validated,
 * the version chosen and the rules sorted up front. `check` takes facts like
 * {@link checkEligibility} (validated unless parsed by {@link parseFacts}) and returns the same
 * verdicts.
 *
 * @example
 * ```ts
 * import { createEligibilityChecker, parseFacts } from '@talka/eligibility'
 * const checker = createEligibilityChecker('ngo-fund-2023/applicant', { asOf: '2023-04-06' })
 * checker.check(parseFacts('ngo-fund-2023/applicant', { ngoMark: true })).outcome // 'undetermined'
 * ```
 */
export interface EligibilityChecker<Id extends RuleSetId = RuleSetId> {
  readonly ruleSet: {
    readonly id: Id
    readonly version: string
    readonly validFrom: string
    readonly validTo: string
  }
  check(facts: FactsArgument<Id>): EligibilityVerdict
}

/**
 * Prepares an {@link EligibilityChecker}: validates the options and picks the rule-set version once.
 * Throws like {@link checkEligibility}.
 *
 * @example
 * ```ts
 * import { createEligibilityChecker } from '@talka/eligibility'
 * import { calls } from '@talka/calls'
 * const checker = createEligibilityChecker('community-measure/applicant', {
 *   asOf: '2024-03-20', lang: 'en', call: calls['vilnius-2024'],
 * })
 * checker.check({ communityOrganisation: false }).outcome // 'ineligible'
 * ```
 */
export function createEligibilityChecker<Id extends RuleSetId>(
  ruleSetId: Id,
  options: CheckEligibilityOptions | ParsedEligibilityOptions,
): EligibilityChecker<Id> {
  const set = getRuleSet(ruleSetId) as AnyRuleSet
  const { options: parsed } = parseInputs(set, markParsed({}), options)
  const prepared = prepare(set, parsed)
  const parser = factsParserOf(set)
  return {
    ruleSet: { ...prepared.ruleSetInfo, id: ruleSetId },
    check(facts) {
      if (isParsed(facts)) return decide(prepared, facts as Readonly<Record<string, unknown>>)
      const result = parser.safeParse(normaliseDateFacts(facts))
      if (!result.success) {
        throw new ValidationError(prefixed('facts', result.error), undefined, result.error.issueCount)
      }
      return decide(prepared, result.data as Readonly<Record<string, unknown>>)
    },
  }
}
