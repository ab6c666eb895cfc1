/**
 * fast-check arbitraries for the report schemas, so integrators can property-test their own systems
 * (an upload form, an API client, a spreadsheet export) with the generators Talka's tests use.
 * Import from `@talka/reporting/testing`; needs `fast-check`.
 *
 * @packageDocumentation
 */
import { Money, Temporal } from '@talka/core'
import { moneyStringArb } from '@talka/core/testing'
import fc from 'fast-check'
import Papa from 'papaparse'
import { codeLists } from './code-lists.js'
import { reportToCsv } from './csv/report-csv.js'
import type { ReportOf, ReportSchemaName } from './report-schemas.js'
import type { CouncilPlanReport, CouncilPlanReportRow } from './schemas/council-plan-report.js'
import type { FundedProject } from './schemas/funded-project.js'
import type { ProjectActivityReport } from './schemas/project-activity-report.js'

const LETTERS = [...'aąbcčdeęėfghiįyjklmnoprsštuųūvzžAĄBCČDEĘĖFGHIĮYJKLMNOPRSŠTUŲŪVZŽ0123456789']
const TRICKY = [
  '"',
  '„',
  '“',
  ';',
  ',',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '–',
  '−',
  "'",
  '=',
  '+',
  '-',
  '@',
  ' ',
  '.',
  '\u00a0',
]

/**
 * Non-empty Lithuanian text with the characters that break naive CSV and spreadsheet handling:
 * diacritics, straight and Lithuanian quotes, `;` and `,`, line breaks (`\n`, `\r\n`, `\r`), tabs,
 * leading `=`/`+`/`-`/`@` (formula triggers) and non-breaking spaces.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { lithuanianTextArb } from '@talka/reporting/testing'
 * fc.sample(lithuanianTextArb({ maxLength: 10 }), 3)
 * ```
 */
export function lithuanianTextArb(
  options: { minLength?: number; maxLength?: number } = {},
): fc.Arbitrary<string> {
  const piece = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...LETTERS) }, fc.constantFrom(...TRICKY))
  return fc
    .array(piece, { minLength: Math.max(1, options.minLength ?? 1), maxLength: options.maxLength ?? 16 })
    .map((pieces) => pieces.join(''))
}

/** A name without commas or surrounding whitespace (an executor, as the schema wants it). */
function nameArb(): fc.Arbitrary<string> {
  return lithuanianTextArb({ maxLength: 12 }).map(
    (text) => text.replace(/,/g, ';').trim() || 'Kultūros skyrius',
  )
}

const digitFree = (text: string) => text.replace(/\d/g, 'x')
const day = (year: number, dayOfYear: number) =>
  Temporal.PlainDate.from({ year, month: 1, day: 1 }).add({ days: dayOfYear }).toString()

/** A date of reduced precision inside `year`. */
function partialDateInYear(year: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constant(String(year)),
    fc.integer({ min: 1, max: 12 }).map((m) => `${year}-${String(m).padStart(2, '0')}`),
    fc.integer({ min: 0, max: 364 }).map((d) => day(year, d)),
  )
}

function councilRowArb(reportYear: number): fc.Arbitrary<Omit<CouncilPlanReportRow, 'no'>> {
  const valueArb = fc.record(
    {
      value: fc.integer({ min: 0, max: 100_000 }),
      qualifier: fc.constant('more-than' as const),
      unit: lithuanianTextArb({ maxLength: 8 }),
      before: lithuanianTextArb({ maxLength: 8 }).map(digitFree),
    },
    { requiredKeys: ['value', 'unit', 'before'] },
  )
  return fc
    .record(
      {
        measure: lithuanianTextArb(),
        indicator: lithuanianTextArb(),
        executors: fc.array(nameArb(), { minLength: 1, maxLength: 3 }),
        text: lithuanianTextArb({ maxLength: 32 }),
        eventDates: fc.array(partialDateInYear(reportYear), { minLength: 1, maxLength: 3 }),
        values: fc.array(valueArb, { minLength: 1, maxLength: 3 }),
      },
      { requiredKeys: ['measure', 'indicator', 'executors', 'text'] },
    )
    .map(({ text, values, ...row }) => {
      const indicatorValues = values?.map(({ before, ...v }) => ({
        ...v,
        quote: `${before} ${v.value} ${digitFree(v.unit)}`,
        unit: v.unit,
      }))
      const fulfilment = [text, ...(indicatorValues ?? []).map((v) => v.quote)].join(' ')
      return indicatorValues ? { ...row, fulfilment, indicatorValues } : { ...row, fulfilment }
    })
}

