// The README's published-tables example, checked against the functions so that the README cannot rot.
import { readFileSync } from 'node:fs'
import { type CallInput, parseCall } from '@talka/calls'
import { describe, expect, it } from 'vitest'
import { exampleDistrictCall } from '../test/example-district-call.js'
import { checkPublishedRanking } from './index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('README: published tables', () => {
  const call = parseCall({
    ...exampleDistrictCall,
    evaluation: {
      passMark: exampleDistrictCall.evaluation.passMark,
      fundingOrder: { order: 'strict' },
      reserve: exampleDistrictCall.evaluation.reserve,
    },
  } satisfies CallInput)

  it('the audit example gives what the README says', () => {
    const report = checkPublishedRanking(call, {
      callId: 'example-district-2025',
      total: '5999.30',
      funded: [
        {
          no: 1,
          applicationNo: 'BO-1',
          organisation: 'Strūnos kaimo bendruomenė',
          project: 'Kibirkštys',
          average: '113.5',
          requested: '3000.00',
          granted: '3000.00',
        },
        {
          no: 2,
          applicationNo: 'BO-2',
          organisation: 'Trūdų bendruomenė',
          project: 'Vakaronė',
          average: '58.5',
          requested: '3200.00',
          granted: '3000.00',
        },
      ],
    })
    expect(report.findings.map((f) => f.code)).toEqual(['TOTAL_MISMATCH', 'BELOW_PASS_MARK'])
    expect(readme).toContain("report.findings.map((f) => f.code) // ['TOTAL_MISMATCH', 'BELOW_PASS_MARK']")
    expect(readme).toContain(`// '${report.findings[0]!.message.lt}'`)
    expect(report.findings[1]!.citation.ref.point).toBe('28')
    expect(readme).toContain("report.findings[1]?.citation.ref.point // '28'")
  })
})
