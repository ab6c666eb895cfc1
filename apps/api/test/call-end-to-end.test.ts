import { toPublishedTables } from '@talka/evaluation'
import { describe, expect, test } from 'vitest'
import { postJson, useServer } from './server.js'

// Issue 17, "Done when": a made-up municipality states its own call once, and that one document drives
// eligibility, the ranking and the published tables; every reason cites the call itself, the ministry or
// the law — never another municipality's act. Run over real HTTP, as an integrator would.

const api = useServer()

const OWN_ACT =
  'Priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo Pavyzdžių rajono savivaldybėje aprašas (mero 2025-03-02 potvarkis Nr. M-12)'

const call = {
  id: 'pavyzdziu-rajonas-2025',
  name: { lt: 'Pavyzdžių rajono 2025 m. kvietimas', en: 'Pavyzdžiai district 2025 call' },
  municipality: { name: 'Pavyzdžių rajono savivaldybė' },
  year: 2025,
  model: 'standard',
  ref: {
    act: OWN_ACT,
    kind: 'mayors-decree',
    issuer: 'Pavyzdžių rajono savivaldybės meras',
    date: '2025-03-02',
    number: 'M-12',
    url: 'https://pavyzdziai.example.lt/aprasas-m-12',
    status: 'verified',
  },
  budget: { kind: 'total', amount: '5000.00', ref: { point: '7' } },
  amounts: { minPerProject: '1000.00', maxPerProject: '3000.00', overMaximum: 'cap', ref: { point: '9' } },
  applicants: { admitted: 'community-organisations', requireNgoMark: true, ref: { point: '5' } },
  evaluation: {
    criteria: [
      { id: 'relevance', title: { lt: 'Aktualumas', en: 'Relevance' }, min: 0, max: 60, weight: '1' },
      { id: 'budget', title: { lt: 'Biudžeto pagrįstumas', en: 'Budget' }, min: 0, max: 40, weight: '1' },
    ],
    passMark: { score: '60', ref: { point: '28' } },
    fundingOrder: { order: 'strict' },
    tiesAtBudgetLine: 'split-equally',
    tiesAtBudgetLineRef: { point: '33' },
    lastProject: { policy: 'offer-remainder-if-at-least-minimum', ref: { point: '34' } },
    reserve: { list: true, proposedAmount: true, ref: { point: '40' } },
  },
}

interface Ref {
  readonly act: string
  readonly kind?: string
  readonly issuer?: string
}

/** Every `ref` object anywhere in a JSON value. */
function refsIn(value: unknown, out: Ref[] = []): Ref[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, out)
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record.act === 'string' && typeof record.url === 'string') out.push(record as unknown as Ref)
    else for (const item of Object.values(record)) refsIn(item, out)
  }
  return out
}

const allowed = (ref: Ref) =>
  ref.act === OWN_ACT ||
  ref.kind === 'law' ||
  ref.kind === 'ministers-order' ||
  ref.kind === 'model-description' ||
  /socialinės apsaugos ir darbo ministr/i.test(ref.issuer ?? '')

describe("a made-up municipality's own call, end to end", () => {
  test('the call is valid; eligibility, ranking and the published tables cite only the call, the ministry or the law', async () => {
    const validated = await postJson(api.url('/v1/calls/validate'), call)
    expect(validated.res.status).toBe(200)

    const applicant = await postJson(api.url('/v1/eligibility/community-measure/applicant'), {
      asOf: '2025-03-20',
      call,
      facts: { communityOrganisation: true, ngoMark: true, operatesIn: 'Pavyzdžių rajono savivaldybė' },
    })
    const project = await postJson(api.url('/v1/eligibility/community-measure/project'), {
      asOf: '2025-03-20',
      call,
      facts: { requestedAmount: '5250.63' },
    })
    expect(applicant.res.status, JSON.stringify(applicant.json).slice(0, 600)).toBe(200)
    expect(project.res.status, JSON.stringify(project.json).slice(0, 600)).toBe(200)
    // Over the maximum under a call that caps: not a rejection.
    expect((project.json.data as { outcome: string }).outcome).not.toBe('ineligible')

    const score = (relevance: number, budget: number) => [
      { evaluator: 'E1', scores: { relevance, budget } },
      { evaluator: 'E2', scores: { relevance, budget } },
    ]
    const ranking = await postJson(api.url('/v1/evaluations/ranking?explain=true'), {
      call,
      applications: [
        { id: 'P-1', applicant: 'Bendruomenė „Rytas“', requested: '3000.00', evaluations: score(55, 35) },
        { id: 'P-2', applicant: 'Bendruomenė „Vakaras“', requested: '2500.00', evaluations: score(50, 30) },
        { id: 'P-3', applicant: 'Bendruomenė „Pietūs“', requested: '2500.00', evaluations: score(50, 30) },
        { id: 'P-4', applicant: 'Bendruomenė „Šiaurė“', requested: '2000.00', evaluations: score(20, 10) },
      ],
    })
    expect(ranking.res.status, JSON.stringify(ranking.json).slice(0, 600)).toBe(200)
    const result = ranking.json.data as Parameters<typeof toPublishedTables>[0]
    const published = toPublishedTables(result, { lang: 'lt', call: call as never, date: '2025-05-05' })
    expect(published.html).toContain('Pavyzdžių rajono savivaldybė')
    expect(published.csv).toContain('FINANSUOJAMŲ PROJEKTŲ SĄRAŠAS')

    const cited = [
      ...refsIn(applicant.json.data),
      ...refsIn(project.json.data),
      ...refsIn(ranking.json.data),
      ...refsIn(published.table),
    ]
    expect(cited.length).toBeGreaterThan(5)
    expect(cited.filter((ref) => !allowed(ref)).map((ref) => ref.act)).toEqual([])
    expect(cited.some((ref) => ref.act === OWN_ACT)).toBe(true)
  })
})