/**
 * Valid `council-plan-report.v1` documents (no errors, no warnings): consecutive row numbers, a report
 * year inside the plan period, event dates in the report year, indicator values quoted from the text.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { validateReport } from '@talka/reporting'
 * import { councilPlanReportArb } from '@talka/reporting/testing'
 * fc.assert(fc.property(councilPlanReportArb(), (r) => validateReport('council-plan-report.v1', r).valid))
 * ```
 */
export function councilPlanReportArb(options: { maxRows?: number } = {}): fc.Arbitrary<CouncilPlanReport> {
  return fc
    .record({ from: fc.integer({ min: 1990, max: 2090 }), span: fc.nat(5), at: fc.nat(5) })
    .chain(({ from, span, at }) => {
      const reportYear = from + Math.min(span, at)
      return fc.record({
        title: lithuanianTextArb(),
        municipality: lithuanianTextArb(),
        council: lithuanianTextArb(),
        planPeriod: fc.constant({ from, to: from + span }),
        reportYear: fc.constant(reportYear),
        rows: fc
          .array(councilRowArb(reportYear), { minLength: 1, maxLength: options.maxRows ?? 3 })
          .map((rows) => rows.map((row, i) => ({ no: i + 1, ...row }))),
      })
    })
}

const centsToAmount = (cents: bigint) => Money.fromCents(cents).toString()

/**
 * Valid `project-activity-report.v1` documents (no errors; an unspent balance gives the
 * `unspent-to-return` warning): actual ≤ granted, unspent = granted − actual, line sums equal the
 * totals, activities inside the project period, administration within the cap.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { validateReport } from '@talka/reporting'
 * import { projectActivityReportArb } from '@talka/reporting/testing'
 * fc.assert(fc.property(projectActivityReportArb(), (r) => validateReport('project-activity-report.v1', r).valid))
 * ```
 */
export function projectActivityReportArb(): fc.Arbitrary<ProjectActivityReport> {
  return fc
    .record({
      granted: fc.bigInt({ min: 100_000n, max: 2_000_000n }),
      start: fc.integer({ min: 0, max: 3000 }),
      length: fc.integer({ min: 0, max: 400 }),
    })
    .chain(({ granted, start, length }) => {
      const from = Temporal.PlainDate.from('2019-01-01').add({ days: start })
      const to = from.add({ days: length })
      const dateIn = fc.integer({ min: 0, max: length }).map((d) => from.add({ days: d }))
      const activity = fc
        .record(
          {
            title: lithuanianTextArb(),
            first: dateIn,
            last: dateIn,
            place: lithuanianTextArb(),
            participants: fc.nat(10_000),
            volunteers: fc.nat(500),
            volunteerHours: fc
              .tuple(fc.nat(5000), fc.constantFrom('', '.5', '.25', '.0'))
              .map(([h, d]) => `${h}${d}`),
            indicator: fc.record({
              name: lithuanianTextArb(),
              planned: fc.nat(1000),
              achieved: fc.nat(1000),
            }),
            single: fc.boolean(),
          },
          { requiredKeys: ['title', 'first', 'last', 'place', 'participants', 'single'] },
        )
        .map(({ first, last, single, ...rest }) => {
          const [a, b] = Temporal.PlainDate.compare(first, last) <= 0 ? [first, last] : [last, first]
          return single
            ? { ...rest, dateFrom: a.toString() }
            : { ...rest, dateFrom: a.toString(), dateTo: b.toString() }
        })
      const expense = fc
        .record(
          {
            category: fc.constantFrom(...codeLists.expenseCategory.map((c) => c.code)),
            description: lithuanianTextArb(),
            planned: moneyStringArb({ min: 0n, max: granted }),
            documents: fc.nat(50),
            actualShare: fc.bigInt({ min: 0n, max: 1000n }),
          },
          { requiredKeys: ['category', 'planned', 'documents', 'actualShare'] },
        )
        .map(({ actualShare, ...line }) => {
          // Administration lines stay under 1/40 of the grant each, others under 1/5: at most 4 lines
          // keep the actual total ≤ 0.9 × granted and administration ≤ 10 %.
          const bound = line.category === 'administration' ? granted / 40n : granted / 5n
          return { ...line, actual: centsToAmount((bound * actualShare) / 1000n) }
        })
      return fc
        .record(
          {
            id: lithuanianTextArb({ maxLength: 12 }),
            title: lithuanianTextArb(),
            applicant: fc.record({
              name: lithuanianTextArb(),
              code: fc.stringMatching(/^\d{9}$/),
            }),
            municipality: lithuanianTextArb(),
            eldership: lithuanianTextArb(),
            measure: fc.record({
              code: fc.constantFrom('2.1.1.1', '1.1.4', '1.1.6', '2.3'),
              name: lithuanianTextArb(),
              year: fc.integer({ min: 2017, max: 2030 }),
            }),
            administrationCap: fc.constantFrom('0.1', '0.15', '0.5', '1'),
            activities: fc.array(activity, { maxLength: 3 }),
            expenses: fc.array(expense, { maxLength: 4 }),
          },
          { requiredKeys: ['id', 'title', 'applicant', 'municipality', 'measure', 'activities', 'expenses'] },
        )
        .map(({ activities, expenses, ...project }): ProjectActivityReport => {
          const actual = Money.sum(expenses.map((e) => e.actual))
          return {
            project: {
              ...project,
              grantedAmount: centsToAmount(granted),
              period: { from: from.toString(), to: to.toString() },
            },
            activities,
            expenses,
            totals: {
              planned: Money.sum(expenses.map((e) => e.planned)).toString(),
              actual: actual.toString(),
              unspent: Money.fromCents(granted).minus(actual).toString(),
            },
          }
        })
    })
}

