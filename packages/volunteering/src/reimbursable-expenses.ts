import {
  and3,
  type Decision,
  decimal,
  IsoDateSchema,
  type LegalRef,
  Money,
  MoneyStringSchema,
  type ParameterDefinition,
  type Parsed,
  type ReasonInput,
  type RuleResult,
  TalkaDecimal,
  type Truth,
} from '@talka/core'
import { z } from 'zod'
import { decide, noEditionDecision, toOutcome } from './decide.js'
import type { LawEdition } from './editions.js'
import { type ExpenseKind, ExpenseKindSchema } from './expense-kind.js'
import { type OptionsArgument, optionsParser, volunteeringParser } from './options.js'
import {
  advanceConditionsParameter,
  fixedRatesParameter,
  mealsMinHoursParameter,
  newGroundsParameter,
  originalGroundsParameter,
  PARAMETER_IDS,
  perDiemRatesParameter,
  proofWordingParameter,
} from './parameters.js'
import {
  type EditionFacts,
  type EditionResolution,
  parameterDate,
  resolveAgreementTerms,
  resolveEdition,
} from './resolve-edition.js'
import { REF_NEW_TRANSITIONAL, REF_PER_DIEM_AND_ADVANCE_NEW, refA1330, refGovDescription } from './sources.js'

/**
 * Rule ids of `reimbursableExpenses`, as they appear in `reasons[].ruleId` and the catalog.
 *
 * @example
 * ```ts
 * import { EXPENSE_RULES } from '@talka/volunteering'
 * EXPENSE_RULES.proof // 'volunteering.expenses.proof'
 * ```
 */
export const EXPENSE_RULES = {
  rulesInForce: 'volunteering.expenses.rules-in-force',
  terms: 'volunteering.expenses.agreement-terms',
  kind: 'volunteering.expenses.kind',
  proof: 'volunteering.expenses.proof',
  ownCar: 'volunteering.expenses.own-car',
  claim: 'volunteering.expenses.claim',
} as const

const NonNegativeMoneySchema = MoneyStringSchema.refine((s) => !s.startsWith('-'), {
  message: 'Expected a non-negative amount',
})
const QuantitySchema = z.string().regex(/^(0|[1-9]\d{0,8})(\.\d{1,6})?$/, {
  message: 'Expected a non-negative decimal string, e.g. "123.5"',
})

const ClaimSchema = z.strictObject({
  id: z.string().max(200).optional(),
  date: IsoDateSchema.refine((d) => d >= '2011-08-01', {
    message: 'No edition of Law No. XI-1500 is in force before 2011-08-01',
  })
    .optional()
    .meta({
      description:
        'Day the expense was incurred: the rules in force that day apply (default: the asOf of the check)',
    }),
  kind: ExpenseKindSchema,
  amount: NonNegativeMoneySchema,
  documents: z.boolean().optional().meta({ description: 'Documents proving the expense were provided' }),
  advance: z.boolean().optional().meta({ description: 'The claim asks for payment in advance' }),
  fixedRate: z
    .boolean()
    .optional()
    .meta({ description: 'The claim is at a fixed rate rather than actual cost' }),
  euStructuralFundsFixedRate: z.boolean().optional().meta({
    description: 'Fixed unit rate of a project financed under EU structural support (A1-548 exception)',
  }),
  car: z
    .strictObject({
      km: QuantitySchema,
      consumptionPer100Km: QuantitySchema,
      fuelPricePerLitre: QuantitySchema,
    })
    .optional()
    .meta({
      description: 'Own-car fuel: distance, maker’s consumption per 100 km, fuel price from receipts',
    }),
})

const ActivitySchema = z.strictObject({
  agreementSetsReimbursement: z.boolean().optional().meta({
    description: 'The voluntary-activity agreement sets the conditions and procedure of reimbursement',
  }),
  hoursPerDay: z.number().finite().nonnegative().max(24).optional(),
  longerThanOneDay: z.boolean().optional(),
  outsideHomeLocality: z.boolean().optional(),
})

