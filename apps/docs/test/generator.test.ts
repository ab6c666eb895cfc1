import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineParameter } from '@talka/core'
import { describe, expect, test } from 'vitest'
import { lookUpOnStartDates } from '../examples/parameter-lookup.js'
import { ApiReferenceError, generateApiReference } from '../scripts/lib/api-reference.js'
import { neutraliseOutsideLinks, targetsFor } from '../scripts/lib/content.js'
import { mdCell, mdCode, mdText } from '../scripts/lib/markdown.js'
import { renderOpenApi, schemaSummary } from '../scripts/lib/openapi.js'
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