/**
 * Valid `funded-project.v1` documents (no errors): participants that add up, periods in increasing
 * years that do not overlap, one amount per year and a total (when given) equal to their sum.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { validateReport } from '@talka/reporting'
 * import { fundedProjectArb } from '@talka/reporting/testing'
 * fc.assert(fc.property(fundedProjectArb(), (p) => validateReport('funded-project.v1', p).valid))
 * ```
 */
export function fundedProjectArb(): fc.Arbitrary<FundedProject> {
  const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`
  const periods = fc
    .uniqueArray(
      fc.record({
        year: fc.integer({ min: 1995, max: 2095 }),
        a: fc.integer({ min: 1, max: 12 }),
        b: fc.integer({ min: 1, max: 12 }),
        precision: fc.constantFrom('year', 'month', 'day'),
      }),
      { selector: (p) => p.year, maxLength: 3 },
    )
    .map((list) =>
      [...list]
        .sort((x, y) => x.year - y.year)
        .map(({ year, a, b, precision }, i) => {
          const kind = i === 0 ? ('original' as const) : ('extension' as const)
          const [m1, m2] = a <= b ? [a, b] : [b, a]
          if (precision === 'year') return { from: String(year), to: String(year), kind }
          if (precision === 'month') return { from: month(year, m1), to: month(year, m2), kind }
          const last = Temporal.PlainDate.from(`${month(year, m2)}-01`).daysInMonth
          return { from: `${month(year, m1)}-01`, to: `${month(year, m2)}-${last}`, kind }
        }),
    )
  const amounts = fc.uniqueArray(
    fc.record({
      year: fc.integer({ min: 1995, max: 2095 }),
      amount: moneyStringArb({ min: 0n, max: 10_000_000n }),
    }),
    { selector: (a) => a.year, maxLength: 3 },
  )
  const participants = fc.oneof(
    fc.record({ total: fc.nat(10_000) }),
    fc.record({ total: fc.nat(10_000), qualifier: fc.constant('more-than' as const) }),
    fc
      .tuple(fc.nat(5000), fc.nat(5000))
      .map(([onSite, online]) => ({ total: onSite + online, onSite, online })),
    fc.tuple(fc.nat(5000), fc.nat(5000)).map(([a, b]) => ({ total: Math.max(a, b), onSite: Math.min(a, b) })),
    fc.tuple(fc.nat(5000), fc.nat(5000)).map(([a, b]) => ({ total: Math.max(a, b), online: Math.min(a, b) })),
  )
  const event = fc
    .record(
      {
        start: fc.integer({ min: 0, max: 20_000 }),
        days: fc.nat(5),
        precise: fc.boolean(),
        title: lithuanianTextArb(),
        place: lithuanianTextArb(),
        participants,
      },
      { requiredKeys: ['start', 'days', 'precise', 'title'] },
    )
    .map(({ start, days, precise, ...rest }) => {
      const first = Temporal.PlainDate.from('1995-01-01').add({ days: start })
      if (!precise) return { date: String(first.year), ...rest }
      return days === 0
        ? { date: first.toString(), ...rest }
        : { date: first.toString(), dateTo: first.add({ days }).toString(), ...rest }
    })
  return fc
    .record(
      {
        number: lithuanianTextArb({ maxLength: 12 }),
        title: lithuanianTextArb(),
        organisation: fc.record(
          { name: lithuanianTextArb(), code: fc.stringMatching(/^\d{9}$/) },
          { requiredKeys: ['name'] },
        ),
        funder: lithuanianTextArb(),
        programme: lithuanianTextArb(),
        fundingDecision: fc.record(
          {
            actType: fc.constantFrom(...codeLists.actType.map((c) => c.code)),
            issuer: lithuanianTextArb(),
            number: lithuanianTextArb({ maxLength: 10 }),
            date: fc.integer({ min: 0, max: 30_000 }).map((d) => day(1995, d)),
            title: lithuanianTextArb(),
          },
          { requiredKeys: ['actType', 'issuer', 'number', 'date'] },
        ),
        amounts,
        withTotal: fc.boolean(),
        periods,
        memberOrganisations: fc.nat(500),
        goals: fc.array(lithuanianTextArb(), { maxLength: 3 }),
        activities: fc.array(
          fc.record(
            {
              title: lithuanianTextArb(),
              status: fc.constantFrom('planned' as const, 'done' as const),
              year: fc.integer({ min: 1995, max: 2095 }),
            },
            { requiredKeys: ['title', 'status'] },
          ),
          { maxLength: 3 },
        ),
        results: fc.array(lithuanianTextArb(), { maxLength: 3 }),
        events: fc.array(event, { maxLength: 3 }),
        links: fc.array(
          fc
            .tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.stringMatching(/^[a-z0-9_-]{0,12}$/))
            .map(([host, path]) => `https://${host}.lt/${path}`),
          { maxLength: 2 },
        ),
      },
      {
        requiredKeys: [
          'title',
          'organisation',
          'funder',
          'amounts',
          'withTotal',
          'periods',
          'goals',
          'activities',
          'results',
          'events',
          'links',
        ],
      },
    )
    .map(({ withTotal, ...rest }): FundedProject => {
      return withTotal
        ? { ...rest, totalAmount: Money.sum(rest.amounts.map((a) => a.amount)).toString() }
        : rest
    })
}

