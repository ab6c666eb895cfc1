// Public since 0.1: the hashing helpers are core's (one copy), re-exported, not copied.
export { canonicalJson, type JsonValue, sha256Hex } from '@talka/core'
export { type AllocationResult, type AllocationShare, allocate, safeAllocate } from './allocate.js'
export {
  type AllocateByResidentsInput,
  AllocateByResidentsInputSchema,
  type AllocateByResidentsOptions,
  type AllocationWarning,
  allocateByResidents,
  parseAllocateByResidentsInput,
  type ResidentsAllocation,
  type ResidentsDataUsed,
  type ResidentsFiguresInput,
  safeAllocateByResidents,
  safeParseAllocateByResidentsInput,
} from './allocate-by-residents.js'
export {
  type AllocateByTaxpayersInput,
  AllocateByTaxpayersInputSchema,
  type AllocateByTaxpayersOptions,
  allocateByTaxpayers,
  parseAllocateByTaxpayersInput,
  safeAllocateByTaxpayers,
  safeParseAllocateByTaxpayersInput,
  type TaxpayersAllocation,
  type TaxpayersFiguresInput,
} from './allocate-by-taxpayers.js'
export {
  type AllocateInput,
  AllocateInputSchema,
  type AllocationMethod,
  allocationCodeOfIssue,
  type CanonicalAllocateInput,
  parseAllocateInput,
  type Recipient,
  safeParseAllocateInput,
  type TieMode,
  type Weight,
} from './allocate-input.js'
export {
  allocationCatalog,
  fixedPartRule,
  largestRemainderRule,
  minimumPartRule,
  ministryByResidentsRule,
  ministryByTaxpayersRule,
} from './catalog.js'
// Everything of `@talka/allocation/certificate`, listed once in its entry module.
export * from './certificate-entry.js'
export {
  type CheckFinding,
  type CheckPublishedAllocationInput,
  CheckPublishedAllocationInputSchema,
  type ComparisonMethod,
  checkPublishedAllocation,
  type MethodComparison,
  type PublishedAllocationCheck,
  type PublishedRow,
  parseCheckPublishedAllocationInput,
  type RowDifference,
  safeCheckPublishedAllocation,
  safeParseCheckPublishedAllocationInput,
} from './check-published-allocation.js'
export { compareCodePoints } from './code-point-order.js'
export {
  type MunicipalityFigure,
  MunicipalityFigureSchema,
  type MunicipalityFigures,
  MunicipalityFiguresSchema,
  municipalityFigures,
  ResidentsDatasetSchema,
} from './data/municipality-figures.js'
export {
  type AllocationErrorLike,
  allocationErrorMessages,
  explainAllocationError,
  presentAllocationError,
} from './error-messages.js'
export { ALLOCATION_ERROR_CODES, AllocationError, type AllocationErrorCode } from './errors.js'
export { type AllocationRuleId, type ExplainOptions, explainAllocation } from './explain.js'
export { allocationMessages } from './messages.js'
export { type MunicipalAllocationRule, municipalAllocationRules } from './municipal-descriptions.js'
export {
  type AllocationBasis,
  type AllocationOrder,
  allocationParameters,
  communityMeasureAllocationBasis,
  communityMeasureAllocationOrder,
  communityMeasureResidentsBasis,
  communityMeasureTotal,
  communityMeasureUnit,
  type ResidentsBasis,
} from './parameters.js'
export {
  AllocationResultSchema,
  AllocationShareSchema,
  AllocationWarningSchema,
  CertifiedAllocationSchema,
  ResidentsAllocationSchema,
  ResidentsDataUsedSchema,
  TaxpayersAllocationSchema,
} from './result-schemas.js'
export { ALLOCATION_VERSION } from './version.js'
