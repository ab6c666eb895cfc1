import {
  type Call,
  type CallCitation,
  type CallInput,
  type CallPolicy,
  callParser,
  citationFor,
} from '@talka/calls'
import {
  formatCents,
  IssueList,
  type Lang,
  type Localized,
  type Parsed,
  parseCents,
  renderMessage,
  tryParseCents,
} from '@talka/core'
import type { z } from 'zod'
import { type PublishedRankingMessageKey, publishedRankingMessages } from './published-messages.js'
import {
  type PublishedFundedRow,
  type PublishedRankingTable,
  type PublishedRankingTableSchema,
  type PublishedReserveRow,
  type PublishedSection,
  publishedTableParser,
} from './published-table-schema.js'

/**
 * What a finding of {@link checkPublishedRanking} says is wrong:
 * - `TOTAL_MISMATCH`: a stated total ("VISO") differs from the sum of its rows;
 * - `OVER_BUDGET`: the amounts granted exceed the call's budget (or an envelope's, where the call returns
 *   an envelope's unspent money);
 * - `ABOVE_MAXIMUM`: an amount granted or proposed is above the call's maximum per project (the envelope's
 *   maximum where the call has envelopes);
 * - `BELOW_PASS_MARK`: a funded project's average is below the pass mark;
 * - `RESERVE_ABOVE_FUNDED`: a reserve project has a higher average than a funded one (funding in rank order);
 * - `UNEQUAL_TIE`: projects with the same average treated unequally (one funded, one on the reserve list,
 *   where the call states no tie-break; or unequal shares where the call says `split-equally`);
 * - `ABOVE_REQUESTED`: an amount granted or proposed is above the amount requested.
 *
 * @example
 * ```ts
 * import type { PublishedRankingFindingCode } from '@talka/evaluation'
 * const code: PublishedRankingFindingCode = 'TOTAL_MISMATCH'
 * ```
 */
export type PublishedRankingFindingCode =
  | 'TOTAL_MISMATCH'
  | 'OVER_BUDGET'
  | 'ABOVE_MAXIMUM'
  | 'BELOW_PASS_MARK'
  | 'RESERVE_ABOVE_FUNDED'
  | 'UNEQUAL_TIE'
  | 'ABOVE_REQUESTED'

/**
 * A row a finding is about: its section, its 0-based position there and its application number.
 *
 * @example
 * ```ts
 * import type { PublishedRowRef } from '@talka/evaluation'
 * const ref: PublishedRowRef = { section: 'reserve', index: 0, applicationNo: 'BO-2024-137' }
 * ```
 */
export interface PublishedRowRef {
  readonly section: PublishedSection
  readonly index: number
  readonly applicationNo: string
}

/**
 * One finding of {@link checkPublishedRanking}: the rule broken (`code`, the message `key` and its
 * `params`), the message in Lithuanian and English, what the call says about that rule (`citation`, from
 * `citationFor`: the call's own point, or the ministry's model or the law where the call is silent), the
 * rows concerned, and a JSON `path` into the table (of the first row concerned, or of the total).
 *
 * @example
 * ```ts
 * import type { PublishedRankingFinding } from '@talka/evaluation'
 * declare const f: PublishedRankingFinding
 * `${f.code}: ${f.message.lt} (${f.citation.ref.act})`
 * ```
 */
export interface PublishedRankingFinding {
  readonly code: PublishedRankingFindingCode
  readonly key: PublishedRankingMessageKey
  readonly params: Readonly<Record<string, string | number>>
  readonly message: Localized
  readonly citation: CallCitation
  readonly rows: readonly PublishedRowRef[]
  readonly path: readonly (string | number)[]
}

/**
 * The report of {@link checkPublishedRanking}: at most 100 findings (core's `MAX_ISSUES`) and how many
 * were found in all, with the sums the check computed.
 *
 * @example
 * ```ts
 * import type { PublishedRankingCheck } from '@talka/evaluation'
 * declare const r: PublishedRankingCheck
 * r.findingCount === 0 || console.log(r.findings.map((f) => f.message.en))
 * ```
 */
export interface PublishedRankingCheck {
  readonly callId: string
  /** The findings kept (at most 100), in the order found: totals and budget, then rows, then ties. */
  readonly findings: readonly PublishedRankingFinding[]
  /** How many findings there are in all (more than `findings.length` when the list was cut). */
  readonly findingCount: number
  /** Sum of the amounts granted in the funded list (EUR). */
  readonly fundedSum: string
  /** Sum of the proposed amounts in the reserve list (EUR). */
  readonly reserveSum: string
}