/**
 * Valid documents of any schema, by name.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { reportArb } from '@talka/reporting/testing'
 * fc.sample(reportArb('funded-project.v1'), 1)
 * ```
 */
export function reportArb<N extends ReportSchemaName>(name: N): fc.Arbitrary<ReportOf<N>> {
  const arbs: { [K in ReportSchemaName]: () => fc.Arbitrary<ReportOf<K>> } = {
    'council-plan-report.v1': () => councilPlanReportArb(),
    'project-activity-report.v1': () => projectActivityReportArb(),
    'funded-project.v1': () => fundedProjectArb(),
  }
  return arbs[name]() as fc.Arbitrary<ReportOf<N>>
}

/**
 * A document with one injected error and where it must be reported: `validateReport(schema, data)`
 * lists an error with exactly this `path` and `code` (other errors may follow from it).
 *
 * @example
 * ```ts
 * import type { InjectedError } from '@talka/reporting/testing'
 * const e: InjectedError = { data: {}, path: ['reportYear'], code: 'report-year-outside-plan' }
 * ```
 */
export interface InjectedError {
  readonly data: unknown
  readonly path: readonly (string | number)[]
  readonly code: string
}

const clone = <T>(value: T): T => structuredClone(value)
const cent = (amount: string, delta: bigint) =>
  Money.fromCents(Money.parse(amount).toCents() + delta).toString()

