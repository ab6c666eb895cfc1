import {
  type CatalogEntry,
  defineParameter,
  formatLegalRef,
  type Lang,
  type ParameterDefinition,
  type ParameterDescriptor,
  type RuleDescriptor,
  Temporal,
} from '@talka/core'
import { type LookupRow, lookUpOnStartDates } from '../../examples/parameter-lookup.js'
import { covers } from '../../examples/rule-example.js'
import { exportPrefix, type PackageCatalog } from './catalog.js'
import { citationCell, citationList } from './citation.js'
import { LOCALES, otherLang, t } from './i18n.js'
import { frontmatter, mdCell, mdCode, mdFence, mdLink, mdTable, mdText, toJson } from './markdown.js'
import {
  formatParameterValue,
  gapText,
  periodOn,
  readableValue,
  timelineGaps,
  timelineSvg,
} from './parameter-timeline.js'
import { linkRulesToParameters } from './rule-parameters.js'
import { SlugRegistry } from './slug.js'
import { type LoadedRuleExample, reasonsFor, runExample } from './worked-examples.js'

/** A page to write: its path under the site's source folder (without `.md`) and its Markdown. */
export interface Page {
  readonly path: string
  readonly content: string
}

/** What the browser test and the sidebar need to know about a generated reference page. */
export interface ReferencePageInfo {
  readonly kind: 'rule' | 'parameter' | 'call'
  readonly id: string
  readonly package: string
  readonly short: string
  readonly ruleSet?: string | undefined
  readonly title: { readonly lt: string; readonly en: string }
  /** Site path without locale prefix or extension, e.g. `rules/eligibility/ngo-fund-2023/applicant-n1`. */
  readonly path: string
  /** URL of the first legal reference. */
  readonly refUrl: string
  /** Text of the worked example's output shown visibly on the page, per language (absent: no example). */
  readonly exampleText?: { readonly lt: string; readonly en: string } | undefined
  /** Whether that text is this rule's own reason (a message) or a line of the example's output. */
  readonly exampleKind?: 'reason' | 'output' | undefined
}

/** The rule reference of one package, for the sidebar and the index pages. */
export interface PackageReference {
  readonly name: string
  readonly short: string
  readonly version: string
  readonly description: string
  readonly hasCatalog: boolean
  readonly pages: readonly ReferencePageInfo[]
  readonly problems: readonly string[]
}

/** Options of {@link buildReferencePages}. */
export interface ReferenceOptions {
  readonly catalogs: readonly PackageCatalog[]
  readonly examples: readonly LoadedRuleExample[]
  /** Site paths of the API reference page of each package short name, when there is one. */
  readonly apiPages: ReadonlyMap<string, string>
  /** The day "in force today" means (ISO); the build's date when absent. */
  readonly today?: string | undefined
  /** Extra pages of a package's overview (the call pages of `@talka/calls`), by package short name. */
  readonly extraPages?: ReadonlyMap<string, readonly ReferencePageInfo[]> | undefined
}

/** What a rule or parameter page needs to know about the package's other entries. */
interface PackageContext {
  readonly short: string
  readonly catalog: PackageCatalog
  readonly today: string
  /** Site path (without locale) of each entry of the package, by id. */
  readonly paths: ReadonlyMap<string, string>
  readonly parameters: ReadonlyMap<string, ParameterDescriptor>
  readonly rules: ReadonlyMap<string, RuleDescriptor>
  /** Rule id → the ids of the parameters it uses. */
  readonly links: ReadonlyMap<string, readonly string[]>
}

const link = (lang: Lang, path: string) => `/${lang === 'en' ? 'en/' : ''}${path}`

/**
 * Builds one page per rule and per parameter in both languages, one overview page per package and
 * the index of the reference. Worked examples run here, at build time.
 */
