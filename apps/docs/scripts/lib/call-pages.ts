import {
  type Call,
  type CallCitation,
  type CallDescriptor,
  type CallFieldPath,
  type CallPolicy,
  type CitationScope,
  callFieldLabels,
  citationFor,
  missingPolicies,
} from '@talka/calls'
import { formatAmount, formatNumber, formatScaled, type Lang, parseScaledDecimal } from '@talka/core'
import { eligibilityMessages } from '@talka/eligibility'
import { citationCellWithQuote, citationItem } from './citation.js'
import { CALL_PAGE_TEXT, fillPlaceholders, LOCALES, t } from './i18n.js'
import { frontmatter, mdCell, mdCode, mdTable, mdText } from './markdown.js'
import type { Page, ReferencePageInfo } from './rule-pages.js'

/** Where the call pages live (under `rules/` so the sidebar and the site's HTML rules treat them as ours). */
export const CALL_PAGES_DIR = 'rules/calls'

/** Where each call's JSON is published (a static file of the site). */
export const callJsonPath = (id: string): string => `/calls/${id}.json`

const s = (key: keyof typeof CALL_PAGE_TEXT, lang: Lang, params: Readonly<Record<string, string>> = {}) =>
  fillPlaceholders(CALL_PAGE_TEXT[key][lang], params)

const label = (path: CallFieldPath, lang: Lang) => callFieldLabels[path].label[lang]

/** The lt/en label of a fixed value of a field, or the value in code when it has none. */
function valueLabel(path: CallFieldPath, value: string, lang: Lang): string {
  const values = (callFieldLabels[path] as { values?: Readonly<Record<string, { lt: string; en: string }>> })
    .values
  const found = values?.[value]?.[lang]
  return found ? mdText(found) : mdCode(value)
}

const messages = eligibilityMessages as Readonly<Record<string, { lt: string; en: string }>>

/** An activity area or cost category in words (eligibility's labels), or its code when unknown. */
function codeLabel(kind: 'activityArea' | 'costCategory', code: string, lang: Lang): string {
  const found = messages[`eligibility.${kind}.${code}`]?.[lang]
  return found ? mdText(found) : mdCode(code)
}

const amount = (value: string, lang: Lang) => mdText(formatAmount(value, lang))
const yesNo = (value: boolean, lang: Lang) => t(value ? 'yes' : 'no', lang)

/** A share `"0.2"` as `20 %` (exact: the coefficient times 100 at the same scale). */
function percent(share: string, lang: Lang): string {
  const parsed = parseScaledDecimal(share)
  if (!parsed) return mdCode(share)
  return s('percent', lang, { n: formatNumber(formatScaled(parsed.coefficient * 100n, parsed.scale), lang) })
}

function sourceText(citation: CallCitation, lang: Lang): string {
  if (citation.source === 'call') return s('sourceCall', lang)
  return s(citation.source === 'ministry-model' ? 'sourceMinistry' : 'sourceLaw', lang)
}

/** One row of the parts table. */
interface PartRow {
  readonly label: string
  readonly value: string
  readonly citation: CallCitation
}

function row(
  call: Call,
  policy: CallPolicy,
  text: string,
  value: string | undefined,
  lang: Lang,
  scope: CitationScope = {},
): PartRow {
  return {
    label: text,
    value: value ?? `*${s('notStated', lang)}*`,
    citation: citationFor(call, policy, scope),
  }
}

function tiesText(call: Call, lang: Lang): string | undefined {
  const ties = call.evaluation?.tiesAtBudgetLine
  if (ties === undefined) return undefined
  if (typeof ties === 'string') return valueLabel('evaluation.tiesAtBudgetLine', ties, lang)
  if ('lot' in ties) return mdText(s('lot', lang, { seed: ties.lot.seed }))
  return ties.keys
    .map((key) => {
      if (typeof key !== 'string') return mdText(s('lot', lang, { seed: key.lot.seed }))
      if (key === 'submittedAt') return valueLabel('evaluation.tiesAtBudgetLine.keys[]', key, lang)
      const id = key.slice('criterion:'.length)
      const criterion = call.evaluation?.criteria?.find((c) => c.id === id)
      return mdText(s('criterionKey', lang, { title: criterion?.title[lang] ?? id }))
    })
    .join('; ')
}

