// The root package does not depend on the workspace packages, so `@talka/eligibility` does not resolve
// from bench/; the sources are imported by path (the same files the `@talka/source` condition points to).
import {
  checkEligibility,
  type NgoFund2023ApplicantFacts,
  parseEligibilityOptions,
  parseFacts,
} from '@talka/eligibility'
import { completeFactsArb } from '@talka/eligibility/testing'
import fc from 'fast-check'
import { Engine, type RuleProperties } from 'json-rules-engine'
import { bench, describe } from 'vitest'

// 1,000 random complete facts for the NGO Fund 2023 applicant rules (N1–N6), generated once with a
// fixed seed, so every run checks the same applicants. Each bench call checks the next applicant.
const RULE_SET = 'ngo-fund-2023/applicant'
const AS_OF = '2023-04-06'
const inputs: NgoFund2023ApplicantFacts[] = fc.sample(completeFactsArb(RULE_SET), {
  numRuns: 1000,
  seed: 20230406,
})
// Parse once (as the API does): facts and options validated by their zod schemas, marked parsed.
const parsed = inputs.map((facts) => parseFacts(RULE_SET, facts))
const parsedOptions = parseEligibilityOptions({ asOf: AS_OF, lang: 'lt' })

// The same six rules for json-rules-engine 7 (https://github.com/cachecontrol/json-rules-engine), one
// engine rule per Talka rule so that every failing rule is reported, as in a Talka verdict. Amounts
// are compared in whole cents and the founding year derived from the ISO date, like Talka does.
const cents = (amount: string) => {
  const [whole = '0', fraction = ''] = amount.split('.')
  return Number(whole) * 100 + Number(`${fraction}00`.slice(0, 2))
}
const N = 2023
const rule = (id: string, conditions: RuleProperties['conditions']): RuleProperties => ({
  name: id,
  conditions,
  event: { type: id },
})
const jreRules: RuleProperties[] = [
  rule('N1', { all: [{ fact: 'ngoMark', operator: 'equal', value: true }] }),
  rule('N2', { all: [{ fact: 'fundedInParallelCompetition', operator: 'equal', value: false }] }),
  rule('N3', {
    any: [
      { fact: 'foundedYear', operator: 'greaterThan', value: N - 2 },
      {
        all: [
          { fact: 'reportsFiledForYears', operator: 'contains', value: N - 2 },
          { fact: 'reportsFiledOnTime', operator: 'equal', value: true },
        ],
      },
    ],
  }),
  rule('N4', {
    any: [
      { fact: 'publishesProjectsOnWebsite', operator: 'equal', value: true },
      { fact: 'publishesProjectsOnWebsite', operator: 'equal', value: 'no-website' },
    ],
  }),
  rule('N5', {
    any: [
      {
        all: [
          { fact: 'foundedYear', operator: 'lessThanInclusive', value: N - 2 },
          {
            fact: 'incomeCents',
            params: { year: String(N - 2) },
            operator: 'greaterThanInclusive',
            value: 100_000,
          },
        ],
      },
      {
        all: [
          { fact: 'foundedYear', operator: 'equal', value: N - 1 },
          {
            fact: 'incomeCents',
            params: { year: String(N - 1) },
            operator: 'greaterThanInclusive',
            value: 100_000,
          },
        ],
      },
    ],
  }),
  rule('N6', {
    all: [
      { fact: 'inLiquidation', operator: 'equal', value: false },
      { fact: 'reliableTaxpayer', operator: 'equal', value: true },
    ],
  }),
]
const engine = new Engine(jreRules, { allowUndefinedFacts: true })
engine.addFact('foundedYear', async (_params, almanac) =>
  Number(String(await almanac.factValue('foundedOn')).slice(0, 4)),
)
engine.addFact('incomeCents', async (params, almanac) => {
  const income = (await almanac.factValue('income')) as Record<string, string> | undefined
  const amount = income?.[String((params as { year: string }).year)]
  return amount === undefined ? undefined : cents(amount)
})

async function jreVerdict(facts: NgoFund2023ApplicantFacts) {
  const { failureResults } = await engine.run(facts)
  return {
    outcome: failureResults.length > 0 ? 'ineligible' : 'eligible',
    failed: failureResults.map((r) => r.name),
  }
}

// The two engines must agree on every input before their speed is compared.
const mismatches = await Promise.all(
  inputs.map(async (facts, i) => {
    const talka = checkEligibility(RULE_SET, parsed[i] as (typeof parsed)[number], parsedOptions)
    const jre = await jreVerdict(facts)
    const failed = talka.reasons.filter((r) => r.result === 'fail').map((r) => r.ruleId)
    return talka.outcome === jre.outcome && failed.join() === [...jre.failed].sort().join() ? 0 : 1
  }),
)
const disagreements = mismatches.reduce<number>((a, b) => a + b, 0)
if (disagreements > 0) throw new Error(`json-rules-engine and Talka disagree on ${disagreements} inputs`)

// Each bench iteration checks all 1,000 applicants, so verdicts per second = hz × 1,000 and the
// timer's own cost per sample does not weigh on a verdict that takes microseconds. Runs are longer
// than the default because the machine may be shared and short runs are dominated by outliers.
const options = { time: 5000, warmupTime: 1000 }
describe('ngo-fund-2023/applicant: 1,000 random complete facts per iteration (verdicts/s = hz × 1,000)', () => {
  bench(
    'talka: checkEligibility, parsed facts and options (parseFacts / parseEligibilityOptions once; full trace.v1 verdict, texts rendered when read)',
    () => {
      for (const facts of parsed) checkEligibility(RULE_SET, facts, parsedOptions)
    },
    options,
  )
  bench(
    'talka: checkEligibility, parsed facts, options as a literal (zod validates the options each call)',
    () => {
      for (const facts of parsed) checkEligibility(RULE_SET, facts, { asOf: AS_OF, lang: 'lt' })
    },
    options,
  )
  bench(
    'talka: checkEligibility, raw facts and options (zod validates both each call)',
    () => {
      for (const facts of inputs) checkEligibility(RULE_SET, facts, { asOf: AS_OF, lang: 'lt' })
    },
    options,
  )
  bench(
    'talka: checkEligibility, parsed facts and options, then every message text read',
    () => {
      for (const facts of parsed) {
        for (const reason of checkEligibility(RULE_SET, facts, parsedOptions).reasons)
          void reason.message.text
      }
    },
    options,
  )
  bench(
    'json-rules-engine 7.3.1: engine.run (same rules; outcome and failing rules only)',
    async () => {
      for (const facts of inputs) await jreVerdict(facts)
    },
    options,
  )
})