/**
 * Zod schema of the input of `reimbursableExpenses`: one to 1000 `claims` (kind, `amount` as a decimal
 * string, proof and own-car details) and the `activity` they belong to (whether the agreement sets
 * reimbursement terms, hours per day, longer than a day, outside the volunteer's home locality).
 *
 * @example
 * ```ts
 * import { ReimbursableExpensesInputSchema } from '@talka/volunteering'
 * ReimbursableExpensesInputSchema.parse({
 *   claims: [{ kind: 'travel', amount: '12.40', documents: true }],
 *   activity: { agreementSetsReimbursement: true, hoursPerDay: 5 },
 * })
 * ```
 */
export const ReimbursableExpensesInputSchema = z
  .strictObject({
    claims: z.array(ClaimSchema).min(1).max(1000),
    activity: ActivitySchema.default({}),
  })
  .meta({ id: 'volunteering.ReimbursableExpensesInput', description: 'Expense claims of a volunteer' })

/**
 * The decision on one claim: its outcome, the amount claimed and the eligible amount (decimal strings;
 * `'0.00'` unless the outcome is `'yes'`), and the trace.v1 decision.
 *
 * @example
 * ```ts
 * import type { ClaimDecision } from '@talka/volunteering'
 * declare const c: ClaimDecision
 * if (c.outcome === 'unknown') console.log(c.decision.missingFacts)
 * ```
 */
export interface ClaimDecision {
  readonly index: number
  readonly id: string | null
  /** The day of the expense whose rules were applied (the claim's `date`, or the check's `asOf`). */
  readonly date: string
  readonly kind: ExpenseKind
  readonly claimed: string
  readonly eligible: string
  readonly outcome: 'yes' | 'no' | 'unknown'
  readonly decision: Decision<'yes' | 'no' | 'unknown'>
}

/**
 * Outcome of the whole set of claims: `'yes'` (everything claimed is eligible), `'partial'`, `'no'`
 * (nothing is eligible) or `'unknown'` (some claim is undetermined).
 *
 * @example
 * ```ts
 * import type { ExpensesOutcome } from '@talka/volunteering'
 * const o: ExpensesOutcome = 'partial'
 * ```
 */
export type ExpensesOutcome = 'yes' | 'partial' | 'no' | 'unknown'

/**
 * Result of {@link reimbursableExpenses}: per-claim decisions, the totals as decimal strings
 * (`eligibleTotal` counts only `'yes'` claims; `unknownTotal` is what undetermined claims ask for), and
 * a summary decision.
 *
 * @example
 * ```ts
 * import type { ReimbursableExpensesResult } from '@talka/volunteering'
 * declare const r: ReimbursableExpensesResult
 * `${r.eligibleTotal} of ${r.claimedTotal}`
 * ```
 */
export interface ReimbursableExpensesResult {
  readonly claims: readonly ClaimDecision[]
  readonly claimedTotal: string
  readonly eligibleTotal: string
  readonly unknownTotal: string
  readonly decision: Decision<ExpensesOutcome>
}

type Activity = z.output<typeof ActivitySchema>

interface Evaluated {
  readonly result: RuleResult
  readonly reason: ReasonInput
  readonly missing: readonly string[]
  /** For own-car claims: the most that may be reimbursed. */
  readonly cap?: Money
}

const missingParameter = (id: string) => `parameter:${id}`

function reason(
  ruleId: string,
  result: string,
  facts: Record<string, unknown>,
  ref: LegalRef,
  messageKey: string,
  params: Record<string, string | number> = {},
): ReasonInput {
  return { ruleId, result, facts, ref, messageKey, params }
}

function claimFacts(claim: ExpenseClaim): Record<string, unknown> {
  return {
    kind: claim.kind,
    amount: claim.amount,
    documents: claim.documents ?? null,
    advance: claim.advance ?? false,
    fixedRate: claim.fixedRate ?? false,
    euStructuralFundsFixedRate: claim.euStructuralFundsFixedRate ?? false,
    ...(claim.car ? { car: claim.car } : {}),
  }
}

