import {
  type Decision,
  type Lang,
  type LegalRef,
  type MessageParams,
  type ReasonInput,
  type RuleResult,
  type SafeParseResult,
  Temporal,
  TRACE_FORMAT,
  toSafeParse,
  ValidationError,
  type ValidationIssue,
} from '@talka/core'
import { z } from 'zod'
import { type CommunityMeasureCall, CommunityMeasureCallSchema } from './call.js'
import type { EligibilityError } from './errors.js'
import {
  CommunityApplicantFactsSchema,
  CommunityProjectFactsSchema,
  DateSchema,
  type FactsInput,
  NgoFund2022ApplicantFactsSchema,
  NgoFund2023ApplicantFactsSchema,
  normaliseDateFacts,
} from './facts.js'
import { fastParseFacts, fastParseOptions, REJECT } from './fast-validate.js'
import { renderFast } from './messages.js'
import type { EligibilityRule, RuleContext } from './rule.js'
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

const LangEnum = z.enum(['lt', 'en'])

/**
 * Zod schema of the options of {@link checkEligibility}: `asOf` (ISO date: the day the rules apply
 * as of, which picks the rule-set version), `lang` (`lt` by default) and, for the community measure,
 * the municipality's `call`.
 *
 * @example
 * ```ts
 * import { CheckEligibilityOptionsSchema } from '@talka/eligibility'
 * CheckEligibilityOptionsSchema.parse({ asOf: '2023-04-06', lang: 'en' })
 * ```
 */
export const CheckEligibilityOptionsSchema = z
  .object({
    asOf: DateSchema.meta({ description: 'The day the rules apply as of; picks the rule-set version' }),
    lang: LangEnum.optional().meta({ description: 'Language of the messages (default lt)' }),
    call: CommunityMeasureCallSchema.optional(),
  })
  .strict()
  .meta({ id: 'EligibilityCheckOptions' })

/**
 * Options of {@link checkEligibility}. `asOf` may also be a `Temporal.PlainDate`.
 *
 * @example
 * ```ts
 * import type { CheckEligibilityOptions } from '@talka/eligibility'
 * const options: CheckEligibilityOptions = { asOf: '2023-04-06', lang: 'lt' }
 * ```
 */
export interface CheckEligibilityOptions {
  readonly asOf: string | Temporal.PlainDate
  readonly lang?: Lang | undefined
  readonly call?: CommunityMeasureCall | undefined
}

const requestBase = {
  asOf: CheckEligibilityOptionsSchema.shape.asOf,
  lang: CheckEligibilityOptionsSchema.shape.lang,
}

/**
 * Zod schema of a whole check request, as the HTTP API receives it: the rule-set id, its facts
 * (validated by that rule set's schema), `asOf`, `lang` and, for the community measure, the required
 * `call`. A discriminated union on `ruleSet`, so it turns into a precise OpenAPI document.
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
    z
      .object({
        ruleSet: z.literal('community-measure/applicant'),
        facts: CommunityApplicantFactsSchema,
        ...requestBase,
        call: CommunityMeasureCallSchema,
      })
      .strict(),
    z
      .object({
        ruleSet: z.literal('community-measure/project'),
        facts: CommunityProjectFactsSchema,
        ...requestBase,
        call: CommunityMeasureCallSchema,
      })
      .strict(),
    z
      .object({
        ruleSet: z.literal('ngo-fund-2022/applicant'),
        facts: NgoFund2022ApplicantFactsSchema,
        ...requestBase,
      })
      .strict(),
    z
      .object({
        ruleSet: z.literal('ngo-fund-2023/applicant'),
        facts: NgoFund2023ApplicantFactsSchema,
        ...requestBase,
      })
      .strict(),
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

const PRODUCER = { package: '@talka/eligibility', version: ELIGIBILITY_VERSION } as const

const natural = /* @__PURE__ */ new Intl.Collator('en', { numeric: true })

/** Reasons before rendering, the outcome and the missing facts. */
export interface Evaluation {
  readonly outcome: EligibilityOutcome
  readonly reasons: readonly (ReasonInput & { readonly result: RuleResult })[]
  readonly missingFacts: readonly string[]
}