/** The parts of a call in document order, each with the value it states and its citation. */
export function callParts(call: Call, lang: Lang): PartRow[] {
  const rows: PartRow[] = []
  const { dates, budget, amounts, applicants, activities, costs, evaluation } = call
  const period = (from?: string, until?: string) =>
    from || until
      ? [from ? `${s('from', lang)} ${from}` : '', until ? `${s('until', lang)} ${until}` : '']
          .filter(Boolean)
          .join(' ')
      : undefined
  rows.push(
    row(
      call,
      'dates',
      label('dates.submissionFrom', lang).replace(/ nuo$| from$/, ''),
      dates
        ? (period(dates.submissionFrom, dates.submissionUntil) ??
            (dates.announced ? `${label('dates.announced', lang)}: ${dates.announced}` : undefined))
        : undefined,
      lang,
    ),
  )
  if (budget?.kind === 'envelopes') {
    for (const envelope of budget.envelopes) {
      const parts = [
        `${label('budget.envelopes[].amount', lang)}: ${amount(envelope.amount, lang)}`,
        `${label('budget.envelopes[].minPerProject', lang)}: ${amount(envelope.minPerProject, lang)}`,
        `${label('budget.envelopes[].maxPerProject', lang)}: ${amount(envelope.maxPerProject, lang)}`,
      ]
      if (envelope.activityAreas) {
        parts.push(
          `${label('budget.envelopes[].activityAreas', lang)}: ${envelope.activityAreas.map((a) => codeLabel('activityArea', a, lang)).join(', ')}`,
        )
      }
      rows.push(
        row(
          call,
          'budget',
          `${label('budget.envelopes', lang)}: ${mdText(envelope.name[lang])}`,
          parts.join('<br>'),
          lang,
          { envelope: envelope.id },
        ),
      )
    }
    rows.push(
      row(
        call,
        'unspent',
        label('budget.unspent', lang),
        budget.unspent ? valueLabel('budget.unspent', budget.unspent, lang) : undefined,
        lang,
      ),
    )
  } else {
    rows.push(
      row(
        call,
        'budget',
        label('budget.amount', lang),
        budget ? amount(budget.amount, lang) : undefined,
        lang,
      ),
    )
  }
  if (budget?.kind !== 'envelopes') {
    const range = [
      amounts?.minPerProject
        ? `${label('amounts.minPerProject', lang)}: ${amount(amounts.minPerProject, lang)}`
        : '',
      amounts?.maxPerProject
        ? `${label('amounts.maxPerProject', lang)}: ${amount(amounts.maxPerProject, lang)}`
        : '',
    ].filter(Boolean)
    rows.push(
      row(call, 'amounts', label('amounts', lang), range.length ? range.join('<br>') : undefined, lang),
    )
  }
  rows.push(
    row(
      call,
      'overMaximum',
      label('amounts.overMaximum', lang),
      amounts?.overMaximum ? valueLabel('amounts.overMaximum', amounts.overMaximum, lang) : undefined,
      lang,
    ),
  )
  rows.push(
    row(
      call,
      'applicants',
      label('applicants.admitted', lang),
      applicants
        ? [
            valueLabel('applicants.admitted', applicants.admitted, lang),
            applicants.requireNgoMark === undefined
              ? ''
              : `${label('applicants.requireNgoMark', lang)}: ${yesNo(applicants.requireNgoMark, lang)}`,
          ]
            .filter(Boolean)
            .join('<br>')
        : undefined,
      lang,
    ),
  )
  rows.push(
    row(
      call,
      'activities',
      label('activities.areas', lang),
      activities ? activities.areas.map((a) => codeLabel('activityArea', a, lang)).join(', ') : undefined,
      lang,
    ),
  )
  if (costs?.caps?.length) {
    for (const cap of costs.caps) {
      const limits = [
        cap.maxShare ? percent(cap.maxShare, lang) : '',
        cap.maxAmount ? amount(cap.maxAmount, lang) : '',
      ]
        .filter(Boolean)
        .join(', ')
      rows.push(
        row(
          call,
          'costs',
          `${label('costs.caps', lang)}: ${codeLabel('costCategory', cap.category, lang)}`,
          limits,
          lang,
          { category: cap.category },
        ),
      )
    }
  } else {
    const listed = [
      costs?.eligibleCategories
        ? `${label('costs.eligibleCategories', lang)}: ${costs.eligibleCategories.map((c) => codeLabel('costCategory', c, lang)).join(', ')}`
        : '',
      costs?.ineligibleCategories
        ? `${label('costs.ineligibleCategories', lang)}: ${costs.ineligibleCategories.map((c) => codeLabel('costCategory', c, lang)).join(', ')}`
        : '',
      costs?.activityPeriod
        ? `${label('costs.activityPeriod', lang)}: ${costs.activityPeriod.from}–${costs.activityPeriod.until}`
        : '',
    ].filter(Boolean)
    rows.push(row(call, 'costs', label('costs', lang), listed.length ? listed.join('<br>') : undefined, lang))
  }
  if (evaluation?.criteria) {
    for (const c of evaluation.criteria) {
      const parts = [
        `${s('range', lang)}: ${formatNumber(String(c.min), lang)}–${formatNumber(String(c.max), lang)}`,
        `${s('weight', lang)}: ${formatNumber(c.weight, lang)}`,
        c.minimumScore === undefined
          ? ''
          : `${s('minimumScore', lang)}: ${formatNumber(String(c.minimumScore), lang)}`,
      ].filter(Boolean)
      rows.push(
        row(call, 'scoring', `${s('criterion', lang)}: ${mdText(c.title[lang])}`, parts.join('<br>'), lang, {
          criterion: c.id,
        }),
      )
    }
  } else {
    rows.push(row(call, 'scoring', label('evaluation.criteria', lang), undefined, lang))
  }
  rows.push(
    row(
      call,
      'passMark',
      label('evaluation.passMark', lang),
      evaluation?.passMark ? formatNumber(String(evaluation.passMark.score), lang) : undefined,
      lang,
    ),
  )
  const divergence = evaluation?.divergence
  rows.push(
    row(
      call,
      'divergence',
      label('evaluation.divergence', lang),
      divergence
        ? [
            `${label('evaluation.divergence.maxDifference', lang)}: ${formatNumber(divergence.maxDifference, lang)} (${valueLabel('evaluation.divergence.unit', divergence.unit, lang)})`,
            `${label('evaluation.divergence.resolve', lang)}: ${valueLabel('evaluation.divergence.resolve', divergence.resolve, lang)}`,
            `${label('evaluation.divergence.initialEvaluators', lang)}: ${divergence.initialEvaluators}`,
          ].join('<br>')
        : undefined,
      lang,
    ),
  )
  rows.push(
    row(call, 'tiesAtBudgetLine', label('evaluation.tiesAtBudgetLine', lang), tiesText(call, lang), lang),
  )
  rows.push(
    row(
      call,
      'fundingOrder',
      label('evaluation.fundingOrder', lang),
      evaluation?.fundingOrder
        ? valueLabel('evaluation.fundingOrder.order', evaluation.fundingOrder.order, lang)
        : undefined,
      lang,
    ),
  )
  rows.push(
    row(
      call,
      'lastProject',
      label('evaluation.lastProject', lang),
      evaluation?.lastProject
        ? valueLabel('evaluation.lastProject.policy', evaluation.lastProject.policy, lang)
        : undefined,
      lang,
    ),
  )
  const reserve = evaluation?.reserve
  rows.push(
    row(
      call,
      'reserve',
      label('evaluation.reserve', lang),
      reserve
        ? `${label('evaluation.reserve.list', lang)}: ${yesNo(reserve.list, lang)}<br>${label('evaluation.reserve.proposedAmount', lang)}: ${yesNo(reserve.proposedAmount, lang)}`
        : undefined,
      lang,
    ),
  )
  return rows
}

