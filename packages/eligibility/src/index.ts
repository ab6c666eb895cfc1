export {
  type BudgetCategoryVerdict,
  type BudgetLineStatus,
  type BudgetLineVerdict,
  type BudgetVerdict,
  CheckBudgetInputSchema,
  checkBudget,
  safeCheckBudget,
} from './budget.js'
export { eligibilityCatalog } from './catalog.js'
export {
  type CheckEligibilityInput,
  CheckEligibilityInputSchema,
  checkEligibility,
  createEligibilityChecker,
  type EligibilityChecker,
  type EligibilityOutcome,
  type EligibilityVerdict,
  type FactsArgument,
  safeCheckEligibility,
} from './check.js'
export { LONG_TERM_TANGIBLE_ASSETS, PILOT_2022_ACTIVITY_AREAS } from './codes.js'
export { EligibilityError, type EligibilityErrorCode } from './errors.js'
export { ExplainInputSchema, explain } from './explain.js'
export {
  type BudgetLine,
  BudgetLineSchema,
  type CommunityApplicantFacts,
  CommunityApplicantFactsSchema,
  type CommunityProjectFacts,
  CommunityProjectFactsSchema,
  DateSchema,
  type FactsInput,
  type NgoFund2022ApplicantFacts,
  NgoFund2022ApplicantFactsSchema,
  type NgoFund2023ApplicantFacts,
  NgoFund2023ApplicantFactsSchema,
} from './facts.js'
export { ReasonMessage } from './message.js'
export { type EligibilityMessageKey, eligibilityMessages, renderEligibilityMessage } from './messages.js'
export {
  type CheckEligibilityOptions,
  CheckEligibilityOptionsSchema,
  type ParsedEligibilityOptions,
  parseEligibilityOptions,
  safeParseEligibilityOptions,
} from './options.js'
export { eligibilityParameters } from './parameters.js'
export { parseFacts, safeParseFacts } from './parse-facts.js'
export type { EligibilityRule, RuleContext, RuleEvaluation } from './rule.js'
export {
  type AnyRuleSet,
  type FactsByRuleSet,
  type FactsSchemaByRuleSet,
  factsSchemaFor,
  getRuleSet,
  RULE_SET_IDS,
  type RuleSet,
  type RuleSetId,
  RuleSetIdSchema,
  type RuleSetVersion,
  ruleSets,
  versionOn,
} from './rule-sets.js'
export { ELIGIBILITY_VERSION } from './version.js'
