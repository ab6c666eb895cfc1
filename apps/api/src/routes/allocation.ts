import { type OpenAPIHono, z } from '@hono/zod-openapi'
import {
  ALLOCATION_ERROR_CODES,
  type AllocateByResidentsInput,
  AllocateByResidentsInputSchema,
  type AllocateInput,
  AllocateInputSchema,
  AllocationCertificateSchema,
  AllocationResultSchema,
  allocate,
  allocateByResidents,
  CertifiedAllocationSchema,
  certificateOf,
  explainAllocation,
  explainAllocationError,
  ResidentsAllocationSchema,
  safeParseAllocateByResidentsInput,
  safeParseAllocateInput,
} from '@talka/allocation'
import { type Issue, type Lang, type Parsed, Temporal, TraceSchema, type ValidationError } from '@talka/core'
import type { Context } from 'hono'
import { decodeCsvText, MEDIA_TYPES, readBody } from '../body.js'
import { type CsvCellError, findColumn, numberCell, readCsvTable } from '../csv.js'
import { defineEndpoint } from '../endpoint.js'
import type { ApiEnv, ErrorPresenter } from '../env.js'
import { queryFlag } from '../flags.js'
import { ok } from '../respond.js'
import { envelope } from '../schemas.js'
import { parsedOrThrow, RequestValidationError, zodContext } from '../validate.js'
import { declaredResidentsExample } from './allocation-examples.js'

const MUNICIPALITY_COLUMNS = ['municipality', 'savivaldybė', 'savivaldybe']
const RESIDENTS_COLUMNS = ['residents', 'gyventojai', 'gyventojų skaičius', 'weight']
const ID_COLUMNS = ['id', 'recipient', 'gavėjas']
const WEIGHT_COLUMNS = ['weight', 'svoris']

const example = (value: string) => ({ description: value, example: value })

/** Query parameters (documentation; CSV options are validated by the package's parser). */
const QuerySchema = z.object({
  certificate: z.enum(['true', 'false']).optional().openapi({
    description:
      'Include the allocation certificate (exact quotas, ranks, ties, SHA-256 of the inputs); default false',
  }),
  explain: z.enum(['true', 'false']).optional().openapi({
    description: 'Include the trace.v1 explanation (`explanation`); default false',
  }),
  year: z.string().optional().openapi({ description: 'CSV: budget year (residents table)', example: '2021' }),
  asOf: z.string().optional().openapi({ description: 'CSV: a date in the budget year instead of `year`' }),
  total: z
    .string()
    .optional()
    .openapi({ description: 'CSV: amount to split (EUR); default: the year’s budget' }),
  kind: z.enum(['declared', 'statistical', 'other']).optional().openapi({
    description:
      'CSV: what your residents figures count (default `other`): `declared` = declared residents (Registrų centras), what the rule asks for',
  }),
  dataAsOf: z.string().optional().openapi({ description: 'CSV: the day your figures refer to (ISO date)' }),
  source: z.string().optional().openapi({ description: 'CSV: where your figures come from' }),
  ties: z.enum(['resolve', 'error']).optional(),
  unit: z.string().optional().openapi({ description: 'CSV: rounding unit (recipients table)', example: '1' }),
  fixed: z.string().optional().openapi({ description: 'CSV: equal part per recipient (recipients table)' }),
  minimum: z.string().optional().openapi({ description: 'CSV: minimum per recipient (recipients table)' }),
  lang: z.enum(['lt', 'en']).optional(),
})

// Output documentation: the package's result schemas, with what this route leaves out unless asked
// for (the certificate with `?certificate=true`, the explanation with `?explain=true`).
const ResidentsAllocationDoc = ResidentsAllocationSchema.extend({
  allocation: z.union([CertifiedAllocationSchema, AllocationResultSchema]).openapi({
    description: 'The underlying allocation; its certificate only with `?certificate=true`',
  }),
  explanation: TraceSchema.optional().openapi({ description: 'Only with `?explain=true`' }),
}).openapi('ResidentsAllocationAnswer', {
  description: 'Result of `allocateByResidents` (@talka/allocation), as this route serialises it',
})

const AllocationResultDoc = AllocationResultSchema.extend({
  certificate: AllocationCertificateSchema.optional().openapi({
    description: 'Only with `?certificate=true`',
  }),
  explanation: TraceSchema.optional().openapi({ description: 'Only with `?explain=true`' }),
}).openapi('AllocationAnswer', {
  description: 'Result of `allocate` (@talka/allocation), as this route serialises it',
})

/** The package's lt/en text of its own errors (the problem's `detail`); other errors keep theirs. */
const presentAllocationErrorIn: ErrorPresenter = (error, lang) =>
  (ALLOCATION_ERROR_CODES as readonly string[]).includes(error.code)
    ? explainAllocationError(error, lang)
    : undefined

/** What the caller asked to have serialised besides the shares. */
interface Extras {
  readonly certificate: boolean
  readonly explain: boolean
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The response language as the input's default `lang` (a `lang` in the body wins). */
function withLang(value: unknown, lang: Lang): unknown {
  return isObject(value) ? { lang, ...value } : value
}

/** Query value: digits become a number (the package schema wants `year` as a number). */
function queryYear(value: string | undefined): unknown {
  return value !== undefined && /^\d{1,4}$/.test(value) ? Number(value) : value
}

function defined(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined))
}

