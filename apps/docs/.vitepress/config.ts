import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type DefaultTheme, defineConfig } from 'vitepress'
import { copyDocs } from '../scripts/lib/content.js'
import { NAV_TEXT } from '../scripts/lib/i18n.js'
import type { SiteData } from '../scripts/lib/site-data.js'
import { markdownSafety } from './markdown-safety.js'

const docsApp = fileURLToPath(new URL('..', import.meta.url))
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const siteDir = `${docsApp}generated`
const dataFile = `${siteDir}/_partials/site-data.json`

// Written by scripts/generate.ts, which the build and dev scripts run first.
const data: SiteData = existsSync(dataFile)
  ? (JSON.parse(readFileSync(dataFile, 'utf8')) as SiteData)
  : { packages: [], api: [], hasOpenApi: false, guides: { lt: [], en: [] }, decisions: { lt: [], en: [] } }

type Lang = 'lt' | 'en'
const at = (lang: Lang, path: string) => `/${lang === 'en' ? 'en/' : ''}${path}`

// The interactive tools (hand-written pages in apps/docs/pages/tools/, issue 12).
const TOOLS: readonly { path: string; lt: string; en: string }[] = [
  { path: 'tools/', lt: 'Visi įrankiai', en: 'All tools' },
  { path: 'tools/allocation', lt: 'Lėšų paskirstymo skaičiuoklė', en: 'Allocation calculator' },
  { path: 'tools/eligibility', lt: 'Tinkamumo klausimynas', en: 'Eligibility questionnaire' },
  { path: 'tools/ranking', lt: 'Paraiškų eilė pagal balus', en: 'Ranking from scores' },
  { path: 'tools/volunteering', lt: 'Savanoriškos veiklos patikra', en: 'Volunteering check' },
  { path: 'tools/reports', lt: 'Ataskaitos tikrinimas', en: 'Report validator' },
  { path: 'tools/calls', lt: 'Kvietimo rengimas', en: 'Call builder' },
]

function ruleSidebar(lang: Lang): DefaultTheme.SidebarItem[] {
  return [
    { text: NAV_TEXT.ruleIndex[lang], link: at(lang, 'rules/') },
    ...data.packages.map((pkg) => {
      const rules = pkg.pages.filter((p) => p.kind === 'rule')
      const parameters = pkg.pages.filter((p) => p.kind === 'parameter')
      const calls = pkg.pages.filter((p) => p.kind === 'call')
      const items: DefaultTheme.SidebarItem[] = [
        { text: NAV_TEXT.overview[lang], link: at(lang, `rules/${pkg.short}/`) },
        ...calls.map((c) => ({ text: c.title[lang], link: at(lang, c.path) })),
      ]
      const sets = new Map<string, DefaultTheme.SidebarItem[]>()
      for (const rule of rules) {
        const key = rule.ruleSet ?? ''
        sets.set(key, [...(sets.get(key) ?? []), { text: rule.title[lang], link: at(lang, rule.path) }])
      }
      for (const [ruleSet, ruleItems] of sets) {
        if (ruleSet) items.push({ text: ruleSet, collapsed: true, items: ruleItems })
        else items.push(...ruleItems)
      }
      if (parameters.length) {
        items.push({
          text: NAV_TEXT.parameters[lang],
          collapsed: true,
          items: parameters.map((p) => ({ text: p.title[lang], link: at(lang, p.path) })),
        })
      }
      return { text: pkg.name, collapsed: true, items }
    }),
  ]
}

function apiSidebar(lang: Lang): DefaultTheme.SidebarItem[] {
  return [
    { text: NAV_TEXT.api[lang], link: at(lang, 'api/') },
    ...data.api.map((page) => ({ text: page.specifier, link: at(lang, page.path) })),
  ]
}

function nav(lang: Lang): DefaultTheme.NavItem[] {
  return [
    { text: NAV_TEXT.guides[lang], link: at(lang, 'guides/'), activeMatch: `^${at(lang, 'guides/')}` },
    { text: NAV_TEXT.tools[lang], link: at(lang, 'tools/'), activeMatch: `^${at(lang, 'tools/')}` },
    {
      text: NAV_TEXT.rules[lang],
      link: at(lang, 'rules/'),
      activeMatch: `^${at(lang, '(rules|parameters)/')}`,
    },
    { text: NAV_TEXT.api[lang], link: at(lang, 'api/'), activeMatch: `^${at(lang, 'api/')}` },
    { text: NAV_TEXT.http[lang], link: at(lang, 'http-api') },
    {
      text: NAV_TEXT.decisions[lang],
      link: at(lang, 'decisions/'),
      activeMatch: `^${at(lang, 'decisions/')}`,
    },
  ]
}

