import {
  inputParser,
  isParsed,
  type ParseContext,
  type Parsed,
  type SafeParseResult,
  toSafeParse,
  type ValidationError,
} from '@talka/core'
import type { z } from 'zod'
import type { EligibilityError } from './errors.js'
import { normaliseDateFacts } from './facts.js'
import { type AnyRuleSet, type FactsByRuleSet, getRuleSet, type RuleSetId } from './rule-sets.js'

type FactsParser = ReturnType<typeof inputParser<z.ZodType<object>>>

const parsers = /* @__PURE__ */ new Map<string, FactsParser>()

/** The parser of a rule set's facts schema (core's `inputParser`, built once). */
export function factsParserOf(set: AnyRuleSet): FactsParser {
  let parser = parsers.get(set.id)
  if (!parser) {
    parser = inputParser(set.factsSchema as z.ZodType<object>)
    parsers.set(set.id, parser)
  }
  return parser
}

/**
 * Validates facts once with the schema of a rule set (date facts may be `Temporal.PlainDate`) and
 * marks them parsed, so `checkEligibility` and `createEligibilityChecker().check` do not validate
 * them again. Throws `UNKNOWN_RULE_SET` or core's `ValidationError` (paths inside the facts, e.g.
 * `['income', '2021']`; at most 100 issues plus their total).
 *
 * @example
 * ```ts
 * import { checkEligibility, parseFacts } from '@talka/eligibility'
 * const facts = parseFacts('ngo-fund-2023/applicant', { income: { '2021': '1500' } })
 * checkEligibility('ngo-fund-2023/applicant', facts, { asOf: '2023-04-06' }).outcome // 'undetermined'
 * ```
 */
export function parseFacts<Id extends RuleSetId>(
  ruleSetId: Id,
  input: unknown,
  context?: ParseContext,
): Parsed<FactsByRuleSet[Id]> {
  const set = getRuleSet(ruleSetId) as AnyRuleSet
  if (isParsed(input)) return input as Parsed<FactsByRuleSet[Id]>
  return factsParserOf(set).parse(normaliseDateFacts(input), context) as Parsed<FactsByRuleSet[Id]>
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
export const safeParseFacts: <Id extends RuleSetId>(
  ruleSetId: Id,
  input: unknown,
  context?: ParseContext,
) => SafeParseResult<Parsed<FactsByRuleSet[Id]>, EligibilityError | ValidationError> =
  /* @__PURE__ */ toSafeParse(parseFacts) as never