/**
 * A published table as written in JSON, before parsing (the input of `PublishedRankingTableSchema`).
 *
 * @example
 * ```ts
 * import type { PublishedRankingTableInput } from '@talka/evaluation'
 * const t: PublishedRankingTableInput = { callId: 'x', total: '0.00', funded: [] }
 * ```
 */
export type PublishedRankingTableInput = z.input<typeof PublishedRankingTableSchema>

/**
 * An average (already validated: no sign, no leading zeros) without trailing fractional zeros, so that
 * equal values are equal strings ("105.50" and "105.5"). Compared by {@link compareAverages}: exact, and
 * without a bigint per row.
 */
function averageKey(text: string): string {
  const dot = text.indexOf('.')
  if (dot < 0) return text
  let end = text.length
  while (text.charCodeAt(end - 1) === 48) end--
  return end === dot + 1 ? text.slice(0, dot) : end === text.length ? text : text.slice(0, end)
}

/** Exact order of two average keys: the longer integer part is larger, else the text decides. */
function compareAverages(a: string, b: string): number {
  const ia = a.indexOf('.')
  const ib = b.indexOf('.')
  const la = ia < 0 ? a.length : ia
  const lb = ib < 0 ? b.length : ib
  if (la !== lb) return la - lb
  return a === b ? 0 : a < b ? -1 : 1
}

/** A pass mark as the call gives it (number or decimal string) as an average key. */
function scoreKey(value: number | string): string {
  return averageKey(typeof value === 'number' ? String(value) : value)
}

// Amounts in the table are validated, so the fast parser always succeeds.
const cents = (text: string): number => tryParseCents(text) ?? parseCents(text)
const abs = (n: bigint): bigint => (n < 0n ? -n : n)

/** A sum of cents: safe-integer additions, carried into a bigint before they could lose a cent. */
class CentSum {
  #small = 0
  #big = 0n
  add(c: number): void {
    if (c > Number.MAX_SAFE_INTEGER - this.#small) {
      this.#big += BigInt(this.#small)
      this.#small = 0
    }
    this.#small += c
  }
  get value(): bigint {
    return this.#big + BigInt(this.#small)
  }
}

type Envelope = Extract<NonNullable<Call['budget']>, { kind: 'envelopes' }>['envelopes'][number]

/** The findings as they are found: kept up to the limit, always counted, built only when kept. */
class Findings {
  readonly #list = new IssueList()
  readonly kept: PublishedRankingFinding[] = []
  readonly #citations = new Map<string, CallCitation>()

  constructor(
    readonly call: Call,
    readonly envelopes: ReadonlyMap<string, Envelope>,
  ) {}

  cite(policy: CallPolicy, envelope: string | undefined): CallCitation {
    const scoped = envelope !== undefined && this.envelopes.has(envelope) ? envelope : undefined
    const id = `${policy}\u0000${scoped ?? ''}`
    let citation = this.#citations.get(id)
    if (!citation) {
      citation = citationFor(this.call, policy, scoped === undefined ? {} : { envelope: scoped })
      this.#citations.set(id, citation)
    }
    return citation
  }

  /** Adds a finding; `build` runs only while fewer than 100 are kept, so a bad table stays linear. */
  add(build: () => PublishedRankingFinding): void {
    if (this.#list.isFull) {
      this.#list.count(1)
      return
    }
    const finding = build()
    this.kept.push(finding)
    this.#list.add({ path: finding.path, code: finding.code, message: finding.message.en })
  }

  make(
    code: PublishedRankingFindingCode,
    key: PublishedRankingMessageKey,
    params: Record<string, string | number>,
    citation: CallCitation,
    rows: readonly PublishedRowRef[],
    path: readonly (string | number)[],
    paramsIn: (lang: Lang) => Record<string, string | number> = () => params,
  ): PublishedRankingFinding {
    return {
      code,
      key,
      params,
      message: {
        lt: renderMessage(publishedRankingMessages, key, paramsIn('lt'), 'lt'),
        en: renderMessage(publishedRankingMessages, key, paramsIn('en'), 'en'),
      },
      citation,
      rows,
      path,
    }
  }

  get total(): number {
    return this.#list.total
  }
}

