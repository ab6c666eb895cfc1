// Sharing the remainder of a budget between projects tied at the budget line, in whole cents. Internal.
import { mulDivFloor } from '@talka/core'

/**
 * Equal shares of `remainder` cents between projects asking `amounts` cents (water-filling): a project whose
 * amount is below the equal share gets its amount, and the rest is shared equally among the others. Shares
 * are rounded down to the cent; `leftover` is the cents that rounding leaves (fewer than the number of
 * projects that get the common share). Expects `remainder` below the sum of the amounts.
 *
 * @example
 * ```ts
 * splitEqually(1001, [300, 2000, 2000]) // { shares: [300, 350, 350], leftover: 1 }
 * ```
 */
export function splitEqually(
  remainder: number,
  amounts: readonly number[],
): { shares: number[]; leftover: number } {
  const n = amounts.length
  const byAmount = Array.from({ length: n }, (_, k) => k).sort((a, b) => amounts[a]! - amounts[b]!)
  const shares = new Array<number>(n).fill(0)
  let left = remainder
  for (let k = 0; k < n; k++) {
    const i = byAmount[k]!
    const others = n - k
    // Exact: amount ≤ left / others, written without a division.
    if (amounts[i]! * others <= left) {
      shares[i] = amounts[i]!
      left -= amounts[i]!
      continue
    }
    const level = Math.floor(left / others)
    for (let m = k; m < n; m++) shares[byAmount[m]!] = level
    return { shares, leftover: left - level * others }
  }
  return { shares, leftover: left }
}

/**
 * Shares of `remainder` cents in proportion to `amounts`, exact to the cent: each share is rounded down and
 * the cents left go one each to the largest remainders (ties of remainders to the earlier project, i.e. the
 * given order). The shares add up to `remainder` exactly. Expects `remainder` below the sum of the amounts.
 *
 * @example
 * ```ts
 * splitProportionally(100, [1, 1, 1]) // [34, 33, 33]
 * ```
 */
export function splitProportionally(remainder: number, amounts: readonly number[]): number[] {
  let total = 0
  for (const a of amounts) total += a
  const shares: number[] = new Array(amounts.length)
  const rests: bigint[] = new Array(amounts.length)
  let given = 0
  amounts.forEach((a, i) => {
    const { quotient, remainder: rest } = mulDivFloor(remainder, a, total)
    shares[i] = quotient
    rests[i] = rest
    given += quotient
  })
  const order = Array.from({ length: amounts.length }, (_, i) => i).sort((a, b) =>
    rests[a]! > rests[b]! ? -1 : rests[a]! < rests[b]! ? 1 : a - b,
  )
  for (let k = 0; k < remainder - given; k++) shares[order[k]!]!++
  return shares
}
