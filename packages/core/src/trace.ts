import { z } from 'zod'
import { JsonValueSchema } from './json-value-schema.js'
import { type LegalRef, LegalRefSchema } from './legal-ref.js'
import { type Lang, type MessageCatalog, type MessageParams, renderMessage } from './messages.js'

/** The format tag of Talka decisions. @example `decision.format === TRACE_FORMAT` */
export const TRACE_FORMAT = 'trace.v1' as const

const MessageSchema = z.strictObject({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  text: z.string(),
})

/**
 * Zod schema of one reason in a {@link Decision}. Strict at every level: a stored or received reason
 * with a key nobody reads is refused, with the key's path.
 *
 * @example
 * ```ts
 * import { TraceReasonSchema } from '@talka/core'
 * TraceReasonSchema.shape.ruleId
 * ```
 */
export const TraceReasonSchema = z
  .strictObject({
    ruleId: z.string().meta({ description: 'Stable id of the rule that produced this reason' }),
    result: z
      .string()
      .meta({ description: "The rule's outcome: pass | fail | unknown, or a domain outcome" }),
    facts: z
      .record(z.string(), JsonValueSchema.optional())
      .meta({ description: 'The facts the rule read, as given (JSON values)' }),
    ref: LegalRefSchema,
    message: MessageSchema,
  })
  .meta({ id: 'TraceReason' })

/**
 * Zod schema of a trace.v1 {@link Decision}, for validating stored decisions, for the result schemas
 * of the packages and for OpenAPI. Strict at every level (reasons, messages, producer, rule set): it
 * describes exactly what `createDecision` builds, and an input that carries a trace (e.g. a formal-check
 * verdict) cannot smuggle extra keys through it.
 *
 * @example
 * ```ts
 * import { TraceV1Schema } from '@talka/core'
 * declare const json: unknown
 * const decision = TraceV1Schema.parse(json)
 * ```
 */
export const TraceV1Schema = z
  .strictObject({
    format: z.literal(TRACE_FORMAT),
    decision: z
      .string()
      .meta({ description: 'What was decided, e.g. "eligibility:ngo-fund-2023/applicant"' }),
    outcome: z.string(),
    asOf: z.string().meta({ description: 'The date the rules were applied as of (ISO)' }),
    lang: z.enum(['lt', 'en']),
    reasons: z.array(TraceReasonSchema),
    missingFacts: z.array(z.string()),
    producer: z.strictObject({ package: z.string(), version: z.string() }),
    ruleSet: z
      .strictObject({
        id: z.string(),
        version: z.string(),
        validFrom: z.string(),
        validTo: z.string().optional(),
      })
      .optional(),
  })
  .meta({ id: 'TraceV1', description: 'A decision with its reasons, legal references and missing facts' })

/**
 * The one strict schema of a trace.v1 decision, under the name the result schemas of the packages
 * use: the same object as {@link TraceV1Schema} (not a copy).
 *
 * @example
 * ```ts
 * import { TraceSchema, TraceV1Schema } from '@talka/core'
 * TraceSchema === TraceV1Schema // true
 * TraceSchema.safeParse({ format: 'trace.v1' }).success // false
 * ```
 */
export const TraceSchema: typeof TraceV1Schema = TraceV1Schema

/**
 * One reason of a decision: which rule, its result, the facts it read, the legal reference and a
 * rendered message (key and parameters kept, so the text can be re-rendered in another language).
 *
 * @example
 * ```ts
 * import type { TraceReason } from '@talka/core'
 * declare const r: TraceReason
 * `${r.ruleId}: ${r.result} — ${r.message.text}`
 * ```
 */
export type TraceReason = Omit<z.infer<typeof TraceReasonSchema>, 'facts'> & {
  // The schema says what crosses the wire (JSON values); in memory a rule may record any value it
  // read, and the type stays as open as it always was.
  facts: Record<string, unknown>
}

/**
 * A trace.v1 decision: the shared explanation format of every Talka package, the API and the docs.
 * Plain JSON: it survives `JSON.parse(JSON.stringify(d))`.
 *
 * @example
 * ```ts
 * import type { Decision } from '@talka/core'
 * declare const d: Decision<'eligible' | 'ineligible' | 'undetermined'>
 * if (d.outcome === 'undetermined') console.log(d.missingFacts)
 * ```
 */
