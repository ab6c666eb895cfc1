/**
 * Generates the site's source folder `apps/docs/generated/` (git-ignored) before `vitepress build`:
 * the hand-written pages (docs/ and apps/docs/pages/), the rule and parameter reference built from
 * the packages' catalogs with worked examples run now, the API reference (TypeDoc; fails on an
 * undocumented export), the HTTP API page from apps/api/openapi.json, and the real outputs of the
 * guides' examples. Run with `pnpm --filter @talka/docs generate` (the `build` and `dev` scripts
 * run it first).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { callCatalog, calls } from '@talka/calls'
import { ApiReferenceError, generateApiReference, prependNote } from './lib/api-reference.js'
import { buildCallPages } from './lib/call-pages.js'
import { loadCatalogs } from './lib/catalog.js'
import { checkEmbeds, copyDocs, copyTree, pageOrder, pageTitle } from './lib/content.js'
import { mdFence, toJson } from './lib/markdown.js'
import { type OpenApiDocument, renderOpenApi } from './lib/openapi.js'
import { buildReferencePages, type Page } from './lib/rule-pages.js'
import type { SiteData, SiteLink } from './lib/site-data.js'
import { loadRuleExamples } from './lib/worked-examples.js'
import { discoverPackages, docsRoot, repoRoot } from './lib/workspace.js'

const siteDir = join(docsRoot, 'generated')
const started = Date.now()
const log = (message: string) =>
  console.log(`[docs] ${((Date.now() - started) / 1000).toFixed(1)}s ${message}`)

function write(page: Page): void {
  const file = join(siteDir, `${page.path}.md`)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, page.content)
}

async function main(): Promise<void> {
  rmSync(siteDir, { recursive: true, force: true })
  mkdirSync(siteDir, { recursive: true })
  const packages = discoverPackages()
  log(`packages: ${packages.map((p) => p.name).join(', ')}`)

  // API reference first: it tells the rule pages which packages have an API page to link to.
  // TALKA_DOCS_ALLOW_UNDOCUMENTED=1 turns the TSDoc check into warnings, for local previews of a
  // package still being written; the build scripts never set it.
  const api = await generateApiReference(packages, join(siteDir, 'api'), undefined, {
    allowUndocumented: process.env.TALKA_DOCS_ALLOW_UNDOCUMENTED === '1',
  })
  cpSync(join(siteDir, 'api'), join(siteDir, 'en', 'api'), { recursive: true })
  for (const page of api.pages) {
    prependNote(
      join(siteDir, `${page.path}.md`),
      '::: info Anglų kalba\nAPI žinynas sugeneruotas iš kodo TSDoc komentarų, kurie rašomi anglų kalba.\n:::',
    )
  }
  log(
    `API reference: ${api.pages.map((p) => p.specifier).join(', ')}${api.empty.length ? ` (nothing exported yet: ${api.empty.join(', ')})` : ''}`,
  )

  const catalogs = await loadCatalogs(packages)
  const examples = await loadRuleExamples()
  const apiPages = new Map(
    api.pages
      .filter((p) => !p.specifier.slice('@talka/'.length).includes('/'))
      .map((p) => [p.specifier.slice(7), p.path]),
  )
  const callPages = buildCallPages(callCatalog, calls)
  for (const page of callPages.pages) write(page)
  for (const file of callPages.files) {
    const target = join(siteDir, 'public', file.path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, file.content)
  }
  log(`call pages: ${callPages.infos.length} (with their JSON)`)
  const reference = buildReferencePages({
    catalogs,
    examples,
    apiPages,
    extraPages: new Map([['calls', callPages.infos]]),
  })
  for (const page of reference.pages) write(page)
  for (const pkg of reference.packages) {
    const state = pkg.hasCatalog ? `${pkg.pages.length} pages` : 'no catalog exported yet'
    log(
      `rule reference ${pkg.name}: ${state}${pkg.problems.length ? `, ${pkg.problems.length} catalog problem(s)` : ''}`,
    )
    for (const problem of pkg.problems) console.warn(`[docs]   warning: ${problem}`)
  }

  const openApiFile = join(repoRoot, 'apps', 'api', 'openapi.json')
  const openApi = existsSync(openApiFile)
    ? (JSON.parse(readFileSync(openApiFile, 'utf8')) as OpenApiDocument)
    : null
  write({ path: 'http-api', content: renderOpenApi(openApi, 'lt') })
  write({ path: 'en/http-api', content: renderOpenApi(openApi, 'en') })
  log(
    `HTTP API page: ${openApi ? `${Object.keys(openApi.paths ?? {}).length} paths` : 'no openapi.json yet'}`,
  )

  const outputs = await writeExampleOutputs()
  log(`guide example outputs: ${outputs.join(', ') || 'none'}`)

  copyTree(join(docsRoot, 'pages'), siteDir)
  const copied = copyDocs(join(repoRoot, 'docs'), siteDir)
  log(`hand-written pages: ${copied.length}`)

  for (const prefix of ['', 'en/']) writeSectionIndex('decisions', prefix)

  const problems = checkEmbeds(siteDir)
  if (problems.length) throw new Error(`Broken snippet imports or includes:\n  - ${problems.join('\n  - ')}`)

  const data: SiteData = {
    packages: reference.packages,
    api: api.pages,
    hasOpenApi: openApi !== null,
    guides: { lt: sectionLinks('guides', ''), en: sectionLinks('guides', 'en/') },
    decisions: { lt: sectionLinks('decisions', ''), en: sectionLinks('decisions', 'en/') },
  }
  writeFileSync(join(siteDir, '_partials', 'site-data.json'), `${toJson(data)}\n`)
  log('done')
}

const SECTION_TITLES: Readonly<
  Record<string, { lt: string; en: string; intro: { lt: string; en: string } }>
> = {
  decisions: {
    lt: 'Sprendimų įrašai',
    en: 'Decision records',
    intro: {
      lt: 'Kodėl Talka padaryta taip, kaip padaryta: architektūros ir teisės aiškinimo sprendimai (anglų kalba).',
      en: 'Why Talka is built the way it is: architecture decisions and readings of the law.',
    },
  },
}

/** Writes `<section>/index.md` listing the section's pages when the section has none of its own. */
function writeSectionIndex(section: string, prefix: string): void {
  const dir = join(siteDir, prefix, section)
  const titles = SECTION_TITLES[section]
  if (!titles || existsSync(join(dir, 'index.md'))) return
  const lang = prefix === 'en/' ? 'en' : 'lt'
  const links = sectionLinks(section, prefix)
  const list = links.map((l) => `- [${l.text.replace(/([[\]])/g, '\\$1')}](${l.link})`).join('\n')
  write({
    path: `${prefix}${section}/index`,
    content: `---\ntitle: ${JSON.stringify(titles[lang])}\norder: 0\n---\n\n# ${titles[lang]}\n\n${titles.intro[lang]}\n\n${list}\n`,
  })
}

