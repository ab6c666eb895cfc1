import { type OpenAPIHono, z } from '@hono/zod-openapi'
import {
  type AllocateByResidentsInput,
  AllocateByResidentsInputSchema,
  type AllocateInput,
  AllocateInputSchema,
  AllocationCertificateSchema,
  allocate,
  allocateByResidents,
} from '@talka/allocation'
import { TraceV1Schema, type ValidationIssue } from '@talka/core'
import type { Context } from 'hono'
import { MEDIA_TYPES, readBody } from '../body.js'
import { type CsvCellError, findColumn, readCsvTable } from '../csv.js'
import { defineEndpoint } from '../endpoint.js'
import type { ApiEnv } from '../env.js'
import { ok } from '../respond.js'
import { envelope } from '../schemas.js'
import { checkInput, RequestValidationError } from '../validate.js'

const MUNICIPALITY_COLUMNS = ['municipality', 'savivaldybė', 'savivaldybe']
const RESIDENTS_COLUMNS = ['residents', 'gyventojai', 'gyventojų skaičius', 'weight']
const ID_COLUMNS = ['id', 'recipient', 'gavėjas']
const WEIGHT_COLUMNS = ['weight', 'svoris']

const example = (value: string) => ({ description: value, example: value })

/** Query parameters of a CSV request (documentation; the values are validated by the package's schemas). */
const CsvQuerySchema = z.object({
  year: z.string().optional().openapi({ description: 'Budget year (residents table)', example: '2021' }),
  asOf: z.string().optional().openapi({ description: 'A date in the budget year instead of `year`' }),
  total: z.string().optional().openapi({ description: 'Amount to split (EUR); default: the year’s budget' }),
  kind: z.enum(['declared', 'statistical', 'other']).optional().openapi({
    description:
      'What your residents figures count (default `other`): `declared` = declared residents (Registrų centras), what the rule asks for',
  }),
  dataAsOf: z.string().optional().openapi({ description: 'The day your figures refer to (ISO date)' }),
  source: z.string().optional().openapi({ description: 'Where your figures come from' }),
  ties: z.enum(['resolve', 'error']).optional(),
  unit: z.string().optional().openapi({ description: 'Rounding unit (recipients table)', example: '1' }),
  fixed: z.string().optional().openapi({ description: 'Equal part per recipient (recipients table)' }),
  minimum: z.string().optional().openapi({ description: 'Minimum per recipient (recipients table)' }),
  lang: z.enum(['lt', 'en']).optional(),
})

const ResidentsAllocationDoc = z
  .object({
    year: z.number().int(),
    asOf: z.string(),
    referenceDate: z.string(),
    total: z.object({ value: z.string(), source: z.enum(['parameter', 'caller']), ref: z.unknown() }),
    unit: z.object({ value: z.string(), ref: z.unknown() }),
    basis: z.object({ value: z.unknown(), ref: z.unknown() }),
    allocationOrder: z.unknown(),
    data: z.record(z.string(), z.unknown()).openapi({ description: 'The residents figures used' }),
    warnings: z.array(z.record(z.string(), z.unknown())),
    shares: z.array(z.object({ municipality: z.string(), residents: z.string(), amount: z.string() })),
    allocation: z.object({
      total: z.string(),
      unit: z.string(),
      method: z.string(),
      shares: z.array(z.unknown()),
      certificate: AllocationCertificateSchema,
    }),
    explanation: TraceV1Schema,
  })
  .openapi('ResidentsAllocation', { description: 'Result of `allocateByResidents` (@talka/allocation)' })

const AllocationResultDoc = z
  .object({
    total: z.string(),
    unit: z.string(),
    method: z.string(),
    shares: z.array(
      z.object({ id: z.string(), amount: z.string(), extraUnit: z.boolean(), minimumApplied: z.boolean() }),
    ),
    certificate: AllocationCertificateSchema,
  })
  .openapi('AllocationResult', { description: 'Result of `allocate` (@talka/allocation)' })

function isRecipientsInput(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'recipients' in value
}