/**
 * Locates issues of a table-derived input: those under `<list>.<i>.<field>` become row/column
 * errors of the CSV table, the others are query-parameter issues.
 */
function locate(
  error: ValidationError,
  listPath: readonly string[],
  columns: Readonly<Record<string, string>>,
): RequestValidationError {
  const query: Issue[] = []
  const cells: CsvCellError[] = []
  for (const issue of error.issues) {
    const inList = listPath.every((segment, i) => issue.path[i] === segment)
    const index = issue.path[listPath.length]
    if (inList && typeof index === 'number') {
      const field = issue.path[listPath.length + 1]
      cells.push({
        row: index + 2,
        dataRow: index + 1,
        column: typeof field === 'string' ? (columns[field] ?? field) : '',
        code: issue.code,
        message: issue.message,
        path: issue.path,
      })
    } else if (inList) {
      cells.push({ row: 1, column: '', code: issue.code, message: issue.message, path: issue.path })
    } else {
      query.push(issue)
    }
  }
  return new RequestValidationError('query', query, cells, error.issueCount)
}

function fromCsv(c: Context<ApiEnv>, text: string, extras: Extras): Response {
  const table = readCsvTable(text)
  const q = (name: string) => c.req.query(name)
  const lang = c.get('lang')
  const municipality = findColumn(table.headers, MUNICIPALITY_COLUMNS)
  const residents = findColumn(table.headers, RESIDENTS_COLUMNS)
  const id = findColumn(table.headers, ID_COLUMNS)
  const weight = findColumn(table.headers, WEIGHT_COLUMNS)
  const cell = (cells: readonly string[], index: number) => cells[index] ?? ''

  if (municipality >= 0 && residents >= 0) {
    const parsed = safeParseAllocateByResidentsInput(
      defined({
        year: queryYear(q('year')),
        asOf: q('asOf'),
        total: q('total'),
        ties: q('ties'),
        lang,
        residents: defined({
          kind: q('kind') ?? 'other',
          asOf: q('dataAsOf'),
          source: q('source'),
          figures: table.rows.map(({ cells }) => ({
            municipality: cell(cells, municipality),
            residents: numberCell(cell(cells, residents)),
          })),
        }),
      }),
      zodContext(lang),
    )
    if (!parsed.success) {
      throw locate(parsed.error, ['residents', 'figures'], {
        municipality: table.headers[municipality] ?? 'municipality',
        residents: table.headers[residents] ?? 'residents',
      })
    }
    return byResidents(c, parsed.data, extras)
  }
  if (id >= 0 && weight >= 0) {
    const parsed = safeParseAllocateInput(
      defined({
        total: q('total'),
        unit: q('unit'),
        fixed: q('fixed'),
        minimum: q('minimum'),
        ties: q('ties'),
        recipients: table.rows.map(({ cells }) => ({
          id: cell(cells, id),
          weight: numberCell(cell(cells, weight)),
        })),
      }),
      zodContext(lang),
    )
    if (!parsed.success) {
      throw locate(parsed.error, ['recipients'], {
        id: table.headers[id] ?? 'id',
        weight: table.headers[weight] ?? 'weight',
      })
    }
    return byWeights(c, parsed.data, extras)
  }
  throw new RequestValidationError(
    'body',
    [],
    [
      {
        row: 1,
        column: '',
        code: 'csv.missing-column',
        message:
          lang === 'en'
            ? 'Expected the columns "municipality" and "residents" (or "id" and "weight")'
            : 'Reikia stulpelių „savivaldybė“ ir „gyventojai“ (arba „id“ ir „weight“)',
      },
    ],
  )
}

/**
 * `allocateByResidents` on the parsed input. The package builds the certificate and the explanation
 * only when they are read (getters), so the answer reads them only when asked: no spread or
 * destructuring of the result, which would read every getter.
 */
function byResidents(c: Context<ApiEnv>, input: Parsed<AllocateByResidentsInput>, extras: Extras): Response {
  const lang = c.get('lang')
  const r = allocateByResidents(input)
  const allocation = r.allocation
  return ok(
    c,
    {
      year: r.year,
      asOf: r.asOf,
      referenceDate: r.referenceDate,
      total: r.total,
      unit: r.unit,
      basis: r.basis,
      allocationOrder: r.allocationOrder,
      data: r.data,
      warnings: r.warnings,
      shares: r.shares,
      allocation: extras.certificate
        ? allocation
        : {
            total: allocation.total,
            unit: allocation.unit,
            method: allocation.method,
            shares: allocation.shares,
          },
      ...(extras.explain ? { explanation: r.explanation } : {}),
    },
    {
      data: [{ id: 'residents', ...r.data }],
      warnings: r.warnings.map((w) => ({ code: w.code, message: w.message[lang] })),
    },
  )
}

