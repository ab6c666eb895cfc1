import { formatLegalRef, type Lang, parseWith, renderMessage, TraceV1Schema } from '@talka/core'
import { z } from 'zod'
import type { EligibilityVerdict } from './check.js'
import { eligibilityMessages, renderEligibilityMessage } from './messages.js'
import { ruleSets } from './rule-sets.js'

/**
 * Zod schema of the input of {@link explain}: a trace.v1 verdict and the language of the text.
 *
 * @example
 * ```ts
 * import { ExplainInputSchema } from '@talka/eligibility'
 * ExplainInputSchema.shape.lang.parse('en')
 * ```
 */
export const ExplainInputSchema = z
  .strictObject({ verdict: TraceV1Schema, lang: z.enum(['lt', 'en']) })
  .meta({ id: 'EligibilityExplainInput' })

const catalog: Record<string, { lt: string; en: string }> = eligibilityMessages

function textOf(reason: EligibilityVerdict['reasons'][number], lang: Lang): string {
  if (catalog[reason.message.key]) {
    try {
      return renderEligibilityMessage(reason.message.key, reason.message.params, lang)
    } catch {
      // A stored verdict from another version of the package may lack a parameter: keep its text.
    }
  }
  return reason.message.text
}

/**
 * Renders a verdict as a short text a municipal officer can paste into a letter: one line naming the
 * rule set and saying the outcome, then one line per failed or unknown rule with its reason and the provision of the act
 * (point, article), and the information still needed. Messages are re-rendered in `lang`, so a
 * verdict made in one language explains in the other. Throws core's `ValidationError` if `verdict`
 * is not a trace.v1 decision.
 *
 * @example
 * ```ts
 * import { checkEligibility, explain } from '@talka/eligibility'
 * import { calls } from '@talka/calls'
 * const verdict = checkEligibility('community-measure/applicant', { communityOrganisation: false },
 *   { asOf: '2024-03-20', call: calls['vilnius-2024'] })
 * explain(verdict, 'lt')
 * // Pareiškėjo tinkamumas pagal priemonę „Stiprinti bendruomeninę veiklą savivaldybėse“ (2024-03-20 dienai): paraiška neatitinka tinkamumo reikalavimų.
 * // – A1 (neatitinka): Pareiškėjas nėra bendruomeninė organizacija; … (Vilniaus miesto savivaldybės administracijos kvietimas …)
 * // – A2 (trūksta duomenų): …
 * ```
 */
export function explain(verdict: EligibilityVerdict, lang: Lang): string {
  parseWith(ExplainInputSchema, { verdict, lang })
  const id = verdict.ruleSet?.id ?? verdict.decision.replace(/^eligibility:/, '')
  const ruleSet = ruleSets.find((set) => set.id === id)?.title[lang] ?? id
  const failed = verdict.reasons.filter((r) => r.result === 'fail')
  const unknown = verdict.reasons.filter((r) => r.result === 'unknown')
  const header =
    failed.length > 0
      ? 'eligibility.explain.ineligible'
      : unknown.length > 0
        ? 'eligibility.explain.undetermined'
        : 'eligibility.explain.eligible'
  const lines = [
    renderMessage(
      eligibilityMessages,
      header,
      { ruleSet, asOf: verdict.asOf, count: verdict.reasons.length },
      lang,
    ),
  ]
  for (const reason of [...failed, ...unknown]) {
    lines.push(
      renderMessage(
        eligibilityMessages,
        reason.result === 'fail' ? 'eligibility.explain.fail' : 'eligibility.explain.unknown',
        { ruleId: reason.ruleId, text: textOf(reason, lang), ref: formatLegalRef(reason.ref, lang) },
        lang,
      ),
    )
  }
  if (verdict.missingFacts.length > 0) {
    const facts = verdict.missingFacts
      .map((name) => catalog[`eligibility.fact.${name}`]?.[lang] ?? name)
      .join('; ')
    lines.push(renderMessage(eligibilityMessages, 'eligibility.explain.missing', { facts }, lang))
  }
  return lines.join('\n')
}
