import { fc, test } from '@fast-check/vitest'
import { type Call, calls } from '@talka/calls'
import { createDecision, LegalRefSchema, type RuleResult, Temporal, TraceV1Schema } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { pilot2022 } from '../test/support.js'
import {
  checkEligibility,
  createEligibilityChecker,
  type EligibilityVerdict,
  evaluateRules,
  safeCheckEligibility,
} from './check.js'
import { EligibilityError } from './errors.js'
import { eligibilityMessages, renderEligibilityMessage } from './messages.js'
import { parseFacts, safeParseFacts } from './parse-facts.js'
import type { EligibilityRule } from './rule.js'
import { getRuleSet, RULE_SET_IDS, type RuleSetId, versionOn } from './rule-sets.js'
import { callArb, completeFactsArb, partialFactsArb } from './testing.js'

/** The trace.v1 JSON of a value (a verdict renders its texts when serialised). */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value))

const vilnius: Call = calls['vilnius-2024']

const eligible2023 = {
  ngoMark: true,
  fundedInParallelCompetition: false,
  reportsFiledForYears: [2020, 2021],
  reportsFiledOnTime: true,
  publishesProjectsOnWebsite: true,
  income: { '2021': '20450.17' },
  foundedOn: '2001-09-12',
  inLiquidation: false,
  reliableTaxpayer: true,
} as const