/** The A1-330 ground (3.1–3.3) a claim meets, with the activity facts (shared by both editions). */
function originalGround(
  claim: ExpenseClaim,
  activity: Activity,
  mealsMinHours: number,
): {
  result: RuleResult
  point: '3.1' | '3.2' | '3.3' | null
  key: string
  params: Record<string, string | number>
  missing: string[]
} {
  switch (claim.kind) {
    case 'travel':
    case 'own-car':
      return { result: 'pass', point: '3.1', key: 'expenses.kind.travel', params: {}, missing: [] }
    case 'accommodation': {
      if (activity.longerThanOneDay === true || activity.outsideHomeLocality === true) {
        return {
          result: 'pass',
          point: '3.2',
          key: 'expenses.kind.accommodation.pass',
          params: {},
          missing: [],
        }
      }
      if (activity.longerThanOneDay === false && activity.outsideHomeLocality === false) {
        return {
          result: 'fail',
          point: '3.2',
          key: 'expenses.kind.accommodation.fail',
          params: {},
          missing: [],
        }
      }
      const missing = [
        ...(activity.longerThanOneDay === undefined ? ['activity.longerThanOneDay'] : []),
        ...(activity.outsideHomeLocality === undefined ? ['activity.outsideHomeLocality'] : []),
      ]
      return {
        result: 'unknown',
        point: '3.2',
        key: 'expenses.kind.accommodation.unknown',
        params: { missing: missing.join(', ') },
        missing,
      }
    }
    case 'meals': {
      if (activity.hoursPerDay === undefined) {
        return {
          result: 'unknown',
          point: '3.3',
          key: 'expenses.kind.meals.unknown',
          params: {},
          missing: ['activity.hoursPerDay'],
        }
      }
      const params = { hours: activity.hoursPerDay, minHours: mealsMinHours }
      return activity.hoursPerDay >= mealsMinHours
        ? { result: 'pass', point: '3.3', key: 'expenses.kind.meals.pass', params, missing: [] }
        : { result: 'fail', point: '3.3', key: 'expenses.kind.meals.fail', params, missing: [] }
    }
    default:
      return { result: 'unknown', point: null, key: 'expenses.kind.other.unknown', params: {}, missing: [] }
  }
}

/**
 * Fuel for the volunteer's own vehicle under point 4 of the A1-330 description (A1-548 wording):
 * kilometres × the maker's consumption per 100 km × the fuel price on the volunteer's receipts, in
 * exact decimals, rounded half-up to cents (the order does not say how to round; decision 0043).
 *
 * @example
 * ```ts
 * import { ownCarFuelAmount } from '@talka/volunteering'
 * ownCarFuelAmount({ km: '123.5', consumptionPer100Km: '6.5', fuelPricePerLitre: '1.599' }).toString() // '12.84'
 * ```
 */
export function ownCarFuelAmount(car: NonNullable<ExpenseClaim['car']>): Money {
  const exact = decimal(car.km)
    .times(decimal(car.consumptionPer100Km))
    .div(100)
    .times(decimal(car.fuelPricePerLitre))
  return Money.fromDecimal(exact.toDecimalPlaces(2, TalkaDecimal.ROUND_HALF_UP))
}

