import { describe, expect, test } from 'vitest'
import { vilnius2024Call } from './examples.js'
import { expectProblem, postJson, useServer } from './server.js'

const api = useServer()

interface Verdict {
  format: string
  outcome: string
  asOf: string
  lang: string
  reasons: { ruleId: string; result: string; ref: { url: string }; message: { text: string } }[]
  missingFacts: string[]
  ruleSet?: { id: string }
}

describe('GET /v1/eligibility', () => {
  test('lists the rule sets with their versions, source acts, rules and check route', async () => {
    const res = await fetch(api.url('/v1/eligibility'))
    expect(res.status).toBe(200)
    expect(res.headers.get('talka-versions')).toMatch(/@talka\/eligibility@/)
    const body = (await res.json()) as {
      data: {
        id: string
        versions: { validFrom: string; sources: { url: string }[]; rules: { id: string }[] }[]
        check: string
      }[]
    }
    expect(body.data.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'community-measure/applicant',
        'community-measure/project',
        'ngo-fund-2022/applicant',
        'ngo-fund-2023/applicant',
      ]),
    )
    for (const set of body.data) {
      expect(set.check).toBe(`/v1/eligibility/${set.id}`)
      expect(set.versions.length).toBeGreaterThan(0)
      for (const version of set.versions) {
        expect(version.rules.length).toBeGreaterThan(0)
        expect(version.sources.every((ref) => /^https?:\/\//.test(ref.url))).toBe(true)
      }
    }
  })
})

describe('POST /v1/eligibility/{ruleSet}', () => {
  test('NGO Fund 2023: partial facts give an undetermined verdict with every reason and the missing facts', async () => {
    const { res, json } = await postJson(api.url('/v1/eligibility/ngo-fund-2023/applicant'), {
      asOf: '2023-04-06',
      facts: { ngoMark: true },
    })
    expect(res.status).toBe(200)
    const verdict = json.data as Verdict
    expect(verdict.format).toBe('trace.v1')
    expect(verdict.outcome).toBe('undetermined')
    expect(verdict.ruleSet?.id).toBe('ngo-fund-2023/applicant')
    expect(verdict.reasons.length).toBeGreaterThanOrEqual(6)
    expect(verdict.reasons.every((r) => /^https?:\/\//.test(r.ref.url))).toBe(true)
    expect(verdict.missingFacts.length).toBeGreaterThan(0)
    expect(verdict.missingFacts).not.toContain('ngoMark')
    expect(verdict.lang).toBe('lt')
  })

  test('no NGO mark makes the applicant ineligible; the URL-encoded id gives the same verdict', async () => {
    const body = { asOf: '2023-04-06', facts: { ngoMark: false } }
    const segments = await postJson(api.url('/v1/eligibility/ngo-fund-2023/applicant'), body)
    const encoded = await postJson(api.url('/v1/eligibility/ngo-fund-2023%2Fapplicant'), body)
    expect(segments.res.status).toBe(200)
    expect(encoded.res.status).toBe(200)
    expect((segments.json.data as Verdict).outcome).toBe('ineligible')
    expect(encoded.json.data).toEqual(segments.json.data)
    expect((segments.json.data as Verdict).reasons.some((r) => r.result === 'fail')).toBe(true)
  })

  test('the community measure takes the municipality’s call; ?lang=en renders the messages in English', async () => {
    const { res, json } = await postJson(api.url('/v1/eligibility/community-measure/applicant?lang=en'), {
      asOf: '2024-03-01',
      call: vilnius2024Call,
      facts: { communityOrganisation: false },
    })
    expect(res.status).toBe(200)
    const verdict = json.data as Verdict
    expect(verdict.outcome).toBe('ineligible')
    expect(verdict.lang).toBe('en')
    expect((json.meta as { lang: string }).lang).toBe('en')
  })

  test('without the call, the community measure is a validation problem at #/call', async () => {
    const { res } = await postJson(api.url('/v1/eligibility/community-measure/project'), {
      asOf: '2024-03-01',
      facts: {},
    })
    const problem = await expectProblem(res, 400, 'VALIDATION_FAILED')
    expect(problem.issues).toEqual([
      expect.objectContaining({ in: 'body', path: ['call'], pointer: '#/call' }),
    ])
  })

  test('a fact of the wrong type is reported at its JSON path', async () => {
    const { res } = await postJson(api.url('/v1/eligibility/ngo-fund-2023/applicant'), {
      asOf: '2023-04-06',
      facts: { ngoMark: 'yes' },
    })
    const problem = await expectProblem(res, 400, 'VALIDATION_FAILED')
    expect(problem.issues).toContainEqual(expect.objectContaining({ path: ['facts', 'ngoMark'] }))
  })

  test('an asOf outside every version of the rule set is a 422 problem with the package code', async () => {
    const { res } = await postJson(api.url('/v1/eligibility/ngo-fund-2023/applicant'), {
      asOf: '2019-01-01',
      facts: {},
    })
    await expectProblem(res, 422, 'NO_RULE_SET_VERSION')
  })

  test('an unknown rule set is a 404 problem (encoded: UNKNOWN_RESOURCE with the list; two segments: no route)', async () => {
    const encoded = await expectProblem(
      (
        await postJson(api.url('/v1/eligibility/ngo-fund-2030%2Fapplicant'), {
          asOf: '2023-04-06',
          facts: {},
        })
      ).res,
      404,
      'UNKNOWN_RESOURCE',
    )
    expect(encoded.detail).toContain('ngo-fund-2023/applicant')
    await expectProblem(
      (await postJson(api.url('/v1/eligibility/ngo-fund-2030/applicant'), { asOf: '2023-04-06', facts: {} }))
        .res,
      404,
      'NOT_FOUND',
    )
  })
})
