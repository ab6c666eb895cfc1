// The made-up district call shared by the published-table tests, so that each test file states only what it changes.
import type { CallInput } from '@talka/calls'

/** A standard call of a made-up district: pass mark 60 (point 28), a reserve list with proposed amounts (point 40). */
export const exampleDistrictCall = {
  id: 'example-district-2025',
  name: { lt: 'Pavyzdžių rajono 2025 m. kvietimas', en: 'Example district 2025 call' },
  municipality: { name: 'Pavyzdžių rajono savivaldybė' },
  year: 2025,
  model: 'standard',
  ref: {
    act: 'Pavyzdžių rajono savivaldybės mero 2025-03-01 potvarkis Nr. M-1 (Aprašas)',
    url: 'https://e-tar.lt/',
  },
  budget: { kind: 'total', amount: '10000.00' },
  amounts: { minPerProject: '1000.00', maxPerProject: '3000.00', overMaximum: 'cap' },
  evaluation: {
    passMark: { score: 60, ref: { point: '28' } },
    reserve: { list: true, proposedAmount: true, ref: { point: '40' } },
  },
} as const satisfies CallInput
