import {
  and3,
  type Decision,
  FAIL,
  type LegalRef,
  PASS,
  type Parsed,
  type Truth,
  unknownFrom,
} from '@talka/core'
import { z } from 'zod'
import { decide, type Evaluated, noEditionDecision, toOutcome } from './decide.js'
import { type LegalForm, LegalFormSchema, ORGANISER_FORMS } from './legal-form.js'
import {
  type CanHostOptions,
  canHostOptionsParser,
  type ParsedCanHostOptions,
  volunteeringParser,
} from './options.js'
import { resolveEdition } from './resolve-edition.js'
import { REF_NEW_ART_2_2, REF_NEW_ART_2_3, REF_ORIGINAL_ART_6_1 } from './sources.js'

/**
 * Rule ids of `canHost`, as they appear in `reasons[].ruleId` and the catalog.
 *
 * @example
 * ```ts
 * import { HOST_RULES } from '@talka/volunteering'
 * HOST_RULES.coordinating // 'volunteering.host.coordinating'
 * ```
 */
export const HOST_RULES = {
  host: 'volunteering.host.host',
  coordinating: 'volunteering.host.coordinating',
} as const

const LISTED_FORMS: ReadonlySet<LegalForm> = new Set<LegalForm>(ORGANISER_FORMS)

/**
 * Zod schema of the organisation `canHost` checks. Every fact is optional; missing facts make the
 * rule `unknown` and are listed in `missingFacts`.
 *
 * - `legalForm`: see {@link LegalFormSchema}.
 * - `nonProfit`: the organisation does not seek profit.
 * - `registeredIn`: ISO 3166-1 alpha-2 country of registration (`'LT'`).
 * - `operatesInLithuania`: for the new edition, whether it operates in Lithuania (implied by `registeredIn: 'LT'`).
 * - `ngo`: whether it is a non-governmental organisation (coordinating organisations, new edition).
 * - `profitDistributable`: whether its profit may be distributed to its participants (for `other-non-profit`).
 *
 * @example
 * ```ts
 * import { CanHostInputSchema } from '@talka/volunteering'
 * CanHostInputSchema.parse({ legalForm: 'association', nonProfit: true, registeredIn: 'LT' })
 * ```
 */
export const CanHostInputSchema = z
  .strictObject({
    legalForm: LegalFormSchema.optional(),
    nonProfit: z.boolean().optional(),
    registeredIn: z
      .string()
      .regex(/^[A-Z]{2}$/, { message: 'Expected an ISO 3166-1 alpha-2 code, e.g. "LT"' })
      .optional(),
    operatesInLithuania: z.boolean().optional(),
    ngo: z.boolean().optional(),
    profitDistributable: z.boolean().optional(),
  })
  .meta({
    id: 'volunteering.CanHostInput',
    description: 'The organisation that wants to host or coordinate volunteers',
  })

type Org = z.output<typeof CanHostInputSchema>

interface Check {
  readonly truth: Truth
  readonly failKey?: string
  readonly failParams?: Record<string, string>
}

const pass: Check = { truth: PASS }
const unknown = (...missing: string[]): Check => ({ truth: unknownFrom(...missing) })
const fail = (failKey: string, failParams: Record<string, string> = {}): Check => ({
  truth: FAIL,
  failKey,
  failParams,
})

function summarise(
  ruleId: string,
  ref: LegalRef,
  org: Org,
  checks: readonly Check[],
  passKey: string,
  unknownKey: string,
): Evaluated {
  const truth = and3(...checks.map((c) => c.truth))
  const result = truth.outcome
  const facts: Record<string, unknown> = { ...org }
  if (result === 'fail') {
    const failed = checks.find((c) => c.truth.outcome === 'fail')!
    return {
      truth,
      reason: { ruleId, result, facts, ref, messageKey: failed.failKey!, params: failed.failParams ?? {} },
    }
  }
  if (result === 'unknown') {
    return {
      truth,
      reason: {
        ruleId,
        result,
        facts,
        ref,
        messageKey: unknownKey,
        params: { missing: truth.missingFacts.join(', ') },
      },
    }
  }
  return { truth, reason: { ruleId, result, facts, ref, messageKey: passKey } }
}

function originalOrganiser(org: Org) {
  const form: Check =
    org.legalForm === undefined
      ? unknown('legalForm')
      : LISTED_FORMS.has(org.legalForm)
        ? pass
        : org.legalForm === 'other-non-profit'
          ? org.profitDistributable === false
            ? pass
            : org.profitDistributable === true
              ? fail('host.organiser.fail-non-profit')
              : unknown('profitDistributable')
          : fail('host.organiser.fail-form')
  const registered: Check =
    org.registeredIn === undefined
      ? unknown('registeredIn')
      : org.registeredIn === 'LT'
        ? pass
        : fail('host.organiser.fail-registered', { registeredIn: org.registeredIn })
  const nonProfit: Check =
    org.nonProfit === false
      ? fail('host.organiser.fail-non-profit')
      : org.nonProfit === true || (org.legalForm !== undefined && LISTED_FORMS.has(org.legalForm))
        ? pass
        : org.legalForm === 'company' || org.legalForm === 'other'
          ? pass // the form check already fails
          : unknown('nonProfit')
  return summarise(
    HOST_RULES.host,
    REF_ORIGINAL_ART_6_1,
    org,
    [form, registered, nonProfit],
    'host.organiser.pass',
    'host.organiser.unknown',
  )
}