export function buildReferencePages(options: ReferenceOptions): {
  pages: Page[]
  packages: PackageReference[]
} {
  const slugs = new SlugRegistry()
  const pages: Page[] = []
  const packages: PackageReference[] = []
  const today = options.today ?? Temporal.Now.plainDateISO().toString()
  for (const catalog of options.catalogs) {
    const { pkg } = catalog
    const infos: ReferencePageInfo[] = []
    const definitions = new Map((catalog.parameters ?? []).map((d) => [d.id, d]))
    const entries = catalog.entries ?? []
    const context: PackageContext = {
      short: pkg.short,
      catalog,
      today,
      paths: new Map(
        entries.map((e) => [
          e.id,
          slugs.pathFor(e.kind === 'rule' ? 'rules' : 'parameters', e.id, pkg.short),
        ]),
      ),
      parameters: new Map(
        entries.filter((e): e is ParameterDescriptor => e.kind === 'parameter').map((e) => [e.id, e]),
      ),
      rules: new Map(entries.filter((e): e is RuleDescriptor => e.kind === 'rule').map((e) => [e.id, e])),
      links: linkRulesToParameters(entries),
    }
    for (const entry of entries) {
      const path = context.paths.get(entry.id) as string
      const rendered = LOCALES.map(({ lang }) =>
        entry.kind === 'rule'
          ? renderRule(entry, lang, options, context)
          : renderParameter(entry, lang, options, context, definitions.get(entry.id)),
      )
      const [lt, en] = rendered as [RenderedEntry, RenderedEntry]
      pages.push({ path, content: lt.content }, { path: `en/${path}`, content: en.content })
      infos.push({
        kind: entry.kind,
        id: entry.id,
        package: pkg.name,
        short: pkg.short,
        ruleSet: entry.kind === 'rule' ? entry.ruleSet : undefined,
        title: { lt: entry.title.lt, en: entry.title.en },
        path,
        refUrl: entry.kind === 'rule' ? entry.refs[0].url : (entry.values[0]?.ref.url ?? ''),
        exampleText:
          lt.exampleText !== undefined && en.exampleText !== undefined
            ? { lt: lt.exampleText, en: en.exampleText }
            : undefined,
        exampleKind: lt.exampleKind,
      })
    }
    const extra = options.extraPages?.get(pkg.short) ?? []
    const reference: PackageReference = {
      name: pkg.name,
      short: pkg.short,
      version: pkg.version,
      description: pkg.description,
      hasCatalog: catalog.entries !== null || extra.length > 0,
      pages: [...infos, ...extra],
      problems: catalog.problems,
    }
    packages.push(reference)
    if (!reference.hasCatalog) continue
    for (const { lang, prefix } of LOCALES) {
      pages.push({
        path: `${prefix}rules/${pkg.short}/index`,
        content: renderPackageOverview(reference, lang, options.apiPages),
      })
    }
  }
  for (const { lang, prefix } of LOCALES) {
    pages.push({ path: `${prefix}rules/index`, content: renderIndex(packages, lang) })
  }
  return { pages, packages }
}

interface RenderedEntry {
  readonly content: string
  readonly exampleText?: string | undefined
  readonly exampleKind?: 'reason' | 'output' | undefined
}

function header(
  entry: CatalogEntry,
  lang: Lang,
  short: string,
  apiPages: ReadonlyMap<string, string>,
): string {
  const api = apiPages.get(short)
  const pkgText = api ? mdLink(entry.package, link(lang, api)) : mdCode(entry.package)
  const lines = [`**${t('id', lang)}:** ${mdCode(entry.id)}  `, `**${t('package', lang)}:** ${pkgText}  `]
  if (entry.kind === 'rule' && entry.ruleSet)
    lines.push(`**${t('ruleSet', lang)}:** ${mdCode(entry.ruleSet)}  `)
  if (entry.kind === 'parameter' && entry.unit) lines.push(`**${t('unit', lang)}:** ${mdCode(entry.unit)}  `)
  return `<div class="talka-meta">\n\n${lines.join('\n')}\n\n</div>`
}

