import { Money, Temporal } from '@talka/core'
import { UNSPENT_RETURN, VILNIUS_2019_PROJECT_REPORTS, VILNIUS_2024_CALL } from '../legal-refs.js'
import type { ProjectActivityReport } from '../schemas/project-activity-report.js'
import { error, type ReportRule, type RuleFinding, warning } from './rule.js'

const SCHEMA = 'project-activity-report.v1' as const
const compare = (a: string, b: string) => Temporal.PlainDate.compare(a, b)

const activityDates: ReportRule<ProjectActivityReport> = {
  id: 'activity-dates-in-project-period',
  schema: SCHEMA,
  title: { lt: 'Veiklos – projekto laikotarpiu', en: 'Activities within the project period' },
  description: {
    lt: 'Projekto laikotarpis baigiasi ne anksčiau nei prasideda, o kiekviena veikla prasideda ir baigiasi projekto laikotarpiu.',
    en: 'The project period ends no earlier than it starts, and every activity starts and ends within it.',
  },
  facts: ['project.period.from', 'project.period.to', 'activities[].dateFrom', 'activities[].dateTo'],
  refs: [VILNIUS_2019_PROJECT_REPORTS],
  messages: {
    'activity-dates-in-project-period.pass': {
      lt: 'Visos veiklos vyko projekto laikotarpiu.',
      en: 'Every activity took place within the project period.',
    },
    'project-period-reversed': {
      lt: 'Projekto pabaiga {to} yra anksčiau nei pradžia {from}.',
      en: 'The project ends ({to}) before it starts ({from}).',
    },
    'activity-dates-reversed': {
      lt: 'Veiklos pabaiga {to} yra anksčiau nei pradžia {from}.',
      en: 'The activity ends ({to}) before it starts ({from}).',
    },
    'activity-outside-project-period': {
      lt: 'Data {date} nepatenka į projekto laikotarpį {from}–{to}.',
      en: 'Date {date} is outside the project period {from}–{to}.',
    },
  },
  check(report) {
    const { from, to } = report.project.period
    if (compare(from, to) > 0)
      return [error(['project', 'period', 'to'], 'project-period-reversed', { from, to })]
    const findings: RuleFinding[] = []
    const inside = (date: string) => compare(date, from) >= 0 && compare(date, to) <= 0
    report.activities.forEach((activity, index) => {
      if (!inside(activity.dateFrom)) {
        findings.push(
          error(['activities', index, 'dateFrom'], 'activity-outside-project-period', {
            date: activity.dateFrom,
            from,
            to,
          }),
        )
      }
      if (activity.dateTo === undefined) return
      if (compare(activity.dateTo, activity.dateFrom) < 0) {
        findings.push(
          error(['activities', index, 'dateTo'], 'activity-dates-reversed', {
            from: activity.dateFrom,
            to: activity.dateTo,
          }),
        )
      } else if (!inside(activity.dateTo)) {
        findings.push(
          error(['activities', index, 'dateTo'], 'activity-outside-project-period', {
            date: activity.dateTo,
            from,
            to,
          }),
        )
      }
    })
    return findings
  },
}

const actualWithinGranted: ReportRule<ProjectActivityReport> = {
  id: 'actual-within-granted',
  schema: SCHEMA,
  title: { lt: 'Panaudota ne daugiau nei skirta', en: 'Spent no more than granted' },
  description: {
    lt: 'Panaudotų lėšų suma negali viršyti skirtos sumos.',
    en: 'The total actually spent cannot exceed the amount granted.',
  },
  facts: ['project.grantedAmount', 'totals.actual'],
  refs: [VILNIUS_2019_PROJECT_REPORTS],
  messages: {
    'actual-within-granted.pass': {
      lt: 'Panaudota ne daugiau nei skirta.',
      en: 'No more was spent than granted.',
    },
    'actual-exceeds-granted': {
      lt: 'Panaudota {actual, amount}, o skirta tik {granted, amount}.',
      en: 'Spent {actual, amount}, but only {granted, amount} was granted.',
    },
  },
  check(report) {
    const granted = Money.parse(report.project.grantedAmount)
    const actual = Money.parse(report.totals.actual)
    return actual.greaterThan(granted)
      ? [
          error(['totals', 'actual'], 'actual-exceeds-granted', {
            actual: actual.toString(),
            granted: granted.toString(),
          }),
        ]
      : []
  },
}

const unspent: ReportRule<ProjectActivityReport> = {
  id: 'unspent-equals-granted-minus-actual',
  schema: SCHEMA,
  title: { lt: 'Nepanaudota suma = skirta − panaudota', en: 'Unspent = granted − actual' },
  description: {
    lt: 'Nepanaudota suma lygi skirtos ir panaudotos sumų skirtumui; teigiamą likutį reikia grąžinti (įspėjimas).',
    en: 'The unspent amount equals granted minus actual; a positive balance must be returned (warning).',
  },
  facts: ['project.grantedAmount', 'totals.actual', 'totals.unspent'],
  refs: [UNSPENT_RETURN],
  messages: {
    'unspent-equals-granted-minus-actual.pass': {
      lt: 'Nepanaudota suma lygi skirtos ir panaudotos sumų skirtumui.',
      en: 'The unspent amount equals granted minus actual.',
    },
    'unspent-mismatch': {
      lt: 'Nepanaudota suma turėtų būti {expected, amount} (skirta − panaudota), o nurodyta {unspent, amount}.',
      en: 'Unspent should be {expected, amount} (granted − actual), not {unspent, amount}.',
    },
    'unspent-to-return': {
      lt: 'Nepanaudotus {unspent, amount} reikia grąžinti.',
      en: 'The unspent {unspent, amount} must be returned.',
    },
  },
  check(report) {
    const granted = Money.parse(report.project.grantedAmount)
    const actual = Money.parse(report.totals.actual)
    // When more was spent than granted, actual-within-granted reports it; a negative balance cannot be stated.
    if (actual.greaterThan(granted)) return []
    const expected = granted.minus(actual)
    const stated = Money.parse(report.totals.unspent)
    if (!stated.equals(expected)) {
      return [
        error(['totals', 'unspent'], 'unspent-mismatch', {
          expected: expected.toString(),
          unspent: stated.toString(),
        }),
      ]
    }
    return expected.isZero()
      ? []
      : [warning(['totals', 'unspent'], 'unspent-to-return', { unspent: expected.toString() })]
  },
}

