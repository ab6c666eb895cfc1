import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// One inline project per workspace package or app that has tests. Inline projects with
// `extends: true` keep the root `resolve.conditions`, so tests read siblings' `src` through the
// `@talka/source` export condition without a build (the glob form would silently drop them).
const workspaceDirs = ['packages', 'apps'].flatMap((group) =>
  existsSync(group)
    ? readdirSync(group, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(group, entry.name, 'package.json')))
        .map((entry) => join(group, entry.name))
    : [],
)

export default defineConfig({
  resolve: { conditions: ['@talka/source'] },
  ssr: { resolve: { conditions: ['@talka/source'] } },
  test: {
    // The JSON report feeds scripts/print-test-summary.mjs (the closing 'N passed, N failed' line).
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-report.json' }]],
    setupFiles: [fileURLToPath(new URL('./vitest.setup.ts', import.meta.url))],
    projects: [
      {
        extends: true as const,
        test: { name: 'release', root: '.', include: ['scripts/**/*.test.ts'], testTimeout: 120_000 },
      },
      ...workspaceDirs.map((dir) => ({
        extends: true as const,
        test: {
          name: dir.split('/')[1] as string,
          root: dir,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      })),
    ],
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts'],
      exclude: ['**/*.test.ts', '**/testing.ts', '**/testing/**'],
      reporter: ['text-summary', 'json-summary'],
    },
  },
})