/** Query value: digits become a number (the package schemas want `year` as a number). */
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
  issues: readonly ValidationIssue[],
  listPath: readonly string[],
  columns: Readonly<Record<string, string>>,
): { query: ValidationIssue[]; cells: CsvCellError[] } {
  const query: ValidationIssue[] = []
  const cells: CsvCellError[] = []
  for (const issue of issues) {
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
  return { query, cells }
}

async function fromCsv(c: Context<ApiEnv>, text: string): Promise<Response> {
  const table = readCsvTable(text)
  const q = (name: string) => c.req.query(name)
  const lang = c.get('lang')
  const municipality = findColumn(table.headers, MUNICIPALITY_COLUMNS)
  const residents = findColumn(table.headers, RESIDENTS_COLUMNS)
  const id = findColumn(table.headers, ID_COLUMNS)
  const weight = findColumn(table.headers, WEIGHT_COLUMNS)
  const cell = (cells: readonly string[], index: number) => cells[index] ?? ''

  if (municipality >= 0 && residents >= 0) {
    const input = defined({
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
          residents: cell(cells, residents),
        })),
      }),
    })
    const checked = await checkInput(AllocateByResidentsInputSchema, input, lang)
    if (!checked.success) {
      const { query, cells } = locate(checked.issues, ['residents', 'figures'], {
        municipality: table.headers[municipality] ?? 'municipality',
        residents: table.headers[residents] ?? 'residents',
      })
      throw new RequestValidationError('query', query, cells)
    }
    return byResidents(c, input as AllocateByResidentsInput)
  }
  if (id >= 0 && weight >= 0) {
    const input = defined({
      total: q('total'),
      unit: q('unit'),
      fixed: q('fixed'),
      minimum: q('minimum'),
      ties: q('ties'),
      recipients: table.rows.map(({ cells }) => ({ id: cell(cells, id), weight: cell(cells, weight) })),
    })
    const checked = await checkInput(AllocateInputSchema, input, lang)
    if (!checked.success) {
      const { query, cells } = locate(checked.issues, ['recipients'], {
        id: table.headers[id] ?? 'id',
        weight: table.headers[weight] ?? 'weight',
      })
      throw new RequestValidationError('query', query, cells)
    }
    return ok(c, allocate(input as unknown as AllocateInput))
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

function byResidents(c: Context<ApiEnv>, input: AllocateByResidentsInput): Response {
  const lang = c.get('lang')
  const result = allocateByResidents({ lang, ...input })
  return ok(c, result, {
    data: [{ id: 'residents', ...result.data }],
    warnings: result.warnings.map((w) => ({ code: w.code, message: w.message[lang] })),
  })
}

/**
 * Registers `POST /v1/allocations`: a JSON body with `year` or `asOf` is the ministry's allocation
 * by residents (`allocateByResidents`: the year's budget and unit, the embedded residents data or
 * the caller's `residents`); a JSON body with `recipients` is a generic split (`allocate`). A CSV
 * body (`text/csv`) is a residents table (`municipality;residents`, options in the query) or a
 * recipients table (`id;weight`). Responses carry the certificate; `meta.data` names the residents
 * figures used and `meta.warnings` says when they are not what the rule asks for.
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
      tags: ['allocation'],
      summary: 'Split a budget by residents (the ministry rule) or by any weights, with a certificate',
      description: [
        'JSON body with `year` or `asOf` → `allocateByResidents`: the measure’s budget, rounding unit and',
        'residents basis for that year (each with its legal reference), over the embedded residents data',
        'unless you pass `residents` (your figures, with their kind, as-of date and source).',
        '`meta.data` names the figures used; `meta.warnings` says when the rule asks for declared',
        'residents and the figures are statistical.',
        '',
        'JSON body with `recipients` → `allocate`: largest remainder over your weights.',
        '',
        'CSV body (`text/csv`, `;` `,` or tab): a residents table with columns `municipality;residents`',
        '(or `savivaldybė;gyventojai`) and the options in the query (`year`, `total`, `kind`, `dataAsOf`,',
        '`source`), or a recipients table `id;weight` with `total`, `unit`, `fixed`, `minimum` in the query.',
        'Cell errors point at the row (header = 1) and the column.',
      ].join('\n'),
      request: {
        query: CsvQuerySchema,
        body: {
          required: true,
          content: {
            [MEDIA_TYPES.json]: {
              schema: z.union([AllocateByResidentsInputSchema, AllocateInputSchema]),
              examples: {
                byResidents: { summary: 'The 2021 budget over the embedded data', value: { year: 2021 } },
                ownFigures: {
                  summary: 'Your own declared-residents figures',
                  value: {
                    year: 2021,
                    total: '100000',
                    residents: {
                      kind: 'declared',
                      asOf: '2021-01-01',
                      source: 'Registrų centras',
                      figures: [
                        { municipality: 'Jonavos rajono savivaldybė', residents: 41234 },
                        { municipality: 'Lazdijų rajono savivaldybė', residents: 18401 },
                      ],
                    },
                  },
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
          description: 'The allocation with its certificate (and, by residents, the explanation)',
          content: {
            [MEDIA_TYPES.json]: { schema: envelope(z.union([ResidentsAllocationDoc, AllocationResultDoc])) },
          },
        },
      },
    },
    async (c) => {
      const body = await readBody(c, ['json', 'csv'])
      if (body.kind === 'csv') return fromCsv(c, body.text)
      const lang = c.get('lang')
      if (isRecipientsInput(body.value)) {
        const checked = await checkInput(AllocateInputSchema, body.value, lang)
        if (!checked.success) throw new RequestValidationError('body', checked.issues)
        return ok(c, allocate(body.value as AllocateInput))
      }
      const checked = await checkInput(AllocateByResidentsInputSchema, body.value, lang)
      if (!checked.success) throw new RequestValidationError('body', checked.issues)
      return byResidents(c, body.value as AllocateByResidentsInput)
    },
  )
}