function evaluateOriginal(claim: ExpenseClaim, index: number, activity: Activity, day: string): Evaluated[] {
  const facts = claimFacts(claim)
  const out: Evaluated[] = []

  const termsRef = refA1330('3')
  const terms = activity.agreementSetsReimbursement
  out.push({
    result: terms === true ? 'pass' : terms === false ? 'fail' : 'unknown',
    reason: reason(
      EXPENSE_RULES.terms,
      terms === true ? 'pass' : terms === false ? 'fail' : 'unknown',
      { agreementSetsReimbursement: terms ?? null },
      termsRef,
      terms === true
        ? 'expenses.terms.pass'
        : terms === false
          ? 'expenses.terms.fail'
          : 'expenses.terms.unknown',
    ),
    missing: terms === undefined ? ['activity.agreementSetsReimbursement'] : [],
  })

  if (claim.advance === true || claim.kind === 'per-diem') {
    // Neither an advance nor a per diem is reimbursable under the original edition.
    const messageKey = claim.advance === true ? 'expenses.kind.advance.fail' : 'expenses.kind.per-diem.fail'
    out.push({
      result: 'fail',
      reason: reason(EXPENSE_RULES.kind, 'fail', facts, REF_PER_DIEM_AND_ADVANCE_NEW, messageKey),
      missing: [],
    })
  } else {
    const mealsMinHours = mealsMinHoursParameter.timeline.valueAt(day)
    const ground = originalGround(claim, activity, mealsMinHours)
    if (ground.point === null) {
      const grounds = originalGroundsParameter.timeline.at(day)
      const parameter = missingParameter(PARAMETER_IDS.originalGrounds)
      out.push({
        result: 'unknown',
        reason: reason(EXPENSE_RULES.kind, 'unknown', facts, grounds.ref, ground.key, { kind: claim.kind }),
        missing: [parameter],
      })
    } else {
      out.push({
        result: ground.result,
        reason: reason(
          EXPENSE_RULES.kind,
          ground.result,
          facts,
          refA1330(ground.point),
          ground.key,
          ground.params,
        ),
        missing: ground.missing,
      })
    }
  }

  const wording = proofWordingParameter.timeline.at(day)
  if (wording.value === 'unverified-2011') {
    const parameter = missingParameter(PARAMETER_IDS.proofWording)
    // The unread wording leaves the proof unknown, and for an own car the car rule as well.
    const ruleIds =
      claim.kind === 'own-car' ? [EXPENSE_RULES.proof, EXPENSE_RULES.ownCar] : [EXPENSE_RULES.proof]
    for (const ruleId of ruleIds) {
      out.push({
        result: 'unknown',
        reason: reason(ruleId, 'unknown', facts, wording.ref, 'expenses.proof.wording-unknown', {
          parameter,
        }),
        missing: [parameter],
      })
    }
    return out
  }

  if (claim.documents === true) {
    out.push({
      result: 'pass',
      reason: reason(EXPENSE_RULES.proof, 'pass', facts, wording.ref, 'expenses.proof.documents'),
      missing: [],
    })
  } else if (claim.euStructuralFundsFixedRate === true) {
    out.push({
      result: 'pass',
      reason: reason(EXPENSE_RULES.proof, 'pass', facts, wording.ref, 'expenses.proof.eu-fixed-rate'),
      missing: [],
    })
  } else if (claim.documents === false) {
    out.push({
      result: 'fail',
      reason: reason(EXPENSE_RULES.proof, 'fail', facts, wording.ref, 'expenses.proof.fail'),
      missing: [],
    })
  } else {
    out.push({
      result: 'unknown',
      reason: reason(EXPENSE_RULES.proof, 'unknown', facts, wording.ref, 'expenses.proof.unknown'),
      missing: [`claims[${index}].documents`],
    })
  }

  if (claim.kind === 'own-car') {
    if (claim.car === undefined) {
      const missing = [`claims[${index}].car`]
      out.push({
        result: 'unknown',
        reason: reason(EXPENSE_RULES.ownCar, 'unknown', facts, wording.ref, 'expenses.car.unknown', {
          missing: missing.join(', '),
        }),
        missing,
      })
    } else {
      const computed = ownCarFuelAmount(claim.car)
      const claimed = Money.parse(claim.amount)
      const capped = claimed.greaterThan(computed)
      const params = {
        km: claim.car.km,
        consumption: claim.car.consumptionPer100Km,
        price: claim.car.fuelPricePerLitre,
        computed: computed.toString(),
        claimed: claimed.toString(),
      }
      out.push({
        result: 'pass',
        reason: reason(
          EXPENSE_RULES.ownCar,
          capped ? 'capped' : 'pass',
          facts,
          wording.ref,
          capped ? 'expenses.car.capped' : 'expenses.car.pass',
          params,
        ),
        missing: [],
        cap: computed,
      })
    }
  }
  return out
}