describe('checkEligibility: real cases of the domain specification', () => {
  it('rejects an applicant that is not a community organisation under A1 (Vilnius 2024)', () => {
    const verdict = checkEligibility(
      'community-measure/applicant',
      { communityOrganisation: false, ngoMark: true, operatesIn: 'Vilniaus miesto savivaldybė' },
      { asOf: '2024-03-20', lang: 'lt', call: vilnius },
    )
    expect(verdict.outcome).toBe('ineligible')
    expect(verdict.reasons.filter((r) => r.result === 'fail').map((r) => r.ruleId)).toEqual(['A1'])
    const a1 = verdict.reasons.find((r) => r.ruleId === 'A1')
    // The call states who may apply, so A1 cites the call itself, not another act.
    expect(a1?.ref).toEqual(vilnius.ref)
    expect(a1?.message.text).toContain('nėra bendruomeninė organizacija')
  })

  it('rejects a pilot applicant without reports for 2021 and 2020 under point 19.6', () => {
    const verdict = checkEligibility(
      'community-measure/applicant',
      {
        communityOrganisation: true,
        operatesIn: 'Kauno miesto savivaldybė',
        reportsFiledForYears: [2017, 2018, 2019],
      },
      { asOf: '2022-07-01', lang: 'en', call: pilot2022 },
    )
    expect(verdict.outcome).toBe('ineligible')
    const a5 = verdict.reasons.find((r) => r.ruleId === 'A5')
    expect(a5?.result).toBe('fail')
    expect(a5?.ref.point).toBe('19.6')
    expect(a5?.ref.actId).toBe('A1-290')
    expect(a5?.message.text).toBe(
      'The applicant has filed reports with the Centre of Registers for neither 2021 nor 2020.',
    )
  })

  it('lists every failing rule, not only the first', () => {
    const verdict = checkEligibility(
      'ngo-fund-2023/applicant',
      { ...eligible2023, ngoMark: false, inLiquidation: true, income: { '2021': '999.99' } },
      { asOf: '2023-04-06' },
    )
    expect(verdict.reasons.filter((r) => r.result === 'fail').map((r) => r.ruleId)).toEqual([
      'N1',
      'N5',
      'N6',
    ])
  })

  it('finds an applicant eligible when every rule passes (the funded NVOK06101 applicant profile)', () => {
    const verdict = checkEligibility('ngo-fund-2023/applicant', eligible2023, {
      asOf: '2023-04-06',
      lang: 'lt',
    })
    expect(verdict.outcome).toBe('eligible')
    expect(verdict.reasons.map((r) => r.result)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass'])
    expect(verdict.missingFacts).toEqual([])
    expect(verdict.ruleSet).toEqual({
      id: 'ngo-fund-2023/applicant',
      version: '2023',
      validFrom: '2023-03-10',
      validTo: '2023-12-31',
    })
    expect(verdict.producer.package).toBe('@talka/eligibility')
  })

  it('leaves a verdict undetermined and lists exactly the facts that would decide it', () => {
    const { foundedOn: _f, reliableTaxpayer: _r, ...facts } = eligible2023
    const verdict = checkEligibility(
      'ngo-fund-2023/applicant',
      { ...facts, income: { '2021': '1500.00', '2022': '2500.00' } },
      { asOf: '2023-04-06', lang: 'en' },
    )
    expect(verdict.outcome).toBe('undetermined')
    // N5 needs the founding date (an applicant founded in 2023 would fail), N6 the taxpayer status;
    // N3 passes without the founding date because the 2021 reports were filed on time.
    expect(verdict.missingFacts).toEqual(['foundedOn', 'reliableTaxpayer'])
    expect(verdict.reasons.filter((r) => r.result === 'unknown').map((r) => r.ruleId)).toEqual(['N5', 'N6'])
  })

  it('undetermined community project: the missing facts are those the unknown rules read', () => {
    const verdict = checkEligibility(
      'community-measure/project',
      { requestedAmount: '2500.00' },
      { asOf: '2023-06-01', lang: 'en', call: calls['pilot-2023-zarasai'] },
    )
    expect(verdict.outcome).toBe('undetermined')
    expect(verdict.missingFacts).toEqual([
      'activitiesFrom',
      'activitiesTo',
      'budgetLines',
      'publicInterestActivities',
    ])
  })
})

describe('checkEligibility: versions, errors and inputs', () => {
  it('chooses the version valid on asOf', () => {
    const set = getRuleSet('community-measure/applicant')
    expect(versionOn(set, '2018-09-01').version).toBe('2017-2019')
    expect(versionOn(set, '2021-03-24').version).toBe('2021')
    expect(versionOn(set, '2022-12-31').version).toBe('2022')
    expect(versionOn(set, '2025-12-31').version).toBe('2023-2025')
    const verdict = checkEligibility(
      'community-measure/applicant',
      { communityOrganisation: true },
      {
        asOf: '2018-09-01',
        call: calls['kaunas-district-2018-akademija'],
      },
    )
    expect(verdict.ruleSet?.version).toBe('2017-2019')
  })

  it('rejects an asOf outside every version with NO_RULE_SET_VERSION', () => {
    for (const [id, asOf] of [
      ['ngo-fund-2023/applicant', '2023-03-09'],
      ['ngo-fund-2023/applicant', '2024-01-01'],
      ['ngo-fund-2022/applicant', '2022-06-15'],
      ['community-measure/project', '2017-02-27'],
      ['community-measure/project', '2020-01-15'],
      ['community-measure/project', '2026-01-01'],
    ] as const) {
      const call = id.startsWith('community') ? { call: vilnius } : {}
      const result = safeCheckEligibility(id, {}, { asOf, ...call })
      expect(result.success).toBe(false)
      if (!result.success) {
        expect(result.error).toBeInstanceOf(EligibilityError)
        expect(result.error.code).toBe('NO_RULE_SET_VERSION')
        expect(result.error.details).toMatchObject({ ruleSet: id, asOf })
      }
    }
  })

  it('rejects an unknown rule set with UNKNOWN_RULE_SET', () => {
    expect(() =>
      checkEligibility('ngo-fund-2021/applicant' as never, {} as never, { asOf: '2021-05-01' }),
    ).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_RULE_SET',
        details: expect.objectContaining({ known: [...RULE_SET_IDS] }),
      }),
    )
  })

  it('rejects invalid facts with a ValidationError and JSON paths', () => {
    const result = safeCheckEligibility(
      'ngo-fund-2023/applicant',
      { ngoMark: 'yes', income: { '2021': '1 000,00' }, foundedOn: '2023-02-30', nickname: 'x' } as never,
      { asOf: '2023-04-06' },
    )
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.code).toBe('VALIDATION_FAILED')
    const paths = (result.error.details.issues as { path: (string | number)[] }[]).map((i) =>
      i.path.join('.'),
    )
    expect(paths).toEqual(
      expect.arrayContaining(['facts.ngoMark', 'facts.income.2021', 'facts.foundedOn', 'facts']),
    )
  })

  it('requires a call for the community measure and refuses one elsewhere', () => {
    const missing = safeCheckEligibility('community-measure/project', {}, { asOf: '2024-03-20' })
    expect(!missing.success && missing.error.code).toBe('VALIDATION_FAILED')
    expect(!missing.success && (missing.error.details.issues as { path: string[] }[])[0]?.path).toEqual([
      'options',
      'call',
    ])
    const extra = safeCheckEligibility('ngo-fund-2023/applicant', {}, { asOf: '2023-04-06', call: vilnius })
    expect(!extra.success && (extra.error.details.issues as { path: string[] }[])[0]?.path).toEqual([
      'options',
      'call',
    ])
    const badCall = safeCheckEligibility(
      'community-measure/project',
      {},
      {
        asOf: '2024-03-20',
        call: { ...vilnius, amounts: { minPerProject: '20000.00', maxPerProject: '15000.00' } },
      },
    )
    expect(!badCall.success && (badCall.error.details.issues as { path: string[] }[])[0]?.path).toEqual([
      'options',
      'call',
      'amounts',
      'maxPerProject',
    ])
  })

  it('rejects bad options without a TypeError', () => {
    for (const options of [undefined, null, 42, { asOf: '2023-13-01' }, { asOf: '2023-04-06', lang: 'de' }]) {
      const result = safeCheckEligibility('ngo-fund-2023/applicant', {}, options as never)
      expect(!result.success && result.error.code).toBe('VALIDATION_FAILED')
    }
    for (const facts of [null, 'x', [], 7]) {
      const result = safeCheckEligibility('ngo-fund-2023/applicant', facts as never, { asOf: '2023-04-06' })
      expect(!result.success && result.error.code).toBe('VALIDATION_FAILED')
    }
  })

  it('accepts Temporal.PlainDate for asOf and date facts', () => {
    const verdict = checkEligibility(
      'ngo-fund-2023/applicant',
      { ...eligible2023, foundedOn: Temporal.PlainDate.from('2001-09-12') },
      { asOf: Temporal.PlainDate.from('2023-04-06') },
    )
    expect(verdict.asOf).toBe('2023-04-06')
    expect(verdict.reasons.find((r) => r.ruleId === 'N3')?.facts.foundedOn).toBe('2001-09-12')
  })

  it('renders messages in the requested language, Lithuanian by default', () => {
    const lt = checkEligibility('ngo-fund-2023/applicant', { ngoMark: false }, { asOf: '2023-04-06' })
    expect(lt.lang).toBe('lt')
    expect(lt.reasons[0]?.message.text).toBe(eligibilityMessages['eligibility.ngo.n1.fail'].lt)
    const en = checkEligibility(
      'ngo-fund-2023/applicant',
      { ngoMark: false },
      { asOf: '2023-04-06', lang: 'en' },
    )
    expect(en.reasons[0]?.message.text).toBe(eligibilityMessages['eligibility.ngo.n1.fail'].en)
  })

  it('cites the call for rules whose parameters the call sets', () => {
    const within = checkEligibility(
      'community-measure/project',
      { requestedAmount: '15000' },
      { asOf: '2024-03-20', call: vilnius },
    )
    expect(within.reasons.find((r) => r.ruleId === 'P1')?.ref).toEqual(vilnius.ref)
    // Above the maximum: the Vilnius call does not say whether it caps or rejects, so the result is
    // unknown, names the missing policy and cites the ministry's plan for 2024, not a guess.
    const above = checkEligibility(
      'community-measure/project',
      { requestedAmount: '16000' },
      { asOf: '2024-03-20', call: vilnius },
    )
    const p1 = above.reasons.find((r) => r.ruleId === 'P1')
    expect(p1?.result).toBe('unknown')
    expect(p1?.message.key).toBe('eligibility.amount.unknown.overMaximum')
    expect(above.missingFacts).toContain('call.amounts.overMaximum')
    expect(p1?.ref.number).toBe('A1-596')
  })

  it('parseFacts and safeParseFacts validate with the rule set schema', () => {
    expect(parseFacts('ngo-fund-2023/applicant', { ngoMark: true })).toEqual({ ngoMark: true })
    expect(safeParseFacts('ngo-fund-2023/applicant', { requestedAmount: '1' }).success).toBe(false)
    expect(safeParseFacts('nope' as never, {}).success).toBe(false)
  })
})

