import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { ReferencePageInfo } from '../scripts/lib/rule-pages.js'
import type { SiteData } from '../scripts/lib/site-data.js'
import { docsRoot } from '../scripts/lib/workspace.js'
import { launchChromium } from './support/browser.js'
import { distDir, ensureFreshBuild } from './support/build.js'
import { type StaticServer, serveStatic } from './support/static-server.js'

// Poll rather than read once: pages hydrate and search indexes load asynchronously.
const POLL = { timeout: 20_000 }

const outputDir = join(docsRoot, 'test-output')

let server: StaticServer
let browser: Browser
let data: SiteData
const requests: string[] = []

beforeAll(async () => {
  ensureFreshBuild()
  data = JSON.parse(
    readFileSync(join(docsRoot, 'generated', '_partials', 'site-data.json'), 'utf8'),
  ) as SiteData
  mkdirSync(outputDir, { recursive: true })
  server = await serveStatic(distDir)
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  page.on('request', (request) => requests.push(request.url()))
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
  expect(response?.status(), `status of ${path}`).toBe(200)
  return page
}

const html = (path: string) => `/${path}.html`

/**
 * The reference page the test opens: a rule whose worked example produced its own reason (a
 * decision from the package), else any page with an example.
 */
function pickReferencePage(): ReferencePageInfo {
  const pages = data.packages.flatMap((p) => p.pages)
  const chosen =
    pages.find((p) => p.kind === 'rule' && p.exampleKind === 'reason') ??
    pages.find((p) => p.exampleText) ??
    pages[0]
  if (!chosen) throw new Error('no package exports a rule catalog yet: there is no rule page to open')
  return chosen
}

describe('the built documentation site in Chromium', () => {
  test('home page (lt): officers go to the tools (primary button), developers to the guide', async () => {
    const page = await open('/')
    await expect.poll(() => page.locator('.VPHero .name').textContent(), POLL).toContain('Talka')
    const primary = page.locator('.VPHero .VPButton.brand')
    await expect.poll(() => primary.count(), POLL).toBe(1)
    await expect.poll(() => primary.textContent(), POLL).toBe('Atverti įrankius')
    expect(await primary.getAttribute('href')).toMatch(/\/tools\/$/)
    const developers = page.getByRole('link', { name: 'Programuotojams – pradžia' })
    await expect.poll(() => developers.isVisible(), POLL).toBe(true)
    expect(await developers.getAttribute('href')).toMatch(/\/guides\/getting-started(\.html)?$/)
    for (const tool of ['allocation', 'ranking']) {
      await expect.poll(() => page.locator(`.VPFeatures a[href*="/tools/${tool}"]`).count(), POLL).toBe(1)
    }
    await page.screenshot({ path: join(outputDir, 'home-lt.png') })
    await page.close()
  })

  for (const lang of ['lt', 'en'] as const) {
    test(`a rule page in ${lang} shows its title, legal reference link and worked example output`, async () => {
      const info = pickReferencePage()
      const page = await open(html(`${lang === 'en' ? 'en/' : ''}${info.path}`))
      await expect
        .poll(() => page.locator('.vp-doc h1').first().textContent(), POLL)
        .toContain(info.title[lang])
      const ref = page.locator(`.vp-doc a[href="${info.refUrl}"]`).first()
      await expect.poll(() => ref.isVisible(), POLL).toBe(true)
      const exampleText = info.exampleText?.[lang]
      expect(exampleText, `${info.id} has a worked example`).toBeTruthy()
      const example = page
        .locator('.vp-doc')
        .getByText(exampleText as string, { exact: false })
        .first()
      await expect.poll(() => example.isVisible(), POLL).toBe(true)
      await page.screenshot({ path: join(outputDir, `rule-${lang}.png`), fullPage: true })
      await page.close()
    })
  }

  test('the API reference page lists a package and its documented exports', async () => {
    const page = await open(html('en/api/core'))
    await expect.poll(() => page.locator('.vp-doc h1').first().textContent(), POLL).toContain('@talka/core')
    await expect
      .poll(() => page.locator('.vp-doc h3', { hasText: 'ParameterStore' }).first().isVisible(), POLL)
      .toBe(true)
    await expect.poll(() => page.locator('.vp-doc').getByText('Example').first().isVisible(), POLL).toBe(true)
    await page.screenshot({ path: join(outputDir, 'api-core.png') })
    await page.close()
  })

  test('local search finds an API symbol in the built index', async () => {
    const page = await open(html('en/api/core'))
    await page.locator('.VPNavBarSearch button').first().click()
    await page.locator('.VPLocalSearchBox input').fill('ParameterStore')
    const result = page.locator('.VPLocalSearchBox .result').first()
    await result.waitFor({ state: 'visible', timeout: 10_000 })
    await expect.poll(() => result.textContent(), POLL).toContain('ParameterStore')
    await page.screenshot({ path: join(outputDir, 'search.png') })
    await page.close()
  })

  test('no page loaded anything from outside the site', () => {
    expect(requests.length).toBeGreaterThan(0)
    const outside = requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:'))
    expect(outside).toEqual([])
  })
})
