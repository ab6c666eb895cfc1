/**
 * One problem found in input (a field, a CSV cell, a report rule): where it is as a JSON path, a
 * stable code and a message. The one issue type of every Talka package and of the API's problem
 * documents.
 *
 * @example
 * ```ts
 * import type { Issue } from '@talka/core'
 * const issue: Issue = { path: ['recipients', 3, 'weight'], code: 'invalid_type', message: 'Expected a decimal string' }
 * ```
 */
export interface Issue {
  readonly path: readonly (string | number)[]
  readonly code: string
  readonly message: string
}

/**
 * The most issues any Talka function or API answer lists; the total is reported beside them, so an
 * answer stays small however bad the input.
 *
 * @example
 * ```ts
 * import { MAX_ISSUES } from '@talka/core'
 * MAX_ISSUES // 100
 * ```
 */
export const MAX_ISSUES = 100

/**
 * Collects issues up to {@link MAX_ISSUES} (or `limit`) while counting all of them, in linear time.
 *
 * @example
 * ```ts
 * import { IssueList } from '@talka/core'
 * const list = new IssueList()
 * list.add({ path: ['a'], code: 'x', message: 'Bad' })
 * list.total // 1
 * list.isFull // false
 * ```
 */
export class IssueList {
  readonly #issues: Issue[] = []
  #total = 0
  readonly limit: number

  constructor(limit: number = MAX_ISSUES) {
    this.limit = limit
  }

  /** Adds one issue (kept only while below the limit; always counted). @example `list.add(issue)` */
  add(issue: Issue): void {
    this.#total++
    if (this.#issues.length < this.limit) this.#issues.push(issue)
  }

  /** Counts `count` issues that were found but not built (e.g. past the limit). @example `list.count(10)` */
  count(count: number): void {
    this.#total += count
  }

  /** The issues kept, in the order found. @example `list.issues.length <= MAX_ISSUES // true` */
  get issues(): readonly Issue[] {
    return this.#issues
  }

  /** How many issues were found in all. @example `list.total` */
  get total(): number {
    return this.#total
  }

  /** Whether the limit is reached (later issues are only counted). @example `list.isFull` */
  get isFull(): boolean {
    return this.#issues.length >= this.limit
  }
}