function sourceMark(citation: CallCitation, lang: Lang): string {
  return `<span class="talka-cite-source talka-cite-${citation.source}">${mdText(sourceText(citation, lang))}</span>`
}

/** The page of one call in one language. */
export function renderCallPage(call: Call, lang: Lang): string {
  const model = valueLabel('model', call.model, lang)
  const meta = [
    `**${mdText(label('id', lang))}:** ${mdCode(call.id)}  `,
    `**${s('municipality', lang)}:** ${mdText(call.municipality.name)}  `,
    ...(call.eldership ? [`**${mdText(label('eldership', lang))}:** ${mdText(call.eldership)}  `] : []),
    `**${mdText(label('year', lang))}:** ${call.year}  `,
    `**${mdText(label('model', lang))}:** ${model}  `,
  ]
  const parts = callParts(call, lang)
  const missing = missingPolicies(call)
  const usedBy = (u: readonly string[]) =>
    u.map((x) => s(x === 'eligibility' ? 'usedByEligibility' : 'usedByEvaluation', lang)).join(', ')
  const out = [
    frontmatter({ title: call.name[lang], outline: [2, 3] }),
    `# ${mdText(call.name[lang])}`,
    `<div class="talka-meta">\n\n${meta.join('\n')}\n\n</div>`,
    `## ${mdText(label('ref', lang))}\n\n${citationItem(call.ref, lang)}`,
    `## ${s('parts', lang)}\n\n${mdTable(
      [s('part', lang), s('value', lang), s('citation', lang), s('source', lang)],
      parts.map((p) => [
        p.label,
        p.value,
        citationCellWithQuote(p.citation.ref, lang),
        sourceMark(p.citation, lang),
      ]),
    )}`,
    `## ${s('missing', lang)}\n\n${
      missing.length
        ? `${s('missingIntro', lang)}\n\n${mdTable(
            [s('part', lang), s('usedBy', lang), s('citation', lang)],
            missing.map((m) => {
              const c = citationFor(call, m.policy)
              return [
                `<span class="talka-missing">${mdCell(m.label[lang])}</span>`,
                usedBy(m.usedBy),
                `${citationCellWithQuote(c.ref, lang)}<br>${sourceMark(c, lang)}`,
              ]
            }),
          )}`
        : s('nothingMissing', lang)
    }`,
  ]
  if (call.notes) out.push(`## ${s('notes', lang)}\n\n${mdText(call.notes[lang])}`)
  out.push(
    `## ${s('json', lang)}\n\n${s('jsonIntro', lang)} <a href="${callJsonPath(call.id)}" class="talka-call-json" download>${call.id}.json</a>`,
  )
  return `${out.filter(Boolean).join('\n\n')}\n`
}

