/**
 * The interactive tools (issue 12) in Chromium: each page opens with its example computed, takes a
 * real file, shows the result the rules give, offers its downloads, keeps its state in the address,
 * works at desktop and phone sizes, has no serious or critical axe-core violation and requests
 * nothing from outside the site.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { verifyCertificate } from '@talka/allocation'
import { callFieldLabels } from '@talka/calls'
import { canonicalJson, type JsonValue, sha256Hex } from '@talka/core'
import { parseLithuanianDecimal, writeCsv } from '@talka/core/csv'
import type { Browser, BrowserContext, Download, Page } from 'playwright-core'
import { readSheet } from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import writeXlsxFile from 'write-excel-file/node'
import { parseCsv, readCsvRows } from '../.vitepress/theme/tools/csv.js'
import { RANKING_EXAMPLE } from '../.vitepress/theme/tools/ranking.js'
import { docsRoot } from '../scripts/lib/workspace.js'
import { launchChromium } from './support/browser.js'
import { distDir, ensureFreshBuild } from './support/build.js'
import { type StaticServer, serveStatic } from './support/static-server.js'

// The tools update after an input event; poll instead of reading once, so a slow machine (CI under
// load) does not race the re-render.
const POLL = { timeout: 20_000 }
/** A test that opens many pages (or the first one, while Chromium warms up) on a machine under load. */
const SLOW = 180_000

const outputDir = join(docsRoot, 'test-output')
/** Screenshots of each tool in Lithuanian (desktop and phone), committed with the code. */
const screenshotDir = join(docsRoot, 'test', 'screenshots')
const fixtures = join(docsRoot, 'test', 'fixtures')
const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
const RANKING_ACT_LABEL = 'Sprendimas ar konkurso nuostatai, kuriais remiamasi (neprivaloma)'
const TOOLS = ['allocation', 'eligibility', 'ranking', 'volunteering', 'reports', 'calls'] as const

let server: StaticServer
let browser: Browser
let axeSource: string
const contexts: BrowserContext[] = []
const requests: string[] = []

beforeAll(async () => {
  ensureFreshBuild()
  mkdirSync(outputDir, { recursive: true })
  mkdirSync(screenshotDir, { recursive: true })
  axeSource = readFileSync(join(docsRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')
  server = await serveStatic(distDir)
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await server?.close()
})

/** Opens a tool page (or any path) and waits for the tool's result to be rendered and hydrated. */
async function open(path: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, acceptDownloads: true })
  contexts.push(context)
  const page = await context.newPage()
  page.on('request', (request) => requests.push(request.url()))
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
  expect(response?.status(), `status of ${path}`).toBe(200)
  await page.locator('[data-tool]').first().waitFor({ state: 'visible' })
  return page
}

const toolPath = (tool: string, lang: 'lt' | 'en' = 'lt') =>
  `/${lang === 'en' ? 'en/' : ''}tools/${tool}.html`

/** The digits of a formatted amount (`'11 449'`, `'−90'`) as a bigint, sign kept. */
const amountOf = (text: string) => {
  const digits = text.replace(/[^\d−-]/g, '')
  return BigInt(digits.replace('−', '-'))
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, unknown]
  const path = await download.path()
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') }
}

async function screenshots(
  name: string,
  path: string,
  dir: string = outputDir,
  prepare?: (page: Page) => Promise<void>,
) {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    const page = await open(path, viewport)
    await prepare?.(page)
    // Nothing but the tables' own scroll areas may be wider than a phone screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, `${name} at ${size}: page wider than the viewport`).toBeLessThanOrEqual(0)
    // Charts are drawn after the page mounts; wait for them so the pictures show them.
    for (const chart of await page.locator('.talka-chart').all()) await chart.locator('svg').first().waitFor()
    await page.screenshot({ path: join(dir, `tool-${name}-${size}.png`), fullPage: true })
    await page.close()
  }
}

/** Waits until the address carries the tool's state (`#s=…`) and returns it. */
async function sharedUrl(page: Page): Promise<string> {
  await page.waitForFunction(() => window.location.hash.startsWith('#s='))
  return page.url()
}

/** Fills in what a printed decision needs: its date, the act it is made under (labelled per tool), who signs. */
async function fillDecision(
  page: Page,
  fields: { date: string; actLabel: string; act: string; signatory?: string },
): Promise<void> {
  await page.getByLabel('Sprendimo data').fill(fields.date)
  await page.getByLabel(fields.actLabel).fill(fields.act)
  if (fields.signatory) await page.getByLabel('Pasirašo (pareigos, vardas ir pavardė)').fill(fields.signatory)
}

/** Clicks a print button with the browser's dialog stubbed: one click must print exactly once. */
async function printOnce(page: Page, button: string | RegExp): Promise<void> {
  type Counted = { printed: number }
  await page.evaluate(() => {
    ;(window as unknown as Counted).printed = 0
    window.print = () => {
      ;(window as unknown as Counted).printed++
    }
  })
  await page.getByRole('button', { name: button }).click()
  expect(await page.evaluate(() => (window as unknown as Counted).printed)).toBe(1)
}

/** The text of a PDF (every page), as a reader's copy-and-paste would give it. */
async function pdfText(pdf: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf')
  const document = await getDocumentProxy(new Uint8Array(pdf))
  const { text } = await extractText(document, { mergePages: true })
  return text.replace(/\s+/g, ' ')
}

