/**
 * The certificate of an allocation, in its own entry so that a page that only allocates does not
 * load it (nor SHA-256 and canonical JSON): `certificateOf(result)`, `allocateWithCertificate`,
 * `verifyCertificate`, the `allocation-certificate.v1` schema and its JSON Schema. Import from
 * `@talka/allocation/certificate`; the main entry re-exports the same functions.
 *
 * @packageDocumentation
 */
export {
  type AllocationCertificate,
  AllocationCertificateSchema,
  allocateWithCertificate,
  allocationCertificateJsonSchema,
  CERTIFICATE_FORMAT,
  type CertifiedAllocation,
  canonicalAllocateInput,
  certificateOf,
  type Fraction,
  FractionSchema,
  METHOD_VERSION,
} from './certificate.js'
export {
  type CertificateDifference,
  type CertificateVerification,
  verifyCertificate,
} from './verify-certificate.js'
