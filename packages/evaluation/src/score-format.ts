// Totals and averages as the decimal strings of the result. Scores repeat a lot — a few hundred distinct totals
// and averages among 100,000 applications — so each string (and each `{ evaluator, total }` and average
// object) is made once per value and shared by the rows: that saves time and memory. Internal.
import {
  bigFractionToDecimal,
  bigGcd,
  formatScaled,
  fractionToDecimal,
  fractionToOneDecimal,
  gcd,
} from '@talka/core'
import type { EvaluatorTotal } from './ranking-result.js'
import type { Integers, ScoringContext } from './scoring.js'

/** An application's final score as the result shows it. */
export interface Average {
  /** Exact when it terminates within 12 decimals, else rounded half-up there. */
  readonly average: string
  /** One decimal, half-up, as published. */
  readonly display: string
  readonly fraction: { readonly numerator: string; readonly denominator: string }
}

/** Formats the totals and averages of one ranking. */
export class ScoreFormatter {
  readonly #unitScale: number
  readonly #totals: Integers
  readonly #totalTexts = new Map<number | bigint, string>()
  readonly #averages = new Map<number, Average>()
  // Evaluator totals by evaluator id, then by value; the last evaluator id seen at each position in an
  // application's evaluation list is remembered, so that a run of identically listed evaluators costs one
  // string comparison per evaluation instead of a hash lookup.
  readonly #byEvaluator = new Map<string, Map<number | bigint, EvaluatorTotal>>()
  readonly #lastEvaluator: (string | undefined)[] = []
  readonly #lastValues: Map<number | bigint, EvaluatorTotal>[] = []
  #lastSum: number | bigint = -1
  #lastN = -1
  #lastAverage: Average | null = null

  constructor(ctx: ScoringContext, totals: Integers) {
    this.#unitScale = ctx.unitScale
    this.#totals = totals
  }

  /** A total (or a spread of totals) in points. */
  total(t: number | bigint): string {
    let text = this.#totalTexts.get(t)
    if (text === undefined) {
      text = formatScaled(t, this.#unitScale)
      this.#totalTexts.set(t, text)
    }
    return text
  }

  /** `{ evaluator, total }` of each evaluation row from `from` to `to - 1`. */
  evaluatorTotals(evaluators: readonly string[], from: number, to: number): EvaluatorTotal[] {
    const result: EvaluatorTotal[] = new Array(to - from)
    for (let r = from; r < to; r++) {
      const slot = r - from
      const evaluator = evaluators[r]!
      let byValue = this.#lastValues[slot]
      if (evaluator !== this.#lastEvaluator[slot] || byValue === undefined) {
        byValue = this.#byEvaluator.get(evaluator)
        if (!byValue) {
          byValue = new Map()
          this.#byEvaluator.set(evaluator, byValue)
        }
        this.#lastEvaluator[slot] = evaluator
        this.#lastValues[slot] = byValue
      }
      const value = this.#totals[r]!
      let item = byValue.get(value)
      if (!item) {
        item = { evaluator, total: this.total(value) }
        byValue.set(value, item)
      }
      result[slot] = item
    }
    return result
  }

  /** The average sum / n (n ≥ 1) of totals. */
  average(sum: number | bigint, n: number): Average {
    // Rows come in rank order, where equal scores are neighbours: most lookups are the previous one.
    if (sum === this.#lastSum && n === this.#lastN) return this.#lastAverage!
    const result = typeof sum === 'number' ? this.#numberAverage(sum, n) : this.#bigAverage(sum, n)
    this.#lastSum = sum
    this.#lastN = n
    this.#lastAverage = result
    return result
  }

  #numberAverage(sum: number, n: number): Average {
    const key = sum * 32 + n
    const cacheable = Number.isSafeInteger(key)
    const cached = cacheable ? this.#averages.get(key) : undefined
    if (cached) return cached
    const den = n * 10 ** this.#unitScale
    const g = gcd(sum, den)
    const result = average(
      fractionToDecimal(sum, den),
      fractionToOneDecimal(sum, den),
      String(sum / g),
      String(den / g),
    )
    if (cacheable) this.#averages.set(key, result)
    return result
  }

  #bigAverage(sum: bigint, n: number): Average {
    const den = BigInt(n) * 10n ** BigInt(this.#unitScale)
    const g = bigGcd(sum, den)
    return average(
      bigFractionToDecimal(sum, den),
      fractionToOneDecimal(sum, den),
      (sum / g).toString(),
      (den / g).toString(),
    )
  }
}

function average(average: string, display: string, numerator: string, denominator: string): Average {
  return { average, display, fraction: { numerator, denominator } }
}