/**
 * Evaluates rules on facts in a context. The reasons come out sorted by rule id and the missing
 * facts sorted by name, so the result does not depend on the order of `rules`.
 */
export function evaluateRules(
  rules: readonly EligibilityRule<never>[],
  facts: Readonly<Record<string, unknown>>,
  context: RuleContext,
  refOf: (rule: EligibilityRule<never>, override: LegalRef | undefined) => LegalRef = defaultRef(context),
): Evaluation {
  const sorted = [...rules].sort((a, b) => natural.compare(a.id, b.id))
  return run(sorted, facts, context, refOf)
}

function defaultRef(context: RuleContext) {
  return (rule: EligibilityRule<never>, override: LegalRef | undefined): LegalRef =>
    override ?? (rule.citesCall && context.call ? context.call.ref : rule.ref)
}

function run(
  rules: readonly EligibilityRule<never>[],
  facts: Readonly<Record<string, unknown>>,
  context: RuleContext,
  refOf: (rule: EligibilityRule<never>, override: LegalRef | undefined) => LegalRef,
): Evaluation {
  const reasons: (ReasonInput & { result: RuleResult })[] = new Array(rules.length)
  let anyFail = false
  let missing: Set<string> | undefined
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as EligibilityRule<Record<string, unknown>>
    const evaluation = rule.evaluate(facts, context)
    const read: Record<string, unknown> = {}
    for (const name of rule.facts) {
      const value = facts[name]
      if (value !== undefined) read[name] = value
    }
    if (evaluation.result === 'fail') anyFail = true
    else if (evaluation.result === 'unknown') {
      missing ??= new Set()
      for (const name of evaluation.missing ?? rule.facts.filter((f) => facts[f] === undefined))
        missing.add(name)
    }
    reasons[i] = {
      ruleId: rule.id,
      result: evaluation.result,
      facts: read,
      ref: refOf(rule as EligibilityRule<never>, evaluation.ref),
      messageKey: evaluation.messageKey,
      params: evaluation.params,
    }
  }
  return {
    outcome: anyFail ? 'ineligible' : missing ? 'undetermined' : 'eligible',
    reasons,
    missingFacts: missing ? [...missing].sort() : [],
  }
}

interface Prepared {
  readonly set: AnyRuleSet
  readonly version: RuleSetVersion<never>
  readonly rules: readonly EligibilityRule<never>[]
  readonly context: RuleContext
  readonly lang: Lang
  readonly decision: string
  readonly refOf: (rule: EligibilityRule<never>, override: LegalRef | undefined) => LegalRef
  /** The reference each rule cites unless its evaluation names a more specific one. */
  readonly refs: readonly LegalRef[]
  readonly ruleSetInfo: { id: string; version: string; validFrom: string; validTo: string }
}

const sortedRules = /* @__PURE__ */ new WeakMap<object, readonly EligibilityRule<never>[]>()

function prepare(set: AnyRuleSet, options: z.output<typeof CheckEligibilityOptionsSchema>): Prepared {
  const version = versionOn(set as never, options.asOf) as RuleSetVersion<never>
  let rules = sortedRules.get(version)
  if (!rules) {
    rules = [...(version.rules as readonly EligibilityRule<never>[])].sort((a, b) =>
      natural.compare(a.id, b.id),
    )
    sortedRules.set(version, rules)
  }
  const context: RuleContext = {
    asOf: options.asOf,
    year: options.call?.year ?? version.year ?? Number(options.asOf.slice(0, 4)),
    call: options.call,
  }
  return {
    set,
    version,
    rules,
    context,
    lang: options.lang ?? 'lt',
    decision: `eligibility:${set.id}`,
    refOf: defaultRef(context),
    refs: rules.map((rule) => (rule.citesCall && context.call ? context.call.ref : rule.ref)),
    ruleSetInfo: {
      id: set.id,
      version: version.version,
      validFrom: version.validFrom,
      validTo: version.validTo,
    },
  }
}

function issuesOf(prefix: string, error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    code: issue.code,
    message: issue.message,
  }))
}