const lineSums: ReportRule<ProjectActivityReport> = {
  id: 'line-sums-equal-totals',
  schema: SCHEMA,
  title: { lt: 'Eilučių sumos lygios bendroms sumoms', en: 'Line sums equal the totals' },
  description: {
    lt: 'Išlaidų eilučių planuotų ir panaudotų sumų sumos lygios nurodytoms bendroms sumoms (tiksliai, centais).',
    en: 'The planned and actual amounts of the expense lines add up exactly (to the cent) to the stated totals.',
  },
  facts: ['expenses[].planned', 'expenses[].actual', 'totals.planned', 'totals.actual'],
  refs: [VILNIUS_2019_PROJECT_REPORTS],
  messages: {
    'line-sums-equal-totals.pass': {
      lt: 'Išlaidų eilučių sumos lygios bendroms sumoms.',
      en: 'The expense lines add up to the totals.',
    },
    'planned-total-mismatch': {
      lt: 'Planuotų sumų eilutėse suma yra {sum, amount}, o nurodyta {stated, amount}.',
      en: 'The planned amounts of the lines add up to {sum, amount}, but the total says {stated, amount}.',
    },
    'actual-total-mismatch': {
      lt: 'Panaudotų sumų eilutėse suma yra {sum, amount}, o nurodyta {stated, amount}.',
      en: 'The actual amounts of the lines add up to {sum, amount}, but the total says {stated, amount}.',
    },
  },
  check(report) {
    const findings: RuleFinding[] = []
    const planned = Money.sum(report.expenses.map((line) => line.planned))
    const actual = Money.sum(report.expenses.map((line) => line.actual))
    if (!planned.equals(report.totals.planned)) {
      findings.push(
        error(['totals', 'planned'], 'planned-total-mismatch', {
          sum: planned.toString(),
          stated: Money.parse(report.totals.planned).toString(),
        }),
      )
    }
    if (!actual.equals(report.totals.actual)) {
      findings.push(
        error(['totals', 'actual'], 'actual-total-mismatch', {
          sum: actual.toString(),
          stated: Money.parse(report.totals.actual).toString(),
        }),
      )
    }
    return findings
  },
}

const administrationCap: ReportRule<ProjectActivityReport> = {
  id: 'administration-within-cap',
  schema: SCHEMA,
  title: { lt: 'Administravimo išlaidos neviršija ribos', en: 'Administration within the cap' },
  description: {
    lt: 'Jei kvietimas nustato administravimo išlaidų ribą (dalį nuo skirtos sumos), panaudotos administravimo išlaidos jos neviršija. Klaida pažymima toje eilutėje, kurią pridėjus riba viršijama.',
    en: 'When the call caps administration costs (a share of the grant), the administration actually spent stays within it. The error marks the line that takes the sum over the cap.',
  },
  facts: ['project.administrationCap', 'project.grantedAmount', 'expenses[].category', 'expenses[].actual'],
  refs: [VILNIUS_2024_CALL, VILNIUS_2019_PROJECT_REPORTS],
  messages: {
    'administration-within-cap.pass': {
      lt: 'Administravimo išlaidos neviršija kvietimo ribos (arba riba nenurodyta).',
      en: "Administration stays within the call's cap (or no cap is stated).",
    },
    'administration-over-cap': {
      lt: 'Administravimo išlaidos ({sum, amount}) viršija ribą {limit, amount} ({share, number} skirtos sumos).',
      en: 'Administration costs ({sum, amount}) exceed the cap of {limit, amount} ({share} of the grant).',
    },
  },
  check(report) {
    const cap = report.project.administrationCap
    if (cap === undefined) return []
    const limit = Money.parse(report.project.grantedAmount).times(cap, 'down')
    let sum = Money.zero()
    for (const [index, line] of report.expenses.entries()) {
      if (line.category !== 'administration') continue
      sum = sum.plus(line.actual)
      if (sum.greaterThan(limit)) {
        return [
          error(['expenses', index, 'actual'], 'administration-over-cap', {
            sum: sum.toString(),
            limit: limit.toString(),
            share: cap,
          }),
        ]
      }
    }
    return []
  },
}

/** The cross-field rules of `project-activity-report.v1`. */
export const projectActivityReportRules: readonly ReportRule<ProjectActivityReport>[] = [
  activityDates,
  actualWithinGranted,
  unspent,
  lineSums,
  administrationCap,
]