const ref = (section: PublishedSection, index: number, applicationNo: string): PublishedRowRef => ({
  section,
  index,
  applicationNo,
})

/**
 * Audits a published ranking table against its call and returns every finding with the rule it breaks,
 * its lt/en message, the call's citation for that rule and the rows concerned: (a) a stated total
 * ("VISO") that is not the sum of its rows; (b) amounts granted above the budget (per envelope where the
 * call returns an envelope's unspent money); (c) an amount granted or proposed above the maximum per
 * project (the envelope's maximum where rows name their envelope, else the largest envelope maximum);
 * (d) a funded project below the pass mark; (e) a reserve project scoring above a funded one of the same
 * envelope (unless the call's funding order is `skip-ahead`); (f) ties treated unequally: a funded and a
 * reserve project with the same average where the call states no tie-break (`keys` or a lot) and funds in
 * rank order, or, where the call says `split-equally`, unequal amounts in the tied group at the funding
 * line; (g) an amount granted or proposed above the request. A rule the call does not state (no budget,
 * maximum or pass mark) is not checked. At most 100 findings are returned with the total count; the
 * check runs in time linear in the rows.
 *
 * Accepts a call document (`CallInput`, validated here) or one parsed by `parseCall`, and a table as JSON
 * or parsed by `parsePublishedRankingTable`; throws core's `ValidationError` for an invalid one.
 *
 * @example
 * ```ts
 * import { checkPublishedRanking } from '@talka/evaluation'
 * import type { CallInput } from '@talka/calls'
 * declare const call: CallInput // budget 14 984 Eur, as Švenčionys 2024
 * const report = checkPublishedRanking(call, {
 *   callId: 'svencionys-district-2024', total: '3000.00',
 *   funded: [{ no: 1, applicationNo: 'BO-2024-172', organisation: null, project: null,
 *     average: '113.5', requested: '3000.00', granted: '2999.30' }],
 * })
 * report.findings[0]?.code // 'TOTAL_MISMATCH'
 * ```
 */
