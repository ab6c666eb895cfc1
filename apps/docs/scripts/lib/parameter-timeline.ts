import {
  formatAmount,
  formatMessage,
  formatNumber,
  type Lang,
  type ParameterDescriptor,
  type ParameterValueLabels,
  parameterValueLabel,
  Temporal,
  tryParseCents,
} from '@talka/core'
import { t } from './i18n.js'
import { mdCode, mdText, toJson } from './markdown.js'

/** One dated value of a parameter as the catalog gives it. */
export type ParameterPeriod = ParameterDescriptor['values'][number]

/** Days of a timeline with no value: the day after one period ends to the day before the next starts. */
export interface TimelineGap {
  readonly from: string
  readonly to: string
}

/** The periods in date order and the gaps between them (never before the first or after the last). */
export function timelineGaps(values: readonly ParameterPeriod[]): TimelineGap[] {
  const sorted = [...values].sort((a, b) => Temporal.PlainDate.compare(a.from, b.from))
  const gaps: TimelineGap[] = []
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as ParameterPeriod
    const next = sorted[i] as ParameterPeriod
    if (prev.to === null) continue
    const after = Temporal.PlainDate.from(prev.to).add({ days: 1 })
    const start = Temporal.PlainDate.from(next.from)
    if (Temporal.PlainDate.compare(after, start) < 0) {
      gaps.push({ from: after.toString(), to: start.subtract({ days: 1 }).toString() })
    }
  }
  return gaps
}

/** The period in force on `date` (ISO), or `undefined`. */
export function periodOn(values: readonly ParameterPeriod[], date: string): ParameterPeriod | undefined {
  return values.find(
    (v) =>
      Temporal.PlainDate.compare(v.from, date) <= 0 &&
      (v.to === null || Temporal.PlainDate.compare(date, v.to) <= 0),
  )
}

/** Each gap as the page states it: "Tarpas: 2020-01-01–2020-12-31 — reikšmė nenustatyta". */
export function gapText(gap: TimelineGap, lang: Lang): string {
  return t('gap', lang, { from: gap.from, to: gap.to })
}

// Units the catalogs use, with the number forms of each language (core's plural syntax).
const UNIT_FORMS: Readonly<Record<string, { lt: string; en: string }>> = {
  years: {
    lt: '{n, plural, one {# metai} few {# metai} other {# metų}}',
    en: '{n, plural, one {# year} other {# years}}',
  },
  days: {
    lt: '{n, plural, one {# diena} few {# dienos} other {# dienų}}',
    en: '{n, plural, one {# day} other {# days}}',
  },
  hours: {
    lt: '{n, plural, one {# valanda} few {# valandos} other {# valandų}}',
    en: '{n, plural, one {# hour} other {# hours}}',
  },
}

function isPlainNumber(value: unknown): value is number | string {
  return (
    (typeof value === 'number' && Number.isSafeInteger(value)) ||
    (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
  )
}

/** A number with its unit, in words where the unit has forms (`14 metų`, `60 dienų`). */
function numberWithUnit(value: number | string, unit: string | undefined, lang: Lang): string {
  const forms = unit ? UNIT_FORMS[unit] : undefined
  if (forms && typeof value === 'number') return formatMessage(forms[lang], { n: value }, lang)
  return formatNumber(value, lang)
}

/**
 * The readable part of a value, or `undefined` when only the data can be shown: a coded value through
 * the parameter's own `valueLabels` (`gyventojų skaičius (deklaruota)` for `declared-residents`), an amount in euros
 * through core's `formatAmount` (`2 000 000,00 Eur`), a number through `formatNumber` (with its unit
 * in words where it has one), `null` as "not set", and an object holding one number named after
 * the unit (`{ years: 14 }`) as that number.
 */
export function readableValue(
  value: unknown,
  unit: string | undefined,
  lang: Lang,
  labels?: ParameterValueLabels,
): string | undefined {
  if (value === null) return t('valueNotSet', lang)
  const label = parameterValueLabel(value, labels, lang)
  if (label !== undefined) return label
  if (unit === 'EUR' && typeof value === 'string' && tryParseCents(value) !== undefined) {
    return formatAmount(value, lang)
  }
  if (isPlainNumber(value)) return numberWithUnit(value, unit, lang)
  if (unit && typeof value === 'object' && !Array.isArray(value)) {
    const own = (value as Record<string, unknown>)[unit]
    if (isPlainNumber(own)) return numberWithUnit(own, unit, lang)
  }
  return undefined
}

/**
 * A value for a page or table cell: its readable form, with the data itself in code after it when
 * the readable form leaves something out (an object, a code word).
 */
export function formatParameterValue(
  value: unknown,
  unit: string | undefined,
  lang: Lang,
  labels?: ParameterValueLabels,
): string {
  const readable = readableValue(value, unit, lang, labels)
  const plain = value === null || isPlainNumber(value) || (unit === 'EUR' && typeof value === 'string')
  if (readable !== undefined && plain) return mdText(readable)
  const data = mdCode(typeof value === 'string' ? value : toJson(value).replace(/\s*\n\s*/g, ' '))
  return readable === undefined ? data : `${mdText(readable)} (${data})`
}

/**
 * A small inline SVG of the timeline: one bar per period, a hatched bar per gap, years on the axis.
 * Cheap and static (no script); the table above it carries the same facts for screen readers.
 */
export function timelineSvg(
  values: readonly ParameterPeriod[],
  gaps: readonly TimelineGap[],
  today: string,
  lang: Lang,
): string {
  if (values.length === 0) return ''
  const day = (iso: string) => Temporal.PlainDate.from(iso).since('1970-01-01', { largestUnit: 'days' }).days
  const starts = values.map((v) => day(v.from))
  const first = Math.min(...starts)
  const open = values.some((v) => v.to === null)
  const ends = values.map((v) => day(v.to ?? today))
  const last = Math.max(...ends, open ? day(today) : 0)
  const span = Math.max(1, last - first + 1)
  const width = 640
  const x = (d: number) => Math.round(((d - first) / span) * (width - 20)) + 10
  const bars = values.map((v, i) => {
    const x0 = x(day(v.from))
    const x1 = Math.max(x0 + 2, x(day(v.to ?? today) + 1))
    return `<rect x="${x0}" y="8" width="${x1 - x0}" height="18" class="talka-tl-${i % 2 ? 'b' : 'a'}"><title>${v.from} – ${v.to ?? t('openEnded', lang)}</title></rect>`
  })
  const holes = gaps.map((g) => {
    const x0 = x(day(g.from))
    const x1 = Math.max(x0 + 2, x(day(g.to) + 1))
    return `<rect x="${x0}" y="8" width="${x1 - x0}" height="18" class="talka-tl-gap"><title>${gapText(g, lang)}</title></rect>`
  })
  const firstYear = Temporal.PlainDate.from(values.reduce((a, b) => (a.from < b.from ? a : b)).from).year
  const lastYear = Temporal.PlainDate.from('1970-01-01').add({ days: last }).year
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8))
  const ticks: string[] = []
  for (let year = firstYear; year <= lastYear; year += step) {
    const tx = x(day(`${year}-01-01`))
    if (tx < 10) continue
    ticks.push(
      `<line x1="${tx}" y1="28" x2="${tx}" y2="32" class="talka-tl-axis"/><text x="${tx}" y="44" text-anchor="middle">${year}</text>`,
    )
  }
  return [
    `<svg class="talka-timeline" viewBox="0 0 ${width} 50" width="100%" role="img" aria-label="${t('timeline', lang)}">`,
    ...bars,
    ...holes,
    ...ticks,
    '</svg>',
  ].join('')
}