function councilErrors(doc: CouncilPlanReport): fc.Arbitrary<InjectedError>[] {
  const n = doc.rows.length
  const row = fc.nat(n - 1)
  const out: fc.Arbitrary<InjectedError>[] = [
    fc.tuple(row, fc.nat(50)).map(([i, k]) => {
      const data = clone(doc)
      data.rows[i]!.no = n + 1 + k
      return { data, path: ['rows', i, 'no'], code: 'row-number-not-consecutive' }
    }),
    fc.integer({ min: 1, max: 5 }).map((k) => {
      const data = clone(doc)
      data.reportYear = Math.min(2100, data.planPeriod.to + k)
      return data.reportYear > data.planPeriod.to
        ? { data, path: ['reportYear'], code: 'report-year-outside-plan' }
        : {
            data: { ...data, reportYear: data.planPeriod.from - 1 },
            path: ['reportYear'],
            code: 'report-year-outside-plan',
          }
    }),
    row.map((i) => {
      const data = clone(doc)
      const r = data.rows[i]!
      r.indicatorValues = [
        ...(r.indicatorValues ?? []),
        { value: 7, unit: 'dalyvių', quote: `${r.fulfilment} 7` },
      ]
      return {
        data,
        path: ['rows', i, 'indicatorValues', r.indicatorValues.length - 1, 'quote'],
        code: 'quote-not-in-fulfilment',
      }
    }),
    row.map((i) => {
      const data = clone(doc)
      data.rows[i]!.measure = ''
      return { data, path: ['rows', i, 'measure'], code: 'schema.text' }
    }),
    fc.tuple(row, fc.constantFrom('2024-02-30', '2023-13', '24', '2024-1-5')).map(([i, bad]) => {
      const data = clone(doc)
      data.rows[i]!.eventDates = [bad]
      return { data, path: ['rows', i, 'eventDates', 0], code: 'schema.partial-date' }
    }),
    row.map((i) => {
      const data = clone(doc)
      const executors = data.rows[i]!.executors
      executors.push('Kultūros skyrius, kiti skyriai')
      return { data, path: ['rows', i, 'executors', executors.length - 1], code: 'schema.executor' }
    }),
    row.map((i) => {
      const data = clone(doc) as unknown as { rows: Record<string, unknown>[] }
      delete data.rows[i]!.fulfilment
      return { data, path: ['rows', i, 'fulfilment'], code: 'schema.required' }
    }),
  ]
  if (n >= 2) {
    out.push(
      fc.integer({ min: 1, max: n - 1 }).map((i) => {
        const data = clone(doc)
        data.rows[i]!.no = i
        return { data, path: ['rows', i, 'no'], code: 'row-number-duplicate' }
      }),
    )
  }
  return out
}

function projectErrors(doc: ProjectActivityReport): fc.Arbitrary<InjectedError>[] {
  const out: fc.Arbitrary<InjectedError>[] = [
    fc.bigInt({ min: 1n, max: 100_000n }).map((extra) => {
      const data = clone(doc)
      data.totals.actual = cent(data.project.grantedAmount, extra)
      return { data, path: ['totals', 'actual'], code: 'actual-exceeds-granted' }
    }),
    fc.bigInt({ min: 1n, max: 10_000n }).map((extra) => {
      const data = clone(doc)
      data.totals.unspent = cent(data.totals.unspent, extra)
      return { data, path: ['totals', 'unspent'], code: 'unspent-mismatch' }
    }),
    fc.bigInt({ min: 1n, max: 10_000n }).map((extra) => {
      const data = clone(doc)
      data.totals.planned = cent(data.totals.planned, extra)
      return { data, path: ['totals', 'planned'], code: 'planned-total-mismatch' }
    }),
    fc.constant(null).map(() => {
      const data = clone(doc)
      data.project.administrationCap = '0'
      data.expenses.push({ category: 'administration', planned: '0', actual: '0.01', documents: 1 })
      const index = data.expenses.findIndex(
        (e) => e.category === 'administration' && !Money.parse(e.actual).isZero(),
      )
      return { data, path: ['expenses', index, 'actual'], code: 'administration-over-cap' }
    }),
    fc.constantFrom('12345', '1234567890', 'ABCDEFGHI').map((code) => {
      const data = clone(doc)
      data.project.applicant.code = code
      return { data, path: ['project', 'applicant', 'code'], code: 'schema.jar-code' }
    }),
    fc.constantFrom('12.345', '1,00', '-5.00', '1 000').map((amount) => {
      const data = clone(doc)
      data.totals.planned = amount
      return { data, path: ['totals', 'planned'], code: 'schema.amount' }
    }),
  ]
  if (doc.activities.length > 0) {
    out.push(
      fc.tuple(fc.nat(doc.activities.length - 1), fc.integer({ min: 1, max: 100 })).map(([i, k]) => {
        const data = clone(doc)
        data.activities[i]!.dateFrom = Temporal.PlainDate.from(data.project.period.to)
          .add({ days: k })
          .toString()
        delete data.activities[i]!.dateTo
        return { data, path: ['activities', i, 'dateFrom'], code: 'activity-outside-project-period' }
      }),
    )
  }
  return out
}