export function checkPublishedRanking(
  call: CallInput | Parsed<Call>,
  table: PublishedRankingTableInput | Parsed<PublishedRankingTable>,
): PublishedRankingCheck {
  const theCall: Call = callParser.ensure(call)
  const t: PublishedRankingTable = publishedTableParser.ensure(table)
  const budget = theCall.budget
  const envelopeList = budget?.kind === 'envelopes' ? budget.envelopes : []
  const envelopes = new Map(envelopeList.map((e) => [e.id, e]))
  const out = new Findings(theCall, envelopes)
  const funded = t.funded
  const reserve = t.reserve ?? []

  const knownEnvelope = (id: string | undefined) => (id !== undefined && envelopes.has(id) ? id : undefined)
  const envelopeName = (id: string, lang: Lang) => envelopes.get(id)?.name[lang] ?? id

  // (a) stated totals against the sums of their rows.
  const fundedSums = new CentSum()
  for (const row of funded) fundedSums.add(cents(row.granted))
  const fundedSum = fundedSums.value
  const reserveSums = new CentSum()
  for (const row of reserve) if (row.proposed !== undefined) reserveSums.add(cents(row.proposed))
  const reserveSum = reserveSums.value
  const totalCheck = (
    stated: string,
    sum: bigint,
    key: PublishedRankingMessageKey,
    path: readonly (string | number)[],
  ) => {
    const statedCents = BigInt(cents(stated))
    if (statedCents === sum) return
    out.add(() =>
      out.make(
        'TOTAL_MISMATCH',
        key,
        { stated, sum: formatCents(sum), difference: formatCents(abs(statedCents - sum)) },
        out.cite('budget', undefined),
        [],
        path,
      ),
    )
  }
  totalCheck(t.total, fundedSum, 'evaluation.published.totalMismatch', ['total'])
  if (t.reserveTotal !== undefined) {
    totalCheck(t.reserveTotal, reserveSum, 'evaluation.published.reserveTotalMismatch', ['reserveTotal'])
  }

  // (b) the budget: the call's total, or the envelopes' sum and, where unspent money is returned, each one.
  const overBudget = (sum: bigint, limit: string, envelope: string | undefined) => {
    if (sum <= BigInt(cents(limit))) return
    out.add(() =>
      envelope === undefined
        ? out.make(
            'OVER_BUDGET',
            'evaluation.published.overBudget',
            { sum: formatCents(sum), budget: limit },
            out.cite('budget', undefined),
            [],
            ['funded'],
          )
        : out.make(
            'OVER_BUDGET',
            'evaluation.published.overEnvelope',
            { sum: formatCents(sum), budget: limit, envelope },
            out.cite('budget', envelope),
            [],
            ['funded'],
            (lang) => ({ sum: formatCents(sum), budget: limit, envelope: envelopeName(envelope, lang) }),
          ),
    )
  }
  if (budget?.kind === 'total') overBudget(fundedSum, budget.amount, undefined)
  else if (budget?.kind === 'envelopes') {
    let all = 0n
    for (const e of budget.envelopes) all += BigInt(cents(e.amount))
    overBudget(fundedSum, formatCents(all), undefined)
    if (budget.unspent === 'returned') {
      const byEnvelope = new Map<string, CentSum>()
      for (const row of funded) {
        const id = knownEnvelope(row.envelope)
        if (id === undefined) continue
        let sum = byEnvelope.get(id)
        if (!sum) {
          sum = new CentSum()
          byEnvelope.set(id, sum)
        }
        sum.add(cents(row.granted))
      }
      for (const e of budget.envelopes) overBudget(byEnvelope.get(e.id)?.value ?? 0n, e.amount, e.id)
    }
  }

  // (c), (d), (g) row by row.
  const generalMax =
    budget?.kind === 'envelopes'
      ? envelopeList.reduce<string | undefined>(
          (m, e) => (m === undefined || cents(e.maxPerProject) > cents(m) ? e.maxPerProject : m),
          undefined,
        )
      : theCall.amounts?.maxPerProject
  const maxFor = (envelope: string | undefined): string | undefined => {
    const id = knownEnvelope(envelope)
    return id === undefined ? generalMax : envelopes.get(id)!.maxPerProject
  }
  const maxCentsCache = new Map<string, number>()
  const maxCents = (max: string) => {
    let c = maxCentsCache.get(max)
    if (c === undefined) {
      c = cents(max)
      maxCentsCache.set(max, c)
    }
    return c
  }
  const passMark = theCall.evaluation?.passMark?.score
  const passKey = passMark === undefined ? undefined : scoreKey(passMark)

  const amountChecks = (
    section: 'funded' | 'reserve',
    index: number,
    row: PublishedFundedRow | PublishedReserveRow,
    amount: string,
    field: 'granted' | 'proposed',
  ) => {
    const amountCents = cents(amount)
    const max = maxFor(row.envelope)
    if (max !== undefined && amountCents > maxCents(max)) {
      out.add(() =>
        out.make(
          'ABOVE_MAXIMUM',
          section === 'funded'
            ? 'evaluation.published.aboveMaximum'
            : 'evaluation.published.proposedAboveMaximum',
          { application: row.applicationNo, amount, maximum: max },
          out.cite('amounts', row.envelope),
          [ref(section, index, row.applicationNo)],
          [section, index, field],
        ),
      )
    }
    if (amountCents > cents(row.requested)) {
      out.add(() =>
        out.make(
          'ABOVE_REQUESTED',
          section === 'funded'
            ? 'evaluation.published.aboveRequested'
            : 'evaluation.published.proposedAboveRequested',
          { application: row.applicationNo, granted: amount, requested: row.requested },
          out.cite('amounts', row.envelope),
          [ref(section, index, row.applicationNo)],
          [section, index, field],
        ),
      )
    }
  }

  // Per envelope group ('' where rows name none): the lowest funded average, for (e) and (f). A reserve row
  // tied with a funded row above the lowest is above the lowest, which (e) reports.
  const groupOf = (row: { envelope?: string | undefined }) => row.envelope ?? ''
  const lowest = new Map<string, { key: string; index: number }>()
  const fundedKeys: string[] = new Array(funded.length)
  for (let i = 0; i < funded.length; i++) {
    const row = funded[i]!
    amountChecks('funded', i, row, row.granted, 'granted')
    const key = averageKey(row.average)
    fundedKeys[i] = key
    if (passKey !== undefined && compareAverages(key, passKey) < 0) {
      out.add(() =>
        out.make(
          'BELOW_PASS_MARK',
          'evaluation.published.belowPassMark',
          { application: row.applicationNo, average: row.average, passMark: String(passMark) },
          out.cite('passMark', undefined),
          [ref('funded', i, row.applicationNo)],
          ['funded', i, 'average'],
        ),
      )
    }
    const group = groupOf(row)
    const low = lowest.get(group)
    if (!low || compareAverages(key, low.key) < 0) lowest.set(group, { key, index: i })
  }

  const evaluation = theCall.evaluation
  const rankOrder = evaluation?.fundingOrder?.order !== 'skip-ahead'
  const ties = evaluation?.tiesAtBudgetLine
  const tieBreakStated = typeof ties === 'object'
  for (let i = 0; i < reserve.length; i++) {
    const row = reserve[i]!
    if (row.proposed !== undefined) amountChecks('reserve', i, row, row.proposed, 'proposed')
    if (!rankOrder) continue
    const key = averageKey(row.average)
    const group = groupOf(row)
    const low = lowest.get(group)
    const order = low ? compareAverages(key, low.key) : -1
    if (low && order > 0) {
      const f = funded[low.index]!
      out.add(() =>
        out.make(
          'RESERVE_ABOVE_FUNDED',
          'evaluation.published.reserveAboveFunded',
          {
            reserve: row.applicationNo,
            reserveAverage: row.average,
            funded: f.applicationNo,
            fundedAverage: f.average,
          },
          out.cite('fundingOrder', undefined),
          [ref('reserve', i, row.applicationNo), ref('funded', low.index, f.applicationNo)],
          ['reserve', i, 'average'],
        ),
      )
    }
    if (low && order === 0 && !tieBreakStated) {
      const tied = low.index
      const f = funded[tied]!
      out.add(() =>
        out.make(
          'UNEQUAL_TIE',
          'evaluation.published.tieSplit',
          { funded: f.applicationNo, other: row.applicationNo, average: row.average },
          out.cite('tiesAtBudgetLine', undefined),
          [ref('funded', tied, f.applicationNo), ref('reserve', i, row.applicationNo)],
          ['reserve', i, 'average'],
        ),
      )
    }
  }

  if (ties === 'split-equally') unequalShares(funded, fundedKeys, lowest, maxFor, out)

  return {
    callId: t.callId,
    findings: out.kept,
    findingCount: out.total,
    fundedSum: formatCents(fundedSum),
    reserveSum: formatCents(reserveSum),
  }
}