/** The serious and critical axe-core violations of a page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe
    const results = await axe.run(document, { resultTypes: ['violations'] })
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }))
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ${v.nodes.join(', ')}`)
}

describe('the interactive tools in Chromium', () => {
  test(
    'allocation: the example adds up, the downloads are exact, Skuodas 2022 shows 11 449 ≠ 11 538',
    async () => {
      const page = await open(toolPath('allocation'))
      const shares = page.getByTestId('allocation-shares')
      // The example (Kretinga 2022): nine elderships, whole euros, 25 957 in total.
      await expect.poll(() => shares.locator('tbody tr').count(), POLL).toBe(9)
      // Amounts as officers read them: "2 783,00 Eur" (their digits are cents).
      const amounts = await shares.locator('tbody td[data-col="amount"]').allTextContents()
      for (const amount of amounts) expect(amount.trim()).toMatch(/^\d{1,3}(\s\d{3})*,\d\d Eur$/)
      expect(amounts.map(amountOf).reduce((a, b) => a + b, 0n)).toBe(2595700n)
      await expect
        .poll(() => page.getByTestId('allocation-sum').textContent(), POLL)
        .toMatch(/25\s957,00 Eur/)
      await expect
        .poll(() => page.getByTestId('allocation-status').textContent(), POLL)
        .toMatch(/9 gavėjams: 25\s957,00 Eur = 25\s957,00 Eur/)
      // Published Kretinga 2022 amounts (municipal news item; see the @talka/allocation README).
      const darbenai = shares.locator('tbody tr', { hasText: 'Darbėnų seniūnija' })
      await expect.poll(() => darbenai.locator('td[data-col="amount"]').textContent(), POLL).toMatch(/2\s783/)
      // The quota in euros and cents on the officer's view; the exact fraction only in the details.
      await expect
        .poll(() => darbenai.locator('td[data-col="quota"]').textContent(), POLL)
        .toMatch(/^\s*≈ 2\s783,\d\d Eur\s*$/)
      expect(await shares.textContent()).not.toMatch(/\d\/\d/)
      const details = page.getByTestId('allocation-details')
      await expect
        .poll(
          () =>
            details
              .locator('tbody tr', { hasText: 'Darbėnų seniūnija' })
              .locator('td[data-col="quota-exact"]')
              .textContent(),
          POLL,
        )
        .toContain('110843962/39823')
      const ranks = (await details.locator('tbody td[data-col="rank"]').allTextContents()).map((r) =>
        Number(r.trim()),
      )
      expect([...ranks].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])

      const csv = await downloaded(page, () =>
        page.getByRole('button', { name: 'Atsisiųsti rezultatą (CSV)' }).click(),
      )
      expect(csv.name).toBe('paskirstymas.csv')
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
      expect(lines[0]).toContain('Liekanos vieta')
      expect(lines).toHaveLength(10)
      expect(lines.slice(1).reduce((sum, line) => sum + BigInt(line.split(';').at(-1) as string), 0n)).toBe(
        25957n,
      )

      const json = await downloaded(page, () =>
        page.getByRole('button', { name: 'Atsisiųsti paskirstymo sertifikatą (JSON)' }).click(),
      )
      const certificate = JSON.parse(json.text)
      expect(certificate.format).toBe('allocation-certificate.v1')
      expect(certificate.sum).toEqual({ total: '25957', amounts: '25957', equal: true })
      // Recomputed independently, in Node, from what the browser wrote.
      expect(verifyCertificate(certificate).valid).toBe(true)

      // A real published table: Skuodas 2022 (fixture copied from @talka/allocation).
      await page
        .locator('#talka-allocation-file')
        .setInputFiles(join(fixtures, 'allocation-2022-eldership-skuodas.csv'))
      await page.getByLabel('Patikrinti paskelbtą lentelę').check()
      await page.getByLabel('Visa suma, Eur').fill('11538')
      await page.getByLabel('Fiksuota dalis kiekvienam, Eur').fill('0')
      const sum = page.getByTestId('check-sum')
      await expect.poll(() => sum.textContent(), POLL).toMatch(/11\s449,00 Eur ≠ 11\s538,00 Eur/)
      await expect.poll(() => page.getByTestId('check-published-sum').textContent(), POLL).toMatch(/11\s449/)
      const differing = page.locator('[data-testid="check-rows"] tbody tr[data-differs="true"] th')
      await expect
        .poll(() => differing.allTextContents(), POLL)
        .toEqual(['Skuodo seniūnija', 'Lenkimų seniūnija', 'Barstyčių seniūnija'])
      await expect
        .poll(() => page.getByTestId('check-findings').textContent(), POLL)
        .toMatch(/11\s?449(,00 Eur)?, o ne 11\s?538/)
      const check = await downloaded(page, () =>
        page.getByRole('button', { name: 'Atsisiųsti patikrą (CSV)' }).click(),
      )
      expect(check.text).toContain('Skuodo seniūnija;2666;1653;1743;-90')

      // The state is in the address: the link reopens the same check.
      const url = await sharedUrl(page)
      const again = await open(url.slice(server.url.length))
      await expect
        .poll(() => again.getByTestId('check-sum').textContent(), POLL)
        .toMatch(/11\s449,00 Eur ≠ 11\s538,00 Eur/)
      await expect.poll(() => again.getByLabel('Patikrinti paskelbtą lentelę').isChecked(), POLL).toBe(true)
      await again.close()
      await page.close()
    },
    SLOW,
  )

  test('allocation works with the keyboard: arrow keys switch the mode, the result follows', async () => {
    const page = await open(toolPath('allocation', 'en'))
    await page.getByLabel('Split a total').focus()
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => page.getByLabel('Check a published table').isChecked(), POLL).toBe(true)
    // The example has no published amounts: the check asks for them, in the live region.
    await expect
      .poll(() => page.locator('[data-tool="allocation"] [role="status"] .talka-errors').textContent(), POLL)
      .toContain('published amounts')
    await page.keyboard.press('ArrowUp')
    await expect
      .poll(() => page.getByTestId('allocation-status').textContent(), POLL)
      .toMatch(/EUR 25,957\.00 = EUR 25,957\.00/)
    await page.close()
  })

  test('eligibility: a failing rule shows its legal reference link; answers update the verdict live', async () => {
    const page = await open(toolPath('eligibility'))
    await expect
      .poll(() => page.getByTestId('eligibility-outcome').textContent(), POLL)
      .toContain('Netinkamas')
    const n5 = page.locator('[data-testid="eligibility-failed"] li[data-rule="N5"]')
    await expect.poll(() => n5.textContent(), POLL).toContain('850,00 Eur')
    const link = n5.getByRole('link')
    await expect
      .poll(() => link.getAttribute('href'), POLL)
      .toBe('https://e-tar.lt/rs/legalact/cc265d20bf1811ed97b2975f7dad7488')
    await expect.poll(() => link.textContent(), POLL).toContain('A1-149')
    const unknown = page.locator('[data-testid="eligibility-unknown"] li[data-rule="N6"]')
    await expect
      .poll(() => unknown.getByRole('link').getAttribute('href'), POLL)
      .toMatch(/^https:\/\/e-tar\.lt\//)
    const needed = page.getByTestId('eligibility-needed')
    await expect.poll(() => needed.textContent(), POLL).toContain('patikimo mokesčių mokėtojo')
    await expect
      .poll(() => page.getByTestId('eligibility-letter').inputValue(), POLL)
      .toContain('N5 (neatitinka)')

    // "Go to the question" moves the focus to the question still needed.
    await needed.getByRole('button').first().click()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), POLL)
      .toBe('talka-eligibility-q-reliableTaxpayer')
    // Answer it and raise the income: the verdict turns eligible at once.
    await page.locator('#talka-eligibility-q-reliableTaxpayer-set').getByLabel('Taip').check()
    await page.locator('#talka-eligibility-q-income').fill('1500')
    await expect.poll(() => page.getByTestId('eligibility-outcome').textContent(), POLL).toContain('Tinkamas')
    await expect.poll(() => page.getByTestId('eligibility-failed').count(), POLL).toBe(0)
    await page.close()

    const en = await open(toolPath('eligibility', 'en'))
    await expect
      .poll(() => en.getByTestId('eligibility-outcome').textContent(), POLL)
      .toContain('Not eligible')
    await expect.poll(() => en.getByTestId('eligibility-letter').inputValue(), POLL).toContain('N5 (not met)')
    await en.close()
  })

  test('ranking: the cut-off line is where the budget ends; reserve and not-funded lists; summary files', async () => {
    const page = await open(toolPath('ranking'))
    const table = page.getByTestId('ranking-table')
    const rows = table.locator('tbody tr')
    const decisions = await rows.evaluateAll((trs) =>
      trs.map((tr) =>
        tr.classList.contains('talka-cutoff') ? 'CUT' : (tr.getAttribute('data-decision') ?? ''),
      ),
    )
    // The example: EUR 7,500; 3,000 + 3,000 in full, the next project offered the remaining 1,500.
    expect(decisions).toEqual(['funded', 'funded', 'funded', 'CUT', 'reserve', 'not-funded'])
    const funded = await table
      .locator('tbody tr[data-decision="funded"] td[data-col="amount"]')
      .allTextContents()
    expect(funded.map(amountOf)).toEqual([300000n, 300000n, 150000n])
    await expect
      .poll(() => page.getByTestId('ranking-cutoff').textContent(), POLL)
      .toMatch(/biudžetas 7\s500,00 Eur, skirta 7\s500,00 Eur, liko 0,00 Eur/)
    await expect
      .poll(() => page.getByTestId('ranking-reserve').textContent(), POLL)
      .toContain('BO-P-2024-204')
    await expect
      .poll(() => page.getByTestId('ranking-not-funded').textContent(), POLL)
      .toContain('minimalaus balų')

    // A file of scores (English headers, commas) with its own call.
    await page
      .locator('#talka-ranking-file')
      .setInputFiles(join(fixtures, 'evaluation-scores-illustrative.csv'))
    await page.getByLabel('Biudžetas, Eur').fill('4000')
    await page.getByLabel('Minimalus balų vidurkis', { exact: true }).fill('50')
    const after = await rows.evaluateAll((trs) =>
      trs.map((tr) =>
        tr.classList.contains('talka-cutoff')
          ? 'CUT'
          : `${tr.getAttribute('data-id')}:${tr.getAttribute('data-decision')}`,
      ),
    )
    // 2000 + 1500 fit; the 500 left is below the EUR 1,000 minimum, so P-03 waits on the reserve list.
    expect(after).toEqual(['P-01:funded', 'P-02:funded', 'CUT', 'P-03:reserve', 'P-04:not-funded'])
    await expect
      .poll(() => page.getByTestId('ranking-cutoff').textContent(), POLL)
      .toMatch(/skirta 3\s500,00 Eur, liko 500,00 Eur/)

    const csv = await downloaded(page, () =>
      page.getByRole('button', { name: 'Atsisiųsti vertinimo suvestinę (CSV)' }).click(),
    )
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toMatch(/^Vieta;Projekto reg\. Nr\.;/)
    expect(lines[1]).toMatch(/^1;P-01;.*;Finansuojamas;2000,00;/)
    expect(lines.find((l) => l.includes('P-03'))).toContain('Rezervinis sąrašas')
    const html = await downloaded(page, () =>
      page.getByRole('button', { name: 'Atsisiųsti suvestinę spausdinimui (HTML)' }).click(),
    )
    expect(html.name).toBe('vertinimo-suvestine.html')
    expect(html.text).toMatch(/^<!doctype html>/i)
    expect(html.text).toContain('P-04')
    await page.close()
  })

  test('files as officers have them: Windows-1257 CSV and .xlsx give the UTF-8 CSV result (allocation, ranking)', async () => {
    // The same rows three ways, made here: UTF-8 CSV, Windows-1257 CSV (Lithuanian Excel) and .xlsx.
    const cp1257 = new Map<string, number>()
    const decoder = new TextDecoder('windows-1257')
    for (let byte = 0x80; byte <= 0xff; byte++) cp1257.set(decoder.decode(Uint8Array.of(byte)), byte)
    const encode1257 = (text: string) =>
      Uint8Array.from([...text], (ch) =>
        ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (cp1257.get(ch) ?? 0x3f),
      )
    const files = async (name: string, rows: readonly (readonly string[])[]) => {
      const csv = writeCsv(rows)
      const windows = encode1257(csv)
      // Not UTF-8: the decoder has to notice and fall back to Windows-1257.
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(windows)).toThrow()
      const sheet = rows.map((row, r) =>
        row.map((cell) => {
          const number = r > 0 ? parseLithuanianDecimal(cell) : undefined
          return number === undefined
            ? { type: String, value: cell }
            : { type: Number, value: Number(number) }
        }),
      )
      const xlsx = await writeXlsxFile(sheet).toBuffer()
      return [
        { name: `${name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') },
        { name: `${name}-1257.csv`, mimeType: 'text/csv', buffer: Buffer.from(windows) },
        {
          name: `${name}.xlsx`,
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: xlsx,
        },
      ]
    }

    const skuodas = parseCsv(readFileSync(join(fixtures, 'allocation-2022-eldership-skuodas.csv'), 'utf8'))
    const allocation = await open(toolPath('allocation'))
    const shares = allocation.getByTestId('allocation-shares').locator('tbody tr')
    const seen: string[][] = []
    for (const file of await files('skuodas', [skuodas.headers, ...skuodas.rows])) {
      await allocation.locator('#talka-allocation-file').setInputFiles(file)
      await expect.poll(() => shares.count(), POLL).toBe(9)
      await expect
        .poll(() => allocation.getByTestId('allocation-shares').textContent(), POLL)
        .toContain('Šačių seniūnija')
      seen.push((await shares.allTextContents()).map((row) => row.replace(/\s+/g, ' ').trim()))
    }
    expect(seen[1]).toEqual(seen[0])
    expect(seen[2]).toEqual(seen[0])
    await allocation.close()

    const example = parseCsv(RANKING_EXAMPLE.csv)
    const ranking = await open(toolPath('ranking'))
    const table = ranking.getByTestId('ranking-table')
    const ranked: string[][] = []
    for (const file of await files('scores', [example.headers, ...example.rows])) {
      // The example is on screen already: clear it so each file is seen arriving.
      await ranking.locator('#talka-ranking-csv').fill('')
      await expect.poll(() => table.count(), POLL).toBe(0)
      await ranking.locator('#talka-ranking-file').setInputFiles(file)
      await expect.poll(() => table.locator('tbody tr').count(), POLL).toBe(6)
      await expect.poll(() => table.textContent(), POLL).toContain('Bendruomenė „Ąžuolas“')
      ranked.push(
        (await table.locator('tbody tr').allTextContents()).map((row) => row.replace(/\s+/g, ' ').trim()),
      )
    }
    expect(ranked[1]).toEqual(ranked[0])
    expect(ranked[2]).toEqual(ranked[0])
    await ranking.close()
  })

  test('call builder: a custom call built in the form, exported and re-imported gives the same JSON; eligibility checks against it', async () => {
    const lt = (key: keyof typeof callFieldLabels) => callFieldLabels[key].label.lt
    const page = await open(toolPath('calls'))
    const status = page.getByTestId('call-status')
    await expect.poll(() => status.textContent(), POLL).toContain('atitinka call.v1')
    await page.getByRole('button', { name: 'Naujas kvietimas' }).click()
    await expect.poll(() => status.textContent(), POLL).toMatch(/klaidų/)
    const field = (path: string) => page.locator(`#talka-call-${path}`)
    // An issue is shown next to its field while typing, and goes when the value is right.
    await field('id').fill('Mano Kvietimas')
    await expect.poll(() => page.locator('[data-issue-path="id"]').count(), POLL).toBe(1)
    await field('id').fill('pavyzdziu-2025')
    await expect.poll(() => page.locator('[data-issue-path="id"]').count(), POLL).toBe(0)
    await field('name-lt').fill('Bendruomeninės veiklos stiprinimas 2025 m.')
    await field('name-en').fill('Strengthening community activity 2025')
    await field('municipality-name').fill('Pavyzdžių rajono savivaldybė')
    await field('year').fill('2025')
    await field('model').selectOption('pilot')
    await field('ref-act').fill('Administracijos direktoriaus 2025-03-01 įsakymas Nr. A-100')
    await field('ref-url').fill('https://www.e-tar.lt/portal/lt/legalAct/pavyzdys')
    await page.getByRole('button', { name: `+ ${lt('budget')}`, exact: true }).click()
    await field('budget-amount').fill('20000.00')
    await page.getByRole('button', { name: `+ ${lt('amounts')}`, exact: true }).click()
    await page.getByRole('button', { name: `+ ${lt('amounts.minPerProject')}`, exact: true }).click()
    await page.getByRole('button', { name: `+ ${lt('amounts.maxPerProject')}`, exact: true }).click()
    await field('amounts-minPerProject').fill('3000.00')
    await field('amounts-maxPerProject').fill('1000.00')
    // A rule of the schema across two fields, reported at the field it names.
    await expect.poll(() => page.locator('[data-issue-path="amounts.maxPerProject"]').count(), POLL).toBe(1)
    await field('amounts-minPerProject').fill('500.00')
    await field('amounts-maxPerProject').fill('2000.00')
    await page.getByRole('button', { name: `+ ${lt('amounts.overMaximum')}`, exact: true }).click()
    await field('amounts-overMaximum').selectOption('reject')
    await expect.poll(() => status.textContent(), POLL).toContain('atitinka call.v1')

    const exported = await downloaded(page, () =>
      page.getByRole('button', { name: 'Atsisiųsti call.json' }).click(),
    )
    expect(exported.name).toBe('call.json')
    expect(JSON.parse(exported.text)).toEqual({
      id: 'pavyzdziu-2025',
      name: { lt: 'Bendruomeninės veiklos stiprinimas 2025 m.', en: 'Strengthening community activity 2025' },
      municipality: { name: 'Pavyzdžių rajono savivaldybė' },
      year: 2025,
      model: 'pilot',
      ref: {
        act: 'Administracijos direktoriaus 2025-03-01 įsakymas Nr. A-100',
        url: 'https://www.e-tar.lt/portal/lt/legalAct/pavyzdys',
      },
      budget: { kind: 'total', amount: '20000.00' },
      amounts: { minPerProject: '500.00', maxPerProject: '2000.00', overMaximum: 'reject' },
    })

    // Re-imported from the file on a fresh page, and opened from the link: the same JSON.
    const url = await sharedUrl(page)
    const fresh = await open(toolPath('calls'))
    await fresh
      .locator('#talka-call-file')
      .setInputFiles({ name: 'call.json', mimeType: 'application/json', buffer: Buffer.from(exported.text) })
    await expect.poll(() => fresh.locator('#talka-call-id').inputValue(), POLL).toBe('pavyzdziu-2025')
    const again = await downloaded(fresh, () =>
      fresh.getByRole('button', { name: 'Atsisiųsti call.json' }).click(),
    )
    expect(again.text).toBe(exported.text)
    const linked = await open(url.slice(server.url.length))
    await expect.poll(() => linked.locator('#talka-call-id').inputValue(), POLL).toBe('pavyzdziu-2025')
    const viaLink = await downloaded(linked, () =>
      linked.getByRole('button', { name: 'Atsisiųsti call.json' }).click(),
    )
    expect(viaLink.text).toBe(exported.text)

    // The eligibility questionnaire checks a project against the officer's call (from the builder).
    await linked.getByRole('button', { name: 'Naudoti tinkamumo įrankyje' }).click()
    await expect.poll(() => linked.getByTestId('call-saved').count(), POLL).toBe(1)
    const check = await linked.context().newPage()
    await check.goto(`${server.url}${toolPath('eligibility')}`, { waitUntil: 'networkidle' })
    await check.locator('#talka-eligibility-set').selectOption('community-measure/project')
    await check.getByRole('button', { name: 'Naudoti kvietimą iš kvietimo rengimo įrankio' }).click()
    await expect.poll(() => check.locator('#talka-eligibility-call').inputValue(), POLL).toBe('own')
    await expect
      .poll(() => check.locator('#talka-eligibility-call option:checked').textContent(), POLL)
      .toContain('Bendruomeninės veiklos stiprinimas 2025 m.')
    await check.locator('#talka-eligibility-q-requestedAmount').fill('3000')
    await expect
      .poll(() => check.getByTestId('eligibility-outcome').textContent(), POLL)
      .toContain('Netinkamas')
    for (const p of [page, fresh, linked, check]) await p.close()
  })

  test('charts: allocation bars with the guaranteed amount marked; ranking averages with the pass mark and funding line', async () => {
    const page = await open(toolPath('allocation'))
    const chart = page.getByTestId('allocation-chart')
    await chart.locator('svg[role="img"]').first().waitFor()
    await expect.poll(() => chart.locator('g[data-mark="amounts"] rect').count(), POLL).toBe(9)
    await expect.poll(() => chart.locator('g[data-mark="minimum"] line').count(), POLL).toBe(1)
    // The text alternative: a caption, and a summary the SVG points to.
    const svgName = await chart.locator('svg[role="img"]').first().getAttribute('aria-label')
    expect(svgName).toBe('Skirtos sumos pagal gavėjus')
    const summary = await chart.locator('.talka-chart-summary').textContent()
    expect(summary).toMatch(/Daugiausia skirta: Kretingos miesto seniūnija – \d{1,3}(\s\d{3})*,00 Eur/)
    expect(summary).toMatch(/Fiksuota dalis \(750,00 Eur\) pažymėta/)
    const describedBy = await chart.locator('svg[role="img"]').first().getAttribute('aria-describedby')
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(summary)
    // The data table stays next to the chart.
    await expect.poll(() => page.getByTestId('allocation-shares').isVisible(), POLL).toBe(true)
    await page.close()

    const ranking = await open(toolPath('ranking'))
    const bars = ranking.getByTestId('ranking-chart')
    await bars.locator('svg[role="img"]').first().waitFor()
    await expect.poll(() => bars.locator('g[data-mark="averages"] rect').count(), POLL).toBe(5)
    await expect.poll(() => bars.locator('g[data-mark="pass-mark"] line').count(), POLL).toBe(1)
    await expect.poll(() => bars.locator('g[data-mark="funding-line"] line').count(), POLL).toBe(1)
    const rankingSummary = await bars.locator('.talka-chart-summary').textContent()
    expect(rankingSummary).toContain('Minimalus balų vidurkis – 60.')
    expect(rankingSummary).toContain('Finansavimo riba – po paraiškos BO-P-2024-203.')
    // The funding line is drawn between the last funded bar and the first one below it.
    const line = await bars.locator('g[data-mark="funding-line"] line').first().boundingBox()
    const rects = await bars.locator('g[data-mark="averages"] rect').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect()
        return { top: r.top, bottom: r.bottom }
      }),
    )
    const sorted = [...rects].sort((a, b) => a.top - b.top)
    expect(line?.y).toBeGreaterThan(sorted[2]!.bottom - 1)
    expect(line?.y).toBeLessThan(sorted[3]!.top + 1)
    await ranking.close()
  })

  test('print: the allocation annex and the ranking summary as PDF, with date, legal basis and signature block', async () => {
    const page = await open(toolPath('allocation'))
    await page.getByTestId('allocation-shares').waitFor()
    await fillDecision(page, {
      date: '2025-01-15',
      actLabel: 'Sprendimas, kuriuo remiantis skirstoma (neprivaloma)',
      act: 'Administracijos direktoriaus 2025 m. sausio 15 d. įsakymas Nr. A-12',
      signatory: 'Direktorė Vardenė Pavardenė',
    })
    // One click prints: the button calls the browser's print (stubbed here, it would open a dialog).
    await printOnce(page, 'Spausdinti sprendimo priedą')
    const json = await downloaded(page, () =>
      page.getByRole('button', { name: 'Atsisiųsti paskirstymo sertifikatą (JSON)' }).click(),
    )
    const certificateHash = sha256Hex(canonicalJson(JSON.parse(json.text) as JsonValue))

    // On screen the annex is not shown; on paper only the annex is.
    expect(await page.getByTestId('allocation-annex').isVisible()).toBe(false)
    await page.emulateMedia({ media: 'print' })
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is read or printed (print media hides the page)
    const printed = await page.evaluate(() => document.body.innerText)
    expect(printed).toContain('Sprendimo priedas')
    expect(printed).toMatch(/Data\s+2025-01-15/)
    expect(printed).toContain('Teisinis pagrindas')
    expect(printed).toContain('Administracijos direktoriaus 2025 m. sausio 15 d. įsakymas Nr. A-12')
    expect(printed).toContain('A1-246')
    expect(printed).toContain('Darbėnų seniūnija')
    expect(printed).toMatch(/Iš viso paskirstyta 25\s957,00 Eur iš 25\s957,00 Eur 9 gavėjams/)
    expect(printed).toContain(certificateHash)
    expect(printed).toContain('Pasirašo: Direktorė Vardenė Pavardenė')
    expect(printed).toContain('(parašas)')
    expect(printed).toMatch(/@talka\/allocation \d+\.\d+\.\d+\)/)
    expect(printed, 'the form is not printed').not.toContain('Įkelti pavyzdį')
    expect(printed).not.toMatch(/\bcomplete\b/)
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pdf.length).toBeGreaterThan(1000)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    writeFileSync(join(outputDir, 'allocation-annex.pdf'), pdf)
    await page.screenshot({ path: join(outputDir, 'allocation-annex-print.png'), fullPage: true })
    await page.close()

    const ranking = await open(toolPath('ranking'))
    await ranking.getByTestId('ranking-table').waitFor()
    await fillDecision(ranking, {
      date: '2025-02-03',
      actLabel: RANKING_ACT_LABEL,
      act: 'Konkurso nuostatai, patvirtinti 2025 m. sausio 15 d. įsakymu Nr. A-12',
    })
    await expect
      .poll(() => ranking.getByRole('button', { name: 'Spausdinti vertinimo suvestinę' }).isVisible(), POLL)
      .toBe(true)
    await ranking.emulateMedia({ media: 'print' })
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is read or printed (print media hides the page)
    const summary = await ranking.evaluate(() => document.body.innerText)
    expect(summary).toContain('Paraiškų vertinimo suvestinė')
    expect(summary).toMatch(/Data\s+2025-02-03/)
    expect(summary).toContain('Teisinis pagrindas')
    expect(summary).toContain('Konkurso nuostatai, patvirtinti 2025 m. sausio 15 d. įsakymu Nr. A-12')
    expect(summary).toMatch(/Biudžetas 7\s500,00 Eur; skirta 7\s500,00 Eur; liko 0,00 Eur/)
    expect(summary).toContain('BO-P-2024-205')
    expect(summary).toContain('(vardas ir pavardė)')
    expect(summary).toMatch(/@talka\/evaluation \d+\.\d+\.\d+\)/)
    expect(summary, 'no internal status code in the footer').not.toMatch(/·\s*complete|\bcomplete\b/)
    const rankingPdf = await ranking.pdf({ format: 'A4' })
    expect(rankingPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(rankingPdf.length).toBeGreaterThan(1000)
    writeFileSync(join(outputDir, 'ranking-summary.pdf'), rankingPdf)
    await ranking.close()
  })

  test('published decision: funded, reserve and not-funded lists (toPublishedTables) as PDF with date and legal basis; CSV and .xlsx agree', async () => {
    const page = await open(toolPath('ranking'))
    await page.getByTestId('ranking-table').waitFor()
    await fillDecision(page, {
      date: '2025-02-03',
      actLabel: RANKING_ACT_LABEL,
      act: 'Konkurso nuostatai, patvirtinti 2025 m. sausio 15 d. įsakymu Nr. A-12',
      signatory: 'Skyriaus vedėja Vardenė Pavardenė',
    })
    await printOnce(page, /^Spausdinti sprendimą/)
    await page.getByTestId('ranking-published-print').waitFor({ state: 'attached' })
    expect(await page.getByTestId('ranking-print').count(), 'only the decision goes to paper').toBe(0)

    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({ format: 'A4' })
    writeFileSync(join(outputDir, 'ranking-decision.pdf'), pdf)
    const text = await pdfText(pdf)
    // The date and the legal basis (the call's own citation: here the act the officer typed).
    expect(text).toContain('Data: 2025-02-03')
    expect(text).toContain(
      'Teisinis pagrindas: Konkurso nuostatai, patvirtinti 2025 m. sausio 15 d. įsakymu Nr. A-12',
    )
    for (const heading of [
      'FINANSUOJAMŲ PROJEKTŲ SĄRAŠAS',
      'REZERVINIŲ PROJEKTŲ SĄRAŠAS',
      'NEFINANSUOJAMI PROJEKTAI',
    ])
      expect(text).toContain(heading)
    expect(text).toMatch(/VISO\s*7\s500,00/)
    expect(text).toContain('Projektas nesurinko Konkurso apraše nustatyto minimalaus balų skaičiaus')
    expect(text).toContain('Pasirašo: Skyriaus vedėja Vardenė Pavardenė')
    expect(text).toContain('(Vardas, pavardė)')
    expect(text, 'the evaluation summary is not printed with it').not.toContain(
      'Paraiškų vertinimo suvestinė',
    )
    await page.emulateMedia({ media: 'screen' })

    const csv = await downloaded(page, () =>
      page.getByRole('button', { name: 'Atsisiųsti sprendimo sąrašus (CSV)' }).click(),
    )
    expect(csv.name).toBe('sprendimo-sarasai.csv')
    const csvRows = readCsvRows(csv.text, ';')
    expect(csvRows[0]).toEqual(['FINANSUOJAMŲ PROJEKTŲ SĄRAŠAS'])
    expect(csvRows[2]).toEqual([
      '1',
      'BO-P-2024-201',
      'Bendruomenė „Ąžuolas“',
      'Kiemų šventė',
      '88,5',
      '3 000,00',
      '3 000,00',
    ])
    const [download] = (await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Atsisiųsti sprendimo sąrašus (Excel .xlsx)' }).click(),
    ])) as [Download, unknown]
    expect(download.suggestedFilename()).toBe('sprendimo-sarasai.xlsx')
    const sheet = await readSheet(readFileSync(await download.path()))
    // Read back in Node: the same cells as the CSV (number cells read back as the same digits).
    const rows = (table: readonly (readonly unknown[])[]) =>
      table
        .map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell))))
        .map((row) => {
          const cells = [...row]
          while (cells.length > 0 && cells.at(-1) === '') cells.pop()
          return cells
        })
        .filter((row) => row.length > 0)
    expect(rows(sheet)).toEqual(rows(csvRows))
    // Three lists: heading, columns and rows each, the funded list with its total.
    expect(rows(sheet).length).toBe(12)
    await page.close()
  })

  test("an officer's own call from the call builder: ten applications ranked and one checked under its terms (axe)", async () => {
    const lt = (key: keyof typeof callFieldLabels) => callFieldLabels[key].label.lt
    const page = await open(toolPath('calls'))
    const status = page.getByTestId('call-status')
    await page.getByRole('button', { name: 'Naujas kvietimas' }).click()
    const field = (path: string) => page.locator(`#talka-call-${path}`)
    const add = (key: keyof typeof callFieldLabels) =>
      page.getByRole('button', { name: `+ ${lt(key)}`, exact: true }).click()
    await field('id').fill('desk-2025')
    await field('name-lt').fill('Seniūnijų bendruomenių projektai 2025 m.')
    await field('name-en').fill('Eldership community projects 2025')
    await field('municipality-name').fill('Pavyzdžių rajono savivaldybė')
    await field('year').fill('2025')
    await field('model').selectOption('pilot')
    await field('ref-act').fill('Administracijos direktoriaus 2025-03-01 įsakymas Nr. A-200')
    await field('ref-url').fill('https://www.e-tar.lt/portal/lt/legalAct/desk-pavyzdys')
    await add('budget')
    await field('budget-amount').fill('10000.00')
    await add('amounts')
    await add('amounts.minPerProject')
    await add('amounts.maxPerProject')
    await field('amounts-minPerProject').fill('1200.00')
    await field('amounts-maxPerProject').fill('2800.00')
    // A request above the maximum makes the application ineligible (not capped).
    await add('amounts.overMaximum')
    await field('amounts-overMaximum').selectOption('reject')
    // The evaluation: two criteria of 50 points each and a pass mark of 70 (the form's default is 60).
    await add('evaluation')
    await add('evaluation.criteria')
    for (const [i, [id, title, en]] of [
      ['aktualumas', 'Aktualumas', 'Relevance'],
      ['veiklos', 'Veiklos', 'Activities'],
    ].entries()) {
      // The list starts with one criterion (a call needs at least one); the second is added.
      if (i > 0)
        await page
          .getByRole('button', { name: `+ Pridėti: ${lt('evaluation.criteria')}`, exact: true })
          .click()
      await field(`evaluation-criteria-${i}-id`).fill(id!)
      await field(`evaluation-criteria-${i}-title-lt`).fill(title!)
      await field(`evaluation-criteria-${i}-title-en`).fill(en!)
      await field(`evaluation-criteria-${i}-min`).fill('0')
      await field(`evaluation-criteria-${i}-max`).fill('50')
      await field(`evaluation-criteria-${i}-weight`).fill('1')
    }
    await add('evaluation.passMark')
    await field('evaluation-passMark-score').fill('70')
    await expect.poll(() => status.textContent(), POLL).toContain('atitinka call.v1')
    expect(await seriousViolations(page), 'call builder with the call filled in').toEqual([])
    await page.getByRole('button', { name: 'Naudoti tinkamumo įrankyje' }).click()
    await expect.poll(() => page.getByTestId('call-saved').count(), POLL).toBe(1)

    // Ten applications, one evaluator each (averages 95 … 40), ranked under the call kept by the builder.
    const averages = [95, 90, 85, 80, 75, 72, 68, 65, 50, 40]
    const csv = [
      'Projekto reg. Nr.;Pareiškėjas;Projekto pavadinimas;Prašoma suma, Eur;Vertintojas;Aktualumas;Veiklos',
      ...averages.map((total, i) => {
        const no = String(i + 1).padStart(2, '0')
        const a = Math.ceil(total / 2)
        return `K-${no};Bendruomenė ${no};Projektas ${no};${i === 2 ? '2500,00' : '2800,00'};E1;${a};${total - a}`
      }),
    ].join('\n')
    const ranking = await page.context().newPage()
    await ranking.goto(`${server.url}${toolPath('ranking')}`, { waitUntil: 'networkidle' })
    await ranking.locator('#talka-ranking-source').selectOption('own')
    await ranking.getByRole('button', { name: 'Naudoti kvietimą iš kvietimo rengimo įrankio' }).click()
    await expect
      .poll(() => ranking.locator('#talka-ranking-source option:checked').textContent(), POLL)
      .toContain('Seniūnijų bendruomenių projektai 2025 m.')
    await ranking.locator('#talka-ranking-csv').fill(csv)
    const table = ranking.getByTestId('ranking-table')
    await expect.poll(() => table.locator('tbody tr[data-id]').count(), POLL).toBe(10)
    const decisions = await table
      .locator('tbody tr[data-id]')
      .evaluateAll((trs) =>
        trs.map((tr) => `${tr.getAttribute('data-id')}:${tr.getAttribute('data-decision')}`),
      )
    // The call's pass mark (70) puts K-07 (68) and K-08 (65) out; its maximum (2 800) caps the grants;
    // its budget (10 000) leaves 1 900 that the call does not offer to the next project.
    expect(decisions).toEqual([
      'K-01:funded',
      'K-02:funded',
      'K-03:funded',
      'K-04:reserve',
      'K-05:reserve',
      'K-06:reserve',
      'K-07:not-funded',
      'K-08:not-funded',
      'K-09:not-funded',
      'K-10:not-funded',
    ])
    const granted = await table
      .locator('tbody tr[data-decision="funded"] td[data-col="amount"]')
      .allTextContents()
    expect(granted.map(amountOf)).toEqual([280000n, 280000n, 250000n])
    await expect
      .poll(() => ranking.getByTestId('ranking-cutoff').textContent(), POLL)
      .toMatch(/biudžetas 10\s000,00 Eur, skirta 8\s100,00 Eur, liko 1\s900,00 Eur/)
    await expect
      .poll(() => ranking.getByTestId('ranking-chart').locator('.talka-chart-summary').textContent(), POLL)
      .toContain('Minimalus balų vidurkis – 70.')
    expect(await seriousViolations(ranking), 'ranking under the own call').toEqual([])

    // One application checked in the eligibility tool under the same call: above its 2 800 maximum.
    const check = await page.context().newPage()
    await check.goto(`${server.url}${toolPath('eligibility')}`, { waitUntil: 'networkidle' })
    await check.locator('#talka-eligibility-set').selectOption('community-measure/project')
    await check.getByRole('button', { name: 'Naudoti kvietimą iš kvietimo rengimo įrankio' }).click()
    await expect
      .poll(() => check.locator('#talka-eligibility-call option:checked').textContent(), POLL)
      .toContain('Seniūnijų bendruomenių projektai 2025 m.')
    const outcome = check.getByTestId('eligibility-outcome')
    await check.locator('#talka-eligibility-q-requestedAmount').fill('2900')
    await expect.poll(() => outcome.textContent(), POLL).toContain('Netinkamas')
    await expect
      .poll(() => check.getByTestId('eligibility-failed').textContent(), POLL)
      .toMatch(/2\s900,00 Eur\) didesnė už didžiausią galimą skirti sumą \(2\s800,00 Eur/)
    await check.locator('#talka-eligibility-q-requestedAmount').fill('2700')
    await expect.poll(() => outcome.textContent(), POLL).not.toContain('Netinkamas')
    expect(await seriousViolations(check), 'eligibility under the own call').toEqual([])
    for (const p of [page, ranking, check]) await p.close()
  })

  test('the ranking at 390 px: amounts on screen; the allocation chart is not clipped', async () => {
    const ranking = await open(toolPath('ranking'), PHONE)
    const amounts = await ranking
      .getByTestId('ranking-table')
      .locator('tbody td[data-col="amount"]:not(:empty)')
      .all()
    expect(amounts.length).toBe(3)
    for (const cell of amounts) {
      const box = await cell.boundingBox()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width)
    }
    await ranking.close()
    for (const [tool, chart] of [
      ['allocation', 'allocation-chart'],
      ['ranking', 'ranking-chart'],
    ] as const) {
      const page = await open(toolPath(tool), PHONE)
      const svg = page.getByTestId(chart).locator('svg[role="img"]').first()
      await svg.waitFor()
      const box = await svg.boundingBox()
      expect(box!.x, `${chart}: starts on screen`).toBeGreaterThanOrEqual(0)
      expect(box!.width, `${chart}: not wider than the phone`).toBeLessThanOrEqual(PHONE.width)
      expect(box!.x + box!.width, `${chart}: ends on screen`).toBeLessThanOrEqual(PHONE.width)
      // Nothing drawn outside the SVG's box (Plot's labels), and no sideways scroll of the page.
      const inside = await svg.evaluate((el) => {
        const outer = el.getBoundingClientRect()
        return Array.from(el.querySelectorAll('text, rect, line')).every((child) => {
          const r = child.getBoundingClientRect()
          return r.left >= outer.left - 1 && r.right <= outer.right + 1
        })
      })
      expect(inside, `${chart}: every mark and label inside the chart`).toBe(true)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
      await page.close()
    }
  })

  test('phones (390 px): key columns on screen, no sideways scroll, report rows of readable height', async () => {
    for (const [tool, testId] of [
      ['ranking', 'ranking-table'],
      ['allocation', 'allocation-shares'],
    ] as const) {
      const page = await open(toolPath(tool), PHONE)
      const table = page.getByTestId(testId)
      await table.waitFor()
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${tool}: page width`,
      ).toBeLessThanOrEqual(390)
      // Every amount granted (a row that is not funded has none to show).
      const cells = await table.locator('tbody td[data-col="amount"]:not(:empty)').all()
      expect(cells.length).toBeGreaterThan(0)
      for (const cell of cells) {
        const box = await cell.boundingBox()
        expect(box, `${tool}: amount cell laid out`).not.toBeNull()
        expect(box!.x, `${tool}: amount cell starts on screen`).toBeGreaterThanOrEqual(0)
        expect(box!.x + box!.width, `${tool}: amount cell ends on screen`).toBeLessThanOrEqual(390)
      }
      // The application (or recipient) and, for the ranking, the decision are on screen too.
      const title = await table.locator('tbody th').first().boundingBox()
      expect(title!.x + title!.width).toBeLessThanOrEqual(390)
      if (tool === 'ranking') {
        const decision = await table.locator('tbody td[data-col="decision"]').first().boundingBox()
        expect(decision!.x + decision!.width).toBeLessThanOrEqual(390)
      }
      await page.close()
    }
    const report = await open(toolPath('reports'), PHONE)
    const rows = report.locator('[data-testid="report-grid"] tbody tr')
    await expect.poll(() => rows.count(), POLL).toBeGreaterThan(0)
    const heights = await rows.evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height))
    expect(Math.max(...heights), `report rows: ${heights.map(Math.round).join(', ')}`).toBeLessThan(200)
    expect(await report.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await report.close()
  })

  test('Lithuanian views show no internal codes or exact fractions', async () => {
    // Whole words only: "failą" is Lithuanian, "fail" is a code.
    const codes =
      /(?<![\p{L}-])(applied|not-needed|ineligible|eligible|not-funded|funded|reserve|pass|fail|unknown|undetermined|true|false|null|undefined)(?![\p{L}-])|parameter:|[a-z]+\.[a-z-]+\.[a-z-]+/u
    for (const tool of TOOLS) {
      const page = await open(toolPath(tool))
      await page.waitForTimeout(300)
      const text = await page.evaluate(() => {
        const tool = document.querySelector('[data-tool]') as HTMLElement
        const clone = tool.cloneNode(true) as HTMLElement
        // Input the officer typed or pasted (CSV) and the details view may hold anything.
        // Texts rendered by the packages' own message catalogs are checked in the packages; the
        // labels, lists and outcomes around them are the app's.
        const skip = 'textarea, details, option, [data-testid="report-grid"], .talka-package-text'
        clone.querySelectorAll(skip).forEach((el) => {
          el.remove()
        })
        document.body.append(clone)
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is read or printed (hidden parts are not read)
        const text = clone.innerText
        clone.remove()
        return text
      })
      const found = text.split('\n').filter((line) => codes.test(line))
      expect(found, `${tool}: lines with internal codes`).toEqual([])
      if (tool === 'allocation') expect(text).not.toMatch(/\d+\/\d{3,}/)
      await page.close()
    }
  })

  test('volunteering: the four answers under the edition in force, each with its article', async () => {
    const page = await open(toolPath('volunteering'))
    await expect
      .poll(() => page.getByTestId('volunteering-edition').textContent(), POLL)
      .toContain('2024-07-01')
    const outcome = (key: string) =>
      page.locator(`[data-answer="${key}"] [data-testid="volunteering-outcome"]`).textContent()
    await expect.poll(() => outcome('volunteer'), POLL).toBe('Taip')
    await expect.poll(() => outcome('activity'), POLL).toBe('Savanoriška tarnyba')
    await expect.poll(() => outcome('expenses'), POLL).toBe('Taip')
    // The new edition's rule on written agreements was not found in a stored copy: not known.
    await expect.poll(() => outcome('agreement'), POLL).toBe('Nežinoma')
    await expect
      .poll(() => page.locator('[data-answer="activity"]').textContent(), POLL)
      .toContain('2 str. 5 d.')
    for (const key of ['volunteer', 'agreement', 'activity', 'expenses']) {
      const links = page.locator(`[data-answer="${key}"] .talka-rules a`)
      expect(await links.count(), `${key} cites the law`).toBeGreaterThan(0)
    }
    // The same agreement checked on 2024-06-30: the original edition, which requires a written
    // agreement when expenses are reimbursed and has no classes of activity.
    await page.getByLabel('Tikrinimo data').fill('2024-06-30')
    await page.getByLabel('Sudaryta').fill('2024-06-01')
    await page.getByLabel('Veikla nuo').fill('2024-06-01')
    await expect.poll(() => outcome('agreement'), POLL).toBe('Taip')
    await expect
      .poll(() => page.locator('[data-answer="agreement"]').textContent(), POLL)
      .toContain('pradinė redakcija (2011-08-01–2024-06-30)')
    await expect
      .poll(() => page.locator('[data-answer="agreement"] [data-edition]').getAttribute('data-edition'), POLL)
      .toBe('volunteering/xi-1500/original')
    await page.close()
  })

  test('report validator: seed 003 as a file, warnings on their cells, a broken cell highlighted in lt and en', async () => {
    const page = await open(toolPath('reports'))
    await expect
      .poll(() => page.getByTestId('report-status').textContent(), POLL)
      .toMatch(/tinkama.*klaidų: 0, įspėjimų: 2/)
    await page
      .locator('#talka-report-file')
      .setInputFiles(join(fixtures, 'council-plan-report.v1.klaipeda-district-2024.csv'))
    await expect
      .poll(() => page.getByTestId('report-status').textContent(), POLL)
      .toMatch(/klaidų: 0, įspėjimų: 2/)
    const warned = page.locator('[data-testid="report-grid"] td.talka-cell-warning')
    await expect.poll(() => warned.count(), POLL).toBe(2)
    await expect.poll(() => warned.first().getAttribute('data-column'), POLL).toBe('Įvykių datos')
    await expect.poll(() => warned.first().textContent(), POLL).toContain('nepatenka į ataskaitos metus 2024')

    const broken = readFileSync(
      join(fixtures, 'council-plan-report.v1.klaipeda-district-2024.csv'),
      'utf8',
    ).replace('\r\n7;', '\r\nseptyni;')
    await page.locator('#talka-report-file').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(broken, 'utf8'),
    })
    await expect
      .poll(() => page.getByTestId('report-status').textContent(), POLL)
      .toMatch(/yra klaidų.*klaidų: 1/)
    const cell = page.locator('[data-testid="report-grid"] tr[data-row="8"] td[data-column="Eil. Nr."]')
    await expect.poll(() => cell.getAttribute('class'), POLL).toContain('talka-cell-error')
    await expect.poll(() => cell.textContent(), POLL).toContain('„septyni“ nėra eilės numeris')
    await expect
      .poll(() => page.getByTestId('report-issues').textContent(), POLL)
      .toContain('8 eilutė, stulpelis „Eil. Nr.“')
    await page.getByLabel('Pranešimų kalba').selectOption('en')
    await expect.poll(() => cell.textContent(), POLL).toContain('"septyni" is not a row number')
    await page.close()
  })

  test(
    'every tool page has no serious or critical axe-core violation, in both languages',
    async () => {
      const found: string[] = []
      for (const lang of ['lt', 'en'] as const) {
        for (const tool of [...TOOLS, ''] as const) {
          const path = tool ? toolPath(tool, lang) : `/${lang === 'en' ? 'en/' : ''}tools/`
          const context = await browser.newContext({ viewport: DESKTOP })
          contexts.push(context)
          const page = await context.newPage()
          page.on('request', (request) => requests.push(request.url()))
          await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
          for (const v of await seriousViolations(page)) found.push(`${path}: ${v}`)
          await page.close()
        }
      }
      expect(found).toEqual([])
    },
    SLOW,
  )

  test('screenshots at desktop and phone size; no page is wider than a phone', async () => {
    for (const tool of TOOLS) await screenshots(tool, toolPath(tool), screenshotDir)
    await screenshots('eligibility-en', toolPath('eligibility', 'en'))
  })

  test('no tool loaded anything from outside the site', () => {
    expect(requests.length).toBeGreaterThan(0)
    const outside = requests.filter(
      (url) => !url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:'),
    )
    expect(outside).toEqual([])
  })
})

interface AxeResults {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[]
}
