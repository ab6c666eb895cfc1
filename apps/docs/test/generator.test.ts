import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { callCatalog, calls } from '@talka/calls'
import { type CatalogEntry, defineParameter, type LegalRef } from '@talka/core'
import { describe, expect, test } from 'vitest'
import { lookUpOnStartDates } from '../examples/parameter-lookup.js'
import { ApiReferenceError, generateApiReference } from '../scripts/lib/api-reference.js'
import { buildCallPages } from '../scripts/lib/call-pages.js'
import type { PackageCatalog } from '../scripts/lib/catalog.js'
import { citationItem } from '../scripts/lib/citation.js'
import { neutraliseOutsideLinks, targetsFor } from '../scripts/lib/content.js'
import { mdCell, mdCode, mdText } from '../scripts/lib/markdown.js'
import { renderOpenApi, schemaSummary } from '../scripts/lib/openapi.js'
import { formatParameterValue, timelineGaps } from '../scripts/lib/parameter-timeline.js'
import { buildReferencePages } from '../scripts/lib/rule-pages.js'
import { linkRulesToParameters } from '../scripts/lib/rule-parameters.js'
import { SlugRegistry } from '../scripts/lib/slug.js'
import { reasonsFor, ruleIdMatches } from '../scripts/lib/worked-examples.js'
import { discoverPackages } from '../scripts/lib/workspace.js'
import { resolveFile } from './support/static-server.js'

describe('markdown helpers', () => {
  test('text from the packages cannot open HTML or break a table', () => {
    expect(mdText('Decision<O> | *x*')).toBe('Decision&lt;O&gt; \\| \\*x\\*')
    expect(mdCell('a\nb|c')).toBe('a b\\|c')
    expect(mdCode('a `b` c')).toBe('``a `b` c``')
  })
})

describe('slugs', () => {
  test('ids become unique lower-case paths without dots, stable per id', () => {
    const slugs = new SlugRegistry()
    const a = slugs.pathFor('rules', 'eligibility.ngo-fund-2023/applicant.N1', 'eligibility')
    expect(a).toBe('rules/eligibility/ngo-fund-2023/applicant-n1')
    expect(slugs.pathFor('rules', 'eligibility.ngo-fund-2023/applicant.N1', 'eligibility')).toBe(a)
    expect(slugs.pathFor('rules', 'eligibility.ngo-fund-2023/applicant.n1', 'eligibility')).toBe(`${a}-2`)
    expect(slugs.pathFor('rules', 'x.index', 'x')).toBe('rules/x/index-2')
  })
})

describe('hand-written pages', () => {
  test('sections with an en folder map to the locales; English-only sections appear in both', () => {
    const withEn = new Set(['guides'])
    expect(targetsFor('guides/getting-started.md', withEn)).toEqual(['guides/getting-started.md'])
    expect(targetsFor('guides/en/getting-started.md', withEn)).toEqual(['en/guides/getting-started.md'])
    expect(targetsFor('decisions/0001-x.md', withEn)).toEqual([
      'decisions/0001-x.md',
      'en/decisions/0001-x.md',
    ])
    expect(targetsFor('releasing.md', withEn)).toEqual(['releasing.md', 'en/releasing.md'])
  })

  test('links that leave the docs tree become text; others stay', () => {
    const md = [
      'See [the code](../../packages/core/src/money.ts) and [0002](0002-temporal.md).',
      '```md',
      '[kept](../../x.md)',
      '```',
      '[web](https://e-tar.lt/) [site](/rules/)',
    ].join('\n')
    const out = neutraliseOutsideLinks(md, '/repo/docs/decisions/0001.md', '/repo/docs')
    expect(out).toContain('See the code (`../../packages/core/src/money.ts`) and [0002](0002-temporal.md).')
    expect(out).toContain('[kept](../../x.md)')
    expect(out).toContain('[web](https://e-tar.lt/) [site](/rules/)')
  })
})