function bilingual(heading: string, text: { lt: string; en: string } | undefined, lang: Lang): string {
  if (!text) return ''
  const other = otherLang(lang)
  return [
    `## ${heading}`,
    '',
    mdText(text[lang]),
    '',
    `::: details ${t('inOtherLang', lang)}`,
    mdText(text[other]),
    ':::',
  ].join('\n')
}

/** The rule's parameters with the value in force today and its citation, linked to their pages. */
function ruleParameters(entry: RuleDescriptor, lang: Lang, context: PackageContext): string {
  const ids = context.links.get(entry.id) ?? []
  const rows = ids.flatMap((id) => {
    const parameter = context.parameters.get(id)
    const path = context.paths.get(id)
    if (!parameter || !path) return []
    const now = periodOn(parameter.values, context.today)
    return [
      [
        mdLink(parameter.title[lang], link(lang, path)),
        now
          ? formatParameterValue(now.value, parameter.unit, lang, parameter.valueLabels)
          : t('valueNotSet', lang),
        now ? citationCell(now.ref, lang) : '',
      ],
    ]
  })
  if (rows.length === 0) return ''
  return [
    `## ${t('parametersOfRule', lang)}`,
    '',
    t('parametersOfRuleIntro', lang),
    '',
    mdTable([t('parameters', lang), t('inForceOn', lang, { date: context.today }), t('source', lang)], rows),
  ].join('\n')
}

function renderRule(
  entry: RuleDescriptor,
  lang: Lang,
  options: ReferenceOptions,
  context: PackageContext,
): RenderedEntry {
  const short = context.short
  const sections: string[] = [
    frontmatter({ title: entry.title[lang], outline: [2, 3] }),
    `# ${mdText(entry.title[lang])}`,
    header(entry, lang, short, options.apiPages),
    bilingual(t('whatItDecides', lang), entry.description, lang),
    `## ${t('legalBasis', lang)}\n\n${citationList(entry.refs, lang)}`,
    `## ${t('validity', lang)}\n\n${mdTable(
      [t('from', lang), t('to', lang)],
      [[entry.validFrom ?? t('notStated', lang), entry.validTo ?? t('openEnded', lang)]],
    )}`,
    ruleParameters(entry, lang, context),
    `## ${t('facts', lang)}\n\n${entry.facts.length ? entry.facts.map((f) => `- ${mdCode(f)}`).join('\n') : t('noFacts', lang)}`,
    `## ${t('messages', lang)}\n\n${mdTable(
      [t('key', lang), 'lt', 'en'],
      Object.entries(entry.messages).map(([key, text]) => [mdCode(key), mdCell(text.lt), mdCell(text.en)]),
    )}`,
  ]
  const example = options.examples.find((e) => covers(e, entry.id, entry.ruleSet))
  let exampleText: string | undefined
  let exampleKind: 'reason' | 'output' | undefined
  const exampleSection = [`## ${t('workedExample', lang)}`, '']
  if (example) {
    const output = runExample(example, lang)
    exampleSection.push(...exampleHead(example, lang))
    const matches = reasonsFor(output, entry.id)
    if (matches.length > 0) {
      const lines = matches.map(({ decision, result, text, context }) => {
        const outcome = decision
          ? [
              `  \n**${t('outcome', lang)}:** ${mdCode(decision.outcome)}`,
              decision.missingFacts.length
                ? `  \n**${t('missingFacts', lang)}:** ${decision.missingFacts.map(mdCode).join(', ')}`
                : '',
            ].join('')
          : ''
        return [
          `<div class="talka-result">`,
          '',
          `**${t('thisRule', lang)}${context ? ` (${mdText(context)})` : ''}:** ${mdCode(result)} — ${mdText(text)}${outcome}`,
          '',
          `</div>`,
        ].join('\n')
      })
      exampleSection.push(lines.join('\n\n'))
      exampleText = matches[0]?.text
      exampleKind = 'reason'
      exampleSection.push('', `::: details ${t('fullOutput', lang)}`, cappedJson(output, lang), ':::')
    } else {
      const shown = visibleJson(output)
      exampleText = shown.firstLine
      exampleKind = 'output'
      exampleSection.push(`**${t('output', lang)}:**`, '', shown.markdown)
      if (shown.truncated) {
        exampleSection.push(
          '',
          `::: details ${t('fullOutput', lang)}`,
          mdFence('json', toJson(output)),
          ':::',
        )
      }
    }
  } else {
    exampleSection.push(`::: info\n${t('noExample', lang)}\n:::`)
  }
  sections.push(exampleSection.join('\n'))
  return { content: `${sections.filter(Boolean).join('\n\n')}\n`, exampleText, exampleKind }
}

