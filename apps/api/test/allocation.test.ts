import { describe, expect, test } from 'vitest'
import { declaredResidentsExample } from '../src/routes/allocation-examples.js'
import { residentsCsv } from './examples.js'
import { expectProblem, postJson, useServer } from './server.js'

const api = useServer()

interface ResidentsAllocationBody {
  data: {
    year: number
    total: { value: string; source: string }
    shares: { municipality: string; residents: string; amount: string }[]
    allocation: { certificate: { format: string; inputsHash: { value: string } } }
    explanation: { format: string; outcome: string }
  }
  meta: {
    versions: Record<string, string>
    data: { kind: string; asOf: string | null; source: string | null; provided: string }[]
    warnings?: { code: string; message: string }[]
  }
}

const sum = (amounts: readonly string[]) => amounts.reduce((total, amount) => total + BigInt(amount), 0n)

describe('POST /v1/allocations by residents', () => {
  test('{"year":2021} splits the 2021 budget over the embedded data, with certificate, data used and warning', async () => {
    const { res, json } = await postJson(api.url('/v1/allocations?certificate=true&explain=true'), {
      year: 2021,
    })
    expect(res.status, JSON.stringify(json)).toBe(200)
    expect(res.headers.get('talka-versions')).toMatch(
      /^@talka\/allocation@\d+\.\d+\.\d+, @talka\/core@\d+\.\d+\.\d+$/,
    )
    const body = json as unknown as ResidentsAllocationBody
    expect(body.data.year).toBe(2021)
    // The measure's 2021 budget (order A1-246): EUR 2,000,000, split in whole euros over 60 municipalities.
    expect(body.data.total).toMatchObject({ value: '2000000.00', source: 'parameter' })
    expect(body.data.shares).toHaveLength(60)
    expect(sum(body.data.shares.map((s) => s.amount))).toBe(2_000_000n)
    // Quota rule, checked independently: each amount is within one euro of 2,000,000 × residents / Σ residents.
    const totalResidents = sum(body.data.shares.map((s) => s.residents))
    for (const share of body.data.shares) {
      const scaledQuota = 2_000_000n * BigInt(share.residents)
      const scaledAmount = BigInt(share.amount) * totalResidents
      const difference = scaledAmount > scaledQuota ? scaledAmount - scaledQuota : scaledQuota - scaledAmount
      expect(difference < totalResidents, share.municipality).toBe(true)
    }
    expect(body.data.allocation.certificate.format).toMatch(/^allocation-certificate\.v\d+$/)
    expect(body.data.allocation.certificate.inputsHash.value).toMatch(/^[0-9a-f]{64}$/)
    expect(body.data.explanation.format).toBe('trace.v1')
    expect(body.meta.versions).toHaveProperty('@talka/allocation')
    expect(body.meta.data).toEqual([
      expect.objectContaining({
        kind: 'statistical',
        asOf: '2020-01-01',
        provided: 'embedded',
        source: expect.stringMatching(/^https:\/\//),
      }),
    ])
    expect(body.meta.warnings?.map((w) => w.code)).toContain('STATISTICAL_RESIDENTS')
    expect(body.meta.warnings?.find((w) => w.code === 'STATISTICAL_RESIDENTS')?.message).toMatch(
      /deklaravusių/,
    )
  })

  test('the certificate and the explanation are serialised only when asked for', async () => {
    const plain = await postJson(api.url('/v1/allocations'), { year: 2021 })
    const data = plain.json.data as Record<string, unknown> & { allocation: Record<string, unknown> }
    expect(data).not.toHaveProperty('explanation')
    expect(data.allocation).not.toHaveProperty('certificate')
    expect(data.shares).toHaveLength(60)
    const onlyTrace = await postJson(api.url('/v1/allocations?explain=true'), { year: 2021 })
    const traced = onlyTrace.json.data as typeof data
    expect(traced).toHaveProperty('explanation.format', 'trace.v1')
    expect(traced.allocation).not.toHaveProperty('certificate')
    const full = await postJson(api.url('/v1/allocations?certificate=true'), { year: 2021 })
    expect((full.json.data as typeof data).allocation).toHaveProperty('certificate.format')
    expect(full.res.headers.get('content-length') ?? '0').not.toBe(plain.res.headers.get('content-length'))
    expect(JSON.stringify(full.json).length).toBeGreaterThan(2 * JSON.stringify(plain.json).length)
    const bad = await postJson(api.url('/v1/allocations?certificate=yes'), { year: 2021 })
    const problem = await expectProblem(bad.res, 400, 'VALIDATION_FAILED')
    expect(problem.issues).toEqual([expect.objectContaining({ in: 'query', path: ['certificate'] })])
  })

  test('?lang=en gives the warnings in English', async () => {
    const { json } = await postJson(api.url('/v1/allocations?lang=en'), { year: 2021 })
    const body = json as unknown as ResidentsAllocationBody
    expect(body.meta.warnings?.find((w) => w.code === 'STATISTICAL_RESIDENTS')?.message).toMatch(/declared/)
  })

  test("the caller's own declared figures (JSON) replace the embedded data and silence the warning", async () => {
    const { res, json } = await postJson(api.url('/v1/allocations'), {
      ...declaredResidentsExample,
      total: '1000',
    })
    expect(res.status).toBe(200)
    const body = json as unknown as ResidentsAllocationBody
    // 1000 × 41234 / 59635 = 691.44…, 1000 × 18401 / 59635 = 308.56…: floors 691 + 308, the leftover euro to the larger remainder.
    expect(body.data.shares.map((s) => [s.municipality, s.amount])).toEqual([
      ['Jonavos rajono savivaldybė', '691'],
      ['Lazdijų rajono savivaldybė', '309'],
    ])
    expect(body.meta.data[0]).toMatchObject({ kind: 'declared', asOf: '2021-01-01', provided: 'caller' })
    expect(body.meta.warnings ?? []).toEqual([])
  })

  test('a CSV residents table (municipality;residents) gives the same split as the same JSON figures', async () => {
    const res = await fetch(
      api.url('/v1/allocations?year=2021&total=1000&kind=declared&dataAsOf=2021-01-01'),
      {
        method: 'POST',
        headers: { 'content-type': 'text/csv; charset=utf-8' },
        body: residentsCsv,
      },
    )
    expect(res.status).toBe(200)
    const body = (await res.json()) as ResidentsAllocationBody
    expect(body.data.shares.map((s) => s.amount)).toEqual(['691', '309'])
    expect(body.meta.data[0]).toMatchObject({ kind: 'declared', provided: 'caller' })
  })

  test('CSV figures without a kind count as "other" and are warned about; Lithuanian headers work', async () => {
    const res = await fetch(api.url('/v1/allocations?year=2021&total=1000'), {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: '\uFEFFSavivaldybė;Gyventojai\r\nJonavos rajono savivaldybė;41234\r\nLazdijų rajono savivaldybė;18401\r\n',
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as ResidentsAllocationBody
    expect(body.data.shares.map((s) => s.amount)).toEqual(['691', '309'])
    expect(body.meta.data[0]?.kind).toBe('other')
    expect(body.meta.warnings?.map((w) => w.code)).toContain('OTHER_RESIDENTS')
  })

  test('a bad CSV cell is reported at its row (header = 1) and column', async () => {
    const res = await fetch(api.url('/v1/allocations?year=2021&total=1000&lang=en'), {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'municipality;residents\nJonavos rajono savivaldybė;41234\nLazdijų rajono savivaldybė;18 40x\n',
    })
    const problem = await expectProblem(res, 400, 'VALIDATION_FAILED')
    expect(problem.errors).toEqual([
      expect.objectContaining({
        row: 3,
        dataRow: 2,
        column: 'residents',
        path: ['residents', 'figures', 1, 'residents'],
      }),
    ])
  })

  test('a CSV table without the expected columns is a 400 problem at row 1', async () => {
    const res = await fetch(api.url('/v1/allocations?year=2021'), {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'name,count\nX,1\n',
    })
    const problem = await expectProblem(res, 400, 'VALIDATION_FAILED')
    expect(problem.errors).toEqual([expect.objectContaining({ row: 1, code: 'csv.missing-column' })])
  })

  test('a year without a budget parameter is a 422 problem with the package error code', async () => {
    const { res } = await postJson(api.url('/v1/allocations'), { year: 2030 })
    const problem = await expectProblem(res, 422, 'PARAMETER_MISSING')
    expect(problem.details).toMatchObject({ date: '2030-01-01' })
  })

  test('both year and asOf is a validation problem from the package schema', async () => {
    const { res } = await postJson(api.url('/v1/allocations'), { year: 2021, asOf: '2021-05-01' })
    const problem = await expectProblem(res, 400, 'VALIDATION_FAILED')
    expect(problem.issues).toEqual([expect.objectContaining({ in: 'body', path: ['year'] })])
  })
})

describe('POST /v1/allocations with recipients (generic allocate)', () => {
  test('largest remainder, including the documented Alabama paradox of Hamilton', async () => {
    const recipients = [
      { id: 'a', weight: 6 },
      { id: 'b', weight: 6 },
      { id: 'c', weight: 2 },
    ]
    const ten = await postJson(api.url('/v1/allocations?certificate=true'), {
      total: '10',
      unit: '1',
      recipients,
    })
    expect(ten.res.status).toBe(200)
    const eleven = await postJson(api.url('/v1/allocations'), { total: '11', unit: '1', recipients })
    const amounts = (json: Record<string, unknown>) =>
      (json.data as { shares: { amount: string }[] }).shares.map((s) => s.amount)
    expect(amounts(ten.json)).toEqual(['4', '4', '2'])
    expect(eleven.json.data).not.toHaveProperty('certificate')
    expect(amounts(eleven.json)).toEqual(['5', '5', '1'])
    expect((ten.json.data as { certificate: { format: string } }).certificate.format).toMatch(
      /^allocation-certificate/,
    )
  })

  test('a recipients CSV table (id;weight) with total and unit in the query', async () => {
    const res = await fetch(api.url('/v1/allocations?total=10&unit=1'), {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'id,weight\na,6\nb,6\nc,2\n',
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { data: { shares: { id: string; amount: string }[] } }
    expect(body.data.shares.map((s) => [s.id, s.amount])).toEqual([
      ['a', '4'],
      ['b', '4'],
      ['c', '2'],
    ])
  })

  test('a total that is not a whole number of units is a problem pointing at total', async () => {
    const { res } = await postJson(api.url('/v1/allocations'), {
      total: '10.5',
      unit: '1',
      recipients: [{ id: 'a', weight: 1 }],
    })
    const problem = await expectProblem(res, 400, 'VALIDATION_FAILED')
    expect(problem.issues).toEqual([expect.objectContaining({ path: ['total'], pointer: '#/total' })])
  })
})

describe('GET /v1/municipalities', () => {
  test('lists the 60 municipalities with their figures (kind, as-of date, source), newest first', async () => {
    const res = await fetch(api.url('/v1/municipalities'))
    expect(res.status).toBe(200)
    expect(res.headers.get('talka-versions')).toMatch(/@talka\/allocation@/)
    const body = (await res.json()) as {
      data: {
        municipalities: {
          name: string
          figures: { residents: number; kind: string; asOf: string; source: string }[]
        }[]
      }
      meta: { data: { kind: string }[] }
    }
    expect(body.data.municipalities).toHaveLength(60)
    const jonava = body.data.municipalities.find((m) => m.name === 'Jonavos rajono savivaldybė')
    expect(jonava?.figures).toContainEqual(
      expect.objectContaining({
        residents: 41163,
        kind: 'statistical',
        asOf: '2020-01-01',
        source: expect.stringMatching(/^https?:\/\//),
      }),
    )
    for (const municipality of body.data.municipalities) {
      const dates = municipality.figures.map((f) => f.asOf.padEnd(10, '-01-01'))
      expect(dates).toEqual([...dates].sort().reverse())
    }
    expect(body.meta.data.length).toBeGreaterThan(0)
  })

  test('?asOf keeps only figures referring to that day or earlier', async () => {
    const body = (await (await fetch(api.url('/v1/municipalities?asOf=2020-06-30'))).json()) as {
      data: { asOf: string; municipalities: { figures: { asOf: string }[] }[] }
    }
    expect(body.data.asOf).toBe('2020-06-30')
    const all = body.data.municipalities.flatMap((m) => m.figures.map((f) => f.asOf))
    expect(all.length).toBeGreaterThanOrEqual(60)
    expect(all.every((asOf) => asOf.padEnd(10, '-01-01') <= '2020-06-30')).toBe(true)
  })

  test('a malformed asOf is a validation problem in the query', async () => {
    const problem = await expectProblem(
      await fetch(api.url('/v1/municipalities?asOf=2020-13-01')),
      400,
      'VALIDATION_FAILED',
    )
    expect(problem.issues).toEqual([expect.objectContaining({ in: 'query', path: ['asOf'] })])
  })
})