describe('worked examples', () => {
  test('reason ids match catalog ids with or without their prefix', () => {
    expect(ruleIdMatches('eligibility.ngo-fund-2023/applicant.N1', 'N1')).toBe(true)
    expect(ruleIdMatches('eligibility.ngo-fund-2023/applicant.N1', 'N11')).toBe(false)
    expect(ruleIdMatches('evaluation.pass-mark', 'evaluation.pass-mark')).toBe(true)
  })

  test('reasons are found in decisions, rows and report issues', () => {
    const output = {
      rows: [{ id: 'P-1', reasons: [{ ruleId: 'x.a', result: 'fail', message: { text: 'No.' } }] }],
      seed: { valid: false, errors: [{ ruleId: 'x.a', severity: 'error', message: 'Bad.' }] },
    }
    expect(reasonsFor(output, 'x.a')).toEqual([
      { ruleId: 'x.a', result: 'fail', text: 'No.', decision: undefined, context: 'P-1' },
      { ruleId: 'x.a', result: 'error', text: 'Bad.', decision: undefined, context: 'seed' },
    ])
  })

  test('a parameter is looked up on the first day of each span', () => {
    const ref = { act: 'A', url: 'https://e-tar.lt/' }
    const p = defineParameter({
      id: 'x.p',
      package: '@talka/x',
      title: { lt: 'P', en: 'P' },
      values: [
        { from: '2021-01-01', to: '2021-12-31', value: '1.00', ref },
        { from: '2023-01-01', value: '2.00', ref },
      ],
    })
    expect(lookUpOnStartDates([p], 'x.p').map((r) => [r.asOf, r.value])).toEqual([
      ['2021-01-01', '1.00'],
      ['2023-01-01', '2.00'],
    ])
  })
})

describe('OpenAPI page', () => {
  test('renders paths, parameters, bodies and schemas with links to them', () => {
    const page = renderOpenApi(
      {
        openapi: '3.1.0',
        info: { title: 'Talka API', version: '0.1.0' },
        paths: {
          '/v1/eligibility/{ruleSet}': {
            post: {
              tags: ['eligibility'],
              summary: 'Check eligibility',
              parameters: [{ name: 'ruleSet', in: 'path', required: true, schema: { type: 'string' } }],
              requestBody: {
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Facts' } } },
              },
              responses: { '200': { description: 'The verdict' } },
            },
          },
        },
        components: { schemas: { Facts: { type: 'object', description: 'Facts' } } },
      },
      'en',
    )
    expect(page).toContain('### POST /v1/eligibility/{ruleSet} {#op-post-v1-eligibility-ruleSet}')
    expect(page).toContain('| `ruleSet` | path | yes | `string` |  |')
    expect(page).toContain('[`Facts`](#schema-Facts)')
    expect(page).toContain('### Facts {#schema-Facts}')
    expect(renderOpenApi(null, 'lt')).toContain('dar nėra')
    expect(schemaSummary({ type: 'array', items: { type: 'string', format: 'date' } })).toBe(
      'array of string (date)',
    )
  })
})

describe('static server', () => {
  test('serves files, directory indexes and clean paths, never outside the root', () => {
    const root = join(import.meta.dirname, 'fixtures')
    expect(resolveFile(root, '/undocumented/tsconfig.json')).toBe(join(root, 'undocumented', 'tsconfig.json'))
    expect(resolveFile(root, '/../package.json')).toBeUndefined()
    expect(resolveFile(root, '/nope')).toBeUndefined()
  })
})