/** Links to the pages of a copied section, ordered by `order:` then title. */
function sectionLinks(section: string, prefix: string): SiteLink[] {
  const dir = join(siteDir, prefix, section)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8')
      const base = name.replace(/\.md$/, '')
      return {
        text: pageTitle(text) ?? base,
        link: `/${prefix}${section}/${base === 'index' ? '' : base}`,
        order: pageOrder(text) ?? (base === 'index' ? 0 : 1000),
      }
    })
    .sort((a, b) => a.order - b.order || a.text.localeCompare(b.text))
    .map(({ text, link }) => ({ text, link }))
}

/**
 * Runs each guide example (`examples/*.ts` exporting `output`) and writes what it returned to
 * `_partials/outputs/<name>.md`, which the guides include (`<!--@include: @/_partials/outputs/x.md-->`).
 */
async function writeExampleOutputs(): Promise<string[]> {
  const dir = join(docsRoot, 'examples')
  const outDir = join(siteDir, '_partials', 'outputs')
  mkdirSync(outDir, { recursive: true })
  const written: string[] = []
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.ts')) continue
    const mod = (await import(pathToFileURL(join(dir, name)).href)) as { output?: unknown }
    if (!('output' in mod)) continue
    const body =
      typeof mod.output === 'string' ? mdFence('text', mod.output) : mdFence('json', toJson(mod.output))
    writeFileSync(join(outDir, name.replace(/\.ts$/, '.md')), `${body}\n`)
    written.push(name)
  }
  return written
}

main().catch((error: unknown) => {
  if (error instanceof ApiReferenceError) console.error(`[docs] ${error.message}`)
  else console.error(error)
  process.exitCode = 1
})