function operatesInLithuania(org: Org): Check {
  if (org.registeredIn === 'LT' || org.operatesInLithuania === true) return pass
  if (org.operatesInLithuania === false) return fail('host.operates.fail')
  return unknown('operatesInLithuania')
}

function newHost(org: Org) {
  const nonProfitOrBranch: Check =
    org.legalForm === 'company'
      ? fail('host.host.fail-profit')
      : org.legalForm === 'international-organisation-branch'
        ? pass
        : org.nonProfit === false
          ? fail('host.host.fail-profit')
          : org.nonProfit === true ||
              (org.legalForm !== undefined &&
                (LISTED_FORMS.has(org.legalForm) || org.legalForm === 'other-non-profit'))
            ? pass
            : unknown('nonProfit')
  return summarise(
    HOST_RULES.host,
    REF_NEW_ART_2_3,
    org,
    [operatesInLithuania(org), nonProfitOrBranch],
    'host.host.pass',
    'host.host.unknown',
  )
}

function newCoordinating(org: Org) {
  const ngo: Check =
    org.ngo === true ? pass : org.ngo === false ? fail('host.coordinating.fail-ngo') : unknown('ngo')
  return summarise(
    HOST_RULES.coordinating,
    REF_NEW_ART_2_2,
    org,
    [operatesInLithuania(org), ngo],
    'host.coordinating.pass',
    'host.coordinating.unknown',
  )
}

/**
 * May this organisation host volunteers (`role: 'host'`, the default) or coordinate them
 * (`role: 'coordinating'`) on `asOf`, under the edition in force that day (see `resolveEdition`)?
 * Under the original edition a host is a volunteer organiser:
 * a non-profit legal person registered in Lithuania of a form listed in art. 6(1); there is no
 * coordinating role, so `'coordinating'` is `'no'`. Under the new edition a host organisation is a
 * non-profit legal person, or a branch or representation of an international organisation, operating
 * in Lithuania (art. 2(3)); a coordinating organisation is a non-governmental organisation operating in
 * Lithuania (art. 2(2)). Outcome `'yes'`, `'no'` or `'unknown'`. `input` and `options` may be raw or
 * already parsed ({@link parseCanHostInput}, `parseCanHostOptions`); only raw values are validated.
 *
 * @example
 * ```ts
 * import { canHost } from '@talka/volunteering'
 * const org = { legalForm: 'association', nonProfit: true, registeredIn: 'LT' } as const
 * canHost(org, { asOf: '2024-06-30', role: 'coordinating' }).outcome // 'no'
 * canHost({ ...org, ngo: true }, { asOf: '2024-07-01', role: 'coordinating' }).outcome // 'yes'
 * ```
 */
export function canHost(
  input: CanHostInput | ParsedCanHostInput,
  options: CanHostOptions | ParsedCanHostOptions,
): Decision<'yes' | 'no' | 'unknown'> {
  const org = parser.ensure(input)
  const { asOf, lang, role, agreementConcludedOn, agreementEndsOn } = canHostOptionsParser.ensure(options)
  const resolution = resolveEdition({ asOf, agreementConcludedOn, agreementEndsOn })
  const base = { decision: `volunteering:can-host/${role}`, asOf, lang, edition: resolution.edition }
  if (resolution.edition === null) return noEditionDecision(base, resolution)
  const evaluated: Evaluated =
    resolution.edition.id === 'original'
      ? role === 'host'
        ? originalOrganiser(org)
        : {
            truth: FAIL,
            reason: {
              ruleId: HOST_RULES.coordinating,
              result: 'fail',
              facts: { role },
              ref: REF_ORIGINAL_ART_6_1,
              messageKey: 'host.coordinating.original',
            },
          }
      : role === 'host'
        ? newHost(org)
        : newCoordinating(org)
  return decide({
    ...base,
    outcome: toOutcome(evaluated.truth),
    reasons: [...resolution.reasons, evaluated.reason],
    missingFacts: evaluated.truth.missingFacts,
  })
}

/**
 * Input of {@link canHost}.
 *
 * @example
 * ```ts
 * import type { CanHostInput } from '@talka/volunteering'
 * const org: CanHostInput = { legalForm: 'association', nonProfit: true, registeredIn: 'LT', ngo: true }
 * ```
 */
export type CanHostInput = z.input<typeof CanHostInputSchema>

/**
 * The input of {@link canHost} once parsed (by {@link parseCanHostInput}).
 *
 * @example
 * ```ts
 * import { parseCanHostInput, type ParsedCanHostInput } from '@talka/volunteering'
 * const org: ParsedCanHostInput = parseCanHostInput({ legalForm: 'association' })
 * ```
 */
export type ParsedCanHostInput = Parsed<z.output<typeof CanHostInputSchema>>

const parser = /* @__PURE__ */ volunteeringParser(CanHostInputSchema)

/**
 * Parses the input of {@link canHost}; throws core's `ValidationError`.
 *
 * @example
 * ```ts
 * import { parseCanHostInput } from '@talka/volunteering'
 * parseCanHostInput({ legalForm: 'association' }).legalForm // 'association'
 * ```
 */
export const parseCanHostInput = parser.parse

/**
 * Like {@link parseCanHostInput}, returning `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseCanHostInput } from '@talka/volunteering'
 * safeParseCanHostInput({ legalForm: 'club' }).success // false
 * ```
 */
export const safeParseCanHostInput = parser.safeParse
