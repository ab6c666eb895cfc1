import { BO_LAW_COUNCIL, KLAIPEDA_DISTRICT_BO_COUNCIL } from '../legal-refs.js'
import type { CouncilPlanReport } from '../schemas/council-plan-report.js'
import { error, type ReportRule, type RuleFinding, warning } from './rule.js'

const SCHEMA = 'council-plan-report.v1' as const

const rowNumbers: ReportRule<CouncilPlanReport> = {
  id: 'row-numbers',
  schema: SCHEMA,
  title: { lt: 'Eilės numeriai iš eilės nuo 1', en: 'Row numbers consecutive from 1' },
  description: {
    lt: 'Lentelės eilutės numeruojamos 1, 2, 3, … be pasikartojimų ir praleidimų: n-toji eilutė turi numerį n.',
    en: 'Table rows are numbered 1, 2, 3, … without repeats or gaps: the n-th row has number n.',
  },
  facts: ['rows[].no'],
  refs: [KLAIPEDA_DISTRICT_BO_COUNCIL],
  messages: {
    'row-numbers.pass': {
      lt: 'Eilutės sunumeruotos iš eilės nuo 1.',
      en: 'Rows are numbered consecutively from 1.',
    },
    'row-number-duplicate': {
      lt: 'Eil. Nr. {no} jau panaudotas ankstesnėje eilutėje; čia turėtų būti {expected}.',
      en: 'Row number {no} is already used by an earlier row; {expected} is expected here.',
    },
    'row-number-not-consecutive': {
      lt: 'Eil. Nr. turėtų būti {expected}, o nurodyta {no}: eilutės numeruojamos iš eilės nuo 1.',
      en: 'Row number should be {expected}, not {no}: rows are numbered consecutively from 1.',
    },
  },
  check(report) {
    const findings: RuleFinding[] = []
    const seen = new Set<number>()
    report.rows.forEach((row, index) => {
      const expected = index + 1
      if (row.no !== expected) {
        const code = seen.has(row.no) ? 'row-number-duplicate' : 'row-number-not-consecutive'
        findings.push(error(['rows', index, 'no'], code, { no: row.no, expected }))
      }
      seen.add(row.no)
    })
    return findings
  },
}

const reportYearInPlan: ReportRule<CouncilPlanReport> = {
  id: 'report-year-in-plan-period',
  schema: SCHEMA,
  title: { lt: 'Ataskaitos metai – plano laikotarpyje', en: 'Report year inside the plan period' },
  description: {
    lt: 'Plano laikotarpis eina nuo pirmųjų iki paskutiniųjų metų, o ataskaitos metai yra vieni iš jų (pvz., 2024 m. ataskaita apie 2023−2025 m. planą).',
    en: 'The plan period runs from its first to its last year, and the report year is one of them (e.g. the 2024 report on the 2023−2025 plan).',
  },
  facts: ['planPeriod.from', 'planPeriod.to', 'reportYear'],
  refs: [KLAIPEDA_DISTRICT_BO_COUNCIL, BO_LAW_COUNCIL],
  messages: {
    'report-year-in-plan-period.pass': {
      lt: 'Ataskaitos metai patenka į plano laikotarpį.',
      en: 'The report year is inside the plan period.',
    },
    'plan-period-reversed': {
      lt: 'Plano laikotarpio pabaiga ({to}) yra anksčiau nei pradžia ({from}).',
      en: 'The plan period ends ({to}) before it starts ({from}).',
    },
    'report-year-outside-plan': {
      lt: 'Ataskaitos metai {year} nepatenka į plano laikotarpį {from}–{to}.',
      en: 'Report year {year} is outside the plan period {from}–{to}.',
    },
  },
  check(report) {
    const { from, to } = report.planPeriod
    if (from > to) return [error(['planPeriod', 'to'], 'plan-period-reversed', { from, to })]
    if (report.reportYear < from || report.reportYear > to) {
      return [error(['reportYear'], 'report-year-outside-plan', { year: report.reportYear, from, to })]
    }
    return []
  },
}

