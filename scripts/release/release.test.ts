import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
// @ts-expect-error: plain JS module without types
import { checkGolden, diffJson, majorBumps } from './golden.mjs'

const root = resolve(import.meta.dirname, '../..')

describe('golden outputs', () => {
  const scratch = join(root, 'packages/core/scratch-src')
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('the working tree reproduces every stored output', async () => {
    const changes = await checkGolden()
    expect(changes).toEqual([])
  })

  it('a changed rule in a scratch copy makes the check report the rule and the changed outputs', async () => {
    // Scratch copy of core's sources with the Civil Code rule for 29 February removed: the
    // anniversary then falls on 1 March, as with plain date overflow.
    rmSync(scratch, { recursive: true, force: true })
    cpSync(join(root, 'packages/core/src'), scratch, { recursive: true })
    const dates = join(scratch, 'dates.ts')
    const original = readFileSync(dates, 'utf8')
    const changed = original.replace(
      "const anniversary = birth.with({ year: on.year }, { overflow: 'constrain' })",
      'const anniversary = birth.toPlainYearMonth().with({ year: on.year }).toPlainDate({ day: 1 }).add({ days: birth.day - 1 })',
    )
    expect(changed).not.toBe(original)
    writeFileSync(dates, changed)
    const changes = await checkGolden({ sourceOverrides: { core: 'scratch-src/index.ts' } })
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({ pkg: '@talka/core', id: 'core/age-29-february', rule: 'core.ageOn' })
    expect(changes[0].lines).toEqual(['(root): 14 → 13'])
  })

  it('a changed parameter value (the 2021 budget) names the rule and the changed allocation outputs', async () => {
    const allocationScratch = join(root, 'packages/allocation/scratch-src')
    try {
      rmSync(allocationScratch, { recursive: true, force: true })
      cpSync(join(root, 'packages/allocation/src'), allocationScratch, { recursive: true })
      const parameters = join(allocationScratch, 'parameters.ts')
      const original = readFileSync(parameters, 'utf8')
      const changed = original.replace(
        "{ from: '2021-01-01', to: '2021-12-31', value: '2000000.00', ref: A1_246 }",
        "{ from: '2021-01-01', to: '2021-12-31', value: '2000100.00', ref: A1_246 }",
      )
      expect(changed).not.toBe(original)
      writeFileSync(parameters, changed)
      const changes = await checkGolden({ sourceOverrides: { allocation: 'scratch-src/index.ts' } })
      expect(changes.map((c: { id: string }) => c.id)).toEqual(['allocation/ministry-2021'])
      expect(changes[0].rule).toBe('allocation.community-measure.total')
      expect(
        changes[0].lines.some((l: string) => /^total\.value: "2000000\.00" → "2000100\.00"$/.test(l)),
      ).toBe(true)
      expect(
        changes[0].lines.some((l: string) =>
          /^shares\[Vilniaus miesto savivaldybė\]\.amount: "\d+" → "\d+"$/.test(l),
        ),
      ).toBe(true)
    } finally {
      rmSync(allocationScratch, { recursive: true, force: true })
    }
  })

  it('diffs JSON field by field and reads major bumps from changesets', () => {
    expect(diffJson({ a: [1, { b: '2.00' }] }, { a: [1, { b: '2.01' }] })).toEqual([
      'a[1].b: "2.00" → "2.01"',
    ])
    const dir = mkdtempSync(join(tmpdir(), 'talka-changesets-'))
    writeFileSync(
      join(dir, 'x.md'),
      '---\n"@talka/allocation": major\n"@talka/core": patch\n---\n\nChanged.\n',
    )
    expect([...majorBumps(dir)]).toEqual(['@talka/allocation'])
    rmSync(dir, { recursive: true, force: true })
  })
})

describe('changesets flow', () => {
  it('versions a throwaway change in a temp copy and writes the CHANGELOG entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'talka-version-'))
    try {
      cpSync(join(root, 'package.json'), join(dir, 'package.json'))
      cpSync(join(root, 'pnpm-workspace.yaml'), join(dir, 'pnpm-workspace.yaml'))
      mkdirSync(join(dir, '.changeset'))
      cpSync(join(root, '.changeset/config.json'), join(dir, '.changeset/config.json'))
      mkdirSync(join(dir, 'packages/core'), { recursive: true })
      const corePkg = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8'))
      writeFileSync(join(dir, 'packages/core/package.json'), JSON.stringify(corePkg, null, 2))
      writeFileSync(
        join(dir, '.changeset/throwaway.md'),
        '---\n"@talka/core": patch\n---\n\nFix the Lithuanian thousands separator in `Money.format`.\n',
      )
      const bin = join(root, 'node_modules/@changesets/cli/bin.js')
      execFileSync('node', [bin, 'version'], { cwd: dir, stdio: 'pipe' })
      const changelog = readFileSync(join(dir, 'packages/core/CHANGELOG.md'), 'utf8')
      const bumped = JSON.parse(readFileSync(join(dir, 'packages/core/package.json'), 'utf8')).version
      const [major, minor, patch] = corePkg.version.split('.').map(Number)
      expect(bumped).toBe(`${major}.${minor}.${patch + 1}`)
      expect(changelog).toContain(`## ${bumped}`)
      expect(changelog).toContain('Fix the Lithuanian thousands separator in `Money.format`.')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