function parseOptions(set: AnyRuleSet, options: unknown, issues: ValidationIssue[]) {
  const normalised =
    typeof options === 'object' &&
    options !== null &&
    (options as { asOf?: unknown }).asOf instanceof Temporal.PlainDate
      ? { ...options, asOf: (options as { asOf: Temporal.PlainDate }).asOf.toString() }
      : options
  // The fast validator accepts exactly what the schema accepts (but leaves calls to zod); zod
  // decides, and reports the issues, for everything else.
  const fast = fastParseOptions(normalised)
  let data: z.output<typeof CheckEligibilityOptionsSchema>
  if (fast !== REJECT) data = fast as z.output<typeof CheckEligibilityOptionsSchema>
  else {
    const parsed = CheckEligibilityOptionsSchema.safeParse(normalised)
    if (!parsed.success) {
      issues.push(...issuesOf('options', parsed.error))
      return undefined
    }
    data = parsed.data
  }
  if (set.usesCall && !data.call) {
    issues.push({
      path: ['options', 'call'],
      code: 'custom',
      message: `Rule set "${set.id}" needs the municipality's call`,
    })
  }
  if (!set.usesCall && data.call) {
    issues.push({ path: ['options', 'call'], code: 'custom', message: `Rule set "${set.id}" takes no call` })
  }
  return data
}

function parseFactsInto(set: AnyRuleSet, facts: unknown, issues: ValidationIssue[]) {
  const normalised = normaliseDateFacts(facts)
  const fast = fastParseFacts(set.id, normalised)
  if (fast !== REJECT) return fast as Record<string, unknown>
  const parsed = (set.factsSchema as z.ZodType<Record<string, unknown>>).safeParse(normalised)
  if (!parsed.success) issues.push(...issuesOf('facts', parsed.error))
  return parsed.success ? parsed.data : undefined
}

/**
 * The same decision as `createDecision` would build from {@link run}, built in one pass: reasons are
 * written directly in their final shape and messages rendered from precompiled templates (the hot
 * path of {@link checkEligibility} and {@link EligibilityChecker}; a property test holds it equal to
 * `createDecision`).
 */
function decideFast(prepared: Prepared, facts: Readonly<Record<string, unknown>>): EligibilityVerdict {
  const { rules, refs, context, lang } = prepared
  const reasons: EligibilityVerdict['reasons'] = new Array(rules.length)
  let anyFail = false
  let missing: Set<string> | undefined
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as EligibilityRule<Record<string, unknown>>
    const evaluation = rule.evaluate(facts, context)
    const read: Record<string, unknown> = {}
    const names = rule.facts
    for (let j = 0; j < names.length; j++) {
      const name = names[j] as string
      const value = facts[name]
      if (value !== undefined) read[name] = value
    }
    const result = evaluation.result
    if (result === 'fail') anyFail = true
    else if (result === 'unknown') {
      missing ??= new Set()
      for (const name of evaluation.missing ?? names.filter((f) => facts[f] === undefined)) missing.add(name)
    }
    const params: MessageParams = evaluation.params ?? {}
    reasons[i] = {
      ruleId: rule.id,
      result,
      facts: read,
      ref: evaluation.ref ?? (refs[i] as LegalRef),
      message: { key: evaluation.messageKey, params, text: renderFast(evaluation.messageKey, params, lang) },
    }
  }
  return {
    format: TRACE_FORMAT,
    decision: prepared.decision,
    outcome: anyFail ? 'ineligible' : missing ? 'undetermined' : 'eligible',
    asOf: context.asOf,
    lang,
    reasons,
    missingFacts: missing ? [...missing].sort() : [],
    producer: { package: PRODUCER.package, version: PRODUCER.version },
    ruleSet: { ...prepared.ruleSetInfo },
  }
}

