import { Money, Temporal } from '@talka/core'
import { NGO_FUND_2023, NVO_VAIKAMS_PROJECT_PAGE } from '../legal-refs.js'
import { partialDateRange } from '../primitives.js'
import type { FundedProject } from '../schemas/funded-project.js'
import { error, type ReportRule, type RuleFinding } from './rule.js'

const SCHEMA = 'funded-project.v1' as const

const participants: ReportRule<FundedProject> = {
  id: 'participants-total',
  schema: SCHEMA,
  title: { lt: 'Dalyvių iš viso = vietoje + nuotoliu', en: 'Participants total = on site + online' },
  description: {
    lt: 'Kai nurodyti ir dalyviai vietoje, ir nuotoliu, jų suma lygi dalyvių skaičiui iš viso (pvz., 31 = 10 + 21); kai nurodyta tik viena dalis, ji neviršija viso skaičiaus. Netaikoma, kai skaičius – apatinė riba („daugiau nei“).',
    en: 'When both on-site and online participants are given they add up to the total (e.g. 31 = 10 + 21); a single part given never exceeds the total. Not applied when the total is a lower bound ("more than").',
  },
  facts: ['events[].participants.total', 'events[].participants.onSite', 'events[].participants.online'],
  refs: [NGO_FUND_2023],
  messages: {
    'participants-total.pass': { lt: 'Dalyvių skaičiai sutampa.', en: 'The participant counts agree.' },
    'participants-total-mismatch': {
      lt: 'Dalyvių iš viso {total, number}, bet vietoje {onSite, number} ir nuotoliu {online, number} kartu sudaro {sum, number}.',
      en: 'Total participants {total}, but {onSite} on site and {online} online make {sum}.',
    },
    'participants-part-exceeds-total': {
      lt: 'Dalis dalyvių ({part, number}) viršija dalyvių skaičių iš viso ({total, number}).',
      en: 'A part of the participants ({part}) exceeds the total ({total}).',
    },
  },
  check(project) {
    const findings: RuleFinding[] = []
    project.events.forEach((event, index) => {
      const p = event.participants
      if (!p || p.qualifier !== undefined) return
      const path = ['events', index, 'participants'] as const
      if (p.onSite !== undefined && p.online !== undefined) {
        const sum = p.onSite + p.online
        if (sum !== p.total) {
          findings.push(
            error([...path, 'total'], 'participants-total-mismatch', {
              total: p.total,
              onSite: p.onSite,
              online: p.online,
              sum,
            }),
          )
        }
        return
      }
      for (const key of ['onSite', 'online'] as const) {
        const part = p[key]
        if (part !== undefined && part > p.total) {
          findings.push(error([...path, key], 'participants-part-exceeds-total', { part, total: p.total }))
        }
      }
    })
    return findings
  },
}

const eventDates: ReportRule<FundedProject> = {
  id: 'event-dates-order',
  schema: SCHEMA,
  title: { lt: 'Renginio pabaiga ne anksčiau nei pradžia', en: 'An event ends no earlier than it starts' },
  description: {
    lt: 'Kelių dienų renginio paskutinė diena yra ne anksčiau nei pirmoji (pvz., 2023-05-31 – 2023-06-02).',
    en: 'The last day of an event of several days is no earlier than its first (e.g. 2023-05-31 to 2023-06-02).',
  },
  facts: ['events[].date', 'events[].dateTo'],
  refs: [NGO_FUND_2023],
  messages: {
    'event-dates-order.pass': { lt: 'Renginių datos nuoseklios.', en: 'The event dates are in order.' },
    'event-dates-reversed': {
      lt: 'Renginio pabaiga {to} yra anksčiau nei pradžia {from}.',
      en: 'The event ends ({to}) before it starts ({from}).',
    },
  },
  check(project) {
    const findings: RuleFinding[] = []
    project.events.forEach((event, index) => {
      if (event.dateTo === undefined) return
      const first = partialDateRange(event.date).first
      const last = partialDateRange(event.dateTo).last
      if (Temporal.PlainDate.compare(last, first) < 0) {
        findings.push(
          error(['events', index, 'dateTo'], 'event-dates-reversed', { from: event.date, to: event.dateTo }),
        )
      }
    })
    return findings
  },
}