/** `allocate` on the parsed input; the certificate and the trace are built only when asked. */
function byWeights(c: Context<ApiEnv>, input: Parsed<AllocateInput>, extras: Extras): Response {
  const result = allocate(input)
  return ok(c, {
    ...result,
    ...(extras.certificate ? { certificate: certificateOf(result) } : {}),
    ...(extras.explain
      ? {
          explanation: explainAllocation(result, {
            lang: c.get('lang'),
            asOf: Temporal.Now.plainDateISO().toString(),
          }),
        }
      : {}),
  })
}

/**
 * Registers `POST /v1/allocations`: a JSON body with `year` or `asOf` is the ministry's allocation
 * by residents (`allocateByResidents`: the year's budget and unit, the embedded residents data or
 * the caller's `residents`); a JSON body with `recipients` is a generic split (`allocate`). A CSV
 * body (`text/csv`) is a residents table (`municipality;residents`, options in the query) or a
 * recipients table (`id;weight`). Each input is parsed once, by the package's own parser, and the
 * parsed value goes to the package function. The certificate and the explanation are serialised
 * only with `?certificate=true` and `?explain=true`; `meta.data` names the residents figures used
 * and `meta.warnings` says when they are not what the rule asks for.
 *
 * @example
 * ```ts
 * import { OpenAPIHono } from '@hono/zod-openapi'
 * import { registerAllocationRoutes } from './allocation.js'
 * registerAllocationRoutes(new OpenAPIHono())
 * ```
 */
export function registerAllocationRoutes(app: OpenAPIHono<ApiEnv>): void {
  defineEndpoint(
    app,
    {
      method: 'post',
      path: '/v1/allocations',
      packages: ['@talka/allocation'],
      presentError: presentAllocationErrorIn,
      tags: ['allocation'],
      summary: 'Split a budget by residents (the ministry rule) or by any weights',
      description: [
        'JSON body with `year` or `asOf` → `allocateByResidents`: the measure’s budget, rounding unit and',
        'residents basis for that year (each with its legal reference), over the embedded residents data',
        'unless you pass `residents` (your figures, with their kind, as-of date and source).',
        '`meta.data` names the figures used; `meta.warnings` says when the rule asks for declared',
        'residents and the figures are statistical.',
        '',
        'JSON body with `recipients` → `allocate`: largest remainder over your weights.',
        '',
        'CSV body (`text/csv`; UTF-8 with or without BOM, UTF-16 or Windows-1257 as Lithuanian Excel',
        'saves it; `;` `,` or tab): a residents table with columns `municipality;residents` (or',
        '`savivaldybė;gyventojai`) and the options in the query (`year`, `total`, `kind`, `dataAsOf`,',
        '`source`), or a recipients table `id;weight` with `total`, `unit`, `fixed`, `minimum` in the query.',
        'Number cells may be written the Lithuanian way (`41 234`). Cell errors point at the row (header = 1)',
        'and the column.',
        '',
        'The answer carries the shares. `?certificate=true` adds the allocation certificate (exact quotas,',
        'ranks, ties and the SHA-256 of the inputs), `?explain=true` the trace.v1 explanation; both are',
        'left out by default because they are most of the answer’s bytes and time.',
      ].join('\n'),
      request: {
        query: QuerySchema,
        body: {
          required: true,
          content: {
            [MEDIA_TYPES.json]: {
              schema: z.union([AllocateByResidentsInputSchema, AllocateInputSchema]),
              examples: {
                byResidents: { summary: 'The 2021 budget over the embedded data', value: { year: 2021 } },
                ownFigures: {
                  summary: 'Your own declared-residents figures',
                  value: declaredResidentsExample,
                },
                recipients: {
                  summary: 'A generic split by weights',
                  value: {
                    total: '11538',
                    unit: '1',
                    recipients: [
                      { id: 'A', weight: 4216 },
                      { id: 'B', weight: 1842 },
                    ],
                  },
                },
              },
            },
            [MEDIA_TYPES.csv]: {
              schema: z
                .string()
                .openapi(example('municipality;residents\nJonavos rajono savivaldybė;41234\n')),
            },
          },
        },
      },
      responses: {
        200: {
          description:
            'The allocation (with the certificate and the explanation when asked for by the query)',
          content: {
            [MEDIA_TYPES.json]: { schema: envelope(z.union([ResidentsAllocationDoc, AllocationResultDoc])) },
          },
        },
      },
    },
    async (c) => {
      const extras = { certificate: queryFlag(c, 'certificate'), explain: queryFlag(c, 'explain') }
      const body = await readBody(c, ['json', 'csv'])
      if (body.kind === 'csv') return fromCsv(c, decodeCsvText(body), extras)
      if (isObject(body.value) && 'recipients' in body.value) {
        const input = parsedOrThrow(
          { result: safeParseAllocateInput(body.value, zodContext(c.get('lang'))) },
          'body',
        )
        return byWeights(c, input, extras)
      }
      const input = parsedOrThrow(
        {
          result: safeParseAllocateByResidentsInput(
            withLang(body.value, c.get('lang')),
            zodContext(c.get('lang')),
          ),
        },
        'body',
      )
      return byResidents(c, input, extras)
    },
  )
}
