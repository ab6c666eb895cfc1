// The kernels under mutation testing: the rule code whose arithmetic and boundaries decide money and
// verdicts. Each kernel names the package whose tests run against it and the files Stryker mutates.
// Globs, not file lists, so a file split during a refactor (largest-remainder-*.ts) stays covered.

/** @typedef {{ package: string, mutate: string[], description: string }} Kernel */

const notTests = ['!**/*.test.ts', '!**/*.test-d.ts', '!**/testing.ts', '!**/testing/**']

/** @type {Record<string, Kernel>} */
export const kernels = {
  'largest-remainder': {
    package: 'allocation',
    description: 'allocation: largest remainder and allocate',
    mutate: [
      'packages/allocation/src/largest-remainder*.ts',
      'packages/allocation/src/allocate.ts',
      ...notTests,
    ],
  },
  'scoring-funding': {
    package: 'evaluation',
    description: 'evaluation: scoring (pass mark, divergence), funding cut-off, rank order',
    mutate: [
      'packages/evaluation/src/scoring*.ts',
      'packages/evaluation/src/funding*.ts',
      'packages/evaluation/src/rank-order*.ts',
      ...notTests,
    ],
  },
  'eligibility-rules': {
    package: 'eligibility',
    description: 'eligibility: the rule sets (applicant, project, amount, NGO fund)',
    mutate: ['packages/eligibility/src/rules/**/*.ts', ...notTests],
  },
  volunteering: {
    package: 'volunteering',
    description: 'volunteering: age boundary and reimbursable expenses',
    mutate: [
      'packages/volunteering/src/age*.ts',
      'packages/volunteering/src/reimbursable-expenses*.ts',
      ...notTests,
    ],
  },
}

/** Package names accepted as aliases of their kernel (`pnpm mutation evaluation`). */
export const aliases = Object.fromEntries(Object.entries(kernels).map(([name, k]) => [k.package, name]))

/** The kernel named by `name` (a kernel or a package name), or undefined. */
export function kernelName(name) {
  if (Object.hasOwn(kernels, name)) return name
  return Object.hasOwn(aliases, name) ? aliases[name] : undefined
}