function fundedErrors(doc: FundedProject): fc.Arbitrary<InjectedError>[] {
  const out: fc.Arbitrary<InjectedError>[] = [
    fc.tuple(fc.nat(1000), fc.nat(1000), fc.integer({ min: 1, max: 50 })).map(([onSite, online, off]) => {
      const data = clone(doc)
      data.events.push({
        date: '2023-09-13',
        title: 'Diskusija',
        participants: { total: onSite + online + off, onSite, online },
      })
      return {
        data,
        path: ['events', data.events.length - 1, 'participants', 'total'],
        code: 'participants-total-mismatch',
      }
    }),
    fc.bigInt({ min: 1n, max: 10_000n }).map((extra) => {
      const data = clone(doc)
      data.totalAmount = Money.sum(data.amounts.map((a) => a.amount))
        .plus(Money.fromCents(extra))
        .toString()
      return { data, path: ['totalAmount'], code: 'total-amount-mismatch' }
    }),
    fc.constant(null).map(() => {
      const data = clone(doc)
      if (data.periods.length === 0) data.periods.push({ from: '2016-07', to: '2016-12', kind: 'original' })
      data.periods.push({ ...data.periods[0]!, kind: 'extension' })
      return { data, path: ['periods', data.periods.length - 1, 'from'], code: 'periods-overlap' }
    }),
    fc.constant(null).map(() => {
      const data = clone(doc)
      if (data.amounts.length === 0) data.amounts.push({ year: 2016, amount: '15563.00' })
      data.amounts.push({ year: data.amounts[0]!.year, amount: '1.00' })
      delete data.totalAmount
      return { data, path: ['amounts', data.amounts.length - 1, 'year'], code: 'amount-year-duplicate' }
    }),
    fc.constantFrom('ftp://nvo.lt', 'www.nvo.lt', 'https://nvo .lt').map((link) => {
      const data = clone(doc)
      data.links.push(link)
      return { data, path: ['links', data.links.length - 1], code: 'schema.url' }
    }),
    fc
      .constant(null)
      .map(() => ({ data: { ...clone(doc), extra: 1 }, path: ['extra'], code: 'schema.unknown-field' })),
  ]
  return out
}

/**
 * Documents with one injected error (a cross-field rule broken, or a field of the wrong shape) and
 * the path and code where {@link InjectedError} says it must be reported.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { validateReport } from '@talka/reporting'
 * import { invalidReportArb } from '@talka/reporting/testing'
 * fc.assert(fc.property(invalidReportArb('funded-project.v1'), ({ data, path, code }) =>
 *   validateReport('funded-project.v1', data).errors.some((e) => e.code === code && e.path.join('.') === path.join('.'))))
 * ```
 */
export function invalidReportArb(name: ReportSchemaName): fc.Arbitrary<InjectedError> {
  switch (name) {
    case 'council-plan-report.v1':
      return councilPlanReportArb().chain((doc) => fc.oneof(...councilErrors(doc)))
    case 'project-activity-report.v1':
      return projectActivityReportArb().chain((doc) => fc.oneof(...projectErrors(doc)))
    case 'funded-project.v1':
      return fundedProjectArb().chain((doc) => fc.oneof(...fundedErrors(doc)))
  }
}