const periods: ReportRule<FundedProject> = {
  id: 'periods-do-not-overlap',
  schema: SCHEMA,
  title: { lt: 'Laikotarpiai nepersidengia', en: 'Periods do not overlap' },
  description: {
    lt: 'Kiekvienas vykdymo laikotarpis baigiasi ne anksčiau nei prasideda, o pradinis laikotarpis ir pratęsimai nepersidengia (pvz., 2016 m. liepos–gruodžio mėn. ir 2017 m. vasario–gruodžio mėn.).',
    en: 'Every period of implementation ends no earlier than it starts, and the original period and its extensions do not overlap (e.g. July–December 2016 and February–December 2017).',
  },
  facts: ['periods[].from', 'periods[].to'],
  refs: [NVO_VAIKAMS_PROJECT_PAGE],
  messages: {
    'periods-do-not-overlap.pass': {
      lt: 'Vykdymo laikotarpiai nepersidengia.',
      en: 'The periods of implementation do not overlap.',
    },
    'period-reversed': {
      lt: 'Laikotarpio pabaiga {to} yra anksčiau nei pradžia {from}.',
      en: 'The period ends ({to}) before it starts ({from}).',
    },
    'periods-overlap': {
      lt: 'Laikotarpis {from}–{to} persidengia su {other}-uoju laikotarpiu.',
      en: 'The period {from}–{to} overlaps period no. {other}.',
    },
  },
  check(project) {
    const findings: RuleFinding[] = []
    const ranges: { first: Temporal.PlainDate; last: Temporal.PlainDate; index: number }[] = []
    project.periods.forEach((period, index) => {
      const first = partialDateRange(period.from).first
      const last = partialDateRange(period.to).last
      if (Temporal.PlainDate.compare(last, first) < 0) {
        findings.push(
          error(['periods', index, 'to'], 'period-reversed', { from: period.from, to: period.to }),
        )
        return
      }
      const other = ranges.find(
        (r) =>
          Temporal.PlainDate.compare(first, r.last) <= 0 && Temporal.PlainDate.compare(r.first, last) <= 0,
      )
      if (other) {
        findings.push(
          error(['periods', index, 'from'], 'periods-overlap', {
            from: period.from,
            to: period.to,
            other: other.index + 1,
          }),
        )
      }
      ranges.push({ first, last, index })
    })
    return findings
  },
}

const yearlyAmounts: ReportRule<FundedProject> = {
  id: 'yearly-amounts-sum-to-total',
  schema: SCHEMA,
  title: { lt: 'Metinės sumos sudaro bendrą sumą', en: 'Yearly amounts add up to the total' },
  description: {
    lt: 'Kiekvieni metai nurodomi vieną kartą, o metinių sumų suma lygi nurodytai bendrai sumai (tiksliai, centais).',
    en: 'Each year appears once, and the yearly amounts add up exactly (to the cent) to the stated total.',
  },
  facts: ['amounts[].year', 'amounts[].amount', 'totalAmount'],
  refs: [NVO_VAIKAMS_PROJECT_PAGE, NGO_FUND_2023],
  messages: {
    'yearly-amounts-sum-to-total.pass': {
      lt: 'Metinės sumos nepasikartoja ir sudaro bendrą sumą.',
      en: 'Each year appears once and the yearly amounts add up to the total.',
    },
    'amount-year-duplicate': {
      lt: '{year} m. suma jau nurodyta ankstesnėje eilutėje.',
      en: 'An amount for {year} is already given in an earlier entry.',
    },
    'total-amount-mismatch': {
      lt: 'Metinių sumų suma yra {sum, amount}, o bendra suma nurodyta {stated, amount}.',
      en: 'The yearly amounts add up to {sum, amount}, but the total says {stated, amount}.',
    },
  },
  check(project) {
    const findings: RuleFinding[] = []
    const years = new Set<number>()
    project.amounts.forEach((entry, index) => {
      if (years.has(entry.year))
        findings.push(error(['amounts', index, 'year'], 'amount-year-duplicate', { year: entry.year }))
      years.add(entry.year)
    })
    if (project.totalAmount !== undefined) {
      const sum = Money.sum(project.amounts.map((entry) => entry.amount))
      if (!sum.equals(project.totalAmount)) {
        findings.push(
          error(['totalAmount'], 'total-amount-mismatch', {
            sum: sum.toString(),
            stated: Money.parse(project.totalAmount).toString(),
          }),
        )
      }
    }
    return findings
  },
}

/** The cross-field rules of `funded-project.v1`. */
export const fundedProjectRules: readonly ReportRule<FundedProject>[] = [
  participants,
  eventDates,
  periods,
  yearlyAmounts,
]
