export { type AmountBounds, AmountSchema } from './amount-schema.js'
export { canonicalJson, type JsonValue } from './canonical-json.js'
export {
  type CatalogEntry,
  checkCatalog,
  describeParameter,
  type ParameterDescriptor,
  type RuleDescriptor,
} from './catalog.js'
export { CatalogEntrySchema, ParameterDescriptorSchema, RuleDescriptorSchema } from './catalog-schema.js'
export {
  checkCents,
  formatCents,
  MAX_AMOUNT,
  MAX_AMOUNT_CENTS,
  mulDivFloor,
  parseCents,
  tryParseCents,
} from './cents.js'
export {
  ageOn,
  compareDates,
  type DateInput,
  IsoDateSchema,
  type PlainDate,
  PlainDateSchema,
  parsePlainDate,
  safeParsePlainDate,
  Temporal,
} from './dates.js'
export { type DecimalValue, decimal, TalkaDecimal } from './decimal.js'
export { CoreError, type CoreErrorCode, isTalkaError, TalkaError } from './errors.js'
export { bigGcd, gcd, lcm, MAX_SAFE_BIGINT, pow10 } from './exact-integers.js'
export {
  bigFractionToDecimal,
  FRACTION_DECIMALS,
  fractionToDecimal,
  fractionToFixed,
  fractionToOneDecimal,
} from './fraction-decimal.js'
export { type Issue, IssueList, MAX_ISSUES } from './issues.js'
export { JsonValueSchema } from './json-value-schema.js'
export { formatLegalRef, type LegalRef, LegalRefSchema, legalRef } from './legal-ref.js'
export { localizedIssue } from './localized-issue.js'
export {
  checkMessageCatalog,
  formatMessage,
  LANGS,
  type Lang,
  LangSchema,
  type Localized,
  LocalizedSchema,
  type MessageCatalog,
  type MessageParams,
  messagePlaceholders,
  renderMessage,
} from './messages.js'
export {
  DecimalStringSchema,
  Money,
  type MoneyRounding,
  MoneySchema,
  MoneyStringSchema,
  parseMoney,
  safeParseMoney,
} from './money.js'
export { formatAmount, formatNumber, pluralCategory } from './number-format.js'
export { codedValuesOf, parameterValueLabel } from './parameter-value-label.js'
export {
  defineParameter,
  type ParameterDefinition,
  type ParameterInput,
  ParameterStore,
  type ParameterValue,
  type ParameterValueLabels,
} from './parameters.js'
export { inputParser, isParsed, markParsed, type Parsed } from './parsed.js'
export { combineResults, type RuleResult } from './rule-result.js'
export { type SafeParseResult, toSafeParse } from './safe-parse.js'
export {
  compareDecimalStrings,
  decimalsOf,
  formatFixed,
  formatScaled,
  isDecimalString,
  parseScaledDecimal,
  rescale,
  type ScaledDecimal,
  unitsOf,
} from './scaled-decimal.js'
export { sha256Hex } from './sha256.js'
export {
  findOverlaps,
  Timeline,
  type TimelineEntry,
  type TimelineEntryInput,
  type TimelineOptions,
  type TimelineOverlap,
} from './timeline.js'
export {
  createDecision,
  type Decision,
  type DecisionInput,
  type ReasonInput,
  renderDecision,
  TRACE_FORMAT,
  type TraceReason,
  TraceReasonSchema,
  TraceSchema,
  TraceV1Schema,
} from './trace.js'
export { and3, booleanFact, FAIL, not3, or3, PASS, type Truth, truthOf, unknownFrom } from './truth.js'
export { type TypedParser, typedParser } from './typed-parser.js'
export {
  issuesOfZodError,
  type ParseContext,
  parseWith,
  safeParseWith,
  ValidationError,
  type ValidationIssue,
  validationErrorOf,
} from './validation.js'
export { CORE_VERSION } from './version.js'
