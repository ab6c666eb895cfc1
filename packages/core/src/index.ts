export {
  type CatalogEntry,
  checkCatalog,
  describeParameter,
  type ParameterDescriptor,
  type RuleDescriptor,
} from './catalog.js'
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
export { formatLegalRef, type LegalRef, LegalRefSchema, legalRef } from './legal-ref.js'
export {
  checkMessageCatalog,
  LANGS,
  type Lang,
  LangSchema,
  type Localized,
  LocalizedSchema,
  type MessageCatalog,
  type MessageParams,
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
export {
  defineParameter,
  type ParameterDefinition,
  type ParameterInput,
  ParameterStore,
  type ParameterValue,
} from './parameters.js'
export { combineResults, type RuleResult } from './rule-result.js'
export { type SafeParseResult, toSafeParse } from './safe-parse.js'
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
  TraceV1Schema,
} from './trace.js'
export { parseWith, safeParseWith, ValidationError, type ValidationIssue } from './validation.js'
export { CORE_VERSION } from './version.js'
