export { type AllocationResult, type AllocationShare, allocate, safeAllocate } from './allocate.js'
export {
  type AllocateByResidentsInput,
  AllocateByResidentsInputSchema,
  type AllocateByResidentsOptions,
  type AllocationWarning,
  allocateByResidents,
  type ResidentsAllocation,
  type ResidentsDataUsed,
  type ResidentsFiguresInput,
  safeAllocateByResidents,
} from './allocate-by-residents.js'
export {
  type AllocateInput,
  AllocateInputSchema,
  type AllocationMethod,
  type CanonicalAllocateInput,
  parseAllocateInput,
  type Recipient,
  safeParseAllocateInput,
  type TieMode,
  type Weight,
} from './allocate-input.js'
export { canonicalJson, type JsonValue } from './canonical-json.js'
export {
  allocationCatalog,
  fixedPartRule,
  largestRemainderRule,
  minimumPartRule,
  ministryByResidentsRule,
} from './catalog.js'
export {
  type AllocationCertificate,
  AllocationCertificateSchema,
  allocationCertificateJsonSchema,
  CERTIFICATE_FORMAT,
  type Fraction,
  FractionSchema,
  METHOD_VERSION,
} from './certificate.js'
export {
  type CheckFinding,
  type CheckPublishedAllocationInput,
  CheckPublishedAllocationInputSchema,
  type ComparisonMethod,
  checkPublishedAllocation,
  type MethodComparison,
  type PublishedAllocationCheck,
  type PublishedRow,
  type RowDifference,
  safeCheckPublishedAllocation,
} from './check-published-allocation.js'
export { compareCodePoints } from './code-point-order.js'
export { ALLOCATION_ERROR_CODES, AllocationError, type AllocationErrorCode } from './errors.js'
export { type ExplainOptions, explainAllocation } from './explain.js'
export { allocationMessages } from './messages.js'
export {
  type AllocationOrder,
  allocationParameters,
  communityMeasureAllocationOrder,
  communityMeasureResidentsBasis,
  communityMeasureTotal,
  communityMeasureUnit,
  type ResidentsBasis,
} from './parameters.js'
export { sha256Hex } from './sha256.js'
export {
  type CertificateDifference,
  type CertificateVerification,
  verifyCertificate,
} from './verify-certificate.js'
export { ALLOCATION_VERSION } from './version.js'
