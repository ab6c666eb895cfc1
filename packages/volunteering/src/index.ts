export {
  AGREEMENT_RULES,
  type AgreementRequirementInput,
  AgreementRequirementInputSchema,
  agreementRequirement,
  type ParsedAgreementRequirementInput,
  parseAgreementRequirementInput,
  requiredContents,
  safeParseAgreementRequirementInput,
} from './agreement-requirement.js'
export {
  type CanHostInput,
  CanHostInputSchema,
  canHost,
  HOST_RULES,
  type ParsedCanHostInput,
  parseCanHostInput,
  safeParseCanHostInput,
} from './can-host.js'
export {
  type CanVolunteerInput,
  CanVolunteerInputSchema,
  canVolunteer,
  type ParsedCanVolunteerInput,
  parseCanVolunteerInput,
  safeParseCanVolunteerInput,
  VOLUNTEER_RULES,
} from './can-volunteer.js'
export { volunteeringCatalog, volunteeringRules } from './catalog.js'
export {
  ACTIVITY_RULES,
  type ActivityClass,
  type ActivityClassification,
  type ClassifyActivityInput,
  ClassifyActivityInputSchema,
  classifyActivity,
  type ParsedClassifyActivityInput,
  parseClassifyActivityInput,
  safeParseClassifyActivityInput,
} from './classify-activity.js'
export { editionById, type LawEdition, lawEdition, volunteeringEditions } from './editions.js'
export { VolunteeringError, type VolunteeringErrorCode } from './errors.js'
export { type ExpenseKind, ExpenseKindSchema } from './expense-kind.js'
export { type LegalForm, LegalFormSchema } from './legal-form.js'
export { expenseKindLabels, volunteeringMessages } from './messages.js'
export {
  type CanHostOptions,
  CanHostOptionsSchema,
  type OptionsArgument,
  type ParsedCanHostOptions,
  type ParsedVolunteeringOptions,
  parseCanHostOptions,
  parseVolunteeringOptions,
  safeParseCanHostOptions,
  safeParseVolunteeringOptions,
  type VolunteeringOptions,
  VolunteeringOptionsSchema,
} from './options.js'
export {
  type AgeLimit,
  type EditionId,
  PARAMETER_IDS,
  type ProofWording,
  type RequiredContents,
  type TransitionCap,
  volunteeringParameters,
} from './parameters.js'
export { VOLUNTEERING_PRODUCER } from './producer.js'
export {
  type ClaimDecision,
  EXPENSE_RULES,
  type ExpenseClaim,
  type ExpensesOutcome,
  ownCarFuelAmount,
  type ParsedReimbursableExpensesInput,
  parseReimbursableExpensesInput,
  type ReimbursableExpensesInput,
  ReimbursableExpensesInputSchema,
  type ReimbursableExpensesResult,
  reimbursableExpenses,
  safeParseReimbursableExpensesInput,
} from './reimbursable-expenses.js'
export {
  EDITION_RULE_ID,
  type EditionFacts,
  type EditionResolution,
  resolveAgreementTerms,
  resolveEdition,
} from './resolve-edition.js'
export { ActivityClassificationSchema, ReimbursableExpensesResultSchema } from './result-schemas.js'
