import { compareDecimalStrings, isTalkaError } from '@talka/core'
import { AllocationCertificateSchema, allocateWithCertificate } from './certificate.js'

/**
 * One way a certificate differs from what its recorded inputs give: the JSON path, the value the
 * recomputation expects and the value found.
 *
 * @example
 * ```ts
 * import type { CertificateDifference } from '@talka/allocation'
 * const d: CertificateDifference = { path: 'recipients.0.amount', expected: '2783', actual: '2784' }
 * ```
 */
export interface CertificateDifference {
  readonly path: string
  readonly expected: unknown
  readonly actual: unknown
}

/**
 * The answer of {@link verifyCertificate}: valid, or the differences found (at most 100 listed;
 * `truncated` tells whether there were more).
 *
 * @example
 * ```ts
 * import type { CertificateVerification } from '@talka/allocation'
 * declare const v: CertificateVerification
 * if (!v.valid) v.differences.map((d) => d.path)
 * ```
 */
export type CertificateVerification =
  | { readonly valid: true }
  | {
      readonly valid: false
      readonly differences: readonly CertificateDifference[]
      readonly truncated: boolean
    }

const MAX_DIFFERENCES = 100
/** Fields that describe the software, not the allocation: not compared. */
const IGNORED = /* @__PURE__ */ (() => new Set(['producer.version']))()

function diff(expected: unknown, actual: unknown, path: string, out: CertificateDifference[]): void {
  if (out.length > MAX_DIFFERENCES || IGNORED.has(path)) return
  if (Object.is(expected, actual)) return
  const bothObjects =
    typeof expected === 'object' && expected !== null && typeof actual === 'object' && actual !== null
  if (!bothObjects || Array.isArray(expected) !== Array.isArray(actual)) {
    out.push({ path: path || '(root)', expected, actual })
    return
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      out.push({
        path: `${path}.length`.replace(/^\./, ''),
        expected: expected.length,
        actual: actual.length,
      })
    }
    const n = Math.min(expected.length, actual.length)
    for (let i = 0; i < n; i++) diff(expected[i], actual[i], path ? `${path}.${i}` : String(i), out)
    return
  }
  const e = expected as Record<string, unknown>
  const a = actual as Record<string, unknown>
  for (const key of new Set([...Object.keys(e), ...Object.keys(a)])) {
    diff(e[key], a[key], path ? `${path}.${key}` : key, out)
  }
}

/**
 * Verifies an `allocation-certificate.v1`: checks its shape, recomputes the allocation from the
 * recorded inputs (and the SHA-256 of their canonical JSON) and compares every field. Returns
 * `{ valid: true }` or the list of differences, so an edited amount, input or hash is caught. The
 * producing package version is informative and not compared; the method version is. Caps are
 * checked twice: recomputed with the rest, and each amount is checked against its recipient's cap
 * (so a certificate whose amounts break a cap is refused even before the recomputation). Never throws.
 *
 * @example
 * ```ts
 * import { allocateWithCertificate, verifyCertificate } from '@talka/allocation/certificate'
 * const cert = structuredClone(allocateWithCertificate({ total: '10', unit: '1', recipients: [{ id: 'a', weight: 1 }, { id: 'b', weight: 3 }] }).certificate)
 * verifyCertificate(cert) // { valid: true }
 * cert.recipients[0].amount = '3'
 * verifyCertificate(cert).valid // false
 * ```
 */
export function verifyCertificate(certificate: unknown): CertificateVerification {
  const parsed = AllocationCertificateSchema.safeParse(certificate)
  if (!parsed.success) {
    const differences = parsed.error.issues.slice(0, MAX_DIFFERENCES).map((issue) => ({
      path: issue.path.map(String).join('.') || '(root)',
      expected: issue.message,
      actual: valueAt(certificate, issue.path),
    }))
    return { valid: false, differences, truncated: parsed.error.issues.length > MAX_DIFFERENCES }
  }
  const differences: CertificateDifference[] = []
  parsed.data.recipients.forEach((r, i) => {
    if (r.cap !== undefined && compareDecimalStrings(r.amount, r.cap) > 0)
      differences.push({ path: `recipients.${i}.amount`, expected: `at most ${r.cap}`, actual: r.amount })
  })
  let expected: unknown
  try {
    expected = allocateWithCertificate(parsed.data.inputs).certificate
  } catch (error) {
    if (!isTalkaError(error)) throw error
    return {
      valid: false,
      differences: [{ path: 'inputs', expected: 'inputs that allocate accepts', actual: error.code }],
      truncated: false,
    }
  }
  diff(expected, certificate, '', differences)
  if (differences.length === 0) return { valid: true }
  return {
    valid: false,
    differences: differences.slice(0, MAX_DIFFERENCES),
    truncated: differences.length > MAX_DIFFERENCES,
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}