/**
 * A CSV file with one broken cell and where it must be reported: the spreadsheet `row` (header = 1),
 * the data row and the `column` header, and the error `code`.
 *
 * @example
 * ```ts
 * import type { BrokenCsv } from '@talka/reporting/testing'
 * const b: BrokenCsv = { csv: '…', row: 8, dataRow: 7, column: 'Eil. Nr.', code: 'csv.invalid-row-number' }
 * ```
 */
export interface BrokenCsv {
  readonly csv: string
  readonly row: number
  readonly dataRow: number
  readonly column: string
  readonly code: string
}

const BROKEN: {
  readonly [N in ReportSchemaName]: readonly {
    column: string
    values: string[]
    code: string
    section?: string
  }[]
} = {
  'council-plan-report.v1': [
    { column: 'Eil. Nr.', values: ['septyni', '7a', '-1', '1.5'], code: 'csv.invalid-row-number' },
    {
      column: 'Įvykių datos',
      values: ['2024-02-30', 'vasario mėn.', '2024/01/30'],
      code: 'csv.invalid-date',
    },
  ],
  'project-activity-report.v1': [
    {
      column: 'Panaudota',
      values: ['1 000,5O', '12,345', 'daug'],
      code: 'csv.invalid-amount',
      section: 'išlaidos',
    },
    { column: 'Dalyviai', values: ['keturi', '4.5', '-3'], code: 'csv.invalid-count', section: 'veikla' },
    {
      column: 'Išlaidų kategorija',
      values: ['maistas', 'admin'],
      code: 'csv.invalid-option',
      section: 'išlaidos',
    },
  ],
  'funded-project.v1': [
    { column: 'Suma', values: ['15 563,0O', 'penki'], code: 'csv.invalid-amount', section: 'suma' },
    {
      column: 'Data',
      values: ['2023-09-31', 'rugsėjo 13 d.'],
      code: 'csv.invalid-date',
      section: 'renginys',
    },
  ],
}

const SECTION_ARRAYS: Readonly<Record<string, string>> = {
  išlaidos: 'expenses',
  veikla: 'activities',
  suma: 'amounts',
  renginys: 'events',
}

function hasRows(doc: unknown, section: string): boolean {
  const list = (doc as Record<string, unknown>)[SECTION_ARRAYS[section] ?? '']
  return Array.isArray(list) && list.length > 0
}

/**
 * Valid documents written as CSV (`;` or `,`, with or without BOM) with one typed cell replaced by
 * text that is not a value of its column (e.g. "septyni" under "Eil. Nr.", "1 000,5O" under
 * "Panaudota"), and where `parseReportCsv` must report it.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { parseReportCsv } from '@talka/reporting'
 * import { brokenCsvArb } from '@talka/reporting/testing'
 * fc.assert(fc.property(brokenCsvArb('council-plan-report.v1'), ({ csv, row, column }) =>
 *   parseReportCsv('council-plan-report.v1', csv).errors.some((e) => e.row === row && e.column === column)))
 * ```
 */
export function brokenCsvArb(name: ReportSchemaName): fc.Arbitrary<BrokenCsv> {
  const candidates = BROKEN[name]
  return fc
    .tuple(
      reportArb(name),
      fc.constantFrom(...candidates),
      fc.nat(),
      fc.nat(),
      fc.constantFrom(';' as const, ',' as const),
      fc.boolean(),
    )
    .filter(([doc, target]) => !target.section || hasRows(doc, target.section))
    .map(([doc, target, pickRow, pickValue, delimiter, bom]) => {
      const written = reportToCsv(name, doc as never, { delimiter })
      const records = Papa.parse<string[]>(written, { delimiter }).data.filter(
        (r) => !(r.length === 1 && r[0] === ''),
      )
      const header = records[0] ?? []
      const col = header.indexOf(target.column)
      const eligible = records
        .map((record, index) => ({ record, index }))
        .filter(({ index, record }) => index > 0 && (!target.section || record[0] === target.section))
      const chosen = eligible[pickRow % eligible.length]!
      chosen.record[col] = target.values[pickValue % target.values.length]!
      const csv = `${bom ? '\uFEFF' : ''}${Papa.unparse(records, { delimiter, newline: '\r\n' })}\r\n`
      return { csv, row: chosen.index + 1, dataRow: chosen.index, column: target.column, code: target.code }
    })
}
