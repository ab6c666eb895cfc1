// fast-check arbitraries of made-up call documents (valid by construction), for the property tests.
import type { LegalRef } from '@talka/core'
import fc from 'fast-check'
import type { CallInput } from '../src/index.js'

const MUNICIPALITIES = [
  'Pavyzdžių rajono savivaldybė',
  'Išgalvotų miesto savivaldybė',
  'Bandomoji savivaldybė',
]

/** Whole euros as amount strings, `lo`…`hi`. */
const euros = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => `${n}.00`)

/** A made-up municipality's act (never a real one), as a full reference. */
export const municipalActArb = (municipality: string): fc.Arbitrary<LegalRef> =>
  fc
    .record({
      number: fc.stringMatching(/^A[1-9]-[1-9]\d{0,3}$/),
      point: fc.option(fc.stringMatching(/^[1-9]\d?(\.[1-9])?$/), { nil: undefined }),
      kind: fc.constantFrom(
        'directors-order' as const,
        'mayors-decree' as const,
        'council-decision' as const,
      ),
    })
    .map(({ number, point, kind }) => ({
      act: `${municipality}: kvietimo aprašas Nr. ${number}`,
      kind,
      issuer: municipality,
      number,
      url: 'https://e-tar.lt/portal/lt/legalAct/example',
      ...(point === undefined ? {} : { point }),
    }))

const policyRefArb = (municipality: string) =>
  fc.option(
    fc.oneof(
      fc.stringMatching(/^[1-9]\d?(\.[1-9])?$/).map((point) => ({ point })),
      municipalActArb(municipality),
    ),
    { nil: undefined },
  )

const withRef = <T extends object>(value: T, ref: unknown): T =>
  ref === undefined ? value : { ...value, ref }

/** A valid made-up call: any subset of the optional parts, each with or without its own reference. */
export function callArb(): fc.Arbitrary<CallInput> {
  return fc.constantFrom(...MUNICIPALITIES).chain((municipality) => {
    const ref = () => policyRefArb(municipality)
    const budget = fc.oneof(
      fc
        .record({ amount: euros(1000, 100000), ref: ref() })
        .map(({ amount, ref }) => withRef({ kind: 'total' as const, amount }, ref)),
      fc
        .record({
          sizes: fc.array(fc.tuple(euros(0, 500), euros(500, 3000), fc.integer({ min: 0, max: 5000 })), {
            minLength: 1,
            maxLength: 5,
          }),
          unspent: fc.option(fc.constantFrom('returned' as const, 'pooled' as const), { nil: undefined }),
          ref: ref(),
          envelopeRef: ref(),
        })
        .map(({ sizes, unspent, ref, envelopeRef }) =>
          withRef(
            {
              kind: 'envelopes' as const,
              envelopes: sizes.map(([min, max, extra], i) =>
                withRef(
                  {
                    id: `e${i}`,
                    name: { lt: `Seniūnija ${i}`, en: `Eldership ${i}` },
                    amount: `${Number.parseInt(max, 10) + extra}.00`,
                    minPerProject: min,
                    maxPerProject: max,
                  },
                  i === 0 ? envelopeRef : undefined,
                ),
              ),
              ...(unspent === undefined ? {} : { unspent }),
            },
            ref,
          ),
        ),
    )
    const criteria = fc
      .array(
        fc.tuple(
          fc.integer({ min: 0, max: 5 }),
          fc.integer({ min: 1, max: 20 }),
          fc.constantFrom('1', '0.5', '2'),
        ),
        {
          minLength: 1,
          maxLength: 5,
        },
      )
      .map((list) =>
        list.map(([min, span, weight], i) => ({
          id: `c${i}`,
          title: { lt: `Kriterijus ${i}`, en: `Criterion ${i}` },
          min,
          max: min + span,
          weight,
        })),
      )
    const evaluation = fc
      .record(
        {
          criteria,
          ref: ref(),
          tiesAtBudgetLine: fc.constantFrom('report' as const, 'split-equally' as const, {
            lot: { seed: 's' },
          }),
          tiesAtBudgetLineRef: ref(),
          fundingOrder: fc.record({ order: fc.constantFrom('strict' as const, 'skip-ahead' as const) }),
          lastProject: ref().map((r) =>
            withRef({ policy: 'offer-remainder-if-at-least-minimum' as const }, r),
          ),
          reserve: ref().map((r) => withRef({ list: true, proposedAmount: false }, r)),
          formalCheckRef: ref().filter((r) => r !== undefined),
          usePassMark: fc.boolean(),
        },
        { requiredKeys: [] },
      )
      .map(({ usePassMark, ...rest }) => {
        const out: Record<string, unknown> = Object.fromEntries(
          Object.entries(rest).filter(([, v]) => v !== undefined),
        )
        if (usePassMark && rest.criteria) {
          // The weighted maximum is a valid pass mark (weights 0.5, 1 and 2 keep it exact as a number).
          out.passMark = { score: rest.criteria.reduce((sum, c) => sum + c.max * Number(c.weight), 0) }
        }
        return out
      })
    return fc
      .record(
        {
          year: fc.integer({ min: 2017, max: 2030 }),
          model: fc.constantFrom('standard' as const, 'pilot' as const),
          callRef: municipalActArb(municipality),
          budget,
          amounts: fc
            .record({
              min: euros(0, 500),
              max: euros(500, 3000),
              over: fc.constantFrom('cap' as const, 'reject' as const),
              ref: ref(),
            })
            .map(({ min, max, over, ref }) =>
              withRef({ minPerProject: min, maxPerProject: max, overMaximum: over }, ref),
            ),
          applicants: fc
            .record({
              admitted: fc.constantFrom(
                'community-organisations' as const,
                'community-organisations-then-ngos' as const,
                'ngos-and-religious-communities' as const,
                'traditional-religious-communities' as const,
                'open' as const,
              ),
              ref: ref(),
            })
            .map(({ admitted, ref }) => withRef({ admitted }, ref)),
          activities: ref().map((r) => withRef({ areas: ['cohesion'] }, r)),
          costs: ref().map((r) => withRef({ caps: [{ category: 'administration', maxShare: '0.02' }] }, r)),
          evaluation,
        },
        { requiredKeys: ['year', 'model', 'callRef'] },
      )
      .map(({ callRef, year, model, budget, amounts, ...rest }) => {
        // With envelopes, the minimum and maximum are set per envelope.
        const fixedAmounts =
          budget?.kind === 'envelopes' && amounts ? { overMaximum: amounts.overMaximum } : amounts
        const fixedBudget =
          budget?.kind === 'total' && fixedAmounts && 'minPerProject' in fixedAmounts
            ? { ...budget, amount: `${Math.max(Number.parseInt(budget.amount, 10), 500)}.00` }
            : budget
        const call: Record<string, unknown> = {
          id: 'made-up-call',
          name: { lt: 'Išgalvotas kvietimas', en: 'Made-up call' },
          municipality: { name: municipality },
          year,
          model,
          ref: callRef,
          ...(fixedBudget ? { budget: fixedBudget } : {}),
          ...(fixedAmounts ? { amounts: fixedAmounts } : {}),
          ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
        }
        return call as CallInput
      })
  })
}