describe('createEligibilityChecker', () => {
  it('gives the same verdicts as checkEligibility for raw and parsed facts', () => {
    const checker = createEligibilityChecker('ngo-fund-2023/applicant', { asOf: '2023-04-06', lang: 'en' })
    const expected = checkEligibility('ngo-fund-2023/applicant', eligible2023, {
      asOf: '2023-04-06',
      lang: 'en',
    })
    expect(plain(checker.check(eligible2023))).toEqual(plain(expected))
    expect(plain(checker.check(parseFacts('ngo-fund-2023/applicant', eligible2023)))).toEqual(plain(expected))
    expect(checker.ruleSet.version).toBe('2023')
    expect(() => checker.check({ ngoMark: 1 } as never)).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    )
  })
})

const ids = [...RULE_SET_IDS]

// Facts, a call where the rule set needs one, and asOf in the call's year (or in the competition).
const scenario = (mode: 'complete' | 'partial') =>
  fc.constantFrom(...ids).chain((id) =>
    fc.record({
      id: fc.constant(id as RuleSetId),
      facts: (mode === 'complete' ? completeFactsArb(id) : partialFactsArb(id)) as fc.Arbitrary<
        Record<string, unknown>
      >,
      call: id.startsWith('community') ? callArb().map((c) => c as Call | undefined) : fc.constant(undefined),
      lang: fc.constantFrom('lt' as const, 'en' as const),
    }),
  )