function evaluateNew(claim: ExpenseClaim, index: number, activity: Activity, day: string): Evaluated[] {
  const facts = claimFacts(claim)
  const out: Evaluated[] = []
  // Unknown because `unread` (a provision of the new rules that was not read) decides it.
  const unknownWith = (
    ruleId: string,
    unread: ParameterDefinition<null>,
    key: string,
    extra: readonly string[] = [],
  ): Evaluated => {
    const parameter = missingParameter(unread.id)
    const { ref } = unread.timeline.at(day)
    return {
      result: 'unknown',
      reason: reason(ruleId, 'unknown', facts, ref, key, { parameter, kind: claim.kind }),
      missing: [parameter, ...extra],
    }
  }

  if (claim.advance === true) {
    out.push(unknownWith(EXPENSE_RULES.kind, advanceConditionsParameter, 'expenses.kind.advance.new-unknown'))
  } else if (claim.kind === 'per-diem') {
    out.push(unknownWith(EXPENSE_RULES.kind, perDiemRatesParameter, 'expenses.kind.per-diem.new-unknown'))
  } else if (claim.kind === 'own-car') {
    out.push(unknownWith(EXPENSE_RULES.ownCar, newGroundsParameter, 'expenses.car.new-unknown'))
  } else {
    const mealsMinHours = mealsMinHoursParameter.timeline.valueAt('2024-06-30')
    const ground = originalGround(claim, activity, mealsMinHours)
    if (ground.result === 'pass') {
      out.push({
        result: 'pass',
        reason: reason(EXPENSE_RULES.kind, 'pass', facts, refGovDescription('7'), 'expenses.kind.new.pass', {
          kind: claim.kind,
        }),
        missing: [],
      })
    } else {
      out.push(
        unknownWith(EXPENSE_RULES.kind, newGroundsParameter, 'expenses.kind.new.unknown', ground.missing),
      )
    }
  }

  if (claim.fixedRate === true || claim.euStructuralFundsFixedRate === true) {
    out.push(unknownWith(EXPENSE_RULES.proof, fixedRatesParameter, 'expenses.proof.fixed-rate-unknown'))
  } else if (claim.documents === true) {
    out.push({
      result: 'pass',
      reason: reason(EXPENSE_RULES.proof, 'pass', facts, refGovDescription('7'), 'expenses.proof.documents'),
      missing: [],
    })
  } else {
    out.push(
      unknownWith(
        EXPENSE_RULES.proof,
        newGroundsParameter,
        'expenses.proof.new-unknown',
        claim.documents === undefined ? [`claims[${index}].documents`] : [],
      ),
    )
  }
  return out
}

const NEW_FROM = '2024-07-01'

interface ClaimRules {
  /** The edition whose expense rules apply to the claim (`null`: undetermined). */
  readonly resolution: EditionResolution
  /** The day to read the rules' parameters on. */
  readonly day: string
}

/**
 * The expense rules in force on the day of the expense. Before 2024-07-01: order A1-330 (as amended by
 * A1-548). From 2024-07-01: the Government's rules, except that an agreement concluded before
 * 2024-07-01 and still within the transitional period keeps its own reimbursement terms, set under
 * A1-330 (a reading of the transitional rule; the reason says so).
 */
function claimRules(date: string, facts: EditionFacts): ClaimRules {
  const ruleFacts = {
    date,
    ...(facts.agreementConcludedOn ? { agreementConcludedOn: facts.agreementConcludedOn } : {}),
  }
  const rulesReason = (messageKey: string, ref: LegalRef, params: Record<string, string>): ReasonInput =>
    reason(EXPENSE_RULES.rulesInForce, 'pass', ruleFacts, ref, messageKey, params)
  if (date < NEW_FROM) {
    const resolution = resolveEdition({ asOf: date })
    return {
      resolution: {
        ...resolution,
        reasons: [...resolution.reasons, rulesReason('expenses.rules.original', refA1330('3'), { date })],
      },
      day: date,
    }
  }
  const terms = resolveAgreementTerms({ ...facts, asOf: date })
  if (terms.edition === null) return { resolution: terms, day: date }
  if (terms.edition.id === 'original') {
    return {
      resolution: {
        ...terms,
        reasons: [
          ...terms.reasons,
          rulesReason('expenses.rules.old-agreement', REF_NEW_TRANSITIONAL, {
            date,
            concludedOn: facts.agreementConcludedOn ?? '',
          }),
        ],
      },
      day: parameterDate(terms.edition, date),
    }
  }
  return {
    resolution: {
      ...terms,
      reasons: [...terms.reasons, rulesReason('expenses.rules.new', refGovDescription('7'), { date })],
    },
    day: date,
  }
}

