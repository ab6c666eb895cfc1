// The evaluation summary (suvestinė) as data, built from ranking rows in a given language. Internal.

import type { TraceReason } from '@talka/core'
import {
  EVALUATION_DECISIONS,
  type EvaluationDecision,
  type EvaluationSummary,
  type RankingRow,
  type SummaryRow,
} from './ranking-result.js'
import { reasonText } from './reasons.js'

const PLAIN_FUNDED = new Set(['evaluation.cutOff.funded', 'evaluation.cutOff.fundedCapped'])

const collator = new Intl.Collator('en', { numeric: true })

/** Builds the summary of `rows` with reason texts in `lang`. */
export function buildSummary(
  rows: readonly RankingRow[],
  meta: { readonly callName: string | null; readonly totals: EvaluationSummary['totals'] },
  lang: 'lt' | 'en',
): EvaluationSummary {
  const evaluators = new Set<string>()
  const counts = Object.fromEntries(EVALUATION_DECISIONS.map((d) => [d, 0])) as Record<
    EvaluationDecision,
    number
  >
  const summaryRows: SummaryRow[] = new Array(rows.length)
  // Rows share message objects (one per reserve-list reason, one per average below the pass mark): each
  // shared message is rendered once.
  const texts = new Map<TraceReason['message'], string>()
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!
    counts[row.decision]++
    const evaluatorTotals: Record<string, string> = {}
    for (const t of row.totals) {
      evaluators.add(t.evaluator)
      evaluatorTotals[t.evaluator] = t.total
    }
    let reason = ''
    for (const r of row.reasons) {
      if (PLAIN_FUNDED.has(r.message.key)) continue
      let text = texts.get(r.message)
      if (text === undefined) {
        text = reasonText(r, lang)
        texts.set(r.message, text)
      }
      reason = reason ? `${reason} ${text}` : text
    }
    summaryRows[i] = {
      registrationNumber: row.id,
      applicant: row.applicant,
      title: row.title,
      evaluatorTotals,
      average: row.averageDisplay,
      rank: row.rank,
      decision: row.decision,
      amount: row.amount,
      reason,
    }
  }
  return {
    callName: meta.callName,
    lang,
    evaluators: [...evaluators].sort(collator.compare),
    rows: summaryRows,
    totals: meta.totals,
    counts,
  }
}