function exampleHead(example: LoadedRuleExample, lang: Lang): string[] {
  return [
    ...(example.title ? [`### ${mdText(example.title[lang])}`, ''] : []),
    t('workedExampleIntro', lang),
    '',
    `<<< @/../examples/${example.file}#${example.region}{ts}`,
    '',
  ]
}

/** Lines of output JSON shown in full on a page; longer outputs are cut (run the example for all). */
const MAX_JSON_LINES = 150

function cappedJson(output: unknown, lang: Lang): string {
  const lines = toJson(output).split('\n')
  if (lines.length <= MAX_JSON_LINES) return mdFence('json', lines.join('\n'))
  const more = lines.length - MAX_JSON_LINES
  return [
    mdFence('json', [...lines.slice(0, MAX_JSON_LINES), '…'].join('\n')),
    '',
    t('truncated', lang).replace('{n}', String(more)),
  ].join('\n')
}

function visibleJson(output: unknown): { markdown: string; firstLine: string; truncated: boolean } {
  const json = toJson(output)
  const lines = json.split('\n')
  const truncated = lines.length > 60
  const shown = truncated ? [...lines.slice(0, 40), '…'].join('\n') : json
  const firstLine = (lines.find((l) => /[A-Za-z0-9]/.test(l)) ?? json).trim()
  return { markdown: mdFence('json', shown), firstLine, truncated }
}

function definitionFor(
  entry: ParameterDescriptor,
  given: ParameterDefinition | undefined,
): ParameterDefinition {
  if (given) return given
  // The package exports the descriptor only: rebuild the definition from its dated values.
  return defineParameter({
    id: entry.id,
    package: entry.package,
    title: entry.title,
    values: entry.values.map((v) => ({ from: v.from, to: v.to ?? undefined, value: v.value, ref: v.ref })),
  })
}

/** "Value in force today": the value and its citation, or what is known when none is in force. */
function inForceToday(entry: ParameterDescriptor, lang: Lang, today: string): string {
  const now = periodOn(entry.values, today)
  const lines = [`## ${t('inForceToday', lang)}`, '']
  if (now) {
    const readable = readableValue(now.value, entry.unit, lang, entry.valueLabels)
    lines.push(
      `<div class="talka-result">`,
      '',
      `**${t('inForceOn', lang, { date: today })}:** ${formatParameterValue(now.value, entry.unit, lang, entry.valueLabels)}${
        readable === undefined ? '' : ''
      }  `,
      `${t('from', lang)} ${now.from} ${t('to', lang).toLowerCase()} ${now.to ?? t('openEnded', lang)} · ${citationCell(now.ref, lang)}`,
      '',
      `</div>`,
    )
    return lines.join('\n')
  }
  lines.push(`::: warning`, t('noValueToday', lang, { date: today }))
  const sorted = [...entry.values].sort((a, b) => a.from.localeCompare(b.from))
  const last = sorted.at(-1)
  const first = sorted[0]
  if (first && first.from > today) lines.push(t('firstValue', lang, { date: first.from }))
  else if (last?.to) lines.push(t('lastValue', lang, { date: last.to }))
  lines.push(':::')
  return lines.join('\n')
}