function decideClaim(
  claim: ExpenseClaim,
  index: number,
  activity: Activity,
  facts: EditionFacts,
  lang: 'lt' | 'en',
): ClaimDecision {
  const { asOf } = facts
  const { resolution, day } = claimRules(claim.date ?? asOf, facts)
  const base = { decision: 'volunteering:reimbursable-expense', asOf, lang, edition: resolution.edition }
  const claimed = Money.parse(claim.amount)
  const head = {
    index,
    id: claim.id ?? null,
    date: claim.date ?? asOf,
    kind: claim.kind,
    claimed: claimed.toString(),
  }
  const edition: LawEdition | null = resolution.edition
  if (edition === null) {
    return { ...head, eligible: '0.00', outcome: 'unknown', decision: noEditionDecision(base, resolution) }
  }
  const evaluated =
    edition.id === 'original'
      ? evaluateOriginal(claim, index, activity, day)
      : evaluateNew(claim, index, activity, day)
  const truth: Truth = and3(...evaluated.map((e) => ({ outcome: e.result, missingFacts: e.missing })))
  const outcome = toOutcome(truth)
  const cap = evaluated.find((e) => e.cap !== undefined)?.cap
  const eligible = outcome === 'yes' ? (cap ? claimed.min(cap) : claimed) : Money.zero()
  const decision = decide({
    ...base,
    outcome,
    reasons: [...resolution.reasons, ...evaluated.map((e) => e.reason)],
    missingFacts: truth.missingFacts,
  })
  return { ...head, eligible: eligible.toString(), outcome, decision }
}

/**
 * Which expense claims are reimbursable, and the eligible total in exact money. Each claim is judged by
 * the expense rules in force on its `date` (default: `asOf`):
 *
 * - before 2024-07-01, the Minister's order A1-330: the agreement must set the reimbursement terms
 *   (point 3); travel (3.1), accommodation when the activity lasts longer than a day and/or takes place
 *   outside the volunteer's home locality (3.2), meals when it lasts at least 4 hours (3.3); proof by
 *   documents, or an EU structural-support fixed unit rate, and own-car fuel as km × consumption per
 *   100 km × fuel price rounded half-up to cents (point 4 as amended by A1-548); no per diems, no advances;
 * - from 2024-07-01, under an agreement concluded before 2024-07-01 (`agreementConcludedOn`) that is
 *   still running within the transitional period: the agreement's own terms, set under A1-330, as above
 *   (a reading of the transitional rule, which keeps such agreements valid unchanged; the reason says so);
 * - otherwise from 2024-07-01, the Government's rules, whose text was not read: a documented claim that
 *   meets one of the earlier grounds is eligible (the ministry states the new list is wider); per diems,
 *   advances, fixed rates, own-car fuel and anything else are `unknown` with the missing parameter.
 *
 * Each claim gets its own decision; `eligibleTotal` sums the eligible amounts of `'yes'` claims and never
 * exceeds `claimedTotal`. `input` and `options` may be raw or already parsed.
 *
 * @example
 * ```ts
 * import { reimbursableExpenses } from '@talka/volunteering'
 * const r = reimbursableExpenses(
 *   {
 *     claims: [
 *       { kind: 'travel', amount: '12.40', documents: true },
 *       { kind: 'meals', amount: '9.00', documents: true },
 *     ],
 *     activity: { agreementSetsReimbursement: true, hoursPerDay: 3 },
 *   },
 *   { asOf: '2024-06-30' },
 * )
 * r.eligibleTotal // '12.40' (meals need at least 4 hours)
 * ```
 */
