import { fixtures } from '@talka/reporting'
import Papa from 'papaparse'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { useServer } from './server.js'

const api = useServer()

// The file: the seed-003 header and 80,000 rows that hold only their number (≈540 KB), so
// every row has four empty required cells.
const header = fixtures.councilPlanReportKlaipedaDistrict2024.csv.split('\r\n')[0] ?? ''
const csv80k = [header, ...Array.from({ length: 80_000 }, (_, i) => `${i + 1}`)].join('\r\n')

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the API stays responsive during a large CSV validation (issue 19)', () => {
  test('/healthz sent once the 80,000-row CSV is being read is answered before the CSV', async () => {
    const order: string[] = []
    let health: Promise<void> | undefined
    // The server and this test share one process: the moment the package starts reading the whole
    // file (papaparse on the full text, not the header preview), /healthz is requested. A validation
    // that held the event loop to the end would answer the CSV first.
    const parse = Papa.parse.bind(Papa)
    vi.spyOn(Papa, 'parse').mockImplementation(((text: string, config?: { preview?: number }) => {
      if (health === undefined && text.length > 500_000 && !config?.preview) {
        health = fetch(api.url('/healthz')).then(async (res) => {
          expect(res.status).toBe(200)
          await res.arrayBuffer()
          order.push('healthz')
        })
      }
      return parse(text as never, config as never)
    }) as typeof Papa.parse)

    const res = await fetch(api.url('/v1/reports/council-plan-report.v1/validate?lang=en'), {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv80k,
    })
    const body = (await res.json()) as { data: { valid: boolean; errors: unknown[]; errorCount: number } }
    order.push('csv')
    await health

    expect(res.status).toBe(200)
    expect(body.data.valid).toBe(false)
    expect(body.data.errors).toHaveLength(100)
    expect(body.data.errorCount).toBe(320_006)
    expect(health).toBeDefined()
    expect(order).toEqual(['healthz', 'csv'])
  })
})