const eventDatesInReportYear: ReportRule<CouncilPlanReport> = {
  id: 'event-dates-in-report-year',
  schema: SCHEMA,
  title: { lt: 'Įvykių datos ataskaitos metais', en: 'Event dates in the report year' },
  description: {
    lt: 'Įvykis, kurio data ne ataskaitos metais, pažymimas įspėjimu, bet ataskaita neatmetama: seed 003 2024 m. ataskaita 5 ir 6 eilutėse nurodo 2023 m. įvykius.',
    en: 'An event dated outside the report year gives a warning, never a rejection: the 2024 report of seed 003 reports 2023 events in rows 5 and 6.',
  },
  facts: ['reportYear', 'rows[].eventDates[]'],
  refs: [KLAIPEDA_DISTRICT_BO_COUNCIL],
  messages: {
    'event-dates-in-report-year.pass': {
      lt: 'Visos įvykių datos – ataskaitos metais.',
      en: 'Every event date is in the report year.',
    },
    'event-date-outside-report-year': {
      lt: 'Data {date} nepatenka į ataskaitos metus {year}.',
      en: 'Date {date} is outside the report year {year}.',
    },
  },
  check(report) {
    const findings: RuleFinding[] = []
    report.rows.forEach((row, index) => {
      row.eventDates?.forEach((date, d) => {
        if (Number(date.slice(0, 4)) !== report.reportYear) {
          findings.push(
            warning(['rows', index, 'eventDates', d], 'event-date-outside-report-year', {
              date,
              year: report.reportYear,
            }),
          )
        }
      })
    })
    return findings
  },
}

const indicatorValuesQuoted: ReportRule<CouncilPlanReport> = {
  id: 'indicator-values-quoted',
  schema: SCHEMA,
  title: { lt: 'Rodiklių reikšmės paimtos iš teksto', en: 'Indicator values come from the text' },
  description: {
    lt: 'Kiekviena struktūruota rodiklio reikšmė cituoja įvykdymo teksto žodžius, o citatoje skaitmenimis parašytas tas pats skaičius, todėl tekstas niekada neprarandamas ir nepakeičiamas.',
    en: 'Every structured indicator value quotes words of the fulfilment text, and the quote states the same number in digits, so the text is never lost or replaced.',
  },
  facts: ['rows[].fulfilment', 'rows[].indicatorValues[].quote', 'rows[].indicatorValues[].value'],
  refs: [KLAIPEDA_DISTRICT_BO_COUNCIL],
  messages: {
    'indicator-values-quoted.pass': {
      lt: 'Visos rodiklių reikšmės paimtos iš įvykdymo teksto.',
      en: 'Every indicator value is quoted from the fulfilment text.',
    },
    'quote-not-in-fulfilment': {
      lt: 'Citatos „{quote}“ nėra šios eilutės įvykdymo tekste.',
      en: 'The quote "{quote}" is not in the fulfilment text of this row.',
    },
    'value-not-in-quote': {
      lt: 'Citatoje „{quote}“ nėra skaičiaus {value}.',
      en: 'The quote "{quote}" does not state the number {value}.',
    },
  },
  check(report) {
    const findings: RuleFinding[] = []
    report.rows.forEach((row, index) => {
      row.indicatorValues?.forEach((value, v) => {
        const path = ['rows', index, 'indicatorValues', v] as const
        if (!row.fulfilment.includes(value.quote)) {
          findings.push(error([...path, 'quote'], 'quote-not-in-fulfilment', { quote: value.quote }))
        } else if (!new RegExp(`(^|\\D)${value.value}(\\D|$)`).test(value.quote)) {
          findings.push(
            error([...path, 'value'], 'value-not-in-quote', { quote: value.quote, value: value.value }),
          )
        }
      })
    })
    return findings
  },
}

/** The cross-field rules of `council-plan-report.v1`. */
export const councilPlanReportRules: readonly ReportRule<CouncilPlanReport>[] = [
  rowNumbers,
  reportYearInPlan,
  eventDatesInReportYear,
  indicatorValuesQuoted,
]
