/**
 * An agreement concluded on 2023-09-01 (for two years, to 2025-08-31), asked about on 2024-06-30,
 * 2024-07-01 and 2025-01-10: must it be written, and which expenses incurred that day are reimbursed?
 * The README shows this output and a test keeps them equal. Run from the repository root:
 *
 *   node --conditions=@talka/source --import tsx packages/volunteering/examples/agreement-2023.ts
 */
import { pathToFileURL } from 'node:url'
import type { Decision } from '@talka/core'
import { agreementRequirement, canVolunteer, reimbursableExpenses } from '@talka/volunteering'
import { citation } from './worked-examples.js'

const lang = 'en' as const
const agreement = { agreementConcludedOn: '2023-09-01', agreementEndsOn: '2025-08-31' } as const

/** The decisions for the 2023 agreement as text. */
export function agreement2023Examples(): string {
  const lines: string[] = []
  const show = (title: string, decision: Decision, extra = '') => {
    lines.push(`### ${title}`)
    lines.push(`outcome: ${decision.outcome}${extra}  (ruleSet: ${decision.ruleSet?.id ?? 'none'})`)
    for (const r of decision.reasons) lines.push(`- [${r.result}] ${r.message.text} — ${citation(r.ref)}`)
    if (decision.missingFacts.length) lines.push(`missingFacts: ${decision.missingFacts.join(', ')}`)
    lines.push('')
  }
  for (const asOf of ['2024-06-30', '2024-07-01', '2025-01-10']) {
    const options = { asOf, lang, ...agreement }
    lines.push(`## ${asOf}`, '')
    show(
      'Must the agreement be written (expenses are reimbursed)?',
      agreementRequirement({ expensesReimbursed: true, partyRequestsWritten: false }, options),
    )
    show(
      'May the volunteer (born 2008-02-10, LT, parent does not object) volunteer?',
      canVolunteer(
        { birthDate: '2008-02-10', citizenship: 'LT', legalRepresentativeObjects: false },
        options,
      ),
    )
    const e = reimbursableExpenses(
      {
        claims: [
          { id: 'bus', kind: 'travel', amount: '12.40', documents: true, date: asOf },
          { id: 'per-diem', kind: 'per-diem', amount: '15.00', documents: true, date: asOf },
        ],
        activity: { agreementSetsReimbursement: true },
      },
      options,
    )
    for (const c of e.claims) {
      show(
        `Expense "${c.id}" of ${c.date} (${c.kind}, ${c.claimed})`,
        c.decision,
        ` → eligible ${c.eligible}`,
      )
    }
  }
  return lines.join('\n').trimEnd()
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(agreement2023Examples())
}
