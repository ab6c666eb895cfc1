import { describe, expect, test } from 'vitest'
import { expectProblem, useServer } from './server.js'

const api = useServer()

interface Entry {
  kind: 'rule' | 'parameter'
  id: string
  package: string
  title: { lt: string; en: string }
  refs?: { url: string }[]
  values?: { from: string; to: string | null; value: unknown; ref: { url: string } }[]
}

async function catalog(query = ''): Promise<Entry[]> {
  const res = await fetch(api.url(`/v1/rules${query}`))
  expect(res.status).toBe(200)
  return ((await res.json()) as { data: Entry[] }).data
}

describe('GET /v1/rules', () => {
  test('concatenates the catalog of every package, each entry with its legal references', async () => {
    const entries = await catalog()
    const packages = new Set(entries.map((e) => e.package))
    for (const name of ['allocation', 'eligibility', 'evaluation', 'volunteering', 'reporting']) {
      expect(packages).toContain(`@talka/${name}`)
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length)
    for (const entry of entries) {
      if (entry.kind === 'rule') expect(entry.refs?.every((ref) => /^https?:\/\//.test(ref.url))).toBe(true)
      else expect(entry.values?.every((value) => /^https?:\/\//.test(value.ref.url))).toBe(true)
    }
  })

  test('filters by package and kind', async () => {
    const parameters = await catalog('?package=@talka/allocation&kind=parameter')
    expect(parameters.length).toBeGreaterThan(0)
    expect(parameters.every((e) => e.package === '@talka/allocation' && e.kind === 'parameter')).toBe(true)
  })

  test('an unknown filter value is a validation problem in the query', async () => {
    const problem = await expectProblem(await fetch(api.url('/v1/rules?kind=law')), 400, 'VALIDATION_FAILED')
    expect(problem.issues).toEqual([expect.objectContaining({ in: 'query', path: ['kind'] })])
  })
})

describe('GET /v1/rules/{id}', () => {
  test('a parameter with its value timeline (the 2021 budget of the measure)', async () => {
    const res = await fetch(api.url('/v1/rules/allocation.community-measure.total'))
    expect(res.status).toBe(200)
    expect(res.headers.get('talka-versions')).toMatch(/^@talka\/allocation@[^,]+, @talka\/core@[^,]+$/)
    const entry = ((await res.json()) as { data: Entry }).data
    expect(entry.kind).toBe('parameter')
    const in2021 = entry.values?.find(
      (v) => v.from <= '2021-06-01' && (v.to === null || v.to >= '2021-06-01'),
    )
    expect(in2021?.value).toBe('2000000.00')
  })

  test('ids with "/" and "." work as plain path segments and URL-encoded', async () => {
    const withSlash = (await catalog()).find((e) => e.id.includes('/'))
    expect(withSlash, 'some rule id contains "/"').toBeDefined()
    const id = withSlash!.id
    const plain = await fetch(api.url(`/v1/rules/${id}`))
    const encoded = await fetch(api.url(`/v1/rules/${encodeURIComponent(id)}`))
    expect(plain.status).toBe(200)
    expect(encoded.status).toBe(200)
    const a = ((await plain.json()) as { data: Entry }).data
    const b = ((await encoded.json()) as { data: Entry }).data
    expect(a.id).toBe(id)
    expect(b).toEqual(a)
  })

  test('an unknown id is a 404 problem', async () => {
    await expectProblem(await fetch(api.url('/v1/rules/allocation.nothing/here')), 404, 'UNKNOWN_RESOURCE')
  })
})
