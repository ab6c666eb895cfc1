/**
 * The charts of the tools, drawn with Observable Plot (decision 0079). Each function returns a
 * drawing function for PlotFigure.vue, which loads Plot in the browser and passes its width.
 *
 * Bar lengths are the one place an amount becomes a float: a pixel position needs a number, and a
 * bar a hundredth of a pixel off is invisible. Every amount written on or under a chart is the
 * exact string, formatted by @talka/core.
 */
import { formatAmount, formatNumber } from '@talka/core'
import type { Lang } from '../../tools/i18n.js'

type PlotModule = typeof import('@observablehq/plot')

const BRAND = '#2f6f4f'
const RAISED = '#8a5a00'
const LINE = '#b3261e'
const GREY = '#6b6b6b'
const ROW = 28
/** Right margin on a phone: room for half of the last tick label ("10 000"), centred on the axis end. */
const NARROW_RIGHT = 28

/**
 * Width of the labels' margin: enough for the longest label, at most 40 % of the chart (longer
 * labels are cut with an ellipsis: Plot's `lineWidth` is in ems, 12 px here).
 */
function labelMargin(labels: readonly string[], width: number): number {
  const longest = labels.reduce((n, label) => Math.max(n, label.length), 0)
  return Math.round(Math.min(Math.max(longest * 7.4 + 16, 70), width * 0.4))
}

/** A tick label in the page's language (`12 000` / `12,000`), never a float's digits. */
/**
 * The y axis of a bar chart: one row per id, long names cut with an ellipsis to fit the margin (Plot
 * estimates text widths: 16 px of slack keep a Lithuanian name inside the SVG on a phone).
 */
function idAxis(Plot: PlotModule, marginLeft: number) {
  return Plot.axisY({ tickSize: 0, textOverflow: 'ellipsis', lineWidth: (marginLeft - 16) / 12, label: null })
}

/** Each bar's value written at its end; left out on a narrow screen, where the axis and summary say it. */
function valueLabels(Plot: PlotModule, data: readonly { label: string }[], narrow: boolean) {
  return narrow
    ? []
    : [
        Plot.text(data, {
          x: 'value',
          y: 'id',
          text: 'label',
          textAnchor: 'start',
          dx: 4,
          fill: 'currentColor',
        }),
      ]
}

const tick = (lang: Lang) => (value: number) => formatNumber(String(Math.round(value)), lang)

/** One recipient's bar. */
export interface AllocationBar {
  readonly id: string
  readonly amount: string
  readonly minimumApplied: boolean
}

/**
 * Bars of the amounts granted per recipient, largest first, with the amount every recipient is
 * sure to get (the minimum, or the fixed part) as a vertical line.
 */
export function drawAllocation(
  rows: readonly AllocationBar[],
  floor: { readonly label: string; readonly amount: string } | null,
  lang: Lang,
  text: { readonly raised: string; readonly split: string; readonly amount: string },
): (plot: PlotModule, width: number) => SVGElement | HTMLElement {
  const data = rows.map((r) => ({
    id: r.id,
    value: Number(r.amount),
    label: formatAmount(r.amount, lang),
    kind: r.minimumApplied ? text.raised : text.split,
  }))
  const anyRaised = data.some((d) => d.kind === text.raised)
  return (Plot, width) => {
    const narrow = width < 520
    const marginLeft = labelMargin(
      data.map((d) => d.id),
      width,
    )
    return Plot.plot({
      width,
      // Room above the bars for the guaranteed amount's label, below for the axis and its label.
      height: 30 + 44 + data.length * ROW,
      marginTop: 30,
      marginBottom: 44,
      marginLeft,
      marginRight: narrow ? NARROW_RIGHT : 96,
      style: { fontSize: '12px', background: 'transparent', color: 'currentColor' },
      x: {
        label: text.amount,
        labelAnchor: 'center',
        labelArrow: 'none',
        grid: true,
        tickFormat: tick(lang),
        ticks: narrow ? 3 : 6,
        nice: true,
      },
      y: { label: null, domain: data.map((d) => d.id) },
      color: {
        domain: anyRaised ? [text.split, text.raised] : [text.split],
        range: anyRaised ? [BRAND, RAISED] : [BRAND],
        legend: anyRaised,
      },
      marks: [
        idAxis(Plot, marginLeft),
        Plot.barX(data, { x: 'value', y: 'id', fill: 'kind', ariaDescription: 'amounts' }),
        ...valueLabels(Plot, data, narrow),
        ...(floor
          ? [
              Plot.ruleX([Number(floor.amount)], {
                stroke: LINE,
                strokeWidth: 2,
                strokeDasharray: '5,3',
                ariaDescription: 'minimum',
              }),
              Plot.text([floor], {
                x: () => Number(floor.amount),
                frameAnchor: 'top',
                text: () => `${floor.label} ${formatAmount(floor.amount, lang)}`,
                textAnchor: 'start',
                dx: 4,
                dy: -12,
                fill: LINE,
                fontWeight: 600,
              }),
            ]
          : []),
        Plot.ruleX([0]),
      ],
    })
  }
}