/**
 * `split-equally`: in the tied group at the funding line (the lowest funded average of each envelope
 * group), every row that got less than its amount (its request, capped at the maximum) got the same
 * share, and no row got more than that share.
 */
function unequalShares(
  funded: readonly PublishedFundedRow[],
  keys: readonly string[],
  lowest: ReadonlyMap<string, { key: string; index: number }>,
  maxFor: (envelope: string | undefined) => string | undefined,
  out: Findings,
): void {
  const share = new Map<string, number>()
  const amountOf = (row: PublishedFundedRow) => {
    const max = maxFor(row.envelope)
    const requested = cents(row.requested)
    return max === undefined ? requested : Math.min(requested, cents(max))
  }
  const atLine = (i: number) => {
    const row = funded[i]!
    const group = row.envelope ?? ''
    return lowest.get(group)?.key === keys[i] ? group : undefined
  }
  // First pass: the share of each line group is the amount of its first row that got less than its amount.
  for (let i = 0; i < funded.length; i++) {
    const group = atLine(i)
    const row = funded[i]!
    if (group !== undefined && !share.has(group) && cents(row.granted) < amountOf(row)) {
      share.set(group, i)
    }
  }
  for (let i = 0; i < funded.length; i++) {
    const group = atLine(i)
    if (group === undefined) continue
    const first = share.get(group)
    if (first === undefined || first === i) continue
    const row = funded[i]!
    const model = funded[first]!
    const granted = cents(row.granted)
    const shareCents = cents(model.granted)
    const limited = granted < amountOf(row)
    if ((limited && granted !== shareCents) || (!limited && granted > shareCents)) {
      out.add(() =>
        out.make(
          'UNEQUAL_TIE',
          'evaluation.published.unequalShares',
          {
            first: model.applicationNo,
            second: row.applicationNo,
            average: row.average,
            firstAmount: model.granted,
            secondAmount: row.granted,
          },
          out.cite('tiesAtBudgetLine', undefined),
          [ref('funded', first, model.applicationNo), ref('funded', i, row.applicationNo)],
          ['funded', i, 'granted'],
        ),
      )
    }
  }
}