export type Decision<O extends string = string> = Omit<
  z.infer<typeof TraceV1Schema>,
  'outcome' | 'reasons'
> & {
  readonly outcome: O
  reasons: TraceReason[]
}

/**
 * A reason before rendering: the message is a key and parameters.
 *
 * @example
 * ```ts
 * import type { ReasonInput } from '@talka/core'
 * const r: ReasonInput = { ruleId: 'A1', result: 'fail', facts: { communityOrganisation: false },
 *   ref: { act: 'Aprašas', point: '7', url: 'https://e-tar.lt/' }, messageKey: 'a1.fail', params: {} }
 * ```
 */
export interface ReasonInput {
  readonly ruleId: string
  readonly result: string
  readonly facts: Readonly<Record<string, unknown>>
  readonly ref: LegalRef
  readonly messageKey: string
  readonly params?: MessageParams | undefined
}

/**
 * Input of {@link createDecision}.
 *
 * @example
 * ```ts
 * import type { DecisionInput } from '@talka/core'
 * type EligibilityInput = DecisionInput<'eligible' | 'ineligible' | 'undetermined'>
 * ```
 */
export interface DecisionInput<O extends string> {
  readonly decision: string
  readonly outcome: O
  readonly asOf: string
  readonly lang: Lang
  readonly reasons: readonly ReasonInput[]
  readonly missingFacts?: readonly string[] | undefined
  readonly producer: { readonly package: string; readonly version: string }
  readonly ruleSet?: { id: string; version: string; validFrom: string; validTo?: string } | undefined
  readonly catalog: MessageCatalog
}

/**
 * Builds a trace.v1 decision, rendering each reason's message in `lang` from `catalog`.
 *
 * @example
 * ```ts
 * import { createDecision } from '@talka/core'
 * const catalog = { 'demo.ok': { lt: 'Tinka', en: 'Fits' } }
 * const d = createDecision({
 *   decision: 'demo', outcome: 'yes', asOf: '2025-01-10', lang: 'en', catalog,
 *   producer: { package: '@talka/demo', version: '0.0.0' },
 *   reasons: [{ ruleId: 'R1', result: 'pass', facts: {}, ref: { act: 'A', url: 'https://e-tar.lt/' }, messageKey: 'demo.ok' }],
 * })
 * d.reasons[0].message.text // 'Fits'
 * ```
 */
export function createDecision<O extends string>(input: DecisionInput<O>): Decision<O> {
  const decision: Decision<O> = {
    format: TRACE_FORMAT,
    decision: input.decision,
    outcome: input.outcome,
    asOf: input.asOf,
    lang: input.lang,
    reasons: input.reasons.map((reason) => {
      const params = reason.params ?? {}
      return {
        ruleId: reason.ruleId,
        result: reason.result,
        facts: { ...reason.facts },
        ref: reason.ref,
        message: {
          key: reason.messageKey,
          params: { ...params },
          text: renderMessage(input.catalog, reason.messageKey, params, input.lang),
        },
      }
    }),
    missingFacts: [...(input.missingFacts ?? [])],
    producer: { ...input.producer },
  }
  if (input.ruleSet) decision.ruleSet = { ...input.ruleSet }
  return decision
}

/**
 * The same decision with every message re-rendered in another language.
 *
 * @example
 * ```ts
 * import { renderDecision } from '@talka/core'
 * declare const d: import('@talka/core').Decision
 * declare const catalog: import('@talka/core').MessageCatalog
 * renderDecision(d, catalog, 'lt').reasons.map((r) => r.message.text)
 * ```
 */
export function renderDecision<O extends string>(
  decision: Decision<O>,
  catalog: MessageCatalog,
  lang: Lang,
): Decision<O> {
  return {
    ...decision,
    lang,
    reasons: decision.reasons.map((reason) => ({
      ...reason,
      message: {
        ...reason.message,
        text: renderMessage(catalog, reason.message.key, reason.message.params, lang),
      },
    })),
  }
}