/** A static file of the site (under VitePress's `public/`). */
export interface PublicFile {
  readonly path: string
  readonly content: string
}

/**
 * One page per catalog call in both languages, the pages' infos for the sidebar and the package
 * overview (which lists them), and each call's JSON as a static file the pages link to.
 */
export function buildCallPages(
  descriptors: readonly CallDescriptor[],
  callsById: Readonly<Record<string, Call>>,
): { pages: Page[]; infos: ReferencePageInfo[]; files: PublicFile[] } {
  const pages: Page[] = []
  const infos: ReferencePageInfo[] = []
  const files: PublicFile[] = []
  for (const d of descriptors) {
    const call = callsById[d.id]
    if (!call) continue
    const path = `${CALL_PAGES_DIR}/${d.id}`
    for (const { lang, prefix } of LOCALES)
      pages.push({ path: `${prefix}${path}`, content: renderCallPage(call, lang) })
    infos.push({
      kind: 'call',
      id: d.id,
      package: '@talka/calls',
      short: 'calls',
      title: { lt: d.name.lt, en: d.name.en },
      path,
      refUrl: d.ref.url,
    })
    files.push({ path: `calls/${d.id}.json`, content: `${JSON.stringify(call, null, 2)}\n` })
  }
  return { pages, infos, files }
}