/** The timeline table (each period, its readable value and citation), the gaps flagged, and a chart. */
function timelineSection(entry: ParameterDescriptor, lang: Lang, today: string): string {
  const sorted = [...entry.values].sort((a, b) => a.from.localeCompare(b.from))
  const gaps = timelineGaps(sorted)
  const rows: string[][] = []
  for (const v of sorted) {
    const gap = gaps.find((g) => g.to < v.from && rows.length > 0 && !rows.some((r) => r[0] === g.from))
    if (gap) rows.push([gap.from, gap.to, `**${mdText(gapText(gap, lang))}**`, ''])
    rows.push([
      v.from,
      v.to ?? t('openEnded', lang),
      formatParameterValue(v.value, entry.unit, lang, entry.valueLabels),
      citationCell(v.ref, lang),
    ])
  }
  const out = [
    `## ${t('timeline', lang)}`,
    '',
    mdTable([t('from', lang), t('to', lang), t('value', lang), t('source', lang)], rows),
  ]
  if (gaps.length) {
    out.push(
      '',
      '::: warning',
      t('gapsIntro', lang),
      '',
      gaps.map((g) => `- <span class="talka-gap">${mdText(gapText(g, lang))}</span>`).join('\n'),
      ':::',
    )
  }
  const svg = timelineSvg(sorted, gaps, today, lang)
  if (svg) out.push('', '<div class="talka-timeline-chart">', svg, '</div>')
  return out.join('\n')
}

/** Links back to the rules that use a parameter. */
function parameterRules(entry: ParameterDescriptor, lang: Lang, context: PackageContext): string {
  const users = [...context.links]
    .filter(([, ids]) => ids.includes(entry.id))
    .flatMap(([id]) => {
      const rule = context.rules.get(id)
      const path = context.paths.get(id)
      return rule && path ? [`- ${mdLink(rule.title[lang], link(lang, path))} (${mdCode(rule.id)})`] : []
    })
  return users.length ? `## ${t('rulesOfParameter', lang)}\n\n${users.join('\n')}` : ''
}

function renderParameter(
  entry: ParameterDescriptor,
  lang: Lang,
  options: ReferenceOptions,
  context: PackageContext,
  definition: ParameterDefinition | undefined,
): RenderedEntry {
  const { short, catalog } = context
  const refs = new Map(entry.values.map((v) => [v.ref.url + formatLegalRef(v.ref, lang), v.ref]))
  const sections: string[] = [
    frontmatter({ title: entry.title[lang], outline: [2, 3] }),
    `# ${mdText(entry.title[lang])}`,
    header(entry, lang, short, options.apiPages),
    bilingual(t('whatItMeans', lang), entry.description, lang),
    inForceToday(entry, lang, context.today),
    timelineSection(entry, lang, context.today),
    `## ${t('legalBasis', lang)}\n\n${citationList([...refs.values()], lang)}`,
    parameterRules(entry, lang, context),
  ]
  const exportName = definition ? `${exportPrefix(short)}Parameters` : undefined
  const rows: LookupRow[] = lookUpOnStartDates([definitionFor(entry, definition)], entry.id)
  const code = [
    `import { ParameterStore } from '@talka/core'`,
    exportName
      ? `import { ${exportName} } from '${catalog.pkg.name}'`
      : `// ${catalog.pkg.name} exports this parameter's descriptor only`,
    '',
    `const store = new ParameterStore(${exportName ?? '[/* its definition */]'})`,
    ...rows.map((row) => `store.at('${entry.id.replace(/'/g, "\\'")}', '${row.asOf}').value`),
  ].join('\n')
  const example = [
    `## ${t('workedExample', lang)}`,
    '',
    t('lookupIntro', lang),
    '',
    mdFence('ts', code),
    '',
    mdTable(
      [t('asOf', lang), t('value', lang), t('source', lang)],
      rows.map((row) => [
        row.asOf,
        formatParameterValue(row.value, entry.unit, lang, entry.valueLabels),
        citationCell(row.ref, lang),
      ]),
    ),
  ]
  const extra = options.examples.filter((e) => covers(e, entry.id))
  for (const ex of extra) {
    const output = runExample(ex, lang)
    example.push('', ...exampleHead(ex, lang), `**${t('output', lang)}:**`, '', visibleJson(output).markdown)
  }
  sections.push(example.join('\n'))
  const first = rows[0]
  return {
    content: `${sections.filter(Boolean).join('\n\n')}\n`,
    exampleText: first ? (typeof first.value === 'string' ? first.value : toJson(first.value)) : undefined,
    exampleKind: first ? 'output' : undefined,
  }
}

