// One small program per published package, run by the consumer tests against the packed tarballs in
// every setup (Node ESM, Node CJS, TypeScript node16 and bundler, a browser bundle). `m` is the
// package's module namespace; `check(condition, message)` throws on failure. Keep each snippet valid
// TypeScript and free of Node built-ins, so the same text serves all five setups.
export const smoke = {
  '@talka/core': `
    const total = m.Money.parse('1442.05').plus('57.95').toString()
    check(total === '1500.00', 'Money sum: ' + total)
    const t = m.Timeline.of([{ from: '2011-08-01', to: '2024-06-30', value: 'original', ref: { act: 'XI-1500', url: 'https://e-seimas.lrs.lt/' } }, { from: '2024-07-01', value: 'new', ref: { act: 'XI-1500', url: 'https://e-seimas.lrs.lt/' } }], { continuous: true })
    check(t.valueAt('2024-07-01') === 'new', 'Timeline lookup')
    check(m.parsePlainDate('2024-02-29').day === 29, 'PlainDate')
    const r = m.safeParseMoney('1 000,5O')
    check(!r.success && r.error.code === 'INVALID_MONEY', 'typed error code')
  `,
  '@talka/allocation': `
    const result = m.allocate({ total: '11', unit: '1', recipients: [{ id: 'a', weight: 6 }, { id: 'b', weight: 6 }, { id: 'c', weight: 2 }] })
    check(result.shares.map((s) => s.amount).join(',') === '5,5,1', 'Hamilton shares: ' + result.shares.map((s) => s.amount).join(','))
    const cert = JSON.parse(JSON.stringify(m.certificateOf(result)))
    check(m.verifyCertificate(cert).valid === true, 'certificate verifies after a JSON round trip')
  `,
  '@talka/eligibility': `
    const verdict = m.checkEligibility('ngo-fund-2023/applicant', {}, { asOf: '2023-04-06', lang: 'en' })
    check(verdict.format === 'trace.v1' && verdict.outcome === 'undetermined', 'undetermined without facts: ' + verdict.outcome)
    check(verdict.missingFacts.length > 0, 'missing facts listed')
    check(verdict.reasons.every((r) => r.ref.url.startsWith('http')), 'every reason cites a URL')
  `,
  '@talka/evaluation': `
    const result = m.rankApplications({
      call: {
        id: 'smoke-call', name: { lt: 'Bandomasis kvietimas', en: 'Smoke call' }, municipality: { name: 'Pavyzdžių rajono savivaldybė' },
        year: 2024, model: 'pilot', ref: { act: 'Pavyzdžių rajono savivaldybės kvietimo aprašas', url: 'https://e-tar.lt/' },
        budget: { kind: 'total', amount: '5000.00' },
        amounts: { minPerProject: '1000.00', maxPerProject: '3000.00', overMaximum: 'cap' },
        evaluation: {
          criteria: [{ id: 'relevance', title: { lt: 'Aktualumas', en: 'Relevance' }, min: 0, max: 30, weight: '1' }],
          passMark: { score: '10' }, fundingOrder: { order: 'strict' },
          lastProject: { policy: 'offer-remainder-if-at-least-minimum' }, tiesAtBudgetLine: 'report',
        },
      },
      applications: [
        { id: 'A', requested: '3000.00', submittedAt: '2024-03-20T10:15:00', evaluations: [{ evaluator: 'E1', scores: { relevance: 25 } }] },
        { id: 'B', requested: '3000.00', submittedAt: '2024-03-21T10:15:00', evaluations: [{ evaluator: 'E1', scores: { relevance: 20 } }] },
      ],
    })
    check(result.rows.map((r) => r.decision + ':' + r.amount).join(',') === 'funded:3000.00,funded:2000.00', 'cut-off: ' + result.rows.map((r) => r.decision + ':' + r.amount).join(','))
    check(m.summaryToCsv(result, { lang: 'lt' }).includes('Balų vidurkis'), 'Lithuanian CSV headers')
  `,
  '@talka/volunteering': `
    check(m.lawEdition('2024-06-30').id !== m.lawEdition('2024-07-01').id, 'editions differ across 2024-07-01')
    const d = m.canVolunteer({ birthDate: '2010-05-01', citizenship: 'LT', legalRepresentativeObjects: false }, { asOf: '2025-01-10' })
    check(d.format === 'trace.v1' && ['yes', 'no', 'unknown'].includes(d.outcome), 'canVolunteer outcome: ' + d.outcome)
  `,
  '@talka/reporting': `
    check(m.jsonSchemaFor('council-plan-report.v1').$id === 'https://talka.dev/schemas/council-plan-report/v1.json', 'schema $id')
    const parsed = m.parseReportCsv('council-plan-report.v1', 'not;a;report')
    check(parsed.errors.length > 0, 'broken CSV reports errors')
  `,
  '@talka/calls': `
    const call = m.parseCall(JSON.parse(JSON.stringify(m.calls['prienai-district-2021-repeat'])))
    check(m.citationFor(call, 'applicants').ref.point === '42', 'the call cites its own point 42')
    check(m.citationFor(call, 'reserve').source === 'ministry-model', 'a silent call cites the ministry')
    check(m.callJsonSchema().$id === 'https://talka.dev/schemas/call/v1.json', 'schema $id')
    check(!m.safeParseCall({ ...call, yaer: 2021 }).success, 'strict: a misspelt key fails')
  `,
}