describe('API reference', () => {
  test('the workspace packages are discovered with their public entry points', () => {
    const core = discoverPackages().find((p) => p.name === '@talka/core')
    expect(core?.entries.map((e) => e.specifier)).toEqual([
      '@talka/core',
      '@talka/core/testing',
      '@talka/core/csv',
    ])
  })

  test('an export without a TSDoc comment or without an @example fails the build', async () => {
    const dir = join(import.meta.dirname, 'fixtures', 'undocumented')
    const out = mkdtempSync(join(tmpdir(), 'talka-docs-'))
    try {
      const pkg = {
        name: '@talka/undocumented',
        short: 'undocumented',
        dir,
        version: '0.0.0',
        description: '',
        entries: [
          { specifier: '@talka/undocumented', subpath: '.', sourceFile: join(dir, 'src', 'index.ts') },
        ],
      }
      const error = await generateApiReference([pkg], out, join(dir, 'tsconfig.json')).catch(
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(ApiReferenceError)
      const problems = (error as ApiReferenceError).problems
      expect(problems).toEqual([
        expect.stringMatching(/^@talka\/undocumented: type alias NoExample has no @example/),
        expect.stringMatching(/^@talka\/undocumented: function undocumented has no TSDoc comment/),
      ])
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})

describe('snippet regions', () => {
  test('a region counts only when it is opened and closed by name', async () => {
    const { hasRegion } = await import('../scripts/lib/content.js')
    expect(hasRegion('// #region a\nx\n// #endregion a\n', 'a')).toBe(true)
    expect(hasRegion('// #region a\nx\n// #endregion\n', 'a')).toBe(false)
    expect(hasRegion('// #endregion a\n// #region a\n', 'a')).toBe(false)
  })
})

describe('site config', () => {
  test('broken internal links fail the build; search is local; both locales exist', async () => {
    const config = (await import('../.vitepress/config.js')).default
    expect(config.ignoreDeadLinks).toBe(false)
    expect(config.themeConfig?.search?.provider).toBe('local')
    expect(Object.keys(config.locales ?? {})).toEqual(['root', 'en'])
    expect(config.locales?.root?.lang).toBe('lt-LT')
  })
})

// A small package catalog, run through the same page builder as the site (no VitePress needed).
const VERIFIED: LegalRef = {
  act: 'Lietuvos Respublikos bendruomeninių organizacijų plėtros įstatymas',
  article: '2',
  kind: 'law',
  date: '2018-12-13',
  number: 'XIII-1774',
  tarId: '2018-21162',
  url: 'https://www.e-tar.lt/portal/lt/legalAct/3e57edc0047711e9a5eaf2cd290f1944',
  status: 'verified',
  quote: 'Bendruomeninė organizacija – asociacija',
  notes: { lt: 'Perskaitytas oficialus tekstas.', en: 'Read in the official text.' },
}
const NO_STATUS: LegalRef = { act: 'Savivaldybės kvietimas', url: 'https://example.lt/kvietimas' }

const fixtureEntries: CatalogEntry[] = [
  {
    kind: 'rule',
    id: 'x.measure.amount',
    package: '@talka/x',
    title: { lt: 'Prašoma suma', en: 'Requested amount' },
    description: { lt: 'Tikrina sumą.', en: 'Checks the amount.' },
    facts: ['requestedAmount'],
    refs: [VERIFIED, NO_STATUS],
    messages: { 'x.ok': { lt: 'Gerai.', en: 'Fine.' } },
  },
  {
    kind: 'parameter',
    id: 'x.measure.total',
    package: '@talka/x',
    title: { lt: 'Priemonės suma', en: 'Budget of the measure' },
    unit: 'EUR',
    values: [
      { from: '2019-01-01', to: '2019-12-31', value: '1500000.00', ref: NO_STATUS },
      { from: '2021-01-01', to: null, value: '2000000.00', ref: VERIFIED },
    ],
  },
]

function fixturePages() {
  const catalog: PackageCatalog = {
    pkg: { name: '@talka/x', short: 'x', dir: '/x', version: '0.0.0', description: 'X', entries: [] },
    entries: fixtureEntries,
    parameters: null,
    problems: [],
    exportNames: [],
  }
  const { pages } = buildReferencePages({
    catalogs: [catalog],
    examples: [],
    apiPages: new Map(),
    today: '2024-05-01',
  })
  const page = (path: string) => pages.find((p) => p.path === path)?.content ?? ''
  return { page }
}

describe('citations on generated pages', () => {
  test('each citation shows its status badge: verified, and unverified for a reference without status', () => {
    const { page } = fixturePages()
    const lt = page('rules/x/measure-amount')
    const en = page('en/rules/x/measure-amount')
    expect(lt).toContain(
      '<Badge type="tip" text="Patikrinta oficialiame tekste" class="talka-status talka-status-verified" />',
    )
    expect(lt).toContain(
      '<Badge type="danger" text="Nepatikrinta" class="talka-status talka-status-unverified" />',
    )
    expect(en).toContain('<Badge type="tip" text="Verified" class="talka-status talka-status-verified" />')
    expect(en).toContain(
      '<Badge type="danger" text="Unverified" class="talka-status talka-status-unverified" />',
    )
    // Kind, date, number, TAR id, quote and the notes in the page's language.
    expect(lt).toContain('Įstatymas · 2018-12-13 · Nr. XIII-1774 · TAR identifikatorius 2018-21162')
    expect(lt).toContain('> „Bendruomeninė organizacija – asociacija“')
    expect(lt).toContain('Pastabos: Perskaitytas oficialus tekstas.')
    expect(lt).not.toContain('Read in the official text.')
    expect(en).toContain('Notes: Read in the official text.')
    expect(lt).toContain('akto rūšis nenurodyta · data nenurodyta')
  })

  test('a secondary source is badged as such', () => {
    const item = citationItem({ ...VERIFIED, status: 'secondary-source' }, 'lt')
    expect(item).toContain('text="Antrinis šaltinis" class="talka-status talka-status-secondary-source"')
  })
})

describe('parameter timelines', () => {
  test('a gap between two periods is found and flagged; the value in force today is readable', () => {
    expect(timelineGaps(fixtureEntries[1]?.kind === 'parameter' ? fixtureEntries[1].values : [])).toEqual([
      { from: '2020-01-01', to: '2020-12-31' },
    ])
    const { page } = fixturePages()
    const lt = page('parameters/x/measure-total')
    expect(lt).toContain('Tarpas: 2020-01-01–2020-12-31 — reikšmė nenustatyta')
    expect(lt).toContain('::: warning\nLaiko juostoje yra laikotarpių, kuriems reikšmė nenustatyta')
    expect(lt).toContain('**Galioja 2024-05-01 dieną:** 2 000 000,00 Eur')
    expect(lt).toContain('| 2019-01-01 | 2019-12-31 | 1 500 000,00 Eur |')
    expect(lt).not.toMatch(/2000000\.00|1500000\.00/)
    expect(lt).toContain('<svg class="talka-timeline"')
    expect(page('en/parameters/x/measure-total')).toContain('Gap: 2020-01-01–2020-12-31 — no value set')
  })

  test('a timeline without gaps is not flagged', () => {
    expect(
      timelineGaps([
        { from: '2011-08-01', to: '2024-06-30', value: 1, ref: NO_STATUS },
        { from: '2024-07-01', to: null, value: 2, ref: NO_STATUS },
      ]),
    ).toEqual([])
  })

  test('values read as in a letter: amounts, numbers with their unit, not-set', () => {
    expect(formatParameterValue('2000000.00', 'EUR', 'lt')).toBe('2 000 000,00 Eur')
    expect(formatParameterValue('2000000.00', 'EUR', 'en')).toBe('EUR 2,000,000.00')
    expect(formatParameterValue(60, 'days', 'lt')).toBe('60 dienų')
    expect(formatParameterValue(12345, undefined, 'lt')).toBe('12 345')
    expect(formatParameterValue(null, undefined, 'lt')).toBe('nenustatyta')
  })

  test('a coded value reads as its label, with the code after it', () => {
    const labels = {
      'declared-residents': { lt: 'deklaravusių gyventojų skaičius', en: 'declared residents' },
    }
    expect(formatParameterValue('declared-residents', undefined, 'lt', labels)).toBe(
      'deklaravusių gyventojų skaičius (`declared-residents`)',
    )
    expect(formatParameterValue('declared-residents', undefined, 'en', labels)).toBe(
      'declared residents (`declared-residents`)',
    )
    expect(formatParameterValue('declared-residents', undefined, 'lt')).toBe('`declared-residents`')
  })

  test('a rule page links the parameters it uses, with the value in force today', () => {
    expect(linkRulesToParameters(fixtureEntries).get('x.measure.amount')).toEqual(['x.measure.total'])
    const { page } = fixturePages()
    const lt = page('rules/x/measure-amount')
    expect(lt).toContain('## Susiję parametrai')
    expect(lt).toContain('[Priemonės suma](/parameters/x/measure-total) | 2 000 000,00 Eur |')
    expect(page('parameters/x/measure-total')).toContain('[Prašoma suma](/rules/x/measure-amount)')
  })
})

describe('call pages', () => {
  const built = buildCallPages(callCatalog, calls)
  const page = (path: string) => built.pages.find((p) => p.path === path)?.content

  test('one page per catalog call in lt and en, each with a link to its JSON', () => {
    expect(built.infos.map((i) => i.id)).toEqual(callCatalog.map((c) => c.id))
    for (const call of callCatalog) {
      for (const prefix of ['', 'en/']) {
        const content = page(`${prefix}rules/calls/${call.id}`)
        expect(content, `${prefix}${call.id}`).toContain(`href="/calls/${call.id}.json"`)
        expect(content).toContain(call.name[prefix ? 'en' : 'lt'])
      }
      const file = built.files.find((f) => f.path === `calls/${call.id}.json`)
      expect(JSON.parse(file?.content ?? '{}').id).toBe(call.id)
    }
  })

  test('each part cites the call, the ministry model or the law, marked as such; missing policies listed', () => {
    const lt = page('rules/calls/prienai-district-2021-repeat') ?? ''
    // The applicants come from the call's own description, point 42.
    expect(lt).toMatch(
      /\| Kas gali teikti paraiškas \| Tik NVO ir religinės bendruomenės[^\n]*A3-328\), 42 p\.[^\n]*talka-cite-call/,
    )
    // The call is silent on the budget: the ministry's 2021 description (A1-246) is cited, marked.
    expect(lt).toMatch(
      /\| Kvietimui skirta suma \| \*kvietime nenustatyta\*[^\n]*A1-246[^\n]*talka-cite-ministry-model/,
    )
    expect(lt).toContain('750,00 Eur')
    expect(lt).toContain('1 479,00 Eur')
    expect(lt).toContain('## Ko kvietimas nenustato')
    expect(lt).toContain('<span class="talka-missing">Rezervinis sąrašas</span>')
    expect(lt).not.toMatch(/\d\.\d\d Eur|ngos-and-religious|overMaximum/)
    const en = page('en/rules/calls/prienai-district-2021-repeat') ?? ''
    expect(en).toContain('the ministry’s model description or action plan (the call is silent)')
    expect(en).toContain('EUR 1,479.00')
    // Every catalog call: a part from the call itself, and every citation with a status badge.
    for (const call of callCatalog) {
      const content = page(`rules/calls/${call.id}`) ?? ''
      expect(content).toContain('talka-cite-call')
      expect(content).toMatch(/talka-status-(verified|secondary-source|unverified)/)
    }
  })

  test('a call with envelopes or criteria cites each, and shares read as percentages', () => {
    const lt = page('rules/calls/kaunas-district-2018-akademija') ?? ''
    expect(lt).toContain('ilgalaikis materialusis turtas')
    expect(lt).toContain('20 %')
    const reserve = page('rules/calls/kedainiai-district-2024-pilot-additional') ?? ''
    expect(reserve).toMatch(/\| Rezervinis sąrašas \| Sudaromas rezervinis sąrašas: taip[^\n]*40 p\./)
  })
})
