export {
  type Call,
  CallActivitiesSchema,
  CallAmountsSchema,
  CallApplicantsSchema,
  CallBudgetSchema,
  CallCostsSchema,
  CallDatesSchema,
  CallEvaluationSchema,
  type CallInput,
  CallSchema,
  CostCapSchema,
  CriterionSchema,
  DivergenceSchema,
  EnvelopeSchema,
  FundingOrderSchema,
  LastProjectSchema,
  PassMarkSchema,
  ReservePolicySchema,
  TieKeySchema,
  TiesAtBudgetLineSchema,
} from './call-schema.js'
export type {
  CallAmounts,
  CallApplicants,
  CallBudget,
  CallCosts,
  CallEvaluation,
  CostCap,
  Criterion,
  DivergenceRule,
  Envelope,
  PolicyRef,
  TieKey,
  TiesAtBudgetLine,
} from './call-types.js'
export { type CallDescriptor, type CallId, callById, callCatalog, calls } from './catalog.js'
export { type CallCitation, type CitationScope, citationFor } from './citation.js'
export { defaultRefs, ministryRefFor } from './default-refs.js'
export { CallsError, type CallsErrorCode } from './errors.js'
export { callIssueMessages } from './issue-messages.js'
export { CALL_SCHEMA_ID, type CallJsonSchema, callJsonSchema } from './json-schema.js'
export { type CallFieldLabel, type CallFieldPath, callFieldLabels } from './labels.js'
export { callParser, parseCall, safeParseCall } from './parse-call.js'
export { CALL_POLICIES, type CallPolicy, type MissingPolicy, missingPolicies } from './policies.js'
export { PointRefSchema, PolicyRefSchema } from './primitives.js'
export { CallDescriptorSchema, MissingPolicySchema } from './result-schemas.js'
export { CALLS_VERSION } from './version.js'