/**
 * Checks eligibility under a rule set: picks the version valid on `options.asOf`, validates the
 * facts with the rule set's schema (every fact optional; absent means unknown) and evaluates every
 * rule. The verdict is a trace.v1 decision (as core's `createDecision` builds it): `ineligible` if any rule fails,
 * `eligible` if all pass, otherwise `undetermined` with the `missingFacts` that would decide.
 *
 * Throws {@link EligibilityError} `UNKNOWN_RULE_SET` or `NO_RULE_SET_VERSION` (an `asOf` outside
 * every version), and core's `ValidationError` (`VALIDATION_FAILED`) for invalid facts or options,
 * with paths such as `['facts', 'income', '2021']` or `['options', 'call']`.
 *
 * @example
 * ```ts
 * import { checkEligibility, communityMeasureCalls } from '@talka/eligibility'
 * const verdict = checkEligibility('ngo-fund-2023/applicant', { ngoMark: false }, { asOf: '2023-04-06', lang: 'lt' })
 * verdict.outcome // 'ineligible'
 * const v2 = checkEligibility('community-measure/project', { requestedAmount: '2500.00' },
 *   { asOf: '2023-06-01', lang: 'en', call: communityMeasureCalls['pilot-2023-zarasai'] })
 * v2.missingFacts // ['activitiesFrom', 'activitiesTo', 'budgetLines', 'publicInterestActivities']
 * ```
 */
export function checkEligibility<Id extends RuleSetId>(
  ruleSetId: Id,
  facts: FactsInput<FactsByRuleSet[Id]>,
  options: CheckEligibilityOptions,
): EligibilityVerdict
export function checkEligibility(ruleSetId: string, facts: unknown, options: unknown): EligibilityVerdict
export function checkEligibility(ruleSetId: string, facts: unknown, options: unknown): EligibilityVerdict {
  const set = getRuleSet(ruleSetId)
  const issues: ValidationIssue[] = []
  const parsedOptions = parseOptions(set, options, issues)
  const parsedFacts = parseFactsInto(set, facts, issues)
  if (issues.length > 0 || !parsedOptions || !parsedFacts) throw new ValidationError(issues)
  return decideFast(preparedFor(set, parsedOptions), parsedFacts)
}

/** Prepared checks without a call, by rule set, `asOf` and language (bounded). */
const preparedCache = /* @__PURE__ */ new Map<string, Prepared>()
const PREPARED_CACHE_SIZE = 512

/**
 * {@link prepare}, reused across calls with the same rule set, `asOf` and language when there is no
 * call (a call is a caller's object, which may change between calls, so it is prepared every time).
 */
function preparedFor(set: AnyRuleSet, options: z.output<typeof CheckEligibilityOptionsSchema>): Prepared {
  if (options.call) return prepare(set, options)
  const lang = options.lang ?? 'lt'
  if (
    lastPrepared &&
    lastPrepared.set === set &&
    lastPrepared.context.asOf === options.asOf &&
    lastPrepared.lang === lang
  )
    return lastPrepared
  const key = `${set.id}|${options.asOf}|${lang}`
  let prepared = preparedCache.get(key)
  if (!prepared) {
    prepared = prepare(set, options)
    if (preparedCache.size >= PREPARED_CACHE_SIZE) preparedCache.clear()
    preparedCache.set(key, prepared)
  }
  lastPrepared = prepared
  return prepared
}

/** The last prepared check without a call (batches check many facts on one day). */
let lastPrepared: Prepared | undefined

/**
 * Like {@link checkEligibility}, returning `{ success, data | error }` instead of throwing a typed
 * error (`EligibilityError` or `ValidationError`).
 *
 * @example
 * ```ts
 * import { safeCheckEligibility } from '@talka/eligibility'
 * const r = safeCheckEligibility('ngo-fund-2021/applicant', {}, { asOf: '2021-05-01' })
 * if (!r.success) r.error.code // 'UNKNOWN_RULE_SET'
 * ```
 */
export const safeCheckEligibility: (
  ruleSetId: string,
  facts: unknown,
  options: unknown,
) => SafeParseResult<EligibilityVerdict, EligibilityError | ValidationError> = /* @__PURE__ */ toSafeParse(
  (ruleSetId: string, facts: unknown, options: unknown) => checkEligibility(ruleSetId, facts, options),
)

