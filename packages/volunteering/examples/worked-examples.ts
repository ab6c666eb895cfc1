/**
 * Worked examples for the README: a community association asks the same questions on 2024-06-30
 * (original edition) and on 2024-07-01 (new edition). Run from the repository root:
 *
 *   node --conditions=@talka/source --import tsx packages/volunteering/examples/worked-examples.ts
 */
import { pathToFileURL } from 'node:url'
import type { Decision, LegalRef } from '@talka/core'
import {
  agreementRequirement,
  canHost,
  canVolunteer,
  classifyActivity,
  lawEdition,
  reimbursableExpenses,
} from '@talka/volunteering'

const lang = 'en' as const
const association = { legalForm: 'association', nonProfit: true, registeredIn: 'LT', ngo: true } as const

const lines: string[] = []
const log = (line = '') => lines.push(line)

/** A short citation: the act's number (or title), article/part/point, and how it was checked. */
export function citation(ref: LegalRef): string {
  const where = [
    ref.article && `art. ${ref.article}${ref.part ? `(${ref.part})` : ''}`,
    ref.point && `p. ${ref.point}`,
  ]
    .filter(Boolean)
    .join(' ')
  const act = ref.number ?? ref.title ?? ref.act
  return `${act}${where ? ` ${where}` : ''} [${ref.status ?? 'no status'}]`
}

function show(title: string, decision: Decision, extra = ''): void {
  log(`### ${title}`)
  log(`outcome: ${decision.outcome}${extra}  (ruleSet: ${decision.ruleSet?.id ?? 'none'})`)
  for (const r of decision.reasons) log(`- [${r.result}] ${r.message.text} — ${citation(r.ref)}`)
  if (decision.missingFacts.length) log(`missingFacts: ${decision.missingFacts.join(', ')}`)
  log()
}

/** The worked examples as text (the README shows this output; a test keeps them equal). */
export function workedExamples(): string {
  lines.length = 0
  for (const asOf of ['2024-06-30', '2024-07-01']) {
    askAll(asOf)
  }
  return lines.join('\n').trimEnd()
}

function askAll(asOf: string): void {
  log(`## asOf ${asOf} — edition: ${lawEdition(asOf).id}`)
  log()
  show('1a. May the association host volunteers?', canHost(association, { asOf, lang }))
  show(
    '1b. May it act as a coordinating organisation?',
    canHost(association, { asOf, lang, role: 'coordinating' }),
  )
  show(
    '2a. May Ona (born 2009-03-15, LT, parent does not object) volunteer?',
    canVolunteer(
      { birthDate: '2009-03-15', citizenship: 'LT', legalRepresentativeObjects: false },
      { asOf, lang },
    ),
  )
  show(
    '2b. May Jonas (born 2010-07-01, LT, parent does not object) volunteer?',
    canVolunteer(
      { birthDate: '2010-07-01', citizenship: 'LT', legalRepresentativeObjects: false },
      { asOf, lang },
    ),
  )
  show(
    '3. Must the agreement be written if travel and meals are reimbursed?',
    agreementRequirement({ expensesReimbursed: true, partyRequestsWritten: false }, { asOf, lang }),
  )
  const c = classifyActivity(
    {
      agreementFrom: asOf,
      agreementTo: asOf === '2024-06-30' ? '2024-09-29' : '2024-09-30',
      hours: 120,
      coordinated: true,
    },
    { asOf, lang },
  )
  show('4. A 92-day agreement, 120 hours coordinated: which class?', c.decision, ` → class ${c.class}`)
  const e = reimbursableExpenses(
    {
      claims: [
        { id: 'bus', kind: 'travel', amount: '12.40', documents: true },
        { id: 'lunch', kind: 'meals', amount: '9.00', documents: true },
        {
          id: 'car',
          kind: 'own-car',
          amount: '20.00',
          documents: true,
          car: { km: '123.5', consumptionPer100Km: '6.5', fuelPricePerLitre: '1.599' },
        },
        { id: 'per-diem', kind: 'per-diem', amount: '15.00' },
      ],
      activity: { agreementSetsReimbursement: true, hoursPerDay: 5 },
    },
    { asOf, lang },
  )
  show(
    '5. Which expenses are reimbursable?',
    e.decision,
    ` → eligible ${e.eligibleTotal} of ${e.claimedTotal} (undetermined ${e.unknownTotal})`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(workedExamples())