const optionsOf = (s: { id: RuleSetId; call: Call | undefined; lang: 'lt' | 'en' }) => ({
  asOf: s.call ? `${s.call.year}-06-01` : s.id === 'ngo-fund-2022/applicant' ? '2022-07-01' : '2023-04-06',
  lang: s.lang,
  ...(s.call ? { call: s.call } : {}),
})

const resultsOf = (verdict: EligibilityVerdict) =>
  new Map(verdict.reasons.map((r) => [r.ruleId, r.result as RuleResult]))

describe('properties', () => {
  test.prop([
    scenario('complete').chain((s) =>
      fc.record({
        s: fc.constant(s),
        // For each fact: 0 = absent in both, 1 = supplied only in the richer facts, 2 = in both.
        plan: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 12, maxLength: 12 }),
      }),
    ),
  ])('supplying a missing fact never changes a rule that was already pass or fail', ({ s, plan }) => {
    const keys = Object.keys(s.facts)
    const poorer: Record<string, unknown> = {}
    const richer: Record<string, unknown> = {}
    keys.forEach((key, i) => {
      const level = plan[i % plan.length] ?? 0
      if (level >= 1) richer[key] = s.facts[key]
      if (level === 2) poorer[key] = s.facts[key]
    })
    const before = resultsOf(checkEligibility(s.id, poorer, optionsOf(s)))
    const after = resultsOf(checkEligibility(s.id, richer, optionsOf(s)))
    const complete = resultsOf(checkEligibility(s.id, s.facts, optionsOf(s)))
    for (const [ruleId, result] of before) {
      if (result !== 'unknown') {
        expect(after.get(ruleId)).toBe(result)
        expect(complete.get(ruleId)).toBe(result)
      }
    }
  })

  test.prop([scenario('partial')])('ineligible iff some rule fails; eligible iff all pass', (s) => {
    const verdict = checkEligibility(s.id, s.facts, optionsOf(s))
    const results = verdict.reasons.map((r) => r.result)
    expect(verdict.outcome === 'ineligible').toBe(results.includes('fail'))
    expect(verdict.outcome === 'eligible').toBe(results.every((r) => r === 'pass'))
    expect(verdict.outcome === 'undetermined').toBe(!results.includes('fail') && results.includes('unknown'))
  })

  test.prop([scenario('complete')])(
    'complete facts decide every rule the call gives a policy for; the rest name the policy',
    (s) => {
      const verdict = checkEligibility(s.id, s.facts, optionsOf(s))
      // A call silent on who may apply, or on a request above the maximum, leaves that rule unknown
      // and names the call's policy (`call.…`), never a fact.
      for (const name of verdict.missingFacts) expect(name).toMatch(/^call\./)
      const silent =
        s.call !== undefined && (s.call.applicants === undefined || s.call.amounts?.overMaximum === undefined)
      if (!silent) {
        expect(verdict.reasons.every((r) => r.result !== 'unknown')).toBe(true)
        expect(verdict.missingFacts).toEqual([])
      }
    },
  )

  test.prop([scenario('partial')])(
    'missing facts are absent facts read by the unknown rules, and only those',
    (s) => {
      const verdict = checkEligibility(s.id, s.facts, optionsOf(s))
      const readByUnknown = new Set(
        getRuleSet(s.id)
          .versions.flatMap((v) => v.rules as readonly EligibilityRule<never>[])
          .filter((rule) => verdict.reasons.some((r) => r.ruleId === rule.id && r.result === 'unknown'))
          .flatMap((rule) => rule.facts as readonly string[]),
      )
      for (const name of verdict.missingFacts) {
        // A policy the call does not state is named as `call.<path>` (see @talka/calls' missingPolicies).
        if (name.startsWith('call.')) continue
        expect(readByUnknown.has(name)).toBe(true)
        // `income` may be given but lack the year a rule needs.
        if (name !== 'income') expect(s.facts[name]).toBeUndefined()
      }
      expect(verdict.missingFacts.length > 0).toBe(verdict.reasons.some((r) => r.result === 'unknown'))
    },
  )

  test.prop([
    scenario('partial').chain((s) => {
      const set = getRuleSet(s.id)
      const version = versionOn(set, optionsOf(s).asOf)
      const rules = version.rules as readonly EligibilityRule<never>[]
      return fc.record({
        s: fc.constant(s),
        rules: fc.shuffledSubarray([...rules], { minLength: rules.length }),
      })
    }),
  ])('the verdict does not depend on the order of the rules', ({ s, rules }) => {
    const options = optionsOf(s)
    const version = versionOn(getRuleSet(s.id), options.asOf)
    const context = { asOf: options.asOf, year: s.call?.year ?? version.year ?? 0, call: s.call }
    const facts = parseFacts(s.id, s.facts)
    expect(evaluateRules(rules, facts, context)).toEqual(
      evaluateRules(version.rules as readonly EligibilityRule<never>[], facts, context),
    )
  })

  test.prop([scenario('partial')])(
    'every reason has a legal reference with a URL, and the verdict is trace.v1 JSON',
    (s) => {
      const verdict = checkEligibility(s.id, s.facts, optionsOf(s))
      expect(verdict.reasons.length).toBe(versionOn(getRuleSet(s.id), optionsOf(s).asOf).rules.length)
      for (const reason of verdict.reasons) {
        expect(LegalRefSchema.safeParse(reason.ref).success).toBe(true)
        expect(reason.ref.url).toMatch(/^https?:\/\//)
        expect(reason.message.text).not.toMatch(/\{\w+\}/)
      }
      const json = plain(verdict)
      expect(TraceV1Schema.parse(json)).toEqual(json)
      // The verdict itself (texts read through getters) passes the schema too.
      expect(plain(TraceV1Schema.parse(verdict))).toEqual(json)
    },
  )

  test.prop([scenario('partial')])(
    'shared and cached reasons equal the reference evaluation of every rule',
    (s) => {
      const options = optionsOf(s)
      const version = versionOn(getRuleSet(s.id), options.asOf)
      const context = { asOf: options.asOf, year: s.call?.year ?? version.year ?? 0, call: s.call }
      const facts = parseFacts(s.id, s.facts)
      checkEligibility(s.id, facts as never, options) // fills the caches
      const verdict = plain(checkEligibility(s.id, facts as never, options)) as EligibilityVerdict
      const reference = evaluateRules(version.rules as readonly EligibilityRule<never>[], facts, context)
      expect(verdict.outcome).toBe(reference.outcome)
      expect(verdict.missingFacts).toEqual(reference.missingFacts)
      expect(
        verdict.reasons.map((r) => [r.ruleId, r.result, r.facts, r.ref, r.message.key, r.message.params]),
      ).toEqual(
        plain(
          reference.reasons.map((r) => [r.ruleId, r.result, r.facts, r.ref, r.messageKey, r.params ?? {}]),
        ),
      )
    },
  )

  test.prop([scenario('partial')])('the verdict of parsed facts equals core createDecision output', (s) => {
    const options = optionsOf(s)
    const verdict = createEligibilityChecker(s.id, options).check(parseFacts(s.id, s.facts) as never)
    const rebuilt = createDecision({
      decision: verdict.decision,
      outcome: verdict.outcome,
      asOf: verdict.asOf,
      lang: verdict.lang,
      reasons: verdict.reasons.map((r) => ({
        ruleId: r.ruleId,
        result: r.result,
        facts: r.facts,
        ref: r.ref,
        messageKey: r.message.key,
        params: r.message.params,
      })),
      missingFacts: verdict.missingFacts,
      producer: verdict.producer,
      ...(verdict.ruleSet
        ? { ruleSet: verdict.ruleSet as { id: string; version: string; validFrom: string } }
        : {}),
      catalog: eligibilityMessages,
    })
    // Texts show category and area codes by their labels (renderEligibilityMessage on core's renderer).
    const labelled = {
      ...rebuilt,
      reasons: rebuilt.reasons.map((r) => ({
        ...r,
        message: {
          ...r.message,
          text: renderEligibilityMessage(r.message.key, r.message.params, verdict.lang),
        },
      })),
    }
    expect(plain(verdict)).toEqual(labelled)
    expect(plain(verdict)).toEqual(plain(checkEligibility(s.id, s.facts as never, options)))
  })
})