function renderPackageOverview(
  reference: PackageReference,
  lang: Lang,
  apiPages: ReadonlyMap<string, string>,
): string {
  const out: string[] = [
    frontmatter({ title: reference.name }),
    `# ${mdText(reference.name)}`,
    mdText(reference.description),
    `**${t('version', lang)}:** ${mdCode(reference.version)}${
      apiPages.has(reference.short)
        ? ` · ${mdLink(t('apiReference', lang), link(lang, apiPages.get(reference.short) as string))}`
        : ''
    }`,
  ]
  if (!reference.hasCatalog) {
    out.push(`::: warning\n${t('noCatalogYet', lang)}\n:::`)
  }
  const rules = reference.pages.filter((p) => p.kind === 'rule')
  const parameters = reference.pages.filter((p) => p.kind === 'parameter')
  const calls = reference.pages.filter((p) => p.kind === 'call')
  if (calls.length) {
    out.push(`## ${t('calls', lang)}`, t('callsIntro', lang), pageTable(calls, lang))
  }
  if (rules.length) {
    out.push(`## ${t('rules', lang)}`)
    const groups = new Map<string, ReferencePageInfo[]>()
    for (const page of rules) {
      const key = page.ruleSet ?? ''
      groups.set(key, [...(groups.get(key) ?? []), page])
    }
    for (const [ruleSet, items] of groups) {
      if (groups.size > 1 || ruleSet) out.push(`### ${ruleSet ? mdText(ruleSet) : t('otherRuleSet', lang)}`)
      out.push(pageTable(items, lang))
    }
  }
  if (parameters.length) {
    out.push(`## ${t('parameters', lang)}`, pageTable(parameters, lang))
  }
  if (reference.problems.length) {
    out.push(`## ${t('catalogProblems', lang)}`, reference.problems.map((p) => `- ${mdText(p)}`).join('\n'))
  }
  return `${out.join('\n\n')}\n`
}

function pageTable(items: readonly ReferencePageInfo[], lang: Lang): string {
  return mdTable(
    [t('id', lang), lang === 'lt' ? 'Pavadinimas' : 'Title'],
    items.map((p) => [mdLink(p.id, link(lang, p.path)), mdCell(p.title[lang])]),
  )
}

function renderIndex(packages: readonly PackageReference[], lang: Lang): string {
  const out: string[] = [
    frontmatter({ title: t('ruleReference', lang) }),
    `# ${t('ruleReference', lang)}`,
    t('ruleReferenceIntro', lang),
  ]
  const rows = packages
    .filter((p) => p.hasCatalog)
    .map((p) => {
      const rules = p.pages.filter((x) => x.kind === 'rule').length
      const params = p.pages.filter((x) => x.kind === 'parameter').length
      return [
        mdLink(p.name, link(lang, `rules/${p.short}/`)),
        mdCell(p.description),
        String(rules),
        String(params),
      ]
    })
  if (rows.length) {
    out.push(
      mdTable(
        [
          t('package', lang),
          lang === 'lt' ? 'Aprašas' : 'Description',
          t('rules', lang),
          t('parameters', lang),
        ],
        rows,
      ),
    )
  }
  const without = packages.filter((p) => !p.hasCatalog)
  if (without.length)
    out.push(`${t('packagesWithoutCatalog', lang)} ${without.map((p) => mdCode(p.name)).join(', ')}.`)
  return `${out.join('\n\n')}\n`
}
