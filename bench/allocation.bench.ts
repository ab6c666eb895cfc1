/**
 * @talka/allocation against dinero.js v2 (`allocate` with the bigint calculator, imported from
 * `dinero.js/bigint`), on the same inputs in the same run:
 * - the 60 municipalities (embedded 2020 resident figures), EUR 2,000,000.00 at unit 0.01;
 * - 10,000 and 100,000 recipients with pseudo-random weights 1…100,000, EUR 10,000,000.00 at 0.01.
 * Talka is measured three ways: `allocate(raw input)` (validated once by the zod schema, then the
 * kernel), `allocate(parsed)` (parsed once beforehand, as the API does: the kernel and formatting
 * only) and the shares plus `certificateOf` (exact quotas, ranks, tie groups, SHA-256 of the inputs).
 * dinero.js returns Dinero objects; Talka returns decimal strings.
 * A plain 20-line bigint Hamilton kernel (no validation, no formatting, ties by index) is the floor
 * reference: what the method costs written naively in bigint. The "bigint regime" case (total 10^12
 * cents with weights up to 100,000) makes every product pass 2^53, so Talka cannot take its
 * safe-integer path there.
 *
 * The root workspace has no link to the packages, so the source is imported by path.
 */

import { allocate, certificateOf, parseAllocateInput } from '@talka/allocation'
import { municipalityResidents } from '@talka/allocation/data/residents'
import { dinero, allocate as dineroAllocate, EUR } from 'dinero.js/bigint'
import { bench, describe } from 'vitest'

function pseudoRandomWeights(n: number, seed = 20_211_230): number[] {
  let state = seed
  const weights = new Array<number>(n)
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    weights[i] = 1 + (state % 100_000)
  }
  return weights
}

/** The plain largest-remainder kernel in bigint, as one would write it in 20 lines. */
function plainHamilton(total: bigint, weights: readonly bigint[]): bigint[] {
  let sum = 0n
  for (const w of weights) sum += w
  const n = weights.length
  const shares = new Array<bigint>(n)
  const remainders = new Array<bigint>(n)
  let given = 0n
  for (let i = 0; i < n; i++) {
    const q = total * weights[i]!
    shares[i] = q / sum
    remainders[i] = q % sum
    given += shares[i]!
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
    remainders[b]! > remainders[a]! ? 1 : remainders[b]! < remainders[a]! ? -1 : a - b,
  )
  for (let k = 0; k < Number(total - given); k++) shares[order[k]!]! += 1n
  return shares
}

const municipalities = municipalityResidents.filter((r) => r.dataset === 'osp-2020-01-01')

const cases = [
  {
    name: '60 municipalities, EUR 2,000,000.00 at unit 0.01',
    total: '2000000.00',
    cents: 200_000_000n,
    recipients: municipalities.map((m) => ({ id: m.municipality, weight: m.residents })),
    time: 1000,
  },
  ...[10_000, 100_000].map((n) => ({
    name: `${n.toLocaleString('en')} recipients, EUR 10,000,000.00 at unit 0.01`,
    total: '10000000.00',
    cents: 1_000_000_000n,
    recipients: pseudoRandomWeights(n).map((weight, i) => ({ id: `r${i}`, weight })),
    time: n >= 100_000 ? 3000 : 1500,
  })),
  {
    name: '100,000 recipients, bigint regime: EUR 10,000,000,000.00 (10^12 cents) at unit 0.01',
    total: '10000000000.00',
    cents: 1_000_000_000_000n,
    recipients: pseudoRandomWeights(100_000).map((weight, i) => ({ id: `r${i}`, weight })),
    time: 3000,
  },
]

for (const c of cases) {
  const input = { total: c.total, unit: '0.01', recipients: c.recipients }
  const parsed = parseAllocateInput(input)
  const ratios = c.recipients.map((r) => BigInt(r.weight))
  const amount = dinero({ amount: c.cents, currency: EUR })
  describe(c.name, () => {
    bench(
      '@talka/allocation allocate (raw input: zod parse + kernel)',
      () => {
        allocate(input)
      },
      { time: c.time },
    )
    bench(
      '@talka/allocation allocate (parsed once)',
      () => {
        allocate(parsed)
      },
      { time: c.time },
    )
    bench(
      '@talka/allocation allocate + certificateOf',
      () => {
        certificateOf(allocate(parsed))
      },
      { time: c.time },
    )
    bench(
      'plain 20-line bigint Hamilton kernel',
      () => {
        plainHamilton(c.cents, ratios)
      },
      { time: c.time },
    )
    bench(
      'dinero.js v2 allocate (bigint)',
      () => {
        dineroAllocate(amount, ratios)
      },
      { time: c.time },
    )
  })
}
