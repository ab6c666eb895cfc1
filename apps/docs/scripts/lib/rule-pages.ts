import {
  type CatalogEntry,
  defineParameter,
  formatLegalRef,
  type Lang,
  type LegalRef,
  Money,
  type ParameterDefinition,
  type ParameterDescriptor,
  type RuleDescriptor,
} from '@talka/core'
import { type LookupRow, lookUpOnStartDates } from '../../examples/parameter-lookup.js'
import { covers } from '../../examples/rule-example.js'
import { exportPrefix, type PackageCatalog } from './catalog.js'
import { LOCALES, otherLang, t } from './i18n.js'
import { frontmatter, mdCell, mdCode, mdFence, mdLink, mdTable, mdText, toJson } from './markdown.js'
import { SlugRegistry } from './slug.js'
import { type LoadedRuleExample, reasonsFor, runExample } from './worked-examples.js'

/** A page to write: its path under the site's source folder (without `.md`) and its Markdown. */
export interface Page {
  readonly path: string
  readonly content: string
}

/** What the browser test and the sidebar need to know about a generated reference page. */
export interface ReferencePageInfo {
  readonly kind: 'rule' | 'parameter'
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
  for (const catalog of options.catalogs) {
    const { pkg } = catalog
    const infos: ReferencePageInfo[] = []
    const definitions = new Map((catalog.parameters ?? []).map((d) => [d.id, d]))
    for (const entry of catalog.entries ?? []) {
      const path = slugs.pathFor(entry.kind === 'rule' ? 'rules' : 'parameters', entry.id, pkg.short)
      const rendered = LOCALES.map(({ lang }) =>
        entry.kind === 'rule'
          ? renderRule(entry, lang, options, pkg.short)
          : renderParameter(entry, lang, options, pkg.short, catalog, definitions.get(entry.id)),
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
    const reference: PackageReference = {
      name: pkg.name,
      short: pkg.short,
      version: pkg.version,
      description: pkg.description,
      hasCatalog: catalog.entries !== null,
      pages: infos,
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

function refLine(ref: LegalRef, lang: Lang): string {
  const extra = [
    ref.effectiveFrom ? `${t('from', lang).toLowerCase()} ${ref.effectiveFrom}` : '',
    ref.note ? mdText(ref.note) : '',
  ].filter(Boolean)
  return `- <span class="talka-ref">${mdLink(formatLegalRef(ref, lang), ref.url)}</span>${extra.length ? ` — ${extra.join('; ')}` : ''}`
}

function renderRule(
  entry: RuleDescriptor,
  lang: Lang,
  options: ReferenceOptions,
  short: string,
): RenderedEntry {
  const sections: string[] = [
    frontmatter({ title: entry.title[lang], outline: [2, 3] }),
    `# ${mdText(entry.title[lang])}`,
    header(entry, lang, short, options.apiPages),
    bilingual(t('whatItDecides', lang), entry.description, lang),
    `## ${t('legalBasis', lang)}\n\n${entry.refs.map((ref) => refLine(ref, lang)).join('\n')}`,
    `## ${t('validity', lang)}\n\n${mdTable(
      [t('from', lang), t('to', lang)],
      [[entry.validFrom ?? t('notStated', lang), entry.validTo ?? t('openEnded', lang)]],
    )}`,
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

function formatValue(value: unknown, unit: string | undefined, lang: Lang): string {
  if (unit === 'EUR' && typeof value === 'string') {
    try {
      return `${mdCode(value)} (${mdText(Money.parse(value).format(lang))})`
    } catch {
      // not a money string: shown as it is
    }
  }
  return mdCode(typeof value === 'string' ? value : toJson(value).replace(/\s*\n\s*/g, ' '))
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

function renderParameter(
  entry: ParameterDescriptor,
  lang: Lang,
  options: ReferenceOptions,
  short: string,
  catalog: PackageCatalog,
  definition: ParameterDefinition | undefined,
): RenderedEntry {
  const refs = new Map(entry.values.map((v) => [v.ref.url + formatLegalRef(v.ref, lang), v.ref]))
  const sections: string[] = [
    frontmatter({ title: entry.title[lang], outline: [2, 3] }),
    `# ${mdText(entry.title[lang])}`,
    header(entry, lang, short, options.apiPages),
    bilingual(t('whatItMeans', lang), entry.description, lang),
    `## ${t('legalBasis', lang)}\n\n${[...refs.values()].map((ref) => refLine(ref, lang)).join('\n')}`,
    `## ${t('timeline', lang)}\n\n${mdTable(
      [t('from', lang), t('to', lang), t('value', lang), t('source', lang)],
      entry.values.map((v) => [
        v.from,
        v.to ?? t('openEnded', lang),
        formatValue(v.value, entry.unit, lang),
        mdLink(formatLegalRef(v.ref, lang), v.ref.url),
      ]),
    )}`,
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
        formatValue(row.value, entry.unit, lang),
        mdLink(formatLegalRef(row.ref, lang), row.ref.url),
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