/**
 * Validates facts with the schema of a rule set (date facts may be `Temporal.PlainDate`); throws
 * `UNKNOWN_RULE_SET` or core's `ValidationError` with paths under `facts`.
 *
 * @example
 * ```ts
 * import { parseFacts } from '@talka/eligibility'
 * const facts = parseFacts('ngo-fund-2023/applicant', { income: { '2021': '1500' } })
 * ```
 */
export function parseFacts<Id extends RuleSetId>(ruleSetId: Id, input: unknown): FactsByRuleSet[Id]
export function parseFacts(ruleSetId: string, input: unknown): Record<string, unknown>
export function parseFacts(ruleSetId: string, input: unknown): Record<string, unknown> {
  const set = getRuleSet(ruleSetId)
  const issues: ValidationIssue[] = []
  const facts = parseFactsInto(set, input, issues)
  if (!facts) throw new ValidationError(issues)
  return facts
}

/**
 * Like {@link parseFacts}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseFacts } from '@talka/eligibility'
 * safeParseFacts('ngo-fund-2023/applicant', { ngoMark: 'yes' }).success // false
 * ```
 */
export const safeParseFacts: (
  ruleSetId: string,
  input: unknown,
) => SafeParseResult<Record<string, unknown>, EligibilityError | ValidationError> =
  /* @__PURE__ */ toSafeParse((ruleSetId: string, input: unknown) => parseFacts(ruleSetId, input))

/**
 * A checker prepared once for one rule set, `asOf`, language and call: the version is chosen and the
 * rules compiled up front. `check` validates facts like {@link checkEligibility}; `checkValidated`
 * skips validation for facts that already passed the rule set's schema (e.g. from {@link parseFacts}),
 * for batch work, and renders messages from precompiled templates. Both return the same verdicts as
 * `checkEligibility`.
 *
 * @example
 * ```ts
 * import { createEligibilityChecker, parseFacts } from '@talka/eligibility'
 * const checker = createEligibilityChecker('ngo-fund-2023/applicant', { asOf: '2023-04-06' })
 * const facts = parseFacts('ngo-fund-2023/applicant', { ngoMark: true })
 * checker.checkValidated(facts).outcome // 'undetermined'
 * ```
 */
export interface EligibilityChecker<Id extends RuleSetId = RuleSetId> {
  readonly ruleSet: {
    readonly id: Id
    readonly version: string
    readonly validFrom: string
    readonly validTo: string
  }
  check(facts: unknown): EligibilityVerdict
  checkValidated(facts: FactsByRuleSet[Id]): EligibilityVerdict
}

/**
 * Prepares an {@link EligibilityChecker}: validates the options and picks the rule-set version once.
 * Throws like {@link checkEligibility}.
 *
 * @example
 * ```ts
 * import { createEligibilityChecker, communityMeasureCalls } from '@talka/eligibility'
 * const checker = createEligibilityChecker('community-measure/applicant', {
 *   asOf: '2024-03-20', lang: 'en', call: communityMeasureCalls['vilnius-2024'],
 * })
 * checker.check({ communityOrganisation: false }).outcome // 'ineligible'
 * ```
 */
export function createEligibilityChecker<Id extends RuleSetId>(
  ruleSetId: Id,
  options: CheckEligibilityOptions,
): EligibilityChecker<Id>
export function createEligibilityChecker(ruleSetId: string, options: unknown): EligibilityChecker
export function createEligibilityChecker(ruleSetId: string, options: unknown): EligibilityChecker {
  const set = getRuleSet(ruleSetId)
  const issues: ValidationIssue[] = []
  const parsedOptions = parseOptions(set, options, issues)
  if (issues.length > 0 || !parsedOptions) throw new ValidationError(issues)
  const prepared = prepare(set, parsedOptions)
  return {
    ruleSet: { ...prepared.ruleSetInfo, id: set.id },
    check(facts) {
      const factIssues: ValidationIssue[] = []
      const parsed = parseFactsInto(set, facts, factIssues)
      if (!parsed) throw new ValidationError(factIssues)
      return decideFast(prepared, parsed)
    },
    checkValidated(facts) {
      return decideFast(prepared, facts as Record<string, unknown>)
    },
  }
}