/** One ranked application's bar. */
export interface RankingBar {
  readonly id: string
  readonly average: string
  readonly decision: string
  readonly decisionCode: string
}

const DECISION_COLOURS: Readonly<Record<string, string>> = {
  funded: BRAND,
  reserve: RAISED,
  'not-funded': GREY,
}

/**
 * Bars of the applications' averages in rank order, with the pass mark as a vertical dashed line
 * and the funding line as a horizontal line under the last funded application.
 */
export function drawRanking(
  rows: readonly RankingBar[],
  passMark: string | null,
  lang: Lang,
  text: { readonly average: string; readonly passMark: string; readonly fundingLine: string },
): (plot: PlotModule, width: number) => SVGElement | HTMLElement {
  const data = rows.map((r) => ({
    id: r.id,
    value: Number(r.average),
    label: formatNumber(r.average, lang),
    decision: r.decision,
    code: r.decisionCode,
  }))
  const decisions = [...new Map(data.map((d) => [d.decision, d.code])).entries()]
  let lastFunded = -1
  data.forEach((d, i) => {
    if (d.code === 'funded') lastFunded = i
  })
  return (Plot, width) => {
    const narrow = width < 520
    const marginLeft = labelMargin(
      data.map((d) => d.id),
      width,
    )
    const marginTop = 28
    const marginBottom = 44
    const padding = 0.2
    const height = marginTop + marginBottom + data.length * ROW
    // A band scale of n bands with inner and outer padding p has a step of range / (n + p); the
    // funding line sits half a step under the centre of the last funded band.
    const step = (data.length * ROW) / (data.length + padding)
    return Plot.plot({
      width,
      height,
      marginTop,
      marginBottom,
      marginLeft,
      marginRight: narrow ? NARROW_RIGHT : 140,
      style: { fontSize: '12px', background: 'transparent', color: 'currentColor' },
      x: {
        label: text.average,
        labelAnchor: 'center',
        labelArrow: 'none',
        grid: true,
        tickFormat: tick(lang),
        ticks: narrow ? 4 : 8,
        nice: true,
      },
      y: { label: null, domain: data.map((d) => d.id), padding },
      color: {
        domain: decisions.map(([label]) => label),
        range: decisions.map(([, code]) => DECISION_COLOURS[code] ?? '#4a6fa5'),
        legend: true,
      },
      marks: [
        idAxis(Plot, marginLeft),
        Plot.barX(data, { x: 'value', y: 'id', fill: 'decision', ariaDescription: 'averages' }),
        ...valueLabels(Plot, data, narrow),
        ...(passMark !== null
          ? [
              Plot.ruleX([Number(passMark)], {
                stroke: LINE,
                strokeWidth: 2,
                strokeDasharray: '5,3',
                ariaDescription: 'pass-mark',
              }),
              Plot.text([passMark], {
                x: () => Number(passMark),
                frameAnchor: 'top',
                text: () => `${text.passMark} ${formatNumber(passMark, lang)}`,
                textAnchor: 'start',
                dx: 4,
                dy: -18,
                fill: LINE,
                fontWeight: 600,
              }),
            ]
          : []),
        ...(lastFunded >= 0 && lastFunded < data.length - 1
          ? [
              Plot.ruleY([data[lastFunded]!.id], {
                stroke: LINE,
                strokeWidth: 3,
                dy: step / 2,
                ariaDescription: 'funding-line',
              }),
              // The label sits in the right margin, clear of the bars and their values; a phone has
              // no room for it (the caption and the summary name the line).
              ...(narrow
                ? []
                : [
                    Plot.text([text.fundingLine], {
                      y: () => data[lastFunded]!.id,
                      frameAnchor: 'right',
                      text: (d: string) => d,
                      textAnchor: 'start',
                      dy: step / 2,
                      dx: 6,
                      fill: LINE,
                      fontWeight: 600,
                    }),
                  ]),
            ]
          : []),
        Plot.ruleX([0]),
      ],
    })
  }
}