export function reimbursableExpenses(
  input: ReimbursableExpensesInput | ParsedReimbursableExpensesInput,
  options: OptionsArgument,
): ReimbursableExpensesResult {
  const { claims, activity } = parser.ensure(input)
  const { asOf, lang, agreementConcludedOn, agreementEndsOn } = optionsParser.ensure(options)
  const facts: EditionFacts = { asOf, agreementConcludedOn, agreementEndsOn }
  const resolution = resolveEdition(facts)
  const decided = claims.map((claim, index) => decideClaim(claim, index, activity, facts, lang))

  const claimedTotal = Money.sum(decided.map((c) => c.claimed))
  const eligibleTotal = Money.sum(decided.map((c) => c.eligible))
  const unknownTotal = Money.sum(decided.filter((c) => c.outcome === 'unknown').map((c) => c.claimed))
  const outcome: ExpensesOutcome = decided.some((c) => c.outcome === 'unknown')
    ? 'unknown'
    : eligibleTotal.equals(claimedTotal)
      ? 'yes'
      : eligibleTotal.isZero()
        ? 'no'
        : 'partial'
  // A claim's summary cites the rule on its kind (or own-car fuel), the most specific provision applied.
  const claimRef = (c: ClaimDecision): LegalRef =>
    (
      c.decision.reasons.find((r) => r.ruleId === EXPENSE_RULES.kind) ??
      c.decision.reasons.find((r) => r.ruleId === EXPENSE_RULES.ownCar) ??
      c.decision.reasons[c.decision.reasons.length - 1]
    )?.ref ?? resolution.reasons[0]!.ref
  const decision = decide<ExpensesOutcome>({
    decision: 'volunteering:reimbursable-expenses',
    outcome,
    asOf,
    lang,
    edition: resolution.edition,
    reasons: [
      ...resolution.reasons,
      ...decided.map((c) => ({
        ruleId: EXPENSE_RULES.claim,
        result: c.outcome,
        facts: { index: c.index, id: c.id, kind: c.kind, claimed: c.claimed, eligible: c.eligible },
        ref: claimRef(c),
        messageKey: `expenses.claim.${c.outcome}.${c.kind}`,
        params: { index: c.index + 1, kind: c.kind, claimed: c.claimed, eligible: c.eligible },
      })),
    ],
    missingFacts: decided.flatMap((c) => [...c.decision.missingFacts]),
  })
  return {
    claims: decided,
    claimedTotal: claimedTotal.toString(),
    eligibleTotal: eligibleTotal.toString(),
    unknownTotal: unknownTotal.toString(),
    decision,
  }
}

/**
 * Input of {@link reimbursableExpenses}.
 *
 * @example
 * ```ts
 * import type { ReimbursableExpensesInput } from '@talka/volunteering'
 * const input: ReimbursableExpensesInput = { claims: [{ kind: 'meals', amount: '8.00', documents: true }], activity: { hoursPerDay: 6 } }
 * ```
 */
export type ReimbursableExpensesInput = z.input<typeof ReimbursableExpensesInputSchema>

/**
 * One expense claim as parsed.
 *
 * @example
 * ```ts
 * import type { ExpenseClaim } from '@talka/volunteering'
 * const claim: ExpenseClaim = { kind: 'own-car', amount: '20.00', documents: true, car: { km: '100', consumptionPer100Km: '6.5', fuelPricePerLitre: '1.60' } }
 * ```
 */
export type ExpenseClaim = z.output<typeof ClaimSchema>

/**
 * The input of {@link reimbursableExpenses} once parsed (by {@link parseReimbursableExpensesInput}).
 *
 * @example
 * ```ts
 * import { parseReimbursableExpensesInput, type ParsedReimbursableExpensesInput } from '@talka/volunteering'
 * const input: ParsedReimbursableExpensesInput = parseReimbursableExpensesInput({ claims: [{ kind: 'travel', amount: '3' }] })
 * ```
 */
export type ParsedReimbursableExpensesInput = Parsed<z.output<typeof ReimbursableExpensesInputSchema>>

const parser = /* @__PURE__ */ volunteeringParser(ReimbursableExpensesInputSchema)

/**
 * Parses the input of {@link reimbursableExpenses}; throws core's `ValidationError`.
 *
 * @example
 * ```ts
 * import { parseReimbursableExpensesInput } from '@talka/volunteering'
 * parseReimbursableExpensesInput({ claims: [{ kind: 'travel', amount: '3' }] }).activity // {}
 * ```
 */
export const parseReimbursableExpensesInput = parser.parse

/**
 * Like {@link parseReimbursableExpensesInput}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseReimbursableExpensesInput } from '@talka/volunteering'
 * safeParseReimbursableExpensesInput({ claims: [{ kind: 'travel', amount: 12.4 }] }).success // false: a float
 * ```
 */
export const safeParseReimbursableExpensesInput = parser.safeParse