function themeFor(lang: Lang): DefaultTheme.Config {
  const guides = data.guides[lang]
  const decisions = data.decisions[lang]
  return {
    nav: nav(lang),
    sidebar: {
      [at(lang, 'guides/')]: [{ text: NAV_TEXT.guides[lang], items: [...guides] }],
      [at(lang, 'tools/')]: [
        {
          text: NAV_TEXT.tools[lang],
          items: TOOLS.map((tool) => ({ text: tool[lang], link: at(lang, tool.path) })),
        },
      ],
      [at(lang, 'rules/')]: ruleSidebar(lang),
      [at(lang, 'parameters/')]: ruleSidebar(lang),
      [at(lang, 'api/')]: apiSidebar(lang),
      [at(lang, 'decisions/')]: [{ text: NAV_TEXT.decisions[lang], items: [...decisions] }],
    },
    ...(lang === 'lt'
      ? {
          outline: { label: 'Šiame puslapyje', level: [2, 3] },
          docFooter: { prev: 'Ankstesnis puslapis', next: 'Kitas puslapis' },
          darkModeSwitchLabel: 'Išvaizda',
          lightModeSwitchTitle: 'Šviesi išvaizda',
          darkModeSwitchTitle: 'Tamsi išvaizda',
          sidebarMenuLabel: 'Meniu',
          returnToTopLabel: 'Į viršų',
          langMenuLabel: 'Kalba',
          skipToContentLabel: 'Pereiti prie turinio',
          notFound: {
            title: 'PUSLAPIS NERASTAS',
            quote: 'Tokio puslapio nėra. Gal jis persikėlė?',
            linkLabel: 'grįžti į pradžią',
            linkText: 'Į pradžią',
          },
        }
      : { outline: { label: 'On this page', level: [2, 3] } }),
  }
}

export default defineConfig({
  srcDir: 'generated',
  srcExclude: ['_partials/**'],
  outDir: 'dist',
  title: 'Talka',
  description: 'Lietuvos bendruomenių ir NVO finansavimo taisyklės kaip kodas',
  cleanUrls: false,
  lastUpdated: false,
  // Broken internal links fail the build (VitePress's default; never switch it off).
  ignoreDeadLinks: false,
  head: [['meta', { name: 'theme-color', content: '#2f6f4f' }]],
  locales: {
    root: { label: 'Lietuvių', lang: 'lt-LT', themeConfig: themeFor('lt') },
    en: {
      label: 'English',
      lang: 'en-GB',
      link: '/en/',
      description: 'Lithuanian community-funding and NGO rules as code',
      themeConfig: themeFor('en'),
    },
  },
  themeConfig: {
    search: {
      provider: 'local',
      options: {
        locales: {
          root: {
            translations: {
              button: { buttonText: 'Paieška', buttonAriaLabel: 'Paieška' },
              modal: {
                displayDetails: 'Rodyti išsamiau',
                resetButtonTitle: 'Išvalyti paiešką',
                backButtonTitle: 'Uždaryti paiešką',
                noResultsText: 'Nieko nerasta pagal',
                footer: { selectText: 'pasirinkti', navigateText: 'judėti', closeText: 'uždaryti' },
              },
            },
          },
        },
      },
    },
  },
  markdown: {
    config: (md) => markdownSafety(md),
  },
  vite: {
    // Theme components (e.g. the interactive tools) import the workspace packages: read them from
    // source through the `@talka/source` export condition, so no package build is needed first.
    resolve: { conditions: ['@talka/source'] },
    ssr: { noExternal: [/^@talka\//], resolve: { conditions: ['@talka/source'] } },
    server: { fs: { allow: [repoRoot] } },
    build: {
      // The local search index of each locale is one chunk by design.
      chunkSizeWarningLimit: 2048,
      rollupOptions: {
        // zod's sources carry comments Rollup cannot place as annotations; it drops them, harmlessly,
        // but says so for every bundle the tools are in.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return
          warn(warning)
        },
      },
    },
    plugins: [
      {
        // In `vitepress dev`, edits to the hand-written pages in docs/ reach the site at once.
        name: 'talka-docs-watch',
        configureServer(server) {
          const docsDir = `${repoRoot}docs`
          server.watcher.add(docsDir)
          const sync = (file: string) => {
            if (file.startsWith(docsDir)) copyDocs(docsDir, siteDir)
          }
          server.watcher.on('change', sync)
          server.watcher.on('add', sync)
        },
      },
    ],
  },
})
