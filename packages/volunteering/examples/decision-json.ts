/**
 * Prints the full trace.v1 decision of the issue's `canVolunteer` example (Lithuanian, the default).
 *
 *   node --conditions=@talka/source --import tsx packages/volunteering/examples/decision-json.ts
 */
import { canVolunteer } from '@talka/volunteering'

const decision = canVolunteer(
  { birthDate: '2010-05-01', citizenship: 'LT', legalRepresentativeObjects: false },
  { asOf: '2025-01-10' },
)
console.log(
  JSON.stringify(
    {
      ...decision,
      reasons: decision.reasons.map((r) => ({ ...r, ref: { ...r.ref, note: r.ref.note ? '…' : undefined } })),
    },
    null,
    2,
  ),
)
